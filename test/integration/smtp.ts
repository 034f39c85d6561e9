// A real SMTP server (smtp-server) in the test process, every message read back with mailparser. It can go
// down and come back on the same port, and refuse chosen recipients permanently (550) or for now (451).
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface TestSmtp {
  port: number;
  url: URL;
  messages: ParsedMail[];
  /** Recipients refused with 550 (permanent) or 451 (try later). */
  refuse: Map<string, 550 | 451>;
  /** Called when a message's data has arrived, before the server answers 250 (to hold or time it). */
  beforeAccept: ((raw: string) => Promise<void>) | null;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Resolves once `count` messages have arrived. */
  waitFor(count: number): Promise<ParsedMail[]>;
}

/** Starts a local SMTP server that accepts every message (no auth, no TLS: loopback only). */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const waiting: { count: number; resolve: () => void }[] = [];
  let server: SMTPServer | null = null;
  const smtp: TestSmtp = {
    port,
    url: new URL(`smtp://127.0.0.1:${port}`),
    messages: [],
    refuse: new Map(),
    beforeAccept: null,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        // Close lingering (pooled) client connections at once when the test stops the server.
        closeTimeout: 50,
        onRcptTo(address, _session, callback) {
          const code = smtp.refuse.get(address.address.toLowerCase());
          if (code)
            return callback(Object.assign(new Error(`refused ${address.address}`), { responseCode: code }));
          callback();
        },
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', async () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            try {
              await smtp.beforeAccept?.(raw);
              smtp.messages.push(await simpleParser(raw));
              for (const w of waiting.filter((w) => smtp.messages.length >= w.count)) w.resolve();
              callback();
            } catch (error) {
              callback(error as Error);
            }
          });
        },
      });
      await new Promise<void>((resolve) => server!.listen(smtp.port, '127.0.0.1', () => resolve()));
      smtp.port = (server!.server.address() as AddressInfo).port;
      smtp.url = new URL(`smtp://127.0.0.1:${smtp.port}`);
    },
    async stop() {
      const closing = server;
      server = null;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    waitFor(count) {
      if (smtp.messages.length >= count) return Promise.resolve(smtp.messages);
      return new Promise((resolve) => waiting.push({ count, resolve: () => resolve(smtp.messages) }));
    },
  };
  await smtp.start();
  return smtp;
}
