// The coach's view ("Inzicht"): how a team, a leader or the whole organisation closes conversations, in
// aggregates only. A leader sees themself beside their team; numbers on fewer than five are never shown.
import { useEffect, useState, type FormEvent } from 'react';
import type { InsightAverage, InsightFigures, InsightRatio, InsightView } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { useClock } from '../app/clock.tsx';
import { usePageTitle } from '../app/router.tsx';
import { followupApi, type InsightParams, type InsightScopes } from '../api/index.ts';
import { BarChart, LineChart } from '../components/charts.tsx';
import { Loading, Notice } from '../components/feedback.tsx';
import { SelectField, TextField } from '../components/form.tsx';
import { formatDay, localDay } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { STEPS } from '../lib/labels.ts';

const FIGURES = ['closed', 'smartComplete', 'accepted', 'keptOnTime', 'summaryConfirmed'] as const;

function addDaysLocal(day: string, amount: number): string {
  const date = new Date(day + 'T12:00:00');
  date.setDate(date.getDate() + amount);
  return localDay(date);
}

/** The coach's view. */
export default function InsightPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('insight.title'));
  const clock = useClock();
  const today = localDay(clock.now());
  const [scopes, setScopes] = useState<InsightScopes | null>(null);
  const [choice, setChoice] = useState('leader:');
  const [from, setFrom] = useState(addDaysLocal(today, -90));
  const [to, setTo] = useState(today);
  const [params, setParams] = useState<InsightParams>({
    scope: 'leader',
    from: addDaysLocal(today, -90),
    to: today,
  });
  const [view, setView] = useState<InsightView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    followupApi.insightScopes().then(
      (value) => {
        setScopes(value);
        // A coach starts at their team; an administrator at the organisation; a leader at themself.
        if (value.teams.length === 1 && !value.organisation) setChoice(`team:${value.teams[0]!.id}`);
        else if (value.organisation) setChoice('organisation:');
      },
      (error: unknown) => setFailure(messageOf(error, t)),
    );
  }, [t]);

  useEffect(() => {
    const [scope, id] = choice.split(':') as [InsightParams['scope'], string];
    setParams((p) => ({ ...p, scope, id: id || undefined }));
  }, [choice]);

  useEffect(() => {
    let live = true;
    setView(null);
    followupApi.insight(params).then(
      (value) => {
        if (!live) return;
        setView(value);
        setFailure(null);
      },
      (error: unknown) => live && setFailure(messageOf(error, t)),
    );
    return () => {
      live = false;
    };
  }, [params, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams((p) => ({ ...p, from, to }));
  }

  return (
    <div className="stack-lg">
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('insight.title')}
        </h1>
        {view ? (
          <a className="button button--secondary" href={followupApi.insightCsvHref(params)} download>
            {t('insight.export')}
          </a>
        ) : null}
      </div>
      <p className="lead">{t('insight.intro', { minimum: view?.minimum ?? 5 })}</p>
      <form className="filters" onSubmit={submit} aria-label={t('insight.title')}>
        <SelectField label={t('insight.scope')} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="leader:">{t('insight.scope.self')}</option>
          {scopes?.teams.length ? (
            <optgroup label={t('insight.scope.teams')}>
              {scopes.teams.map((team) => (
                <option key={team.id} value={`team:${team.id}`}>
                  {team.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {scopes?.leaders.length ? (
            <optgroup label={t('insight.scope.leaders')}>
              {scopes.leaders.map((leader) => (
                <option key={leader.id} value={`leader:${leader.id}`}>
                  {leader.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {scopes?.organisation ? (
            <option value="organisation:">{t('insight.scope.organisation')}</option>
          ) : null}
        </SelectField>
        <TextField
          type="date"
          label={t('insight.from')}
          value={from}
          max={to}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          type="date"
          label={t('insight.to')}
          value={to}
          min={from}
          onChange={(e) => setTo(e.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('insight.show')}
        </button>
      </form>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!view && !failure ? <Loading label={t('web.loading')} /> : null}
      {view ? (
        <>
          <h2>
            {view.scope.kind === 'leader' && !params.id ? t('insight.scope.self') : view.scope.name}
            <span className="muted small">
              {' · '}
              {t('insight.period', {
                from: formatDay(view.period.from, locale, 'short'),
                to: formatDay(view.period.to, locale, 'short'),
              })}
            </span>
          </h2>
          {!view.enough ? (
            <Notice kind="info">{t('insight.tooFew', { minimum: view.minimum })}</Notice>
          ) : null}
          {view.enough ? <Figures view={view} /> : null}
          {view.compare ? <Compare view={view} /> : null}
          {view.leaders.length > 0 ? <Leaders view={view} /> : null}
        </>
      ) : null}
    </div>
  );
}

function useAverage() {
  const { t, locale } = useI18n();
  return (a: InsightAverage) =>
    a.shown
      ? t('insight.average', {
          average: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(a.average),
          base: a.base,
        })
      : t('insight.hidden');
}

function useShare() {
  const { t } = useI18n();
  return (r: InsightRatio) =>
    r.shown
      ? t('insight.share', { percent: Math.round(r.share * 100), part: r.part, base: r.base })
      : t('insight.hidden');
}

function Figures({ view }: { view: InsightView }) {
  const { t, locale } = useI18n();
  const share = useShare();
  const average = useAverage();
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const hidden = t('insight.hiddenWhy', { minimum: view.minimum });
  const stepName = (step: (typeof STEPS)[number]) => t(`insight.step.${step}` as MessageKey);
  const unit = t(view.trendUnit === 'week' ? 'insight.trend.week' : 'insight.trend.month');
  const bucketLabel = (bucket: string) =>
    view.trendUnit === 'week'
      ? formatDay(bucket, locale, 'short').replace(/^\S+\s/, '')
      : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(bucket + '-15'));
  return (
    <>
      <p>{t('insight.conversations', { count: view.conversations ?? 0 })}</p>
      <dl className="figures">
        {FIGURES.map((key) => (
          <div key={key} className="figure">
            <dt>{t(`insight.figure.${key}`)}</dt>
            <dd>
              {view[key].shown ? (
                <>
                  <span className="figure__value">
                    {Math.round((view[key] as { share: number }).share * 100)}%
                  </span>
                  <span className="small muted"> {share(view[key])}</span>
                </>
              ) : (
                <span className="muted" title={hidden}>
                  {t('insight.hidden')}
                </span>
              )}
            </dd>
          </div>
        ))}
        <div className="figure">
          <dt>{t('insight.figure.feedbackScore')}</dt>
          <dd>
            {view.feedback.score.shown ? (
              <>
                <span className="figure__value">{number(view.feedback.score.average)}</span>
                <span className="small muted"> {average(view.feedback.score)}</span>
              </>
            ) : (
              <span className="muted" title={hidden}>
                {t('insight.hidden')}
              </span>
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="insight-steps" className="stack">
        <h3 id="insight-steps">{t('insight.steps.title')}</h3>
        <BarChart
          title={t('insight.steps.title')}
          description={t('insight.steps.desc')}
          series={[t('insight.steps.done'), t('insight.steps.skipped')]}
          hiddenLabel={t('insight.hidden')}
          rows={STEPS.map((step) => ({
            label: stepName(step),
            values: [view.steps[step].done, view.steps[step].skipped].map((r) => (r.shown ? r.share : null)),
          }))}
          table={
            <table className="data-table">
              <caption>{t('insight.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.steps.step')}</th>
                  <th scope="col">{t('insight.steps.done')}</th>
                  <th scope="col">{t('insight.steps.skipped')}</th>
                  <th scope="col">{t('insight.steps.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {STEPS.map((step) => (
                  <tr key={step}>
                    <th scope="row">{stepName(step)}</th>
                    <td>{share(view.steps[step].done)}</td>
                    <td>{share(view.steps[step].skipped)}</td>
                    <td>
                      {view.steps[step].topReasons.length > 0
                        ? view.steps[step].topReasons.map((r) => `${r.reason} (${r.count})`).join('; ')
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>

      <section aria-labelledby="insight-trend" className="stack">
        <h3 id="insight-trend">{t('insight.trend.title', { unit })}</h3>
        {view.trend.length === 0 ? (
          <p className="muted">{t('insight.trend.none')}</p>
        ) : (
          <LineChart
            title={t('insight.trend.title', { unit })}
            description={t('insight.trend.desc', { unit })}
            points={view.trend.map((p) => ({ label: bucketLabel(p.bucket), value: p.closed }))}
            table={
              <table className="data-table">
                <caption>{t('insight.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insight.trend.bucket')}</th>
                    <th scope="col">{t('insight.trend.closed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.trend.map((p) => (
                    <tr key={p.bucket}>
                      <th scope="row">
                        {view.trendUnit === 'week'
                          ? t('insight.trend.weekOf', { day: formatDay(p.bucket, locale, 'short') })
                          : bucketLabel(p.bucket)}
                      </th>
                      <td>{p.closed ?? t('insight.hidden')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        )}
      </section>

      <Feedback view={view} unit={unit} bucketLabel={bucketLabel} />
    </>
  );
}

/** The participants' own words: answers, the average score over time, and their tips (no names, no dates). */
function Feedback({
  view,
  unit,
  bucketLabel,
}: {
  view: InsightView;
  unit: string;
  bucketLabel: (bucket: string) => string;
}) {
  const { t, locale } = useI18n();
  const average = useAverage();
  const f = view.feedback;
  const shownTrend = f.trend.some((p) => p.score !== null);
  return (
    <section aria-labelledby="insight-feedback" className="stack">
      <h3 id="insight-feedback">{t('insight.feedback.title')}</h3>
      {f.answers === null ? (
        <p className="muted">{t('insight.feedback.tooFew', { minimum: view.minimum })}</p>
      ) : (
        <>
          <p>
            {t('insight.feedback.answers', { count: f.answers })} · {t('insight.feedback.score')}:{' '}
            {average(f.score)}
          </p>
          {shownTrend ? (
            <LineChart
              title={t('insight.feedback.trendTitle', { unit })}
              description={t('insight.feedback.trendDesc', { unit })}
              max={5}
              points={f.trend.map((p) => ({ label: bucketLabel(p.bucket), value: p.score }))}
              table={
                <table className="data-table">
                  <caption>{t('insight.table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('insight.trend.bucket')}</th>
                      <th scope="col">{t('insight.feedback.score')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {f.trend.map((p) => (
                      <tr key={p.bucket}>
                        <th scope="row">
                          {view.trendUnit === 'week'
                            ? t('insight.trend.weekOf', { day: formatDay(p.bucket, locale, 'short') })
                            : bucketLabel(p.bucket)}
                        </th>
                        <td>
                          {p.score === null
                            ? t('insight.hidden')
                            : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(p.score)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            />
          ) : null}
          {f.tips ? (
            <div className="stack">
              <h4>{t('insight.feedback.tips')}</h4>
              <p className="muted small">{t('insight.feedback.tipsNote')}</p>
              {f.tips.length === 0 ? (
                <p className="muted">{t('insight.feedback.noTips')}</p>
              ) : (
                <ul className="insight-tips">
                  {f.tips.map((tip, i) => (
                    <li key={i}>{tip}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function Compare({ view }: { view: InsightView }) {
  const { t } = useI18n();
  const share = useShare();
  const average = useAverage();
  const team = view.compare as InsightFigures & { name: string };
  return (
    <section aria-labelledby="insight-compare" className="stack">
      <h3 id="insight-compare">{t('insight.compare', { name: team.name })}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('insight.compare.you')}</th>
            <th scope="col">{t('insight.compare.team')}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`insight.figure.${key}`)}</th>
              <td>{share(view[key])}</td>
              <td>{share(team[key])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('insight.figure.feedbackScore')}</th>
            <td>{average(view.feedback.score)}</td>
            <td>{average(team.feedback.score)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function Leaders({ view }: { view: InsightView }) {
  const { t } = useI18n();
  const share = useShare();
  const average = useAverage();
  return (
    <section aria-labelledby="insight-leaders" className="stack">
      <h3 id="insight-leaders">{t('insight.leaders.title')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('insight.leaders.name')}</th>
            <th scope="col">{t('insight.leaders.conversations')}</th>
            <th scope="col">{t('insight.figure.closed')}</th>
            <th scope="col">{t('insight.figure.smartComplete')}</th>
            <th scope="col">{t('insight.figure.keptOnTime')}</th>
            <th scope="col">{t('insight.figure.feedbackScore')}</th>
          </tr>
        </thead>
        <tbody>
          {view.leaders.map((leader) => (
            <tr key={leader.id}>
              <th scope="row">{leader.name}</th>
              <td>{leader.conversations ?? t('insight.hidden')}</td>
              <td>{share(leader.closed)}</td>
              <td>{share(leader.smartComplete)}</td>
              <td>{share(leader.keptOnTime)}</td>
              <td>{average(leader.feedbackScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
