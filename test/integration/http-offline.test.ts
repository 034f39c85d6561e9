// The server side of offline use, on every dialect: a revision per conversation raised by every change, a
// write with If-Match of an older revision refused (412) without changing anything, and a change sent twice
// with the same Idempotency-Key made once (a conversation made offline, an agreement whose answer got lost).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import type { Client } from './harness.ts';
import { codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

for (const dialect of dialects()) {
  describe(`offline preconditions over HTTP on ${dialect}`, () => {
    let h: Harness;
    let leader: Client;
    let other: Client;
    let typeId: string;
    let id: string;

    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      leader = await userClient(h.app, admin, { email: 'lotte@example.nl', name: 'Lotte', role: 'leader' });
      other = await userClient(h.app, admin, { email: 'omar@example.nl', name: 'Omar', role: 'leader' });
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      typeId = types.find((t) => t.key === 'wmo-keukentafelgesprek')!.id;
    });
    after(async () => h.close());

    const input = () => ({
      typeId,
      title: 'Keukentafel',
      startsAt: '2026-11-27T14:30:00+01:00',
      mode: 'in_person',
      participants: [{ name: 'Ilse' }],
    });

    test('every change raises the revision, also in the list', async () => {
      const created = await leader.post('/api/conversations', input());
      assert.equal(created.statusCode, 201);
      id = created.json().id;
      assert.equal(created.json().revision, 1);
      const changed = await leader.request('PUT', `/api/conversations/${id}/summary`, { text: 'Een' });
      assert.equal(changed.json().revision, 2);
      const list = (await leader.get('/api/conversations')).json() as { items: { revision: number }[] };
      assert.equal(list.items[0]!.revision, 2);
    });

    test('If-Match of the current revision is accepted; of an older one refused, nothing changed', async () => {
      const ok = await leader.request(
        'PUT',
        `/api/conversations/${id}/summary`,
        { text: 'Twee' },
        {
          'if-match': '"2"',
        },
      );
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().revision, 3);
      for (const stale of ['"2"', '2', 'W/"1"']) {
        const refused = await leader.request(
          'PUT',
          `/api/conversations/${id}/summary`,
          { text: 'Oud' },
          {
            'if-match': stale,
          },
        );
        assert.equal(refused.statusCode, 412, stale);
        assert.equal(codeOf(refused), 'revision_mismatch');
        assert.equal(refused.json().error.details.revision, 3);
        assert.match(refused.json().error.message, /ander apparaat/);
      }
      const now = (await leader.get(`/api/conversations/${id}`)).json();
      assert.equal(now.closing.summary.text, 'Twee');
      assert.equal(now.revision, 3);
      // '*' is "any version": no precondition.
      const any = await leader.request(
        'PUT',
        `/api/conversations/${id}/thanks`,
        { said: true },
        { 'if-match': '*' },
      );
      assert.equal(any.statusCode, 200);
    });

    test('a malformed If-Match or Idempotency-Key is a clear 400', async () => {
      const malformed: Record<string, string>[] = [
        { 'if-match': '"abc"' },
        { 'if-match': '1, 2' },
        { 'idempotency-key': 'spaties mogen niet' },
        { 'idempotency-key': 'x'.repeat(201) },
        { 'idempotency-key': '<script>' },
      ];
      for (const headers of malformed) {
        const response = await leader.request(
          'PUT',
          `/api/conversations/${id}/summary`,
          { text: 'X' },
          headers,
        );
        assert.equal(response.statusCode, 400, JSON.stringify(headers));
        assert.equal(codeOf(response), 'precondition_invalid');
      }
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().closing.summary.text, 'Twee');
    });

    test('a creation sent twice with one key is made once, and the repeat passes an older If-Match', async () => {
      const key = { 'idempotency-key': 'k-0123456789.1' };
      const first = await leader.request(
        'POST',
        `/api/conversations/${id}/agreements`,
        { action: 'bellen' },
        {
          ...key,
          'if-match': '"4"',
        },
      );
      assert.equal(first.statusCode, 201, first.body);
      // Its answer got lost: the same change again, based on the same (now older) revision.
      const again = await leader.request(
        'POST',
        `/api/conversations/${id}/agreements`,
        { action: 'bellen' },
        {
          ...key,
          'if-match': '"4"',
        },
      );
      assert.equal(again.statusCode, 201, again.body);
      assert.equal(again.json().closing.agreements.length, 1);
      assert.equal(again.json().revision, first.json().revision);
      // A new version of a change has a new key and is made.
      const next = await leader.request(
        'POST',
        `/api/conversations/${id}/agreements`,
        { action: 'mailen' },
        {
          'idempotency-key': 'k-0123456789.2',
        },
      );
      assert.equal(next.json().closing.agreements.length, 2);
    });

    test('a conversation made offline is created once, however often it is sent', async () => {
      const key = { 'idempotency-key': 'c-made-offline.1' };
      const first = await leader.request('POST', '/api/conversations', input(), key);
      const again = await leader.request('POST', '/api/conversations', input(), key);
      assert.equal(first.statusCode, 201);
      assert.equal(again.statusCode, 201);
      assert.equal(again.json().id, first.json().id);
      const list = (await leader.get('/api/conversations')).json() as { total: number };
      assert.equal(list.total, 2);
      // Keys are per user: another leader's same key makes their own conversation, and never shows this one.
      const theirs = await other.request('POST', '/api/conversations', input(), key);
      assert.equal(theirs.statusCode, 201);
      assert.notEqual(theirs.json().id, first.json().id);
      assert.equal(theirs.json().leaderId, (await other.get('/api/auth/session')).json().user.id);
    });

    test("follow-up's changes go through the same door: agreement done raises the revision", async () => {
      const created = (await leader.post('/api/conversations', input())).json();
      const withAgreement = await leader.post(`/api/conversations/${created.id}/agreements`, {
        sourceText: 'Ik bel u vrijdag',
      });
      assert.equal(withAgreement.statusCode, 201, withAgreement.body);
      const before = withAgreement.json() as { revision: number; closing: { agreements: { id: string }[] } };
      const agreementId = before.closing.agreements[0]!.id;
      const done = await leader.post(`/api/conversations/${created.id}/agreements/${agreementId}/done`, {
        note: 'gebeld',
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().revision, before.revision + 1);
      // A device that queued a change before the agreement was marked done is refused and compares again.
      const stale = await leader.request(
        'PUT',
        `/api/conversations/${created.id}/summary`,
        { text: 'Van het andere apparaat' },
        { 'if-match': `"${before.revision}"` },
      );
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal(codeOf(stale), 'revision_mismatch');
    });

    test("someone else's conversation stays 404, with or without preconditions", async () => {
      const response = await other.request(
        'PUT',
        `/api/conversations/${id}/summary`,
        { text: 'X' },
        {
          'if-match': '"1"',
          'idempotency-key': 'probe.1',
        },
      );
      assert.equal(response.statusCode, 404);
      assert.equal(codeOf(response), 'conversation_not_found');
    });
  });
}
