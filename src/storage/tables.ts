// Row types of every table, as Kysely sees them. Booleans are integers 0/1 and instants ISO text in both
// dialects, so the same SQL and the same mapping serve SQLite and PostgreSQL.

export interface OrganisationTable {
  id: string;
  /** Always 1: a unique column that makes a second organisation (a second setup) impossible. */
  singleton: number;
  name: string;
  created_at: string;
  /** JSON of the organisation's general contact, or null. */
  contact: string | null;
}

export interface TeamTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  team_id: string | null;
  locale: string;
  /** JSON of the contact card. */
  contact_card: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ConversationTypeTable {
  id: string;
  key: string;
  name: string;
  description: string;
  /** JSON array of next-step templates. */
  next_steps: string;
  archived: number;
  created_at: string;
}

export interface ConversationTable {
  id: string;
  type_id: string;
  leader_id: string;
  title: string;
  /** As given, with its offset. */
  starts_at: string;
  /** The same instant in UTC, for ordering. */
  starts_at_utc: string;
  /** The Dutch calendar day of the start, for day filters. */
  starts_on: string;
  mode: string;
  status: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface ClosingTable {
  conversation_id: string;
  summary_text: string;
  question_round_target_minutes: number;
  question_round_started_at: string | null;
  /** JSON of the contact card, or null. */
  contact_card: string | null;
  contact_shared: number;
  feedback_asked: number;
  feedback_notes: string;
  thanks_said: number;
  thanks_message: string;
  /** Bumped whenever the summary text changes: a confirmation names the revision it confirmed. */
  summary_revision: number;
}

export interface StepStatusTable {
  conversation_id: string;
  step: string;
  state: string;
  skip_reason: string | null;
}

export interface ParticipantTable {
  id: string;
  conversation_id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  contact_consent: number;
  consent_recorded_at: string | null;
  position: number;
  /** 'nl' or 'en': the language of the participant's page and mail. */
  language: string;
  /** When the participant first acted on their page (never set by a GET). */
  opened_at: string | null;
  /** When the participant gave feedback (also anonymous feedback: only their own page uses it then). */
  feedback_at: string | null;
}

export interface ConfirmationTable {
  conversation_id: string;
  participant_id: string;
  state: string;
  correction: string;
  summary_revision: number;
  /** 'leader' (recorded at the table) or 'participant' (through their link). */
  source: string;
  /** The record version the participant answered, or null when recorded at the table. */
  version: number | null;
  answered_at: string | null;
}

export interface AgreementTable {
  id: string;
  conversation_id: string;
  source_text: string;
  owner: string | null;
  action: string;
  deadline: string | null;
  measure: string;
  /** JSON array of participant ids. */
  accepted_by: string;
  status: string;
  position: number;
  /** Bumped whenever what the agreement says changes: an answer names the revision it answered. */
  revision: number;
}

export interface AgreementHistoryTable {
  id: string;
  agreement_id: string;
  at: string;
  by_user_id: string | null;
  by_participant_id: string | null;
  status: string;
  note: string;
}

export interface ExpectationTable {
  id: string;
  conversation_id: string;
  label: string;
  date: string | null;
  note: string;
  source: string;
  position: number;
}

export interface QuestionTable {
  id: string;
  conversation_id: string;
  asked_by: string | null;
  text: string;
  answer: string;
  state: string;
  position: number;
  /** The agreement this question became (a follow-up), or null. */
  agreement_id: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  /** No foreign key: the log outlives a deleted conversation. */
  conversation_id: string | null;
  action: string;
  /** JSON object. */
  details: string;
}

export interface RecordVersionTable {
  id: string;
  conversation_id: string;
  number: number;
  created_at: string;
  created_by: string;
  /** JSON of the conversation as it was shared. */
  content: string;
  content_hash: string;
}

export interface ParticipantLinkTable {
  id: string;
  /** SHA-256 (hex) of the link's token; the token itself is never stored. */
  token_hash: string;
  conversation_id: string;
  participant_id: string;
  channel: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface DeliveryTable {
  id: string;
  conversation_id: string;
  participant_id: string;
  version: number;
  channel: string;
  state: string;
  recipient: string | null;
  link_id: string | null;
  message_id: string | null;
  attempts: number;
  last_error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export interface AgreementAnswerTable {
  agreement_id: string;
  participant_id: string;
  conversation_id: string;
  state: string;
  reason: string;
  agreement_revision: number;
  version: number | null;
  answered_at: string;
}

export interface ParticipantFeedbackTable {
  id: string;
  conversation_id: string;
  participant_id: string | null;
  version: number;
  score: number | null;
  went_well: string;
  tip: string;
  given_on: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  conversation_id: string;
  participant_id: string | null;
  kind: string;
  details: string;
  created_at: string;
  read_at: string | null;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON object. */
  payload: string;
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  idempotency_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface SetupCodeTable {
  /** Always 1: one code at a time. */
  singleton: number;
  /** SHA-256 (hex) of the normalised code; the code itself is only printed, never stored. */
  code_hash: string;
  created_at: string;
  expires_at: string;
}

export interface Tables {
  organisation: OrganisationTable;
  teams: TeamTable;
  users: UserTable;
  sessions: SessionTable;
  conversation_types: ConversationTypeTable;
  conversations: ConversationTable;
  closings: ClosingTable;
  step_statuses: StepStatusTable;
  participants: ParticipantTable;
  confirmations: ConfirmationTable;
  agreements: AgreementTable;
  agreement_history: AgreementHistoryTable;
  expectations: ExpectationTable;
  questions: QuestionTable;
  audit_log: AuditLogTable;
  record_versions: RecordVersionTable;
  participant_links: ParticipantLinkTable;
  deliveries: DeliveryTable;
  agreement_answers: AgreementAnswerTable;
  participant_feedback: ParticipantFeedbackTable;
  notifications: NotificationTable;
  jobs: JobTable;
  setup_codes: SetupCodeTable;
}
