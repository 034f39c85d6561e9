// The analyzer behind the API: reading one agreement sentence, and analysing a whole transcript.
// The analyzer is imported on first use: a server that never analyses need not load it at start-up.
import { AppError, dayOf, type Actor, type Clock } from '../core/index.ts';
import type { AgreementReading, TranscriptAnalysis } from '../analyzer/index.ts';
import { analyzerText, type Lang } from '../i18n/index.ts';

import type * as AnalyzerModule from '../analyzer/index.ts';

type Analyzer = typeof AnalyzerModule;
let analyzer: Promise<Analyzer> | null = null;

async function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= import('../analyzer/index.ts').catch((error: unknown) => {
    analyzer = null;
    throw error;
  });
  try {
    return await analyzer;
  } catch {
    throw new AppError('unavailable', { feature: 'analyzer' });
  }
}

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

/** Use cases of the analyzer. */
export function analysisService(clock: Clock) {
  return {
    /** Reads owner, action, deadline and SMART hints from one agreement sentence. */
    async readAgreement(_actor: Actor, input: ReadAgreementInput): Promise<AgreementReadingView> {
      const { readAgreement } = await loadAnalyzer();
      const { text, date, speaker, participants, lang } = input;
      const reading = readAgreement(text, {
        date,
        ...(speaker !== undefined ? { speaker } : {}),
        ...(participants !== undefined ? { participants } : {}),
        ...(lang !== undefined ? { lang } : {}),
      });
      return { ...reading, hints: worded(reading.hints, input.hintLang ?? reading.lang) };
    },

    /** Analyses a transcript: speakers, closing steps found, agreements. A file that is no transcript is 422. */
    async analyseTranscript(_actor: Actor, input: TranscriptInput): Promise<TranscriptAnalysisView> {
      const { tryAnalyseTranscript } = await loadAnalyzer();
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
      const result = tryAnalyseTranscript(fileName, input.text, {
        date: input.date ?? dayOf(clock.now()),
        ...(input.leader ? { leader: input.leader } : {}),
        ...(input.tipsLang ? { lang: input.tipsLang } : {}),
      });
      if (!result.ok) {
        throw new AppError('transcript_invalid', {
          reason: result.error.code,
          ...(result.error.detail ? { detail: result.error.detail } : {}),
        });
      }
      const a = result.analysis;
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
  };
}
