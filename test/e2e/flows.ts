// Steps of the leader's flows that several browser tests take, as a person clicks them, and a look at what
// the server holds (through the API, with the page's own session).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Follows a link of the main menu, opening it first on a phone (where it is folded away). */
export async function fromMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
}

/** Creates a conversation from the "Nieuw gesprek" form; returns its id once the summary step is shown. */
export async function newConversation(
  page: Page,
  type: string,
  participants: { name: string; role?: string }[],
): Promise<string> {
  await fromMenu(page, 'Nieuw gesprek');
  await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
  await page.getByLabel('Soort gesprek').selectOption({ label: type });
  for (const [index, p] of participants.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Nog een deelnemer' }).click();
    const group = page.getByRole('group', { name: `Deelnemer ${index + 1}` });
    await group.getByLabel('Naam', { exact: true }).fill(p.name);
    if (p.role) await group.getByLabel('Rol', { exact: true }).fill(p.role);
  }
  await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
  await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
  const id = /\/conversations\/([^/]+)\/close/.exec(page.url())?.[1];
  assert.ok(id, `a conversation id in ${page.url()}`);
  return id;
}

/** Goes to a step of the closing screen by its link in the step overview. */
export async function goToStep(page: Page, title: string): Promise<void> {
  await page
    .locator('.steps-nav')
    .getByRole('link', { name: new RegExp(title) })
    .click();
  await page.getByRole('heading', { level: 2, name: new RegExp(title) }).waitFor();
}

/** An address on the server the page is on. */
export function at(page: Page, path: string): string {
  return new URL(path, page.url()).href;
}

/** The conversation as the server holds it now. */
export async function stored(page: Page, id: string): Promise<ConversationJson> {
  const response = await page.request.get(at(page, `/api/conversations/${id}`));
  assert.equal(response.status(), 200);
  return (await response.json()) as ConversationJson;
}

/** A request with the page's session and CSRF token, for what a second device or tab would do. */
export async function asOtherTab(
  page: Page,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<number> {
  const session = (await (await page.request.get(at(page, '/api/auth/session'))).json()) as {
    csrfToken: string;
  };
  const response = await page.request.fetch(at(page, path), {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status();
}

/** Whether the element is the one with the keyboard focus. */
export async function hasFocus(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The parts of a conversation the tests read. */
export interface ConversationJson {
  id: string;
  typeId: string;
  participants: { id: string; name: string; email: string | null; contactConsent: boolean }[];
  closing: {
    summary: { text: string };
    agreements: { id: string; sourceText: string; owner: string | null; deadline: string | null }[];
    questions: { id: string; text: string; state: string; agreementId: string | null }[];
    expectations: { id: string; label: string }[];
    feedback: { notes: string };
    thanks: { closingMessage: string };
  };
}
