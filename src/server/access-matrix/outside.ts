// The access matrix's second list (src/server/access.routes.test.ts): the routes outside
// organizations. Add a route here with who may call it (types.ts, OutsideRoute).
import { randomBytes } from "node:crypto";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { OutsideRoute } from "./types.ts";

const wrongSecret = () => randomBytes(32).toString("base64url");

/** Every route outside /api/v1/orgs/:orgId, written by hand with who may call it. */
export const outside: OutsideRoute[] = [
  // Probes for load balancers and orchestrators.
  { method: "GET", path: "/healthz", who: "anonymous", ok: 200 },
  { method: "GET", path: "/readyz", who: "anonymous", ok: 200 },
  // better-auth: signing up and in needs no session. Only the account endpoints in
  // auth-bridge.ts are served (the rest is 404, see "does not serve better-auth's ...").
  {
    method: "GET",
    path: "/api/auth/*",
    who: "anonymous",
    ok: 200,
    call: () => ({ url: "/api/auth/get-session" }),
  },
  {
    method: "POST",
    path: "/api/auth/*",
    who: "anonymous",
    ok: 200,
    call: () => ({
      url: "/api/auth/sign-up/email",
      body: {
        name: "外部 太郎",
        email: `outside-${wrongSecret().slice(0, 12)}@example.jp`,
        password: "correct-horse-battery",
      },
    }),
  },
  // The OpenAPI document and its viewer: public, like the API's shape they describe.
  { method: "GET", path: "/api/docs", who: "anonymous", ok: 200 },
  { method: "GET", path: "/api/docs/json", who: "anonymous", ok: 200 },
  { method: "GET", path: "/api/docs/yaml", who: "anonymous", ok: 200 },
  { method: "GET", path: "/api/docs/static/index.html", who: "anonymous", ok: 302 },
  { method: "GET", path: "/api/docs/static/swagger-initializer.js", who: "anonymous", ok: 200 },
  {
    method: "GET",
    path: "/api/docs/static/*",
    who: "anonymous",
    ok: 200,
    call: () => ({ url: "/api/docs/static/index.css" }),
  },
  // One's own organizations, account and tasks across organizations.
  { method: "GET", path: "/api/v1/orgs", who: "signed-in", ok: 200 },
  {
    method: "POST",
    path: "/api/v1/orgs",
    who: "signed-in",
    ok: 201,
    call: () => ({ url: "/api/v1/orgs", body: { name: "株式会社外部検証" } }),
  },
  { method: "GET", path: "/api/v1/me", who: "signed-in", ok: 200 },
  { method: "GET", path: "/api/v1/me/tasks", who: "signed-in", ok: 200 },
  // Catalogues shipped with the app, the same for every organization.
  { method: "GET", path: "/api/v1/laws", who: "signed-in", ok: 200 },
  { method: "GET", path: "/api/v1/catalogues", who: "signed-in", ok: 200 },
  {
    method: "GET",
    path: "/api/v1/catalogues/:id",
    who: "signed-in",
    ok: 200,
    call: () => ({ url: "/api/v1/catalogues/pmark-guideline-2023" }),
  },
  { method: "GET", path: "/api/v1/risk-matrix/presets", who: "signed-in", ok: 200 },
  { method: "GET", path: "/api/v1/risk-suggestions", who: "signed-in", ok: 200 },
  // Calendar apps fetch the feed without a session: the secret in the URL is the key.
  {
    method: "GET",
    path: "/api/v1/calendar/:token.ics",
    who: "token",
    ok: 200,
    call: async (h, secret) => ({
      url: secret === "right" ? await h.feedPath() : `/api/v1/calendar/${wrongSecret()}.ics`,
    }),
  },
  // An invitation's link: shown to its holder before signing in (who invited them to which
  // organization), accepted by its addressee only.
  {
    method: "GET",
    path: "/api/v1/invitations/:invitationId/:token",
    who: "token",
    ok: 200,
    wrongCode: "INVITATION_INVALID",
    call: async (h, secret) => {
      const inv = await h.invitation();
      const token = secret === "right" ? inv.token : wrongSecret();
      return { url: `/api/v1/invitations/${inv.id}/${token}` };
    },
  },
  {
    method: "POST",
    path: "/api/v1/invitations/:invitationId/accept",
    who: "signed-in + token",
    ok: 200,
    call: async (h, secret) => {
      const inv = await h.invitation();
      const token = secret === "right" ? inv.token : wrongSecret();
      return { url: `/api/v1/invitations/${inv.id}/accept`, body: { token }, user: inv.invitee };
    },
  },
  // A person without an account opens their personal link: the secret in the URL is the key.
  {
    method: "GET",
    path: "/api/v1/p/:token",
    who: "token",
    ok: 200,
    call: async (h, secret) => ({
      url: secret === "right" ? await h.personalLinkPath() : `/api/v1/p/${wrongSecret()}`,
    }),
  },
  // 周知・誓約 behind the person's link: the documents waiting for them, one to read, confirming
  // and signing. The link's secret is the key; a session is no substitute for it.
  {
    method: "GET",
    path: "/api/v1/p/:token/documents",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.documentRequest("read");
      return { url: `/api/v1/p/${secret === "right" ? r.token : wrongSecret()}/documents` };
    },
  },
  {
    method: "GET",
    path: "/api/v1/p/:token/documents/:ackId",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.documentRequest("read");
      const token = secret === "right" ? r.token : wrongSecret();
      return { url: `/api/v1/p/${token}/documents/${r.ackId}` };
    },
  },
  {
    method: "POST",
    path: "/api/v1/p/:token/documents/:ackId/confirm",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.documentRequest("read");
      const token = secret === "right" ? r.token : wrongSecret();
      return { url: `/api/v1/p/${token}/documents/${r.ackId}/confirm` };
    },
  },
  {
    method: "POST",
    path: "/api/v1/p/:token/documents/:ackId/sign",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.documentRequest("pledge");
      const token = secret === "right" ? r.token : wrongSecret();
      return {
        url: `/api/v1/p/${token}/documents/${r.ackId}/sign`,
        body: { typedName: r.name, signedOn: todayInJapan() },
      };
    },
  },
  // education: delivery — the learner's page behind the person's course link (the link's
  // secret is the key; a session is no substitute for it).
  {
    method: "GET",
    path: "/api/v1/p/:token/education",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.courseLink();
      return { url: `/api/v1/p/${secret === "right" ? r.token : wrongSecret()}/education` };
    },
  },
  {
    method: "POST",
    path: "/api/v1/p/:token/education/open",
    who: "token",
    ok: 204,
    call: async (h, secret) => {
      const r = await h.courseLink();
      return { url: `/api/v1/p/${secret === "right" ? r.token : wrongSecret()}/education/open` };
    },
  },
  {
    method: "POST",
    path: "/api/v1/p/:token/education/attempts",
    who: "token",
    ok: 201,
    call: async (h, secret) => {
      const r = await h.courseLink();
      const token = secret === "right" ? r.token : wrongSecret();
      return { url: `/api/v1/p/${token}/education/attempts`, body: { answers: { q1: ["c1"] } } };
    },
  },
  {
    method: "GET",
    path: "/api/v1/p/:token/education/files/:attachmentId",
    who: "token",
    ok: 200,
    call: async (h, secret) => {
      const r = await h.courseLink();
      const token = secret === "right" ? r.token : wrongSecret();
      return { url: `/api/v1/p/${token}/education/files/${r.fileId}` };
    },
  },
  // The organization's public page (公開ページ): anyone, without signing in, once it is on.
  {
    method: "GET",
    path: "/p/:slug",
    who: "anonymous",
    ok: 200,
    call: async (h) => ({ url: await h.publicPagePath() }),
  },
  {
    method: "POST",
    path: "/p/:slug/inquiry",
    who: "anonymous",
    // The call sends JSON: the form takes only its own media type (the form itself is tested
    // in public-page.site.test.ts).
    ok: 415,
    call: async (h) => ({ url: `${await h.publicPagePath()}/inquiry` }),
  },
  // The built web app (@fastify/static registers each file): public, the API guards the data.
  { method: "GET", path: "/", who: "anonymous", ok: 200, webBuild: true },
  { method: "GET", path: "/index.html", who: "anonymous", ok: 200, webBuild: true },
  {
    method: "GET",
    path: "/assets/{file}",
    who: "anonymous",
    ok: 200,
    webBuild: true,
    call: (h) => ({ url: h.asset() }),
  },
];
