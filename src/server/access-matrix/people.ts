// People (従業者) and appointed roles (people.routes.ts, appointments.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { ALL, LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/people",
    action: "people.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/people",
    action: "people.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    body: (p) => ({
      name: `新規 ${p.n}`,
      email: `new${p.n}@example.jp`,
      employmentType: "regular",
    }),
  },
  {
    method: "GET",
    path: "/people/export.xlsx",
    action: "people.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/people/import",
    action: "people.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
  },
  {
    method: "GET",
    path: "/people/:id",
    action: "people.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.person() }),
  },
  {
    method: "PATCH",
    path: "/people/:id",
    action: "people.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.person() }),
    body: (p) => ({ kana: `カイメイ ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/people/:id",
    action: "people.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.person() }),
  },
  { method: "GET", path: "/appointments", action: "appointments.read", allowed: ALL, ok: 200 },
  {
    method: "POST",
    path: "/appointments",
    action: "appointments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ personId: await h.person() }),
    body: (p) => ({ role: "internal_auditor", personId: p.personId, from: "2024-04-01" }),
  },
  {
    method: "PATCH",
    path: "/appointments/:id",
    action: "appointments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.appointment() }),
    body: (p) => ({ note: `更新 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/appointments/:id",
    action: "appointments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.appointment() }),
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/people/:id", make: "person", list: "/people/:id" },
  {
    method: "PATCH",
    path: "/people/:id",
    make: "person",
    body: { name: "乗っ取り" },
    list: "/people/:id",
  },
  { method: "DELETE", path: "/people/:id", make: "person", list: "/people/:id" },
  {
    method: "PATCH",
    path: "/appointments/:id",
    make: "appointment",
    body: { note: "乗っ取り" },
    list: "/appointments",
  },
  { method: "DELETE", path: "/appointments/:id", make: "appointment", list: "/appointments" },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/people",
    valid: { name: "正常 太郎", employmentType: "regular" },
    cases: [
      {
        what: "number for name",
        body: { name: 7, employmentType: "regular" },
        fields: { name: msg.invalid_type },
      },
      {
        what: "missing required fields",
        body: {},
        fields: { name: msg.required, employmentType: null },
      },
      {
        what: "unknown field",
        body: { name: "太郎", employmentType: "regular", salary: 100 },
        fields: { salary: msg.unknown_field },
      },
      {
        what: "100 kB name",
        body: { name: LONG, employmentType: "regular" },
        fields: { name: msg.too_long(100) },
      },
      {
        what: "script in kana",
        body: { name: "太郎", kana: SCRIPT, employmentType: "regular" },
        fields: { kana: msg.html },
      },
      {
        what: "bad e-mail and date",
        body: {
          name: "太郎",
          employmentType: "regular",
          email: "not-an-email",
          joinedOn: "2024/04/01",
        },
        fields: { email: msg.invalid_email, joinedOn: msg.invalid_date },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/people/:id",
    prepare: "person",
    valid: { name: "正常 次郎" },
    cases: [
      { what: "number for name", body: { name: 7 }, fields: { name: msg.invalid_type } },
      {
        what: "unknown field",
        body: { orgId: "another" },
        fields: { orgId: msg.unknown_field },
      },
      { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(100) } },
      { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
      {
        what: "employment type not offered",
        body: { employmentType: "ceo" },
        fields: { employmentType: msg.invalid_value },
      },
    ],
  },
  {
    method: "POST",
    path: "/appointments",
    valid: {},
    cases: [
      {
        what: "missing required fields",
        body: {},
        fields: { role: null, personId: msg.required, from: msg.required },
      },
      {
        what: "number for the start date",
        body: { role: "top_management", personId: "p", from: 20240401 },
        fields: { from: msg.invalid_date },
      },
      {
        what: "unknown field",
        body: { role: "top_management", personId: "p", from: "2024-04-01", approved: true },
        fields: { approved: msg.unknown_field },
      },
      {
        what: "100 kB note",
        body: { role: "top_management", personId: "p", from: "2024-04-01", note: LONG },
        fields: { note: msg.too_long(1000) },
      },
      {
        what: "script in note",
        body: { role: "top_management", personId: "p", from: "2024-04-01", note: SCRIPT },
        fields: { note: msg.html },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/appointments/:id",
    prepare: "appointment",
    valid: { note: "正常" },
    cases: [
      { what: "number for note", body: { note: 5 }, fields: { note: msg.invalid_type } },
      { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
      { what: "script in note", body: { note: SCRIPT }, fields: { note: msg.html } },
      { what: "role not offered", body: { role: "ceo" }, fields: { role: msg.invalid_value } },
    ],
  },
];
