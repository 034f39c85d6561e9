// Speakers read from turn-taking and introductions, for transcripts that name none. Examples written for
// these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Transcript } from '../transcript/types.ts';
import { namesIn, withInferredTurns } from './turn-taking.ts';

test('names: one introduces oneself, or greets and addresses the other', () => {
  const cases: [string, string[], string[]][] = [
    ['Waterschap Aa, goedemorgen, u spreekt met Femke.', ['Femke'], []],
    ['Ja, goedemorgen, met mevrouw Van der Linden.', ['Mevrouw Van der Linden'], []],
    ['Mijn naam is Youssef el Idrissi, ik bel over mijn aanvraag.', ['Youssef el Idrissi'], []],
    ['Hoi Bram, fijn dat je belt.', [], ['Bram']],
    ['Dank u, meneer Smit.', [], ['Meneer Smit']],
    ['Waar gaat het om, mevrouw Prins?', [], ['Mevrouw Prins']],
    ['Spreek ik met meneer Aydin?', [], ['Meneer Aydin']],
    ['Hello, is this Grace? This is Owen from the clinic.', ['Owen'], ['Grace']],
    ["Hi, it's Maya from accounts.", ['Maya'], []],
    ['Oh, hey Liam, yes.', [], ['Liam']],
    ['Karim hier.', ['Karim'], []],
    ['Nadia speaking.', ['Nadia'], []],
  ];
  for (const [text, own, addressed] of cases) assert.deepEqual(namesIn(text), { own, addressed }, text);
});

test('names: words that only look like an introduction give none', () => {
  for (const text of [
    'Ik ben blij dat u belt.',
    'Morgen komt Jan de meter opnemen.',
    'Met de buurvrouw gaat het goed.',
    'Is this the right number?',
    'Ik heb met meneer Smit gesproken.',
    'Goedemorgen, ik bel over de container.',
    "I'm sorry to hear that.",
  ]) {
    assert.deepEqual(namesIn(text), { own: [], addressed: [] }, text);
  }
});

/** A transcript of cues without speakers. */
function cues(...texts: string[]): Transcript {
  return {
    fileName: 'call.srt',
    format: 'srt',
    utterances: texts.map((text, i) => ({ line: i + 1, speaker: null, text })),
    speakers: [],
    warnings: [],
  };
}

const call = cues(
  'Stadswerk, goedemiddag, u spreekt met Ilse.',
  'Hallo, met Pieter de Boer. Mijn container is niet geleegd.',
  'Vervelend. Welke container is het, meneer De Boer?',
  'De groene. Hij stond er vanaf zeven uur.',
  'Dan laat ik hem morgen alsnog legen. Zet u hem voor acht uur buiten?',
  'Ja, dat doe ik. Moet ik nog iets invullen?',
);

test('a dialogue of two without labels: turns alternate and take the names the two give', () => {
  const { transcript, inferred } = withInferredTurns(call);
  assert.equal(inferred, true);
  assert.deepEqual(transcript.speakers, ['Ilse', 'Pieter de Boer']);
  assert.deepEqual(
    transcript.utterances.map((u) => u.speaker),
    ['Ilse', 'Pieter de Boer', 'Ilse', 'Pieter de Boer', 'Ilse', 'Pieter de Boer'],
  );
  // The text and the lines stay as they were.
  assert.deepEqual(
    transcript.utterances.map((u) => [u.line, u.text]),
    call.utterances.map((u) => [u.line, u.text]),
  );
});

test('one named side: the other side stays without a name', () => {
  const { transcript, inferred } = withInferredTurns(
    cues(
      'Goedemorgen, u spreekt met Joost van de helpdesk.',
      'Goedemorgen. Mijn wachtwoord werkt niet meer.',
      'Heeft u het de laatste tijd veranderd?',
      'Nee. Kunt u het resetten?',
    ),
  );
  assert.equal(inferred, true);
  assert.deepEqual(
    transcript.utterances.map((u) => u.speaker),
    ['Joost', null, 'Joost', null],
  );
  assert.deepEqual(transcript.speakers, ['Joost']);
});

test('nothing is inferred when the file has speakers, names nobody, or is not a dialogue of two', () => {
  const labelled: Transcript = {
    ...call,
    utterances: call.utterances.map((u, i) => ({ ...u, speaker: i % 2 ? 'B' : 'A' })),
    speakers: ['A', 'B'],
  };
  assert.equal(withInferredTurns(labelled).inferred, false);
  // Nobody named.
  assert.equal(
    withInferredTurns(
      cues('Goedemiddag.', 'Hallo, ik bel over mijn pas?', 'Welke pas?', 'De stadspas, is die klaar?'),
    ).inferred,
    false,
  );
  // Three people: one side would have two names.
  assert.equal(
    withInferredTurns(
      cues(
        'Welkom allemaal, u spreekt met Hanna.',
        'Dank je, Hanna. Met Ruben hier, gaan we beginnen?',
        'Ja. Tessa, wil jij de cijfers laten zien?',
        'Ik ben Tessa, ja. Zien jullie mijn scherm?',
      ),
    ).inferred,
    false,
  );
  // Cues cut inside sentences (speech-to-text by time, not by turn).
  assert.equal(
    withInferredTurns(
      cues(
        'Goedemorgen, u spreekt met Femke en ik',
        'bel u over de aanvraag die u',
        'vorige week heeft ingediend, heeft u',
        'daar nog vragen over? Of is het',
        'duidelijk wat er gaat gebeuren?',
      ),
    ).inferred,
    false,
  );
  // Too short to tell.
  assert.equal(withInferredTurns(cues('Met Femke.', 'Hoi Femke?')).inferred, false);
});

test('a long call: names are read at its start and its end', () => {
  const middle = Array.from({ length: 200 }, (_, k) =>
    k % 2 ? 'Ja, dat klopt.' : 'En hoe ging dat toen verder?',
  );
  const { transcript, inferred } = withInferredTurns(
    cues(
      'Goedemorgen, u spreekt met Femke.',
      'Goedemorgen.',
      ...middle,
      'Dank u wel, mevrouw Prins.',
      'Graag gedaan.',
    ),
  );
  assert.equal(inferred, true);
  assert.deepEqual(transcript.speakers, ['Femke', 'Mevrouw Prins']);
});
