// Reads the practice scenarios and their preparation cards from a folder (scenarios/ and scenarios/cards/).
// The library is read again only when a file was added, changed or removed, so a trainer's new scenario shows
// up without a restart, and an unchanged folder costs one directory listing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES, ScenarioFileError, buildLibrary, type ScenarioLibrary } from '../practice/index.ts';
import type { Lang } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';

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
  dir: string,
  entries: { name: string; size: number }[],
  lang: Lang,
  errors: ScenarioFileError[],
) {
  const files: FileEntry[] = [];
  for (const { name, size } of entries) {
    const file = join(dir, name);
    if (size > MAX_FILE_BYTES) {
      errors.push(
        new ScenarioFileError(file, [
          { field: '', message: t(lang, 'practice.problem.too_large', { max: MAX_FILE_BYTES / 1024 }) },
        ]),
      );
      continue;
    }
    try {
      files.push({ file, text: readFileSync(file, 'utf8') });
    } catch (cause) {
      errors.push(new ScenarioFileError(file, [{ field: '', message: String((cause as Error).message) }]));
    }
  }
  return files;
}

/** Reads every scenario and card in the folder; files that fail are reported in `errors`. */
export function readScenarioFolder(dir: string, lang: Lang = 'nl'): ScenarioLibrary {
  const errors: ScenarioFileError[] = [];
  const scenarios = read(dir, listing(dir), lang, errors);
  const cardsDir = join(dir, 'cards');
  const cards = read(cardsDir, listing(cardsDir), lang, errors);
  const library = buildLibrary({ scenarios, cards }, lang);
  return { ...library, errors: [...errors, ...library.errors] };
}

/** A reader of the folder that keeps the last library until a file changes. */
export function scenarioFolder(dir: string): { library(lang?: Lang): ScenarioLibrary } {
  let cached: { key: string; library: ScenarioLibrary } | null = null;
  return {
    library(lang: Lang = 'nl') {
      const key = JSON.stringify([lang, listing(dir), listing(join(dir, 'cards'))]);
      if (cached?.key !== key) cached = { key, library: readScenarioFolder(dir, lang) };
      return cached.library;
    },
  };
}
