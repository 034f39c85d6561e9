// Compiles the phrase notation of the move tables (types.ts) into regular expressions over normalised text.

/** Lowercase, no diacritics, straight quotes, hyphens inside words dropped, one space between tokens. */
export function normalizeForMoves(text: string): string {
  const tokens =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/(\p{L})-(?=\p{L})/gu, '$1')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  return tokens.join(' ');
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternatives(token: string): string {
  return token
    .split('|')
    .map((alt) => {
      const prefix = alt.endsWith('*');
      // `_` joins the words of a multi-word alternative ("nog_een_keer").
      const words = (prefix ? alt.slice(0, -1) : alt).split('_').map(normalizeForMoves);
      if (words.some((word) => word === '' || word.includes(' ')))
        throw new Error(`Bad word "${alt}" in a move phrase`);
      return words.map(escape).join(' ') + (prefix ? "[\\p{L}\\p{N}']*" : '');
    })
    .join('|');
}

/** One phrase as a regular expression over ` normalised text ` (with a space at both ends). */
export function compilePhrase(phrase: string): RegExp {
  let source = '';
  let anchored = false;
  const tokens = phrase.trim().split(/\s+/);
  tokens.forEach((token, index) => {
    if (index === 0 && token.startsWith('^')) {
      anchored = true;
      token = token.slice(1);
      if (token === '') return;
    }
    const gap = /^~(\d*)$/.exec(token);
    if (gap) {
      source += `(?:\\S+ ){0,${gap[1] ? Number(gap[1]) : 4}}`;
    } else if (token === '*') {
      source += '\\S+ ';
    } else if (token.endsWith('?') && token.length > 1) {
      source += `(?:(?:${alternatives(token.slice(0, -1))}) )?`;
    } else {
      source += `(?:${alternatives(token)}) `;
    }
  });
  if (source === '') throw new Error(`Empty move phrase "${phrase}"`);
  return new RegExp((anchored ? '^ ' : ' ') + source, 'u');
}

/** The first of the phrases that matches the padded text, as the matched words; null when none does. */
export function firstMatch(patterns: RegExp[], padded: string): string | null {
  for (const pattern of patterns) {
    const found = pattern.exec(padded);
    if (found) return found[0].trim();
  }
  return null;
}
