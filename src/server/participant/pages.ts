// The participant's pages under /p/<token>: server-rendered HTML that works without JavaScript.
// A GET never changes anything (mail scanners open links before people do); every answer is a form POST
// with the link's CSRF token, a same-origin check, and rate limits per address and per link; a refused
// answer shows the page again with the error at the field and the text kept. A bad link gets a calm page.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import {
  agreementAnswerInputSchema,
  agreementDoneInputSchema,
  feedbackAnswerSchema,
  isAppError,
  summaryAnswerSchema,
  type Language,
} from '../../core/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { participantCsrfFor, participantCsrfMatches, type Services } from '../../services/index.ts';
import { brokenLinkPage, messagePage, participantPage, type PageState } from './html.ts';
import { OPENED_SCRIPT } from './opened-script.ts';

/** Requests per minute to the pages of one link, and from one address; answers have a lower limit. */
export const PARTICIPANT_LIMITS = {
  readPerAddress: 120,
  readPerLink: 60,
  answerPerAddress: 30,
  answerPerLink: 20,
};

type Form = Record<string, string | undefined>;
type Limiter = (request: FastifyRequest) => Promise<{ isExceeded?: boolean; ttlInSeconds?: number }>;

const FORM_LIMIT = 64 * 1024;

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** The participant pages plugin. */
export const participantPages: FastifyPluginAsync<{ services: Services; publicUrl: URL | null }> = async (
  app,
  { services, publicUrl },
) => {
  const p = services.participant;

  // Forms post application/x-www-form-urlencoded: parsed here only (the API takes JSON only).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_LIMIT },
    (_request, body, done) => {
      const form: Form = {};
      for (const [key, value] of new URLSearchParams(body as string)) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        form[key] = value;
      }
      done(null, form);
    },
  );

  app.addHook('onSend', async (_request, reply) => {
    // Personal pages: never cached, never indexed, the token never sent on as a Referer.
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
    reply.header('referrer-policy', 'no-referrer');
  });

  const limiter = (max: number, key: (request: FastifyRequest) => string): Limiter => {
    // @fastify/rate-limit (registered by buildApp) decorates the app with createRateLimit.
    const create = (app as unknown as { createRateLimit?: (o: object) => Limiter }).createRateLimit;
    if (!create) throw new Error('the participant pages need @fastify/rate-limit registered first');
    // allowList: the app's global one lets every non-API path through; these limits are for exactly those.
    return create({ max, timeWindow: 60_000, keyGenerator: key, allowList: () => false });
  };
  const tokenOf = (request: FastifyRequest) => (request.params as { token?: string }).token ?? '';
  const linkKey = (request: FastifyRequest) => `participant-link:${tokenOf(request).slice(0, 64)}`;
  const readLimits = [
    limiter(PARTICIPANT_LIMITS.readPerAddress, (r) => `participant-read-ip:${r.ip}`),
    limiter(PARTICIPANT_LIMITS.readPerLink, (r) => `participant-read-${linkKey(r)}`),
  ];
  const answerLimits = [
    limiter(PARTICIPANT_LIMITS.answerPerAddress, (r) => `participant-answer-ip:${r.ip}`),
    limiter(PARTICIPANT_LIMITS.answerPerLink, (r) => `participant-answer-${linkKey(r)}`),
  ];

  async function organisationName(): Promise<{ name: string; contact: string | null }> {
    const organisation = await p.organisation();
    return { name: organisation?.name ?? '', contact: organisation?.contact ?? null };
  }

  /** The page's language: ?lang= (to read it in the other language), else the participant's. */
  function langOf(request: FastifyRequest, fallback: Language): Lang {
    const asked =
      (request.query as { lang?: string } | undefined)?.lang ?? (request.body as Form | undefined)?.lang;
    return asked === 'en' || asked === 'nl' ? asked : fallback;
  }

  async function limited(request: FastifyRequest, reply: FastifyReply, limits: Limiter[]): Promise<boolean> {
    for (const limit of limits) {
      const result = await limit(request);
      if (result.isExceeded) {
        const organisation = await organisationName();
        reply.header('retry-after', String(result.ttlInSeconds ?? 60));
        send(
          reply,
          429,
          messagePage({
            lang: langOf(request, 'nl'),
            organisation: organisation.name,
            title: 'participant.limited.title',
            body: 'participant.limited.body',
            back: null,
          }),
        );
        return true;
      }
    }
    return false;
  }

  /** The calm page for a link that does not work (and the same for every kind of bad link but expiry). */
  async function broken(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<FastifyReply> {
    if (!isAppError(error) || (error.code !== 'link_invalid' && error.code !== 'link_expired')) throw error;
    const organisation = await organisationName();
    const expired = error.code === 'link_expired';
    return send(
      reply,
      expired ? 410 : 404,
      brokenLinkPage({
        lang: langOf(request, 'nl'),
        expired,
        organisation: organisation.name,
        contact: organisation.contact,
      }),
    );
  }

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: Pick<PageState, 'notice' | 'error'>,
  ): Promise<FastifyReply> {
    const token = tokenOf(request);
    let view;
    try {
      view = await p.view(token);
    } catch (error) {
      return broken(request, reply, error);
    }
    const lang = langOf(request, view.participant.language);
    const report = lang === view.lang ? view.report : (await p.view(token, lang)).report;
    return send(
      reply,
      status,
      participantPage(report, {
        lang,
        token,
        csrf: participantCsrfFor(token),
        version: view.version,
        linkExpiresAt: view.linkExpiresAt,
        feedbackGiven: view.feedbackGiven,
        live: view.liveAgreements,
        notice: extra.notice,
        error: extra.error,
        downloads: { pdf: p.pdfAvailable, ics: true, vcf: true },
      }),
    );
  }

  /** True when a form POST comes from our own page: the link's CSRF token, and no foreign origin. */
  function sameOrigin(request: FastifyRequest): boolean {
    const expected = publicUrl?.origin ?? `${request.protocol}://${request.host}`;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null' && origin !== expected) return false;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    const form = (request.body ?? {}) as Form;
    return participantCsrfMatches(tokenOf(request), form._csrf);
  }

  /** Handles one answer form: limits, CSRF, validation (errors shown at the field), the service call. */
  async function answer<S extends ZodType>(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form: string;
      anchor: string;
      schema: S;
      input: (form: Form) => unknown;
      /** The field a validation problem is shown at, and the text to keep in it. */
      field: (form: Form, path: string) => { field: string; value: string };
      run: (token: string, input: S['_output']) => Promise<void>;
      notice?: 'saved' | 'feedback';
    },
  ): Promise<FastifyReply> {
    if (await limited(request, reply, answerLimits)) return reply;
    const token = tokenOf(request);
    const form = (request.body ?? {}) as Form;
    if (!sameOrigin(request)) {
      const organisation = await organisationName();
      return send(
        reply,
        403,
        messagePage({
          lang: langOf(request, 'nl'),
          organisation: organisation.name,
          title: 'participant.csrf.title',
          body: 'participant.csrf.body',
          back: `/p/${token}`,
        }),
      );
    }
    const parsed = options.schema.safeParse(options.input(form));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      const { field, value } = options.field(form, path);
      const lang = langOf(request, 'nl');
      const message =
        issue?.code === 'too_big'
          ? t(lang, 'participant.field.tooLong', {
              max: Number((issue as { maximum?: number }).maximum ?? 0),
            })
          : options.form === 'feedback' && path === ''
            ? t(lang, 'participant.feedback.required')
            : t(lang, 'participant.field.required');
      return render(request, reply, 400, {
        notice: null,
        error: { form: options.form, field, message, value },
      });
    }
    try {
      await options.run(token, parsed.data);
    } catch (error) {
      if (isAppError(error) && (error.code === 'link_invalid' || error.code === 'link_expired'))
        return broken(request, reply, error);
      // Answered already, or the agreement is gone since: the page says how things stand now.
      if (
        isAppError(error) &&
        ['feedback_already_given', 'agreement_gone', 'agreement_not_found', 'not_own_agreement'].includes(
          error.code,
        )
      )
        return reply
          .code(303)
          .header('location', `/p/${token}${langQuery(form)}#${options.anchor}`)
          .send();
      throw error;
    }
    const query = new URLSearchParams({
      saved: options.notice ?? 'saved',
      ...(form.lang ? { lang: form.lang } : {}),
    });
    return reply.code(303).header('location', `/p/${token}?${query}#${options.anchor}`).send();
  }

  function langQuery(form: Form): string {
    return form.lang === 'en' || form.lang === 'nl' ? `?lang=${form.lang}` : '';
  }

  app.get('/p/assets/opened.js', async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(OPENED_SCRIPT),
  );

  app.get('/p/:token', async (request, reply) => {
    if (await limited(request, reply, readLimits)) return reply;
    const saved = (request.query as { saved?: string }).saved;
    return render(request, reply, 200, {
      notice: saved === 'feedback' ? 'feedback' : saved === 'saved' ? 'saved' : null,
      error: null,
    });
  });

  // Downloads: reading only, like the page itself.
  for (const [file, format] of [
    ['record.pdf', 'pdf'],
    ['calendar.ics', 'ics'],
    ['contact.vcf', 'vcf'],
  ] as const) {
    app.get(`/p/:token/${file}`, async (request, reply) => {
      if (await limited(request, reply, readLimits)) return reply;
      try {
        const rendered = await p.download(tokenOf(request), format);
        return reply
          .type(rendered.contentType)
          .header(
            'content-disposition',
            `attachment; filename="${rendered.filename.replace(/[^\w.-]/g, '_')}"`,
          )
          .send(typeof rendered.body === 'string' ? rendered.body : Buffer.from(rendered.body));
      } catch (error) {
        if (isAppError(error) && error.code === 'pdf_unavailable') {
          const organisation = await organisationName();
          return send(
            reply,
            503,
            messagePage({
              lang: langOf(request, 'nl'),
              organisation: organisation.name,
              title: 'participant.pdfMissing.title',
              body: 'participant.pdfMissing.body',
              back: `/p/${tokenOf(request)}`,
            }),
          );
        }
        return broken(request, reply, error);
      }
    });
  }

  app.post('/p/:token/summary', async (request, reply) =>
    answer(request, reply, {
      form: 'summary',
      anchor: 'summary',
      schema: summaryAnswerSchema,
      input: (form) =>
        form.answer === 'corrected'
          ? { answer: 'corrected', correction: form.correction ?? '' }
          : { answer: form.answer },
      field: (form) => ({ field: 'correction', value: form.correction ?? '' }),
      run: (token, input) => p.answerSummary(token, input),
    }),
  );

  app.post('/p/:token/agreements/:agreementId', async (request, reply) => {
    const { agreementId } = request.params as { agreementId: string };
    return answer(request, reply, {
      form: `agreement:${agreementId}`,
      anchor: `agreement-${agreementId}`,
      schema: agreementAnswerInputSchema,
      input: (form) =>
        form.answer === 'questioned'
          ? { answer: 'questioned', reason: form.reason ?? '' }
          : { answer: form.answer },
      field: (form) => ({ field: 'reason', value: form.reason ?? '' }),
      run: (token, input) => p.answerAgreement(token, agreementId, input),
    });
  });

  app.post('/p/:token/agreements/:agreementId/done', async (request, reply) => {
    const { agreementId } = request.params as { agreementId: string };
    return answer(request, reply, {
      form: `done:${agreementId}`,
      anchor: `agreement-${agreementId}`,
      schema: agreementDoneInputSchema,
      input: (form) => ({ note: form.note ?? '' }),
      field: (form) => ({ field: 'note', value: form.note ?? '' }),
      run: (token, input) => p.markDone(token, agreementId, input),
    });
  });

  app.post('/p/:token/feedback', async (request, reply) =>
    answer(request, reply, {
      form: 'feedback',
      anchor: 'feedback',
      schema: feedbackAnswerSchema,
      input: (form) => ({
        score: form.score && /^[1-5]$/.test(form.score) ? Number(form.score) : null,
        wentWell: form.wentWell ?? '',
        tip: form.tip ?? '',
        anonymous: form.anonymous === '1',
      }),
      field: (form, path) =>
        path === 'tip'
          ? { field: 'tip', value: form.tip ?? '' }
          : path === 'wentWell'
            ? { field: 'wentWell', value: form.wentWell ?? '' }
            : { field: 'score', value: '' },
      run: (token, input) => p.giveFeedback(token, input),
      notice: 'feedback',
    }),
  );

  // A person is looking (the page's script posts this after a tap, a key or a scroll; never on load).
  app.post('/p/:token/opened', async (request, reply) => {
    if (await limited(request, reply, answerLimits)) return reply;
    if (!sameOrigin(request)) return reply.code(403).send();
    try {
      await p.opened(tokenOf(request));
    } catch (error) {
      if (isAppError(error) && (error.code === 'link_invalid' || error.code === 'link_expired'))
        return reply.code(404).send();
      throw error;
    }
    return reply.code(204).send();
  });
};
