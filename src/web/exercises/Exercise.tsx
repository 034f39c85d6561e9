// One exercise: the preparation card, the conversation (the engine runs here, in the browser, so a reply is
// instant and works without a connection), and the debrief, which the server stores after replaying it.
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PracticeAttemptSummary } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import {
  debrief as debriefOf,
  playTurn,
  startPractice,
  suggest,
  type Debrief,
  type PracticeState,
  type PreparationCard,
  type PublicScenario,
} from '../../practice/index.ts';
import { useClock } from '../app/clock.tsx';
import { useI18n } from '../app/i18n.tsx';
import { usePracticeText } from './text.ts';
import { Link, usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { Checkbox } from '../components/form.tsx';
import { Loading, Notice } from '../components/feedback.tsx';
import { localDay } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { STEPS, stepTitle } from '../lib/labels.ts';
import { practiceApi } from './api.ts';
import { HistoryChart } from './HistoryChart.tsx';
import { PrepCard } from './PrepCard.tsx';

type Phase = 'prepare' | 'play' | 'debrief';

const moveLabel = (move: string) => `practice.move.${move}` as MessageKey;

export function Exercise({ scenarioId }: { scenarioId: string }) {
  const { t } = useI18n();
  const pt = usePracticeText();
  const [data, setData] = useState<{ scenario: PublicScenario; card: PreparationCard } | null>(null);
  const [history, setHistory] = useState<PracticeAttemptSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const loadHistory = useCallback(
    async () => setHistory(await practiceApi.attempts(scenarioId)),
    [scenarioId],
  );
  useEffect(() => {
    let live = true;
    Promise.all([practiceApi.scenario(scenarioId), practiceApi.attempts(scenarioId)])
      .then(([answer, attempts]) => {
        if (!live) return;
        setData(answer);
        setHistory(attempts);
      })
      .catch((reason: unknown) => live && setError(messageOf(reason, t)));
    return () => {
      live = false;
    };
  }, [scenarioId, t]);

  if (error) {
    return (
      <Notice kind="error" title={error}>
        <p>
          <Link href="/practice">{pt('practice.web.back')}</Link>
        </p>
      </Notice>
    );
  }
  if (!data) return <Loading label={t('web.loading')} />;
  return (
    <Session
      scenario={data.scenario}
      card={data.card}
      history={history}
      reloadHistory={loadHistory}
      setHistory={setHistory}
    />
  );
}

function Session({
  scenario,
  card,
  history,
  reloadHistory,
  setHistory,
}: {
  scenario: PublicScenario;
  card: PreparationCard;
  history: PracticeAttemptSummary[];
  reloadHistory: () => Promise<void>;
  setHistory: (h: PracticeAttemptSummary[]) => void;
}) {
  const { t, lang: uiLang } = useI18n();
  const pt = usePracticeText();
  const clock = useClock();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  usePageTitle(scenario.title);
  const [phase, setPhase] = useState<Phase>('prepare');
  const [beginner, setBeginner] = useState(false);
  const [game, setGame] = useState<PracticeState>(() => startPractice(scenario));
  const [text, setText] = useState('');
  const [turnError, setTurnError] = useState<string | null>(null);
  const [result, setResult] = useState<Debrief | null>(null);
  const [saved, setSaved] = useState<PracticeAttemptSummary | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  const [shareError, setShareError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const debriefHeading = useRef<HTMLHeadingElement>(null);
  const day = localDay(clock.now());

  function start() {
    // A new attempt gets other wording: the seed is the number of attempts so far.
    setGame(startPractice(scenario, { seed: history.length }));
    setResult(null);
    setSaved(null);
    setSaveState('idle');
    setText('');
    setPhase('play');
  }
  useEffect(() => {
    if (phase === 'play') input.current?.focus();
    if (phase === 'debrief') debriefHeading.current?.focus();
  }, [phase]);

  async function save(state: PracticeState) {
    setSaveState('saving');
    try {
      const answer = await practiceApi.save({
        scenarioId: scenario.id,
        seed: state.seed,
        beginner,
        turns: state.turns.map((turn) => turn.leader),
      });
      setSaved(answer.attempt);
      setSaveState('saved');
      await reloadHistory();
    } catch (reason) {
      setSaveState(messageOf(reason, t));
    }
  }

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '') {
      setTurnError(pt('practice.web.turnRequired'));
      input.current?.focus();
      return;
    }
    setTurnError(null);
    const next = playTurn(scenario, game, text, { date: day });
    setGame(next);
    setText('');
    if (next.end) {
      setResult(debriefOf(scenario, next, { date: day }));
      setPhase('debrief');
      void save(next);
    } else input.current?.focus();
  }

  function onKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing)
      send(event as unknown as FormEvent);
  }

  async function share(attempt: PracticeAttemptSummary, shared: boolean) {
    const updated = await practiceApi.share(attempt.id, shared);
    if (saved?.id === updated.id) setSaved(updated);
    setHistory(history.map((a) => (a.id === updated.id ? updated : a)));
  }

  async function remove(attempt: PracticeAttemptSummary) {
    await practiceApi.remove(attempt.id);
    if (saved?.id === attempt.id) setSaved(null);
    await reloadHistory();
  }

  const ideas = phase === 'play' && beginner ? suggest(scenario, game) : [];
  const persona = scenario.persona.name;

  return (
    <>
      <p>
        <Link href="/practice">{pt('practice.web.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1} lang={scenario.lang}>
        {scenario.title}
      </h1>
      <p className="lead" lang={scenario.lang}>
        {pt('practice.web.who', { name: persona, about: scenario.persona.about })}
      </p>

      {phase === 'prepare' ? (
        <div className="stack-lg">
          <PrepCard card={card} exerciseGoal={scenario.goal} />
          <div className="stack narrow">
            <Checkbox
              label={pt('practice.web.beginner')}
              hint={pt('practice.web.beginnerHint')}
              checked={beginner}
              onChange={(e) => setBeginner(e.target.checked)}
            />
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={start}>
                {pt('practice.web.start')}
              </button>
            </div>
          </div>
        </div>
      ) : null}

      {phase === 'play' ? (
        <section aria-labelledby="conversation-title" className="stack">
          <h2 id="conversation-title">{pt('practice.web.conversation')}</h2>
          <div
            role="log"
            aria-labelledby="conversation-title"
            className="practice-log"
            lang={scenario.lang}
            // It scrolls: keyboard users must be able to reach it to scroll it.
            tabIndex={0}
          >
            <ol>
              <li className="practice-line practice-line--persona">
                <span className="practice-line__who">{persona}:</span> {game.opening}
              </li>
              {game.turns.map((turn) => (
                <li key={turn.n} className="practice-turn">
                  <p className="practice-line practice-line--leader">
                    <span className="practice-line__who" lang={uiLang}>
                      {pt('practice.web.you')}:
                    </span>{' '}
                    {turn.leader}
                  </p>
                  <p className="practice-line__meta small" lang={uiLang}>
                    {turn.moves.length > 0
                      ? pt('practice.web.moves', { moves: turn.moves.map((m) => t(moveLabel(m))).join(', ') })
                      : pt('practice.web.noMoves')}
                  </p>
                  <p className="practice-line practice-line--persona">
                    <span className="practice-line__who">{persona}:</span> {turn.reply}
                  </p>
                  <p className="practice-line__meta small">
                    {pt('practice.web.mood', { name: persona, mood: turn.mood })}
                  </p>
                </li>
              ))}
            </ol>
          </div>
        </section>
      ) : null}

      {phase === 'play' ? (
        <form onSubmit={send} noValidate className="stack practice-form">
          {ideas.length > 0 ? (
            <section aria-labelledby="ideas-title" className="practice-ideas">
              <h3 id="ideas-title">{pt('practice.web.suggestions')}</h3>
              <ul>
                {ideas.map((idea) => (
                  <li key={idea.move}>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        setText(idea.text);
                        input.current?.focus();
                      }}
                    >
                      {pt('practice.web.use', { move: t(moveLabel(idea.move)) })}
                    </button>{' '}
                    <span lang={scenario.lang}>{idea.text}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <div className={'field' + (turnError ? ' field--invalid' : '')}>
            <label htmlFor="practice-turn" className="field__label">
              {pt('practice.web.turnLabel')}
            </label>
            <p id="practice-turn-hint" className="field__hint">
              {pt('practice.web.turnHint', { n: game.turns.length + 1, max: scenario.rules.maxTurns })}
            </p>
            {turnError ? (
              <p id="practice-turn-error" className="field__error">
                {turnError}
              </p>
            ) : null}
            <textarea
              id="practice-turn"
              ref={input}
              className="input input--area"
              rows={3}
              maxLength={2000}
              lang={scenario.lang}
              value={text}
              aria-invalid={turnError ? true : undefined}
              aria-describedby={'practice-turn-hint' + (turnError ? ' practice-turn-error' : '')}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKey}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary">
              {pt('practice.web.send')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPhase('prepare')}>
              {pt('practice.web.stop')}
            </button>
          </div>
        </form>
      ) : null}

      {phase === 'debrief' && result ? (
        <section aria-labelledby="debrief-title" className="stack-lg practice-debrief">
          <h2 id="debrief-title" ref={debriefHeading} tabIndex={-1}>
            {pt('practice.web.debrief')}
          </h2>
          <Notice kind={result.end === 'good' ? 'success' : 'info'}>
            <p>{pt('practice.web.ended', { end: t(`practice.end.${result.end}` as MessageKey) })}</p>
          </Notice>
          <div aria-live="polite">
            {saveState === 'saving' ? <p className="muted">{pt('practice.web.saving')}</p> : null}
            {saveState === 'saved' ? <p className="muted">{pt('practice.web.saved')}</p> : null}
            {saveState !== 'idle' && saveState !== 'saving' && saveState !== 'saved' ? (
              <Notice kind="error">
                <p>{pt('practice.web.saveFailed', { reason: saveState })}</p>
                <button type="button" className="button" onClick={() => void save(game)}>
                  {t('web.action.retry')}
                </button>
              </Notice>
            ) : null}
          </div>
          <section aria-labelledby="scores-title">
            <h3 id="scores-title">{pt('practice.web.scores')}</h3>
            <dl className="practice-scores">
              {(['total', 'tension', 'clarity', 'closing'] as const).map((part) => (
                <div key={part} className={`practice-score practice-score--${part}`}>
                  <dt>{t(`practice.part.${part}` as MessageKey)}</dt>
                  <dd>
                    <meter min={0} max={100} value={result.score[part]} aria-hidden="true" />{' '}
                    {pt('practice.web.scoreOf', { score: result.score[part] })}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="tips-title">
            <h3 id="tips-title">{pt('practice.web.tips')}</h3>
            {result.tips.length === 0 ? (
              <p>{pt('practice.web.noTips')}</p>
            ) : (
              <ol className="practice-tips">
                {result.tips.map((tip, i) => (
                  <li key={tip.code} id={`tip-${i + 1}`}>
                    <span lang={scenario.lang}>{tip.text}</span>
                    {tip.turn ? (
                      <>
                        {' '}
                        (<a href={`#turn-${tip.turn}`}>{pt('practice.web.tipTurn', { turn: tip.turn })}</a>)
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div className="grid-2">
            <section aria-labelledby="rubric-title">
              <h3 id="rubric-title">{pt('practice.web.rubric')}</h3>
              <ul className="practice-checks" lang={scenario.lang}>
                {result.rubric.map((item) => (
                  <li key={item.id}>
                    <span className={item.score >= 1 ? 'badge badge--closed' : 'badge'} lang={uiLang}>
                      {item.score >= 1 ? pt('practice.web.met') : pt('practice.web.missed')}
                    </span>{' '}
                    {item.label}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="steps-title">
              <h3 id="steps-title">{pt('practice.web.steps')}</h3>
              <ul className="practice-checks">
                {STEPS.map((step) => (
                  <li key={step}>
                    <span className={result.closing.steps[step] ? 'badge badge--closed' : 'badge'}>
                      {result.closing.steps[step]
                        ? pt('practice.web.stepFound')
                        : pt('practice.web.stepMissing')}
                    </span>{' '}
                    {t(stepTitle[step])}
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section aria-labelledby="transcript-title">
            <h3 id="transcript-title">{pt('practice.web.transcript')}</h3>
            <ol className="practice-transcript">
              {result.transcript.map((line) => (
                <li
                  key={line.line}
                  id={line.who === 'leader' ? `turn-${line.turn}` : undefined}
                  tabIndex={line.who === 'leader' ? -1 : undefined}
                  className={
                    'practice-line practice-line--' +
                    line.who +
                    (line.tips.length > 0 ? ' practice-line--tip' : '') +
                    (line.harmful.length > 0 ? ' practice-line--harmful' : '')
                  }
                  value={line.line}
                >
                  <span className="practice-line__who">
                    {line.who === 'leader' ? pt('practice.web.you') : line.name}:
                  </span>{' '}
                  <span lang={scenario.lang}>{line.text}</span>
                  {line.tips.map((n) => (
                    <a key={n} href={`#tip-${n}`} className="badge practice-mark">
                      {pt('practice.web.tipMark', { n })}
                    </a>
                  ))}
                  {line.harmful.length > 0 ? (
                    <span className="badge practice-mark practice-mark--harmful">
                      {pt('practice.web.harmful', {
                        moves: line.harmful.map((m) => t(moveLabel(m))).join(', '),
                      })}
                    </span>
                  ) : null}
                  {line.met.length > 0 ? (
                    <span className="badge badge--closed practice-mark">
                      {pt('practice.web.metMark', {
                        labels: line.met
                          .map((id) => result.rubric.find((r) => r.id === id)?.label ?? id)
                          .join('; '),
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          {saved ? (
            user?.teamId ? (
              <Checkbox
                label={pt('practice.web.share')}
                hint={pt('practice.web.shareHint')}
                checked={saved.shared}
                onChange={(e) => {
                  setShareError(null);
                  share(saved, e.target.checked).catch((reason: unknown) =>
                    setShareError(messageOf(reason, t)),
                  );
                }}
              />
            ) : (
              <p className="muted">{pt('practice.web.noTeam')}</p>
            )
          ) : null}
          {shareError ? (
            <Notice kind="error" live="assertive">
              {shareError}
            </Notice>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => setPhase('prepare')}>
              {pt('practice.web.again')}
            </button>
          </div>
        </section>
      ) : null}

      {history.length > 0 && phase !== 'play' ? (
        <section aria-labelledby="history-title" className="stack">
          <h2 id="history-title">{pt('practice.web.thisHistory')}</h2>
          <HistoryChart
            title={scenario.title}
            attempts={history}
            canShare={Boolean(user?.teamId)}
            onShare={share}
            onDelete={remove}
          />
        </section>
      ) : null}
    </>
  );
}
