// `sluitstuk serve`: migrate, then listen; stops cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { describeDatabase, describeMail } from '../config/index.ts';
import { smtpMailer } from '../mail/index.ts';
import { offsetClock, systemClock } from '../core/index.ts';
import { createServices } from '../services/index.ts';
import { buildApp } from '../server/index.ts';
import { chromiumPdfRenderer } from '../render/index.ts';
import { prettyLogStream } from '../server/index.ts';
import { cliText, t } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.serve.summary'), en: cliText('en', 'cli.serve.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(cliText(io.lang, 'cli.serve.help'));
      return ExitCode.ok;
    }
    if (args.length > 0) {
      io.stderr.write(`${cliText(io.lang, 'cli.unknownOption', { option: args[0]! })}\n`);
      return ExitCode.usage;
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    const { storage } = opened;
    const mailer = config.mail ? smtpMailer(config.mail) : null;
    // PDFs need Chromium; without it the server runs and the PDF action answers what to install.
    let onLaunchError: (error: unknown) => void = () => undefined;
    const pdf = chromiumPdfRenderer({
      executablePath: config.chromePath,
      onLaunchError: (error) => onLaunchError(error),
    });
    const services = createServices({
      storage,
      clock: config.clockOffsetMs ? offsetClock(config.clockOffsetMs) : systemClock,
      sessionTtlSeconds: config.sessionTtlSeconds,
      scenariosDir: config.scenariosDir,
      mailer,
      publicUrl: config.publicUrl,
      linkTtlSeconds: config.linkTtlSeconds,
      jobLeaseMs: config.jobLeaseMs,
      pdf,
      setupCode: config.setupCode,
      analysis: { timeoutMs: config.analysisTimeoutSeconds * 1000 },
      auth: config.auth,
    });
    // A person at a terminal reads lines; a log collector (a pipe, a file, LOG_FORMAT=json) gets JSON.
    const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && Boolean(io.stdout.isTTY));
    const app = await buildApp({
      services,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
      logStream: pretty ? prettyLogStream(io.stdout) : io.stdout,
      rateLimits: { general: config.rateLimitPerMinute, login: 10, signIn: config.rateLimitPerMinute },
    });
    /**
     * A line for the person who started the server: as it is on a terminal, a JSON log line otherwise. Always
     * written, whatever LOG_LEVEL says: where the server listens and the setup code must not be filtered away.
     */
    const announce = (level: 'info' | 'warn', message: string, fields: Record<string, unknown> = {}) => {
      if (pretty) io.stdout.write(message + '\n');
      else
        io.stdout.write(
          JSON.stringify({ level: level === 'warn' ? 40 : 30, time: Date.now(), ...fields, msg: message }) +
            '\n',
        );
    };
    if (config.trustProxy === true) announce('warn', t(io.lang, 'security.serve.trustProxyTrue'));
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(`${cliText(io.lang, 'cli.serve.cannotListen', { reason })}\n`);
      await app.close();
      await mailer?.close();
      await storage.close();
      return ExitCode.failure;
    }
    // The outbox and later jobs run in this process: mail waiting from before a restart goes out now. The
    // nightly retention pass, today's reminder pass and the coming Monday's digest are jobs too: each is put on
    // the queue once, whichever process is first.
    await services.scheduleRetention();
    await services.followupJobs
      .ensureScheduled()
      .catch((error: unknown) => app.log.warn({ err: error }, 'scheduling'));
    services.jobs.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}`;
    const database = describeDatabase(config.database);
    announce('info', t(io.lang, 'security.serve.listening', { url, database }), { url, database, port });
    // A fresh installation: the setup code proves that whoever sets it up can see this terminal (or its log).
    if (await services.auth.setupNeeded()) {
      if (services.auth.setupCodeSource() === 'environment') {
        announce('warn', t(io.lang, 'security.serve.setupCodeFromEnv'));
      } else {
        const issued = await services.auth.issueSetupCode();
        if (issued) {
          const until = new Date(issued.expiresAt).toLocaleString(io.lang === 'nl' ? 'nl-NL' : 'en-GB');
          announce('warn', t(io.lang, 'security.serve.setupCode', { code: issued.code, until }), {
            expiresAt: issued.expiresAt,
          });
          announce(
            'warn',
            t(io.lang, 'security.serve.setupCodeOpen', { url: config.publicUrl?.origin ?? url }),
          );
        }
      }
    }
    app.log.info({ mail: describeMail(config.mail) }, 'mail');
    onLaunchError = (error) =>
      app.log.warn({ err: error, chromePath: config.chromePath }, 'chromium did not start');
    if (!existsSync(config.chromePath)) {
      io.stderr.write(`${cliText(io.lang, 'cli.serve.noChromium', { path: config.chromePath })}\n`);
    }

    // Stop taking requests, let running ones finish, then close the database.
    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, 'stopping');
        services.jobs
          .stop()
          .then(() => app.close())
          .then(() => mailer?.close())
          .then(() => pdf.close())
          .then(() => storage.close())
          .then(
            () => resolve(ExitCode.ok),
            () => resolve(ExitCode.failure),
          );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
  },
};
