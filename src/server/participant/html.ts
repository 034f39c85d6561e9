// The participant's pages as HTML: phone first, no JavaScript needed (one small script only notes that a
// person is looking), every form a POST with the link's CSRF token, every text from i18n, every value
// people typed escaped. Plain Dutch (B1) or English, after the participant's language.
import type { Report, ReportAgreement } from '../../core/index.ts';
import { t, type Lang, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { pageCss } from './styles.ts';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for HTML content or attributes: control characters and bidi overrides removed, & < > " ' escaped. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(UNSAFE, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A message of ours, escaped, with people's text as isolated, escaped parameters. */
function m(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return esc(t(lang, key)).replace(/\{(\w+)\}/g, (whole, name: string) =>
    !Object.prototype.hasOwnProperty.call(params, name)
      ? whole
      : typeof params[name] === 'number'
        ? String(params[name])
        : `<bdi>${esc(params[name])}</bdi>`,
  );
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** An instant as a date in the Netherlands ("27 november 2026"). */
export function formatDate(instant: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
}

/** A day 'YYYY-MM-DD' with its weekday ("vrijdag 4 december 2026"). */
export function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** Digits and a leading + of a phone number, for tel: links; null when there are none. */
function telHref(phone: string): string | null {
  const digits = phone.replace(/(?!^\+)[^0-9]/g, '');
  return /[0-9]{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** A whole page around a body: language, title, styles, the optional script. */
export function page(options: {
  lang: Lang;
  title: string;
  organisation: string;
  body: string;
  /** The address the "a person is looking" note is posted to, with its CSRF token. */
  opened?: { action: string; csrf: string } | null;
}): string {
  const { lang } = options;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(options.title)}${options.organisation ? ` · ${esc(options.organisation)}` : ''}</title>`,
    `<style>${pageCss()}</style>`,
    options.opened
      ? `<script src="/p/assets/opened.js" defer data-action="${esc(options.opened.action)}" data-csrf="${esc(options.opened.csrf)}"></script>`
      : '',
    '</head>',
    '<body class="pp voorbeeld-theme">',
    '<header class="pp-header">',
    `<p class="pp-organisation">${esc(options.organisation)}</p>`,
    '</header>',
    '<main id="main" class="pp-main">',
    options.body,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** What the page needs besides the report. */
export interface PageState {
  lang: Lang;
  token: string;
  csrf: string;
  version: number;
  linkExpiresAt: string;
  feedbackGiven: boolean;
  /** Live state of the agreements of the version shown (an agreement removed since is missing). */
  live: Map<string, { status: string; revision: number }>;
  /** A message after an answer was saved ('saved' | 'feedback'). */
  notice: 'saved' | 'feedback' | null;
  /** A form that was refused, with the field's error and the text typed (kept, not lost). */
  error: { form: string; field: string; message: string; value: string } | null;
  /** The formats that can be downloaded (the PDF only when a browser to print it is there). */
  downloads: { pdf: boolean; ics: boolean; vcf: boolean };
}

function hidden(state: PageState): string {
  // The language the page is read in comes back with every answer, so the page after it stays in it.
  return `<input type="hidden" name="_csrf" value="${esc(state.csrf)}"><input type="hidden" name="lang" value="${state.lang}">`;
}

/** A text field with its label, hint and error tied to it; the typed value kept after a refusal. */
function textArea(
  state: PageState,
  form: string,
  options: { id: string; name: string; label: string; hint?: string; rows?: number; maxLength: number },
): string {
  const error =
    state.error && state.error.form === form && state.error.field === options.name ? state.error : null;
  const described = [options.hint ? `${options.id}-hint` : '', error ? `${options.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return [
    `<div class="pp-field${error ? ' pp-field--invalid' : ''}">`,
    `<label class="pp-label" for="${options.id}">${options.label}</label>`,
    options.hint ? `<p class="pp-hint" id="${options.id}-hint">${options.hint}</p>` : '',
    error ? `<p class="pp-error" id="${options.id}-error">${esc(error.message)}</p>` : '',
    `<textarea class="pp-textarea" id="${options.id}" name="${options.name}" rows="${options.rows ?? 3}" maxlength="${options.maxLength}"${
      described ? ` aria-describedby="${described}"` : ''
    }${error ? ' aria-invalid="true" autofocus' : ''}>${esc(error?.value ?? '')}</textarea>`,
    '</div>',
  ].join('');
}

function summarySection(report: Report, state: PageState): string {
  const { lang } = state;
  const answer = report.summary.answers.find((a) => a.participantId === report.viewer?.id);
  const action = `/p/${state.token}/summary`;
  const given =
    answer && answer.state !== 'pending' && !answer.outdated
      ? `<p class="pp-answer">${
          answer.state === 'confirmed'
            ? m(lang, 'participant.summary.answerConfirmed')
            : m(lang, 'participant.summary.answerCorrected', { text: answer.correction })
        }</p>`
      : '';
  return [
    '<section class="pp-section" id="summary" aria-labelledby="summary-title">',
    `<h2 id="summary-title">${m(lang, 'participant.summary.title')}</h2>`,
    report.summary.text
      ? `<p class="pp-text" dir="auto">${esc(report.summary.text)}</p>`
      : `<p class="pp-muted">${m(lang, 'participant.summary.empty')}</p>`,
    given,
    report.summary.text
      ? [
          `<form method="post" action="${action}" class="pp-form">`,
          hidden(state),
          `<p class="pp-question">${m(lang, 'participant.summary.question')}</p>`,
          `<button type="submit" name="answer" value="confirmed" class="pp-button pp-button--primary">${m(lang, 'participant.summary.confirm')}</button>`,
          '</form>',
          `<form method="post" action="${action}" class="pp-form">`,
          hidden(state),
          '<input type="hidden" name="answer" value="corrected">',
          textArea(state, 'summary', {
            id: 'summary-correction',
            name: 'correction',
            label: m(lang, 'participant.summary.correctLabel'),
            hint: m(lang, 'participant.summary.correctHint'),
            rows: 4,
            maxLength: 5000,
          }),
          `<button type="submit" class="pp-button pp-button--secondary">${m(lang, 'participant.summary.correctSend')}</button>`,
          '</form>',
        ].join('')
      : '',
    '</section>',
  ].join('');
}

function agreementItem(report: Report, agreement: ReportAgreement, state: PageState): string {
  const { lang } = state;
  const live = state.live.get(agreement.id);
  const answer = agreement.answers.find((a) => a.participantId === report.viewer?.id);
  const base = `/p/${state.token}/agreements/${encodeURIComponent(agreement.id)}`;
  const headingId = `agreement-${esc(agreement.id)}`;
  const facts = [
    [m(lang, 'participant.agreements.who'), esc(agreement.ownerName ?? '—')],
    [
      m(lang, 'participant.agreements.deadline'),
      agreement.deadline
        ? esc(formatDay(agreement.deadline, lang))
        : m(lang, 'participant.agreements.noDeadline'),
    ],
    ...(agreement.measure ? [[m(lang, 'participant.agreements.measure'), esc(agreement.measure)]] : []),
  ];
  const status = !live
    ? `<p class="pp-muted">${m(lang, 'participant.agreements.gone')}</p>`
    : live.status === 'cancelled' || agreement.status === 'cancelled'
      ? `<p class="pp-muted">${m(lang, 'participant.agreements.cancelled')}</p>`
      : live.status === 'done'
        ? `<p class="pp-answer">${m(lang, 'participant.agreements.done')}${
            answer?.done?.note ? ` <bdi>“${esc(answer.done.note)}”</bdi>` : ''
          }</p>`
        : '';
  const open = live && live.status === 'open' && agreement.status === 'open';
  const given =
    answer && answer.state !== 'pending' && !answer.outdated
      ? `<p class="pp-answer">${
          answer.state === 'accepted'
            ? m(lang, 'participant.agreements.answerAccepted')
            : m(lang, 'participant.agreements.answerQuestioned', { reason: answer.reason })
        }</p>`
      : '';
  const formKey = `agreement:${agreement.id}`;
  return [
    `<li class="pp-agreement" aria-labelledby="${headingId}">`,
    `<h3 id="${headingId}" class="pp-agreement__title"><span class="pp-muted">${m(lang, 'participant.agreements.number', { n: agreement.number })}</span> <span dir="auto">${esc(agreement.sentence)}</span></h3>`,
    agreement.mine ? `<p class="pp-mine">${m(lang, 'participant.agreements.mine')}</p>` : '',
    `<dl class="pp-facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd dir="auto">${v}</dd>`).join('')}</dl>`,
    status,
    open ? given : '',
    open
      ? [
          `<form method="post" action="${base}" class="pp-form">`,
          hidden(state),
          `<p class="pp-question">${m(lang, 'participant.agreements.question')}</p>`,
          `<button type="submit" name="answer" value="accepted" class="pp-button pp-button--primary">${m(lang, 'participant.agreements.accept')}</button>`,
          '</form>',
          `<form method="post" action="${base}" class="pp-form">`,
          hidden(state),
          '<input type="hidden" name="answer" value="questioned">',
          textArea(state, formKey, {
            id: `reason-${esc(agreement.id)}`,
            name: 'reason',
            label: m(lang, 'participant.agreements.reasonLabel'),
            rows: 3,
            maxLength: 500,
          }),
          `<button type="submit" class="pp-button pp-button--secondary">${m(lang, 'participant.agreements.reasonSend')}</button>`,
          '</form>',
          agreement.mine
            ? [
                `<form method="post" action="${base}/done" class="pp-form pp-form--done">`,
                hidden(state),
                textArea(state, `done:${agreement.id}`, {
                  id: `done-${esc(agreement.id)}`,
                  name: 'note',
                  label: m(lang, 'participant.agreements.doneLabel'),
                  rows: 2,
                  maxLength: 500,
                }),
                `<button type="submit" class="pp-button pp-button--secondary">${m(lang, 'participant.agreements.doneSend')}</button>`,
                '</form>',
              ].join('')
            : '',
        ].join('')
      : '',
    '</li>',
  ].join('');
}

function agreementsSection(report: Report, state: PageState): string {
  const { lang } = state;
  return [
    '<section class="pp-section" id="agreements" aria-labelledby="agreements-title">',
    `<h2 id="agreements-title">${m(lang, 'participant.agreements.title')}</h2>`,
    report.agreements.length === 0
      ? `<p class="pp-muted">${m(lang, 'participant.agreements.none')}</p>`
      : `<ol class="pp-agreements">${report.agreements.map((a) => agreementItem(report, a, state)).join('')}</ol>`,
    '</section>',
  ].join('');
}

function nextStepsSection(report: Report, lang: Lang): string {
  return [
    '<section class="pp-section" id="next-steps" aria-labelledby="next-steps-title">',
    `<h2 id="next-steps-title">${m(lang, 'participant.nextSteps.title')}</h2>`,
    report.nextSteps.length === 0
      ? `<p class="pp-muted">${m(lang, 'participant.nextSteps.none')}</p>`
      : `<ul class="pp-steps">${report.nextSteps
          .map(
            (s) =>
              `<li><strong>${s.date ? esc(formatDay(s.date, lang)) : m(lang, 'participant.nextSteps.noDate')}</strong>: <span dir="auto">${esc(s.label)}</span>${
                s.note ? ` <span class="pp-muted" dir="auto">— ${esc(s.note)}</span>` : ''
              }</li>`,
          )
          .join('')}</ul>`,
    '</section>',
  ].join('');
}

function contactSection(report: Report, state: PageState): string {
  const { lang } = state;
  const card = report.leader;
  const tel = card.phone ? telHref(card.phone) : null;
  const rows = [
    card.phone
      ? [
          m(lang, 'participant.contact.phone'),
          tel ? `<a href="${esc(tel)}">${esc(card.phone)}</a>` : esc(card.phone),
        ]
      : null,
    card.email
      ? [
          m(lang, 'participant.contact.email'),
          `<a href="mailto:${esc(encodeURI(card.email))}">${esc(card.email)}</a>`,
        ]
      : null,
    card.reachability ? [m(lang, 'participant.contact.reachability'), esc(card.reachability)] : null,
  ].filter((row): row is string[] => row !== null);
  const downloads = [
    state.downloads.pdf ? [`/p/${state.token}/record.pdf`, m(lang, 'participant.downloads.pdf')] : null,
    state.downloads.ics ? [`/p/${state.token}/calendar.ics`, m(lang, 'participant.downloads.ics')] : null,
    state.downloads.vcf
      ? [`/p/${state.token}/contact.vcf`, m(lang, 'participant.downloads.vcf', { leader: card.name })]
      : null,
  ].filter((row): row is string[] => row !== null);
  return [
    '<section class="pp-section" id="contact" aria-labelledby="contact-title">',
    `<h2 id="contact-title">${m(lang, 'participant.contact.title')}</h2>`,
    `<p>${m(lang, 'participant.contact.intro', { leader: card.name })}</p>`,
    `<p class="pp-card"><strong dir="auto">${esc(card.name)}</strong>${card.role ? `<br><span dir="auto">${esc(card.role)}</span>` : ''}</p>`,
    rows.length > 0
      ? `<dl class="pp-facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`
      : '',
    downloads.length > 0
      ? `<h3>${m(lang, 'participant.downloads.title')}</h3><ul class="pp-downloads">${downloads
          .map(([href, label]) => `<li><a href="${esc(href)}" download>${label}</a></li>`)
          .join('')}</ul>`
      : '',
    '</section>',
  ].join('');
}

function feedbackSection(report: Report, state: PageState): string {
  const { lang } = state;
  const leader = report.leader.name;
  if (state.feedbackGiven) {
    return [
      '<section class="pp-section" id="feedback" aria-labelledby="feedback-title">',
      `<h2 id="feedback-title">${m(lang, 'participant.feedback.title')}</h2>`,
      `<p class="pp-answer">${m(lang, 'participant.feedback.given')}</p>`,
      '</section>',
    ].join('');
  }
  const error = state.error?.form === 'feedback' ? state.error : null;
  const scoreError = error?.field === 'score' ? error : null;
  return [
    '<section class="pp-section" id="feedback" aria-labelledby="feedback-title">',
    `<h2 id="feedback-title">${m(lang, 'participant.feedback.title')}</h2>`,
    `<p>${m(lang, 'participant.feedback.intro')}</p>`,
    `<form method="post" action="/p/${state.token}/feedback" class="pp-form">`,
    hidden(state),
    `<fieldset class="pp-fieldset"${scoreError ? ' aria-describedby="score-error"' : ''}>`,
    `<legend class="pp-label">${m(lang, 'participant.feedback.score')}</legend>`,
    scoreError ? `<p class="pp-error" id="score-error">${esc(scoreError.message)}</p>` : '',
    [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<div class="pp-choice"><input type="radio" name="score" value="${n}" id="score-${n}"><label for="score-${n}">${m(
            lang,
            `participant.feedback.score${n}` as MessageKey,
          )}</label></div>`,
      )
      .join(''),
    '</fieldset>',
    textArea(state, 'feedback', {
      id: 'feedback-went-well',
      name: 'wentWell',
      label: m(lang, 'participant.feedback.wentWell'),
      rows: 3,
      maxLength: 5000,
    }),
    textArea(state, 'feedback', {
      id: 'feedback-tip',
      name: 'tip',
      label: m(lang, 'participant.feedback.tip', { leader }),
      rows: 3,
      maxLength: 5000,
    }),
    '<div class="pp-choice pp-choice--check">',
    '<input type="checkbox" name="anonymous" value="1" id="feedback-anonymous" aria-describedby="feedback-anonymous-hint">',
    `<label for="feedback-anonymous">${m(lang, 'participant.feedback.anonymous')}</label>`,
    '</div>',
    `<p class="pp-hint" id="feedback-anonymous-hint">${m(lang, 'participant.feedback.anonymousHint', { leader })}</p>`,
    `<button type="submit" class="pp-button pp-button--primary">${m(lang, 'participant.feedback.send')}</button>`,
    '</form>',
    '</section>',
  ].join('');
}

/** The participant's page: the record of the version they were given, with their answers as forms. */
export function participantPage(report: Report, state: PageState): string {
  const { lang } = state;
  const leader = report.leader.name;
  const notice =
    state.notice !== null
      ? `<div class="pp-notice pp-notice--success" role="status"><p>${m(
          lang,
          state.notice === 'feedback' ? 'participant.savedFeedback' : 'participant.saved',
        )}</p></div>`
      : state.error
        ? `<div class="pp-notice pp-notice--error" role="alert"><p>${m(lang, 'participant.formError')}</p></div>`
        : '';
  const body = [
    `<h1>${m(lang, 'participant.title')}</h1>`,
    report.viewer ? `<p class="pp-for">${m(lang, 'participant.for', { name: report.viewer.name })}</p>` : '',
    `<p class="pp-meta">${m(lang, 'participant.meta', {
      title: report.conversation.title,
      date: formatDate(report.conversation.startsAt, lang),
      leader,
    })}</p>`,
    report.version
      ? `<p class="pp-muted">${m(lang, 'participant.version', {
          number: report.version.number,
          date: formatDate(report.version.createdAt, lang),
        })}</p>`
      : '',
    notice,
    `<p>${m(lang, 'participant.intro', { leader })}</p>`,
    summarySection(report, state),
    agreementsSection(report, state),
    nextStepsSection(report, lang),
    contactSection(report, state),
    feedbackSection(report, state),
    `<footer class="pp-footer"><p>${m(lang, 'participant.footer.personal', {
      date: formatDate(state.linkExpiresAt, lang),
    })}</p><p><a href="/p/${state.token}?lang=${lang === 'nl' ? 'en' : 'nl'}" lang="${lang === 'nl' ? 'en' : 'nl'}">${m(
      lang,
      'participant.footer.language',
    )}</a></p></footer>`,
  ].join('\n');
  return page({
    lang,
    title: t(lang, 'participant.title'),
    organisation: report.organisation.name,
    body,
    opened: { action: `/p/${state.token}/opened`, csrf: state.csrf },
  });
}

/** The calm page of a link that does not work: what happened, what to do, whom to contact. */
export function brokenLinkPage(options: {
  lang: Lang;
  expired: boolean;
  organisation: string;
  contact: string | null;
}): string {
  const { lang } = options;
  const body = [
    `<h1>${m(lang, options.expired ? 'participant.broken.expiredTitle' : 'participant.broken.title')}</h1>`,
    `<p>${m(lang, options.expired ? 'participant.broken.expiredBody' : 'participant.broken.body')}</p>`,
    `<p>${m(lang, 'participant.broken.todo')}</p>`,
    options.organisation
      ? `<p>${m(lang, 'participant.broken.organisation', { organisation: options.organisation })}${
          options.contact ? ` <span dir="auto">${esc(options.contact)}</span>` : ''
        }</p>`
      : '',
  ].join('\n');
  return page({
    lang,
    title: t(lang, options.expired ? 'participant.broken.expiredTitle' : 'participant.broken.title'),
    organisation: options.organisation,
    body,
  });
}

/** A short page for "too many tries" and "could not be checked", with the way back. */
export function messagePage(options: {
  lang: Lang;
  organisation: string;
  title: MessageKey;
  body: MessageKey;
  back: string | null;
}): string {
  const { lang } = options;
  return page({
    lang,
    title: t(lang, options.title),
    organisation: options.organisation,
    body: [
      `<h1>${m(lang, options.title)}</h1>`,
      `<p>${m(lang, options.body)}</p>`,
      options.back ? `<p><a href="${esc(options.back)}">${m(lang, 'participant.back')}</a></p>` : '',
    ].join('\n'),
  });
}
