// Small charts drawn as SVG (no library: two chart shapes cost less than any library's bytes). Each chart is
// an image with a title and a description for screen readers, and the same numbers follow in a real table.
import { useId, type ReactNode } from 'react';

export interface BarRow {
  label: string;
  /** Shares 0–1 per series; null where the number is withheld (too few conversations). */
  values: (number | null)[];
}

/** Horizontal bars, one row per label, one bar per series (e.g. done and skipped per step). */
export function BarChart({
  title,
  description,
  series,
  rows,
  hiddenLabel,
  table,
}: {
  title: string;
  description: string;
  series: string[];
  rows: BarRow[];
  /** The word for a withheld number. */
  hiddenLabel: string;
  /** The data table below the chart. */
  table: ReactNode;
}) {
  const id = useId();
  const labelWidth = 190;
  const barArea = 340;
  const rowHeight = 18 * series.length + 14;
  const height = rows.length * rowHeight + 30;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${labelWidth + barArea + 70} ${height}`}
        className="chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line
              x1={labelWidth + tick * barArea}
              x2={labelWidth + tick * barArea}
              y1={0}
              y2={height - 22}
              className="chart__grid"
            />
            <text x={labelWidth + tick * barArea} y={height - 6} className="chart__axis" textAnchor="middle">
              {Math.round(tick * 100)}%
            </text>
          </g>
        ))}
        {rows.map((row, r) => (
          <g key={row.label} transform={`translate(0, ${r * rowHeight + 4})`}>
            <text x={labelWidth - 8} y={(rowHeight - 14) / 2 + 4} className="chart__label" textAnchor="end">
              {row.label}
            </text>
            {row.values.map((value, s) => (
              <g key={s} transform={`translate(${labelWidth}, ${s * 18})`}>
                {value === null ? (
                  <text x={4} y={12} className="chart__hidden">
                    {hiddenLabel}
                  </text>
                ) : (
                  <>
                    <rect
                      width={Math.max(1, value * barArea)}
                      height={14}
                      className={`chart__bar chart__bar--${s}`}
                    />
                    <text x={value * barArea + 6} y={11} className="chart__value">
                      {Math.round(value * 100)}%
                    </text>
                  </>
                )}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="chart__legend">
        {series.map((name, s) => (
          <span key={name} className="chart__key">
            <span className={`chart__swatch chart__bar--${s}`} aria-hidden="true" /> {name}
          </span>
        ))}
      </figcaption>
      {table}
    </figure>
  );
}

/** A line over time; points whose number is withheld break the line. */
export function LineChart({
  title,
  description,
  points,
  table,
  max: fixedMax,
}: {
  title: string;
  description: string;
  points: { label: string; value: number | null }[];
  table: ReactNode;
  /** The top of the scale (e.g. 5 for a score); by default the largest value. */
  max?: number;
}) {
  const id = useId();
  const width = 600;
  const height = 200;
  const pad = { left: 40, right: 16, top: 16, bottom: 40 };
  const max = fixedMax ?? Math.ceil(Math.max(1, ...points.map((p) => p.value ?? 0)));
  const x = (i: number) =>
    pad.left + (points.length <= 1 ? 0.5 : i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - v / max) * (height - pad.top - pad.bottom);
  // Consecutive shown points form one segment; a withheld point ends it.
  const segments: { i: number; v: number }[][] = [];
  let current: { i: number; v: number }[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push({ i, v: p.value });
  });
  if (current.length) segments.push(current);
  const step = Math.max(1, Math.ceil(points.length / 8));
  // Whole numbers on the axis, each once (a top of 1 would otherwise label its middle "1" too).
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const last = points.length - 1;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        className="chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={pad.left - 6} y={y(tick) + 4} className="chart__axis" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {segments.map((segment, s) => (
          <polyline
            key={s}
            className="chart__line"
            points={segment.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
          />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : <circle key={i} cx={x(i)} cy={y(p.value)} r={4} className="chart__dot" />,
        )}
        {points.map((p, i) =>
          i % step === 0 ? (
            <text
              key={i}
              x={x(i)}
              y={height - 14}
              className="chart__axis"
              // The last label ends at its point, so it stays inside the picture.
              textAnchor={i === last && last > 0 ? 'end' : 'middle'}
            >
              {p.label}
            </text>
          ) : null,
        )}
      </svg>
      {table}
    </figure>
  );
}
