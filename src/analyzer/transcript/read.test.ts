import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readTranscript, type Transcript } from './index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/transcripts/${name}`, import.meta.url), 'utf8');

function ok(name: string, content: string): Transcript {
  const result = readTranscript(name, content);
  if (!result.ok) assert.fail(`expected a transcript, got ${result.error.code}`);
  return result.transcript;
}

test('txt: "Name: text" lines, numbered by non-empty line', () => {
  const t = ok(
    'a.txt',
    'Marjolein: Hallo.\n\n\nMr. Timmer: Goedemiddag.\n   \nMarjolein: Zullen we beginnen?\n',
  );
  assert.deepEqual(
    t.utterances.map((u) => [u.line, u.speaker, u.text]),
    [
      [1, 'Marjolein', 'Hallo.'],
      [2, 'Mr. Timmer', 'Goedemiddag.'],
      [3, 'Marjolein', 'Zullen we beginnen?'],
    ],
  );
  assert.deepEqual(t.speakers, ['Marjolein', 'Mr. Timmer']);
});

test('txt: timestamps before or after the name', () => {
  const t = ok(
    'a.txt',
    '[00:01:02] Marjolein de Lange: Eerste.\nJoost (01:02:03): Tweede.\n00:05 Marjolein de Lange: Derde.',
  );
  assert.deepEqual(
    t.utterances.map((u) => [u.speaker, u.text, u.start]),
    [
      ['Marjolein de Lange', 'Eerste.', 62],
      ['Joost', 'Tweede.', 3723],
      ['Marjolein de Lange', 'Derde.', 5],
    ],
  );
});

test('txt: discourse labels, clock times and URLs are not speakers', () => {
  const t = ok('a.txt', fixture('nl-zonder-sprekers.txt'));
  assert.equal(t.speakers.length, 0);
  assert.equal(t.utterances[0]!.text, 'Tot slot: zijn er nog vragen?');
  assert.equal(t.utterances[2]!.text, 'Om 10:30 begint het volgende overleg.');
  const u = ok('b.txt', 'Kortom: dat gaan we doen.\nZie https://example.org: daar staat het.');
  assert.equal(u.speakers.length, 0);
});

test('txt: a line without a speaker continues the previous speaker', () => {
  const t = ok('a.txt', 'Jikke: Dan de afspraken.\nTot slot: ik bel u vrijdag.\nKlaas: Goed.');
  assert.equal(t.utterances[1]!.speaker, 'Jikke');
  assert.equal(t.utterances[1]!.text, 'Tot slot: ik bel u vrijdag.');
});

test('txt: lowercase handles count as speakers when they recur', () => {
  const t = ok('a.txt', fixture('nl-stt-huisbezoek.txt'));
  assert.deepEqual(t.speakers, ['spreker1', 'spreker2']);
});

test('vtt (Teams): BOM, CRLF, NOTE, GUID ids, multi-line and unclosed voices, entities, hours', () => {
  const t = ok('m.vtt', fixture('nl-teams-bouwoverleg.vtt'));
  assert.equal(t.format, 'vtt');
  assert.equal(t.utterances.length, 8);
  assert.equal(t.utterances[0]!.text, 'De offerte van de aannemer was één week te laat & te duur.');
  assert.equal(t.utterances[0]!.start, 4323.12);
  assert.match(t.utterances[1]!.text, /tweede offerte aan en we houden/);
  assert.equal(t.utterances[2]!.speaker, 'Meera Shah');
  assert.equal(t.utterances[2]!.text, 'Ja, klopt.');
});

test('vtt (Zoom): numbered cues with "Name: text" inside', () => {
  const t = ok('z.vtt', fixture('en-zoom-support.vtt'));
  assert.deepEqual(t.speakers, ['Laura Chen', 'Marcus Reed']);
  assert.equal(t.utterances[3]!.text, "I'll send you a corrected invoice by Thursday.");
});

test('vtt without speakers, and entities that webvtt-parser gets wrong', () => {
  const t = ok('n.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nTom &amp; Jerry &lt;3 &#x263A;\n');
  assert.equal(t.utterances[0]!.speaker, null);
  assert.equal(t.utterances[0]!.text, 'Tom & Jerry <3 ☺');
});

test('srt: cues with index, comma timings and tags', () => {
  const t = ok('s.srt', fixture('en-support.srt'));
  assert.equal(t.format, 'srt');
  assert.equal(t.utterances.length, 4);
  assert.equal(t.utterances[1]!.speaker, 'Customer');
  const u = ok('t.srt', '1\n00:00:01,000 --> 00:00:02,000\n<i>Hallo</i> {\\an8}daar\n');
  assert.equal(u.utterances[0]!.text, 'Hallo daar');
});

test('content decides the format when the name says otherwise', () => {
  assert.equal(ok('x.txt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHoi\n').format, 'vtt');
  assert.equal(ok('x.vtt', '1\n00:00:01,000 --> 00:00:02,000\nHoi\n').format, 'srt');
});

test('not a transcript: empty, binary, truncated, no cues', () => {
  const code = (name: string, content: string): string | undefined => {
    const result = readTranscript(name, content);
    return result.ok ? undefined : result.error.code;
  };
  assert.equal(code('e.txt', '   \n\n'), 'transcript_empty');
  assert.equal(code('b.txt', 'PK\u0003\u0004\u0000\u0000binary'), 'transcript_binary');
  assert.equal(
    code('t.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHoi\n\n00:00:03.000 --> 00:0'),
    'transcript_truncated',
  );
  assert.equal(
    code('t.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHoi\n\n00:00:03.000 --> 00:00:04.000\n'),
    'transcript_truncated',
  );
  assert.equal(code('h.vtt', 'WEBVTT\n'), 'transcript_no_utterances');
  assert.equal(code('p.vtt', 'just some words, no header'), 'transcript_not_vtt');
  const result = readTranscript('t.vtt', 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHoi\n\n2\n');
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'transcript_truncated');
    assert.equal(result.error.fileName, 't.vtt');
  }
});

test('a malformed cue in the middle is skipped with a warning, the rest is read', () => {
  const t = ok(
    'm.vtt',
    'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEen\n\n00:00:0x --> nope\nTwee\n\n00:00:05.000 --> 00:00:06.000\nDrie\n',
  );
  assert.deepEqual(
    t.utterances.map((u) => u.text),
    ['Een', 'Drie'],
  );
  assert.equal(t.warnings.length, 1);
});
