// Finding 10 of issue 13 (server side): a transcript is analysed in a worker thread with a time limit. The
// server keeps answering (/api/health) while an analysis runs, and a runaway analysis is stopped with a clear,
// translated error; the next analysis works again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import { codeOf, setUp, startHarness, type Client, type Harness } from './harness.ts';

// One utterance of a single repeated token without punctuation, the largest upload allowed (10 MiB): the kind
// of input that kept the old analyzer busy for hours on the main thread, and that takes any analyzer far longer
// than a health check.
const RUNAWAY = 'Anna: ' + 'a '.repeat(5 * 1024 * 1024 - 4);

/** POST /api/analyses with a text body, as the web app uploads a file. */
function analyse(h: Harness, client: Client, body: string, lang = 'nl') {
  return h.app.inject({
    method: 'POST',
    url: '/api/analyses?date=2026-11-27',
    payload: body,
    headers: {
      'content-type': 'text/plain',
      'accept-language': lang,
      cookie: `sluitstuk_session=${client.cookie}`,
      'x-csrf-token': client.csrf!,
    },
  });
}

/** Resolves once the condition holds, checking after every turn of the event loop (no fixed pause). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setImmediate(r));
}

// Storage plays no part here: one dialect is enough.
const dialect = dialects()[0]!;

describe(`transcript analysis in a worker thread, on ${dialect}`, () => {
  // The limit is far below what reading 10 MiB can take on any machine (the analyzer is linear now and
  // finishes such an upload in about a second), so the test does not depend on how fast the analyzer is.
  describe('with a limit of five milliseconds', () => {
    let h: Harness;
    let client: Client;
    before(async () => {
      h = await startHarness(dialect, { analysis: { timeoutMs: 5, workers: 1 } });
      client = await setUp(h.app);
    });
    after(async () => h.close());

    test(
      'a runaway analysis is stopped with a translated error, and the next one works',
      { timeout: 120_000 },
      async () => {
        const nl = await analyse(h, client, RUNAWAY, 'nl');
        assert.equal(nl.statusCode, 422, nl.body.slice(0, 300));
        assert.equal(codeOf(nl), 'analysis_timeout');
        assert.match(nl.json().error.message, /te veel tijd of geheugen/);
        const en = await analyse(h, client, RUNAWAY, 'en');
        assert.equal(codeOf(en), 'analysis_timeout');
        assert.match(en.json().error.message, /too much time or memory/);
        assert.equal(h.services.analysis.running(), 0);
      },
    );
  });

  describe('with the default limit', () => {
    let h: Harness;
    let client: Client;
    before(async () => {
      h = await startHarness(dialect, { analysis: { timeoutMs: 10 * 60_000, workers: 1 } });
      client = await setUp(h.app);
    });
    after(async () => h.close());

    test('an ordinary transcript is analysed in the worker', { timeout: 120_000 }, async () => {
      const response = await analyse(
        h,
        client,
        'Anna: Ik bel u vrijdag terug.\nBram: Dank u wel, tot ziens.',
      );
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json().speakers, ['Anna', 'Bram']);
    });

    test('/api/health answers while a long analysis runs', { timeout: 120_000 }, async () => {
      let settled = false;
      const running = analyse(h, client, RUNAWAY).then((response) => {
        settled = true;
        return response;
      });
      await until(() => h.services.analysis.running() === 1);
      const health = await h.app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(health.statusCode, 200);
      assert.equal(settled, false, 'the analysis ended before the health check answered');
      const other = await client.get('/api/conversations');
      assert.equal(other.statusCode, 200);
      assert.equal(settled, false);
      // Stopping the server ends the thread; the waiting request is answered, not left hanging.
      await h.services.analysis.close();
      const answer = await running;
      assert.equal(codeOf(answer), 'unavailable');
    });
  });
});
