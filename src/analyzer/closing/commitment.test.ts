// Which sentences commit someone (agreements) and which do not, with sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanForReader, findCommitment, nameForms, namePatterns, splitSentences } from './commitment.ts';

const names = nameForms(['Mevrouw De Graaf', 'Johan Hoogland', 'Lieke', 'Rupert']);
const ctx = { ...namePatterns(names), answersQuestion: false };
const commits = (text: string, answersQuestion = false) => findCommitment(text, { ...ctx, answersQuestion });

test('first person promises, Dutch and English', () => {
  for (const t of [
    'Ik mail u morgen de offerte.',
    'Dat regel ik voor het weekend.',
    'Daar kom ik volgende week bij u op terug.',
    'We gaan de planning nog eens nakijken.',
    "I'll send the minutes tonight.",
    "We're going to book the room for Tuesday.",
  ]) {
    assert.equal(commits(t)?.actor, 'first', t);
  }
});

test('assignments to the other party and to named participants', () => {
  assert.equal(commits('Lieke, jij bestelt donderdag de materialen.')?.actor, 'second');
  assert.equal(commits('Wilt u het formulier vrijdag terugsturen?')?.request, true);
  assert.equal(commits('Could you check the contract by Friday?')?.request, true);
  assert.equal(commits('Johan Hoogland will draft the letter.')?.actor, 'named');
  assert.equal(commits('Rupert regelt de sleutels.')?.actor, 'named');
  assert.equal(commits('Dat doet Lieke dan, toch Lieke?')?.actor, 'named');
  assert.equal(
    commits('als u wilt bijhouden hoeveel uur het kost, dan kan ik dat meenemen')?.actor,
    'second',
  );
});

test('not agreements: receiving, options, conditions, acknowledgements, the past, habits', () => {
  for (const t of [
    'U krijgt binnen twee weken een brief.',
    "You'll get an email with the details.",
    'U kunt mij altijd bellen.',
    'Als de betaling mislukt, belt u ons dan even.',
    'Die tip neem ik mee.',
    'Ik schrijf het op.',
    'Ik heb hem vorige week gebeld.',
    'Ik antwoord doorgaans binnen twee dagen op mail.',
    'Dan kan ik u bellen als het nodig is.',
    'Doe ik.',
    'Doet u maar.',
    'Ik zie het probleem.',
    'Dat moest ik nog doorgeven.',
    'De monteur komt dinsdag langs.',
    "I'll keep that in mind.",
    "I'll note that down.",
    'Could you spell your surname for me?',
  ]) {
    assert.equal(commits(t), null, t);
  }
  // An answer to a participant's "what if…?" that tells them what to do is a condition, not a promise.
  assert.equal(commits('Dan stuurt u ons een bericht.', true), null);
});

test('a name particle is not a name: "de" does not stand for Mevrouw De Graaf', () => {
  assert.equal(commits('De verbouwing begint in mei.'), null);
  assert.equal(names.get('graaf'), 'Mevrouw De Graaf');
  assert.equal(names.has('de'), false);
});

test('the text for the reader drops framing and keeps short neutral context', () => {
  assert.equal(
    commits('Dan de afspraken. Ik stuur u vrijdag het verslag.')?.text,
    'Ik stuur u vrijdag het verslag.',
  );
  assert.equal(commits('Als u dat prima vindt. Ik bel u zelf terug.')?.text, 'Ik bel u zelf terug.');
  assert.equal(
    commits('Dat doet Lieke deze keer, toch Lieke? Voor maandag.')?.text,
    'Dat doet Lieke deze keer, toch Lieke? Voor maandag.',
  );
  assert.equal(cleanForReader('dan de afspraken eh ik ik bel u morgen'), 'ik bel u morgen');
});

test('sentences split on end marks and on "Intro:"', () => {
  assert.deepEqual(splitSentences('De afspraken: jij belt. Klopt?'), [
    'De afspraken:',
    'jij belt.',
    'Klopt?',
  ]);
});

test('verbs of doing that were missing: entering, talking, putting, bringing', () => {
  assert.equal(commits('Ik voer de aanvraag vanmiddag in het systeem in.')?.actor, 'first');
  assert.equal(commits('Lieke, jij praat vrijdag met de conciërge.')?.actor, 'second');
  assert.equal(commits('Wilt u uw bankafschriften meenemen?')?.request, true);
  assert.equal(commits('Kun je de bonnetjes voor dinsdag in een envelop doen?')?.request, true);
  assert.equal(commits('Ik inventariseer morgen welke kamers leeg staan.')?.actor, 'first');
});

test('taking in a correction is no agreement unless a day is named', () => {
  for (const t of [
    'Dat pas ik aan.',
    'Goed, die voeg ik toe.',
    'Oké. Dat verander ik.',
    "Sure, I'll fix that.",
  ])
    assert.equal(commits(t), null, t);
  assert.equal(commits('Dat pas ik morgen aan.')?.actor, 'first');
});

test('a condition with the verb first is no assignment', () => {
  assert.equal(commits('Gaat het slechter, dan belt u ons meteen.'), null);
  assert.equal(commits('Wordt de lekkage erger, dan meldt u het bij de storingsdienst.'), null);
  assert.equal(commits('U belt ons vrijdag, dan weten we het.')?.actor, 'second');
});

test('speech-to-text: a request without a question mark is still a request', () => {
  for (const t of [
    'en kunt u de meterstanden voor maandag doorgeven',
    'ok so would you upload the signed form by wednesday',
    'dan wil jij de sleutel vrijdag bij de buren brengen',
  ]) {
    assert.equal(commits(t)?.request, true, t);
  }
  // With punctuation the "?" still decides, and a request form further on is no opening.
  assert.notEqual(commits('Kunt u dat vrijdag doen.')?.request, true);
  assert.notEqual(commits('ik vroeg of je kon komen')?.request, true);
});

test('a request form before a colon in punctuated text is not taken as a spoken request', () => {
  assert.notEqual(commits('Wilt u later nog iets kwijt: mijn nummer staat op de brief.')?.request, true);
});

test('a promise after a short acceptance in the same turn still commits; the acceptance alone does not', () => {
  assert.equal(commits("Sounds good. I'll book the venue by Thursday.")?.actor, 'first');
  assert.equal(commits('Prima. Ik zet de aanvraag vandaag nog klaar.')?.actor, 'first');
  assert.equal(commits('Prima.'), null);
  assert.equal(commits('Doe ik.'), null);
});

test('an assignment asked as a question is a request; a question about how things are is none', () => {
  assert.equal(commits('En Lieke, jij bestelt morgen de tegels?')?.request, true);
  assert.equal(commits('Belt u vrijdag zelf de woningbouw?')?.request, true);
  for (const t of ['Bent u morgen thuis?', 'Wilt u nog koffie?', 'Kunt u mij horen?'])
    assert.equal(commits(t), null, t);
});

test('sending a summary on a named day is a promise; opening a summary is not', () => {
  assert.equal(commits('Ik stuur u morgen de samenvatting van dit gesprek.')?.actor, 'first');
  assert.equal(commits('Ik vat even samen wat we besproken hebben.'), null);
});

test('speech-to-text "ill" for "I\'ll" in an unpunctuated, dated turn', () => {
  const c = commits('okay so ill send the draft to marketing by thursday');
  assert.equal(c?.actor, 'first');
  assert.match(c!.text, /i'll send/);
  assert.equal(commits('she was ill last week'), null);
});

test('noting a date down and talk about the conversation itself are no agreements', () => {
  for (const t of [
    'Oké, woensdag. Dat zet ik in mijn agenda.',
    'Goed, ik zet het in mijn telefoon.',
    'Die zet ik erbij.',
    "Thursday, fine, I'll put it in my calendar.",
    'Ik zal eerst even uitleggen hoe de regeling werkt.',
    "I'll be honest, I don't know yet.",
    "I'm going to stop you there, we are over time.",
    'Ha, I will take it.',
    'Dat doe ik wel, haha.',
  ])
    assert.equal(commits(t), null, t);
  // With a day of its own, explaining is something to do later.
  assert.equal(commits('Ik leg het morgen uit aan uw dochter.')?.actor, 'first');
});
