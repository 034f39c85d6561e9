// The coach's view as CSV, for a spreadsheet: one row per figure, in the reader's language. Cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, return) are made plain text: skip reasons are typed by
// people, and a CSV must never become a way to run something on the coach's machine.
import {
  STEP_KEYS,
  type InsightAverage,
  type InsightFigures,
  type InsightRatio,
  type InsightView,
} from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';

/** One CSV cell, quoted, with formula starts neutralised. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function ratioCells(r: InsightRatio): (number | null)[] {
  return r.shown ? [Math.round(r.share * 1000) / 10, r.part, r.base] : [null, null, null];
}

/** An average score goes in the count column, with the number of scores as its base. */
function averageCells(a: InsightAverage): (number | null)[] {
  return a.shown ? [null, a.average, a.base] : [null, null, null];
}

function figureRows(scope: string, f: InsightFigures, lang: Lang): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    [scope, t(lang, 'insight.csv.conversations'), f.conversations, null, null],
    [scope, t(lang, 'insight.figure.closed'), ...ratioCells(f.closed)],
    [scope, t(lang, 'insight.figure.smartComplete'), ...ratioCells(f.smartComplete)],
    [scope, t(lang, 'insight.figure.accepted'), ...ratioCells(f.accepted)],
    [scope, t(lang, 'insight.figure.keptOnTime'), ...ratioCells(f.keptOnTime)],
    [scope, t(lang, 'insight.figure.summaryConfirmed'), ...ratioCells(f.summaryConfirmed)],
  ];
  for (const step of STEP_KEYS) {
    const name = t(lang, `insight.step.${step}`);
    rows.push([scope, t(lang, 'insight.csv.stepDone', { step: name }), ...ratioCells(f.steps[step].done)]);
    rows.push([
      scope,
      t(lang, 'insight.csv.stepSkipped', { step: name }),
      ...ratioCells(f.steps[step].skipped),
    ]);
    for (const reason of f.steps[step].topReasons) {
      rows.push([
        scope,
        t(lang, 'insight.csv.skipReason', { step: name, reason: reason.reason }),
        null,
        reason.count,
        null,
      ]);
    }
  }
  for (const point of f.trend) {
    rows.push([scope, t(lang, 'insight.csv.trend', { bucket: point.bucket }), null, point.closed, null]);
  }
  rows.push([scope, t(lang, 'insight.csv.feedbackAnswers'), null, f.feedback.answers, null]);
  rows.push([scope, t(lang, 'insight.figure.feedbackScore'), ...averageCells(f.feedback.score)]);
  for (const point of f.feedback.trend) {
    rows.push([scope, t(lang, 'insight.csv.scoreTrend', { bucket: point.bucket }), null, point.score, null]);
  }
  for (const tip of f.feedback.tips ?? []) rows.push([scope, t(lang, 'insight.csv.tip'), null, tip, null]);
  return rows;
}

/** The whole view as CSV text (UTF-8, comma-separated, a header row first). */
export function insightCsv(view: InsightView, lang: Lang): string {
  const header = [
    t(lang, 'insight.csv.scope'),
    t(lang, 'insight.csv.figure'),
    t(lang, 'insight.csv.percent'),
    t(lang, 'insight.csv.count'),
    t(lang, 'insight.csv.base'),
  ];
  const rows = [header, ...figureRows(view.scope.name, view, lang)];
  if (view.compare) rows.push(...figureRows(view.compare.name, view.compare, lang));
  for (const leader of view.leaders) {
    rows.push([leader.name, t(lang, 'insight.csv.conversations'), leader.conversations, null, null]);
    rows.push([leader.name, t(lang, 'insight.figure.closed'), ...ratioCells(leader.closed)]);
    rows.push([leader.name, t(lang, 'insight.figure.smartComplete'), ...ratioCells(leader.smartComplete)]);
    rows.push([leader.name, t(lang, 'insight.figure.keptOnTime'), ...ratioCells(leader.keptOnTime)]);
    rows.push([leader.name, t(lang, 'insight.figure.feedbackScore'), ...averageCells(leader.feedbackScore)]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
