// Table-driven tests of the move classifier: every rule has positive and negative examples of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMoves, moveRules } from './classify.ts';
import { normalizeForMoves, compilePhrase } from './pattern.ts';
import type { ClassifyOptions, Move } from './types.ts';

interface Case {
  rule: string;
  yes: string[];
  no: string[];
  options?: ClassifyOptions;
}

const round: ClassifyOptions = { questionRoundOpen: true };

const CASES: Case[] = [
  // Dutch
  {
    rule: 'nl.acknowledge.understand',
    yes: ['Ik begrijp dat u hier echt boos over bent.', 'Ik kan me goed voorstellen dat dit zwaar valt.'],
    no: ['Ik begrijp niet waarom u zo reageert.', 'Ik snap het niet, wat bedoelt u?'],
  },
  {
    rule: 'nl.acknowledge.name',
    yes: ['Dat is heel vervelend, die lange wachttijd.', 'U klinkt erg teleurgesteld.'],
    no: ['Dat is niet vervelend bedoeld.', 'Het formulier ligt op tafel.'],
  },
  {
    rule: 'nl.acknowledge.sorry',
    yes: ['Het spijt me dat u zo lang heeft moeten wachten.', 'Mijn excuses voor de verwarring.'],
    no: ['Ik bel u morgen.', 'Het regent vandaag.'],
  },
  {
    rule: 'nl.calm.together',
    yes: ['Laten we samen kijken wat er wel kan.', 'Ik ga het voor u uitzoeken.'],
    no: ['Dat is uw probleem.', 'Het loket gaat om vijf uur dicht.'],
  },
  {
    rule: 'nl.calm.facts',
    yes: [
      'Ik zie in het systeem dat uw aanvraag op 3 maart is binnengekomen.',
      'Volgens onze gegevens is de brief verstuurd.',
    ],
    no: ['Ik weet het ook niet.', 'Dat zoekt u zelf maar uit.'],
  },
  {
    rule: 'nl.limit.reason',
    yes: [
      'Ik kan de boete niet kwijtschelden, omdat de termijn verstreken is.',
      'Dat kan niet, want de aanvraag is te laat binnengekomen.',
    ],
    no: ['Ik kan u morgen bellen.', 'Dat kan, ik regel het direct.'],
  },
  {
    rule: 'nl.limit.rules',
    yes: [
      'De regels zeggen dat u een nieuwe aanvraag moet doen.',
      'Volgens de wet moet er eerst een onderzoek komen.',
    ],
    no: ['Ik schrijf het op.', 'We drinken eerst koffie.'],
  },
  {
    rule: 'nl.limit.mandate',
    yes: ['Daar ga ik niet over, dat beslist de commissie.', 'Dat valt buiten wat ik mag toezeggen.'],
    no: ['Ik ga er morgen heen.', 'Ik beslis dat graag samen met u.'],
  },
  {
    rule: 'nl.limit.unfortunately',
    yes: ['Helaas is er geen plek meer deze week.', 'Dat is niet mogelijk binnen deze regeling.'],
    no: ['Gelukkig is er nog plek.', 'Dat is mogelijk, ik zet het erin.'],
  },
  {
    rule: 'nl.boundary.consequence',
    yes: [
      'Als u blijft schreeuwen, dan stop ik dit gesprek.',
      'Wilt u rustig praten, anders beëindig ik het gesprek.',
    ],
    no: ['Als u wilt, bel ik u morgen.', 'Als het regent blijven we binnen.'],
  },
  {
    rule: 'nl.boundary.request',
    yes: ['Ik wil dat u op een normale toon tegen mij praat.', 'Ik accepteer niet dat u mij uitscheldt.'],
    no: ['Ik wil u graag helpen.', 'Ik accepteer uw uitnodiging.'],
  },
  {
    rule: 'nl.choice.options',
    yes: ['U kunt het formulier online invullen of hier bij de balie.', 'Er zijn twee mogelijkheden voor u.'],
    no: ['U kunt het formulier online invullen.', 'Er is maar één manier.'],
  },
  {
    rule: 'nl.open_question.wh',
    yes: ['Wat is er precies gebeurd?', 'Hoe gaat het nu met de boodschappen?'],
    no: ['Wat een drukte vandaag.', 'Hoe laat is het?'],
  },
  {
    rule: 'nl.open_question.invite',
    yes: ['Vertel eens wat er is gebeurd.', 'Kunt u uitleggen waar het misging?'],
    no: ['Ik vertel het u later.', 'U kunt gaan zitten.'],
  },
  {
    rule: 'nl.summary.check',
    yes: [
      'Als ik u goed begrijp, wilt u vooral duidelijkheid.',
      'Klopt het dat de brief nooit is aangekomen?',
    ],
    no: ['Ik begrijp u.', 'Het klopt niet.'],
  },
  {
    rule: 'nl.summary.open',
    yes: ['Samengevat: u wacht al zes weken op antwoord.', 'Ik vat even samen wat we hebben besproken.'],
    no: ['Ik vat het niet.', 'We gaan verder met de volgende vraag.'],
  },
  {
    rule: 'agreement.smart',
    yes: [
      'Ik bel u vrijdag voor twaalf uur terug over de uitkomst.',
      'Ik stuur u morgen een e-mail met de klachtprocedure.',
    ],
    no: ['Ik kijk ernaar.', 'Belt u mij vrijdag?'],
  },
  {
    rule: 'nl.next_steps.what',
    yes: ['Ik leg uit wat er nu gaat gebeuren.', 'U krijgt binnen twee weken een brief met het besluit.'],
    no: ['Er gebeurt van alles in de wijk.', 'U krijgt van mij een kopje koffie.'],
  },
  {
    rule: 'nl.question_round.ask',
    yes: ['Heeft u nog vragen?', 'Wilt u nog iets kwijt voordat we afronden?'],
    no: ['Ik heb geen vragen meer.', 'Vragen staan op de website.'],
  },
  {
    rule: 'nl.reachable.name',
    yes: ['Mijn naam is Sanne de Wit.', 'U spreekt met Ahmed van de klantenservice.'],
    no: ['Wat is uw naam?', 'De naam staat op de brief.'],
  },
  {
    rule: 'nl.reachable.contact',
    yes: ['U kunt mij bereiken op werkdagen tussen negen en vijf.', 'Mijn nummer staat op dit kaartje.'],
    no: ['U kunt dat zelf regelen.', 'Het nummer van de bus is 12.'],
  },
  {
    rule: 'nl.reachable.ask',
    yes: ['Op welk nummer kan ik u het best bereiken?', 'Mag ik uw telefoonnummer noteren?'],
    no: ['Op welk moment kwam de brief?', 'Mag ik even gaan zitten?'],
  },
  {
    rule: 'nl.feedback.ask',
    yes: ['Hoe heeft u ons gesprek van vandaag ervaren?', 'Heeft u tips voor mij?'],
    no: ['Hoe heet uw buurman?', 'Ik heb een tip voor u: kom vroeg.'],
  },
  {
    rule: 'nl.thanks.conversation',
    yes: ['Bedankt voor het gesprek.', 'Dank u wel voor uw tijd vandaag.'],
    no: ['Bedankt voor de koffie.', 'Dank u, ik neem een koekje.'],
  },
  {
    rule: 'nl.thanks.farewell',
    yes: ['Fijne dag nog!', 'Tot ziens, mevrouw.'],
    no: ['Het was een zware dag.', 'Ik zie u zo.'],
  },
  {
    rule: 'nl.argue.contradict',
    yes: ['Dat is niet waar, u heeft de brief wel gekregen.', 'Ja maar, u had toch gebeld?'],
    no: ['Dat is waar, de brief is laat.', 'Dat klopt, u heeft gebeld.'],
  },
  {
    rule: 'nl.argue.dismiss',
    yes: ['U overdrijft nu echt.', 'Doe even normaal, meneer.'],
    no: ['Ik doe het morgen.', 'U mag het zeggen.'],
  },
  {
    rule: 'nl.blame.you',
    yes: ['Dat is uw eigen schuld.', 'Had u maar eerder gebeld.'],
    no: ['Dat is onze fout.', 'U heeft goed gebeld.'],
  },
  {
    rule: 'nl.blame.deflect',
    yes: ['Dat ligt niet aan mij.', 'Daar kan ik niks aan doen, dat is de computer.'],
    no: ['Dat ligt op mijn bureau.', 'Daar ga ik mee aan de slag.'],
  },
  {
    rule: 'nl.jargon.terms',
    yes: ['U krijgt een beschikking.', 'Dit valt onder de maatwerkvoorziening.'],
    no: [
      'U krijgt een beschikking, dat is het officiële besluit op papier.',
      'U krijgt een brief met het besluit.',
    ],
  },
  {
    rule: 'nl.overpromise.certain',
    yes: ['Ik beloof u dat het morgen geregeld is.', 'Dat komt zeker goed.'],
    no: ['Ik kan niet beloven dat het lukt.', 'Ik doe mijn best, maar zeker weten doe ik het niet.'],
  },
  {
    rule: 'nl.new_topic.switch',
    options: round,
    yes: [
      'Trouwens, de parkeerplaatsen wilde ik ook nog bespreken.',
      'Nu we toch bij elkaar zijn, laten we het ook over de speeltuin hebben.',
    ],
    no: ['Dank u voor die vraag.', 'Die vraag schrijf ik op.'],
  },
  // English
  {
    rule: 'en.acknowledge.understand',
    yes: ["I understand you're really frustrated about this.", 'I can imagine how that feels.'],
    no: ["I don't understand why you say that.", 'I fail to see your point.'],
  },
  {
    rule: 'en.acknowledge.name',
    yes: ["That's really frustrating, waiting so long.", 'You sound quite worried.'],
    no: ["That isn't difficult to fill in.", 'The form is on the table.'],
  },
  {
    rule: 'en.acknowledge.sorry',
    yes: ["I'm sorry you had to wait so long.", 'My apologies for the mix-up.'],
    no: ["I'm not sorry at all.", 'I will call you tomorrow.'],
  },
  {
    rule: 'en.calm.together',
    yes: ["Let's look at what we can do.", 'Let me check that for you.'],
    no: ["That's your problem.", 'The office closes at five.'],
  },
  {
    rule: 'en.calm.facts',
    yes: [
      'I can see in the system that your request came in on Monday.',
      'According to our records the letter went out.',
    ],
    no: ['No idea.', 'Figure it out yourself.'],
  },
  {
    rule: 'en.limit.reason',
    yes: [
      "I can't waive the fine because the deadline has passed.",
      "It's not possible because the budget is used up.",
    ],
    no: ['I can call you tomorrow.', "It's possible, I'll arrange it."],
  },
  {
    rule: 'en.limit.rules',
    yes: ['The rules say you need a new application.', 'According to the policy we need proof first.'],
    no: ['I will write it down.', 'We start with coffee.'],
  },
  {
    rule: 'en.limit.mandate',
    yes: ["That's not my decision to make, the board decides.", "I don't have the authority to change it."],
    no: ['I made my decision to help.', 'I have the form here.'],
  },
  {
    rule: 'en.limit.unfortunately',
    yes: ['Unfortunately there is no slot left this week.', "I'm afraid that isn't an option."],
    no: ['Luckily there is a slot left.', "I'm happy to help."],
  },
  {
    rule: 'en.boundary.consequence',
    yes: ['If you keep shouting, I will end this call.', "Please speak calmly, otherwise I'll have to stop."],
    no: ['If you like, I will call you tomorrow.', 'If it rains we stay inside.'],
  },
  {
    rule: 'en.boundary.request',
    yes: ['Please stop shouting at me.', "I won't accept being insulted."],
    no: ['Please take a seat.', 'I accept your invitation.'],
  },
  {
    rule: 'en.choice.options',
    yes: ['You can fill in the form online or here at the desk.', 'There are two options for you.'],
    no: ['You can fill in the form online.', 'There is only one way.'],
  },
  {
    rule: 'en.open_question.wh',
    yes: ['What happened exactly?', 'How are things going at home?'],
    no: ['What a busy day.', 'What is your name?'],
  },
  {
    rule: 'en.open_question.invite',
    yes: ['Tell me more about what happened.', 'Could you explain where it went wrong?'],
    no: ['I will tell you later.', 'You could sit down.'],
  },
  {
    rule: 'en.summary.check',
    yes: ['If I understand you correctly, you mostly want clarity.', 'Is that right?'],
    no: ['I understand.', 'That is wrong.'],
  },
  {
    rule: 'en.summary.open',
    yes: ['To sum up: you have waited six weeks for an answer.', "Let me summarise what we've discussed."],
    no: ['Let me think.', 'We move on to the next question.'],
  },
  {
    rule: 'en.next_steps.what',
    yes: ['Let me explain what happens next.', "You'll receive a letter with the decision within two weeks."],
    no: ['A lot happens in the neighbourhood.', "You'll get a cup of coffee from me."],
  },
  {
    rule: 'en.question_round.ask',
    yes: ['Do you have any questions?', 'Is there anything else you would like to add?'],
    no: ["I don't have any questions.", 'Questions are on the website.'],
  },
  {
    rule: 'en.reachable.name',
    yes: ['My name is Priya Shah.', "I'm Tom from customer service."],
    no: ['What is your name?', 'The name is on the letter.'],
  },
  {
    rule: 'en.reachable.contact',
    yes: ['You can reach me on weekdays between nine and five.', 'My direct line is on this card.'],
    no: ['You can sort that out yourself.', 'The bus number is 12.'],
  },
  {
    rule: 'en.reachable.ask',
    yes: ["What's the best number to reach you during the day?", 'Could I have your phone number?'],
    no: ['What time did the letter come?', 'Could I sit down?'],
  },
  {
    rule: 'en.feedback.ask',
    yes: ['How did you find this conversation?', 'Do you have any feedback for me?'],
    no: ['How did you get here?', 'I have a tip for you: come early.'],
  },
  {
    rule: 'en.thanks.conversation',
    yes: ['Thank you for your time.', 'Thanks for coming in today.'],
    no: ['Thanks for the coffee.', 'Thanks, I will take a biscuit.'],
  },
  {
    rule: 'en.thanks.farewell',
    yes: ['Have a good evening!', 'Take care, bye.'],
    no: ['It was a hard day.', 'I see you later today in the meeting.'],
  },
  {
    rule: 'en.argue.contradict',
    yes: ["That's not true, you did get the letter.", "Yes but you didn't call us."],
    no: ["That's true, the letter was late.", 'Yes, you called us.'],
  },
  {
    rule: 'en.argue.dismiss',
    yes: ["You're overreacting.", 'Calm down, sir.'],
    no: ['I will do it tomorrow.', 'You may say so.'],
  },
  {
    rule: 'en.blame.you',
    yes: ["That's your own fault.", 'You should have called earlier.'],
    no: ['That is our mistake.', 'You called at the right time.'],
  },
  {
    rule: 'en.blame.deflect',
    yes: ["It's not my fault.", "There's nothing I can do, it's the computer."],
    no: ['It is on my desk.', 'I will get to work on it.'],
  },
  {
    rule: 'en.jargon.terms',
    yes: ['I will escalate your ticket.', 'We are restructuring the headcount.'],
    no: [
      'I will escalate it, which means my manager looks at it today.',
      'I will pass your question to my manager.',
    ],
  },
  {
    rule: 'en.overpromise.certain',
    yes: ['I promise it will be sorted tomorrow.', "It'll definitely be fine."],
    no: ["I can't promise it will work.", "I'll do my best, but I don't know for sure."],
  },
  {
    rule: 'en.new_topic.switch',
    options: round,
    yes: [
      'By the way, I also wanted to discuss the parking.',
      "While we're here, let's also discuss the playground.",
    ],
    no: ['Thank you for that question.', 'I will write that question down.'],
  },
];

const ruleOf = (rule: string) => moveRules().find((r) => r.id === rule);

test('every rule of the tables has positive and negative examples here', () => {
  const covered = new Set(CASES.map((c) => c.rule));
  const missing = moveRules()
    .map((r) => r.id)
    .filter((id) => !covered.has(id));
  assert.deepEqual(missing, []);
  for (const c of CASES) assert.ok(ruleOf(c.rule), `unknown rule ${c.rule}`);
});

for (const c of CASES) {
  const rule = ruleOf(c.rule);
  const lang = c.rule.startsWith('en.') ? 'en' : 'nl';
  test(`rule ${c.rule}`, () => {
    assert.ok(rule);
    for (const text of c.yes) {
      const found: Move | undefined = classifyMoves(text, { lang, ...c.options }).moves.find(
        (m) => m.kind === rule.move,
      );
      assert.equal(found?.rule, c.rule, `"${text}" should be ${rule.move} by ${c.rule}, got ${found?.rule}`);
    }
    for (const text of c.no) {
      const kinds = classifyMoves(text, { lang, ...c.options }).kinds;
      assert.ok(!kinds.includes(rule.move), `"${text}" should not be ${rule.move} (got ${kinds.join(', ')})`);
    }
  });
}

test('a new topic interrupts only an open question round', () => {
  const text = 'Trouwens, de parkeerplaatsen wilde ik ook nog bespreken.';
  assert.ok(!classifyMoves(text, { lang: 'nl' }).kinds.includes('new_topic'));
  assert.ok(classifyMoves(text, { lang: 'nl', questionRoundOpen: true }).kinds.includes('new_topic'));
});

test('one turn holds several moves, in a fixed order, one per kind', () => {
  const reading = classifyMoves(
    'Ik begrijp dat u boos bent. Als u blijft schreeuwen, stop ik het gesprek. Dat is uw eigen schuld.',
    { lang: 'nl' },
  );
  assert.deepEqual(reading.kinds, ['acknowledge', 'boundary', 'blame']);
});

test('the language is detected when not given', () => {
  assert.equal(classifyMoves('Thank you for your time, have a good day.').lang, 'en');
  assert.equal(classifyMoves('Dank u wel voor het gesprek en een fijne dag.').lang, 'nl');
});

test('hostile and huge input: no throw, no hidden words, bounded work', () => {
  assert.deepEqual(classifyMoves('', { lang: 'nl' }).kinds, []);
  assert.deepEqual(classifyMoves('<script>alert(1)</script>; DROP TABLE users;--', { lang: 'nl' }).kinds, []);
  // A bidi override or control character inside a phrase does not hide it.
  assert.ok(classifyMoves('Heeft u nog\u202e vragen?', { lang: 'nl' }).kinds.includes('question_round'));
  assert.ok(classifyMoves('Heeft u nog\u0007vragen?', { lang: 'nl' }).kinds.includes('question_round'));
  const huge = 'Heeft u nog vragen? ' + 'bla '.repeat(200_000);
  assert.ok(classifyMoves(huge, { lang: 'nl' }).kinds.includes('question_round'));
  assert.deepEqual(classifyMoves(null as unknown as string, { lang: 'nl' }).kinds, []);
});

test('the phrase notation: alternatives, prefixes, optional words, gaps and anchors', () => {
  const padded = (text: string) => ` ${normalizeForMoves(text)} `;
  assert.ok(compilePhrase('ik begrijp|snap').test(padded('Ik snap het')));
  assert.ok(compilePhrase('ontvankelijk*').test(padded('de ontvankelijkheid')));
  assert.ok(compilePhrase('heel? goed').test(padded('goed zo')));
  assert.ok(compilePhrase('als ~2 dan').test(padded('als u wil dan')));
  assert.ok(!compilePhrase('als ~2 dan').test(padded('als u dat wil dan')));
  assert.ok(!compilePhrase('^dan').test(padded('en dan')));
  assert.ok(compilePhrase('nog_een_keer|weer').test(padded('nog een keer')));
  assert.equal(normalizeForMoves('Géén E-mail’s!'), "geen email's");
  assert.throws(() => compilePhrase('   '));
});
