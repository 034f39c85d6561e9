// The report model as plain text: what "copy" puts on the clipboard and the text part of the share mail.
// The same sections and words as the HTML, without markup; people's text cleaned of control characters and
// bidirectional overrides.
import type { Report } from '../core/index.ts';
import { clean, oneLine } from './text.ts';
import { outdatedNote, versionLine, wordsOf, type Words } from './words.ts';

export interface TextOptions {
  now: Date;
}

function heading(title: string): string {
  return `${title.toUpperCase()}\n`;
}

/** Indents every line after the first, so a multi-line text stays inside its list item. */
function indent(text: string, by = '   '): string {
  return clean(text).split('\n').join(`\n${by}`);
}

function summary(report: Report, w: Words): string[] {
  const lines = [report.summary.text ? clean(report.summary.text) : w.t('report.empty')];
  for (const a of report.summary.answers) {
    const outdated = outdatedNote(w, a);
    const text = report.viewer
      ? w.t(`report.summary.yours.${a.state}`, { correction: indent(a.correction) })
      : w.t(`report.summary.${a.state}`, { name: oneLine(a.name), correction: indent(a.correction) });
    lines.push(`- ${text}${outdated}`);
  }
  return lines;
}

function agreements(report: Report, w: Words): string[] {
  if (report.agreements.length === 0) return [w.t('report.empty')];
  const lines: string[] = [];
  for (const a of report.agreements) {
    lines.push(`${a.number}. ${indent(a.sentence)}`);
    if (a.measure) lines.push(`   ${w.t('report.agreement.measure', { measure: indent(a.measure) })}`);
    if (a.status !== 'open') lines.push(`   ${w.t(`report.agreement.status.${a.status}`)}`);
    if (a.mine) lines.push(`   ${w.t('report.agreement.mine')}`);
    for (const x of a.answers) {
      const own = report.viewer !== null;
      const answer = own
        ? w.t(`report.agreement.yours.${x.state}`, { reason: indent(x.reason, '     ') })
        : w.t(`report.agreement.${x.state}`, { name: oneLine(x.name), reason: indent(x.reason, '     ') });
      lines.push(`   - ${answer}${outdatedNote(w, x)}`);
      if (x.done) {
        const note = indent(x.done.note, '     ');
        lines.push(
          `   - ${own ? w.t('report.agreement.yours.done', { note }) : w.t('report.agreement.done', { name: oneLine(x.name), note })}`,
        );
      }
    }
    if (a.history.length > 0) {
      lines.push(`   ${w.t('report.agreement.history')}:`);
      for (const h of a.history) {
        const values = { date: w.instant(h.at), status: w.t(`report.agreement.statusName.${h.status}`) };
        lines.push(
          `   - ${h.note ? w.t('report.agreement.historyNote', { ...values, note: indent(h.note, '     ') }) : w.t('report.agreement.historyEntry', values)}`,
        );
      }
    }
  }
  return lines;
}

function nextSteps(report: Report, w: Words): string[] {
  if (report.nextSteps.length === 0) return [w.t('report.empty')];
  return report.nextSteps.map((s) => {
    const when = s.date ? w.day(s.date) : w.t('report.nextStep.noDate');
    return `- ${when}: ${oneLine(s.label)}${s.note ? ` (${oneLine(s.note)})` : ''}`;
  });
}

function questions(report: Report, w: Words): string[] {
  if (report.questions.length === 0) return [w.t('report.empty')];
  const lines: string[] = [];
  for (const q of report.questions) {
    lines.push(
      `- ${q.askedBy ? w.t('report.question.askedBy', { name: oneLine(q.askedBy), text: indent(q.text, '  ') }) : indent(q.text, '  ')}`,
    );
    if (q.state === 'answered' && q.answer)
      lines.push(`  ${w.t('report.question.answer', { answer: indent(q.answer, '  ') })}`);
    else if (q.state === 'follow_up')
      lines.push(
        `  ${q.answer ? w.t('report.question.followUp', { note: indent(q.answer, '  ') }) : w.t('report.question.followUpBare')}`,
      );
    else lines.push(`  ${w.t('report.question.open')}`);
  }
  return lines;
}

/** The leader's card as lines of text. */
export function cardText(report: Report, w: Words): string[] {
  const card = report.leader;
  const lines = [w.t('report.contact.leaderIntro', { name: oneLine(card.name) })];
  lines.push(card.role ? `${oneLine(card.name)}, ${oneLine(card.role)}` : oneLine(card.name));
  if (report.organisation.name) lines.push(oneLine(report.organisation.name));
  if (card.phone) lines.push(`${w.t('report.contact.phone')}: ${oneLine(card.phone)}`);
  if (card.email) lines.push(`${w.t('report.contact.email')}: ${oneLine(card.email)}`);
  if (card.reachability) lines.push(`${w.t('report.contact.reachability')}: ${oneLine(card.reachability)}`);
  return lines;
}

function contact(report: Report, w: Words): string[] {
  const lines = cardText(report, w);
  const others = report.participants.filter((p) => p.email || p.phone);
  if (others.length > 0) {
    lines.push('', w.t('report.contact.participants'));
    for (const p of others)
      lines.push(
        `- ${oneLine(p.name)}: ${[p.email, p.phone]
          .filter(Boolean)
          .map((x) => oneLine(x))
          .join(', ')}`,
      );
  }
  return lines;
}

/** The record as plain text, sections separated by a blank line. */
export function renderReportText(report: Report, options: TextOptions): string {
  const w = wordsOf(report);
  const c = report.conversation;
  const head = [
    report.organisation.name ? oneLine(report.organisation.name) : '',
    report.viewer ? w.t('report.forViewer', { name: oneLine(report.viewer.name) }) : w.t('report.eyebrow'),
    oneLine(c.title),
    versionLine(report, w, options.now),
    report.draft ? w.t('report.draft') : '',
    report.audience.kind === 'leader' ? w.t('report.internalVersion') : '',
    '',
    `${w.t('report.fact.when')}: ${w.instant(c.startsAt)}`,
    c.typeName ? `${w.t('report.fact.type')}: ${oneLine(c.typeName)}` : '',
    `${w.t('report.fact.mode')}: ${w.t(`report.mode.${c.mode}`)}`,
    `${w.t('report.fact.leader')}: ${oneLine(report.leader.name)}`,
    `${w.t('report.fact.participants')}: ${report.participants.map((p) => (p.role ? `${oneLine(p.name)} (${oneLine(p.role)})` : oneLine(p.name))).join(', ') || '—'}`,
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '');
  const blocks = [
    head.join('\n').trim(),
    heading(w.t('report.section.summary')) + summary(report, w).join('\n'),
    heading(w.t('report.section.agreements')) + agreements(report, w).join('\n'),
    heading(w.t('report.section.nextSteps')) + nextSteps(report, w).join('\n'),
    heading(w.t('report.section.questions')) + questions(report, w).join('\n'),
    heading(w.t('report.section.contact')) + contact(report, w).join('\n'),
    heading(w.t('report.section.closing')) +
      (report.closingMessage ? clean(report.closingMessage) : w.t('report.closing.thanked')),
  ];
  return `${blocks.join('\n\n')}\n`;
}
