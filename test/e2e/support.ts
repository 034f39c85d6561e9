// What the browser tests share: the real server as a child process on a temp SQLite file, Debian's
// Chromium through playwright-core, an axe check for every page state, and screenshots for the user guide.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The SETUP_CODE the browser tests' server runs with; the setup page asks for it. */
export const E2E_SETUP_CODE = 'E2E-SETUP-CODE-2026';

export interface Server {
  url: string;
  /** The server's SQLite file (to age a link in a test, say). */
  dbFile: string;
  stop: () => Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts `sluitstuk serve` on a fresh database (with extra environment, if given) until /api/health answers.
 * With `cwd`, the server runs from that folder and so serves the web app of its `dist/web` (a copy a test
 * may change).
 */
export async function startServer(
  env: Record<string, string> | ((url: string) => Record<string, string>) = {},
  options: { cwd?: string } = {},
): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-e2e-'));
  const port = await freePort();
  const dbFile = join(dir, 'e2e.db');
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'sluitstuk.mjs'), 'serve'], {
    cwd: options.cwd ?? ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${dbFile}`,
      LOG_LEVEL: 'warn',
      // Every test signs in and clicks a lot; the default limit is for the internet, not for this loopback.
      RATE_LIMIT: '100000',
      ...(typeof env === 'function' ? env(`http://127.0.0.1:${port}`) : env),
      SETUP_CODE: E2E_SETUP_CODE,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  // Poll the health route: a condition, not a sleep. Gives up after 60 s of a server that never answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error('the server exited before it answered /api/health');
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dbFile,
    stop: async () => {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Chromium, headless; never a downloaded browser. Playwright gives every launch a fresh temporary
 * profile (its equivalent of a new --user-data-dir, which it does not accept as an argument).
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Dutch browser UI: date inputs show dd-mm-jjjj and the file input "Bestand kiezen", as a Dutch leader sees them.
      '--lang=nl-NL',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** A new browser context the size of a laptop (or of a phone with `mobile`). */
export function newContext(browser: Browser, options: { mobile?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.mobile ? { width: 360, height: 780 } : { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
  });
}

/** Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; fails on any violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(violations, [], `axe violations on "${state}"`);
}

/** Presses Tab until the element has focus (as a keyboard user would), then returns. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  // A target that is not on the page fails here once, instead of waiting out a timeout at every Tab.
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Saves a screenshot for docs/screenshots (the user guide uses them). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until the closing screen says everything is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save-status__line--saved').waitFor();
}

/**
 * Headless Chromium grants no lasting storage, so after signing in the app warns once that the browser may
 * clear what it keeps (offline/Notices.tsx). Read and closed, as a person would, so the pages and their
 * screenshots show the app itself; the offline tests check the notice on its own.
 */
export async function closeStorageNotice(page: Page): Promise<void> {
  await page.getByText('Deze browser kan uw werk van dit apparaat wissen', { exact: true }).waitFor();
  await expectAccessible(page, 'storage notice');
  await page.getByRole('button', { name: 'Begrepen' }).click();
  await page.getByRole('button', { name: 'Begrepen' }).waitFor({ state: 'detached' });
}

/** A fresh server and browser page, set up through the first-run page and signed in, as a person would. */
export async function startSignedIn(
  now: Date,
  serverEnv: Record<string, string> = {},
): Promise<{ server: Server; page: Page; close: () => Promise<void> }> {
  const server = await startServer(serverEnv);
  const { browser, close: closeBrowser } = await launchBrowser();
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.clock.install({ time: now });
  page.on('pageerror', (error) => {
    throw new Error(`page error: ${error.message}`);
  });
  await page.goto(server.url + '/');
  await page.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
  await page.getByLabel('Uw naam').fill('Anna Bakker');
  await page.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
  await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
  await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
  await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
  await closeStorageNotice(page);
  return {
    server,
    page,
    close: async () => {
      await closeBrowser();
      await server.stop();
    },
  };
}
