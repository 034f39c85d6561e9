// API benchmark: GET a conversation with its closing record and POST an agreement, beside a bare Fastify route
// answering constant JSON of the same size, in the same process, over loopback HTTP with keep-alive.
// SQLite always; PostgreSQL too when BENCH_DATABASE_URL or DATABASE_URL_TEST is set.
// Bounded: each scenario runs at most REQUESTS requests or SECONDS seconds, after a warm-up. The bare route and the
// real one run in alternating slices (ROUNDS of each), so a machine whose load changes during the run slows both
// alike and the ratio between them stays meaningful.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { systemClock } from '../src/core/index.ts';
import { createDatabase } from '../src/storage/index.ts';
import { createServices } from '../src/services/index.ts';
import { buildApp } from '../src/server/index.ts';
import type { DatabaseConfig } from '../src/config/index.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface Result {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

type RequestSpec = { method: string; path: string; body?: string; headers?: Record<string, string> };

interface Slice {
  latencies: number[];
  seconds: number;
}

/** Runs `makeRequest` on CONNECTIONS keep-alive connections until `count` requests or `seconds` have passed. */
async function load(
  name: string,
  port: number,
  makeRequest: (n: number) => RequestSpec,
  expectStatus: number,
  count: number,
  seconds: number,
  offset = 0,
): Promise<Slice> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let issued = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const one = (n: number) =>
    new Promise<void>((resolve, reject) => {
      const spec = makeRequest(n);
      const t0 = performance.now();
      const req = http.request(
        { host: '127.0.0.1', port, method: spec.method, path: spec.path, agent, headers: spec.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== expectStatus) reject(new Error(`${name}: status ${res.statusCode}`));
            else {
              latencies.push(performance.now() - t0);
              resolve();
            }
          });
        },
      );
      req.on('error', reject);
      req.end(spec.body);
    });
  const worker = async () => {
    while (issued < count && performance.now() < deadline) await one(offset + issued++);
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, seconds: elapsed };
}

function summary(name: string, slices: Slice[]): Result {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

interface Side {
  name: string;
  port: number;
  makeRequest: (n: number) => RequestSpec;
  expectStatus: number;
  count: number;
}

/** The bare route and the real one in alternating slices: ROUNDS of each, the budget split evenly. */
async function sideBySide(bare: Side, real: Side): Promise<[Result, Result]> {
  const slices: [Slice[], Slice[]] = [[], []];
  const done = [0, 0];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, side] of [bare, real].entries()) {
      const count = Math.ceil(side.count / ROUNDS);
      const slice = await load(
        side.name,
        side.port,
        side.makeRequest,
        side.expectStatus,
        Math.min(count, side.count - done[index]!),
        SECONDS / ROUNDS,
        done[index],
      );
      done[index]! += slice.latencies.length;
      slices[index]!.push(slice);
    }
  }
  return [summary(bare.name, slices[0]), summary(real.name, slices[1])];
}

async function freshConfig(
  kind: 'sqlite' | 'postgres',
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-bench-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'bench.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = (process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL_TEST)!;
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

async function bench(kind: 'sqlite' | 'postgres'): Promise<Result[]> {
  const { config, drop } = await freshConfig(kind);
  const storage = createDatabase(config);
  await storage.migrate();
  const setupCode = 'bench-setup-code-0123456789';
  const services = createServices({ storage, clock: systemClock, setupCode });
  const app = await buildApp({
    services,
    logLevel: 'silent',
    webRoot: '/nonexistent',
    rateLimits: { general: 10_000_000, login: 100 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;

  // Set up through the API, like a user would.
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await app.inject({ method: 'POST', url: path, payload: body as object, headers });
    return response;
  };
  const setup = await post('/api/setup', {
    organisationName: 'Bench',
    name: 'Bea Bench',
    email: 'bea@example.nl',
    password: 'bench-wachtwoord-1',
    setupCode,
  });
  const cookie = `sluitstuk_session=${setup.cookies.find((c) => c.name === 'sluitstuk_session')!.value}`;
  const auth = { cookie, 'x-csrf-token': setup.json().csrfToken as string };
  const typeId = (
    await app.inject({ method: 'GET', url: '/api/conversation-types', headers: auth })
  ).json()[0].id;
  const newConversation = async () => {
    const response = await post(
      '/api/conversations',
      {
        typeId,
        title: 'Keukentafelgesprek',
        startsAt: '2026-11-27T14:30:00+01:00',
        mode: 'in_person',
        participants: [
          { name: 'Gwendolyn de Lange', role: 'inwoner' },
          { name: 'Mo', role: 'mantelzorger' },
        ],
      },
      auth,
    );
    return response.json().id as string;
  };
  // The conversation read: a realistic closing record (2 participants, 6 agreements, 3 next steps, 2 questions).
  const readId = await newConversation();
  for (let i = 0; i < 6; i++) {
    await post(
      `/api/conversations/${readId}/agreements`,
      {
        sourceText: `Ik stuur u uiterlijk vrijdag het verslag van punt ${i}.`,
        owner: 'leader',
        action: 'Verslag sturen',
        deadline: '2026-12-04',
        measure: 'Verslag in de brievenbus',
      },
      auth,
    );
  }
  for (let i = 0; i < 2; i++)
    await post(`/api/conversations/${readId}/questions`, { text: `Vraag ${i}?`, answer: 'Antwoord.' }, auth);
  await app.inject({
    method: 'PUT',
    url: `/api/conversations/${readId}/summary`,
    payload: { text: 'Samenvatting van het gesprek. '.repeat(8) },
    headers: auth,
  });
  const sample = (await app.inject({ method: 'GET', url: `/api/conversations/${readId}`, headers: auth }))
    .body;

  // Conversations to write into: each holds at most 100 agreements.
  const writeIds: string[] = [];
  for (let i = 0; i < Math.ceil(Math.min(REQUESTS, 20_000) / 90) + 2; i++)
    writeIds.push(await newConversation());

  // The baseline: bare Fastify, same process, the same bytes.
  const bare = Fastify({ logger: false });
  bare.get('/bare', (_request, reply) => reply.type('application/json; charset=utf-8').send(sample));
  bare.post('/bare', (_request, reply) =>
    reply.code(201).type('application/json; charset=utf-8').send(sample),
  );
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as { port: number }).port;

  const agreementBody = JSON.stringify({
    sourceText: 'Ik bel u vrijdag terug.',
    owner: 'leader',
    action: 'Terugbellen',
    deadline: '2026-12-04',
  });
  const jsonHeaders = { ...auth, 'content-type': 'application/json' };

  // Warm-up, then the measurements.
  await load(
    'warm-up',
    port,
    () => ({ method: 'GET', path: `/api/conversations/${readId}`, headers: auth }),
    200,
    500,
    SECONDS,
  );
  await load('warm-up', barePort, () => ({ method: 'GET', path: '/bare' }), 200, 500, SECONDS);
  const results = [
    ...(await sideBySide(
      {
        name: `bare GET (${sample.length} B JSON)`,
        port: barePort,
        makeRequest: () => ({ method: 'GET', path: '/bare' }),
        expectStatus: 200,
        count: REQUESTS,
      },
      {
        name: 'GET /api/conversations/:id',
        port,
        makeRequest: () => ({ method: 'GET', path: `/api/conversations/${readId}`, headers: auth }),
        expectStatus: 200,
        count: REQUESTS,
      },
    )),
    ...(await sideBySide(
      {
        name: 'bare POST (same answer)',
        port: barePort,
        makeRequest: () => ({
          method: 'POST',
          path: '/bare',
          body: agreementBody,
          headers: { 'content-type': 'application/json' },
        }),
        expectStatus: 201,
        count: REQUESTS,
      },
      {
        name: 'POST /api/conversations/:id/agreements',
        port,
        makeRequest: (n) => ({
          method: 'POST',
          path: `/api/conversations/${writeIds[Math.floor(n / 90)]}/agreements`,
          body: agreementBody,
          headers: jsonHeaders,
        }),
        expectStatus: 201,
        count: Math.min(REQUESTS, (writeIds.length - 1) * 90),
      },
    )),
  ];
  await bare.close();
  await app.close();
  await storage.close();
  await drop();
  return results;
}

const kinds: ('sqlite' | 'postgres')[] = ['sqlite'];
if (process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL_TEST) kinds.push('postgres');
console.log(
  `Node ${process.version}, ${CONNECTIONS} connections, at most ${REQUESTS} requests or ${SECONDS} s per row, ` +
    `bare and real alternating in ${ROUNDS} rounds.\n`,
);
for (const kind of kinds) {
  const results = await bench(kind);
  const [bareGet, get, barePost, postAgreement] = results as [Result, Result, Result, Result];
  console.log(`### ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}\n`);
  console.log('| what | requests | req/s | p50 ms | p99 ms | vs bare |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [r, base] of [
    [bareGet, bareGet],
    [get, bareGet],
    [barePost, barePost],
    [postAgreement, barePost],
  ] as const) {
    console.log(
      `| ${r.name} | ${r.requests} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${((r.perSecond / base.perSecond) * 100).toFixed(0)}% |`,
    );
  }
  console.log('');
}
