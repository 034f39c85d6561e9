// Loading one conversation with its whole closing record in a single statement: the conversation row joined to
// its closing row, and every child table aggregated into a JSON array by a correlated subquery. One round trip
// instead of nine; the text is built once per dialect, so Kysely compiles nothing per request.
import { CompiledQuery } from 'kysely';
import { RESPONSE_NOTIFICATION_KINDS } from '../../core/index.ts';
import { prepareOnPostgres, type DatabaseKind } from '../db.ts';

// The kinds are constants of core (no input of anyone's), so they can be written into the statement's text.
const RESPONSE_KINDS_SQL = RESPONSE_NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', ');

type Pairs = readonly (readonly [key: string, expression: string])[];

/**
 * A JSON array of objects, one per row of `from … where`, in `orderBy` order (an empty list when there are
 * no rows). SQLite: json_group_array(json_object(…) ORDER BY …) (ordered aggregates since 3.44);
 * PostgreSQL: json_agg(json_build_object(…) ORDER BY …), which is NULL for no rows, hence the coalesce.
 */
function jsonArray(kind: DatabaseKind, pairs: Pairs, fromWhere: string, orderBy: string): string {
  const fields = pairs.map(([key, expression]) => `'${key}', ${expression}`).join(', ');
  return kind === 'sqlite'
    ? `(select json_group_array(json_object(${fields}) order by ${orderBy}) ${fromWhere})`
    : `(select coalesce(json_agg(json_build_object(${fields}) order by ${orderBy}), '[]'::json) ${fromWhere})`;
}

function loadSql(kind: DatabaseKind): string {
  const array = (pairs: Pairs, fromWhere: string, orderBy: string) =>
    jsonArray(kind, pairs, fromWhere, orderBy);
  const steps = array(
    [
      ['step', 's.step'],
      ['state', 's.state'],
      ['skip_reason', 's.skip_reason'],
    ],
    'from step_statuses s where s.conversation_id = c.id',
    's.step',
  );
  const participants = array(
    [
      ['id', 'p.id'],
      ['name', 'p.name'],
      ['role', 'p.role'],
      ['email', 'p.email'],
      ['phone', 'p.phone'],
      ['contact_consent', 'p.contact_consent'],
      ['consent_recorded_at', 'p.consent_recorded_at'],
      ['language', 'p.language'],
      ['opened_at', 'p.opened_at'],
      ['confirmation_state', 'f.state'],
      ['correction', 'f.correction'],
      ['confirmation_revision', 'f.summary_revision'],
      ['confirmation_source', 'f.source'],
      ['confirmation_version', 'f.version'],
      ['confirmation_answered_at', 'f.answered_at'],
    ],
    'from participants p left join confirmations f on f.conversation_id = p.conversation_id and f.participant_id = p.id where p.conversation_id = c.id',
    'p.position, p.id',
  );
  const agreements = array(
    [
      ['id', 'a.id'],
      ['source_text', 'a.source_text'],
      ['owner', 'a.owner'],
      ['action', 'a.action'],
      ['deadline', 'a.deadline'],
      ['measure', 'a.measure'],
      ['accepted_by', 'a.accepted_by'],
      ['status', 'a.status'],
      ['position', 'a.position'],
      ['revision', 'a.revision'],
    ],
    'from agreements a where a.conversation_id = c.id',
    'a.position, a.id',
  );
  const history = array(
    [
      ['agreement_id', 'h.agreement_id'],
      ['at', 'h.at'],
      ['by_user_id', 'h.by_user_id'],
      ['by_participant_id', 'h.by_participant_id'],
      ['status', 'h.status'],
      ['note', 'h.note'],
      ['kind', 'h.kind'],
      ['deadline_from', 'h.deadline_from'],
      ['deadline_to', 'h.deadline_to'],
      ['evidence_link', 'h.evidence_link'],
      ['done_on', 'h.done_on'],
    ],
    'from agreement_history h inner join agreements ha on ha.id = h.agreement_id where ha.conversation_id = c.id',
    'h.at, h.id',
  );
  const expectations = array(
    [
      ['id', 'e.id'],
      ['label', 'e.label'],
      ['date', 'e.date'],
      ['note', 'e.note'],
      ['source', 'e.source'],
      ['position', 'e.position'],
      ['legal_rule', 'e.legal_rule'],
      ['legal_variant', 'e.legal_variant'],
      ['legal_from', 'e.legal_from'],
    ],
    'from expectations e where e.conversation_id = c.id',
    'e.position, e.id',
  );
  const questions = array(
    [
      ['id', 'q.id'],
      ['asked_by', 'q.asked_by'],
      ['text', 'q.text'],
      ['answer', 'q.answer'],
      ['state', 'q.state'],
      ['position', 'q.position'],
      ['agreement_id', 'q.agreement_id'],
    ],
    'from questions q where q.conversation_id = c.id',
    'q.position, q.id',
  );
  const answers = array(
    [
      ['agreement_id', 'aa.agreement_id'],
      ['participant_id', 'aa.participant_id'],
      ['state', 'aa.state'],
      ['reason', 'aa.reason'],
      ['agreement_revision', 'aa.agreement_revision'],
      ['version', 'aa.version'],
      ['answered_at', 'aa.answered_at'],
    ],
    'from agreement_answers aa where aa.conversation_id = c.id',
    'aa.answered_at, aa.participant_id',
  );
  const feedback = array(
    [
      ['id', 'pf.id'],
      ['participant_id', 'pf.participant_id'],
      ['score', 'pf.score'],
      ['went_well', 'pf.went_well'],
      ['tip', 'pf.tip'],
      ['given_on', 'pf.given_on'],
      ['version', 'pf.version'],
    ],
    'from participant_feedback pf where pf.conversation_id = c.id',
    'pf.given_on, pf.id',
  );
  return [
    'select c.id, c.type_id, c.leader_id, c.title, c.starts_at, c.mode, c.status, c.created_at, c.updated_at,',
    'c.closed_at, c.revision, cl.conversation_id as closing_id, cl.summary_text, cl.question_round_target_minutes,',
    'cl.question_round_started_at, cl.contact_card, cl.contact_shared, cl.feedback_asked, cl.feedback_notes,',
    'cl.thanks_said, cl.thanks_message, cl.summary_revision,',
    '(select max(rv.number) from record_versions rv where rv.conversation_id = c.id) as latest_version,',
    // The badge of a conversation counts the participants' responses; the leader's reminders have their own.
    `(select count(*) from notifications n where n.conversation_id = c.id and n.user_id = c.leader_id and n.read_at is null and n.kind in (${RESPONSE_KINDS_SQL})) as unread,`,
    `${steps} as steps, ${participants} as participants, ${agreements} as agreements,`,
    `${history} as history, ${expectations} as expectations, ${questions} as questions,`,
    `${answers} as answers, ${feedback} as feedback`,
    'from conversations c left join closings cl on cl.conversation_id = c.id',
    `where c.id = ${kind === 'sqlite' ? '?' : '$1'}`,
  ].join('\n');
}

/** A JSON column as the driver hands it over: text on SQLite, already parsed on PostgreSQL. */
export type JsonColumn<T> = T | string;

export interface LoadRow {
  id: string;
  type_id: string;
  leader_id: string;
  title: string;
  starts_at: string;
  mode: string;
  status: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  revision: number;
  /** Null when the conversation has no closing row. */
  closing_id: string | null;
  summary_text: string | null;
  question_round_target_minutes: number | null;
  question_round_started_at: string | null;
  contact_card: string | null;
  contact_shared: number | null;
  feedback_asked: number | null;
  feedback_notes: string | null;
  thanks_said: number | null;
  thanks_message: string | null;
  summary_revision: number | null;
  latest_version: number | string | null;
  unread: number | string;
  steps: JsonColumn<{ step: string; state: string; skip_reason: string | null }[]>;
  participants: JsonColumn<
    {
      id: string;
      name: string;
      role: string;
      email: string | null;
      phone: string | null;
      contact_consent: number;
      consent_recorded_at: string | null;
      language: string;
      opened_at: string | null;
      confirmation_state: string | null;
      correction: string | null;
      confirmation_revision: number | null;
      confirmation_source: string | null;
      confirmation_version: number | null;
      confirmation_answered_at: string | null;
    }[]
  >;
  agreements: JsonColumn<
    {
      id: string;
      source_text: string;
      owner: string | null;
      action: string;
      deadline: string | null;
      measure: string;
      accepted_by: string;
      status: string;
      position: number;
      revision: number;
    }[]
  >;
  history: JsonColumn<
    {
      agreement_id: string;
      at: string;
      by_user_id: string | null;
      by_participant_id: string | null;
      status: string;
      note: string;
      kind: string;
      deadline_from: string | null;
      deadline_to: string | null;
      evidence_link: string | null;
      done_on: string | null;
    }[]
  >;
  answers: JsonColumn<
    {
      agreement_id: string;
      participant_id: string;
      state: string;
      reason: string;
      agreement_revision: number;
      version: number | null;
      answered_at: string;
    }[]
  >;
  feedback: JsonColumn<
    {
      id: string;
      participant_id: string | null;
      score: number | null;
      went_well: string;
      tip: string;
      given_on: string;
      version: number;
    }[]
  >;
  expectations: JsonColumn<
    {
      id: string;
      label: string;
      date: string | null;
      note: string;
      source: string;
      position: number;
      legal_rule: string | null;
      legal_variant: string | null;
      legal_from: string | null;
    }[]
  >;
  questions: JsonColumn<
    {
      id: string;
      asked_by: string | null;
      text: string;
      answer: string;
      state: string;
      position: number;
      agreement_id: string | null;
    }[]
  >;
}

const texts: Record<DatabaseKind, string> = { sqlite: loadSql('sqlite'), postgres: loadSql('postgres') };
prepareOnPostgres(texts.postgres);

/** The load statement for one conversation id, ready to execute. */
export function loadQuery(kind: DatabaseKind, id: string): CompiledQuery<LoadRow> {
  return CompiledQuery.raw(texts[kind], [id]) as CompiledQuery<LoadRow>;
}

/** Parses a JSON array column of either driver. */
export function jsonRows<T>(value: JsonColumn<T[]> | null): T[] {
  if (value === null) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}
