// The leader's contact card as a vCard 3.0 file (vcards-js). 3.0 rather than 4.0: Outlook (desktop) imports
// 2.1 and 3.0 and treats 4.0 poorly, iOS and Android import 3.0; vcards-js writes 3.0 by default and is
// kept up to date. vcards-js escapes backslashes, commas and line feeds; clean() removes carriage returns and
// other control characters before it, so no text can start a property line of its own.
import vcardsModule, { type VCard } from 'vcards-js';
import type { Report } from '../core/index.ts';
import { clean, oneLine } from './text.ts';

// vcards-js is CommonJS (module.exports = the factory) but declares an ES default export; under NodeNext
// the default import is the factory at run time, so it is typed as what it is.
const vCardsJS = vcardsModule as unknown as () => VCard;

export interface VcardOptions {
  /** REV of the card: when it was made. */
  now: Date;
}

/** Given name and family name from a full name: the first word, and the rest ("Lea de Vries"). */
function splitName(name: string): { first: string; last: string } {
  const [first = '', ...rest] = name.split(' ');
  return rest.length > 0 ? { first, last: rest.join(' ') } : { first: '', last: first };
}

/** The vCard of the report's leader (text/vcard, UTF-8, CRLF line ends). */
export function renderVcard(report: Report, options: VcardOptions): string {
  const card = report.leader;
  const vcard = vCardsJS();
  const name = oneLine(card.name);
  const { first, last } = splitName(name);
  vcard.formattedName = name;
  vcard.firstName = first;
  vcard.lastName = last;
  // ORG is a structured value whose parts are separated by ';': a name cannot carry one.
  if (report.organisation.name) vcard.organization = oneLine(report.organisation.name).replace(/;/g, ',');
  if (card.role) vcard.title = oneLine(card.role);
  if (card.phone) vcard.workPhone = oneLine(card.phone);
  if (card.email) vcard.workEmail = oneLine(card.email);
  if (card.reachability) vcard.note = clean(card.reachability);
  // vcards-js stamps REV with the wall clock; the product's time comes from its Clock.
  return vcard.getFormattedString().replace(/^REV:.*$/m, `REV:${options.now.toISOString()}`);
}
