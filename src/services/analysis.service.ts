// The analyzer behind the API: reading one agreement sentence, and analysing a whole transcript.
// The analyzer is loaded on first use: it carries a language model that a server without analyses need not
// load, and it lets the server start while the analyzer is still being built.
import { AppError, dayOf, type Actor, type Clock } from '../core/index.ts';

type AnalyzerModule = Record<string, unknown>;
let analyzer: Promise<AnalyzerModule> | null = null;

async function loadAnalyzer(): Promise<AnalyzerModule> {
  analyzer ??= import('../analyzer/index.ts').then(
    (mod) => mod as unknown as AnalyzerModule,
    (error: unknown) => {
      analyzer = null;
      throw error;
    },
  );
  return analyzer;
}

async function analyzerFunction(name: string): Promise<(...args: unknown[]) => unknown> {
  let mod: AnalyzerModule;
  try {
    mod = await loadAnalyzer();
  } catch {
    throw new AppError('unavailable', { feature: name });
  }
  const fn = mod[name];
  if (typeof fn !== 'function') throw new AppError('unavailable', { feature: name });
  return fn as (...args: unknown[]) => unknown;
}

export interface ReadAgreementInput {
  text: string;
  date: string;
  speaker?: string | undefined;
  participants?: string[] | undefined;
  lang?: 'nl' | 'en' | undefined;
}

export interface TranscriptInput {
  /** The transcript as text (decoded UTF-8). */
  text: string;
  fileName?: string | undefined;
  contentType?: string | undefined;
  date?: string | undefined;
  leader?: string | undefined;
}

/** Use cases of the analyzer. */
export function analysisService(clock: Clock) {
  return {
    /** Reads owner, action, deadline and SMART hints from one agreement sentence. */
    async readAgreement(_actor: Actor, input: ReadAgreementInput): Promise<unknown> {
      const read = await analyzerFunction('readAgreement');
      const { text, ...options } = input;
      return read(text, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
    },

    /** Analyses a transcript: speakers, closing steps found, agreements. A file that is no transcript is 422. */
    async analyseTranscript(_actor: Actor, input: TranscriptInput): Promise<unknown> {
      const analyse = await analyzerFunction('tryAnalyseTranscript');
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
      const options = {
        date: input.date ?? dayOf(clock.now()),
        ...(input.leader ? { leader: input.leader } : {}),
      };
      const result = (await analyse(fileName, input.text, options)) as
        | { ok: true; analysis: unknown }
        | { ok: false; error: { code?: string; messages?: { nl: string; en: string } } };
      if (!result.ok) {
        throw new AppError('transcript_invalid', {
          reason: result.error.code ?? 'unreadable',
          ...(result.error.messages ? { messages: result.error.messages } : {}),
        });
      }
      return result.analysis;
    },
  };
}
