// The report model as HTML: the record's body (for the participant's page and the leader's print), and a
// whole self-contained document (the download and the body of the PDF). Every value people typed goes
// through escapeHtml; nothing is taken from the conversation except through the report model.
import { STEP_KEYS, type Report, type ReportAgreement, type StepKey } from '../core/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { documentCss, reportCss } from './styles.ts';
import { clean, escapeHtml as e, mailtoHref, telHref } from './text.ts';
import { outdatedNote, versionLine, wordsOf, type Words } from './words.ts';

export interface HtmlOptions {
  /** When the record is made: the "as of" date of an unshared record. */
  now: Date;
  /** Level of the record's title (1 on its own page; 2 when the page has a title of its own). */
  headingLevel?: 1 | 2;
}

const SECTION_TITLE: Record<
  'summary' | 'agreements' | 'nextSteps' | 'questions' | 'contact' | 'closing',
  MessageKey
> = {
  summary: 'report.section.summary',
  agreements: 'report.section.agreements',
  nextSteps: 'report.section.nextSteps',
  questions: 'report.section.questions',
  contact: 'report.section.contact',
  closing: 'report.section.closing',
};

const STEP_NAME: Record<StepKey, MessageKey> = {
  summary: 'report.step.summary',
  agreements: 'report.step.agreements',
  expectations: 'report.step.expectations',
  questions: 'report.step.questions',
  contact: 'report.step.contact',
  feedback: 'report.step.feedback',
  thanks: 'report.step.thanks',
};

/** Person-typed text inline, isolated from the surrounding direction (names in Arabic script, …). */
function u(text: string): string {
  return `<bdi>${e(text)}</bdi>`;
}

/** A multi-line text typed by someone, keeping its line breaks (CSS pre-wrap). */
function block(text: string, className = 'sr-text'): string {
  return `<p class="${className}" dir="auto">${e(text)}</p>`;
}

/** A message of ours with people's text as parameters: the template escaped, each parameter isolated. */
function m(words: Words, key: MessageKey, params: Record<string, string | number> = {}): string {
  return e(words.t(key)).replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? String(value) : u(value);
  });
}

function section(id: string, title: string, level: number, body: string): string {
  return `<section class="sr-section" aria-labelledby="sr-${id}"><h${level} id="sr-${id}">${e(title)}</h${level}>${body}</section>`;
}

function empty(words: Words): string {
  return `<p class="sr-muted">${e(words.t('report.empty'))}</p>`;
}

function header(report: Report, words: Words, options: HtmlOptions): string {
  const level = options.headingLevel ?? 1;
  const c = report.conversation;
  const participants =
    report.participants.map((p) => (p.role ? `${u(p.name)} (${u(p.role)})` : u(p.name))).join(', ') || '—';
  const facts: [MessageKey, string][] = [
    ['report.fact.when', e(words.instant(c.startsAt))],
    ...(c.typeName ? ([['report.fact.type', u(c.typeName)]] as [MessageKey, string][]) : []),
    ['report.fact.mode', e(words.t(`report.mode.${c.mode}`))],
    ['report.fact.leader', u(report.leader.name)],
    ['report.fact.participants', participants],
  ];
  const notices = [
    report.draft ? `<p class="sr-notice">${e(words.t('report.draft'))}</p>` : '',
    report.audience.kind === 'leader'
      ? `<p class="sr-notice">${e(words.t('report.internalVersion'))}</p>`
      : '',
  ].join('');
  return [
    '<header class="sr-header">',
    report.organisation.name ? `<p class="sr-organisation">${u(report.organisation.name)}</p>` : '',
    `<p class="sr-eyebrow">${e(report.viewer ? words.t('report.forViewer', { name: clean(report.viewer.name) }) : words.t('report.eyebrow'))}</p>`,
    `<h${level} id="sr-title">${u(c.title)}</h${level}>`,
    `<p class="sr-version">${e(versionLine(report, words, options.now))}</p>`,
    notices,
    `<dl class="sr-facts">${facts.map(([k, v]) => `<dt>${e(words.t(k))}</dt><dd>${v}</dd>`).join('')}</dl>`,
    '</header>',
  ].join('');
}

function summary(report: Report, words: Words): string {
  const parts = [report.summary.text ? block(report.summary.text) : empty(words)];
  const answers = report.summary.answers.map((a) => {
    const note = outdatedNote(words, a);
    const outdated = note ? ` ${e(note)}` : '';
    if (report.viewer) {
      const key = `report.summary.yours.${a.state}` as const;
      return `<li>${m(words, key, { correction: a.correction })}${outdated}</li>`;
    }
    return `<li>${m(words, `report.summary.${a.state}`, { name: a.name, correction: a.correction })}${outdated}</li>`;
  });
  if (answers.length > 0) parts.push(`<ul class="sr-answers">${answers.join('')}</ul>`);
  return parts.join('');
}

function agreementItem(a: ReportAgreement, report: Report, words: Words): string {
  const lines = [`<p class="sr-sentence" dir="auto">${e(a.sentence)}</p>`];
  if (a.measure) lines.push(`<p>${m(words, 'report.agreement.measure', { measure: a.measure })}</p>`);
  if (a.status !== 'open')
    lines.push(`<p><strong>${e(words.t(`report.agreement.status.${a.status}`))}</strong></p>`);
  if (a.mine) lines.push(`<p>${e(words.t('report.agreement.mine'))}</p>`);
  const answers = a.answers.map((x) => {
    const note = outdatedNote(words, x);
    const outdated = note ? ` ${e(note)}` : '';
    const own = report.viewer !== null;
    const answer = own
      ? m(words, `report.agreement.yours.${x.state}`, { reason: x.reason })
      : m(words, `report.agreement.${x.state}`, { name: x.name, reason: x.reason });
    const done = x.done
      ? `<br>${own ? m(words, 'report.agreement.yours.done', { note: x.done.note }) : m(words, 'report.agreement.done', { name: x.name, note: x.done.note })}`
      : '';
    return `<li>${answer}${outdated}${done}</li>`;
  });
  // The owner accepts by taking the agreement on: their own "pending" says nothing to the reader.
  const shown = a.answers.length > 0 ? `<ul class="sr-answers">${answers.join('')}</ul>` : '';
  lines.push(shown);
  if (a.history.length > 0) {
    const entries = a.history.map((h) => {
      const values = {
        date: words.instant(h.at),
        status: words.t(`report.agreement.statusName.${h.status}`),
      };
      return `<li>${h.note ? m(words, 'report.agreement.historyNote', { ...values, note: h.note }) : m(words, 'report.agreement.historyEntry', values)}</li>`;
    });
    lines.push(
      `<p class="sr-muted">${e(words.t('report.agreement.history'))}</p><ul>${entries.join('')}</ul>`,
    );
  }
  return `<li class="sr-agreement sr-agreement--${a.status}">${lines.join('')}</li>`;
}

function agreements(report: Report, words: Words): string {
  if (report.agreements.length === 0) return empty(words);
  return `<ol class="sr-agreements">${report.agreements.map((a) => agreementItem(a, report, words)).join('')}</ol>`;
}

function nextSteps(report: Report, words: Words): string {
  if (report.nextSteps.length === 0) return empty(words);
  const items = report.nextSteps.map((s) => {
    const when = s.date ? words.day(s.date) : words.t('report.nextStep.noDate');
    const note = s.note ? `<br><span class="sr-muted" dir="auto">${e(s.note)}</span>` : '';
    return `<li><strong>${e(when)}</strong>: ${u(s.label)}${note}</li>`;
  });
  return `<ul class="sr-steps">${items.join('')}</ul>`;
}

function questions(report: Report, words: Words): string {
  if (report.questions.length === 0) return empty(words);
  const items = report.questions.map((q) => {
    const asked = q.askedBy
      ? m(words, 'report.question.askedBy', { name: q.askedBy, text: q.text })
      : u(q.text);
    const answer =
      q.state === 'answered' && q.answer
        ? m(words, 'report.question.answer', { answer: q.answer })
        : q.state === 'follow_up'
          ? q.answer
            ? m(words, 'report.question.followUp', { note: q.answer })
            : e(words.t('report.question.followUpBare'))
          : e(words.t('report.question.open'));
    return `<li><span dir="auto">${asked}</span><br>${answer}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The leader's contact card as a definition list, with tel: and mailto: links only for valid values. */
export function cardHtml(report: Report, words: Words): string {
  const card = report.leader;
  const rows: string[] = [];
  const name = card.role ? `${u(card.name)}, ${u(card.role)}` : u(card.name);
  rows.push(`<p>${m(words, 'report.contact.leaderIntro', { name: card.name })}</p>`);
  const facts: string[] = [`<dt>${e(words.t('report.fact.leader'))}</dt><dd>${name}</dd>`];
  if (report.organisation.name) facts[0] += `<dd>${u(report.organisation.name)}</dd>`;
  if (card.phone) {
    const href = telHref(card.phone);
    const value = href ? `<a href="${e(href)}">${u(card.phone)}</a>` : u(card.phone);
    facts.push(`<dt>${e(words.t('report.contact.phone'))}</dt><dd>${value}</dd>`);
  }
  if (card.email) {
    const href = mailtoHref(card.email);
    const value = href ? `<a href="${e(href)}">${u(card.email)}</a>` : u(card.email);
    facts.push(`<dt>${e(words.t('report.contact.email'))}</dt><dd>${value}</dd>`);
  }
  if (card.reachability)
    facts.push(`<dt>${e(words.t('report.contact.reachability'))}</dt><dd>${u(card.reachability)}</dd>`);
  rows.push(`<dl class="sr-card">${facts.join('')}</dl>`);
  return rows.join('');
}

function contact(report: Report, words: Words): string {
  const parts = [cardHtml(report, words)];
  const others = report.participants.filter((p) => p.email || p.phone);
  if (others.length > 0) {
    const items = others.map(
      (p) =>
        `<li>${u(p.name)}: ${[p.email, p.phone]
          .filter(Boolean)
          .map((x) => u(x!))
          .join(', ')}</li>`,
    );
    parts.push(`<p>${e(words.t('report.contact.participants'))}</p><ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

function closing(report: Report, words: Words): string {
  if (report.closingMessage) return block(report.closingMessage);
  return `<p>${e(words.t('report.closing.thanked'))}</p>`;
}

function internal(report: Report, words: Words): string {
  const lines: string[] = [];
  for (const step of STEP_KEYS) {
    const status = report.steps?.[step];
    if (status?.state === 'skipped')
      lines.push(
        `<li>${m(words, 'report.internal.skipped', { step: words.t(STEP_NAME[step]), reason: status.skipReason ?? '' })}</li>`,
      );
  }
  if (!report.feedback.asked) lines.push(`<li>${e(words.t('report.internal.feedbackNotAsked'))}</li>`);
  if (report.feedback.notes)
    lines.push(`<li>${m(words, 'report.internal.feedbackNotes', { notes: report.feedback.notes })}</li>`);
  if (report.feedback.givenBy.length > 0)
    lines.push(
      `<li>${e(words.t('report.internal.feedbackGiven', { count: report.feedback.givenBy.length }))}</li>`,
    );
  return lines.length > 0 ? `<ul>${lines.join('')}</ul>` : empty(words);
}

/** The record as an HTML fragment: one <article class="sr-report">, to be styled with reportCss(). */
export function reportBodyHtml(report: Report, options: HtmlOptions): string {
  const words = wordsOf(report);
  const level = (options.headingLevel ?? 1) + 1;
  const title = (key: keyof typeof SECTION_TITLE) => words.t(SECTION_TITLE[key]);
  const sections = [
    section('summary', title('summary'), level, summary(report, words)),
    section('agreements', title('agreements'), level, agreements(report, words)),
    section('next-steps', title('nextSteps'), level, nextSteps(report, words)),
    section('questions', title('questions'), level, questions(report, words)),
    section('contact', title('contact'), level, contact(report, words)),
    section('closing', title('closing'), level, closing(report, words)),
  ];
  if (report.audience.kind === 'leader')
    sections.push(section('internal', words.t('report.section.internal'), level, internal(report, words)));
  return `<article class="sr-report" lang="${report.lang}" aria-labelledby="sr-title">${header(report, words, options)}${sections.join('')}</article>`;
}

/** The record as the body of another page, with its stylesheet. */
export function reportEmbedHtml(report: Report, options: HtmlOptions): string {
  return `<style>${reportCss()}</style>${reportBodyHtml(report, options)}`;
}

/** The record as one self-contained HTML document (download, PDF). */
export function renderReportHtml(report: Report, options: HtmlOptions): string {
  const words = wordsOf(report);
  return htmlDocument({
    lang: report.lang,
    title: words.t('report.documentTitle', { title: clean(report.conversation.title) }),
    css: documentCss(),
    body: `<main>${reportBodyHtml(report, options)}</main>`,
  });
}

/** A whole HTML page around a body. */
export function htmlDocument(parts: { lang: string; title: string; css: string; body: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${parts.lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(parts.title)}</title>`,
    `<style>${parts.css}</style></head>`,
    `<body>${parts.body}</body></html>`,
  ].join('');
}
