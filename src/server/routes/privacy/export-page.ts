// The readable page of a person's data export: a self-contained, accessible HTML document (no scripts, no
// outside files), every value escaped.
import type { PersonExport } from '../../../core/index.ts';
import { t, type Lang, type MessageKey } from '../../../i18n/index.ts';

const escape = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function row(label: string, value: string | null): string {
  return `<dt>${escape(label)}</dt><dd>${value ? escape(value) : '—'}</dd>`;
}

/** The export as an HTML page in the reader's language. */
export function exportPage(data: PersonExport, lang: Lang): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const name = data.person.names[0] ?? '';
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(data.generatedAt));
  const records = data.records
    .map((r) => {
      const agreements = r.agreements
        .map(
          (a) =>
            `<li>${escape([a.sourceText, a.action].filter(Boolean).join(' — '))}${a.deadline ? ` (${escape(a.deadline)})` : ''}${
              a.owner ? ` — ${escape(tr(`privacy.export.owner.${a.owner}` as MessageKey))}` : ''
            }${a.measure ? `<br>${escape(a.measure)}` : ''}${a.history
              .filter((h) => h.note)
              .map((h) => `<br>${escape(h.at.slice(0, 10))}: ${escape(h.note)}`)
              .join('')}</li>`,
        )
        .join('');
      const questions = r.questions
        .map((q) => `<li>${escape(q.text)}${q.answer ? `<br>${escape(q.answer)}` : ''}</li>`)
        .join('');
      const expectations = r.expectations
        .map(
          (e) =>
            `<li>${escape(e.label)}${e.date ? ` (${escape(e.date)})` : ''}${e.note ? `: ${escape(e.note)}` : ''}</li>`,
        )
        .join('');
      const shared = r.shared;
      const sharedItems = [
        ...shared.versions.map((v) =>
          tr('privacy.export.sharedVersion', { number: v.number, date: v.sharedAt.slice(0, 10) }),
        ),
        ...shared.deliveries.map((d) =>
          tr('privacy.export.sharedDelivery', {
            channel: d.channel,
            state: d.state,
            recipient: d.recipient ?? '—',
            date: d.createdAt.slice(0, 10),
          }),
        ),
        ...shared.links.map((l) =>
          tr('privacy.export.sharedLink', {
            channel: l.channel,
            date: l.createdAt.slice(0, 10),
            until: (l.revokedAt ?? l.expiresAt).slice(0, 10),
          }),
        ),
        ...shared.answers.map((a) =>
          [tr('privacy.export.sharedAnswer', { agreement: a.agreement, state: a.state }), a.reason]
            .filter(Boolean)
            .join(': '),
        ),
        ...shared.feedback.map((f) =>
          [tr('privacy.export.sharedFeedback', { score: f.score ?? '—', date: f.givenOn }), f.wentWell, f.tip]
            .filter(Boolean)
            .join(' — '),
        ),
      ];
      const notes = [r.feedbackNotes, r.closingMessage, ...r.skipReasons.map((s) => s.reason)].filter(
        Boolean,
      );
      return `<section>
<h2>${escape(tr('privacy.export.conversation'))}: ${escape(r.conversation.title)}</h2>
<dl>${row(tr('privacy.export.conversation'), `${r.conversation.type}, ${r.conversation.startsAt.slice(0, 10)}`)}
${row(tr('privacy.export.contact'), [r.participant.name, r.participant.role, r.participant.email, r.participant.phone].filter(Boolean).join(', '))}
${row(tr('privacy.export.consent'), tr(r.participant.contactConsent ? 'privacy.export.yes' : 'privacy.export.no'))}
${row(tr('privacy.export.summary'), r.summary.text)}
${row(tr('privacy.export.confirmation'), r.summary.confirmation ? [r.summary.confirmation.state, r.summary.confirmation.correction].filter(Boolean).join(': ') : null)}</dl>
<h3>${escape(tr('privacy.export.agreements'))}</h3>${agreements ? `<ul>${agreements}</ul>` : '<p>—</p>'}
<h3>${escape(tr('privacy.export.expectations'))}</h3>${expectations ? `<ul>${expectations}</ul>` : '<p>—</p>'}
<h3>${escape(tr('privacy.export.questions'))}</h3>${questions ? `<ul>${questions}</ul>` : '<p>—</p>'}
<h3>${escape(tr('privacy.export.notes'))}</h3>${notes.length ? `<ul>${notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '<p>—</p>'}
<h3>${escape(tr('privacy.export.shared'))}</h3>${sharedItems.length ? `<ul>${sharedItems.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '<p>—</p>'}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(tr('privacy.export.title', { name }))}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}dt{font-weight:600}dd{margin:0 0 .5rem 0;white-space:pre-wrap}section{border-top:1px solid #767676;margin-top:1.5rem}</style>
</head><body><main>
<h1>${escape(tr('privacy.export.title', { name }))}</h1>
<p>${escape(tr('privacy.export.intro', { organisation: data.organisation, date }))}</p>
${records}
</main></body></html>
`;
}
