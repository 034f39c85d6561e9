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
    // Dropping by, with its particle.
    'Ik wip donderdag even bij u aan.',
    'Morgen loop ik bij de buurvrouw langs.',
    // An initial's dot ends no sentence before a lower-case word.
    'Ik ga maandag bij mevrouw T. langs en ik neem de formulieren mee.',
    // A habit in one clause, a promise in the next one.
    'Op woensdag is ze er bijna altijd, dan bel ik haar even.',
  ]) {
    assert.equal(commits(t)?.actor, 'first', t);
  }
  // A particle makes a verb of being an action: updating a plan is a promise, working somewhere is not.
  assert.equal(
    commits('Ik werk het verslag bij met uw opmerkingen en dat mail ik u uiterlijk maandag.')?.actor,
    'first',
  );
  assert.equal(commits('Ik werk bij de thuiszorg, al sinds maart.'), null);
  // Walking and driving without a particle promise nothing.
  assert.equal(commits('Ik loop elke ochtend een rondje.'), null);
  assert.equal(commits('Ik rijd morgen naar Zwolle.'), null);
  // A habit that qualifies its own clause stays a habit.
  assert.equal(commits('De wijkagent belt u terug, meestal binnen drie dagen.'), null);
  // A recurring time describes how things go, unless it starts from now on.
  assert.equal(
    commits('Ik loop iedere ochtend om negen uur bij haar binnen, dus ze is nooit lang alleen.'),
    null,
  );
  assert.equal(commits('We check the logs every morning, so nothing stays broken for long.'), null);
  assert.equal(commits('Ik bel u voortaan elke maandag even.')?.actor, 'first');
  assert.equal(
    commits('Ik zet vrijdag een vaste afspraak in de agenda, vanaf maart iedere dinsdag.')?.actor,
    'first',
  );
  assert.equal(commits('Jullie kijken elke woensdagmiddag samen de post na.')?.actor, 'second');
  // What the speaker will not do is no promise; a correction ("niet …, maar …") or not forgetting is one.
  assert.equal(commits('Maar een besluit neem ik vandaag niet.'), null);
  assert.equal(commits('Ik vergeet het niet, ik bel u morgen.')?.actor, 'first');
  assert.equal(commits('Ik stuur het niet per post maar per mail, vandaag nog.')?.actor, 'first');
  // After a condition, "Dan bel je …" tells what to do in that case.
  assert.equal(
    commits('Als de pijn erger wordt, wacht dan niet. Dan belt u in het weekend de huisartsenpost.'),
    null,
  );
  // A promise under a polite condition stands; a check done on the spot and a question about leanings do not commit.
  assert.equal(commits("I'll mention it to the board, if that's okay with you.")?.actor, 'first');
  assert.equal(commits('Ik geef het door aan de wijkagent, als dat goed is.')?.actor, 'first');
  assert.equal(commits('Let me check.'), null);
  // A summary sent is a document promised; a summary opened is none.
  assert.equal(commits("I'll attach the price list to the recap email.")?.actor, 'first');
  assert.equal(commits('Ik ga het even samenvatten.'), null);
  assert.equal(commits('Would you ever consider a part-time role?'), null);
  // Describing what is missing, or bringing up what the other was going to do, commits nobody.
  assert.equal(commits('En we missen nog de loonstroken van mei.'), null);
  assert.equal(commits('Jij zou nog de huurder bellen over de sleutel. Is dat gelukt?'), null);
  // "nergens" denies as "niet" does.
  assert.equal(commits('Ge vermeldt nergens dat ge een rijbewijs hebt.'), null);
  assert.equal(commits('Jij komt in dat rooster niet voor, maar dat klopt.'), null);
  assert.equal(commits("From now on I'll send you the figures every Friday.")?.actor, 'first');
});

test('assignments to the other party and to named participants', () => {
  assert.equal(commits('Lieke, jij bestelt donderdag de materialen.')?.actor, 'second');
  assert.equal(commits('Wilt u het formulier vrijdag terugsturen?')?.request, true);
  assert.equal(commits('Could you check the contract by Friday?')?.request, true);
  assert.equal(commits('Johan Hoogland will draft the letter.')?.actor, 'named');
  assert.equal(commits('Rupert regelt de sleutels.')?.actor, 'named');
  // A participant called by name in unpunctuated speech: what follows the name decides.
  assert.equal(commits('lieke kun jij voor woensdag de sleutels ophalen')?.request, true);
  assert.equal(commits('rupert wie neemt de notulen vrijdag'), null);
  assert.equal(commits('Johan Hoogland will draft the letter.')?.actor, 'named');
  // A request whose object clause names "we" is still the addressee's.
  assert.equal(commits('Zou je maandag willen vragen of we de buurman mogen bellen?')?.actor, 'second');
  // Receiving something, then an action of one's own (a verb with a prefix before an inverted subject).
  assert.equal(commits('U krijgt de sleutel en dan vervangt u zelf het slot.')?.actor, 'second');
  assert.equal(commits('Je krijgt de sleutel en dan kun je naar binnen.'), null);
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
    // What has to happen, before anyone takes it on.
    "So we'll need to replace the router at some point.",
    'right we need to check the invoice first',
    // Where the one addressed will find something.
    'Dat leest u allemaal terug in de beschikking.',
    // An effort is no action anyone can check.
    'We doen ons uiterste best.',
    "I'll do everything I can.",
    'Ik doe gewoon wat ik kan.',
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

test('Dutch requests end in what is asked, whatever the verb; a question about here and now asks nothing', () => {
  for (const t of [
    'Kunt u voor woensdag de loonstroken uploaden in het portaal?',
    'En kun jij voor de 12e bij de planner aangeven welke diensten je wilt?',
    'Zou u tot maandag willen bijschrijven wanneer de pijn opspeelt?',
    'Kunt u donderdag tussen negen en één thuis zijn?',
    'Kunt ge mij dat tegen vrijdag doormailen, als ge het vindt?',
    'en meneer bakker zou u tot de tiende willen noteren wanneer de lift stilstaat',
    'Kan de dochter zaterdag de medicijnen ophalen?',
    'Kunnen Lieke en Rupert de zaal samen klaarzetten?',
  ])
    assert.equal(commits(t)?.request, true, t);
  // The short sentence after the request names its day: the request is dated.
  assert.equal(commits('Wilt u de rekening opzoeken? Lukt dat voor vrijdag?')?.timed, true);
  for (const t of [
    'Kunt u dat even herhalen?',
    'Kunt u aangeven waar het pijn doet?',
    'Kunt u zich vinden in deze samenvatting?',
    'Wilt u nog iets vragen?',
    'Wilt u een kopie van de formulieren?',
    'Wat neemt u mee van vandaag, Rupert?',
    'How did you find the session today?',
    'Zou uw buurman kunnen bevestigen dat hij de sleutel had?',
  ])
    assert.equal(commits(t), null, t);
});

test('no promise: a need, the past with any participle, a condition without a day, a remark on what was said', () => {
  for (const t of [
    'Dan heb ik ook nog uw huurcontract nodig.',
    'Die afspraak heb ik al afgezegd.',
    'Het formulier is vorige maand verstuurd.',
    'De sleutel heb ik al teruggebracht.',
    'Als de aanvraag wordt goedgekeurd, maken we een plan.',
    'Dat bekijken we als de uitslag er is.',
    'If the board agrees, we will start the pilot.',
    'Dat doe ik expres.',
    'Dat doen we altijd zo.',
    'U hoeft zich geen zorgen te maken dat de verwarming morgen uitgaat.',
    'We hebben nog tien minuten.',
    'En de meter, u hoeft zich geen zorgen te maken dat die morgen wordt afgesloten.',
  ])
    assert.equal(commits(t), null, t);
  // With a day, or under a polite condition, the promise stands; so does a visit, and taking things along.
  for (const t of [
    'Als u wilt, stuur ik u de folder.',
    'Als het lukt, bel ik u vrijdag.',
    'Zaterdag ga ik langs bij de apotheek, dan neem ik de doosjes mee.',
    'Dat neem ik vrijdag mee naar het teamoverleg.',
    "Don't worry, we'll sort out the invoice tomorrow.",
    'Ik mail u zelf als er een kamer vrijkomt.',
    'Wij reageren binnen een week schriftelijk op uw brief.',
    'Ik wil aanbieden om dinsdag om acht uur bij het hek te staan.',
    // "als" before a bare noun is "as", no condition.
    'Ik zet uw klacht door als melding aan de wijkbeheerder.',
    'Ik stuur het rooster als bijlage mee.',
  ])
    assert.equal(commits(t)?.actor, 'first', t);
  assert.equal(commits('Dat regel ik als alles rond is.'), null);
  assert.equal(commits('Dat pakken we op als 2 buren meedoen.'), null);
});

test('no promise: thinking it over, saying none is made, confirming what the other offered, what you will feel', () => {
  for (const t of [
    'Ik ga er nog even over nadenken.',
    'Ik denk er thuis nog over na.',
    'Ik hoop het, maar beloven kan ik het niet.',
    "I can't promise anything yet.",
    'Mooi. Dan doet u dat.',
    'Goed, dan doe jij dat.',
    "Rupert, you'll like the new layout.",
  ])
    assert.equal(commits(t), null, t);
  // A proposal of a day is agreed when answered; a request to someone at the table by role is a request.
  assert.equal(commits('Shall we say the ninth, after lunch?')?.request, true);
  assert.equal(commits('Kan de mantelzorger woensdag het formulier ophalen?')?.request, true);
  // Offering one's own action for a day is a proposal of the speaker; asking to get something is not.
  for (const t of [
    'Can I pop over on Thursday morning?',
    'Mag ik vrijdag even bij u langskomen?',
    'Kan ik u woensdag bellen?',
  ])
    assert.deepEqual([commits(t)?.actor, commits(t)?.request], ['first', true], t);
  assert.equal(commits('Could I get the invoice by Monday?'), null);
  assert.equal(commits('Mag ik maandag de sleutel krijgen?'), null);
  // Asking for the floor or for details names no action of one's own.
  assert.equal(commits('Mag ik nu?'), null);
  assert.equal(commits('Mag ik nog uw mailadres, voor morgen?'), null);
});

test('what is agreed after "we spreken af dat"; meeting again on a day; a plan in the progressive', () => {
  assert.equal(commits('Goed. Dan spreken we af dat u maandag de huisarts belt.')?.actor, 'second');
  assert.equal(commits('Dan komt u donderdag om elf uur terug met uw paspoort.')?.actor, 'second');
  for (const t of [
    'Over twee weken zitten we weer samen.',
    'Vrijdag zien we elkaar weer.',
    "I'm meeting the landlord on Thursday about the leak.",
    "We're sending the quote tomorrow morning.",
  ])
    assert.equal(commits(t)?.actor, 'first', t);
  for (const t of [
    'We zitten nu samen aan tafel.',
    "Today I'm chasing the printer issue.",
    "I'm waiting on finance until Friday.",
  ])
    assert.equal(commits(t), null, t);
});

test('a turn about being reachable: its ways of getting in touch are no assignments, a dated call stays a promise', () => {
  assert.equal(
    commits('Ik ben bereikbaar op dinsdag en donderdag. In het weekend bel je de huisartsenpost.'),
    null,
  );
  assert.equal(commits('You can reach me on my mobile until six. After that, call the night line.'), null);
  assert.equal(commits('Mijn nummer staat op de brief. Ik bel u vrijdag met de uitslag.')?.actor, 'first');
});

test('a remark with a day of its own, a habit before the promise, an alternative on offer lend nothing', () => {
  const photo = commits('Kunt u een nieuwe pasfoto laten maken? Onze automaat is morgen in onderhoud.');
  assert.equal(photo?.timed, false);
  assert.equal(photo?.text, 'Kunt u een nieuwe pasfoto laten maken?');
  const habit = commits('De keuring duurt meestal binnen drie weken. Die uitslag bespreken we dan samen.');
  assert.equal(habit?.timed, false);
  assert.equal(commits('Aanmelden kan online, of u belt het servicenummer.'), null);
  assert.equal(commits('Dan doe ik dat straks wel.'), null);
  // A question or a marker after the request dates it.
  assert.equal(commits('Wilt u de meterstand doorgeven? Uiterlijk maandag.')?.timed, true);
  // So does saying when the other side will have it.
  assert.equal(commits('Die stuur ik u na. Donderdag heeft u ze.')?.timed, true);
  assert.equal(commits("I'll send the slides over. You'll have them Monday.")?.timed, true);
  assert.equal(commits('Ik stuur het verslag. Over zes weken valt het besluit.')?.timed, false);
});

test('a request to tell something now is a question, whatever its object clause will do later', () => {
  for (const t of [
    'Kunt u zeggen wanneer ik de sleutel kan ophalen?',
    'Kun je vertellen of we de zaal mogen gebruiken?',
    'Wilt u toelichten waarom we moeten verhuizen?',
  ])
    assert.equal(commits(t), null, t);
  // Telling later, or finding out, is something to do.
  for (const t of [
    'Kunt u mij laten weten wanneer ik de sleutel kan ophalen?',
    'Kun je uitzoeken of de zaal vrij is?',
    // A modal in the object clause leaves the request the addressee's ("je" here is no "your").
    'Kun je nagaan of we de bus mogen lenen?',
    'Kunnen jullie navragen of we daar kunnen parkeren?',
    'Kunt u mij donderdag vertellen wanneer we kunnen verhuizen?',
  ])
    assert.equal(commits(t)?.request, true, t);
});
