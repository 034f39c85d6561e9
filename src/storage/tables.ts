// Row types of every table, as Kysely sees them. Booleans are integers 0/1 and instants ISO text in both
// dialects, so the same SQL and the same mapping serve SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface OrganisationTable {
  id: string;
  /** Always 1: a unique column that makes a second organisation (a second setup) impossible. */
  singleton: number;
  name: string;
  created_at: string;
  /** 'NL' or 'BE': the public holidays that working days skip. */
  holiday_region: string;
  /** JSON array of working-day offsets from a deadline at which reminders go out. */
  reminder_schedule: string;
  link_lifetime_days: number;
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
  /** Argon2id hash; '' for an account without a local password (OIDC only). */
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  /** 1 when the user wants the Monday digest of their open agreements. */
  weekly_digest: number;
  /** 1 while an administrator's invitation is not taken up (no password chosen, never signed in). */
  invited: number;
}

export interface SessionTable {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** The ID token of an OIDC session (for the provider's logout); null for a local sign-in. */
  id_token: string | null;
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
  /** Months after closing that a conversation of this type is kept; null keeps it until deleted by hand. */
  retention_months: number | null;
  /** 'delete' or 'anonymise' when the retention ends. */
  retention_action: string | null;
  mode: string | null;
  /** JSON array of questions for step 6. */
  feedback_questions: string;
}

/** A change already made, by the client's key (0009): a repeat is not made twice. */
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  conversation_id: string;
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
  /** When retention removed the personal data; the conversation stays for the statistics. */
  anonymised_at: string | null;
  /** Raised by every change (0009): a write based on an older one is refused. */
  revision: Generated<number>;
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
  /** 'status' or 'deadline'. */
  kind: string;
  deadline_from: string | null;
  deadline_to: string | null;
  evidence_link: string | null;
  /** The day the agreement was kept, when the person gave one. */
  done_on: string | null;
}

export interface ExpectationTable {
  id: string;
  conversation_id: string;
  label: string;
  date: string | null;
  note: string;
  source: string;
  position: number;
  legal_rule: string | null;
  legal_variant: string | null;
  /** The day a statutory term counts from (receipt, announcement). */
  legal_from: string | null;
}

export interface QuestionTable {
  id: string;
  conversation_id: string;
  asked_by: string | null;
  text: string;
  answer: string;
  state: string;
  position: number;
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

export interface PracticeAttemptTable {
  id: string;
  user_id: string;
  scenario_id: string;
  scenario_title: string;
  lang: string;
  seed: number;
  beginner: number;
  /** JSON array of the leader's turns. */
  turns: string;
  end_state: string;
  score_total: number;
  /** JSON object: the score per part. */
  scores: string;
  created_at: string;
  shared: number;
  shared_team_id: string | null;
  shared_at: string | null;
}

export interface UserIdentityTable {
  /** The identity provider's issuer URL and its subject (sub claim) for the person. */
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface OidcFlowTable {
  /** SHA-256 of the state sent to the provider (the state itself is in the browser's cookie). */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  /** A path inside the app to return to after signing in. */
  return_to: string;
  created_at: string;
  expires_at: string;
}

export interface ReminderTable {
  id: string;
  agreement_id: string;
  conversation_id: string;
  deadline: string;
  offset_days: number;
  recipient: string;
  due_on: string;
  outcome: string;
  created_at: string;
}

export interface InvitationTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the invitation token (the link the administrator may copy). */
  token_hash: string;
  /** SHA-256 (hex) of the token in the invitation's mail; null until the mail job made it. */
  mail_token_hash: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
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

export interface LoginThrottleTable {
  /** SHA-256 of 'account:<e-mail>' or 'address:<ip>'. */
  key_hash: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AccountTokenTable {
  /** SHA-256 of the token in the mailed link. */
  token_hash: string;
  /** What the link is for: 'password_reset' (invitations are the administration's, issue 10). */
  purpose: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AccessLogTable {
  id: string;
  at: string;
  user_id: string;
  conversation_id: string;
  /** What was opened: 'conversation.opened', 'report.downloaded', … */
  action: string;
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
  practice_attempts: PracticeAttemptTable;
  user_identities: UserIdentityTable;
  oidc_flows: OidcFlowTable;
  login_throttle: LoginThrottleTable;
  account_tokens: AccountTokenTable;
  access_log: AccessLogTable;
  reminders: ReminderTable;
  invitations: InvitationTable;
  record_versions: RecordVersionTable;
  participant_links: ParticipantLinkTable;
  deliveries: DeliveryTable;
  agreement_answers: AgreementAnswerTable;
  participant_feedback: ParticipantFeedbackTable;
  notifications: NotificationTable;
  jobs: JobTable;
  setup_codes: SetupCodeTable;
  idempotency_keys: IdempotencyKeyTable;
}
