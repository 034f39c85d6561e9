// `npm run bench:analyzer`: runs the analyzer benchmarks and writes their sections into docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchAgreementReader } from './agreement-reader.bench.ts';

const doc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

/** Replaces the section that starts with the same "## " heading, or appends it; other sections stay. */
export function putSection(markdown: string, section: string): string {
  const heading = section.split('\n', 1)[0]!;
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading.trim());
  if (start < 0) return markdown.replace(/\n*$/, '\n\n') + section.replace(/\n*$/, '\n');
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return [...lines.slice(0, start), ...section.replace(/\n*$/, '').split('\n'), '', ...lines.slice(end)].join(
    '\n',
  );
}

const sections: string[] = [await benchAgreementReader()];
const transcriptBench = new URL('./transcript.bench.ts', import.meta.url);
if (existsSync(fileURLToPath(transcriptBench))) {
  const mod = (await import(transcriptBench.href)) as { benchTranscripts?: () => Promise<string> };
  if (mod.benchTranscripts) sections.push(await mod.benchTranscripts());
}
let markdown = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
for (const section of sections) {
  markdown = putSection(markdown, section);
  console.log(section);
}
writeFileSync(doc, markdown);
