/** The languages Sluitstuk speaks; Dutch is the source and the default. */
export type Lang = 'nl' | 'en';

/** A translation must have exactly the keys of the Dutch source: a missing key is a compile error. */
export type Translation<Source> = { readonly [K in keyof Source]: string };
