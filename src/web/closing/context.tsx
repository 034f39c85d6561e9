// What every step of the closing screen needs: the conversation (with the leader's unsaved input on top)
// and the save queue.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Conversation, User } from '../../core/index.ts';
import { isMessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { saidOf, type Said } from '../components/form.tsx';
import type { ClosingSync, Op, Refusal, SyncSnapshot } from './sync.ts';

export interface ClosingContextValue {
  conversation: Conversation;
  sync: ClosingSync;
  snapshot: SyncSnapshot;
  user: User;
  /** The conversation's day, 'YYYY-MM-DD' (relative deadlines are read against it). */
  day: string;
}

export const ClosingContext = createContext<ClosingContextValue | null>(null);

/** The closing being edited. */
export function useClosing(): ClosingContextValue {
  const value = useContext(ClosingContext);
  if (!value) throw new Error('useClosing outside ClosingContext');
  return value;
}

/** Subscribes a component to the save queue. */
export function useSyncSnapshot(sync: ClosingSync): SyncSnapshot {
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
}

/** A value as the leader last typed it: their waiting change if any, otherwise the server's. */
export function useDraft<T>(key: string, field: string, serverValue: T): T {
  const { snapshot } = useClosing();
  const draft = snapshot.pending.get(key)?.body?.[field];
  return draft === undefined ? serverValue : (draft as T);
}

/** The attribute that finds a queued field on the page, to move the focus there when its change is refused. */
export function saveFieldSelector(key: string, field: string): string {
  return `[data-save-field="${CSS.escape(`${key}|${field}`)}"]`;
}

/** What to say about a refusal of a whole change: the error code's message, or "this no longer exists". */
export function saidOfRefusal(refusal: Refusal): Said {
  if (refusal.code.endsWith('_not_found')) return { key: 'form.save.gone' };
  const key = `error.${refusal.code}`;
  return isMessageKey(key) ? { key } : { key: 'web.error.unexpected' };
}

/**
 * What a held or refused new item says at each field of its form: each field problem at its field (`fieldOf`
 * maps the API's path to the form's field), else the refusal of the whole change at `whole`.
 */
export function saidAtFields<F extends string>(
  op: Op,
  fields: readonly F[],
  whole: F,
  fieldOf: (path: string) => string = (path) => path,
): Partial<Record<F, Said>> {
  const found: Partial<Record<F, Said>> = {};
  for (const problem of op.problems ?? []) {
    const field = fieldOf(problem.path);
    if ((fields as readonly string[]).includes(field)) found[field as F] ??= saidOf(problem);
  }
  if (!op.problems?.length && op.refused) found[whole] = saidOfRefusal(op.refused);
  return found;
}

/** Words for a refusal of a whole change, in the language on screen. */
export function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useI18n();
  return (refusal) => {
    const said = saidOfRefusal(refusal);
    return t(said.key, said.params);
  };
}

/** A field of a queued change: the leader's latest value over the server's, what is wrong with it, and the
 * attribute that lets the page put the focus on it. */
export function useQueuedField<T>(key: string, field: string, serverValue: T) {
  const { snapshot } = useClosing();
  const { t } = useI18n();
  const refusalText = useRefusalText();
  const op = snapshot.pending.get(key);
  const draft = op?.body?.[field];
  const problem = op?.problems?.find((p) => p.path === field);
  let error: string | null = null;
  if (problem) error = t(`validation.${problem.code}`, problem.params);
  // A change refused as a whole is marked at every field it carries: one of them is on screen.
  else if (op?.refused && !op.problems?.length && draft !== undefined) error = refusalText(op.refused);
  return {
    value: (draft === undefined ? serverValue : draft) as T,
    error,
    fieldProps: { 'data-save-field': `${key}|${field}` },
  };
}

/** Base path of the conversation's API routes. */
export function basePath(conversation: Conversation): string {
  return `/conversations/${encodeURIComponent(conversation.id)}`;
}

/** The name of an owner reference: the leader, a participant, or empty. */
export function ownerName(conversation: Conversation, user: User, owner: string | null): string {
  if (!owner) return '';
  if (owner === 'leader') return conversation.closing.contact.card?.name || user.name;
  return conversation.participants.find((p) => p.id === owner)?.name ?? '';
}

// Fields the leader asked to go to ("Naar het veld") while they were on another step: the first one on screen
// is focused once that step is shown.
let wantedFields: string[] = [];

function focusField(element: HTMLElement): void {
  const details = element.closest('details');
  if (details) details.open = true;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/** Where a held change can be shown: the fields its problems name, then the fields it carries. */
function candidatesOf(op: Op): string[] {
  const fields = [...(op.problems ?? []).map((p) => p.path), ...Object.keys(op.body ?? {})];
  return [...new Set(fields)].map((field) => saveFieldSelector(op.key, field));
}

/**
 * Puts the focus on the field of a held change (opening what hides it). When none is on screen and
 * `remember`, the field is focused once its step is shown (after navigating there).
 */
export function focusHeld(op: Op, remember = false): boolean {
  const candidates = candidatesOf(op);
  for (const selector of candidates) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      focusField(element);
      return true;
    }
  }
  if (remember) wantedFields = candidates;
  return false;
}

/** Focuses the field asked for before navigating, after the page has moved the focus to its heading. */
export function takeWantedField(): void {
  if (wantedFields.length === 0) return;
  const selectors = wantedFields;
  window.setTimeout(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        wantedFields = [];
        focusField(element);
        return;
      }
    }
  }, 0);
}
