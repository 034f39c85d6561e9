// Reads the practice scenarios and their preparation cards from a folder (scenarios/ and scenarios/cards/).
// The library is read again only when a file was added, changed or removed, so a trainer's new scenario shows
// up without a restart, and an unchanged folder costs one directory listing. The practice module (and the
// analyzer behind it) is loaded on first use: a server nobody practises on does not load it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioFileError, ScenarioLibrary } from '../practice/index.ts';
import type * as PracticeModule from '../practice/index.ts';
import type { Lang } from '../i18n/index.ts';

type Practice = typeof PracticeModule;
let loading: Promise<Practice> | null = null;

/** The practice module, imported once. */
export function loadPractice(): Promise<Practice> {
  loading ??= import('../practice/index.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** More files than this in one folder is a mistake (a wrong folder), not a library. */
const MAX_FILES = 500;

interface FileEntry {
  file: string;
  text: string;
}

function listing(dir: string): { name: string; mtime: number; size: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.(ya?ml|json)$/i.test(name))
    .sort()
    .slice(0, MAX_FILES)
    .flatMap((name) => {
      try {
        const stat = statSync(join(dir, name));
        return stat.isFile() ? [{ name, mtime: stat.mtimeMs, size: stat.size }] : [];
      } catch {
        return [];
      }
    });
}

function read(
  practice: Practice,
  dir: string,
  entries: { name: string; size: number }[],
  errors: ScenarioFileError[],
): FileEntry[] {
  const files: FileEntry[] = [];
  for (const { name, size } of entries) {
    const file = join(dir, name);
    // Too large: the parser says so; the file itself is not read into memory.
    if (size > practice.MAX_FILE_BYTES) {
      files.push({ file, text: ' '.repeat(practice.MAX_FILE_BYTES + 1) });
      continue;
    }
    try {
      files.push({ file, text: readFileSync(file, 'utf8') });
    } catch (cause) {
      errors.push(
        new practice.ScenarioFileError(file, [{ field: '', message: String((cause as Error).message) }]),
      );
    }
  }
  return files;
}

/** Reads every scenario and card in the folder; files that fail are reported in `errors`. */
export async function readScenarioFolder(dir: string, lang: Lang = 'nl'): Promise<ScenarioLibrary> {
  const practice = await loadPractice();
  const errors: ScenarioFileError[] = [];
  const scenarios = read(practice, dir, listing(dir), errors);
  const cardsDir = join(dir, 'cards');
  const cards = read(practice, cardsDir, listing(cardsDir), errors);
  const library = practice.buildLibrary({ scenarios, cards }, lang);
  return { ...library, errors: [...errors, ...library.errors] };
}

/** A reader of the folder that keeps the last library until a file changes. */
export function scenarioFolder(dir: string): { library(lang?: Lang): Promise<ScenarioLibrary> } {
  let cached: { key: string; library: Promise<ScenarioLibrary> } | null = null;
  return {
    library(lang: Lang = 'nl') {
      const key = JSON.stringify([lang, listing(dir), listing(join(dir, 'cards'))]);
      if (cached?.key !== key) cached = { key, library: readScenarioFolder(dir, lang) };
      return cached.library;
    },
  };
}
