// The scores of a leader's attempts at one scenario over time: an SVG line chart with a title and a
// description for screen readers, and the same numbers in a table (which also holds the share and delete
// controls).
import { useId, useState } from 'react';
import type { PracticeAttemptSummary } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePracticeText } from './text.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { Notice } from '../components/feedback.tsx';
import { messageOf } from '../lib/errors.ts';

const PARTS = ['total', 'tension', 'clarity', 'closing'] as const;
/** Lines differ by dash pattern and marker, not only by colour. */
const STYLE: Record<(typeof PARTS)[number], { dash: string; width: number }> = {
  total: { dash: '', width: 3 },
  tension: { dash: '6 4', width: 2 },
  clarity: { dash: '2 3', width: 2 },
  closing: { dash: '10 3 2 3', width: 2 },
};

export function HistoryChart({
  title,
  attempts,
  canShare,
  onShare,
  onDelete,
}: {
  title: string;
  attempts: PracticeAttemptSummary[];
  canShare: boolean;
  onShare?: (attempt: PracticeAttemptSummary, shared: boolean) => Promise<void>;
  onDelete?: (attempt: PracticeAttemptSummary) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const pt = usePracticeText();
  const id = useId();
  // A share or delete the server refused (gone meanwhile, signed out, offline) is said here, at the table;
  // the checkbox follows what is stored, so it stays as it was.
  const [problem, setProblem] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => {
    setProblem(null);
    action().catch((reason: unknown) => setProblem(messageOf(reason, t)));
  };
  if (attempts.length === 0) return null;
  const width = 560;
  const height = 220;
  const pad = { left: 40, right: 16, top: 12, bottom: 28 };
  const x = (i: number) =>
    pad.left +
    (attempts.length === 1
      ? (width - pad.left - pad.right) / 2
      : (i * (width - pad.left - pad.right)) / (attempts.length - 1));
  const y = (score: number) => pad.top + ((100 - score) * (height - pad.top - pad.bottom)) / 100;
  const first = attempts[0]!.score.total;
  const last = attempts[attempts.length - 1]!.score.total;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  return (
    <figure className="practice-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="practice-chart__svg"
      >
        <title id={`${id}-title`}>{pt('practice.web.chart.title', { title })}</title>
        <desc id={`${id}-desc`}>
          {pt('practice.web.chart.desc', { count: attempts.length, first, last })}
        </desc>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} className="practice-chart__grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="practice-chart__label">
              {v}
            </text>
          </g>
        ))}
        {attempts.map((_, i) => (
          <text key={i} x={x(i)} y={height - 8} textAnchor="middle" className="practice-chart__label">
            {i + 1}
          </text>
        ))}
        {PARTS.map((part) => (
          <g key={part} className={`practice-chart__line practice-chart__line--${part}`}>
            <polyline
              fill="none"
              strokeDasharray={STYLE[part].dash}
              strokeWidth={STYLE[part].width}
              points={attempts.map((a, i) => `${x(i)},${y(a.score[part])}`).join(' ')}
            />
            {attempts.map((a, i) => (
              <circle key={i} cx={x(i)} cy={y(a.score[part])} r={part === 'total' ? 4 : 2.5} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="practice-chart__legend">
          {PARTS.map((part) => (
            <li key={part}>
              <svg width="28" height="10" aria-hidden="true" className={`practice-chart__line--${part}`}>
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  strokeDasharray={STYLE[part].dash}
                  strokeWidth={STYLE[part].width}
                />
              </svg>{' '}
              {t(`practice.part.${part}` as MessageKey)}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className="table-scroll">
        <table className="practice-table">
          <caption className="visually-hidden">{pt('practice.web.chart.title', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{pt('practice.web.table.attempt')}</th>
              <th scope="col">{pt('practice.web.table.date')}</th>
              {PARTS.map((part) => (
                <th key={part} scope="col">
                  {t(`practice.part.${part}` as MessageKey)}
                </th>
              ))}
              <th scope="col">{pt('practice.web.table.end')}</th>
              <th scope="col">{pt('practice.web.table.shared')}</th>
              {onDelete ? <th scope="col">{pt('practice.web.table.delete')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {attempts.map((a, i) => (
              <tr key={a.id}>
                <th scope="row">{i + 1}</th>
                <td>{date(a.createdAt)}</td>
                {PARTS.map((part) => (
                  <td key={part}>{a.score[part]}</td>
                ))}
                <td>{t(`practice.end.${a.end}` as MessageKey)}</td>
                <td>
                  {canShare && onShare ? (
                    <input
                      type="checkbox"
                      checked={a.shared}
                      aria-label={pt('practice.web.shareAttempt', { n: i + 1 })}
                      onChange={(e) => {
                        const shared = e.target.checked;
                        run(() => onShare(a, shared));
                      }}
                    />
                  ) : a.shared ? (
                    pt('practice.web.yes')
                  ) : (
                    pt('practice.web.no')
                  )}
                </td>
                {onDelete ? (
                  <td>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => {
                        // Deleting cannot be undone: ask first.
                        if (window.confirm(pt('practice.web.deleteConfirm', { n: i + 1 })))
                          run(() => onDelete(a));
                      }}
                    >
                      {pt('practice.web.deleteAttempt', { n: i + 1 })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem ? (
        <Notice kind="error" live="assertive">
          {problem}
        </Notice>
      ) : null}
    </figure>
  );
}
