// A warning under a free-text field when it holds a BSN or a health detail, with an offer to leave each out.
// The same analyzer function the server uses for the API's warnings; it runs on every change of the text.
import { useMemo } from 'react';
import { findSensitive, leaveOut, type SensitiveFinding } from '../../analyzer/index.ts';
import { useI18n } from '../app/i18n.tsx';

/** The warning for one field: `onLeaveOut` gets the text with the chosen findings replaced by a marker. */
export function SensitiveHint({ text, onLeaveOut }: { text: string; onLeaveOut: (next: string) => void }) {
  const { t } = useI18n();
  const findings = useMemo(() => findSensitive(text), [text]);
  const marker = t('privacy.sensitive.marker');
  const drop = (chosen: SensitiveFinding[]) => onLeaveOut(leaveOut(text, chosen, marker));
  // The live region is always there, so a warning that appears is announced once, politely.
  return (
    <div role="status" className="sensitive-hint">
      {findings.length > 0 ? (
        <div className="notice notice--warning">
          <p className="notice__title">{t('privacy.sensitive.title')}</p>
          <ul className="sensitive-hint__list">
            {findings.map((finding) => (
              <li key={`${finding.start}-${finding.rule}`}>
                {t(finding.kind === 'bsn' ? 'privacy.sensitive.bsn' : 'privacy.sensitive.health', {
                  text: finding.text,
                })}{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('privacy.sensitive.leaveOutLabel', { text: finding.text })}
                  onClick={() => drop([finding])}
                >
                  {t('privacy.sensitive.leaveOut')}
                </button>
              </li>
            ))}
          </ul>
          {findings.length > 1 ? (
            <button type="button" className="button" onClick={() => drop(findings)}>
              {t('privacy.sensitive.leaveOutAll')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
