// Storage against real databases: migrations, constraints, transactions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, type Storage } from '../../src/storage/index.ts';
import { migrations } from '../../src/storage/migrations/index.ts';
import { AppError } from '../../src/core/index.ts';
import { dialects, freshDatabase, type FreshDatabase } from './dialects.ts';

for (const dialect of dialects()) {
  describe(`storage on ${dialect}`, () => {
    let fresh: FreshDatabase;
    let storage: Storage;
    before(async () => {
      fresh = await freshDatabase(dialect);
      storage = createDatabase(fresh.config);
    });
    after(async () => {
      await storage.close();
      await fresh.drop();
    });

    test('migrates an empty database, and a second run applies nothing', async () => {
      assert.deepEqual(await storage.migrate(), Object.keys(migrations).sort());
      assert.deepEqual(await storage.migrate(), []);
      assert.equal(storage.kind, dialect);
      assert.equal(await storage.integrityCheck(), 'ok');
    });

    test('a second organisation is refused by the database itself', async () => {
      const at = '2026-11-27T10:00:00.000Z';
      await storage.repos.organisation.create({ id: 'o1', name: 'Gemeente', createdAt: at });
      await assert.rejects(
        storage.repos.organisation.create({ id: 'o2', name: 'Andere', createdAt: at }),
        (error: unknown) => error instanceof AppError && error.code === 'setup_already_done',
      );
    });

    test('a failed transaction stores nothing', async () => {
      const at = '2026-11-27T10:00:00.000Z';
      await assert.rejects(
        storage.transaction(async (repos) => {
          await repos.teams.create({ id: 'team-a', name: 'Team A' }, at);
          await repos.teams.create({ id: 'team-b', name: 'Team A' }, at); // duplicate name
        }),
        (error: unknown) => error instanceof AppError && error.code === 'conflict',
      );
      assert.deepEqual(await storage.repos.teams.list(), []);
    });

    test('hostile text is stored and read back byte for byte', async () => {
      const name = `Robert'); DROP TABLE teams;-- <script>alert(1)</script> \u{1F600} "quotes" \\ back`;
      await storage.repos.teams.create({ id: 'team-x', name }, '2026-11-27T10:00:00.000Z');
      assert.equal((await storage.repos.teams.find('team-x'))?.name, name);
    });
  });
}
