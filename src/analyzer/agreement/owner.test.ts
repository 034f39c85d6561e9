// Owner rules added for generalisation: "X en ik", requests "van u", imperatives, a leading "als"-clause,
// "you'll get … from us", "Ben's going to", a name closing unpunctuated speech-to-text. Own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from './read.ts';
const DAY = '2026-11-25';

const date = '2026-11-25';
const two = { date, speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs'] };
const four = { date, speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs', 'Lisa', 'Arjun Mehta'] };
const owner = (text: string, o = two) => readAgreement(text, o).owner;

test('"X en ik", "X and I" is a we: the speaker', () => {
  assert.equal(owner('Lisa en ik maken vrijdag de begroting.', four), 'Wendy');
  assert.equal(owner('Arjun and I will draft the memo.', four), 'Wendy');
  // Two participants named together own it together ("two owners reduced to one" was a mistake).
  assert.equal(owner('Lisa en Bram maken vrijdag de begroting.', four), 'Lisa en Bram');
});

test("a title before a name at the table calls that person; a title's dot ends no sentence", () => {
  assert.equal(owner('Meneer Mehta, kunt u het rapport voor vrijdag sturen?', four), 'Arjun Mehta');
  assert.equal(
    owner('Kun jij de notulen donderdag sturen, aan het bestuur en aan dhr. Jacobs?', {
      ...four,
      participants: ['Wendy', 'Bram Jacobs', 'Lisa'],
    }),
    null,
  );
});

test('a request "van u / from you" goes to the addressee', () => {
  assert.equal(owner('Mag ik van u morgen de bankafschriften krijgen?'), 'Bram Jacobs');
  assert.equal(owner('Ik ontvang graag van jou het verslag.'), 'Bram Jacobs');
  assert.equal(owner('Ik stuur u de brief van de notaris.'), 'Wendy');
  // Applying for something on the addressee's behalf is the speaker's action; asking the addressee is not.
  assert.equal(owner('Ik vraag voor u een parkeervergunning aan.'), 'Wendy');
  assert.equal(owner('I will ask for an extension for you.'), 'Wendy');
  assert.equal(owner('Ik vraag u het formulier vrijdag terug te sturen.'), 'Bram Jacobs');
  assert.equal(owner('Ik zou je willen vragen om vrijdag de sleutel af te geven.'), 'Bram Jacobs');
  assert.equal(owner('Ik wil je morgen even bellen.'), 'Wendy');
});

test('an imperative without subject goes to the addressee (the other of two)', () => {
  assert.equal(owner('Stuur me even de foto’s van de meter.'), 'Bram Jacobs');
  assert.equal(owner('Mail ons gerust als er iets verandert.'), 'Bram Jacobs');
  assert.equal(owner('Stuur me even de foto’s van de meter.', four), null);
  assert.equal(owner('Kan iemand de sleutel ophalen?', four), null);
});

test('a leading subordinate clause has its own subject', () => {
  assert.equal(owner('Als u het goed vindt, stuur ik de aanvraag vandaag in.'), 'Wendy');
  assert.equal(owner('If you like, I will call the landlord.'), 'Wendy');
  assert.equal(owner('als je wilt bel ik de huisarts'), 'Wendy');
});

test('"you\'ll get … from us" is the speaker; "can you get …" is the addressee', () => {
  assert.equal(owner("You'll get the new pass from us on Monday."), 'Wendy');
  assert.equal(owner('Can you get the keys to me by Friday?'), 'Bram Jacobs');
  assert.equal(owner("You'll get a letter from the council."), null);
});

test('a contracted name and a name closing unpunctuated speech', () => {
  assert.equal(owner("Arjun's going to check the invoices.", four), 'Arjun Mehta');
  assert.equal(owner("Arjun's laptop is broken.", four), null);
  assert.equal(owner('please send the minutes tonight lisa', four), 'Lisa');
  assert.equal(owner('please send the minutes to lisa', four), null);
});

test('owners named by role or as a pair; Flemish ge/gij is the one addressed', () => {
  const family = ['Wessel', 'Mevrouw Kroon', 'Dini Kroon'];
  assert.equal(
    readAgreement('Uw dochter mailt ons morgen het formulier.', {
      date: DAY,
      speaker: 'Wessel',
      participants: family,
    }).owner,
    'Dini Kroon',
  );
  assert.equal(
    readAgreement('De buurman belt morgen.', { date: DAY, speaker: 'Wessel', participants: family }).owner,
    null,
  );
  const labelled = ['Trees', 'Harm Oost (mantelzorger)', 'Meneer Oost'];
  assert.equal(
    readAgreement('Dan zorgt de mantelzorger dat de pillen vrijdag klaarliggen.', {
      date: DAY,
      speaker: 'Trees',
      participants: labelled,
    }).owner,
    'Harm Oost (mantelzorger)',
  );
  assert.equal(
    readAgreement('Harm en Dini gaan zaterdag samen naar de bank.', {
      date: DAY,
      speaker: 'Wessel',
      participants: ['Wessel', 'Harm Oost', 'Dini Kroon'],
    }).owner,
    'Harm en Dini',
  );
  assert.equal(
    readAgreement('Kunt ge mij tegen vrijdag uw loonbrief bezorgen?', {
      date: DAY,
      speaker: 'Wessel',
      participants: ['Wessel', 'Dini Kroon'],
    }).owner,
    'Dini Kroon',
  );
});

test('a long noun-phrase topic before verb and "ik": the speaker (not inside a relative clause)', () => {
  assert.equal(owner('Het verslag van het gesprek van vandaag stuur ik uiterlijk vrijdag.', four), 'Wendy');
  assert.equal(
    owner('De aanvraag voor de rolstoel en de traplift zet ik morgen in het systeem.', four),
    'Wendy',
  );
  assert.equal(owner('De brief die ik gisteren van de bank kreeg ligt morgen bij de notaris.', four), null);
  assert.equal(owner('De gemeente in de regio en ik bellen vrijdag.', four), null);
});

/** Rule "joined-clause": a clause joined by and/en without punctuation, its subject carrying its verb. */
const JOINED: [[string, string | null][], [string, string | null][]] = [
  [
    ['ok so the print shop will make a proof and we will show it to you on friday', 'Wendy'],
    ["the designers mock up the logo and I'll send it to you by Tuesday", 'Wendy'],
  ],
  [
    // A subject of two, or a Dutch coordinated subject: no clause of its own.
    ['De gemeente in de regio en ik bellen vrijdag.', null],
    ['the supplier and I will check the order on Friday', 'Wendy'],
  ],
];

test('rule joined-clause: the clause that holds the time holds the agreement (and its near misses)', () => {
  for (const [text, want] of JOINED[0]) assert.equal(owner(text, four), want, text);
  for (const [text, want] of JOINED[1]) assert.equal(owner(text, four), want, text);
  assert.ok(JOINED[0].length > 0 && JOINED[1].length > 0, 'the rule has examples of both kinds');
});

test('"jullie", "you two" leave the owner open; "let me"; "you\'ll have my …" is the speaker', () => {
  const three = { date, speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs', 'Lisa'] };
  assert.equal(owner('Kunnen jullie vrijdag de offerte vergelijken?', three), null);
  assert.equal(owner('Could you two check the figures by Monday?', three), null);
  assert.equal(owner('Let me ask the planner and call you back on Thursday.'), 'Wendy');
  assert.equal(owner("You'll have my notes on the plan by Friday."), 'Wendy');
  assert.equal(owner('Voor woensdag heeft u het rapport van mij.'), 'Wendy');
  // Getting something that is not the speaker's stays the receiver's side.
  assert.equal(owner('U krijgt het rapport van de verzekeraar.'), null);
});

test('a later clause opened by "dan/then" with its own subject names the owner when the first names nobody here', () => {
  assert.equal(owner('Mijn buurvrouw komt donderdag, dan vullen we samen het formulier in.'), 'Wendy');
  assert.equal(owner('De monteur komt donderdag, dan belt hij u.'), null);
});

test('a proposal ("shall we say …", "zullen we zeggen dat …"): the proposed clause decides who acts', () => {
  assert.equal(owner('Shall we say you send the draft on Thursday?'), 'Bram Jacobs');
  assert.equal(owner('Zullen we zeggen dat jij dinsdag de sleutel ophaalt?'), 'Bram Jacobs');
  assert.equal(owner("Let's say I ring you on Monday."), 'Wendy');
});

test('a titled name nobody at the table goes by, then a comma, still calls the one addressed', () => {
  assert.equal(owner('Mevrouw Verbeek, wilt u voor vrijdag de polis opzoeken?'), 'Bram Jacobs');
  // Without the comma the titled name is someone else who acts.
  assert.equal(owner('Mevrouw Verbeek belt u vrijdag.'), null);
});

test("Flemish 'k is ik: the speaker", () => {
  assert.equal(owner("'k Bel u morgen terug over de premie."), 'Wendy');
  assert.equal(owner('’k Stuur je vrijdag het formulier.'), 'Wendy');
});
