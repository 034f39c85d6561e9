// The administrator's privacy screen (AVG): how long each conversation type is kept and what retention will
// delete or anonymise in the coming days (read before it happens), and a person's data on request: find their
// records, export them (JSON or a readable page) or erase them. Every export and erasure is audited.
import { useEffect, useState, type FormEvent } from 'react';
import type { PersonMatch, RetentionAction, RetentionPolicy, RetentionReport } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { privacyApi, type ErasureResult } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { Checkbox, SelectField, TextField } from '../components/form.tsx';
import { formatDay, formatInstant } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import '../styles/privacy.css';

type Message = { kind: 'success' | 'error'; text: string } | null;

/** Retention and a person's data, for administrators. */
export default function PrivacyPage() {
  const { t } = useI18n();
  usePageTitle(t('privacy.page.title'));
  const [report, setReport] = useState<RetentionReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [horizon, setHorizon] = useState(30);
  // Every saved period and every run reloads the report, so it always shows what the next run will do.
  const reload = () => setVersion((v) => v + 1);
  useEffect(() => {
    privacyApi.retentionReport(horizon).then(setReport, (error: unknown) => setFailure(messageOf(error, t)));
  }, [version, horizon, t]);
  return (
    <div className="stack-lg privacy-page">
      <h1 id="page-title" tabIndex={-1}>
        {t('privacy.page.title')}
      </h1>
      <p className="lead">{t('privacy.page.intro')}</p>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!report && !failure ? <Loading label={t('web.loading')} /> : null}
      {report ? (
        <>
          <RetentionPolicies policies={report.policies} onSaved={reload} />
          <RetentionOutlook report={report} onRun={reload} horizon={horizon} setHorizon={setHorizon} />
        </>
      ) : null}
      <PersonData />
    </div>
  );
}

function RetentionPolicies({ policies, onSaved }: { policies: RetentionPolicy[]; onSaved: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="retention-title" className="stack">
      <h2 id="retention-title">{t('privacy.page.retention.title')}</h2>
      <p className="muted">{t('privacy.page.retention.intro')}</p>
      <ul className="privacy-policies">
        {policies.map((policy) => (
          <li key={policy.typeId}>
            <PolicyForm policy={policy} onSaved={onSaved} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PolicyForm({ policy, onSaved }: { policy: RetentionPolicy; onSaved: () => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<RetentionAction | 'keep'>(policy.action ?? 'keep');
  const [months, setMonths] = useState(String(policy.months ?? 12));
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const monthsValue = Number(months);
  const monthsError =
    action !== 'keep' && !(Number.isInteger(monthsValue) && monthsValue >= 1 && monthsValue <= 120)
      ? t('privacy.page.retention.monthsInvalid')
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (monthsError) return;
    setBusy(true);
    setMessage(null);
    try {
      await privacyApi.setRetention(
        policy.typeId,
        action === 'keep' ? null : { months: monthsValue, action },
      );
      setMessage({ kind: 'success', text: t('privacy.page.retention.saved', { type: policy.typeName }) });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="privacy-policy" noValidate>
      <fieldset>
        <legend className="privacy-policy__type">{policy.typeName}</legend>
        <div className="privacy-policy__fields">
          <SelectField
            label={t('privacy.page.retention.action')}
            value={action}
            onChange={(e) => setAction(e.target.value as RetentionAction | 'keep')}
          >
            <option value="keep">{t('privacy.page.retention.keep')}</option>
            <option value="anonymise">{t('privacy.page.retention.anonymise')}</option>
            <option value="delete">{t('privacy.page.retention.delete')}</option>
          </SelectField>
          {action !== 'keep' ? (
            <TextField
              label={t('privacy.page.retention.months')}
              inputMode="numeric"
              value={months}
              onChange={(e) => setMonths(e.target.value)}
              error={monthsError}
              className="input input--short"
            />
          ) : null}
          <button type="submit" className="button" disabled={busy}>
            {t('privacy.page.retention.save')}
          </button>
        </div>
      </fieldset>
      {message ? (
        <Notice kind={message.kind} live={message.kind === 'error' ? 'assertive' : 'polite'}>
          {message.text}
        </Notice>
      ) : null}
    </form>
  );
}

const HORIZONS = [30, 90, 365];

function RetentionOutlook({
  report,
  onRun,
  horizon,
  setHorizon,
}: {
  report: RetentionReport;
  onRun: () => void;
  horizon: number;
  setHorizon: (days: number) => void;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const overdue = report.items.filter((item) => item.overdue).length;

  async function run() {
    setBusy(true);
    setMessage(null);
    try {
      const done = await privacyApi.runRetention();
      setMessage({
        kind: 'success',
        text: t('privacy.page.outlook.ran', { deleted: done.deleted, anonymised: done.anonymised }),
      });
      setConfirming(false);
      onRun();
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="outlook-title" className="stack">
      <h2 id="outlook-title">{t('privacy.page.outlook.title', { days: report.horizonDays })}</h2>
      <p className="muted">{t('privacy.page.outlook.intro')}</p>
      <SelectField
        label={t('privacy.page.outlook.horizon')}
        value={String(horizon)}
        onChange={(e) => setHorizon(Number(e.target.value))}
      >
        {HORIZONS.map((days) => (
          <option key={days} value={days}>
            {t('privacy.page.outlook.days', { days })}
          </option>
        ))}
      </SelectField>
      {report.items.length === 0 ? (
        <p>{t('privacy.page.outlook.none', { days: report.horizonDays })}</p>
      ) : (
        <div className="privacy-table-wrap">
          <table className="privacy-table">
            <caption className="visually-hidden">
              {t('privacy.page.outlook.title', { days: report.horizonDays })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.page.outlook.due')}</th>
                <th scope="col">{t('privacy.page.outlook.what')}</th>
                <th scope="col">{t('privacy.page.outlook.type')}</th>
                <th scope="col">{t('privacy.page.outlook.leader')}</th>
                <th scope="col">{t('privacy.page.outlook.closed')}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.conversationId}>
                  <td>
                    {formatInstant(item.dueAt, locale)}
                    {item.overdue ? (
                      <span className="privacy-badge">{t('privacy.page.outlook.overdue')}</span>
                    ) : null}
                  </td>
                  <td>
                    {t(
                      item.action === 'delete'
                        ? 'privacy.page.retention.delete'
                        : 'privacy.page.retention.anonymise',
                    )}
                  </td>
                  <td>{item.typeName}</td>
                  <td>{item.leaderName ?? t('privacy.access.unknownUser')}</td>
                  <td>{item.closedAt ? formatInstant(item.closedAt, locale) : t('privacy.export.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overdue > 0 ? (
        confirming ? (
          <div className="notice notice--warning stack">
            <p>{t('privacy.page.outlook.confirm', { count: overdue })}</p>
            <div className="button-row">
              <button type="button" className="button button--primary" disabled={busy} onClick={run}>
                {t('privacy.page.outlook.runNow')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {t('privacy.page.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('privacy.page.outlook.runNow')}
            </button>{' '}
            <span className="muted">{t('privacy.page.outlook.daily')}</span>
          </p>
        )
      ) : (
        <p className="muted">{t('privacy.page.outlook.daily')}</p>
      )}
      {message ? (
        <Notice kind={message.kind} live={message.kind === 'error' ? 'assertive' : 'polite'}>
          {message.text}
        </Notice>
      ) : null}
    </section>
  );
}

/** Offers a file the browser saves (the export), without the data ever being put in the address. */
function saveFile(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function PersonData() {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [wholeConversations, setWholeConversations] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const ids = [...chosen];

  async function search(event: FormEvent) {
    event.preventDefault();
    if (query.trim().length < 2) {
      setMessage({ kind: 'error', text: t('privacy.page.person.queryShort') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const found = await privacyApi.findPerson(query.trim());
      setMatches(found);
      setChosen(new Set(found.map((m) => m.participantId)));
      setConfirming(false);
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  async function exportAs(format: 'json' | 'html') {
    setBusy(true);
    setMessage(null);
    try {
      const text = await privacyApi.exportPerson(ids, format);
      saveFile(
        text,
        format === 'json' ? 'application/json' : 'text/html',
        format === 'json' ? 'gegevens.json' : 'gegevens.html',
      );
      setMessage({ kind: 'success', text: t('privacy.page.person.exported') });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  async function erase() {
    setBusy(true);
    setMessage(null);
    try {
      const result: ErasureResult = await privacyApi.erasePerson(ids, wholeConversations);
      setMessage({
        kind: 'success',
        text: t('privacy.page.person.erased', {
          participants: result.participants,
          conversations: result.conversations,
          deleted: result.deletedConversations,
        }),
      });
      setMatches((current) => current?.filter((m) => !chosen.has(m.participantId)) ?? null);
      setChosen(new Set());
      setConfirming(false);
      setWholeConversations(false);
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <section aria-labelledby="person-title" className="stack">
      <h2 id="person-title">{t('privacy.page.person.title')}</h2>
      <p className="muted">{t('privacy.page.person.intro')}</p>
      <form onSubmit={search} className="inline-form" role="search" noValidate>
        <TextField
          label={t('privacy.page.person.query')}
          hint={t('privacy.page.person.queryHint')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={busy}>
          {t('privacy.page.person.search')}
        </button>
      </form>
      {matches && matches.length === 0 ? <p role="status">{t('privacy.page.person.none')}</p> : null}
      {matches && matches.length > 0 ? (
        <fieldset className="stack">
          <legend>{t('privacy.page.person.records', { count: matches.length })}</legend>
          <ul className="privacy-matches">
            {matches.map((match) => (
              <li key={match.participantId}>
                <Checkbox
                  checked={chosen.has(match.participantId)}
                  onChange={(e) => toggle(match.participantId, e.target.checked)}
                  label={
                    <>
                      <strong>{match.name}</strong>
                      {match.email ? ` · ${match.email}` : ''}
                      {match.phone ? ` · ${match.phone}` : ''}
                    </>
                  }
                  hint={t('privacy.page.person.record', {
                    type: match.typeName,
                    date: formatDay(match.startsOn, locale, 'short'),
                    leader: match.leaderName ?? t('privacy.access.unknownUser'),
                  })}
                />
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy || ids.length === 0}
              onClick={() => void exportAs('html')}
            >
              {t('privacy.page.person.exportHtml')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || ids.length === 0}
              onClick={() => void exportAs('json')}
            >
              {t('privacy.page.person.exportJson')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy || ids.length === 0}
              onClick={() => setConfirming(true)}
            >
              {t('privacy.page.person.erase')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {confirming ? (
        <div className="notice notice--warning stack">
          <p className="notice__title">{t('privacy.page.person.confirmTitle', { count: ids.length })}</p>
          <p>{t('privacy.page.person.confirmBody')}</p>
          <Checkbox
            checked={wholeConversations}
            onChange={(e) => setWholeConversations(e.target.checked)}
            label={t('privacy.page.person.wholeConversations')}
          />
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={busy} onClick={erase}>
              {t('privacy.page.person.eraseNow')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('privacy.page.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <Notice kind={message.kind} live={message.kind === 'error' ? 'assertive' : 'polite'}>
          {message.text}
        </Notice>
      ) : null}
    </section>
  );
}
