// The built web app over HTTP: the start page, the app's own paths, and the files under assets/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../../src/core/index.ts';
import { createDatabase, type Storage } from '../../src/storage/index.ts';
import { createServices } from '../../src/services/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { freshDatabase, type FreshDatabase } from './dialects.ts';
import { START } from './harness.ts';

const INDEX =
  '<!doctype html><html lang="nl"><head><title>Sluitstuk</title></head><body><div id="root"></div></body></html>';

describe('the web app over HTTP', () => {
  let app: FastifyInstance;
  let storage: Storage;
  let fresh: FreshDatabase;
  let webRoot: string;

  before(async () => {
    // A small stand-in for dist/web, so the test does not depend on a build.
    webRoot = mkdtempSync(join(tmpdir(), 'sluitstuk-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), 'console.log("app");\n');
    fresh = await freshDatabase('sqlite');
    storage = createDatabase(fresh.config);
    await storage.migrate();
    const services = createServices({ storage, clock: fixedClock(START), sessionTtlSeconds: 3600 });
    app = await buildApp({ services, logLevel: 'silent', webRoot });
  });
  after(async () => {
    await app?.close();
    await storage?.close();
    await fresh?.drop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });

  test('GET / serves the app, as every other app path does', async () => {
    for (const url of ['/', '/?lang=en', '/conversations', '/conversations/abc/closing/summary']) {
      const response = await get(url);
      assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.equal(response.body, INDEX, url);
    }
    const head = await app.inject({ method: 'HEAD', url: '/' });
    assert.equal(head.statusCode, 200);
  });

  test('a folder path is the app, not a 400; a missing asset is a plain 404', async () => {
    assert.equal((await get('/conversations/')).statusCode, 200);
    const gone = await get('/assets/index-Old999.js');
    assert.equal(gone.statusCode, 404);
    assert.equal(gone.json().error.code, 'route_not_found');
    assert.equal((await get('/assets/')).statusCode, 404);
  });

  test('the API keeps its own answers', async () => {
    const unknown = await get('/api/nothing-here');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'route_not_found');
    assert.equal((await get('/api/health')).statusCode, 200);
  });
});
