// Which rule each field of a queued change follows, so the save queue holds back what the server would refuse
// (and says why, at the field) instead of sending it and losing it.
import type { FieldProblem, StepKey } from '../../core/index.ts';
import { RULES, problemOf, type Rule } from '../lib/rules.ts';

/** A fresh queue key for a change that creates something ('create:agreement:…'), unique on this device. */
export function createKey(kind: string): string {
  return `create:${kind}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The kind of change a queue key stands for: 'agreement' for 'agreement:…' and 'create:agreement:…'. */
export function opKind(key: string): string {
  const parts = key.split(':');
  return parts[0] === 'create' ? (parts[1] ?? '') : (parts[0] ?? '');
}

const AGREEMENT_RULES: Record<string, Rule> = {
  sourceText: RULES.agreementText,
  action: RULES.agreementText,
  measure: RULES.measure,
  deadline: RULES.day,
  statusNote: RULES.statusNote,
};

const OP_RULES: Record<string, Record<string, Rule>> = {
  summary: { text: RULES.summary },
  confirm: { correction: RULES.correction },
  agreement: AGREEMENT_RULES,
  // A question of step 4 that becomes an agreement: the same fields.
  followup: AGREEMENT_RULES,
  expectation: { label: RULES.expectationLabel, note: RULES.note, date: RULES.day },
  question: { text: RULES.question, answer: RULES.answer },
  participant: {
    name: RULES.personName,
    role: RULES.role,
    email: RULES.optionalEmail,
    phone: RULES.phone,
  },
  feedback: { notes: RULES.feedbackNotes },
  thanks: { closingMessage: RULES.closingMessage },
  step: { skipReason: RULES.skipReason },
  'question-round': { targetMinutes: RULES.minutes },
};

/** The problems of a change's fields; a field the change does not carry is not checked. */
export function checkOp(key: string, body: Record<string, unknown> | undefined): FieldProblem[] {
  const rules = OP_RULES[opKind(key)] ?? {};
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(body ?? {})) {
    const rule = rules[field];
    // A skip reason is only needed when skipping; null when the step opens again.
    if (!rule || (field === 'skipReason' && value === null)) continue;
    const problem = problemOf(value, rule);
    if (problem) problems.push({ path: field, ...problem });
  }
  return problems;
}

const STEP_OF_KIND: Record<string, StepKey> = {
  summary: 'summary',
  confirm: 'summary',
  agreement: 'agreements',
  expectation: 'expectations',
  question: 'questions',
  'question-round': 'questions',
  followup: 'questions',
  contact: 'contact',
  participant: 'contact',
  feedback: 'feedback',
  thanks: 'thanks',
};

/** The step whose screen shows the fields of a queued change (a new participant: the first step's header). */
export function stepOfOp(key: string): StepKey {
  if (key.startsWith('create:participant:')) return 'summary';
  if (key.startsWith('step:')) return key.slice(5) as StepKey;
  return STEP_OF_KIND[opKind(key)] ?? 'summary';
}
