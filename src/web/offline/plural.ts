// Counted texts: each comes as a pair of keys ('….one' and '….other') and Intl.PluralRules of the language
// picks one, so no screen says "wijziging(en)".
import type { Lang, MessageKey, MessageParams } from '../../i18n/index.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;
/** A key that has both plural forms. */
type Counted = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

const rules = new Map<Lang, Intl.PluralRules>();

/** The text for `count` of the pair `base.one` / `base.other`, with {count} filled in. */
export function counted(t: Translate, lang: Lang, base: Counted, count: number): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = rule.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { count });
}
