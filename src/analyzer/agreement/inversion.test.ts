// Owner with Dutch V2 word order (a topic first, then the finite verb, then the subject), a left-dislocated
// topic ("X, daar …"), and a text of several sentences where the timed one holds the agreement. Own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from './read.ts';

const date = '2026-11-25';
const two = { date, speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs'] };
const four = { date, speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs', 'Lisa', 'Arjun Mehta'] };
const owner = (text: string, o = two) => readAgreement(text, o).owner;

test('a demonstrative topic before the finite verb is no subject: the pronoun or name after the verb is', () => {
  assert.equal(owner('Dat zet ik vrijdag in de mail.', four), 'Wendy');
  assert.equal(owner('Dit neem ik morgen op met de teamleider.', four), 'Wendy');
  assert.equal(owner('Die lever je me voor maandag aan.'), 'Bram Jacobs');
  assert.equal(owner('En dat doet Lisa, toch Lisa?', four), 'Lisa');
  assert.equal(owner('Dat pakt Arjun op dinsdag op.', four), 'Arjun Mehta');
  assert.equal(owner('Daar bellen wij u morgen over.', four), 'Wendy');
  assert.equal(owner('De nieuwe planning stuur ik vrijdag rond.', four), 'Wendy');
  assert.equal(owner("The minutes I'll circulate tomorrow.", four), 'Wendy');
  // A demonstrative or noun that is the subject stays a third party.
  assert.equal(owner('De man die ik sprak belt u morgen.', four), null);
  assert.equal(owner('Die afdeling belt u morgen.', four), null);
  assert.equal(owner('Dat is voor vrijdag geregeld.', four), null);
});

test('adverbial topics: "morgen bel ik", "dan stuurt u", "vrijdag krijgt u … van mij"', () => {
  assert.equal(owner('Morgen mail ik het verslag.', four), 'Wendy');
  assert.equal(owner('Dan stuurt u mij de offerte.'), 'Bram Jacobs');
  assert.equal(owner('Vrijdag krijgt u de beschikking van ons.'), 'Wendy');
});

test('a left-dislocated topic or a first clause without owner: the main clause after the comma decides', () => {
  assert.equal(owner('De planning van het project, daar kom ik dinsdag op terug.', four), 'Wendy');
  assert.equal(owner('Het adres klopt niet meer, dat verbeter ik vandaag.', four), 'Wendy');
  assert.equal(owner('De zaal is vol, Lisa zoekt morgen een andere.', four), 'Lisa');
  assert.equal(owner('Wat jullie net vroegen, zoek ik voor vrijdag uit.', four), 'Wendy');
  assert.equal(owner('What you raised, I will check with legal.', four), 'Wendy');
  // A subordinate clause after the comma does not name the owner.
  assert.equal(owner('De aanvraag is binnen, zodat u morgen bericht krijgt.', four), null);
});

test('several sentences: the one that binds the deadline holds the agreement', () => {
  assert.equal(owner('Je doet de intake zelf. De verslagen zet ik morgen in het dossier.'), 'Wendy');
  assert.equal(owner('Je doet de intake zelf. Dat regel ik morgen met de planner.'), 'Wendy');
  assert.equal(owner('The budget is tight. I will send the revised plan on Friday.', four), 'Wendy');
  // A deadline sentence without a subject leaves the owner of the first.
  assert.equal(owner('Lisa belt de huurder. Uiterlijk donderdag.', four), 'Lisa');
});
