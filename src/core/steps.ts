// The seven steps of closing a conversation, in the order the method prescribes (docs/ARCHITECTURE.md).

/** Step keys, in order. */
export const STEP_KEYS = [
  'summary',
  'agreements',
  'expectations',
  'questions',
  'contact',
  'feedback',
  'thanks',
] as const;

export type StepKey = (typeof STEP_KEYS)[number];

/** Where a step stands: not yet handled, done, or deliberately skipped (with a reason). */
export type StepState = 'open' | 'done' | 'skipped';

export interface StepStatus {
  state: StepState;
  /** Why the step was skipped; required when state is 'skipped'. */
  skipReason: string | null;
}

/** A fresh record of all seven steps, each open. */
export function openSteps(): Record<StepKey, StepStatus> {
  return Object.fromEntries(STEP_KEYS.map((key) => [key, { state: 'open', skipReason: null }])) as Record<
    StepKey,
    StepStatus
  >;
}

/** True when the value is one of the seven step keys. */
export function isStepKey(value: string): value is StepKey {
  return (STEP_KEYS as readonly string[]).includes(value);
}
