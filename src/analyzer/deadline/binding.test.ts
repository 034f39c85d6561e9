// Which time binds the action: "right now", the time with "nog", a possessive day; and times that are no
// deadline at all (a habit, a period's start, a clause about the past). Dates are injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline, readTime } from './parse.ts';

// Wednesday 2026-11-25.
const WED = '2026-11-25';
const at = (text: string) => parseDeadline(text, { date: WED })?.date ?? null;

test('"meteen", "direct", "right now", "straight away" are today; "meteen na …" and the adjective are not', () => {
  assert.equal(at('Ik zet de bestelling meteen klaar.'), WED);
  assert.equal(at('we vragen de vergunning nu direct aan'), WED);
  assert.equal(at('Ik geef het onmiddellijk door aan de planner.'), WED);
  assert.equal(at('Ik bel de huisarts direct.'), WED);
  assert.equal(at("I'll book the engineer right now."), WED);
  assert.equal(at('We will refund the fee straight away.'), WED);
  assert.equal(at('I will update the ticket right away.'), WED);
  assert.equal(at('We sturen de factuur meteen na de levering.'), null);
  assert.equal(at('I will call them right after the meeting.'), null);
  assert.equal(at('Ik regel een direct gesprek met de wethouder.'), null);
  assert.equal(at('She will be your direct contact.'), null);
  // A named day still wins over "meteen".
  assert.equal(at('Ik begin er meteen aan en lever het vrijdag op.'), '2026-11-27');
});

test('a possessive day: "at next Tuesday\'s stand-up" is that day; "Monday\'s notes" alone is not read', () => {
  assert.equal(at("We'll review it at next Tuesday's stand-up."), '2026-12-01');
  assert.equal(at("I'll bring the figures to tomorrow's board meeting."), '2026-11-26');
  assert.equal(at("We present it at Friday's demo."), '2026-11-27');
});

test('"nog" binds the action: "op maandag vandaag nog" is today', () => {
  assert.equal(at('Ik meld de reparatie voor maandag vandaag nog aan.'), WED);
  assert.equal(at('We zetten de afspraak op dinsdag morgen nog in de agenda.'), '2026-11-26');
});

test('a "vanaf/from" phrase starts a period: days of its schedule are no deadline; a new clause is', () => {
  const text =
    'Vanaf december komt de thuiszorg, op maandag en vrijdag in de middag. Ik bevestig dat overmorgen.';
  assert.equal(at(text), '2026-11-27');
  assert.equal(
    at('From next month the course runs on Tuesdays and Thursdays, I will confirm it tomorrow.'),
    '2026-11-26',
  );
  assert.equal(at('vanaf maandag gaat het team aan de slag, ik stuur vandaag het plan'), WED);
});

test('recurring times are a habit, no deadline and not vague', () => {
  for (const text of [
    'U weegt zich elke maandagochtend.',
    'Iedere vrijdag stuurt het team een overzicht.',
    'We bellen om de twee weken.',
    'We meet every Thursday to go through the backlog.',
    'I check the queue each Monday.',
    'Every other Friday we review the roadmap.',
    // A clock time of a recurring part of the day.
    'Mijn zus belt mij elke ochtend om negen uur.',
    'She walks the dog every evening at seven.',
  ]) {
    const r = readTime(text, { date: WED });
    assert.equal(r.deadline, null, text);
    assert.deepEqual(r.vagueTerms, [], text);
  }
  // A habit next to a real deadline leaves the deadline.
  assert.equal(at('We bellen elke dinsdag, en het eerste gesprek plan ik morgen in.'), '2026-11-26');
});

test('a time in a relative clause about the past is no deadline', () => {
  // Where a period up to now began.
  assert.equal(at('Sinds zijn operatie in mei kan hij niet meer fietsen.'), null);
  assert.equal(at('Sinds vorige week doet de lift het niet.'), null);
  assert.equal(
    at("She has been off work since her fall in March, and I'll call her on Friday."),
    '2026-11-27',
  );
  assert.equal(at('Ik zet alles wat vanochtend besproken is op papier.'), null);
  assert.equal(at('We nemen mee wat u vandaag hebt verteld.'), null);
  assert.equal(at('Ik verwerk wat jullie vanmiddag zeiden in het plan.'), null);
  assert.equal(at("I'll write up what we agreed today."), null);
  assert.equal(at('We will act on everything that was said tonight.'), null);
  // A deadline beside it still counts; a time in a relative clause about the future does too.
  assert.equal(at('Ik stuur u wat we vandaag besproken hebben uiterlijk vrijdag.'), '2026-11-27');
  assert.equal(at('Ik stuur de agenda van wat we morgen bespreken.'), '2026-11-26');
});
