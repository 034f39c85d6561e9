// `sluitstuk jobs`: the durable queue at the terminal. `jobs` lists pending and failed jobs; `jobs run` runs
// what is due now (or as if it were --now), for deployments that prefer cron to the server's own timer;
// `--dry-run` only tells what would happen, changing nothing and sending nothing.
import { parseArgs } from 'node:util';
import { dayOf, fixedClock, systemClock } from '../core/index.ts';
import { createServices } from '../services/index.ts';
import { smtpMailer } from '../mail/index.ts';
import { cliText } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.jobs.summary'), en: cliText('en', 'cli.jobs.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(cliText(io.lang, 'cli.jobs.help'));
      return ExitCode.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { now: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
      });
    } catch (error) {
      io.stderr.write(
        `${error instanceof Error ? error.message : String(error)}\n${cliText(io.lang, 'cli.jobs.help')}`,
      );
      return ExitCode.usage;
    }
    const [sub, ...rest] = parsed.positionals;
    if ((sub !== undefined && sub !== 'run') || rest.length > 0) {
      io.stderr.write(cliText(io.lang, 'cli.jobs.help'));
      return ExitCode.usage;
    }
    let clock = systemClock;
    if (parsed.values.now !== undefined) {
      const at = new Date(parsed.values.now);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(parsed.values.now) || Number.isNaN(at.getTime())) {
        io.stderr.write(`${cliText(io.lang, 'cli.jobs.badNow', { value: parsed.values.now })}\n`);
        return ExitCode.usage;
      }
      clock = fixedClock(at);
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    const { storage } = opened;
    const mailer = config.mail && !parsed.values['dry-run'] ? smtpMailer(config.mail) : null;
    const services = createServices({
      storage,
      clock,
      mailer,
      publicUrl: config.publicUrl,
      linkTtlSeconds: config.linkTtlSeconds,
    });
    try {
      if (sub === undefined) {
        const jobs = await storage.repos.jobs.list(['pending', 'running', 'failed'], 200);
        if (jobs.length === 0) io.stdout.write(`${cliText(io.lang, 'cli.jobs.none')}\n`);
        for (const job of jobs) {
          io.stdout.write(
            `${job.status.padEnd(8)} ${job.runAt}  ${job.kind.padEnd(20)} ${job.id}${job.attempts ? `  (${job.attempts}/${job.maxAttempts})` : ''}${job.lastError ? `  ${job.lastError}` : ''}\n`,
          );
        }
        return ExitCode.ok;
      }
      const now = clock.now();
      if (parsed.values['dry-run']) {
        const due = (await storage.repos.jobs.list(['pending'], 1000)).filter(
          (j) => j.runAt <= now.toISOString(),
        );
        io.stdout.write(
          `${cliText(io.lang, 'cli.jobs.due', { at: now.toISOString(), count: due.length })}\n`,
        );
        for (const job of due) io.stdout.write(`  ${job.kind.padEnd(20)} ${job.id}\n`);
        const planned = await services.followupJobs.plan(dayOf(now));
        io.stdout.write(
          `${cliText(io.lang, 'cli.jobs.reminders', { day: dayOf(now), count: planned.length })}\n`,
        );
        for (const p of planned) {
          // The recipient stays a code (leader, participant), as the status and kind of a job above.
          const reminder = cliText(io.lang, 'cli.jobs.reminder', {
            agreement: p.agreementId,
            recipient: p.recipient === 'leader' ? 'leader' : 'participant',
            deadline: p.deadline,
            offset: `${p.offset >= 0 ? '+' : ''}${p.offset}`,
          });
          io.stdout.write(`  ${reminder}\n`);
        }
        return ExitCode.ok;
      }
      await services.followupJobs.ensureScheduled();
      const results = await services.jobs.runDue();
      const counts = new Map<string, number>();
      for (const r of results)
        counts.set(`${r.kind} ${r.outcome}`, (counts.get(`${r.kind} ${r.outcome}`) ?? 0) + 1);
      io.stdout.write(`${cliText(io.lang, 'cli.jobs.ran', { count: results.length })}\n`);
      for (const [key, n] of counts) io.stdout.write(`  ${key}: ${n}\n`);
      return results.some((r) => r.outcome === 'failed') ? ExitCode.failure : ExitCode.ok;
    } finally {
      await mailer?.close();
      await storage.close();
    }
  },
};
