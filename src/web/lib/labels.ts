// Words for the domain's codes (modes, statuses, steps), so screens never show a raw code.
import type { MessageKey } from '../../i18n/index.ts';
import type { ConversationMode, ConversationStatus, StepKey } from '../../core/index.ts';

/** The seven steps in order. A copy of core's STEP_KEYS: importing the value would pull zod into the bundle. */
export const STEPS = [
  'summary',
  'agreements',
  'expectations',
  'questions',
  'contact',
  'feedback',
  'thanks',
] as const satisfies readonly StepKey[];

// Compile-time check that the copy names every step of core.
type Missing = Exclude<StepKey, (typeof STEPS)[number]>;
const _everyStep: Missing extends never ? true : never = true;
void _everyStep;

export const MODES = ['in_person', 'phone', 'video'] as const satisfies readonly ConversationMode[];

export const modeLabel: Record<ConversationMode, MessageKey> = {
  in_person: 'web.mode.in_person',
  phone: 'web.mode.phone',
  video: 'web.mode.video',
};

export const statusLabel: Record<ConversationStatus, MessageKey> = {
  open: 'web.status.open',
  closing: 'web.status.closing',
  closed: 'web.status.closed',
};

export const stepTitle: Record<StepKey, MessageKey> = {
  summary: 'web.step.summary.title',
  agreements: 'web.step.agreements.title',
  expectations: 'web.step.expectations.title',
  questions: 'web.step.questions.title',
  contact: 'web.step.contact.title',
  feedback: 'web.step.feedback.title',
  thanks: 'web.step.thanks.title',
};

export const stepGuidance: Record<StepKey, MessageKey> = {
  summary: 'web.step.summary.guidance',
  agreements: 'web.step.agreements.guidance',
  expectations: 'web.step.expectations.guidance',
  questions: 'web.step.questions.guidance',
  contact: 'web.step.contact.guidance',
  feedback: 'web.step.feedback.guidance',
  thanks: 'web.step.thanks.guidance',
};

export const stepStateLabel: Record<'open' | 'done' | 'skipped', MessageKey> = {
  open: 'web.stepState.open',
  done: 'web.stepState.done',
  skipped: 'web.stepState.skipped',
};
