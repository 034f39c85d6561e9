// The participant's side: everything reached through a personal link. No account, no session: the link
// token is the key, checked on every request (exists, not revoked, not expired, participant still there).
// Reading never changes anything (mail scanners open links); every answer is a separate, audited change.
import {
  AppError,
  buildReport,
  dayOf,
  answersOnto,
  type Conversation,
  type Language,
  type Organisation,
  type Participant,
  type Report,
  type ReportInput,
  type agreementAnswerInputSchema,
  type agreementDoneInputSchema,
  type feedbackAnswerSchema,
  type summaryAnswerSchema,
} from '../core/index.ts';
import type { z } from 'zod';
import type { Repositories, StoredLink } from '../storage/index.ts';
import { writeAudit, type Context } from './context.ts';
import type { JobQueue } from './jobs.ts';
import { hashToken } from './secrets.ts';
import { NOTICE_MAIL_JOB } from './sharing.service.ts';
import { loadReportInput } from './report.service.ts';
import { renderReportFile, type RenderedFile } from '../render/index.ts';

/** Everything a participant's page shows, for one link. */
export interface ParticipantView {
  /** The record as this participant may see it, for the version they were given. */
  report: Report;
  participant: Participant;
  organisation: Organisation;
  lang: Language;
  version: number;
  linkExpiresAt: string;
  /** They gave feedback already (also when anonymously). */
  feedbackGiven: boolean;
  /** Their own agreements still open (to mark done) and whether each can still be answered. */
  liveAgreements: Map<string, { status: string; revision: number }>;
}

/** Where a link leads, once checked. */
interface Resolved {
  link: StoredLink;
  participant: Participant;
  live: Conversation;
  version: number;
  shown: Conversation;
}

/** How long notices of one conversation are gathered into one mail to the leader. */
const NOTICE_WINDOW_MS = 10 * 60 * 1000;

/** Use cases of a participant, through their link. */
export function participantService(ctx: Context, jobs: JobQueue) {
  /** Checks a token and finds what it leads to; the same answer for every kind of bad link but expiry. */
  async function resolve(repos: Repositories, token: string): Promise<Resolved> {
    // A token is 43 base64url characters; anything else is not worth a database lookup.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new AppError('link_invalid');
    const link = await repos.links.findByHash(hashToken(token));
    if (!link || link.revokedAt !== null) throw new AppError('link_invalid');
    if (link.expiresAt <= ctx.now()) throw new AppError('link_expired');
    const live = await repos.conversations.load(link.conversationId);
    const participant = live?.participants.find((p) => p.id === link.participantId);
    if (!live || !participant) throw new AppError('link_invalid');
    // The latest version given to this participant by any channel (a mail, a handout, a copied link).
    const given = (await repos.deliveries.forConversation(live.id)).filter(
      (d) =>
        d.participantId === participant.id &&
        (d.state === 'sent' || d.state === 'made' || d.state === 'sending' || d.linkId === link.id),
    );
    const version = Math.max(0, ...given.map((d) => d.version));
    const shown = version > 0 ? (await repos.versions.find(live.id, version))?.content : null;
    if (!shown) throw new AppError('link_invalid');
    return { link, participant, live, version, shown };
  }

  async function reportInput(
    repos: Repositories,
    resolved: Resolved,
    lang: Language,
  ): Promise<{ input: ReportInput; organisation: Organisation }> {
    const [organisation, versions, input] = await Promise.all([
      repos.organisation.get(),
      repos.versions.list(resolved.live.id),
      loadReportInput(repos, answersOnto(resolved.live, resolved.shown), lang),
    ]);
    const version = versions.find((v) => v.number === resolved.version)!;
    return {
      organisation: organisation ?? { id: '', name: '', createdAt: '', contact: null },
      input: { ...input, version: { number: version.number, createdAt: version.createdAt } },
    };
  }

  /** Tells the leader (a badge now, a mail within ten minutes when mail is set up). */
  async function notify(
    repos: Repositories,
    resolved: Resolved,
    kind: 'summary_corrected' | 'agreement_questioned' | 'agreement_done' | 'feedback_given',
    details: Record<string, unknown>,
    anonymous = false,
  ): Promise<void> {
    const at = ctx.now();
    await repos.notifications.add({
      id: ctx.ids.id(),
      userId: resolved.live.leaderId,
      conversationId: resolved.live.id,
      participantId: anonymous ? null : resolved.participant.id,
      kind,
      details,
      createdAt: at,
      readAt: null,
    });
    if (ctx.mailer) {
      // One mail per conversation and window, however many answers arrive in it.
      const window = Math.floor(ctx.clock.now().getTime() / NOTICE_WINDOW_MS) + 1;
      await jobs.enqueue(
        repos,
        NOTICE_MAIL_JOB,
        { conversationId: resolved.live.id, userId: resolved.live.leaderId },
        {
          idempotencyKey: `notice:${resolved.live.id}:${window}`,
          runAt: new Date(window * NOTICE_WINDOW_MS),
        },
      );
    }
  }

  /** Runs one answer of a participant in a transaction: check the link, note the visit, audit. */
  async function act(
    token: string,
    action: string,
    work: (repos: Repositories, resolved: Resolved, at: string) => Promise<Record<string, unknown> | void>,
    options: { anonymous?: boolean } = {},
  ): Promise<void> {
    await ctx.storage.transaction(async (repos) => {
      const resolved = await resolve(repos, token);
      const at = ctx.now();
      await repos.participants.markOpened(resolved.live.id, resolved.participant.id, at);
      const details = (await work(repos, resolved, at)) ?? {};
      // What the leader's devices hold is outdated now: their next write of this conversation is compared
      // with the answer first, so a queued change never silently overwrites it.
      await repos.conversations.raiseRevision(resolved.live.id);
      await writeAudit(ctx, repos, {
        at,
        userId: null,
        conversationId: resolved.live.id,
        action: `participant.${action}`,
        // Anonymous feedback: the log keeps that it came, never from whom.
        details: {
          ...(options.anonymous ? {} : { participantId: resolved.participant.id }),
          version: resolved.version,
          ...details,
        },
      });
    });
    jobs.wake();
  }

  return {
    /** What the link leads to, for the page (read only: nothing is written). */
    async view(token: string, language?: Language): Promise<ParticipantView> {
      const repos = ctx.storage.repos;
      const resolved = await resolve(repos, token);
      const lang = language ?? resolved.participant.language;
      const { input, organisation } = await reportInput(repos, resolved, lang);
      return {
        report: buildReport(input, { kind: 'participant', participantId: resolved.participant.id }),
        participant: resolved.participant,
        organisation,
        lang,
        version: resolved.version,
        linkExpiresAt: resolved.link.expiresAt,
        feedbackGiven: (await repos.participants.feedbackAt(resolved.participant.id)) !== null,
        liveAgreements: new Map(
          resolved.live.closing.agreements.map((a) => [a.id, { status: a.status, revision: a.revision }]),
        ),
      };
    },

    /** The report input of the link's version (for downloads: PDF, calendar, contact card). */
    async reportFor(token: string): Promise<{ input: ReportInput; participantId: string }> {
      const repos = ctx.storage.repos;
      const resolved = await resolve(repos, token);
      const { input } = await reportInput(repos, resolved, resolved.participant.language);
      return { input, participantId: resolved.participant.id };
    },

    /** The record of the link's version as a file: PDF, calendar (only what concerns them) or contact card. */
    async download(token: string, format: 'pdf' | 'ics' | 'vcf'): Promise<RenderedFile> {
      const repos = ctx.storage.repos;
      const resolved = await resolve(repos, token);
      const { input } = await reportInput(repos, resolved, resolved.participant.language);
      const report = buildReport(input, { kind: 'participant', participantId: resolved.participant.id });
      return renderReportFile(report, format, { now: ctx.clock.now(), pdf: ctx.pdf });
    },

    /** Whether PDFs can be made here (a browser to print them is configured). */
    pdfAvailable: ctx.pdf !== null,

    /** The organisation, for the page a bad link gets (its general contact). */
    async organisation(): Promise<Organisation | null> {
      return ctx.storage.repos.organisation.get();
    },

    /** A person is looking at the page (the page's script says so after they scroll, tap or type). */
    async opened(token: string): Promise<void> {
      await ctx.storage.transaction(async (repos) => {
        const resolved = await resolve(repos, token);
        if (resolved.participant.openedAt) return;
        await repos.participants.markOpened(resolved.live.id, resolved.participant.id, ctx.now());
        await writeAudit(ctx, repos, {
          userId: null,
          conversationId: resolved.live.id,
          action: 'participant.opened',
          details: { participantId: resolved.participant.id, version: resolved.version },
        });
      });
    },

    /** "Klopt", or a correction: the answer names the version and the words it was given to. */
    async answerSummary(token: string, input: z.output<typeof summaryAnswerSchema>): Promise<void> {
      await act(token, 'summary_answered', async (repos, resolved, at) => {
        await repos.confirmations.set(resolved.live.id, resolved.participant.id, {
          state: input.answer,
          correction: input.answer === 'corrected' ? input.correction : '',
          summaryRevision: resolved.shown.closing.summary.revision,
          source: 'participant',
          version: resolved.version,
          answeredAt: at,
        });
        if (input.answer === 'corrected')
          await notify(repos, resolved, 'summary_corrected', { version: resolved.version });
        return { state: input.answer };
      });
    },

    /** "Akkoord", or "not achievable / not acceptable, because …" for one agreement of the version shown. */
    async answerAgreement(
      token: string,
      agreementId: string,
      input: z.output<typeof agreementAnswerInputSchema>,
    ): Promise<void> {
      await act(token, 'agreement_answered', async (repos, resolved, at) => {
        const shown = resolved.shown.closing.agreements.find((a) => a.id === agreementId);
        if (!shown) throw new AppError('agreement_not_found');
        if (!resolved.live.closing.agreements.some((a) => a.id === agreementId))
          throw new AppError('agreement_gone');
        await repos.answers.setAgreementAnswer({
          conversationId: resolved.live.id,
          agreementId,
          participantId: resolved.participant.id,
          state: input.answer,
          reason: input.answer === 'questioned' ? input.reason : '',
          agreementRevision: shown.revision,
          version: resolved.version,
          answeredAt: at,
        });
        if (input.answer === 'questioned')
          await notify(repos, resolved, 'agreement_questioned', { agreementId, version: resolved.version });
        return { agreementId, state: input.answer };
      });
    },

    /** The participant's own agreement is done, with a short note (the leader can reopen it). */
    async markDone(
      token: string,
      agreementId: string,
      input: z.output<typeof agreementDoneInputSchema>,
    ): Promise<void> {
      await act(token, 'agreement_done', async (repos, resolved, at) => {
        const agreement = resolved.live.closing.agreements.find((a) => a.id === agreementId);
        if (!agreement) throw new AppError('agreement_gone');
        if (agreement.owner !== resolved.participant.id) throw new AppError('not_own_agreement');
        if (agreement.status !== 'done') {
          const { id: _id, history: _h, position: _p, answers: _a, ...fields } = agreement;
          await repos.agreements.update(resolved.live.id, agreementId, { ...fields, status: 'done' });
          await repos.agreements.addHistory(ctx.ids.id(), agreementId, {
            at,
            byUserId: null,
            byParticipantId: resolved.participant.id,
            status: 'done',
            note: input.note,
          });
          await notify(repos, resolved, 'agreement_done', { agreementId });
        }
        return { agreementId };
      });
    },

    /** One minute of feedback; with `anonymous`, nothing ties it to the participant for the leader. */
    async giveFeedback(token: string, input: z.output<typeof feedbackAnswerSchema>): Promise<void> {
      await act(
        token,
        'feedback_given',
        async (repos, resolved, at) => {
          if ((await repos.participants.feedbackAt(resolved.participant.id)) !== null)
            throw new AppError('feedback_already_given');
          await repos.answers.addFeedback({
            id: ctx.ids.id(),
            conversationId: resolved.live.id,
            participantId: input.anonymous ? null : resolved.participant.id,
            version: resolved.version,
            score: input.score,
            wentWell: input.wentWell,
            tip: input.tip,
            givenOn: dayOf(new Date(at)),
          });
          await repos.participants.markFeedback(resolved.live.id, resolved.participant.id, at);
          await notify(repos, resolved, 'feedback_given', { anonymous: input.anonymous }, input.anonymous);
          return { anonymous: input.anonymous };
        },
        { anonymous: input.anonymous },
      );
    },
  };
}
