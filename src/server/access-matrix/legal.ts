// Laws and other requirements (法令等) the organization identifies.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/legal-requirements",
    action: "legal.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/legal-requirements",
    action: "legal.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ name: `社内規程 ${p.n}`, kind: "guideline" }),
  },
  {
    method: "POST",
    path: "/legal-requirements/baseline",
    action: "legal.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/legal-requirements/checked",
    action: "legal.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.legalRequirement() }),
    body: (p) => ({ ids: [p.id], checkedOn: "2025-04-01" }),
  },
  {
    method: "GET",
    path: "/legal-requirements/:id",
    action: "legal.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.legalRequirement() }),
  },
  {
    method: "PATCH",
    path: "/legal-requirements/:id",
    action: "legal.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.legalRequirement() }),
    body: (p) => ({ articles: `第${p.n}条` }),
  },
  {
    method: "DELETE",
    path: "/legal-requirements/:id",
    action: "legal.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.legalRequirement() }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "GET",
    path: "/legal-requirements/:id",
    make: "legalRequirement",
    list: "/legal-requirements/:id",
  },
  {
    method: "PATCH",
    path: "/legal-requirements/:id",
    make: "legalRequirement",
    body: { notes: "乗っ取り" },
    list: "/legal-requirements/:id",
  },
  {
    method: "DELETE",
    path: "/legal-requirements/:id",
    make: "legalRequirement",
    list: "/legal-requirements/:id",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/legal-requirements",
    valid: { name: "社内規程", kind: "guideline" },
    cases: [
      {
        what: "own entry without name and kind",
        body: {},
        fields: { name: msg.required, kind: msg.required },
      },
      {
        what: "number for name",
        body: { name: 7, kind: "guideline" },
        fields: { name: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { lawId: "appi", orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
      {
        what: "100 kB obligations",
        body: { lawId: "appi", obligations: LONG },
        fields: { obligations: msg.too_long(4000) },
      },
      {
        what: "script in name",
        body: { name: SCRIPT, kind: "guideline" },
        fields: { name: msg.html },
      },
      {
        what: "kind not offered",
        body: { name: "規程", kind: "rule" },
        fields: { kind: msg.invalid_value },
      },
      {
        what: "bad check date",
        body: { lawId: "appi", checkedOn: "2025/04/01" },
        fields: { checkedOn: msg.invalid_date },
      },
      {
        what: "string for itemIds",
        body: { lawId: "appi", itemIds: "x" },
        fields: { itemIds: msg.invalid_type },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/legal-requirements/:id",
    prepare: "legalRequirement",
    valid: { notes: "正常" },
    cases: [
      { what: "number for notes", body: { notes: 5 }, fields: { notes: msg.invalid_type } },
      { what: "catalogue link", body: { lawId: "appi" }, fields: { lawId: msg.unknown_field } },
      {
        what: "script in articles",
        body: { articles: SCRIPT },
        fields: { articles: msg.html },
      },
      { what: "kind not offered", body: { kind: "rule" }, fields: { kind: msg.invalid_value } },
    ],
  },
  {
    method: "POST",
    path: "/legal-requirements/checked",
    valid: {},
    cases: [
      {
        what: "missing fields",
        body: {},
        fields: { ids: msg.required, checkedOn: msg.required },
      },
      {
        what: "script as checker",
        body: { ids: ["x"], checkedOn: "2025-04-01", checkedBy: SCRIPT },
        fields: { checkedBy: msg.html },
      },
      {
        what: "unknown field",
        body: { ids: ["x"], checkedOn: "2025-04-01", all: true },
        fields: { all: msg.unknown_field },
      },
    ],
  },
];
