// Reading the leader's data with or without a network: from the server when it answers (and then kept in
// the user's store on this device), from the kept copy when it does not. The conversations in the list (the
// working set) are kept whole after every online visit of the list, so each can be opened, closed and read
// offline. A conversation made offline lives here under a local id until the server gives it its own.
import type {
  Conversation,
  ConversationInput,
  ConversationSummary,
  ConversationType,
  User,
} from '../../core/index.ts';
import { DEFAULT_QUESTION_ROUND_MINUTES, contactCardFor, dayOf, nextStepsFrom } from '../../core/index.ts';
import { api, isApiError, type ConversationQuery } from '../api/index.ts';
import { applyOps, isLocalId, localId, pendingConfirmation } from '../closing/op-model.ts';
import type { Op } from '../closing/sync.ts';
import { currentStore, userStorage } from './device.ts';

const TYPES = 'types';
const ALIASES = 'aliases';
const aliases = new Map<string, string>();

/** True when the failure means "no answer" (offline, server down), so the kept copy may stand in. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && error.retriable;
}

/** Loads the local-to-server ids of the user's store into memory (when the store opens). */
export async function loadAliases(): Promise<void> {
  aliases.clear();
  const stored = (await currentStore()?.meta<Record<string, string>>(ALIASES)) ?? {};
  for (const [from, to] of Object.entries(stored)) aliases.set(from, to);
}

/** The server id of a conversation made offline, once it has one (links to the local id keep working). */
export function resolveAlias(id: string): string {
  return aliases.get(id) ?? id;
}

/** Remembers that a conversation made offline now has a server id. */
export function rememberAlias(localId: string, serverId: string): void {
  aliases.set(localId, serverId);
  void currentStore()?.setMeta(ALIASES, Object.fromEntries(aliases));
}

/** Keeps the server's copy of a conversation on the device. */
export async function keepServerCopy(conversation: Conversation): Promise<void> {
  await currentStore()?.keepConversation(conversation);
}

/** A conversation made offline reached the server: its copy moves to the server's id. */
export async function moveLocalConversation(localId: string, conversation: Conversation): Promise<void> {
  const store = currentStore();
  if (!store) return;
  await store.keepConversation(conversation);
  await store.forgetConversation(localId);
}

/** The queued changes of a conversation, as kept on the device. */
export function pendingOps(conversationId: string): Op[] {
  try {
    const raw = userStorage().getItem(`sluitstuk:pending:${conversationId}`);
    return raw ? ((JSON.parse(raw) as { pending?: Op[] }).pending ?? []) : [];
  } catch {
    return [];
  }
}

/** A conversation and where it came from: the server now, or the copy kept on this device. */
export interface Loaded {
  conversation: Conversation;
  fromDevice: boolean;
}

/** A conversation from the server (kept on the device), or the kept copy when the server cannot be reached. */
export async function loadConversation(id: string, early?: Promise<Conversation>): Promise<Loaded> {
  const resolved = resolveAlias(id);
  const store = currentStore();
  if (isLocalId(resolved)) {
    const kept = await store?.conversation(resolved);
    if (kept) return { conversation: kept.conversation, fromDevice: true };
    throw new Error('local conversation missing');
  }
  try {
    const conversation = await (early
      ? early.catch(() => api.conversation(resolved))
      : api.conversation(resolved));
    void store?.keepConversation(conversation);
    return { conversation, fromDevice: false };
  } catch (error) {
    if (isApiError(error) && error.status === 404) void store?.forgetConversation(resolved);
    if (!isUnreachable(error)) throw error;
    const kept = await store?.conversation(resolved);
    if (!kept) throw error;
    return { conversation: kept.conversation, fromDevice: true };
  }
}

/** The kept copy with the changes still waiting on top: what the record shows while offline. */
export function withPending(conversation: Conversation, now: string): Conversation {
  return applyOps(conversation, pendingOps(conversation.id), now);
}

function summaryOf(conversation: Conversation): ConversationSummary {
  return {
    id: conversation.id,
    typeId: conversation.typeId,
    title: conversation.title,
    startsAt: conversation.startsAt,
    mode: conversation.mode,
    leaderId: conversation.leaderId,
    status: conversation.status,
    participantNames: conversation.participants.map((p) => p.name),
    updatedAt: conversation.updatedAt,
    revision: conversation.revision,
    latestVersion: conversation.latestVersion,
    unread: conversation.unread,
  };
}

/** The list, filtered on the device as the server would (newest start first). */
function listOnDevice(
  kept: Conversation[],
  query: ConversationQuery,
): { items: ConversationSummary[]; total: number } {
  const q = query.q?.trim().toLowerCase();
  const matching = kept.filter((c) => {
    const day = dayOf(new Date(c.startsAt));
    return (
      (!q || c.title.toLowerCase().includes(q)) &&
      (!query.typeId || c.typeId === query.typeId) &&
      (!query.status || c.status === query.status) &&
      (!query.from || day >= query.from) &&
      (!query.to || day <= query.to)
    );
  });
  matching.sort(
    (a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { items: matching.map(summaryOf), total: matching.length };
}

/** The list with the changes waiting on this device (a finish queued offline shows as closed). */
async function keptConversations(now: string): Promise<Conversation[]> {
  const kept = (await currentStore()?.conversations()) ?? [];
  return kept.map((entry) => withPending(entry.conversation, now));
}

/** The list of conversations: the server's, or the one on this device when the server cannot be reached. */
export async function listConversations(
  query: ConversationQuery,
  now: string,
  early?: Promise<{ items: ConversationSummary[]; total: number }>,
  signal?: AbortSignal,
): Promise<{ items: ConversationSummary[]; total: number; fromDevice: boolean }> {
  try {
    const answer = await (early
      ? early.catch(() => api.conversations(query, signal))
      : api.conversations(query, signal));
    const local = (await currentStore()?.conversations())?.filter((entry) => entry.local) ?? [];
    const unfiltered = Object.values(query).every((value) => value === undefined || value === '');
    if (unfiltered) void keepWorkingSet(answer.items);
    // Made offline and not on the server yet: listed first, so the leader finds what they just made.
    const made = listOnDevice(
      local.map((entry) => withPending(entry.conversation, now)),
      query,
    );
    return { items: [...made.items, ...answer.items], total: answer.total + made.total, fromDevice: false };
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    return { ...listOnDevice(await keptConversations(now), query), fromDevice: true };
  }
}

let keeping: Promise<void> | null = null;

/**
 * Keeps every conversation of the list whole on the device (those that changed since they were kept), and
 * forgets kept ones that left the list, unless they still have changes waiting or were made here.
 */
export function keepWorkingSet(items: ConversationSummary[]): Promise<void> {
  keeping ??= (async () => {
    const store = currentStore();
    if (!store) return;
    const kept = new Map((await store.conversations()).map((entry) => [entry.id, entry]));
    for (const item of items) {
      const copy = kept.get(item.id);
      if (copy && copy.conversation.revision === item.revision) continue;
      try {
        await store.keepConversation(await api.conversation(item.id));
      } catch {
        // Offline again, or gone: the next visit of the list tries again.
        return;
      }
    }
    const listed = new Set(items.map((item) => item.id));
    for (const [id, entry] of kept) {
      if (listed.has(id) || entry.local || pendingOps(id).length > 0) continue;
      await store.forgetConversation(id);
    }
  })().finally(() => {
    keeping = null;
  });
  return keeping;
}

/** The organisation's conversation types: the server's (kept on the device), or the kept ones. */
export async function conversationTypes(early?: Promise<ConversationType[]>): Promise<ConversationType[]> {
  const store = currentStore();
  try {
    const types = await (early ? early.catch(() => api.conversationTypes()) : api.conversationTypes());
    void store?.setMeta(TYPES, types);
    return types;
  } catch (error) {
    const kept = isUnreachable(error) ? await store?.meta<ConversationType[]>(TYPES) : undefined;
    if (!kept) throw error;
    return kept;
  }
}

/** What the new-conversation form sends (the API's input, every field given). */
export interface NewConversation extends Required<Omit<ConversationInput, 'participants'>> {
  participants: {
    name: string;
    role: string;
    email: string | null;
    phone: string | null;
    contactConsent: boolean;
    /** The language of the participant's page and mail (Dutch unless chosen). */
    language?: 'nl' | 'en';
  }[];
}

/**
 * A conversation made on this device, as the server would start it (next steps of its type with their
 * dates, the leader's contact card), under local ids until the server gives its own.
 */
export function localConversation(
  input: NewConversation,
  type: ConversationType,
  user: User,
  now: string,
): Conversation {
  const participants = input.participants.map((p) => ({
    id: localId(),
    name: p.name,
    role: p.role,
    email: p.email,
    phone: p.phone,
    contactConsent: p.contactConsent,
    consentRecordedAt: p.contactConsent ? now : null,
    language: p.language ?? 'nl',
    openedAt: null,
  }));
  const day = dayOf(new Date(input.startsAt));
  const step = () => ({ state: 'open' as const, skipReason: null });
  return {
    id: localId(),
    typeId: type.id,
    title: input.title,
    startsAt: input.startsAt,
    mode: input.mode,
    leaderId: user.id,
    status: 'open',
    participants,
    closing: {
      steps: {
        summary: step(),
        agreements: step(),
        expectations: step(),
        questions: step(),
        contact: step(),
        feedback: step(),
        thanks: step(),
      },
      summary: {
        text: '',
        revision: 1,
        confirmations: participants.map((p) => pendingConfirmation(p.id, 1)),
      },
      agreements: [],
      // The same dates the server computes (statutory terms by their rule); the statutory explanation in words
      // is written by the server and arrives with its copy once the conversation is sent.
      expectations: nextStepsFrom(type, day).map((next, position) => ({
        id: localId(),
        label: next.label,
        date: next.date,
        note: next.note,
        legal: next.legal ? { rule: next.legal.rule, variant: next.legal.variant, from: day } : null,
        source: 'template',
        position,
      })),
      questions: [],
      questionRound: { targetMinutes: DEFAULT_QUESTION_ROUND_MINUTES, startedAt: null },
      contact: { card: contactCardFor(user), shared: false },
      feedback: { asked: false, notes: '', responses: [] },
      thanks: { said: false, closingMessage: '' },
    },
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    revision: 0,
    latestVersion: null,
    unread: 0,
  };
}
