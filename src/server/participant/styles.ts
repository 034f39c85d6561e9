// The participant page's stylesheet: phone first, large touch targets, the NL Design System voorbeeld
// theme's tokens (with the theme's own values as fallbacks, so the page reads well before the tokens load).
const CSS = `
:root { color-scheme: light; }
.pp {
  margin: 0;
  font-family: var(--basis-text-font-family-default, "Fira Sans", Arial, sans-serif);
  font-size: 1.125rem;
  line-height: 1.6;
  color: var(--basis-color-default-color-document, #1a1a1a);
  background: var(--basis-color-default-bg-document, #fff);
  -webkit-text-size-adjust: 100%;
}
.pp-header { border-bottom: 1px solid #d0d0d0; padding: 0.75rem 1rem; }
.pp-organisation { margin: 0; font-weight: 700; }
.pp-main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; overflow-wrap: anywhere; }
.pp h1 { font-size: 1.625rem; line-height: 1.3; margin: 0.5rem 0; }
.pp h2 { font-size: 1.375rem; line-height: 1.3; margin: 0 0 0.75rem; }
.pp h3 { font-size: 1.125rem; line-height: 1.4; margin: 0 0 0.5rem; }
.pp p { margin: 0 0 0.75rem; }
.pp a { color: #0b5cad; text-underline-offset: 0.15em; }
.pp a:focus-visible, .pp button:focus-visible, .pp textarea:focus-visible, .pp input:focus-visible {
  outline: 3px solid #0b5cad; outline-offset: 2px;
}
.pp-meta { font-weight: 600; }
.pp-muted { color: #4a4a4a; }
.pp-text { white-space: pre-wrap; background: #f3f3f3; padding: 0.75rem 1rem; border-radius: 4px; }
.pp-section { border-top: 1px solid #d0d0d0; padding-top: 1.25rem; margin-top: 1.5rem; }
.pp-agreements { list-style: none; padding: 0; margin: 0; }
.pp-agreement { border: 1px solid #d0d0d0; border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
.pp-mine { font-weight: 600; color: #0b5cad; }
.pp-facts { display: grid; grid-template-columns: 1fr; margin: 0 0 0.75rem; }
.pp-facts dt { font-weight: 600; }
.pp-facts dd { margin: 0 0 0.5rem; }
@media (min-width: 36rem) { .pp-facts { grid-template-columns: 12rem 1fr; } .pp-facts dd { margin: 0 0 0.25rem; } }
.pp-form { margin: 0.75rem 0; }
.pp-question { font-weight: 600; }
.pp-field { margin: 0 0 0.75rem; }
.pp-label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.pp-hint { color: #4a4a4a; font-size: 1rem; }
.pp-error { color: #b00020; font-weight: 600; }
.pp-field--invalid .pp-textarea { border-color: #b00020; border-width: 2px; }
.pp-textarea {
  box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem 0.75rem;
  border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: inherit;
}
.pp-button {
  font: inherit; font-weight: 600; min-height: 48px; min-width: 48px; padding: 0.5rem 1.25rem;
  border-radius: 4px; border: 2px solid #0b5cad; cursor: pointer;
}
.pp-button--primary { background: #0b5cad; color: #fff; }
.pp-button--secondary { background: #fff; color: #0b5cad; }
.pp-answer { background: #e6f2e6; border-left: 4px solid #1e7b1e; padding: 0.5rem 0.75rem; }
.pp-notice { border-left: 4px solid; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.pp-notice--success { border-color: #1e7b1e; background: #e6f2e6; }
.pp-notice--error { border-color: #b00020; background: #fdecee; }
.pp-fieldset { border: 0; padding: 0; margin: 0 0 0.75rem; }
.pp-choice { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; }
.pp-choice input { width: 1.5rem; height: 1.5rem; margin: 0; }
.pp-steps, .pp-downloads { padding-left: 1.25rem; }
.pp-steps li, .pp-downloads li { margin-bottom: 0.5rem; }
.pp-card { margin-bottom: 0.5rem; }
.pp-footer { border-top: 1px solid #d0d0d0; margin-top: 2rem; padding-top: 1rem; color: #4a4a4a; font-size: 1rem; }
@media print { .pp-form, .pp-footer, script { display: none; } }
`;

/** The page's CSS (inline: one request less on a slow phone connection). */
export function pageCss(): string {
  return CSS;
}
