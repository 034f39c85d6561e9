// Whether an utterance names a moment (a day, a date, a term). Only a feature for deciding what an
// utterance is; the deadline itself is read by the agreement reader.

const MONTHS =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)';
const NUMBER_WORD =
  '(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|\\d{1,3})';
const WEEKDAY_NL = '(?:maan|dins|woens|donder|vrij|zater|zon)dag\\w*';
const WEEKDAY_EN = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

const TIME_EXPRESSION = new RegExp(
  [
    `\\b${WEEKDAY_NL}\\b`,
    `\\b${WEEKDAY_EN}'?s?\\b`,
    '\\b(?:over)?morgen\\w*\\b',
    '\\b(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht)\\b',
    '\\b(?:today|tomorrow|tonight|this (?:afternoon|evening|morning|week|month)|end of (?:the )?(?:day|week|month)|eod|cob)\\b',
    `\\b\\d{1,2}(?:st|nd|rd|th|e)? (?:van )?${MONTHS}\\b`,
    `\\b${MONTHS} \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:in|voor|per|eind|begin|half|medio|by|before|until|end of|in early|in late) ${MONTHS}\\b`,
    '\\b\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?\\b',
    `\\b(?:binnen|within|over|in) ${NUMBER_WORD} (?:werk|business |working )?(?:dag|dagen|days?|weken|week|weeks|maanden|maand|months?|uur|hours?)\\b`,
    '\\b(?:volgende|komende|deze|eind|begin|na|next|this|coming|end of|the following) (?:week|maand|month)\\b',
    `\\b(?:volgende|komende|next|coming) ${WEEKDAY_NL}|\\b(?:volgende|komende|next|coming) ${WEEKDAY_EN}`,
    '\\bweek \\d{1,2}\\b',
    '\\buiterlijk\\b',
    '\\b(?:zo meteen|nu meteen|meteen|direct|right now|right away|straight away)\\b',
    '\\bom (?:\\d{1,2}(?:[.:]\\d{2})?|half \\w+|kwart \\w+)(?: uur)?\\b',
    '\\bat \\d{1,2}(?:[.:]\\d{2})? ?(?:am|pm)?\\b',
  ].join('|'),
);

/** Whether the (normalised) text names a moment or a term. */
export function hasTimeExpression(normalized: string): boolean {
  return TIME_EXPRESSION.test(normalized);
}
