// The transcript analysis page in the browser: a Dutch kitchen-table closing as plain text and as WebVTT
// with voice tags, uploaded through the page's own file input, and a file that is no transcript at all.
// Every state is checked with axe (WCAG 2.1 A/AA).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, startSignedIn } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the leader analyses a transcript in the browser', () => {
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });

  after(async () => {
    await close?.();
  });

  const result = () => page.getByRole('region', { name: 'Uitkomst' });
  const step = (title: string) => result().locator('.analysis__step').filter({ hasText: title });

  async function analyse(file: Parameters<Page['setInputFiles']>[1]) {
    await page.getByLabel('Transcript', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Analyseren' }).click();
  }

  test('the page asks for a file before it sends anything', async () => {
    await page.getByRole('link', { name: 'Transcript analyseren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transcript analyseren' }).waitFor();
    assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), '2026-11-27');
    await expectAccessible(page, 'analysis form');
    await page.getByRole('button', { name: 'Analyseren' }).click();
    await page.getByText('Kies eerst een bestand.').waitFor();
    const input = page.getByLabel('Transcript', { exact: true });
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    await expectAccessible(page, 'analysis without a file');
  });

  test('a .txt transcript: seven steps with quotes, agreements with SMART letters, a tip', async () => {
    await analyse(join(FIXTURES, 'keukentafel.txt'));
    const heading = page.getByRole('heading', { level: 2, name: 'Uitkomst' });
    await heading.waitFor();
    // Focus moves to the result, so a screen reader hears it arrived.
    assert.equal(await heading.evaluate((el) => el === document.activeElement), true);
    assert.equal(await result().locator('.analysis__step').count(), 7);
    for (const [title, quote] of [
      ['Samenvatten', 'Ik vat even samen wat ik heb gehoord.'],
      ['Afspraken maken', 'ik vraag uiterlijk vrijdag 4 december de ergotherapeut'],
      ['Verwachtingen scheppen', 'binnen twee weken een brief'],
      ['Ruimte voor vragen', 'Heeft u nog vragen?'],
      ['Kenbaar en bereikbaar', 'U kunt mij bellen op 14 0123'],
      ['Feedback vragen', 'Hoe vond u dit gesprek?'],
      ['Bedanken', 'Dank u wel voor uw tijd en de koffie.'],
    ]) {
      await step(title!).getByText('gevonden', { exact: true }).waitFor();
      await step(title!).locator('blockquote').filter({ hasText: quote! }).first().waitFor();
    }
    // The quotes name the speaker and the line.
    await step('Samenvatten').getByText('(regel 1)').waitFor();
    await step('Samenvatten')
      .locator('blockquote strong')
      .filter({ hasText: 'Marjolein:' })
      .first()
      .waitFor();

    // The vague agreement (no day) is uncertain: it waits apart until the leader accepts it.
    await result().getByRole('heading', { level: 3, name: 'Afspraken (1)' }).waitFor();
    const waiting = result().getByRole('region', { name: 'Te controleren (1)' });
    await waiting.getByText('onzeker: er is geen dag genoemd', { exact: false }).waitFor();
    await expectAccessible(page, 'analysis with an uncertain agreement');
    await waiting.getByRole('button', { name: 'Afspraak van regel 5 overnemen' }).click();
    await result().getByRole('heading', { level: 3, name: 'Afspraken (2)' }).waitFor();
    assert.equal(
      await result()
        .getByRole('region', { name: /Te controleren/ })
        .count(),
      0,
    );
    const agreements = result().locator('.agreement');
    const concrete = agreements.filter({ hasText: 'ergotherapeut' });
    const vague = agreements.filter({ hasText: 'traplift' });
    const letters = (agreement: typeof concrete) =>
      agreement.getByRole('list', { name: 'SMART-letters' }).getByRole('listitem');
    assert.equal(await letters(concrete).count(), 5);
    await letters(concrete).filter({ hasText: 'Tijdgebonden: in orde' }).waitFor();
    await letters(vague).filter({ hasText: 'Tijdgebonden: ontbreekt nog' }).waitFor();
    await letters(vague).filter({ hasText: 'Aanvaardbaar: navragen' }).waitFor();
    await vague
      .getByText('“binnenkort” belooft geen dag', { exact: false })
      .or(vague.getByText('"binnenkort" belooft geen dag', { exact: false }))
      .waitFor();
    assert.equal(await concrete.locator('.hint').count(), 0);

    const tips = result().getByRole('region', { name: 'Tips' });
    await tips.getByText('De afspraak op regel 5 heeft geen concrete dag', { exact: false }).waitFor();
    await expectAccessible(page, 'analysis of a .txt transcript');
    await screenshot(page, 'analysis');
  });

  test('a .vtt transcript with voice tags: the speakers come from the tags', async () => {
    await analyse(join(FIXTURES, 'keukentafel.vtt'));
    await result().getByRole('heading', { level: 3, name: 'Afspraken (1)' }).waitFor();
    await step('Samenvatten')
      .locator('blockquote strong')
      .filter({ hasText: 'Marjolein Smeets:' })
      .first()
      .waitFor();
    await step('Samenvatten').getByText('u wilt hulp bij het huishouden', { exact: false }).waitFor();
    await step('Verwachtingen scheppen').getByText('niet gevonden', { exact: true }).waitFor();
    await step('Feedback vragen').getByText('niet gevonden', { exact: true }).waitFor();
    await result()
      .locator('.agreement')
      .getByText('Afgesproken: ik stuur u donderdag het verslag per post.', { exact: false })
      .waitFor();
    await result()
      .getByRole('region', { name: 'Tips' })
      .getByText('Vertel wat er na het gesprek gebeurt', { exact: false })
      .waitFor();
    await expectAccessible(page, 'analysis of a .vtt transcript');
  });

  test('an .srt without speakers: the names read from the call are shown, with a request to check them', async () => {
    await analyse(join(FIXTURES, 'telefoon-zonder-namen.srt'));
    await result().getByRole('heading', { level: 3, name: 'Afspraken (2)' }).waitFor();
    await result()
      .getByText(
        'Sluitstuk heeft ze afgeleid uit de beurten en uit hoe mensen zich voorstellen: Sanne, Meneer Okafor.',
        {
          exact: false,
        },
      )
      .waitFor();
    await step('Afspraken maken')
      .locator('blockquote strong')
      .filter({ hasText: 'Sanne:' })
      .first()
      .waitFor();
    await expectAccessible(page, 'analysis of an .srt without speakers');
  });

  test('a file that is no transcript gets a clear error, and no stale result', async () => {
    // A Word document saved under a .txt name: zip bytes with NULs.
    const bytes = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0, 0xff, 0xfe, 0, 0, 0x9c, 0x01,
    ]);
    await analyse({
      name: 'verslag.txt',
      mimeType: 'text/plain',
      buffer: Buffer.concat([bytes, bytes, bytes]),
    });
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'Dit bestand is geen transcript dat Sluitstuk kan lezen: dit is geen tekstbestand (binaire inhoud).',
        { exact: false },
      )
      .waitFor();
    assert.equal(await result().count(), 0);
    await expectAccessible(page, 'analysis of a binary file');
    await screenshot(page, 'analysis-error');
  });
});
