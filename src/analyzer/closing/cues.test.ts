// One assertion per cue family, with sentences written for these tests (not from the eval sets).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cue from './cues.ts';
import { normalize } from './normalize.ts';
import { hasTimeExpression } from './time.ts';

const yes = (fn: (t: string) => boolean, ...texts: string[]) => {
  for (const text of texts) assert.equal(fn(normalize(text)), true, `should match: ${text}`);
};
const no = (fn: (t: string) => boolean, ...texts: string[]) => {
  for (const text of texts) assert.equal(fn(normalize(text)), false, `should not match: ${text}`);
};

test('normalize: lowercase, no accents, fillers and stutters gone', () => {
  assert.equal(normalize('Eh, ik ik stuur u éh vóór Vrijdag'), 'ik stuur u voor vrijdag');
  assert.equal(normalize('uhm we we gaan het het doen'), 'we gaan het doen');
});

test('wrap-up: the leader announces the end', () => {
  yes(
    cue.isWrapUp,
    'Goed, laten we het afronden.',
    'We lopen al tegen de tijd aan.',
    'I think we should wrap this up.',
    "We're nearly out of time.",
    'Ik merk dat het bijna tijd is.',
  );
  no(
    cue.isWrapUp,
    'Ik moet mijn studie nog afronden.',
    'Aan het einde van de straat woont hij.',
    'Het is tijd voor koffie en taart zei ze.',
  );
});

test('summary: summing up, asking someone to, checking it', () => {
  yes(
    cue.isSummaryOpen,
    'Ik vat even samen wat we hebben.',
    'Kunt u samenvatten wat we besproken hebben?',
    'Laat ik het op een rijtje zetten.',
    'Quick recap before we go.',
    'So, to sum up: three things.',
  );
  no(cue.isSummaryOpen, 'We gaan samen naar de markt.', 'Zet de stoelen op een rij voor de voorstelling.');
  yes(cue.isSummaryCheck, 'Klopt dat zo?', 'Herkent u zich daarin?', 'Is that a fair summary?');
});

test('question round: offered by the leader, not any question', () => {
  yes(
    cue.isQuestionRound,
    'Heeft u verder nog vragen?',
    'Zijn er nog opmerkingen?',
    'Wil iemand nog iets kwijt?',
    'Any other questions?',
    'Nog vragen?',
    'Is there anything else I can help with?',
  );
  no(
    cue.isQuestionRound,
    'Mag ik vragen wat het kost?',
    'Moet je het hem vragen?',
    'Heeft u de brief gelezen?',
  );
});

test('contact: who I am, how to reach me, your details', () => {
  yes(
    cue.isContact,
    'Ik ben het best bereikbaar op maandag.',
    'U kunt mij mailen op j.devries@example.org.',
    'Mag ik uw telefoonnummer?',
    'You can reach me on my mobile.',
    'Bel me gerust.',
    'Mijn nummer is 06 12 34 56 78.',
  );
  no(
    cue.isContact,
    'Jij neemt contact op met de aannemer.',
    'Ping your contact at the bank.',
    'Hij belde gisteren nog.',
  );
});

test('feedback: how the conversation went, what could be better', () => {
  yes(
    cue.isFeedbackAsk,
    'Hoe heeft u ons gesprek ervaren?',
    'Hoe vond je de bespreking vandaag?',
    'Wat kan ik de volgende keer beter doen?',
    'How did you find this session?',
    'Anything I should do differently?',
  );
  yes(
    cue.isFeedbackAsk,
    'Hoe was dit gesprek voor u?',
    'Wat vond je van dit overleg?',
    'What did you think of this session?',
  );
  no(
    cue.isFeedbackAsk,
    'Ik wil graag feedback op mijn sollicitatie.',
    'Hoe laat begint de film?',
    'Hoe was de vakantie?',
  );
  yes(cue.isFeedbackAck, 'Goeie tip, die neem ik mee.', 'Noted, thanks.');
});

test('thanks: for the conversation or everyone; not ironic', () => {
  yes(cue.isThanks, 'Dank u wel.', 'Bedankt allemaal.', 'Thanks, everyone.', 'Ik wil jullie danken.');
  no(cue.isThanks, 'Nou, bedankt hoor.', 'Thanks for nothing.');
  yes(
    cue.isThanksForConversation,
    'Bedankt voor uw komst.',
    'Thank you both for your time.',
    'Dank jullie allemaal.',
  );
  no(cue.isThanksForConversation, 'Bedankt voor de koffie.', 'Dank u, die aanvulling noteer ik.');
  yes(
    cue.isFarewell,
    'Nog een fijne avond!',
    'Tot volgende week.',
    'Dag meneer Brinkman.',
    'Have a great weekend.',
  );
  no(cue.isFarewell, 'Die dag was het druk.');
});

test('expectations: what happens next, what you will receive', () => {
  yes(
    cue.isExpectationIntro,
    'Hoe gaat het nu verder?',
    'Wat er hierna gebeurt: de commissie beslist.',
    'What happens next is a review.',
  );
  yes(
    cue.isReceive,
    'U krijgt binnen een week een brief.',
    "You'll receive a confirmation tomorrow.",
    'Binnen zes weken kunt u bezwaar maken.',
  );
});

test('question: a question mark, or an interrogative start without punctuation', () => {
  assert.equal(cue.isQuestion('heeft u nog vragen', 'heeft u nog vragen'), true);
  assert.equal(
    cue.isQuestion('Wat er daarna gebeurt: een brief.', 'wat er daarna gebeurt: een brief.'),
    false,
  );
});

test('time expressions', () => {
  for (const t of [
    'uiterlijk vrijdag',
    'binnen twee weken',
    'by next Monday',
    'op 3 maart',
    'morgenochtend',
    'vandaag nog',
  ]) {
    assert.equal(hasTimeExpression(normalize(t)), true, t);
  }
  for (const t of ['de volgende keer', 'drie keer per week', 'een paar minuten']) {
    assert.equal(hasTimeExpression(normalize(t)), false, t);
  }
});

test('contact: where to turn to, a number that is printed somewhere, reaching us', () => {
  for (const t of [
    'voor vragen kunt u terecht bij de balie van het stadskantoor.',
    'het nummer staat onderaan de uitnodiging.',
    'bel me op mijn werknummer als het niet lukt.',
    'you can always reach me through the front desk.',
  ])
    assert.ok(cue.isContact(t), t);
  assert.ok(!cue.isContact('dat is terecht, daar had u gelijk in.'));
});

test('a third party acts next: sequence word or leading condition, subject no participant', () => {
  for (const t of [
    'de tandarts bekijkt dan of er een kroon nodig is.',
    'daarna beoordeelt de commissie uw aanvraag.',
    'als u het formulier heeft ingestuurd, krijgt de verzekeraar automatisch bericht.',
    'the committee then decides on the appeal.',
  ])
    assert.ok(cue.isThirdPartyNext(t), t);
  for (const t of ['de verwarming hapert al weken.', 'ik bel de verhuurder.', 'wat doet de verhuurder dan?'])
    assert.ok(!cue.isThirdPartyNext(t), t);
});

test('closing cues: full stop, own words, mid-utterance "anything else", "zit je nog ergens mee"', () => {
  yes(
    cue.isWrapUp,
    'Oké, dan zetten we er nu een punt achter.',
    'We laten het hierbij voor vandaag.',
    "Let's leave it there for today.",
  );
  no(cue.isWrapUp, 'Hij zette een punt achter zijn naam.', 'Het punt is dat de lift kapot is.');
  yes(
    cue.isSummaryOpen,
    'Kun jij in je eigen woorden zeggen wat je meeneemt?',
    'Could you put it in your own words for me?',
  );
  yes(
    cue.isQuestionRound,
    'Right. Two things from my side. Anything else, anybody?',
    'Zit u nog ergens mee?',
    'Loop je verder nog ergens mee rond?',
    'goed verder nog wat',
  );
  no(cue.isQuestionRound, 'Hij zit nog met die lening.', 'Daar zit ik mee.');
});

test('feedback: about the leader, about expectations', () => {
  yes(
    cue.isFeedbackAsk,
    'so how did i do on this one',
    'Was I clear enough about the options?',
    'Was this session okay for you?',
    'Is het een beetje wat jullie hadden verwacht?',
    'Was dit ongeveer waar u op hoopte?',
    'Was today more or less what you were expecting?',
    'Voldeed het gesprek een beetje aan uw verwachting?',
  );
  no(
    cue.isFeedbackAsk,
    'Het was precies wat ik verwachtte.',
    'The invoice was higher than you expected.',
    'Hoe laat was ik er?',
  );
});
