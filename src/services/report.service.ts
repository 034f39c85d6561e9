// The record of a conversation as a report model and as files: everything the report needs is loaded here
// (organisation, type, leader, participants' answers) and handed to core's buildReport; render/ makes the
// formats. Authorised like the record itself: someone else's conversation answers conversation_not_found.
import {
  AppError,
  buildReport,
  canReadConversation,
  type Actor,
  type Conversation,
  type Report,
  type ReportAudience,
  type ReportInput,
} from '../core/index.ts';
import type { Lang } from '../i18n/index.ts';
import { renderReportFile, type RenderedFile, type ReportFormat } from '../render/index.ts';
import type { Repositories } from '../storage/index.ts';
import { writeAudit, type Context } from './context.ts';

/** Which version of the record, for whom, in which language. */
export interface ReportRequest {
  audience: 'leader' | 'participants' | 'participant';
  /** Required when audience is 'participant'. */
  participantId?: string;
  lang: Lang;
  /** HTML only: the body with its stylesheet, to place inside another page. */
  embed?: boolean;
}

/** The input of buildReport for a conversation, read in one place so every format gets the same facts. */
export async function loadReportInput(
  repos: Repositories,
  conversation: Conversation,
  lang: Lang,
): Promise<ReportInput> {
  const [organisation, type, leader] = await Promise.all([
    repos.organisation.get(),
    repos.conversationTypes.find(conversation.typeId),
    repos.users.find(conversation.leaderId),
  ]);
  return {
    organisation: { name: organisation?.name ?? '' },
    conversation,
    typeName: type?.name ?? '',
    leader: { name: leader?.name ?? '', contactCard: leader?.contactCard ?? null },
    // Until a record is shared it has no version: the report is the current state.
    version: null,
    lang,
  };
}

/** The audience of a request, checked against the conversation's participants. */
function audienceOf(conversation: Conversation, request: ReportRequest): ReportAudience {
  if (request.audience === 'leader') return { kind: 'leader' };
  if (request.audience === 'participants') return { kind: 'participants' };
  const participantId = request.participantId ?? '';
  if (!conversation.participants.some((p) => p.id === participantId))
    throw new AppError('participant_not_found', { field: 'participantId' });
  return { kind: 'participant', participantId };
}

/** Use cases of the record as a report. */
export function reportService(ctx: Context) {
  async function readable(actor: Actor, conversationId: string): Promise<Conversation> {
    const conversation = await ctx.storage.repos.conversations.load(conversationId);
    if (!conversation || !canReadConversation(actor, conversation))
      throw new AppError('conversation_not_found');
    return conversation;
  }

  async function build(actor: Actor, conversationId: string, request: ReportRequest): Promise<Report> {
    const conversation = await readable(actor, conversationId);
    const audience = audienceOf(conversation, request);
    return buildReport(await loadReportInput(ctx.storage.repos, conversation, request.lang), audience);
  }

  return {
    /** The report model of a conversation the actor may read, for one audience. */
    build,
    /**
     * The record as a file for the server's own terminal (`sluitstuk report`, archiving and scripts): whoever
     * runs it has the database already, so no leader is asked; the export is written to the audit log.
     */
    async export(
      conversationId: string,
      format: ReportFormat,
      request: ReportRequest,
    ): Promise<RenderedFile> {
      const conversation = await ctx.storage.repos.conversations.load(conversationId);
      if (!conversation) throw new AppError('conversation_not_found');
      const audience = audienceOf(conversation, request);
      const report = buildReport(
        await loadReportInput(ctx.storage.repos, conversation, request.lang),
        audience,
      );
      const file = await renderReportFile(report, format, { now: ctx.clock.now(), pdf: ctx.pdf, link: null });
      await writeAudit(ctx, ctx.storage.repos, {
        userId: null,
        conversationId,
        action: 'report.exported',
        details: { format, audience: request.audience },
      });
      return file;
    },
    /** The record as a file in one format (PDF needs the PDF renderer; without it: pdf_unavailable). */
    async file(
      actor: Actor,
      conversationId: string,
      format: ReportFormat,
      request: ReportRequest,
    ): Promise<RenderedFile> {
      const report = await build(actor, conversationId, request);
      return renderReportFile(report, format, {
        now: ctx.clock.now(),
        pdf: ctx.pdf,
        link: null,
        embed: request.embed ?? false,
      });
    },
  };
}
