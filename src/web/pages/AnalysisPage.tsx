// Transcript analysis: upload a transcript of a conversation and see which closing steps were taken, with
// the quotes that show it, the agreements with their SMART letters, and tips.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClock } from '../app/clock.tsx';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { api, isApiError } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { TextField, type Said } from '../components/form.tsx';
import { localDay } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { analyzerText } from '../../i18n/index.ts';
import { STEPS, stepTitle } from '../lib/labels.ts';
import { LIMITS } from '../../core/index.ts';
import { SmartLetters } from '../closing/steps/SmartLetters.tsx';
import { adviceText } from '../closing/steps/advice.ts';
import { analysisView, type AnalysisView } from './analysis-view.ts';

/** The upload form and the result. */
export default function AnalysisPage() {
  const { t, lang } = useI18n();
  const clock = useClock();
  usePageTitle(t('web.analysis.title'));
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState(() => localDay(clock.now()));
  const [error, setError] = useState<Said | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The analysis holds codes, worded when shown: a switch of language changes every text of the result.
  const [result, setResult] = useState<AnalysisView | null>(null);

  async function run(chosen: File, day: string) {
    setError(null);
    setFailed(null);
    setBusy(true);
    setResult(null);
    try {
      setResult(analysisView(await api.analyse(chosen, day)));
    } catch (reason) {
      setFailed(reason);
    } finally {
      setBusy(false);
    }
  }

  // A file that is no transcript: say why by the analyzer's code (and its detail), in the language on screen.
  const code =
    isApiError(failed) && failed.code === 'transcript_invalid' ? failed.details?.reason : undefined;
  const detail = isApiError(failed) ? failed.details?.detail : undefined;
  const why =
    typeof code === 'string'
      ? analyzerText(lang, 'transcript', code) +
        (typeof detail === 'string' ? ` (${analyzerText(lang, 'transcript', `detail.${detail}`)})` : '')
      : undefined;
  const failure = failed ? (why ? t('web.analysis.invalid', { reason: why }) : messageOf(failed, t)) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The server takes at most LIMITS.transcriptBytes: a larger file is refused here, before it is sent.
    const problem: Said | null = !file
      ? { key: 'web.analysis.fileRequired' }
      : file.size > LIMITS.transcriptBytes
        ? { key: 'validation.file_too_large', params: { max: LIMITS.transcriptBytes / (1024 * 1024) } }
        : null;
    if (problem || !file) {
      setError(problem);
      document.getElementById('analysis-file')?.focus();
      return;
    }
    await run(file, date);
  }

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        {t('web.analysis.title')}
      </h1>
      <p className="lead">{t('web.analysis.intro')}</p>
      <form onSubmit={submit} noValidate className="stack narrow">
        <TextField
          id="analysis-file"
          type="file"
          accept=".txt,.vtt,.srt,text/plain,text/vtt"
          label={t('web.analysis.file')}
          hint={t('web.analysis.fileHint')}
          error={error ? t(error.key, error.params) : null}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <TextField
          type="date"
          label={t('web.analysis.date')}
          hint={t('web.analysis.dateHint')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.analysis.submit')}
        </button>
      </form>
      {busy ? <Loading label={t('web.analysis.busy')} /> : null}
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      {result ? <AnalysisResult result={result} /> : null}
    </>
  );
}

function AnalysisResult({ result }: { result: AnalysisView }) {
  const { t, lang } = useI18n();
  // Uncertain agreements wait for the leader: accepted ones join the list (on this page; nothing is stored).
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => setAccepted(new Set()), [result]);
  const listed = result.agreements.filter((a) => !a.uncertain || accepted.has(a.line));
  const waiting = result.agreements.filter((a) => a.uncertain && !accepted.has(a.line));
  const heading = useRef<HTMLHeadingElement>(null);
  // A new result is announced by moving focus to its heading (the form above stays as it was).
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section className="analysis stack-lg" aria-labelledby="analysis-result">
      <h2 id="analysis-result" tabIndex={-1} ref={heading}>
        {t('web.analysis.result')}
      </h2>
      {result.inferredSpeakers ? (
        <p className="muted">
          {t('web.analysis.speakersInferred', { names: result.inferredSpeakers.join(', ') })}
        </p>
      ) : null}
      <ol className="analysis__steps">
        {STEPS.map((step, index) => {
          const found = result.steps[step];
          return (
            <li
              key={step}
              className={`analysis__step analysis__step--${found?.present ? 'found' : 'missing'}`}
            >
              <h3 className="subheading">
                {index + 1}. {t(stepTitle[step])}{' '}
                <span className="badge">
                  {found?.present ? t('web.analysis.found') : t('web.analysis.notFound')}
                </span>
              </h3>
              {found?.evidence.map((quote) => (
                <blockquote key={quote.line} className="quote">
                  {quote.speaker ? <strong>{quote.speaker}: </strong> : null}
                  {quote.text}
                  <span className="muted small"> ({t('web.analysis.line', { line: quote.line })})</span>
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="analysis-agreements">
        <h3 id="analysis-agreements" className="subheading">
          {t('web.analysis.agreements', { count: listed.length })}
        </h3>
        <ul className="agreements">
          {listed.map((a) => (
            <li key={a.line} className="agreement">
              <p className="agreement__sentence">
                {a.text} <span className="muted small">({t('web.analysis.line', { line: a.line })})</span>
              </p>
              <SmartLetters letters={a.letters} />
              {a.hints.length > 0 ? (
                <ul className="hints">
                  {a.hints.map((h) => (
                    <li key={h.code} className="hint">
                      {adviceText(h, lang)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {waiting.length > 0 ? (
        <section aria-labelledby="analysis-uncertain">
          <h3 id="analysis-uncertain" className="subheading">
            {t('analyzer.confidence.waiting', { count: waiting.length })}
          </h3>
          <p className="muted">{t('analyzer.confidence.check')}</p>
          <ul className="agreements">
            {waiting.map((a) => (
              <li key={a.line} className="agreement agreement--uncertain">
                <p className="agreement__sentence">
                  {a.text} <span className="muted small">({t('web.analysis.line', { line: a.line })})</span>
                </p>
                <p className="small">
                  {t('analyzer.confidence.uncertain')}:{' '}
                  {a.reasons.map((r) => analyzerText(lang, 'uncertain', r)).join('; ')}
                </p>
                <button
                  type="button"
                  className="button"
                  onClick={() => setAccepted((set) => new Set([...set, a.line]))}
                >
                  {t('analyzer.confidence.accept', { line: a.line })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.tips.length > 0 ? (
        <section aria-labelledby="analysis-tips">
          <h3 id="analysis-tips" className="subheading">
            {t('web.analysis.tips')}
          </h3>
          <ul>
            {result.tips.map((tip, i) => (
              <li key={i}>{analyzerText(lang, 'tip', tip.code, tip.params)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
