// The practice part of the web app (this folder is not named practice: that is the engine's module), loaded
// as a separate chunk: the list of exercises, one exercise, the
// leader's progress, a preparation card on its own, and the coach's view of the team.
import { useEffect, useState } from 'react';
import type { PracticeAttemptSummary, TeamPractice } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { PreparationCard } from '../../practice/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePracticeText } from './text.ts';
import { Link, matchPath, usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { Loading, Notice } from '../components/feedback.tsx';
import { messageOf } from '../lib/errors.ts';
import { practiceApi, type ScenarioSummary } from './api.ts';
import { Exercise } from './Exercise.tsx';
import { HistoryChart } from './HistoryChart.tsx';
import { PrepCard } from './PrepCard.tsx';
import '../styles/practice.css';

/** Loads once; re-loads when `key` changes. */
function useLoad<T>(
  load: () => Promise<T>,
  key: string,
): { value: T | null; error: string | null; reload: () => void } {
  const { t } = useI18n();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setValue(null);
    load()
      .then((v) => live && setValue(v))
      .catch((reason: unknown) => live && setError(messageOf(reason, t)));
    return () => {
      live = false;
    };
  }, [key, round, t]);
  return { value, error, reload: () => setRound((r) => r + 1) };
}

/** The route table of /practice/…. */
export default function PracticePage({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if (path === '/practice' || path === '/practice/') return <ScenarioList />;
  if (path === '/practice/history') return <History />;
  if (path === '/practice/team') return <TeamView />;
  if ((params = matchPath('/practice/cards/:cardId', path)))
    return <CardPage key={params.cardId} id={params.cardId!} />;
  if ((params = matchPath('/practice/:scenarioId', path)))
    return <Exercise key={params.scenarioId} scenarioId={params.scenarioId!} />;
  return null;
}

function ScenarioList() {
  const { t, lang } = useI18n();
  const pt = usePracticeText();
  const { state } = useSession();
  usePageTitle(pt('practice.web.title'));
  const scenarios = useLoad(() => Promise.all([practiceApi.scenarios(), practiceApi.attempts()]), 'list');
  const isCoach = state.status === 'signedIn' && state.user.role === 'coach' && state.user.teamId;
  if (scenarios.error) return <Notice kind="error">{scenarios.error}</Notice>;
  if (!scenarios.value) return <Loading label={t('web.loading')} />;
  const [list, attempts] = scenarios.value;
  // The interface's language first, then the other.
  const ordered = [...list.filter((s) => s.lang === lang), ...list.filter((s) => s.lang !== lang)];
  const groups = (lang === 'nl' ? (['nl', 'en'] as const) : (['en', 'nl'] as const))
    .map((l) => ({ lang: l, items: ordered.filter((s) => s.lang === l) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {pt('practice.web.title')}
        </h1>
        <div className="button-row">
          <Link href="/practice/history" className="button">
            {pt('practice.web.history')}
          </Link>
          {isCoach ? (
            <Link href="/practice/team" className="button">
              {pt('practice.web.team')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="lead">{pt('practice.web.intro')}</p>
      {list.length === 0 ? <Notice>{pt('practice.web.empty')}</Notice> : null}
      {groups.map((group) => (
        <section key={group.lang} aria-labelledby={`lang-${group.lang}`} className="stack">
          <h2 id={`lang-${group.lang}`}>{t(`practice.lang.${group.lang}` as MessageKey)}</h2>
          <ul className="cards">
            {group.items.map((s) => (
              <ScenarioCard
                key={s.id}
                scenario={s}
                attempts={attempts.filter((a) => a.scenarioId === s.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ScenarioCard({
  scenario,
  attempts,
}: {
  scenario: ScenarioSummary;
  attempts: PracticeAttemptSummary[];
}) {
  const { t, lang: uiLang } = useI18n();
  const pt = usePracticeText();
  const last = attempts[attempts.length - 1];
  return (
    <li className="card" lang={scenario.lang}>
      <h3 className="card__title">{scenario.title}</h3>
      <p className="card__meta" lang={uiLang}>
        <span className="badge">{t(`practice.setting.${scenario.setting}` as MessageKey)}</span>
        <span>{pt('practice.web.persona', { name: scenario.persona })}</span>
        <span>
          {last
            ? pt('practice.web.attempts', { count: attempts.length, score: last.score.total })
            : pt('practice.web.never')}
        </span>
      </p>
      <p>{scenario.summary}</p>
      <p className="card__footer" lang={uiLang}>
        {/* The link's name says which scenario, with the title in its own language; one hidden span holds the
            whole name, so it reads as one phrase. */}
        <Link href={`/practice/${encodeURIComponent(scenario.id)}`}>
          <span aria-hidden="true">{pt('practice.web.prepare')}</span>
          <span className="visually-hidden">
            {pt('practice.web.prepare')}: <span lang={scenario.lang}>{scenario.title}</span>
          </span>
        </Link>
      </p>
    </li>
  );
}

function History() {
  const { t } = useI18n();
  const pt = usePracticeText();
  const { state } = useSession();
  usePageTitle(pt('practice.web.history'));
  const data = useLoad(() => practiceApi.attempts(), 'history');
  const [attempts, setAttempts] = useState<PracticeAttemptSummary[] | null>(null);
  useEffect(() => setAttempts(data.value), [data.value]);
  const canShare = state.status === 'signedIn' && Boolean(state.user.teamId);
  if (data.error) return <Notice kind="error">{data.error}</Notice>;
  if (!attempts) return <Loading label={t('web.loading')} />;
  const byScenario = new Map<string, PracticeAttemptSummary[]>();
  for (const a of attempts) byScenario.set(a.scenarioId, [...(byScenario.get(a.scenarioId) ?? []), a]);
  async function share(attempt: PracticeAttemptSummary, shared: boolean) {
    const updated = await practiceApi.share(attempt.id, shared);
    setAttempts((list) => list?.map((a) => (a.id === updated.id ? updated : a)) ?? null);
  }
  async function remove(attempt: PracticeAttemptSummary) {
    await practiceApi.remove(attempt.id);
    setAttempts((list) => list?.filter((a) => a.id !== attempt.id) ?? null);
  }
  return (
    <>
      <p>
        <Link href="/practice">{pt('practice.web.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {pt('practice.web.history')}
      </h1>
      {byScenario.size === 0 ? <p>{pt('practice.web.noHistory')}</p> : null}
      {[...byScenario.entries()].map(([scenarioId, list]) => {
        const title = list[list.length - 1]!.scenarioTitle;
        return (
          <section key={scenarioId} aria-labelledby={`h-${scenarioId}`} className="stack">
            <h2 id={`h-${scenarioId}`} lang={list[0]!.lang}>
              <Link href={`/practice/${encodeURIComponent(scenarioId)}`}>{title}</Link>
            </h2>
            <HistoryChart
              title={title}
              attempts={list}
              canShare={canShare}
              onShare={share}
              onDelete={remove}
            />
          </section>
        );
      })}
      {!canShare && byScenario.size > 0 ? <p className="muted">{pt('practice.web.noTeam')}</p> : null}
    </>
  );
}

function CardPage({ id }: { id: string }) {
  const { t } = useI18n();
  const pt = usePracticeText();
  const data = useLoad(() => practiceApi.card(id), id);
  usePageTitle(data.value ? data.value.card.title : pt('practice.web.card.title'));
  if (data.error) return <Notice kind="error">{data.error}</Notice>;
  if (!data.value) return <Loading label={t('web.loading')} />;
  const { card, scenarios } = data.value as {
    card: PreparationCard;
    scenarios: { id: string; title: string }[];
  };
  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        {pt('practice.web.prepareReal')}
      </h1>
      <PrepCard card={card} />
      {scenarios.length > 0 ? (
        <section aria-labelledby="practise-title">
          <h2 id="practise-title">{pt('practice.web.card.practise')}</h2>
          <ul>
            {scenarios.map((s) => (
              <li key={s.id} lang={card.lang}>
                <Link href={`/practice/${encodeURIComponent(s.id)}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function TeamView() {
  const { t } = useI18n();
  const pt = usePracticeText();
  const { state } = useSession();
  usePageTitle(pt('practice.web.team'));
  const teamId = state.status === 'signedIn' && state.user.role === 'coach' ? state.user.teamId : null;
  const data = useLoad<TeamPractice | null>(
    () => (teamId ? practiceApi.team(teamId) : Promise.resolve(null)),
    teamId ?? '',
  );
  if (!teamId)
    return (
      <>
        <h1 id="page-title" tabIndex={-1}>
          {pt('practice.web.team')}
        </h1>
        <Notice>{pt('practice.web.notCoach')}</Notice>
      </>
    );
  if (data.error) return <Notice kind="error">{data.error}</Notice>;
  if (!data.value) return <Loading label={t('web.loading')} />;
  const team = data.value;
  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        {pt('practice.web.team')}
      </h1>
      <p className="lead">{pt('practice.web.teamIntro')}</p>
      {team.attempts === 0 ? (
        <p>{pt('practice.web.teamNone')}</p>
      ) : (
        <>
          <p>{pt('practice.web.teamSummary', { leaders: team.leadersSharing, attempts: team.attempts })}</p>
          <div className="table-scroll">
            <table className="practice-table">
              <thead>
                <tr>
                  <th scope="col">{pt('practice.web.teamScenario')}</th>
                  <th scope="col">{pt('practice.web.teamAttempts')}</th>
                  <th scope="col">{pt('practice.web.teamLeaders')}</th>
                  {(['total', 'tension', 'clarity', 'closing'] as const).map((p) => (
                    <th key={p} scope="col">
                      {t(`practice.part.${p}` as MessageKey)}
                    </th>
                  ))}
                  <th scope="col">{pt('practice.web.teamGood')}</th>
                  <th scope="col">{pt('practice.web.teamImprovement')}</th>
                </tr>
              </thead>
              <tbody>
                {team.scenarios.map((s) => (
                  <tr key={s.scenarioId}>
                    <th scope="row">{s.title}</th>
                    <td>{s.attempts}</td>
                    <td>{s.leaders}</td>
                    <td>{s.average.total}</td>
                    <td>{s.average.tension}</td>
                    <td>{s.average.clarity}</td>
                    <td>{s.average.closing}</td>
                    <td>{s.ends.good ?? 0}</td>
                    <td>
                      {s.improvement === null ? '—' : s.improvement > 0 ? `+${s.improvement}` : s.improvement}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
