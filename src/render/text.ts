// What people typed, made safe for every format: no control characters, no bidirectional overrides or
// isolates (they can turn "gnp.exe" into "exe.png" on screen), line ends as "\n". Escaping per format
// (HTML, RFC 5545, vCard) happens on top of this, in each format.

// C0 and C1 control characters except tab and line feed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Bidirectional embeddings, overrides and isolates (the marks LRM/RLM/ALM cannot reorder text and stay).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text without control characters and bidirectional overrides, with "\n" line ends, trimmed. */
export function clean(text: string | null | undefined): string {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .trim();
}

/** Like clean(), on one line: line ends and tabs become spaces (for subjects, names, calendar titles). */
export function oneLine(text: string | null | undefined): string {
  return clean(text).replace(/\s+/g, ' ');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or an attribute value: cleaned, and & < > " ' escaped. */
export function escapeHtml(text: string | null | undefined): string {
  return clean(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A `tel:` address of a phone number (digits and a leading + only), or null when there are no digits. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/(?!^\+)[^0-9]/g, '');
  return /[0-9]{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** A `mailto:` address, only for a plain address (no spaces, one @, no URL syntax). */
export function mailtoHref(email: string): string | null {
  return /^[^\s@<>()"':;,/\\]+@[^\s@<>()"':;,/\\]+\.[^\s@<>()"':;,/\\]+$/.test(email)
    ? `mailto:${email}`
    : null;
}

/** A file name part: letters, digits and hyphens only ("Verslag: Jan & co" → "verslag-jan-co"). */
export function fileSlug(text: string): string {
  const slug = clean(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'gesprek';
}
