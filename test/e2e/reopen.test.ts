// A closed record is reopened on purpose: the leader gives a reason, which the audit log keeps. Every state
// is checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, startSignedIn } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('the leader reopens a closed conversation with a reason', () => {
  let page: Page;
  let close: () => Promise<void>;
  let base: string;

  before(async () => {
    let server;
    ({ page, close, server } = await startSignedIn(NOW));
    base = server.url;
  });
  after(async () => {
    await close?.();
  });

  test('reopen asks why, refuses an empty reason at the field, and keeps the reason in the audit', async () => {
    // A conversation closed through the API, as the finish screen would (forced: the steps are not the point).
    const { csrfToken } = (await (await page.request.get(`${base}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'X-CSRF-Token': csrfToken };
    const types = (await (await page.request.get(`${base}/api/conversation-types`)).json()) as {
      id: string;
    }[];
    const created = await page.request.post(`${base}/api/conversations`, {
      headers,
      data: {
        typeId: types[0]!.id,
        title: 'Gesprek om te heropenen',
        startsAt: NOW.toISOString(),
        mode: 'phone',
      },
    });
    const { id } = (await created.json()) as { id: string };
    const finished = await page.request.post(`${base}/api/conversations/${id}/finish`, {
      headers,
      data: { force: true },
    });
    assert.equal(finished.status(), 200);

    await page.goto(`${base}/conversations/${id}/record`);
    await page.getByRole('heading', { level: 1, name: 'Gesprek om te heropenen' }).waitFor();
    await page.getByRole('button', { name: 'Gesprek heropenen' }).click();
    const reason = page.getByLabel('Waarom heropent u dit gesprek?');
    await reason.waitFor();
    await expectAccessible(page, 'reopen form');

    await page.getByRole('button', { name: 'Heropenen', exact: true }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    assert.equal(await reason.evaluate((el) => el === document.activeElement), true);
    await expectAccessible(page, 'reopen without a reason');

    await reason.fill('De datum in afspraak 2 klopt niet');
    await page.getByRole('button', { name: 'Heropenen', exact: true }).click();
    await page.getByText('Dit gesprek is nog niet afgerond.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Gesprek heropenen' }).count(), 0);
    await expectAccessible(page, 'reopened');

    const audit = (await (await page.request.get(`${base}/api/conversations/${id}/audit`)).json()) as {
      action: string;
      details: { reason?: string };
    }[];
    assert.equal(
      audit.find((entry) => entry.action === 'conversation.reopened')?.details.reason,
      'De datum in afspraak 2 klopt niet',
    );
  });
});
