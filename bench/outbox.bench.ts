// The mail part of `npm run bench:report`: mails per minute through the outbox (a share commits deliveries and
// jobs; the queue mints each link, renders the participant's mail with its calendar and contact card, sends it
// and commits "sent") into a local SMTP server, beside sending the same kind of mail straight through nodemailer
// to the same server, in the same process, in alternating rounds. SQLite, and PostgreSQL when
// DATABASE_URL_TEST is set. BENCH_MAILS mails per round (default 100), BENCH_ROUNDS rounds (default 3).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemClock, type Actor } from '../src/core/index.ts';
import type { DatabaseConfig } from '../src/config/index.ts';
import { smtpMailer } from '../src/mail/index.ts';
import { createDatabase } from '../src/storage/index.ts';
import { createServices } from '../src/services/index.ts';
import { startSmtp } from '../test/integration/smtp.ts';

const MAILS = Number(process.env.BENCH_MAILS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PER_CONVERSATION = 50; // LIMITS.participants

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function database(
  kind: 'sqlite' | 'postgres',
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-bench-outbox-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'bench.db') },
      drop: async () => rmSync(dir, { recursive: true }),
    };
  }
  const url = process.env.DATABASE_URL_TEST!;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    config: { kind: 'postgres', url, schema },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** One database: rounds of "share MAILS mails and run the queue until all went" beside "send MAILS mails". */
async function benchOn(kind: 'sqlite' | 'postgres'): Promise<{ outbox: number; direct: number }> {
  const smtp = await startSmtp();
  const mailer = smtpMailer({ url: smtp.url, from: 'noreply@bench.example' });
  const db = await database(kind);
  const storage = createDatabase(db.config);
  await storage.migrate();
  const services = createServices({
    storage,
    clock: systemClock,
    mailer,
    publicUrl: new URL('https://bench.example'),
  });
  try {
    const issued = await services.auth.issueSetupCode();
    const { user } = await services.auth.setup({
      setupCode: issued!.code,
      organisationName: 'Gemeente Voorbeeld',
      name: 'Bench Leider',
      email: 'bench@example.nl',
      password: 'een-lang-bench-wachtwoord',
    });
    const actor: Actor = { userId: user.id, role: user.role, teamId: null };
    const [type] = await services.organisation.listConversationTypes(actor);
    const conversations: string[] = [];
    for (let i = 0; i < Math.ceil(MAILS / PER_CONVERSATION); i++) {
      const size = Math.min(PER_CONVERSATION, MAILS - i * PER_CONVERSATION);
      const c = await services.conversations.create(actor, {
        typeId: type!.id,
        title: `Bewonersavond ${i + 1}`,
        startsAt: '2026-11-27T19:30:00+01:00',
        mode: 'in_person',
        participants: Array.from({ length: size }, (_, n) => ({
          name: `Bewoner ${n + 1}`,
          role: '',
          email: `bewoner${i}-${n}@example.nl`,
          phone: null,
          contactConsent: true,
          language: 'nl' as const,
        })),
      });
      await services.conversations.setSummary(actor, c.id, {
        text: 'De bewoners willen een veilige speelplaats.',
      });
      await services.conversations.addAgreement(actor, c.id, {
        sourceText: 'Ik stuur vrijdag het verslag',
        owner: 'leader',
        action: 'stuurt het verslag',
        deadline: '2026-12-04',
        measure: 'Het verslag staat op de website.',
        acceptedBy: [],
      });
      conversations.push(c.id);
    }
    const outbox: number[] = [];
    const direct: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round++) {
      // The outbox: share, then run the queue until every mail went.
      let start = performance.now();
      for (const id of conversations) await services.sharing.share(actor, id, { revokeEarlier: false });
      let sent = 0;
      while (sent < MAILS) sent += (await services.jobs.runDue()).filter((r) => r.outcome === 'done').length;
      const outboxMs = performance.now() - start;
      // Straight through nodemailer: the same server, a mail of the same size (the last one the outbox sent).
      const sample = smtp.messages.at(-1)!;
      start = performance.now();
      for (let n = 0; n < MAILS; n++) {
        await mailer.send({
          messageId: `<direct-${round}-${n}@bench.example>`,
          fromName: 'Gemeente Voorbeeld',
          to: `direct${n}@example.nl`,
          replyTo: null,
          subject: sample.subject ?? '',
          text: sample.text ?? '',
          html: String(sample.html ?? ''),
          attachments: sample.attachments.map((a) => ({
            filename: a.filename ?? 'file',
            contentType: a.contentType,
            content: new Uint8Array(a.content),
          })),
        });
      }
      const directMs = performance.now() - start;
      // Round 0 warms up (statement caches, the pooled SMTP connection).
      if (round > 0) {
        outbox.push((MAILS / outboxMs) * 60_000);
        direct.push((MAILS / directMs) * 60_000);
      }
      smtp.messages.length = 0;
    }
    return { outbox: median(outbox), direct: median(direct) };
  } finally {
    await mailer.close();
    await storage.close();
    await db.drop();
    await smtp.stop();
  }
}

/** Runs the outbox benchmark and returns its section of docs/performance.md. */
export async function benchOutbox(): Promise<string> {
  const load = loadavg()[0]!;
  const kinds: ('sqlite' | 'postgres')[] = process.env.DATABASE_URL_TEST
    ? ['sqlite', 'postgres']
    : ['sqlite'];
  const rows: string[] = [];
  for (const kind of kinds) {
    const r = await benchOn(kind);
    rows.push(
      `| ${kind === 'sqlite' ? 'SQLite (synchronous=FULL)' : 'PostgreSQL'} | ${Math.round(r.outbox).toLocaleString('en')} | ${Math.round(r.direct).toLocaleString('en')} | ${Math.round((r.outbox / r.direct) * 100)}% |`,
    );
  }
  return [
    '## Mail outbox',
    '',
    `\`npm run bench:report\` (bench/outbox.bench.ts), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 shared cores,`,
    `load average ${load.toFixed(1)} before. ${MAILS} mails per round, median of ${ROUNDS} rounds after a warm-up, into a local`,
    'smtp-server in the same process (no PDF: the bench has no browser per mail; calendar and contact card attached).',
    'The outbox per mail: a claim, a commit of the new link and "sending", the participant\'s report and mail',
    'rendered, the SMTP transaction, the commit of "sent" and of the job. Direct: the same kind of mail straight',
    'through nodemailer to the same server.',
    '',
    '| database | outbox, mails/minute | direct nodemailer, mails/minute | outbox / direct |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
