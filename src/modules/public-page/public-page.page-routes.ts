// The public page itself, outside /api and without sign-in: GET /p/:slug (server-rendered HTML,
// no script) and POST /p/:slug/inquiry (the form, as application/x-www-form-urlencoded).
// Personal links share the /p/ prefix: a path that is not slug-shaped (a link's 65-character
// token) goes on to the web app's page for it, exactly as before this route existed.
// Both routes count against the public rate limit per address; sending the form is limited
// further per address and per organization. Nothing the visitor typed is logged.
import { eq } from "drizzle-orm";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { isSlugShape } from "../../core/public-page/slug.ts";
import { translate } from "../../i18n/messages.ts";
import type { AppDeps } from "../../server/app.ts";
import { AppError } from "../../server/app-error.ts";
import { issueToFieldError } from "../../server/errors.ts";
import { SlidingWindowLimiter } from "../../server/public-rate-limit.ts";
import { requestOrigin } from "../../server/request-guards.ts";
import { safeErrorLog } from "../../server/safe-error-log.ts";
import { inquiryFormInput, receiveInquiry } from "../inquiries/index.ts";
import { orgProfile } from "../org/index.ts";
import { linkKeyOf } from "../personal-links/index.ts";
import { publishedPageDocuments } from "./public-page.documents.ts";
import { checkFormToken, issueFormToken } from "./public-page.form-token.ts";
import { type FormState, messageHtml, publicPageHtml, receivedHtml } from "./public-page.html.ts";
import { findEnabledPage } from "./public-page.service.ts";
import { PAGE_TEXT, type PageLang, pageLang } from "./public-page.text.ts";

/** The page allows nothing but its own inline style and posting its form to itself. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A form is a few kilobytes: 4,000 characters of Japanese are 12 kB in UTF-8, encoded more. */
const FORM_BODY_LIMIT = 64 * 1024;
/** Sends per address (beyond the public limit) and per organization. */
const PER_ADDRESS = { max: 10, windowSeconds: 600 };
const PER_ORG = { max: 30, windowSeconds: 3600 };

const slugParams = z.object({ slug: z.string().max(200) });
const FORM_FIELDS = ["category", "name", "email", "phone", "message", "consent"] as const;

function sendHtml(reply: FastifyReply, status: number, html: string, cache = "no-store") {
  return (
    reply
      .status(status)
      .header("content-type", "text/html; charset=utf-8")
      .header("content-security-policy", PAGE_CSP)
      // Helmet's no-referrer makes a browser send "Origin: null" with the form's POST, which the
      // origin check cannot tell from another site's; same-origin keeps the page's own origin.
      .header("referrer-policy", "same-origin")
      .header("cache-control", cache)
      .header("vary", "accept-language")
      .send(html)
  );
}

const langOf = (req: FastifyRequest): PageLang => pageLang(req.headers["accept-language"]);

function notFoundPage(req: FastifyRequest, reply: FastifyReply) {
  const t = PAGE_TEXT[langOf(req)];
  return sendHtml(reply, 404, messageHtml(langOf(req), t.notFoundTitle, t.notFoundBody));
}

/** The form's fields as typed (strings only; anything else is dropped). */
function typedValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === "object")
    for (const key of FORM_FIELDS) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string") out[key] = value;
    }
  return out;
}

export function registerPublicPageSite(app: FastifyInstance, { database, config }: AppDeps) {
  const { db } = database;
  const key = () => linkKeyOf(config, database);
  const allowedOrigins = new Set(config.allowedOrigins);
  const perAddress = new SlidingWindowLimiter(PER_ADDRESS);
  const perOrg = new SlidingWindowLimiter(PER_ORG);

  async function renderPage(
    reply: FastifyReply,
    status: number,
    lang: PageLang,
    page: { orgId: string; slug: string },
    form: Omit<FormState, "token">,
    cache?: string,
  ) {
    const [[profile], docs] = await Promise.all([
      db.select({ name: orgProfile.name }).from(orgProfile).where(eq(orgProfile.orgId, page.orgId)),
      publishedPageDocuments(db, page.orgId),
    ]);
    const html = publicPageHtml({
      lang,
      organization: profile?.name ?? "",
      slug: page.slug,
      ...docs,
      form: { ...form, token: issueFormToken(key(), page.slug) },
    });
    return sendHtml(reply, status, html, cache);
  }

  // Its own scope: the form's body parser and HTML error pages stay with these two routes.
  app.register(async (site) => {
    site.removeAllContentTypeParsers();
    site.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    site.setErrorHandler((err: FastifyError | AppError, req, reply) => {
      const lang = langOf(req);
      const t = PAGE_TEXT[lang];
      const status =
        err instanceof AppError
          ? (({ rate_limited: 429, too_large: 413, not_found: 404 } as Record<string, number>)[
              err.kind
            ] ?? 400)
          : (err.statusCode ?? 500);
      if (status >= 500) req.log.error({ err: safeErrorLog(err) }, "public page failed");
      if (status === 404) return notFoundPage(req, reply);
      const [title, text] =
        status === 429
          ? [t.tooManyTitle, t.tooManyBody]
          : status === 413
            ? [t.rejectedTitle, t.tooLargeBody]
            : [t.rejectedTitle, t.rejectedBody];
      return sendHtml(reply, Math.min(status, 500), messageHtml(lang, title, text));
    });

    site.get(
      "/p/:slug",
      { schema: { hide: true, params: slugParams }, config: { publicRateLimit: true } },
      async (req, reply) => {
        const { slug } = req.params as { slug: string };
        if (!isSlugShape(slug)) {
          // Upper case typed by hand: the same page at its one address.
          if (isSlugShape(slug.toLowerCase()))
            return reply.redirect(`/p/${slug.toLowerCase()}`, 301);
          // A personal link's token: the web app's page for it (or 404 without a build).
          return reply.callNotFound();
        }
        const page = await findEnabledPage(db, slug);
        if (!page) return notFoundPage(req, reply);
        // Short: a change published in the register shows within a minute.
        return renderPage(
          reply,
          200,
          langOf(req),
          page,
          { values: {}, errors: {} },
          "public, max-age=60",
        );
      },
    );

    site.post(
      "/p/:slug/inquiry",
      {
        schema: { hide: true, params: slugParams },
        config: { publicRateLimit: true },
        bodyLimit: FORM_BODY_LIMIT,
      },
      async (req, reply) => {
        const lang = langOf(req);
        const t = PAGE_TEXT[lang];
        const { slug } = req.params as { slug: string };
        const page = isSlugShape(slug) ? await findEnabledPage(db, slug) : null;
        if (!page) return notFoundPage(req, reply);
        const refused = () =>
          sendHtml(reply, 400, messageHtml(lang, t.rejectedTitle, t.rejectedBody, `/p/${slug}`));
        // Sent from a page of another site: the form is only ever posted from this one.
        const origin = requestOrigin(req);
        if (origin !== null && !allowedOrigins.has(origin)) return refused();
        const wait = perAddress.take(req.ip);
        if (wait !== null) {
          reply.header("retry-after", String(wait));
          throw new AppError("rate_limited", "RATE_LIMITED");
        }
        const body = (req.body ?? {}) as Record<string, unknown>;
        // The honeypot: a field people never see, which form-filling scripts fill in.
        if (typeof body.website === "string" && body.website !== "") return refused();
        const values = typedValues(body);
        const token = checkFormToken(key(), slug, typeof body.token === "string" ? body.token : "");
        if (token === "invalid") return refused();
        if (token !== "ok") {
          const notice = token === "expired" ? t.tokenExpired : t.tooFast;
          return renderPage(reply, 400, lang, page, { values, errors: {}, notice });
        }
        const parsed = inquiryFormInput.safeParse(values);
        if (!parsed.success) {
          const errors: Record<string, string> = {};
          for (const issue of parsed.error.issues) {
            const { key, params } = issueToFieldError(issue);
            errors[String(issue.path[0] ?? "message")] ??= translate(key, lang, params);
          }
          return renderPage(reply, 400, lang, page, { values, errors, notice: t.formErrors });
        }
        // Counted once the form is valid, so malformed posts cannot use up the organization's share.
        const orgWait = perOrg.take(page.orgId);
        if (orgWait !== null) {
          reply.header("retry-after", String(orgWait));
          throw new AppError("rate_limited", "RATE_LIMITED");
        }
        const { referenceNo } = await receiveInquiry(db, page.orgId, parsed.data);
        const [profile] = await db
          .select({ name: orgProfile.name })
          .from(orgProfile)
          .where(eq(orgProfile.orgId, page.orgId));
        return sendHtml(reply, 200, receivedHtml(lang, profile?.name ?? "", slug, referenceNo));
      },
    );
  });
}
