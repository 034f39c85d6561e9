// The analyzer behind the API: reading one agreement sentence, and analysing a whole transcript. Both run in
// worker threads with a time limit (analysis-pool.ts), so no upload can hold up the server's other requests;
// the threads load the analyzer on first use, so a server that never analyses never loads it.
import { AppError, dayOf, type Actor, type Clock } from '../core/index.ts';
import type { AgreementReading, TranscriptAnalysis } from '../analyzer/index.ts';
import { analyzerText, type Lang } from '../i18n/index.ts';
import { createAnalysisPool, defaultPoolOptions, type WorkerAnswer } from './analysis-pool.ts';
import type { AnalysisLimits } from './context.ts';

export interface ReadAgreementInput {
  text: string;
  date: string;
  speaker?: string | undefined;
  participants?: string[] | undefined;
  lang?: 'nl' | 'en' | undefined;
  /** Language of the hints: the reader's, not necessarily the sentence's. */
  hintLang?: Lang | undefined;
}

/** A hint with its words in the reader's language. */
type WordedHint = AgreementReading['hints'][number] & { message: string };

/** An agreement reading as the API gives it: the analyzer's codes plus their words. */
export type AgreementReadingView = Omit<AgreementReading, 'hints'> & { hints: WordedHint[] };

/** A transcript analysis as the API gives it: codes plus words for hints, tips and uncertainty reasons. */
export type TranscriptAnalysisView = Omit<TranscriptAnalysis, 'tips' | 'agreements'> & {
  tips: (TranscriptAnalysis['tips'][number] & { text: string })[];
  agreements: (Omit<TranscriptAnalysis['agreements'][number], 'hints' | 'confidence'> & {
    hints: WordedHint[];
    confidence: TranscriptAnalysis['agreements'][number]['confidence'] & { reasonTexts: string[] };
  })[];
};

const worded = (hints: AgreementReading['hints'], lang: Lang): WordedHint[] =>
  hints.map((h) => ({ ...h, message: analyzerText(lang, 'hint', h.code, h.params) }));

export interface TranscriptInput {
  /** The transcript as text (decoded UTF-8). */
  text: string;
  fileName?: string | undefined;
  contentType?: string | undefined;
  date?: string | undefined;
  leader?: string | undefined;
  /** Language of the tips: the reader's, not necessarily the transcript's. */
  tipsLang?: 'nl' | 'en' | undefined;
}

/** The answer of a worker as a result, or the AppError it stands for. */
function resultOf<T>(answer: WorkerAnswer): T {
  if (answer.ok) return answer.result as T;
  if ('transcriptError' in answer) {
    throw new AppError('transcript_invalid', {
      reason: answer.transcriptError.code,
      ...(answer.transcriptError.detail ? { detail: answer.transcriptError.detail } : {}),
    });
  }
  throw new AppError('internal', undefined, answer.crash);
}

/** Use cases of the analyzer. */
export function analysisService(clock: Clock, limits: AnalysisLimits = {}) {
  const defaults = defaultPoolOptions();
  const pool = createAnalysisPool({
    timeoutMs: limits.timeoutMs ?? defaults.timeoutMs,
    workers: limits.workers ?? defaults.workers,
    queue: limits.queue ?? defaults.queue,
  });
  return {
    /** Reads owner, action, deadline and SMART hints from one agreement sentence. */
    async readAgreement(_actor: Actor, input: ReadAgreementInput): Promise<AgreementReadingView> {
      const { text, date, speaker, participants, lang } = input;
      const answer = await pool.run({
        kind: 'agreement',
        text,
        options: {
          date,
          ...(speaker !== undefined ? { speaker } : {}),
          ...(participants !== undefined ? { participants } : {}),
          ...(lang !== undefined ? { lang } : {}),
        },
      });
      const reading = resultOf<AgreementReading>(answer);
      return { ...reading, hints: worded(reading.hints, input.hintLang ?? reading.lang) };
    },

    /**
     * Analyses a transcript: speakers, closing steps found, agreements. A file that is no transcript is 422
     * transcript_invalid; one whose analysis runs past the limit is 422 analysis_timeout.
     */
    async analyseTranscript(_actor: Actor, input: TranscriptInput): Promise<TranscriptAnalysisView> {
      const extension =
        input.contentType === 'text/vtt'
          ? '.vtt'
          : input.contentType === 'application/x-subrip'
            ? '.srt'
            : '.txt';
      const fileName =
        input.fileName && /\.(txt|vtt|srt)$/i.test(input.fileName)
          ? input.fileName
          : `transcript${extension}`;
      const answer = await pool.run({
        kind: 'transcript',
        fileName,
        text: input.text,
        options: {
          date: input.date ?? dayOf(clock.now()),
          ...(input.leader ? { leader: input.leader } : {}),
          ...(input.tipsLang ? { lang: input.tipsLang } : {}),
        },
      });
      const a = resultOf<TranscriptAnalysis>(answer);
      const lang = a.tipsLanguage;
      return {
        ...a,
        tips: a.tips.map((tip) => ({ ...tip, text: analyzerText(lang, 'tip', tip.code, tip.params) })),
        agreements: a.agreements.map((g) => ({
          ...g,
          hints: worded(g.hints, lang),
          confidence: {
            ...g.confidence,
            reasonTexts: g.confidence.reasons.map((r) => analyzerText(lang, 'uncertain', r)),
          },
        })),
      };
    },

    /** Analyses running in a worker thread now (for tests and the health of the pool). */
    running: () => pool.running(),

    /** Ends the worker threads (when the server stops). */
    close: () => pool.close(),
  };
}
