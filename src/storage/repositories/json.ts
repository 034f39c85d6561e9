// Small helpers for columns that hold JSON text or 0/1 booleans.

/** Parses a JSON column, falling back when the text is not valid JSON. */
export function fromJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A boolean as stored: 1 or 0. */
export const bit = (value: boolean): number => (value ? 1 : 0);

/** A stored 0/1 (number, or string from some drivers) as a boolean. */
export const bool = (value: number | string | boolean): boolean => value === true || Number(value) === 1;
