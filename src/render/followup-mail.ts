// The follow-up's mails: a reminder of one agreement (to the participant who must act, with their link, or to
// the leader, with the way to "Mijn afspraken") and the leader's Monday digest. Only words and layout live
// here; the scheduler (services/reminders.ts) decides who gets what and when, and src/mail sends it.
import { reminderMoment, type AgreementGroup } from '../core/index.ts';
import type { Lang } from '../i18n/index.ts';
import { htmlDocument } from './html.ts';
import { documentCss } from './styles.ts';
import { clean, escapeHtml as e, oneLine } from './text.ts';
import { wordsFor } from './words.ts';

export interface ReminderMailInput {
  lang: Lang;
  /** A participant gets their own page's link; the leader the way to "Mijn afspraken". */
  audience: 'participant' | 'leader';
  /** Who the mail greets. */
  name: string;
  action: string;
  /** The conversation's title. */
  title: string;
  deadline: string;
  offset: number;
  leaderName: string;
  /** The participant's personal link, or the leader's "Mijn afspraken" page. */
  url: string;
}

export interface FollowupMail {
  /** One line, no control characters: safe as a header value. */
  subject: string;
  text: string;
  html: string;
}

/** The link as a paragraph with a button-like anchor, and the address written out for mail readers without HTML. */
function linkHtml(label: string, url: string): string {
  return `<p><a href="${e(url)}" style="display: inline-block; padding: 12px 20px; background: #154273; color: #fff; text-decoration: none; border-radius: 4px; font-weight: bold;">${e(label)}</a></p><p>${e(url)}</p>`;
}

/** A reminder of one agreement. */
export function renderReminderMail(input: ReminderMailInput): FollowupMail {
  if (!/^https?:\/\//i.test(input.url)) throw new RangeError('a reminder links to an http(s) address');
  const w = wordsFor(input.lang);
  const when = reminderMoment(input.offset);
  const params = {
    action: oneLine(input.action),
    date: w.day(input.deadline),
    title: oneLine(input.title),
    leader: oneLine(input.leaderName),
  };
  const subject = oneLine(w.t(`followup.mail.subject.${when}`, params));
  const greeting = w.t(
    input.audience === 'participant' ? 'followup.mail.hello' : 'followup.mail.helloLeader',
    {
      name: oneLine(input.name),
    },
  );
  const body = w.t(`followup.mail.body.${when}`, params);
  const next = w.t(
    input.audience === 'participant' ? 'followup.mail.markDone' : 'followup.mail.openApp',
    params,
  );
  const button = w.t(
    input.audience === 'participant' ? 'followup.mail.button' : 'followup.mail.buttonLeader',
  );
  const text = [greeting, '', body, '', next, input.url].join('\n');
  const html = htmlDocument({
    lang: input.lang,
    title: subject,
    css: documentCss(),
    body: `<main><p>${e(greeting)}</p><p>${e(body)}</p><p>${e(next)}</p>${linkHtml(button, input.url)}</main>`,
  });
  return { subject, text, html };
}

export interface DigestItem {
  action: string;
  /** Who must act: the leader reading it, a participant (by name), or nobody named yet. */
  owner: 'leader' | 'participant' | 'nobody';
  ownerName: string;
  deadline: string | null;
  group: AgreementGroup;
}

/** How many agreements of one group the digest lists before it says "and n more". */
const DIGEST_PER_GROUP = 20;
const DIGEST_GROUPS: readonly AgreementGroup[] = ['overdue', 'this_week', 'later', 'no_deadline'];

/** The Monday digest of a leader's open agreements, grouped as "Mijn afspraken" groups them. */
export function renderDigestMail(input: {
  lang: Lang;
  name: string;
  items: readonly DigestItem[];
  url: string;
}): FollowupMail {
  if (!/^https?:\/\//i.test(input.url)) throw new RangeError('a digest links to an http(s) address');
  const w = wordsFor(input.lang);
  const count = input.items.length;
  const subject = oneLine(w.t('followup.digest.subject', { count }));
  const greeting = w.t('followup.mail.helloLeader', { name: oneLine(input.name) });
  const intro = w.t('followup.digest.intro', { count });
  const who = (i: DigestItem) =>
    i.owner === 'leader'
      ? w.t('followup.owner.leader')
      : i.owner === 'participant' && oneLine(i.ownerName)
        ? oneLine(i.ownerName)
        : w.t('followup.owner.nobody');
  const groups = DIGEST_GROUPS.map((group) => {
    const items = input.items.filter((i) => i.group === group);
    const lines = items
      .slice(0, DIGEST_PER_GROUP)
      .map((i) => `${who(i)}: ${oneLine(i.action)}${i.deadline ? ` (${w.day(i.deadline)})` : ''}`);
    const more = items.length - lines.length;
    return {
      heading: `${w.t(`followup.group.${group}`)} (${items.length})`,
      lines,
      more: more > 0 ? w.t('followup.digest.more', { count: more }) : '',
    };
  }).filter((g) => g.lines.length > 0);
  const open = w.t('followup.mail.openApp');
  const text = [
    greeting,
    '',
    intro,
    '',
    ...groups.flatMap((g) => [g.heading, ...g.lines.map((l) => `- ${l}`), ...(g.more ? [g.more] : []), '']),
    open,
    input.url,
  ].join('\n');
  const html = htmlDocument({
    lang: input.lang,
    title: subject,
    css: documentCss(),
    body: `<main><p>${e(greeting)}</p><p>${e(intro)}</p>${groups
      .map(
        (g) =>
          `<h2>${e(g.heading)}</h2><ul>${g.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>${
            g.more ? `<p>${e(g.more)}</p>` : ''
          }`,
      )
      .join('')}<p>${e(open)}</p>${linkHtml(w.t('followup.mail.buttonLeader'), input.url)}</main>`,
  });
  return { subject, text: clean(text), html };
}
