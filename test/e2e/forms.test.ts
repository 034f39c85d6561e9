// Nothing typed is lost and nothing wrong goes into the record (issue 9), as a leader meets it in Debian's
// Chromium against the real server: over-long input is said at the field before sending and kept; a change
// the server refuses keeps its text at its field, marked and focused; every step keeps its draft on reload;
// every form marks an invalid field and puts the focus there; step 5's e-mail and consent survive a refused
// save; a follow-up question becomes an agreement; the SMART verdict is the same while typing and once saved.
// Every state is checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, screenshot, startSignedIn, waitSaved } from './support.ts';
import { asOtherTab, at, goToStep, hasFocus, newConversation, stored } from './flows.ts';

// Friday 27 November 2026: an example deadline "a week or more later" is Friday 4 December.
const NOW = new Date('2026-11-27T10:00:00+01:00');

/** The field is marked invalid, and its error (`message`) is what its description reads out. */
async function expectMarked(field: Locator, message: RegExp): Promise<void> {
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'marked invalid');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    described
      .split(' ')
      .filter(Boolean)
      .map((id) => field.page().locator(`[id="${id}"]`).innerText()),
  );
  assert.ok(
    texts.some((text) => message.test(text)),
    `the field's description says ${message}: ${JSON.stringify(texts)}`,
  );
}

describe('nothing typed is lost, nothing wrong is sent', () => {
  let page: Page;
  let close: () => Promise<void>;
  let id: string;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });

  after(async () => {
    await close?.();
  });

  test('over-long input: the room left is beside the field, counted as the server counts, and never sent', async () => {
    id = await newConversation(page, 'Wmo-keukentafelgesprek', [{ name: 'Ilse de Vries', role: 'inwoner' }]);
    const summary = page.getByLabel('Samenvatting');
    const counter = page.locator('.field', { has: summary }).locator('.field__counter');
    await summary.fill('Ilse wil thuis blijven wonen.');
    await counter.getByText('Nog 19.971 tekens').waitFor();
    // 20,000 emoji are 20,000 characters for the form and for the server alike (not 40,000 UTF-16 units).
    await summary.fill('😀'.repeat(20_000));
    await counter.getByText('Nog 0 tekens').waitFor();
    await waitSaved(page);
    assert.equal([...(await stored(page, id)).closing.summary.text].length, 20_000);

    // One more: the form says so at once, keeps the text, marks the field, and sends nothing.
    await summary.fill('😀'.repeat(20_000) + '!');
    await counter.getByText('1 teken te veel').waitFor();
    await expectMarked(summary, /te lang: hooguit 20\.000 tekens/);
    const line = page.locator('.save-status__line');
    await line.getByText('Niet alles is opgeslagen').waitFor();
    assert.equal(
      await page.getByText('Alles opgeslagen', { exact: true }).count(),
      0,
      'never "all saved" too',
    );
    assert.equal([...(await stored(page, id)).closing.summary.text].length, 20_000, 'nothing was sent');
    await expectAccessible(page, 'summary too long');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'closing-too-long', false);

    // A reload keeps the text as typed, still marked.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    assert.equal(await page.getByLabel('Samenvatting').inputValue(), '😀'.repeat(20_000) + '!');
    await expectMarked(page.getByLabel('Samenvatting'), /te lang/);

    // Made right, it is saved.
    await page.getByLabel('Samenvatting').fill('Ilse wil thuis blijven wonen; douchen lukt alleen met hulp.');
    await waitSaved(page);
    assert.equal(
      (await stored(page, id)).closing.summary.text,
      'Ilse wil thuis blijven wonen; douchen lukt alleen met hulp.',
    );
    assert.equal(await page.getByLabel('Samenvatting').getAttribute('aria-invalid'), null);
  });

  test('over-long input in a form that sends on a button: marked, focused, nothing added', async () => {
    await goToStep(page, 'Afspraken maken');
    const sentence = page.getByLabel('De afspraak in één zin');
    await sentence.fill('Ik bel u vrijdag. ' + 'x'.repeat(5_000));
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expectMarked(sentence, /te lang: hooguit 5\.000 tekens/);
    assert.equal(await hasFocus(sentence), true);
    assert.equal((await stored(page, id)).closing.agreements.length, 0);
    await expectAccessible(page, 'agreement too long');
    await sentence.fill('');
  });

  test('a change to something removed on another device is held with its text, and the leader chooses', async () => {
    // A second device deletes the question while this one is answering it. The answer is neither lost nor
    // sent blindly: the server refuses the outdated write (If-Match), the queue compares with the newest
    // copy, and the change waits beside what happened there until the leader chooses.
    await goToStep(page, 'Ruimte voor vragen');
    await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Wat kost een traplift?');
    await page.getByRole('button', { name: 'Noteren' }).click();
    await page.locator('.question').first().getByText('Wat kost een traplift?').waitFor();
    await waitSaved(page);
    const question = (await stored(page, id)).closing.questions[0]!;
    assert.equal(await asOtherTab(page, 'DELETE', `/api/conversations/${id}/questions/${question.id}`), 200);

    await page.locator('.question').first().getByRole('radio', { name: 'Beantwoord' }).check();
    const panel = page.getByRole('region', { name: 'Op een ander apparaat is hetzelfde gewijzigd' });
    await panel.getByText('Op het andere apparaat is dit verwijderd.').waitFor();
    await page.locator('.save-status__line').getByText('Wacht op uw keuze').waitFor();
    assert.equal((await stored(page, id)).closing.questions.length, 0, 'nothing was written blindly');
    await expectAccessible(page, 'change to a removed question held');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'closing-refused', false);

    // A reload keeps it; the leader's version comes back on their explicit choice.
    await page.reload();
    await panel.getByRole('button', { name: 'Mijn versie opnieuw toevoegen' }).click();
    await page.locator('.question').first().getByText('Wat kost een traplift?').waitFor();
    await waitSaved(page);
    const back = (await stored(page, id)).closing.questions;
    assert.deepEqual(
      back.map((q) => [q.text, q.state]),
      [['Wat kost een traplift?', 'answered']],
    );
  });

  test('a field the server refuses (an app and a server that disagree) is marked there, and focused', async () => {
    // An older app may not know a limit the server has: simulated by changing the request on its way.
    await goToStep(page, 'Feedback vragen');
    await page.route('**/api/conversations/*/feedback', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { notes?: string };
      if (body.notes !== undefined) body.notes = body.notes.padEnd(20_001, '.');
      await route.continue({ postData: JSON.stringify(body) });
    });
    const notes = page.getByLabel('Wat werd er gezegd?');
    await notes.fill('Prettig gesprek.');
    await page.locator('.save-status__line').getByText('Niet alles is opgeslagen').waitFor();
    await expectMarked(notes, /te lang: hooguit 20\.000 tekens/);
    assert.equal(await hasFocus(notes), true);
    assert.equal(await notes.inputValue(), 'Prettig gesprek.');
    await page.unroute('**/api/conversations/*/feedback');
    await notes.fill('Prettig gesprek, graag het verslag op papier.');
    await waitSaved(page);
    assert.equal(
      (await stored(page, id)).closing.feedback.notes,
      'Prettig gesprek, graag het verslag op papier.',
    );
  });

  test('step 5: an invalid e-mail with consent is neither emptied nor unticked; the error is at the field', async () => {
    await goToStep(page, 'Kenbaar en bereikbaar');
    const ilse = page.getByRole('group', { name: 'Ilse de Vries' });
    const email = ilse.getByLabel('E-mailadres (niet verplicht)');
    const consent = ilse.getByLabel(/toestemming/);
    await email.fill('ilse@voorbeeld');
    await consent.check();
    await expectMarked(email, /Vul een e-mailadres in zoals naam@gemeente\.nl/);
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'email');
    assert.equal(await hasFocus(email), true, 'the focus is on the e-mail address');
    assert.equal(await email.inputValue(), 'ilse@voorbeeld');
    assert.equal(await consent.isChecked(), true);
    const participant = (await stored(page, id)).participants[0]!;
    assert.equal(participant.email, null, 'nothing wrong was stored');
    await expectAccessible(page, 'contact e-mail invalid');
    await screenshot(page, 'closing-contact-invalid');
    // Kept over a reload, then corrected and saved with the consent.
    await page.reload();
    const again = page.getByRole('group', { name: 'Ilse de Vries' });
    assert.equal(await again.getByLabel('E-mailadres (niet verplicht)').inputValue(), 'ilse@voorbeeld');
    assert.equal(await again.getByLabel(/toestemming/).isChecked(), true);
    await again.getByLabel('E-mailadres (niet verplicht)').fill('ilse@voorbeeld.nl');
    await waitSaved(page);
    const saved = (await stored(page, id)).participants[0]!;
    assert.deepEqual([saved.email, saved.contactConsent], ['ilse@voorbeeld.nl', true]);
  });

  test('every step keeps its draft on a reload, before anything is sent', async () => {
    const drafts: [string, () => Promise<void>, () => Promise<void>][] = [
      [
        'Samenvatten',
        async () => {
          await page
            .getByRole('group', { name: /Ilse de Vries/ })
            .getByLabel('Aanvulling of correctie')
            .check();
          await page.getByLabel('Correctie van Ilse de Vries').fill('Douchen lukt soms wel alleen.');
          await page.getByRole('button', { name: 'Overslaan…' }).click();
          await page.getByLabel('Waarom slaat u deze stap over?').fill('nog even wachten');
        },
        async () => {
          assert.equal(
            await page.getByLabel('Correctie van Ilse de Vries').inputValue(),
            'Douchen lukt soms wel alleen.',
          );
          assert.equal(
            await page.getByLabel('Waarom slaat u deze stap over?').inputValue(),
            'nog even wachten',
          );
          await page.getByRole('button', { name: 'Annuleren' }).click();
        },
      ],
      [
        'Afspraken maken',
        async () => {
          await page.getByLabel('De afspraak in één zin').fill('Ik stuur Ilse donderdag het verslag');
          await page
            .locator('.composer')
            .getByLabel('Hoe weten we dat het gedaan is?')
            .fill('Ilse heeft het');
        },
        async () => {
          assert.equal(
            await page.getByLabel('De afspraak in één zin').inputValue(),
            'Ik stuur Ilse donderdag het verslag',
          );
          assert.equal(
            await page.locator('.composer').getByLabel('Hoe weten we dat het gedaan is?').inputValue(),
            'Ilse heeft het',
          );
        },
      ],
      [
        'Verwachtingen scheppen',
        async () => {
          const own = page.locator('.inline-form');
          await own.getByLabel('Wat gebeurt er?').fill('Huisbezoek ergotherapeut');
          await own.getByLabel('Datum').fill('2026-12-08');
        },
        async () => {
          const own = page.locator('.inline-form');
          assert.equal(await own.getByLabel('Wat gebeurt er?').inputValue(), 'Huisbezoek ergotherapeut');
          assert.equal(await own.getByLabel('Datum').inputValue(), '2026-12-08');
        },
      ],
      [
        'Ruimte voor vragen',
        async () => {
          await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Kan mijn dochter meekijken?');
          await page.getByLabel('Van wie?').selectOption({ label: 'Ilse de Vries' });
        },
        async () => {
          assert.equal(
            await page.getByRole('textbox', { name: 'Vraag of opmerking' }).inputValue(),
            'Kan mijn dochter meekijken?',
          );
          assert.equal(
            await page.getByLabel('Van wie?').locator('option:checked').textContent(),
            'Ilse de Vries',
          );
        },
      ],
      [
        'Kenbaar en bereikbaar',
        async () => {
          await page
            .getByRole('group', { name: 'Ilse de Vries' })
            .getByLabel('Telefoon (niet verplicht)')
            .fill('06 1234');
        },
        async () => {
          assert.equal(
            await page
              .getByRole('group', { name: 'Ilse de Vries' })
              .getByLabel('Telefoon (niet verplicht)')
              .inputValue(),
            '06 1234',
          );
        },
      ],
      [
        'Feedback vragen',
        async () => {
          await page.getByLabel('Wat werd er gezegd?').fill('Fijn dat het thuis kon.');
        },
        async () => {
          assert.equal(await page.getByLabel('Wat werd er gezegd?').inputValue(), 'Fijn dat het thuis kon.');
        },
      ],
      [
        'Bedanken',
        async () => {
          await page.getByLabel('Slotzin voor het verslag (niet verplicht)').fill('Dank voor uw tijd.');
        },
        async () => {
          assert.equal(
            await page.getByLabel('Slotzin voor het verslag (niet verplicht)').inputValue(),
            'Dank voor uw tijd.',
          );
        },
      ],
    ];
    for (const [step, type, check] of drafts) {
      await goToStep(page, step);
      await type();
      // At once, before the typing pause has passed: whatever is not sent yet is on the device.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: new RegExp(step) }).waitFor();
      await check();
    }
    // Someone joining, typed in the header but not added yet, is kept too.
    await page.getByText('Deelnemer toevoegen', { exact: true }).click();
    await page.locator('.participant-add').getByLabel('Naam', { exact: true }).fill('Kees de Vries');
    await page.reload();
    assert.equal(
      await page.locator('.participant-add').getByLabel('Naam', { exact: true }).inputValue(),
      'Kees de Vries',
    );
    await waitSaved(page);
  });

  test('the new-conversation form keeps what is typed over a reload, and marks and focuses what is wrong', async () => {
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    const first = page.getByRole('group', { name: 'Deelnemer 1' });
    await first.getByLabel('Naam', { exact: true }).fill('Mevrouw Jansen');
    await first.getByLabel('E-mailadres (niet verplicht)').fill('jansen@');
    await first.getByLabel(/toestemming/).check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    const again = page.getByRole('group', { name: 'Deelnemer 1' });
    assert.equal(await again.getByLabel('Naam', { exact: true }).inputValue(), 'Mevrouw Jansen');
    assert.equal(await again.getByLabel(/toestemming/).isChecked(), true);
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    const email = again.getByLabel('E-mailadres (niet verplicht)');
    await expectMarked(email, /Vul een e-mailadres in/);
    assert.equal(await hasFocus(email), true);
    assert.equal(await email.inputValue(), 'jansen@');
    await expectAccessible(page, 'new conversation with an invalid e-mail');
    await page.getByLabel('Titel').fill('x'.repeat(201));
    await page
      .locator('.field', { has: page.getByLabel('Titel') })
      .getByText('1 teken te veel')
      .waitFor();
    await expectMarked(page.getByLabel('Titel'), /hooguit 200 tekens/);
    await page.getByLabel('Titel').fill('Klacht over de terugbelafspraak');
    await email.fill('jansen@example.nl');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    // Created: the form starts empty next time.
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    assert.equal(
      await page.getByRole('group', { name: 'Deelnemer 1' }).getByLabel('Naam', { exact: true }).inputValue(),
      '',
    );
  });

  test('every form marks an invalid field, says why beside it and puts the focus there', async () => {
    const cases: {
      state: string;
      open: () => Promise<void>;
      act: () => Promise<Locator>;
      message: RegExp;
    }[] = [
      {
        state: 'profile: phone with letters',
        open: () => page.getByRole('link', { name: 'Profiel' }).click(),
        act: async () => {
          await page.getByLabel('Telefoon', { exact: true }).fill('bel mij');
          await page.getByRole('button', { name: 'Profiel opslaan' }).click();
          return page.getByLabel('Telefoon', { exact: true });
        },
        message: /alleen cijfers, spaties/,
      },
      {
        state: 'password too short',
        open: async () => {},
        act: async () => {
          await page.getByLabel('Huidig wachtwoord').fill('een-lang-wachtwoord');
          await page.getByLabel('Nieuw wachtwoord').fill('kort');
          await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
          return page.getByLabel('Nieuw wachtwoord');
        },
        message: /minstens 10 tekens/,
      },
      {
        state: 'password: the current one is wrong (refused by the server)',
        open: async () => {},
        act: async () => {
          await page.getByLabel('Huidig wachtwoord').fill('niet-mijn-wachtwoord');
          await page.getByLabel('Nieuw wachtwoord').fill('een-nieuw-lang-wachtwoord');
          await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
          await page.getByText('Dit is niet uw huidige wachtwoord.').waitFor();
          return page.getByLabel('Huidig wachtwoord');
        },
        message: /niet uw huidige wachtwoord/,
      },
      {
        state: 'agreement without a sentence',
        open: async () => {
          await page.goto(page.url().replace(/\/profile$/, `/conversations/${id}/close/agreements`));
        },
        act: async () => {
          await page.getByLabel('De afspraak in één zin').fill('');
          await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
          return page.getByLabel('De afspraak in één zin');
        },
        message: /Typ eerst de afspraak/,
      },
      {
        state: 'next step without a label',
        open: () => goToStep(page, 'Verwachtingen scheppen'),
        act: async () => {
          await page.locator('.inline-form').getByLabel('Wat gebeurt er?').fill('');
          await page.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
          return page.locator('.inline-form').getByLabel('Wat gebeurt er?');
        },
        message: /Vul dit veld in/,
      },
      {
        state: 'question without text',
        open: () => goToStep(page, 'Ruimte voor vragen'),
        act: async () => {
          await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('');
          await page.getByRole('button', { name: 'Noteren' }).click();
          return page.getByRole('textbox', { name: 'Vraag of opmerking' });
        },
        message: /Vul dit veld in/,
      },
      {
        state: 'time box target of 0 minutes',
        open: async () => {},
        act: async () => {
          await page.getByLabel('Richttijd (minuten)').fill('0');
          return page.getByLabel('Richttijd (minuten)');
        },
        message: /minstens 1/,
      },
      {
        state: 'skip without a reason',
        open: async () => {
          await page.getByLabel('Richttijd (minuten)').fill('5');
          await waitSaved(page);
        },
        act: async () => {
          await page.getByRole('button', { name: 'Overslaan…' }).click();
          await page.getByRole('button', { name: 'Stap overslaan' }).click();
          return page.getByLabel('Waarom slaat u deze stap over?');
        },
        message: /Vul een reden in/,
      },
      {
        state: 'participant added without a name',
        open: () => page.getByRole('button', { name: 'Annuleren' }).click(),
        act: async () => {
          const add = page.locator('.participant-add');
          await add.getByLabel('Naam', { exact: true }).fill('');
          await add.getByRole('button', { name: 'Toevoegen' }).click();
          return add.getByLabel('Naam', { exact: true });
        },
        message: /Vul dit veld in/,
      },
      {
        state: 'analysis without a file',
        open: () => page.getByRole('link', { name: 'Transcript analyseren' }).click(),
        act: async () => {
          await page.getByRole('button', { name: 'Analyseren' }).click();
          return page.getByLabel('Transcript');
        },
        message: /Kies eerst een bestand/,
      },
      {
        state: 'analysis of a file larger than the server takes',
        open: async () => {},
        act: async () => {
          await page.getByLabel('Transcript').setInputFiles({
            name: 'groot.txt',
            mimeType: 'text/plain',
            buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
          });
          await page.getByRole('button', { name: 'Analyseren' }).click();
          return page.getByLabel('Transcript');
        },
        message: /te groot: hooguit 10 MB/,
      },
    ];
    for (const { state, open, act, message } of cases) {
      await open();
      const field = await act();
      await expectMarked(field, message);
      if (!/time box/.test(state))
        assert.equal(await hasFocus(field), true, `${state}: the focus is on the field`);
      await expectAccessible(page, state);
    }
    // Login is checked signed out: a fresh context, an address that is no address.
    const login = await page.context().browser()!.newContext({ locale: 'nl-NL' });
    const other = await login.newPage();
    await other.goto(page.url());
    await other.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await other.getByLabel('E-mailadres').fill('anna.bakker');
    await other.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await other.getByRole('button', { name: 'Aanmelden' }).click();
    await expectMarked(other.getByLabel('E-mailadres'), /Vul een e-mailadres in/);
    assert.equal(await hasFocus(other.getByLabel('E-mailadres')), true);
    assert.equal(await other.getByLabel('Wachtwoord').inputValue(), 'een-lang-wachtwoord', 'not emptied');
    await expectAccessible(other, 'login with an invalid e-mail address');
    await login.close();
  });

  test('"vervolg" on a question becomes an agreement, in step 2 and in the closing check', async () => {
    await page.goto(page.url().replace(/\/analyse$/, `/conversations/${id}/close/questions`));
    await page.getByRole('heading', { level: 2, name: /Ruimte voor vragen/ }).waitFor();
    const question = page.locator('.question').filter({ hasText: 'Kan mijn dochter meekijken?' });
    if ((await question.count()) === 0) {
      await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Kan mijn dochter meekijken?');
      await page.getByRole('button', { name: 'Noteren' }).click();
    }
    await question.waitFor();
    await question.getByRole('radio', { name: 'Vervolg' }).check();
    await question.getByRole('heading', { name: 'Maak er een afspraak van' }).waitFor();
    await waitSaved(page);
    const codes = async () =>
      (
        (await (await page.request.get(at(page, `/api/conversations/${id}/closing-check`))).json()) as {
          missing: { code: string }[];
        }
      ).missing.map((m) => m.code);
    assert.ok(
      (await codes()).includes('question_without_agreement'),
      'a follow-up without agreement is missing',
    );
    await question
      .getByLabel('De afspraak in één zin')
      .fill('Ik bel Ilse vrijdag of haar dochter er bij kan zijn');
    await question.getByLabel('Hoe weten we dat het gedaan is?').fill('Ilse weet of haar dochter komt');
    await expectAccessible(page, 'follow-up being made an agreement');
    await question.getByRole('button', { name: 'Afspraak maken' }).click();
    await question.getByText(/Dit vervolg is afspraak \d+ geworden/).waitFor();
    await waitSaved(page);
    await screenshot(page, 'closing-follow-up');
    const saved = await stored(page, id);
    const q = saved.closing.questions.find((x) => x.text === 'Kan mijn dochter meekijken?')!;
    const agreement = saved.closing.agreements.find((a) => a.id === q.agreementId);
    assert.equal(q.state, 'follow_up');
    assert.equal(agreement?.sourceText, 'Ik bel Ilse vrijdag of haar dochter er bij kan zijn');
    assert.equal(agreement?.deadline, '2026-12-04');
    await goToStep(page, 'Afspraken maken');
    await page.getByRole('heading', { level: 4, name: /Ik bel Ilse vrijdag of haar dochter/ }).waitFor();
    await page.getByText('Uit de vragenronde: “Kan mijn dochter meekijken?”').waitFor();
    assert.equal((await codes()).includes('question_without_agreement'), false, 'followed up now');
  });

  test('one SMART verdict: the letters and advice while typing are those of the saved agreement', async () => {
    const composer = page.locator('.composer');
    await page.getByLabel('De afspraak in één zin').fill('We kijken binnenkort naar een traplift');
    const hints = composer.getByRole('list', { name: 'Tips om de afspraak scherper te maken' });
    await hints.waitFor();
    // The example deadline is computed from the conversation's day: a real Friday, a week later.
    await hints.getByText('uiterlijk vrijdag 4 december').waitFor();
    const live = await composer.locator('.smart__letter').evaluateAll((els) => els.map((el) => el.className));
    const liveHints = await hints.locator('li').allInnerTexts();
    assert.ok(
      live.some((c) => c.includes('--missing')),
      'the vague sentence has letters still missing',
    );
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    const item = page.locator('.agreement').filter({ hasText: 'We kijken binnenkort naar een traplift' });
    await item.waitFor();
    await waitSaved(page);
    const saved = await item.locator('.smart__letter').evaluateAll((els) => els.map((el) => el.className));
    assert.deepEqual(saved, live, 'the saved agreement shows the letters it had while typed');
    assert.deepEqual(
      await item
        .getByRole('list', { name: 'Tips om de afspraak scherper te maken' })
        .locator('li')
        .allInnerTexts(),
      liveHints,
      'and the same advice',
    );
    await expectAccessible(page, 'vague agreement saved with its advice');
    await screenshot(page, 'closing-agreement-verdict');
  });

  test('a date that contradicts its weekday, or does not exist, is said at the sentence and not taken over', async () => {
    const composer = page.locator('.composer');
    const sentence = page.getByLabel('De afspraak in één zin');
    const deadline = composer.getByLabel('Vóór wanneer?');
    const hints = composer.getByRole('list', { name: 'Tips om de afspraak scherper te maken' });
    // 12 December 2026 is a Saturday.
    await sentence.fill('Ik stuur Ilse de beschikking uiterlijk vrijdag 12 december');
    await hints
      .getByText(
        'In "vrijdag 12 december" klopt de weekdag niet bij de datum: die datum valt op een zaterdag. Welke dag is bedoeld?',
      )
      .waitFor();
    assert.equal(await deadline.inputValue(), '', 'neither of the two days is taken over');
    assert.match((await composer.locator('.smart__letter').last().getAttribute('class')) ?? '', /--missing/);
    await expectAccessible(page, 'agreement with a weekday that contradicts its date');
    await sentence.fill('Ik stuur Ilse de beschikking uiterlijk 31 april');
    await hints.getByText('"31 april" bestaat niet in de kalender.', { exact: false }).waitFor();
    assert.equal(await deadline.inputValue(), '');
    await sentence.fill('Ik stuur Ilse de beschikking uiterlijk vrijdag 11 december');
    await page.waitForFunction(
      () =>
        (document.querySelector('.composer input[type="date"]') as HTMLInputElement | null)?.value ===
        '2026-12-11',
    );
    assert.equal(await hints.getByText('klopt de weekdag niet', { exact: false }).count(), 0);
    await sentence.fill('');
  });
});
