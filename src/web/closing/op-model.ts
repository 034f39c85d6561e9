// What a queued change means for the conversation it changes: which value of the conversation each field of
// an operation sets (to tell a change on another device from our own, see conflict.ts), and how the queue
// looks applied to the last known copy (the record and the closing check while offline). One place for the
// meaning of the save queue's keys, which the step screens choose ('summary', 'agreement:<id>', …).
import type {
  Agreement,
  Confirmation,
  Conversation,
  Expectation,
  Participant,
  Question,
  StepKey,
} from '../../core/index.ts';
import type { Op } from './sync.ts';

/** Marks an item that no longer exists in a copy (removed on another device). */
export const GONE = Object.freeze({ $gone: true }) as unknown;

/** The field name that stands for a whole item (a DELETE compares the item as a whole). */
export const WHOLE = '*';

/** The prefix of ids made on this device for things the server has not seen yet. */
export const LOCAL_PREFIX = 'local-';

/** True when the id was made on this device (the server gives its own on sync). */
export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}

/** A fresh id for a thing made on this device: unguessable, and recognisable as local. */
export function localId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return LOCAL_PREFIX + [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

interface ParsedKey {
  kind: string;
  id: string;
}

function parseKey(key: string): ParsedKey {
  const colon = key.indexOf(':');
  return colon < 0 ? { kind: key, id: '' } : { kind: key.slice(0, colon), id: key.slice(colon + 1) };
}

type Item = Agreement | Expectation | Question | Participant;

function listOf(conversation: Conversation, kind: string): Item[] | null {
  switch (kind) {
    case 'agreement':
      return conversation.closing.agreements;
    case 'expectation':
      return conversation.closing.expectations;
    case 'question':
      return conversation.closing.questions;
    case 'participant':
      return conversation.participants;
    default:
      return null;
  }
}

/** The part of the conversation a single-value key stands for ('feedback' → closing.feedback). */
function sectionOf(conversation: Conversation, { kind, id }: ParsedKey): Record<string, unknown> | null {
  const { closing } = conversation;
  switch (kind) {
    case 'summary':
      return closing.summary;
    case 'question-round':
      return closing.questionRound;
    case 'contact':
      return closing.contact;
    case 'feedback':
      return closing.feedback;
    case 'thanks':
      return closing.thanks;
    case 'step':
      return closing.steps[id as StepKey] ?? null;
    case 'confirm':
      return (
        closing.summary.confirmations.find((c) => c.participantId === id) ?? {
          participantId: id,
          state: 'pending',
          correction: '',
        }
      );
    default:
      return null;
  }
}

/**
 * The value in `conversation` that field `field` of the change `key` sets; GONE when its item was removed;
 * undefined when the key is not one whose values can be compared (creations, finishing).
 */
export function readField(conversation: Conversation, key: string, field: string): unknown {
  const parsed = parseKey(key);
  const list = listOf(conversation, parsed.kind);
  if (list) {
    const item = list.find((candidate) => candidate.id === parsed.id);
    if (!item) return GONE;
    if (field === WHOLE) {
      // Position and history change with other edits; what the leader would lose is the rest.
      const { position: _p, history: _h, ...rest } = item as Item & { position?: number; history?: unknown };
      return rest;
    }
    return (item as unknown as Record<string, unknown>)[field];
  }
  const section = sectionOf(conversation, parsed);
  if (!section) return undefined;
  if (parsed.kind === 'confirm' && !conversation.participants.some((p) => p.id === parsed.id)) return GONE;
  return section[field];
}

/** True for keys whose fields can be compared with another device's (not creations, not finishing). */
export function isComparable(key: string): boolean {
  const { kind } = parseKey(key);
  return kind !== 'create' && kind !== 'finish';
}

/** Structural equality of JSON values (what the server sends and the queue keeps). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // A field the server does not have yet and one that is empty mean the same.
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameValue(value, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/** The fields that are what an agreement says (not its status or ticks). */
const AGREEMENT_WORDS = ['sourceText', 'owner', 'action', 'deadline', 'measure'] as const;

function defined(body: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body ?? {}).filter(([, value]) => value !== undefined));
}

/** The id a queued creation has in the local view until the server gives it one. */
export function pendingItemId(op: Op): string {
  return `${LOCAL_PREFIX}${op.key.split(':').slice(2).join(':')}`;
}

function applyOne(conversation: Conversation, op: Op, now: string): void {
  const parsed = parseKey(op.key);
  const body = defined(op.body);
  const { closing } = conversation;
  if (parsed.kind === 'create') {
    const what = parsed.id.split(':')[0];
    const id = pendingItemId(op);
    if (what === 'agreement') {
      closing.agreements.push({
        id,
        sourceText: '',
        owner: null,
        action: '',
        deadline: null,
        measure: '',
        acceptedBy: [],
        ...body,
        status: 'open',
        history: [],
        position: closing.agreements.length,
        revision: 1,
        answers: [],
      } as Agreement);
    } else if (what === 'expectation') {
      closing.expectations.push({
        id,
        label: '',
        date: null,
        note: '',
        legal: null,
        ...body,
        source: 'custom',
        position: closing.expectations.length,
      } as Expectation);
    } else if (what === 'question') {
      closing.questions.push({
        id,
        askedBy: null,
        text: '',
        answer: '',
        state: 'open',
        ...body,
        position: closing.questions.length,
      } as Question);
    } else if (what === 'participant') {
      conversation.participants.push({
        id,
        name: '',
        role: '',
        email: null,
        phone: null,
        contactConsent: false,
        language: 'nl',
        ...body,
        consentRecordedAt: body.contactConsent ? now : null,
        openedAt: null,
      } as Participant);
      closing.summary.confirmations.push(pendingConfirmation(id, closing.summary.revision));
    }
    return;
  }
  if (parsed.kind === 'finish') {
    conversation.status = 'closed';
    conversation.closedAt = now;
    return;
  }
  const list = listOf(conversation, parsed.kind);
  if (list) {
    const index = list.findIndex((item) => item.id === parsed.id);
    if (index < 0) return;
    if (op.method === 'DELETE') list.splice(index, 1);
    else {
      const { statusNote: _note, ...fields } = body;
      const item = list[index]!;
      // As the server does: new words make a new revision of the agreement (answers name the one they saw).
      if (
        parsed.kind === 'agreement' &&
        AGREEMENT_WORDS.some((f) => f in fields && !sameValue(fields[f], (item as Agreement)[f]))
      )
        (item as Agreement).revision += 1;
      Object.assign(item, fields);
    }
    return;
  }
  if (parsed.kind === 'summary') {
    // As the server does: a changed text is a new revision of the summary; earlier answers stay, marked as
    // given to an earlier text.
    if (typeof body.text === 'string' && body.text !== closing.summary.text) {
      closing.summary.text = body.text;
      closing.summary.revision += 1;
      for (const c of closing.summary.confirmations) c.current = c.revision === closing.summary.revision;
    }
    return;
  }
  if (parsed.kind === 'confirm') {
    const existing = closing.summary.confirmations.find((c) => c.participantId === parsed.id);
    if (existing) {
      // Recorded at the table, for the text as it reads now.
      Object.assign(existing, body, {
        revision: closing.summary.revision,
        current: true,
        source: 'leader',
        version: null,
        answeredAt: body.state === 'pending' ? null : now,
      });
      if (existing.state !== 'corrected') existing.correction = '';
    }
    return;
  }
  if (parsed.kind === 'step') {
    const step = closing.steps[parsed.id as StepKey];
    if (!step) return;
    step.state = body.state as typeof step.state;
    step.skipReason = body.state === 'skipped' ? String(body.skipReason ?? '') : null;
    if (conversation.status === 'open' && body.state !== 'open') conversation.status = 'closing';
    return;
  }
  const section = sectionOf(conversation, parsed);
  if (section) Object.assign(section, body);
}

/** A participant's confirmation before anyone answered, for the summary's revision `revision`. */
export function pendingConfirmation(participantId: string, revision: number): Confirmation {
  return {
    participantId,
    state: 'pending',
    correction: '',
    revision,
    current: true,
    source: 'leader',
    version: null,
    answeredAt: null,
  };
}

/** The conversation as it will be once the queue is sent: the record and the closing check while offline. */
export function applyOps(conversation: Conversation, ops: Iterable<Op>, now: string): Conversation {
  const copy = structuredClone(conversation);
  for (const op of [...ops].sort((a, b) => a.order - b.order)) applyOne(copy, op, now);
  return copy;
}

/**
 * Which local ids became which server ids when a conversation made on this device reached the server: the
 * conversation's own, its participants' (in the order given) and the next steps the type seeded (in order).
 */
export function idMapFor(local: Conversation, server: Conversation): Map<string, string> {
  const map = new Map<string, string>([[local.id, server.id]]);
  local.participants.forEach((participant, index) => {
    const match = server.participants[index];
    if (match && isLocalId(participant.id)) map.set(participant.id, match.id);
  });
  const seeded = (c: Conversation) =>
    c.closing.expectations.filter((e) => e.source === 'template').sort((a, b) => a.position - b.position);
  const serverSeeded = seeded(server);
  seeded(local).forEach((expectation, index) => {
    const match = serverSeeded[index];
    if (match && isLocalId(expectation.id)) map.set(expectation.id, match.id);
  });
  return map;
}

function remapValue(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapValue(item, map));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapValue(v, map)]));
  return value;
}

function remapSegments(text: string, separator: string, map: ReadonlyMap<string, string>): string {
  return text
    .split(separator)
    .map((part) => {
      const decoded = separator === '/' ? safeDecode(part) : part;
      const mapped = map.get(decoded);
      return mapped === undefined ? part : separator === '/' ? encodeURIComponent(mapped) : mapped;
    })
    .join(separator);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The same change with local ids replaced by the server's (in its key, path, body and base values). */
export function remapOp(op: Op, map: ReadonlyMap<string, string>): Op {
  const next: Op = {
    ...op,
    key: remapSegments(op.key, ':', map),
    path: remapSegments(op.path, '/', map),
  };
  if (op.body) next.body = remapValue(op.body, map) as Record<string, unknown>;
  if (op.base) next.base = remapValue(op.base, map) as Record<string, unknown>;
  return next;
}
