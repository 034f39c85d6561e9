// The administrator's screens: users (invite, role, team, deactivate), teams, conversation types (mode, next
// steps with their terms and the law they come from, feedback questions) and the organisation's settings.
// Every change is audited by the server.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { INVITATION_DAYS } from '../../core/index.ts';
import type {
  ConversationMode,
  ConversationType,
  LegalRuleKey,
  NextStepTemplate,
  OrganisationSettings,
  Role,
  Team,
  User,
  UserListing,
} from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, useLocation, usePageTitle } from '../app/router.tsx';
import { api, followupApi, type Invited } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { Checkbox, SelectField, TextArea, TextField } from '../components/form.tsx';
import { formatInstant } from '../lib/dates.ts';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { MODES, modeLabel } from '../lib/labels.ts';
import { invalidateConversationTypes } from '../lib/use-types.ts';

const TABS = ['users', 'teams', 'types', 'settings'] as const;
type Tab = (typeof TABS)[number];
const ROLE_LIST = ['leader', 'coach', 'admin'] as const satisfies readonly Role[];

/** The statutory rules an administrator can choose, and which of them know an advisory committee. */
const RULES = {
  'awb-9:11': { committee: true },
  'awb-7:10': { committee: true },
  'awb-6:7': { committee: false },
  'wmo-2.3.2': { committee: false },
  'wmo-2.3.5': { committee: false },
} as const satisfies Record<LegalRuleKey, { committee: boolean }>;
const RULE_KEYS = Object.keys(RULES) as LegalRuleKey[];
const RULE_WEEKS: Record<LegalRuleKey, number> = {
  'awb-9:11': 6,
  'awb-7:10': 6,
  'awb-6:7': 6,
  'wmo-2.3.2': 6,
  'wmo-2.3.5': 2,
};
const RULE_BASIS: Record<LegalRuleKey, string> = {
  'awb-9:11': 'art. 9:11 lid 1 Awb',
  'awb-7:10': 'art. 7:10 lid 1 Awb',
  'awb-6:7': 'art. 6:7 en 6:8 Awb',
  'wmo-2.3.2': 'art. 2.3.2 lid 1 Wmo 2015',
  'wmo-2.3.5': 'art. 2.3.5 lid 2 Wmo 2015',
};
const UNITS = ['days', 'working_days', 'weeks', 'months'] as const;
/** How often the users tab looks again while an invitation's mail is on its way (the queue sends it at once). */
const MAIL_POLL_MS = 2000;

/** The administration, one tab at a time. */
export default function AdminPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const tab: Tab = (TABS as readonly string[]).includes(search.get('tab') ?? '')
    ? (search.get('tab') as Tab)
    : 'users';
  usePageTitle(`${t('admin.title')}: ${t(`admin.tab.${tab}`)}`);
  return (
    <div className="stack-lg">
      <h1 id="page-title" tabIndex={-1}>
        {t('admin.title')}
      </h1>
      <nav aria-label={t('admin.tabs')} className="tabs">
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link href={`/admin?tab=${name}`} aria-current={name === tab ? 'page' : undefined}>
                {t(`admin.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted small">{t('admin.audited')}</p>
      {tab === 'users' ? <UsersTab /> : null}
      {tab === 'teams' ? <TeamsTab /> : null}
      {tab === 'types' ? <TypesTab /> : null}
      {tab === 'settings' ? <SettingsTab /> : null}
    </div>
  );
}

function useLoad<T>(load: () => Promise<T>): [T | null, string | null, () => void] {
  const { t } = useI18n();
  const [value, setValue] = useState<T | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && setValue(v),
      (error: unknown) => live && setFailure(messageOf(error, t)),
    );
    return () => {
      live = false;
    };
    // `load` is a module-level call that never changes; the round number asks again.
  }, [load, round, t]);
  return [value, failure, useCallback(() => setRound((n) => n + 1), [])];
}

function UsersTab() {
  const { t } = useI18n();
  const [users, failure, reload] = useLoad(followupApi.users);
  const [teams] = useLoad(followupApi.teams);
  const [invited, setInvited] = useState<Invited | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mailOnItsWay = (users ?? []).some((u) => u.invitation?.mail === 'waiting');

  // While a mail waits for the queue, look again shortly: Beheer then says whether it went.
  useEffect(() => {
    if (!mailOnItsWay) return;
    const timer = setTimeout(reload, MAIL_POLL_MS);
    return () => clearTimeout(timer);
  }, [mailOnItsWay, users, reload]);

  async function change(user: User, patch: Parameters<typeof followupApi.updateUser>[1]) {
    setError(null);
    try {
      await followupApi.updateUser(user.id, patch);
      setStatus(t('admin.saved'));
      reload();
    } catch (e) {
      const conflict = (e as { details?: { reason?: string } }).details?.reason === 'last_admin';
      setError(conflict ? t('admin.users.lastAdmin') : messageOf(e, t));
    }
  }
  async function reinvite(user: User) {
    setError(null);
    try {
      setInvited(await followupApi.reinvite(user.id));
      reload();
    } catch (e) {
      setError(messageOf(e, t));
    }
  }

  return (
    <section aria-labelledby="users-title" className="stack-lg">
      <h2 id="users-title">{t('admin.users.title')}</h2>
      <InviteForm
        teams={teams ?? []}
        onInvited={(answer) => {
          setInvited(answer);
          reload();
        }}
      />
      {invited ? <InviteLink invited={invited} /> : null}
      <p role="status" className="muted">
        {status}
      </p>
      {error ? (
        <Notice kind="error" live="assertive">
          {error}
        </Notice>
      ) : null}
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!users ? (
        <Loading label={t('web.loading')} />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.team')}</th>
                <th scope="col">{t('admin.users.state')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.name}
                    <br />
                    <span className="small muted">{user.email}</span>
                  </th>
                  <td>
                    <SelectField
                      label={t('admin.users.roleOf', { name: user.name })}
                      hideLabel
                      value={user.role}
                      onChange={(e) => void change(user, { role: e.target.value as Role })}
                    >
                      {ROLE_LIST.map((role) => (
                        <option key={role} value={role}>
                          {t(`admin.role.${role}`)}
                        </option>
                      ))}
                    </SelectField>
                  </td>
                  <td>
                    <SelectField
                      label={t('admin.users.teamOf', { name: user.name })}
                      hideLabel
                      value={user.teamId ?? ''}
                      onChange={(e) => void change(user, { teamId: e.target.value || null })}
                    >
                      <option value="">{t('admin.users.noTeam')}</option>
                      {(teams ?? []).map((team) => (
                        <option key={team.id} value={team.id}>
                          {team.name}
                        </option>
                      ))}
                    </SelectField>
                  </td>
                  <td>
                    {!user.active
                      ? t('admin.users.inactive')
                      : user.invited
                        ? t('admin.users.invited')
                        : t('admin.users.active')}
                    {user.active ? <InvitationState user={user} /> : null}
                  </td>
                  <td className="button-row">
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => void change(user, { active: !user.active })}
                    >
                      {t(user.active ? 'admin.users.deactivate' : 'admin.users.activate', {
                        name: user.name,
                      })}
                    </button>
                    {user.invited && user.active ? (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        title={t('admin.users.reinviteHint')}
                        onClick={() => void reinvite(user)}
                      >
                        {t('admin.users.reinvite', { name: user.name })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InviteForm({ teams, onInvited }: { teams: Team[]; onInvited: (answer: Invited) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('leader');
  const [teamId, setTeamId] = useState('');
  const [locale, setLocale] = useState<'nl' | 'en'>('nl');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = t('web.validation.required');
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = t('web.validation.email');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setFailure(null);
    try {
      onInvited(
        await followupApi.invite({
          name: name.trim(),
          email: email.trim(),
          role,
          teamId: teamId || null,
          locale,
        }),
      );
      setName('');
      setEmail('');
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error, t));
    }
  }
  return (
    <form onSubmit={submit} className="card stack" noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{t('admin.users.invite')}</h3>
      <p className="muted small">{t('admin.users.inviteIntro', { days: INVITATION_DAYS })}</p>
      <div className="grid-2">
        <TextField
          label={t('admin.users.name')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          type="email"
          label={t('admin.users.email')}
          value={email}
          error={errors.email}
          autoComplete="off"
          onChange={(e) => setEmail(e.target.value)}
        />
        <SelectField
          label={t('admin.users.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLE_LIST.map((r) => (
            <option key={r} value={r}>
              {t(`admin.role.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('admin.users.team')} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">{t('admin.users.noTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('admin.users.language')}
          value={locale}
          onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'nl')}
        >
          <option value="nl">Nederlands</option>
          <option value="en" lang="en">
            English
          </option>
        </SelectField>
      </div>
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('admin.users.inviteSubmit')}
      </button>
    </form>
  );
}

function InviteLink({ invited }: { invited: Invited }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState('');
  // The token travels in the fragment: browsers never send it to a server, so no log keeps it.
  const link = `${window.location.origin}/invite#${invited.token}`;
  return (
    <Notice kind="success" title={t('admin.users.invitationMade', { name: invited.user.name })} live="polite">
      <p>
        {t(invited.mail === 'off' ? 'admin.users.inviteLinkHint' : 'admin.users.inviteMailed', {
          email: invited.user.email,
        })}
      </p>
      <TextField
        label={t('admin.users.inviteLink', { name: invited.user.name })}
        hideLabel
        readOnly
        value={link}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          void navigator.clipboard.writeText(link).then(
            () => setCopied(t('admin.users.copied')),
            () => setCopied(''),
          )
        }
      >
        {t('admin.users.copy')}
      </button>
      <span role="status" className="muted">
        {copied}
      </span>
    </Notice>
  );
}

/** Under "invited": what happened to the mail, and until when the link works (or that it expired). */
function InvitationState({ user }: { user: UserListing }) {
  const { t, locale } = useI18n();
  const invitation = user.invitation;
  if (!invitation) return null;
  const date = formatInstant(invitation.expiresAt, locale);
  return (
    <span className="small muted invitation-state">
      <br />
      {invitation.expired ? (
        t('admin.users.expired', { date })
      ) : (
        <>
          {t(`admin.users.mail.${invitation.mail}`)}
          <br />
          {t('admin.users.validUntil', { date })}
        </>
      )}
    </span>
  );
}

function TeamsTab() {
  const { t } = useI18n();
  const [teams, failure, reload] = useLoad(followupApi.teams);
  const [users] = useLoad(followupApi.users);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('web.validation.required'));
      return;
    }
    try {
      await followupApi.createTeam(name.trim());
      setName('');
      setError(null);
      setStatus(t('admin.saved'));
      reload();
    } catch (e) {
      setError(messageOf(e, t));
    }
  }
  return (
    <section aria-labelledby="teams-title" className="stack-lg">
      <h2 id="teams-title">{t('admin.teams.title')}</h2>
      <form onSubmit={add} className="inline-form" noValidate aria-labelledby="team-add-title">
        <h3 id="team-add-title" className="subheading">
          {t('admin.teams.add')}
        </h3>
        <TextField
          label={t('admin.teams.name')}
          value={name}
          error={error}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('admin.teams.addSubmit')}
        </button>
      </form>
      <p role="status" className="muted">
        {status}
      </p>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {teams && teams.length === 0 ? <p className="muted">{t('admin.teams.none')}</p> : null}
      <ul className="stack">
        {(teams ?? []).map((team) => (
          <TeamRow
            key={team.id}
            team={team}
            members={(users ?? []).filter((u) => u.teamId === team.id).length}
            onSaved={() => {
              setStatus(t('admin.saved'));
              reload();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function TeamRow({ team, members, onSaved }: { team: Team; members: number; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(team.name);
  const [error, setError] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await followupApi.renameTeam(team.id, name.trim());
      setError(null);
      onSaved();
    } catch (e) {
      setError(messageOf(e, t));
    }
  }
  return (
    <li className="card">
      <form onSubmit={save} className="inline-form" noValidate>
        <TextField
          label={t('admin.teams.rename', { name: team.name })}
          value={name}
          error={error}
          onChange={(e) => setName(e.target.value)}
          hint={t('admin.teams.members', { count: members })}
        />
        <button type="submit" className="button button--secondary">
          {t('admin.teams.save')}
        </button>
      </form>
    </li>
  );
}

function TypesTab() {
  const { t } = useI18n();
  const [types, failure, reload] = useLoad(api.conversationTypes);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="types-title" className="stack-lg">
      <h2 id="types-title">{t('admin.types.title')}</h2>
      <p className="muted">{t('admin.types.intro')}</p>
      <p role="status" className="muted">
        {status}
      </p>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      <details
        className="card"
        open={editing === 'new'}
        onToggle={(e) => e.currentTarget.open && setEditing('new')}
      >
        <summary>{t('admin.types.add')}</summary>
        {editing === 'new' ? (
          <TypeForm
            onSaved={() => {
              setEditing(null);
              setStatus(t('admin.saved'));
              reload();
            }}
          />
        ) : null}
      </details>
      {!types ? <Loading label={t('web.loading')} /> : null}
      <ul className="stack">
        {(types ?? []).map((type) => (
          <li key={type.id} className="card">
            <details open={editing === type.id} onToggle={(e) => e.currentTarget.open && setEditing(type.id)}>
              <summary>
                {type.name}
                {type.archived ? <span className="badge"> {t('admin.types.archived')}</span> : null}
                {type.nextSteps.some((s) => s.legal) ? (
                  <span className="badge"> {t('admin.types.legalBadge')}</span>
                ) : null}
              </summary>
              {editing === type.id ? (
                <TypeForm
                  type={type}
                  onSaved={() => {
                    setEditing(null);
                    setStatus(t('admin.saved'));
                    reload();
                  }}
                />
              ) : null}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

type StepDraft = {
  label: string;
  kind: 'none' | 'practice' | 'legal';
  amount: string;
  unit: (typeof UNITS)[number];
  rule: LegalRuleKey;
  committee: boolean;
  note: string;
};

function draftOf(step: NextStepTemplate): StepDraft {
  return {
    label: step.label,
    kind: step.legal ? 'legal' : step.term ? 'practice' : 'none',
    amount: String(step.term?.amount ?? 5),
    unit: step.term?.unit ?? 'working_days',
    rule: step.legal?.rule ?? 'awb-9:11',
    committee: step.legal?.variant === 'committee',
    note: step.note,
  };
}

function templateOf(draft: StepDraft): NextStepTemplate {
  if (draft.kind === 'legal') {
    return {
      label: draft.label.trim(),
      term: { amount: RULE_WEEKS[draft.rule], unit: 'weeks' },
      legalBasis: RULE_BASIS[draft.rule],
      note: draft.note.trim(),
      legal: {
        rule: draft.rule,
        variant: draft.committee && RULES[draft.rule].committee ? 'committee' : 'standard',
      },
    };
  }
  return {
    label: draft.label.trim(),
    term: draft.kind === 'practice' ? { amount: Number(draft.amount) || 0, unit: draft.unit } : null,
    legalBasis: '',
    note: draft.note.trim(),
    legal: null,
  };
}

function TypeForm({ type, onSaved }: { type?: ConversationType; onSaved: () => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [name, setName] = useState(type?.name ?? '');
  const [description, setDescription] = useState(type?.description ?? '');
  const [mode, setMode] = useState<ConversationMode | ''>(type?.mode ?? '');
  const [steps, setSteps] = useState<StepDraft[]>(() => (type?.nextSteps ?? []).map(draftOf));
  const [questions, setQuestions] = useState((type?.feedbackQuestions ?? []).join('\n'));
  const [archived, setArchived] = useState(type?.archived ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setSteps((list) => list.map((s, n) => (n === i ? { ...s, ...patch } : s)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = t('web.validation.required');
    if (!type && !/^[a-z0-9-]{2,60}$/.test(key)) next.key = t('admin.types.key');
    steps.forEach((s, i) => {
      if (!s.label.trim()) next[`nextSteps.${i}.label`] = t('web.validation.required');
    });
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const body = {
      name: name.trim(),
      description: description.trim(),
      mode: mode || null,
      nextSteps: steps.map(templateOf),
      feedbackQuestions: questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
    };
    setFailure(null);
    try {
      if (type) await followupApi.updateType(type.id, { ...body, archived });
      else await followupApi.createType({ ...body, key });
      invalidateConversationTypes();
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error, t));
    }
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      {!type ? (
        <TextField
          label={t('admin.types.key')}
          value={key}
          error={errors.key}
          onChange={(e) => setKey(e.target.value)}
        />
      ) : null}
      <TextField
        label={t('admin.types.name')}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextArea
        label={t('admin.types.description')}
        value={description}
        rows={2}
        onChange={(e) => setDescription(e.target.value)}
      />
      <SelectField
        label={t('admin.types.mode')}
        value={mode}
        onChange={(e) => setMode(e.target.value as ConversationMode | '')}
      >
        <option value="">{t('admin.types.modeNone')}</option>
        {MODES.map((m) => (
          <option key={m} value={m}>
            {t(modeLabel[m])}
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset stack">
        <legend className="fieldset__legend">{t('admin.types.steps')}</legend>
        {steps.map((step, i) => (
          <fieldset key={i} className="fieldset stack">
            <legend className="fieldset__legend">{t('admin.types.step', { n: i + 1 })}</legend>
            <TextField
              label={t('admin.types.stepLabel')}
              value={step.label}
              error={errors[`nextSteps.${i}.label`]}
              onChange={(e) => setStep(i, { label: e.target.value })}
            />
            <SelectField
              label={t('admin.types.termKind')}
              value={step.kind}
              onChange={(e) => setStep(i, { kind: e.target.value as StepDraft['kind'] })}
            >
              <option value="none">{t('admin.types.termNone')}</option>
              <option value="practice">{t('admin.types.termPractice')}</option>
              <option value="legal">{t('admin.types.termLegal')}</option>
            </SelectField>
            {step.kind === 'practice' ? (
              <div className="grid-2">
                <TextField
                  type="number"
                  min={0}
                  max={3650}
                  label={t('admin.types.amount')}
                  value={step.amount}
                  onChange={(e) => setStep(i, { amount: e.target.value })}
                />
                <SelectField
                  label={t('admin.types.unit')}
                  value={step.unit}
                  onChange={(e) => setStep(i, { unit: e.target.value as StepDraft['unit'] })}
                >
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`admin.types.unit.${u}`)}
                    </option>
                  ))}
                </SelectField>
              </div>
            ) : null}
            {step.kind === 'legal' ? (
              <>
                <SelectField
                  label={t('admin.types.rule')}
                  value={step.rule}
                  onChange={(e) => setStep(i, { rule: e.target.value as LegalRuleKey })}
                >
                  {RULE_KEYS.map((rule) => (
                    <option key={rule} value={rule}>
                      {t(`legal.rule.${rule}` as MessageKey)}
                    </option>
                  ))}
                </SelectField>
                {RULES[step.rule].committee ? (
                  <Checkbox
                    label={t('legal.variant.committee')}
                    checked={step.committee}
                    onChange={(e) => setStep(i, { committee: e.target.checked })}
                  />
                ) : null}
              </>
            ) : null}
            <TextField
              label={t('admin.types.note')}
              value={step.note}
              onChange={(e) => setStep(i, { note: e.target.value })}
            />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setSteps((list) => list.filter((_, n) => n !== i))}
            >
              {t('admin.types.removeStep', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setSteps((list) => [
              ...list,
              {
                label: '',
                kind: 'practice',
                amount: '5',
                unit: 'working_days',
                rule: 'awb-9:11',
                committee: false,
                note: '',
              },
            ])
          }
        >
          {t('admin.types.addStep')}
        </button>
      </fieldset>
      <TextArea
        label={t('admin.types.questions')}
        value={questions}
        rows={3}
        onChange={(e) => setQuestions(e.target.value)}
      />
      {type ? (
        <Checkbox
          label={t('admin.types.archived')}
          checked={archived}
          onChange={(e) => setArchived(e.target.checked)}
        />
      ) : null}
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <button type="submit" className="button button--primary">
        {type ? t('admin.types.save') : t('admin.types.create')}
      </button>
    </form>
  );
}

function SettingsTab() {
  const { t } = useI18n();
  const [answer, failure, reload] = useLoad(followupApi.organisation);
  if (failure) return <Notice kind="error">{failure}</Notice>;
  if (!answer) return <Loading label={t('web.loading')} />;
  return (
    <SettingsForm
      name={answer.organisation?.name ?? ''}
      contact={answer.organisation?.contact ?? ''}
      settings={answer.settings}
      onSaved={reload}
    />
  );
}

function SettingsForm({
  name: initialName,
  contact: initialContact,
  settings,
  onSaved,
}: {
  name: string;
  contact: string;
  settings: OrganisationSettings;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  const [contact, setContact] = useState(initialContact);
  const [region, setRegion] = useState(settings.holidayRegion);
  const [schedule, setSchedule] = useState(settings.reminderSchedule.join(', '));
  const [lifetime, setLifetime] = useState(String(settings.linkLifetimeDays));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parts = schedule
      .split(',')
      .map((p) => p.trim().replace('−', '-'))
      .filter(Boolean);
    const offsets = parts.map(Number);
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = t('web.validation.required');
    if (parts.length > 8 || offsets.some((n) => !Number.isInteger(n) || n < -20 || n > 30))
      next.reminderSchedule = t('admin.settings.scheduleInvalid');
    const days = Number(lifetime);
    if (!Number.isInteger(days) || days < 1 || days > 365) next.linkLifetimeDays = '1–365';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await followupApi.updateOrganisation({
        name: name.trim(),
        contact: contact.trim() || null,
        holidayRegion: region,
        reminderSchedule: offsets,
        linkLifetimeDays: days,
      });
      setMessage({ kind: 'success', text: t('admin.saved') });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage({ kind: 'error', text: messageOf(error, t) });
    }
  }
  return (
    <section aria-labelledby="settings-title" className="narrow">
      <h2 id="settings-title">{t('admin.settings.title')}</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          label={t('admin.settings.name')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextArea
          label={t('admin.settings.contact')}
          hint={t('admin.settings.contactHint')}
          value={contact}
          rows={2}
          error={errors.contact}
          onChange={(e) => setContact(e.target.value)}
        />
        <SelectField
          label={t('admin.settings.region')}
          hint={t('admin.settings.regionHint')}
          value={region}
          onChange={(e) => setRegion(e.target.value as OrganisationSettings['holidayRegion'])}
        >
          <option value="NL">{t('admin.settings.region.NL')}</option>
          <option value="BE">{t('admin.settings.region.BE')}</option>
        </SelectField>
        <TextField
          label={t('admin.settings.schedule')}
          hint={t('admin.settings.scheduleHint')}
          value={schedule}
          error={errors.reminderSchedule}
          inputMode="text"
          onChange={(e) => setSchedule(e.target.value)}
        />
        <TextField
          type="number"
          min={1}
          max={365}
          label={t('admin.settings.linkLifetime')}
          value={lifetime}
          error={errors.linkLifetimeDays}
          onChange={(e) => setLifetime(e.target.value)}
        />
        {message ? (
          <Notice kind={message.kind} live="polite">
            {message.text}
          </Notice>
        ) : null}
        <button type="submit" className="button button--primary">
          {t('admin.settings.save')}
        </button>
      </form>
    </section>
  );
}
