// One error type for the whole product. Services throw AppError with a stable code; the server maps codes to
// HTTP statuses in one place, and the message shown to people comes from i18n ('error.<code>').

export const ERROR_CODES = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_date: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_authenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  csrf_invalid: 403,
  forbidden: 403,
  setup_already_done: 409,
  setup_required: 409,
  email_taken: 409,
  conflict: 409,
  closing_incomplete: 409,
  /** A conversation already holds the most participants, agreements, … that LIMITS allows. */
  limit_reached: 409,
  user_not_found: 404,
  team_not_found: 404,
  conversation_not_found: 404,
  conversation_type_not_found: 404,
  participant_not_found: 404,
  agreement_not_found: 404,
  expectation_not_found: 404,
  question_not_found: 404,
  scenario_not_found: 404,
  practice_card_not_found: 404,
  practice_attempt_not_found: 404,
  /** An invitation link that is unknown, used, revoked or expired (which one is not told). */
  invitation_invalid: 404,
  route_not_found: 404,
  skip_reason_required: 400,
  owner_not_in_conversation: 400,
  weak_password: 400,
  rate_limited: 429,
  transcript_invalid: 422,
  /** Too many failed sign-ins for this account or from this address; details say how long to wait. */
  login_throttled: 429,
  /** Sign-in with e-mail and password is switched off (LOCAL_PASSWORDS=off). */
  local_login_disabled: 403,
  /** Signing in through the identity provider failed; details.reason says why. */
  oidc_failed: 401,
  /** A mailed password-reset link is unknown, used, expired or revoked. */
  reset_link_invalid: 400,
  /** A participant's link that does not exist, was revoked, or belongs to a removed participant. */
  link_invalid: 404,
  /** A participant's link whose lifetime is over. */
  link_expired: 410,
  /** Sharing by mail needs SMTP_URL; without it the leader copies links and prints handouts. */
  mail_not_configured: 409,
  /** No participant to share with by mail (none chosen has an address with consent). */
  nobody_to_mail: 409,
  delivery_not_found: 404,
  version_not_found: 404,
  /** The agreement a participant answered has been removed since the version they saw. */
  agreement_gone: 409,
  /** Only the participant who owns an agreement marks it done through their link. */
  not_own_agreement: 403,
  feedback_already_given: 409,
  /** A part of the product that is not installed or not ready (e.g. the analyzer during development). */
  unavailable: 503,
  /** No browser to print a PDF with (Chromium missing or failing to start); every other format works. */
  pdf_unavailable: 503,
  internal: 500,
  /** Setup without the one-time code the server printed, or with a wrong or expired one. */
  setup_code_invalid: 403,
  /** A request to a host name that is not this installation's (PUBLIC_URL): DNS rebinding, a wrong proxy. */
  host_not_allowed: 403,
  /** Finishing a conversation that is already closed. */
  conversation_closed: 409,
  /** Reopening a conversation that is not closed. */
  conversation_not_closed: 409,
  /** A transcript whose analysis ran past the time limit and was stopped. */
  analysis_timeout: 422,
  /** Every analysis worker is busy and the queue is full. */
  analysis_busy: 503,
  /** A write based on an older revision of the conversation (If-Match): another device wrote in between. */
  revision_mismatch: 412,
  /** A malformed If-Match or Idempotency-Key header. */
  precondition_invalid: 400,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The product's error: a stable code, optional details (e.g. which field), never an HTTP concept. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>, message?: string) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** True when the value is an AppError (also across module copies). */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value)
  );
}
