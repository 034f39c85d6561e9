// The record's stylesheet, self-contained: the NL Design System voorbeeld theme's tokens that it uses
// (read once from the installed package and followed through their var() chains) and the rules below.
// The same CSS styles the HTML download, the participant's page, the PDF and the leader's printed record.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Rules of the record, all under .sr-report so the record can sit inside another page. */
const RULES = `
.sr-report {
  --sr-text: var(--basis-color-default-color-document);
  --sr-muted: var(--basis-color-default-color-default);
  --sr-line: var(--basis-color-default-border-subtle);
  --sr-accent: var(--basis-color-action-2-color-document);
  --sr-notice: var(--basis-color-warning-bg-subtle);
  --sr-notice-line: var(--basis-color-warning-border-default);
  font-family: var(--basis-text-font-family-default);
  font-size: var(--basis-text-font-size-md);
  line-height: var(--basis-text-line-height-md);
  color: var(--sr-text);
  max-width: 48rem;
  margin: 0 auto;
  overflow-wrap: anywhere;
}
.sr-report h1, .sr-report h2, .sr-report h3 {
  font-family: var(--basis-heading-font-family);
  font-weight: var(--basis-heading-font-weight);
  line-height: var(--basis-text-line-height-lg);
  margin: 0 0 var(--basis-space-block-lg);
}
.sr-report h1 { font-size: var(--basis-text-font-size-2xl); }
.sr-report h2 { font-size: var(--basis-text-font-size-xl); }
.sr-report h3 { font-size: var(--basis-text-font-size-lg); }
.sr-report p { margin: 0 0 var(--basis-space-block-md); }
.sr-report ul, .sr-report ol { margin: 0 0 var(--basis-space-block-lg); padding-inline-start: var(--basis-space-inline-2xl); }
.sr-report li { margin-bottom: var(--basis-space-block-md); }
.sr-report a { color: var(--sr-accent); text-underline-offset: 0.15em; }
.sr-organisation { font-weight: var(--basis-text-font-weight-bold); font-size: var(--basis-text-font-size-lg); }
.sr-eyebrow, .sr-version, .sr-muted { color: var(--sr-muted); }
.sr-notice {
  border-inline-start: 4px solid var(--sr-notice-line);
  background: var(--sr-notice);
  padding: var(--basis-space-block-md) var(--basis-space-inline-lg);
}
.sr-facts { display: grid; grid-template-columns: max-content 1fr; gap: var(--basis-space-row-sm, 4px) var(--basis-space-column-2xl, 24px); margin: 0 0 var(--basis-space-block-xl); }
.sr-facts dt { color: var(--sr-muted); }
.sr-facts dd { margin: 0; }
.sr-section { margin-top: var(--basis-space-block-3xl); padding-top: var(--basis-space-block-xl); border-top: 1px solid var(--sr-line); }
.sr-text { white-space: pre-wrap; }
.sr-sentence { font-weight: var(--basis-text-font-weight-bold); }
.sr-agreement--cancelled .sr-sentence { text-decoration: line-through; }
.sr-answers { list-style: disc; }
.sr-card { margin: 0; }
.sr-card dt { font-weight: var(--basis-text-font-weight-bold); }
.sr-card dd { margin: 0 0 var(--basis-space-block-sm); }
@media (max-width: 30rem) {
  .sr-facts { grid-template-columns: 1fr; }
  .sr-facts dd { margin-bottom: var(--basis-space-block-md); }
}
@media print {
  .sr-report { max-width: none; color: #000; }
  .sr-report a { color: #000; text-decoration: none; }
  .sr-section { break-inside: auto; }
  .sr-agreements > li, .sr-steps > li { break-inside: avoid; }
  .sr-report h2 { break-after: avoid; }
}
`;

/** Rules of a whole document (download, PDF): page, A4 print, body. */
const DOCUMENT_RULES = `
@page { size: A4; margin: 18mm 16mm 20mm; }
html { background: var(--basis-color-default-bg-document); -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: var(--basis-space-block-3xl) var(--basis-space-inline-xl); }
@media print { body { padding: 0; } html { background: #fff; } }
`;

/** Rules of the one-page handout: large type for a kitchen table or a counter. */
const HANDOUT_RULES = `
@page { size: A4; margin: 14mm 16mm; }
html { font-size: 125%; background: #fff; }
body { margin: 0; }
.sr-handout { max-width: none; }
.sr-handout h1 { font-size: var(--basis-text-font-size-xl); }
.sr-handout h2 { font-size: var(--basis-text-font-size-lg); margin-top: var(--basis-space-block-xl); }
.sr-handout .sr-section { margin-top: var(--basis-space-block-xl); padding-top: var(--basis-space-block-md); }
.sr-link { display: flex; gap: var(--basis-space-inline-xl); align-items: center; break-inside: avoid; }
.sr-link svg { width: 40mm; height: 40mm; flex: none; }
.sr-link code { font-family: var(--basis-text-font-family-monospace); overflow-wrap: anywhere; font-size: 0.85em; }
`;

let tokenCache: Map<string, string> | null = null;

/** The voorbeeld theme's custom properties (name → value), read once. */
function themeTokens(): Map<string, string> {
  if (tokenCache) return tokenCache;
  const path = require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');
  const theme = new Map<string, string>();
  for (const match of readFileSync(path, 'utf8').matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)) {
    theme.set(match[1]!, match[2]!.trim());
  }
  tokenCache = theme;
  return theme;
}

/** The declarations of the theme tokens that `css` uses, followed through var() chains. */
function tokensFor(css: string): string {
  const theme = themeTokens();
  const wanted = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);
  const kept = new Map<string, string>();
  while (wanted.length > 0) {
    const name = wanted.pop()!;
    const value = theme.get(name);
    if (value === undefined || kept.has(name)) continue;
    kept.set(name, value);
    for (const match of value.matchAll(/var\((--[\w-]+)/g)) wanted.push(match[1]!);
  }
  return [...kept]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
}

const cache = new Map<string, string>();

function build(key: string, parts: string[], scope: string): string {
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = parts.join('\n');
  const css = `/* Voorbeeld theme tokens (EUPL-1.2, NL Design System), the subset in use. */\n${scope} { ${tokensFor(rules)} }\n${rules}`;
  cache.set(key, css);
  return css;
}

/** CSS for the record inside another page (tokens scoped to the record). */
export function reportCss(): string {
  return build('embedded', [RULES], '.sr-report');
}

/** CSS for a whole record document (download, PDF). */
export function documentCss(): string {
  return build('document', [RULES, DOCUMENT_RULES], ':root');
}

/** CSS for the one-page handout. */
export function handoutCss(): string {
  return build('handout', [RULES, HANDOUT_RULES], ':root');
}
