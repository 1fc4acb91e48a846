// The organization's profile and departments (org.routes.ts, departments.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { ALL, LONG, msg, ORG_NAME, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  { method: "GET", path: "/profile", action: "org.read", allowed: ALL, ok: 200 },
  {
    method: "PUT",
    path: "/profile",
    action: "org.update",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: () => ({ name: ORG_NAME, scope: "本社の全業務" }),
  },
  { method: "GET", path: "/departments", action: "departments.read", allowed: ALL, ok: 200 },
  {
    method: "POST",
    path: "/departments",
    action: "departments.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    body: (p) => ({ name: `新設部${p.n}` }),
  },
  {
    method: "PATCH",
    path: "/departments/:id",
    action: "departments.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.department() }),
    body: (p) => ({ name: `改名部${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/departments/:id",
    action: "departments.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.department() }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "PATCH",
    path: "/departments/:id",
    make: "department",
    body: { name: "乗っ取り" },
    list: "/departments",
  },
  { method: "DELETE", path: "/departments/:id", make: "department", list: "/departments" },
];

export const badInput: WriteRoute[] = [
  {
    method: "PUT",
    path: "/profile",
    valid: { name: ORG_NAME },
    cases: [
      { what: "number for name", body: { name: 123 }, fields: { name: msg.invalid_type } },
      {
        what: "string for capital",
        body: { name: ORG_NAME, capital: "1000万" },
        fields: { capital: msg.invalid_type },
      },
      { what: "missing name", body: { scope: "全社" }, fields: { name: msg.required } },
      {
        what: "unknown field",
        body: { name: ORG_NAME, isAdmin: true },
        fields: { isAdmin: msg.unknown_field },
      },
      { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(200) } },
      { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
      {
        what: "script in an office address",
        body: { name: ORG_NAME, offices: [{ address: SCRIPT }] },
        fields: { "offices.0.address": msg.html },
      },
      {
        what: "enum value not offered",
        body: { name: ORG_NAME, industry: "finance" },
        fields: { industry: msg.invalid_value },
      },
    ],
  },
  {
    method: "POST",
    path: "/departments",
    valid: { name: "正常部" },
    cases: [
      { what: "number for name", body: { name: 1 }, fields: { name: msg.invalid_type } },
      {
        what: "string for sortOrder",
        body: { name: "部", sortOrder: "1" },
        fields: { sortOrder: msg.invalid_type },
      },
      { what: "missing name", body: {}, fields: { name: msg.required } },
      {
        what: "unknown field",
        body: { name: "部", orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
      { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(100) } },
      { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
      { what: "blank name", body: { name: "   " }, fields: { name: msg.required } },
    ],
  },
  {
    method: "PATCH",
    path: "/departments/:id",
    prepare: "department",
    valid: { name: "正常部" },
    cases: [
      { what: "number for name", body: { name: 1 }, fields: { name: msg.invalid_type } },
      { what: "unknown field", body: { id: "other" }, fields: { id: msg.unknown_field } },
      { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(100) } },
      { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
    ],
  },
];
