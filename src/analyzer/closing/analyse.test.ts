// End-to-end: transcripts written for these tests, random and mutated input (fast-check), a 10 MB file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyseTranscript, tryAnalyseTranscript, STEP_KEYS, type TranscriptAnalysis } from '../index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/transcripts/${name}`, import.meta.url), 'utf8');
const present = (a: TranscriptAnalysis): string[] => STEP_KEYS.filter((k) => a.steps[k].present);

test('a complete closing in unpunctuated speech-to-text', () => {
  const a = analyseTranscript('nl-stt-huisbezoek.txt', fixture('nl-stt-huisbezoek.txt'), {
    date: '2026-03-12',
  });
  assert.equal(a.language, 'nl');
  assert.deepEqual(a.leader, { name: 'spreker2', inferred: true, basis: 'closing-moves' });
  assert.deepEqual(present(a), [...STEP_KEYS]);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [
      [7, 'spreker2', '2026-03-20'],
      [8, 'spreker1', '2026-03-13'],
    ],
  );
  assert.equal(a.score, 100);
});

test('a phone call exported without speakers, cut off before the goodbye: who said what from the turns', () => {
  const a = analyseTranscript('call.srt', fixture('nl-telefoon-zonder-namen.srt'), { date: '2026-10-13' });
  assert.equal(a.speakersInferred, true);
  assert.deepEqual(a.speakers, ['Sanne', 'Meneer Okafor']);
  assert.equal(a.leader.name, 'Sanne');
  // Two agreements in one turn: the employee's own, and the request the caller accepts.
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [
      [5, 'Sanne', '2026-10-13'],
      [5, 'Meneer Okafor', '2026-10-16'],
    ],
  );
  assert.deepEqual(a.steps.expectations.lines, [7]);
  assert.equal(a.steps.thanks.present, false);
  // A transcript with speakers says they were not inferred.
  const named = analyseTranscript('m.vtt', fixture('nl-teams-bouwoverleg.vtt'), { date: '2026-03-12' });
  assert.equal(named.speakersInferred, false);
});

test('a request turned down is no agreement; what the answer offers instead is, on its own line', () => {
  const a = analyseTranscript(
    'r.txt',
    [
      'Carmen: So the replacement card goes out today.',
      'Tobias: Can you make sure the new card arrives before Friday?',
      "Carmen: Unfortunately I can't promise that, the post decides. But I'll email you the tracking code tomorrow.",
      'Tobias: Okay, thanks.',
      'Carmen: Thanks for calling, and have a good weekend.',
    ].join('\n'),
    { date: '2026-10-13' },
  );
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [[3, 'Carmen', '2026-10-14']],
  );
});

test('checking the other’s phone number is the contact step, not a summary', () => {
  const a = analyseTranscript(
    'c.txt',
    [
      'Anouk: Dan maak ik vandaag de melding aan en komt de monteur donderdag.',
      'Jeroen: Prima, donderdag ben ik thuis.',
      'Anouk: Ik heb hier uw nummer als 06 12 34 56 78, klopt dat nog steeds?',
      'Jeroen: Ja, dat klopt.',
      'Anouk: Dan wens ik u een fijne dag, tot ziens.',
    ].join('\n'),
    { date: '2026-10-13' },
  );
  assert.equal(a.steps.summary.present, false);
  assert.deepEqual(a.steps.contact.lines.slice(0, 1), [3]);
});

test('Teams meeting: summary, an assignment by name, the round, thanks; missing steps give tips', () => {
  const a = analyseTranscript('m.vtt', fixture('nl-teams-bouwoverleg.vtt'), { date: '2026-03-12' });
  assert.deepEqual(present(a), ['summary', 'agreements', 'questions', 'thanks']);
  assert.equal(a.agreements[0]!.owner, 'Meera Shah');
  assert.equal(a.tips.length, 3);
  assert.deepEqual(
    a.tips.map((t) => t.code),
    ['expectations', 'feedback', 'contact'],
  );
  assert.ok(a.score > 0 && a.score < 100);
});

test('English Zoom and SRT transcripts', () => {
  const z = analyseTranscript('z.vtt', fixture('en-zoom-support.vtt'), { date: '2026-03-12', lang: 'nl' });
  assert.equal(z.language, 'en');
  assert.equal(z.tipsLanguage, 'nl');
  assert.deepEqual(present(z), ['summary', 'agreements', 'expectations', 'questions', 'thanks']);
  assert.equal(z.agreements[0]!.deadline?.date, '2026-03-19');
  const s = analyseTranscript('s.srt', fixture('en-support.srt'), { date: '2026-03-12' });
  assert.deepEqual(present(s), ['summary', 'agreements', 'thanks']);
});

test('a phone call: "Is er nog iets waarmee ik u kan helpen?" is the round; the leader thanks at the end', () => {
  const a = analyseTranscript('t.txt', fixture('nl-telefoon-regeling.txt'), { date: '2026-03-12' });
  assert.deepEqual(present(a), [...STEP_KEYS]);
  assert.deepEqual(
    a.agreements.map((g) => g.line),
    [5],
  );
  assert.deepEqual(a.steps.expectations.lines, [6]);
});

test('a meeting: named owners ("Meera will"), acceptances are no extra agreements', () => {
  const a = analyseTranscript('m.txt', fixture('en-meeting-roadmap.txt'), { date: '2026-03-12' });
  assert.deepEqual(present(a), ['summary', 'agreements', 'questions', 'thanks']);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner]),
    [
      [5, 'Sam'],
      [7, 'Meera'],
      [9, 'Chair'],
    ],
  );
});

test('no strong move: goodbyes or a dated promise at the end still make a closing; small thanks do not', () => {
  const en = analyseTranscript('b.txt', fixture('en-boiler-engineer.txt'), { date: '2026-03-12' });
  assert.equal(en.leader.name, 'Oliver');
  assert.deepEqual(present(en), ['expectations']);
  const nl = analyseTranscript('t.txt', fixture('nl-thee-rekening.txt'), { date: '2026-03-12' });
  assert.equal(nl.leader.name, 'Sander');
  assert.deepEqual(present(nl), ['agreements']);
  assert.equal(nl.agreements[0]!.deadline?.date, '2026-03-17');
});

test("the leader's bare last thanks closes the conversation; thanks for the coffee does not", () => {
  const a = analyseTranscript(
    't.txt',
    'Dini: Heeft u nog vragen?\nBen: Nee.\nDini: Oké, dank u wel.\nBen: Dag.',
    { date: '2026-03-12' },
  );
  assert.equal(a.steps.thanks.present, true);
  const b = analyseTranscript(
    't.txt',
    'Dini: Heeft u nog vragen?\nBen: Nee. Nog koffie?\nDini: Bedankt, lekker.',
    { date: '2026-03-12' },
  );
  assert.equal(b.steps.thanks.present, false);
});

test('a sub-topic summed up mid-meeting is not where the closing starts', () => {
  const talk = Array.from(
    { length: 40 },
    (_, i) => `${i % 2 ? 'Bo' : 'Ann'}: Over punt ${i} zeg ik dit en dat.`,
  );
  const text = [
    'Ann: Ik vat dit agendapunt even samen: de begroting blijft gelijk, klopt dat met wat jullie zagen?',
    'Bo: Ja.',
    'Ann: Ik mail de begroting morgen rond.',
    ...talk,
    'Ann: We zijn bijna aan het einde. Zijn er nog vragen?',
    'Bo: Nee.',
    'Ann: Dank jullie wel allemaal, fijne dag.',
  ].join('\n');
  const a = analyseTranscript('m.txt', text, { date: '2026-03-12' });
  assert.equal(a.closing.startLine, 44);
  // The summary stays where it was said; the dated promise made then is an agreement all the same.
  assert.deepEqual(present(a), ['agreements', 'questions', 'thanks']);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [[3, 'Ann', '2026-03-13']],
  );
});

test('a conversation cut off before its end gets no closing, and "bedankt" for coffee is no thanks', () => {
  const a = analyseTranscript('c.txt', fixture('nl-afgebroken.txt'), { date: '2026-03-12' });
  assert.equal(a.closing.present, false);
  assert.deepEqual(present(a), []);
  assert.equal(a.score, 0);
  assert.equal(a.tips[0]!.code, 'no_closing');
});

test('the leader option wins over inference; thanks by a participant is not the thanks step', () => {
  const text = 'Dini: Heeft u nog vragen?\nBen: Nee, dank u wel, fijne dag.\nDini: Graag gedaan, dag!';
  const a = analyseTranscript('t.txt', text, { date: '2026-03-12', leader: 'dini' });
  assert.deepEqual(a.leader, { name: 'Dini', inferred: false, basis: 'option' });
  assert.equal(a.steps.thanks.present, false);
  assert.equal(a.steps.questions.present, true);
});

test('a question in the body is not the question round; the ironic thanks is not thanks', () => {
  const text = [
    'Floor: Mag ik iets vragen over de kosten?',
    'Sem: Ja hoor, die zijn voor de gemeente.',
    'Floor: Nou, bedankt hoor.',
  ].join('\n');
  const a = analyseTranscript('t.txt', text, { date: '2026-03-12' });
  assert.deepEqual(present(a), []);
});

test('not a transcript: a stable error, never a throw from tryAnalyseTranscript', () => {
  const r = tryAnalyseTranscript('x.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:0', { date: '2026-03-12' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.error.code, 'transcript_truncated');
  assert.throws(() => analyseTranscript('e.txt', '', { date: '2026-03-12' }), { code: 'transcript_empty' });
});

const base = fixture('nl-stt-huisbezoek.txt').split('\n');

test('never throws on random or mutated transcripts', () => {
  const mutated = fc
    .array(
      fc.oneof(
        fc.constantFrom(...base),
        fc.string({ maxLength: 80 }),
        fc.constantFrom(
          'WEBVTT',
          '00:00:01.000 --> 00:00:02.000',
          '<v Marjolein>hoi',
          '1',
          '',
          '&amp;',
          'Tot slot:',
          '\u0000',
        ),
      ),
      { maxLength: 40 },
    )
    .map((lines) => lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]));
  fc.assert(
    fc.property(
      mutated,
      fc.constantFrom('a.txt', 'a.vtt', 'a.srt', 'a'),
      fc.option(fc.string({ maxLength: 12 })),
      (text, name, leader) => {
        const r = tryAnalyseTranscript(name, text, { date: '2026-03-12', leader: leader ?? undefined });
        if (r.ok) {
          for (const key of STEP_KEYS)
            assert.equal(r.analysis.steps[key].present, r.analysis.steps[key].lines.length > 0);
          assert.ok(r.analysis.score >= 0 && r.analysis.score <= 100);
        } else {
          assert.equal(r.error.code === 'transcript_analysis_failed', false, r.error.message);
        }
      },
    ),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const r = tryAnalyseTranscript('r.txt', text, { date: '2026-03-12' });
      assert.ok(r.ok || r.error.code !== 'transcript_analysis_failed');
    }),
    { numRuns: 300 },
  );
});

// Time is measured in bench/ (per-byte cost from 10 KB to 10 MB); these tests show the work completes and stays
// correct on the shapes that were quadratic before: a huge file, one huge unpunctuated utterance, one token
// repeated, digits and dots.
test('a 10 MB transcript is analysed completely, the closing at its end found', () => {
  const body = 'spreker1: ja en toen zijn we naar de markt gegaan eh met de fiets\nspreker2: o ja leuk\n';
  const closing = fixture('nl-stt-huisbezoek.txt');
  const text = body.repeat(Math.ceil(10e6 / body.length)) + closing;
  const a = analyseTranscript('big.txt', text, { date: '2026-03-12' });
  assert.equal(a.steps.thanks.present, true);
  assert.equal(a.agreements.length, 2);
});

test('one 1 MB utterance without punctuation: its head and tail are read, the rest costs nothing extra', () => {
  const unit = 'en dan hebben we het nog over de tuin gehad en de buren ';
  const middle = unit.repeat(Math.ceil(1e6 / unit.length));
  const text = `Jikke: ik vat het even samen ${middle} dus u wilt hulp in de tuin klopt dat\nMeneer Poel: ja dat klopt\nJikke: dan bel ik u vrijdag terug en een fijne dag nog\n`;
  const a = analyseTranscript('long.txt', text, { date: '2026-03-12' });
  assert.equal(a.utterances, 3);
  assert.equal(a.steps.summary.present, true);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [[3, 'Jikke', '2026-03-13']],
  );
  for (const filler of ['a '.repeat(5e5), '1.'.repeat(5e5), '?'.repeat(1e6)])
    assert.equal(
      analyseTranscript('x.txt', `Jikke: ${filler}\n`, { date: '2026-03-12' }).agreements.length,
      0,
    );
});

const steps = (text: string, date = '2026-05-04'): TranscriptAnalysis =>
  analyseTranscript('t.txt', text, { date });

test('a check of understanding mid-body, with the talk going on, is no closing', () => {
  const body = [
    'Jikke: Waar gaat het om?',
    'Meneer Poel: De stoep voor mijn deur is al maanden opgebroken.',
    'Jikke: Dus de aannemer is weg en de stoep ligt nog steeds open, als ik het zo hoor. Klopt dat?',
    'Meneer Poel: Ja, al sinds februari.',
    'Jikke: Heeft u foto’s gemaakt?',
    'Meneer Poel: Een paar, op mijn telefoon.',
    'Jikke: Wie woont er nog meer aan die kant?',
    'Meneer Poel: De familie Aydemir en een oudere dame, die',
  ].join('\n');
  const a = steps(body);
  assert.equal(a.closing.present, false);
  assert.deepEqual(present(a), []);
});

test('a participant taking in a card, a letter or an assignment makes no agreement of their own', () => {
  const text = [
    'Gwendolyn: Goed, laten we afronden.',
    'Gwendolyn: U stuurt de meterstanden uiterlijk vrijdag naar ons.',
    'Meneer Roos: Dat ga ik proberen.',
    'Gwendolyn: U krijgt volgende week een brief met het nieuwe voorschot.',
    'Meneer Roos: Die leg ik wel bij de andere papieren.',
    'Gwendolyn: Hier is mijn kaartje met mijn directe nummer.',
    'Meneer Roos: Ik hang het op het prikbord.',
    'Gwendolyn: Dank u wel voor uw tijd en een fijne dag.',
  ].join('\n');
  const a = steps(text);
  assert.deepEqual(
    a.agreements.map((g) => g.line),
    [2],
  );
  assert.ok(a.steps.agreements.lines.includes(3));
});

test('what a third party does next is an expectation; the closing does not reach back over a body question', () => {
  const text = [
    'Wim: Dan moeten we snel iets regelen. Heeft u al een advocaat?',
    'Mevrouw Kurt: Nee, nog niet.',
    'Wim: We ronden af. Ik stuur u morgen de lijst met advocaten.',
    'Wim: De rechtbank plant daarna een zitting in.',
    'Wim: Bedankt voor uw komst, en een goede dag.',
  ].join('\n');
  const a = steps(text);
  assert.deepEqual(a.steps.expectations.lines, [4]);
  assert.deepEqual(
    a.agreements.map((g) => g.line),
    [3],
  );
});

test('unpunctuated speech-to-text: the question round and the feedback question still count', () => {
  const text = [
    'Isa: goed dan de verhuisdozen die breng ik zaterdag langs',
    'Said: fijn',
    'Isa: top verder nog wat',
    'Said: nee dat was alles',
    'Isa: was dit een beetje wat je verwachtte',
    'Said: ja zeker',
    'Isa: bedankt voor je tijd said fijne avond',
    'Said: jij ook',
  ].join('\n');
  const a = analyseTranscript('stt.txt', text, { date: '2026-05-06' });
  assert.ok(a.steps.questions.present);
  assert.deepEqual(a.steps.feedback.lines, [5, 6]);
  const negated = analyseTranscript(
    'stt2.txt',
    text.replace('top verder nog wat', 'ik heb verder geen vragen meer over de dozen'),
    { date: '2026-05-06' },
  );
  assert.equal(negated.steps.questions.present, false);
});

test('what others do next and how long it takes is an expectation, not an agreement of a participant', () => {
  const nl = [
    'Sanne Vos: Goedemiddag meneer Bakker, fijn dat u er bent.',
    'Henk Bakker: Goedemiddag.',
    'Sanne Vos: We hebben het gehad over de traplift en de aanpassing van de badkamer.',
    'Henk Bakker: Ja, dat klopt.',
    'Sanne Vos: Ik zet de aanvraag vandaag nog in het systeem.',
    'Henk Bakker: Goed.',
    'Sanne Vos: Onze ergotherapeut beoordeelt daarna de situatie thuis, dat duurt meestal een week of drie.',
    'Henk Bakker: Oké, dat is lang.',
    'Sanne Vos: De leverancier neemt vervolgens contact met u op om de traplift te plaatsen. Reken op zes weken.',
    'Henk Bakker: Prima.',
    'Sanne Vos: Had u er vandaag iets aan?',
    'Henk Bakker: Ja hoor, het is nu duidelijk.',
    'Sanne Vos: Fijn om te horen, en bedankt voor uw tijd.',
  ].join('\n');
  const a = analyseTranscript('nl.txt', nl, { date: '2026-12-01' });
  assert.deepEqual(a.steps.expectations.lines, [7, 9]);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner]),
    [[5, 'Sanne Vos']],
  );
  assert.ok(a.steps.feedback.lines.includes(11));
  assert.deepEqual(a.steps.thanks.lines, [13]);
  const en = [
    'Priya Shah: Thanks for joining, Mark.',
    'Mark Evans: Sure.',
    'Priya Shah: So to recap, you want the premium plan for forty seats.',
    'Mark Evans: Correct.',
    "Priya Shah: I'll send the proposal tomorrow.",
    'Mark Evans: Great.',
    'Priya Shah: Our legal team drafts the contract after that, which normally takes about ten days.',
    'Mark Evans: Fine.',
    'Priya Shah: Before we go, did you find this session helpful?',
    'Mark Evans: It was useful.',
    'Priya Shah: Good to hear, thanks again and have a great weekend.',
  ].join('\n');
  const b = analyseTranscript('en.txt', en, { date: '2026-12-01' });
  assert.deepEqual(b.steps.expectations.lines, [7]);
  assert.deepEqual(
    b.agreements.map((g) => [g.line, g.owner]),
    [[5, 'Priya Shah']],
  );
  assert.ok(b.steps.feedback.lines.includes(9));
});

test("a round of actions: a call by name and a topic, answered with a day, is the answerer's agreement", () => {
  const t = [
    'Wendy Kok: Welkom allemaal bij het projectoverleg over de nieuwe speeltuin.',
    'Bas Jansen: Dank je.',
    'Wendy Kok: We hebben het gehad over de planning en het budget.',
    'Omar Haddad: Klopt.',
    'Wendy Kok: Dan de acties. Bas, de offerte van de hekken?',
    'Bas Jansen: Die heeft u voor 14 mei van me.',
    'Wendy Kok: En Omar, de bewonersbrief?',
    'Omar Haddad: Over twee weken ligt die bij de drukker.',
    'Wendy Kok: Kan de buurman zaterdag de sleutel ophalen? Dat zei hij vorige keer.',
    'Bas Jansen: Hij is er niet, dat vraag ik hem zelf.',
    "Wendy Kok: Zou jij de foto's willen uploaden? Lukt dat voor vrijdag?",
    'Omar Haddad: Ja, dat lukt.',
    'Wendy Kok: Zijn er nog vragen?',
    'Bas Jansen: Nee.',
    'Wendy Kok: Dank jullie wel allemaal, tot de volgende keer.',
  ].join('\n');
  const a = analyseTranscript('round.txt', t, { date: '2026-05-04' });
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date ?? null, g.confidence.reasons]),
    [
      [6, 'Bas Jansen', '2026-05-13', []],
      [8, 'Omar Haddad', '2026-05-18', []],
      // Asked of someone by role who does not answer: left for the leader to accept, without an owner.
      [9, null, '2026-05-09', ['no_owner']],
      [11, 'Omar Haddad', '2026-05-08', []],
    ],
  );
});

test('a call that asks the person something is no call in a round of actions', () => {
  const t = [
    'Ilse Bos: Goedemorgen, we beginnen met het rondje. Karim, wil jij beginnen?',
    'Karim Ait: Ja. Vandaag ben ik bezig met de roosters, gisteren zat ik bij de klant.',
    'Ilse Bos: Dank je. Dan spreken we af dat ik morgen de planning rondstuur.',
    'Karim Ait: Prima.',
    'Ilse Bos: Zijn er nog vragen?',
    'Karim Ait: Nee, helder.',
    'Ilse Bos: Bedankt voor jullie tijd, tot morgen.',
  ].join('\n');
  const a = analyseTranscript('stand-up.txt', t, { date: '2026-12-01' });
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner]),
    [[3, 'Ilse Bos']],
  );
});

test('a transcript of only the closing, longer than the window: the closing opens at its first line', () => {
  const talk = (from: number) =>
    Array.from({ length: 20 }, (_, k) =>
      k % 2 === 0
        ? `Mevrouw Yildiz: Dan punt ${from + k} van de lijst, daar hebben we het kort over gehad.`
        : `Meneer Kramer: Ja, dat punt ${from + k} herken ik.`,
    );
  const t = [
    'Mevrouw Yildiz: Onze tijd is bijna om, dus ik zet even op een rij wat we besproken hebben.',
    ...talk(1),
    'Mevrouw Yildiz: Klopt dat zo, meneer Kramer, of mist u nog iets in dit rijtje punten van vandaag?',
    ...talk(21),
    'Mevrouw Yildiz: Meneer Kramer, de huurovereenkomst ontbreekt nog. Kunt u die voor vrijdag mailen, aan mij en aan mr. Bakker?',
    'Meneer Kramer: Ja, dat doe ik.',
    'Mevrouw Yildiz: Dank u wel voor het gesprek, en een fijne dag.',
  ].join('\n');
  const a = analyseTranscript('alleen-slot.txt', t, { date: '2026-03-03' });
  assert.equal(a.steps.summary.lines[0], 1);
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date ?? null]),
    [[43, 'Meneer Kramer', '2026-03-06']],
  );
});

test('a long round of dated agreements carries the closing on from the summary before it', () => {
  const days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
  const round = Array.from({ length: 28 }, (_, k) =>
    k % 2 === 0
      ? `Sanne Peters: Dan punt ${k + 1}. Wie pakt dat op?`
      : `Joost Vermeer: Dat regel ik, uiterlijk ${days[k % 5]} stuur ik het rond.`,
  );
  const t = [
    'Sanne Peters: Goed, ik vat even samen wat we vanavond besproken hebben.',
    'Sanne Peters: De begroting is rond en de zaal is vastgelegd. Klopt dat zo, Joost?',
    'Joost Vermeer: Ja, dat klopt.',
    ...round,
    'Sanne Peters: Zijn er nog vragen?',
    'Joost Vermeer: Nee.',
    'Sanne Peters: Dank jullie wel, en tot de volgende keer.',
  ].join('\n');
  const a = analyseTranscript('ronde.txt', t, { date: '2026-03-02' });
  assert.equal(a.steps.summary.present, true);
  assert.equal(a.closing.startLine, 1);
  assert.equal(a.agreements.length, 14);
});
