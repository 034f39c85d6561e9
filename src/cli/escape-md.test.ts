// Finding 9 of issue 13: a Markdown report of a transcript holds no live link, image or markup, rendered as
// GitHub renders it (micromark with the GFM autolink literals), and its text stays readable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { escapeMd } from './analyse.command.ts';

const render = (markdown: string): string =>
  micromark(markdown, { extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()] });

const HOSTILE = [
  'Kijk op https://evil.example/login?next=1 voor de formulieren.',
  'Of op www.evil.example, dat is sneller.',
  'Mail naar hulp@evil.example of bel.',
  'ftp://files.evil.example/x en mailto:a@b.example',
  '[klik hier](https://evil.example) en ![beeld](https://evil.example/x.png)',
  '<a href="https://evil.example">link</a> <script>alert(1)</script>',
  '<https://evil.example> en `code` met ``twee`` backticks: https://evil.example/`x`',
  '*vet* _schuin_ # kop | tabel | ~~weg~~',
];

test('no transcript text becomes a link, an image or markup', () => {
  for (const line of HOSTILE) {
    const html = render(escapeMd(line));
    assert.doesNotMatch(html, /<a |<img |<script|<em>|<strong>|<del>|<h1>/, `${line}\n→ ${html}`);
  }
});

test('the words and addresses stay readable as they were said', () => {
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .trim();
  for (const line of HOSTILE) assert.equal(text(render(escapeMd(line))), line);
});
