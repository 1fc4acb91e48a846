// The organization's public page (公開ページ) and the inquiries it receives (問い合わせ).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { ALL, LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  { method: "GET", path: "/public-page", action: "org.read", allowed: ALL, ok: 200 },
  {
    method: "PUT",
    path: "/public-page",
    action: "org.update",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: (p) => ({ slug: `access-page-${p.n}`, enabled: p.n % 2 === 0 }),
  },
  {
    method: "POST",
    path: "/public-page/disclosure",
    // A draft in the document register: whoever writes documents.
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  // Outsiders' names, contact data and complaints: the organization's own office handles them,
  // auditors and viewers read them; not consultants or department managers (permissions.ts).
  {
    method: "GET",
    path: "/inquiries",
    action: "inquiries.read",
    allowed: ["owner", "admin", "auditor", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/inquiries/:id",
    action: "inquiries.read",
    allowed: ["owner", "admin", "auditor", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inquiry() }),
  },
  {
    method: "PATCH",
    path: "/inquiries/:id",
    action: "inquiries.write",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inquiry() }),
    body: (p) => ({ status: "in_progress", notes: `対応 ${p.n}` }),
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/inquiries/:id", make: "inquiry", list: "/inquiries/:id" },
  {
    method: "PATCH",
    path: "/inquiries/:id",
    make: "inquiry",
    body: { status: "closed" },
    list: "/inquiries/:id",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "PUT",
    path: "/public-page",
    valid: { slug: "valid-page", enabled: false },
    cases: [
      { what: "missing slug", body: { enabled: true }, fields: { slug: msg.required } },
      {
        what: "string for enabled",
        body: { slug: "valid-page", enabled: "yes" },
        fields: { enabled: msg.invalid_type },
      },
      { what: "script as slug", body: { slug: SCRIPT, enabled: true }, fields: { slug: null } },
      { what: "100 kB slug", body: { slug: LONG, enabled: true }, fields: { slug: null } },
      {
        what: "unknown field",
        body: { slug: "valid-page", enabled: true, orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/inquiries/:id",
    prepare: "inquiry",
    valid: { status: "closed" },
    cases: [
      {
        what: "unknown status",
        body: { status: "done" },
        fields: { status: msg.invalid_value },
      },
      { what: "script in notes", body: { notes: SCRIPT }, fields: { notes: msg.html } },
      { what: "100 kB notes", body: { notes: LONG }, fields: { notes: msg.too_long(4000) } },
      {
        what: "the sender's message",
        body: { message: "書き換え" },
        fields: { message: msg.unknown_field },
      },
    ],
  },
];
