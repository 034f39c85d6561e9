// Steps the offline browser tests share: headings, the closing's step buttons, the connection line, the
// service worker taking control, and reading what the server holds.
import type { Page } from 'playwright-core';

/** The page's main heading. */
export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** The heading of the closing step on screen. */
export function stepHeading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 2, name });
}

/** Marks the step on screen done. */
export async function markDone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Deze stap is gedaan' }).click();
  await page.getByText('Gedaan', { exact: true }).first().waitFor();
}

/** Goes to the next step by its pager link. */
export async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: `${title} →` }).click();
  await stepHeading(page, new RegExp(title)).waitFor();
}

/** Waits until the header's connection line says exactly `text`. */
export async function connectionStatus(page: Page, text: string | RegExp): Promise<void> {
  const pattern =
    typeof text === 'string' ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text;
  await page.getByTestId('connection-status').filter({ hasText: pattern }).waitFor();
}

/** Closes the notice that the browser may clear the device's storage (headless Chromium grants none). */
export async function dismissStorageNotice(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Begrepen' });
  await button.waitFor();
  await button.click();
}

/** Waits until the service worker has the app shell and controls the page (reloading once for that). */
export async function waitControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/** What the server holds, read with the page's session. */
export async function apiGet<T>(page: Page, base: string, path: string): Promise<T> {
  const response = await page.request.get(`${base}/api${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
