// The built web app over HTTP: the start page, the app's own paths, and the files under assets/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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

const SCRIPT = `console.log(${JSON.stringify('Sluitstuk '.repeat(200))});\n`;

describe('the web app over HTTP', () => {
  let app: FastifyInstance;
  let storage: Storage;
  let fresh: FreshDatabase;
  let webRoot: string;

  before(async () => {
    // A small stand-in for dist/web, so the test does not depend on a build.
    webRoot = mkdtempSync(join(tmpdir(), 'sluitstuk-web-'));
    mkdirSync(join(webRoot, 'assets'));
    // As the build writes them: the file, and .br and .gz beside it.
    for (const [name, content] of [
      ['index.html', INDEX],
      ['assets/index-AbC123.js', SCRIPT],
    ] as const) {
      writeFileSync(join(webRoot, name), content);
      writeFileSync(join(webRoot, name + '.br'), brotliCompressSync(content));
      writeFileSync(join(webRoot, name + '.gz'), gzipSync(content));
    }
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

  test('hashed assets: precompressed by what the browser accepts, cached for a year', async () => {
    const url = '/assets/index-AbC123.js';
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /javascript/);
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), SCRIPT);
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(br.headers.vary), /accept-encoding/i);

    const gz = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), SCRIPT);
    assert.equal(gz.headers['cache-control'], 'public, max-age=31536000, immutable');

    const plain = await get(url, { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, SCRIPT);
    assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('index.html is never cached without asking, compressed or not', async () => {
    for (const url of ['/', '/conversations', '/index.html']) {
      const br = await get(url, { 'accept-encoding': 'br' });
      assert.equal(br.statusCode, 200, url);
      assert.equal(br.headers['cache-control'], 'no-cache', url);
      assert.equal(br.headers['content-encoding'], 'br', url);
      assert.match(String(br.headers['content-type']), /^text\/html/, url);
      assert.equal(brotliDecompressSync(br.rawPayload).toString(), INDEX, url);
      const plain = await get(url);
      assert.equal(plain.headers['cache-control'], 'no-cache', url);
      assert.equal(plain.body, INDEX, url);
    }
  });
});
