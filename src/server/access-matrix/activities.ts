// Activity records (運用記録: management reviews and the like) and their approval.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/activities",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/activities",
    action: "activities.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ kind: "education", performedOn: "2025-04-01", performedByName: `講師 ${p.n}` }),
  },
  {
    method: "GET",
    path: "/activities/:id",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.activity() }),
  },
  {
    method: "PATCH",
    path: "/activities/:id",
    action: "activities.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.activity() }),
    body: (p) => ({ notes: `出席簿 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/activities/:id",
    action: "activities.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.activity() }),
  },
  {
    method: "GET",
    path: "/activities/awaiting-my-approval",
    // A member-role president sees the records waiting for them, and no other record.
    action: "activities.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/activities/:id/approve",
    // Only the named approver may approve (activities.routes.test.ts): each caller is named.
    action: "activities.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
    prepare: async (h, role) => ({ id: await h.activity(role) }),
  },
  {
    method: "POST",
    path: "/activities/:id/withdraw-approval",
    // The approver withdraws their own approval (activities.approver.routes.test.ts): each
    // caller is named and has approved.
    action: "activities.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
    prepare: async (h, role) => ({ id: await h.approvedActivity(role) }),
  },
  {
    method: "POST",
    path: "/activities/:id/signed-approval",
    action: "activities.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.signedActivity() }),
    body: (p) => ({ attachmentId: p.personId }),
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/activities/:id", make: "activity", list: "/activities/:id" },
  {
    method: "PATCH",
    path: "/activities/:id",
    make: "activity",
    body: { notes: "乗っ取り" },
    list: "/activities/:id",
  },
  { method: "DELETE", path: "/activities/:id", make: "activity", list: "/activities/:id" },
  {
    method: "POST",
    path: "/activities/:id/approve",
    make: "activity",
    body: {},
    list: "/activities/:id",
  },
  {
    method: "POST",
    path: "/activities/:id/withdraw-approval",
    make: "approvedActivity",
    body: {},
    list: "/activities/:id",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/activities",
    valid: { kind: "education", performedOn: "2025-04-01", performedByName: "外部講師" },
    cases: [
      {
        what: "missing kind and day",
        body: { performedByName: "講師" },
        fields: { kind: msg.invalid_value, performedOn: msg.required },
      },
      {
        what: "kind not offered",
        body: { kind: "tick", performedOn: "2025-04-01", performedByName: "講師" },
        fields: { kind: msg.invalid_value },
      },
      {
        what: "impossible day",
        body: { kind: "education", performedOn: "2025-02-29", performedByName: "講師" },
        fields: { performedOn: msg.invalid_date },
      },
      {
        what: "number for the doer",
        body: { kind: "education", performedOn: "2025-04-01", performedByName: 7 },
        fields: { performedByName: msg.invalid_type },
      },
      {
        what: "no doer",
        body: { kind: "education", performedOn: "2025-04-01" },
        fields: {
          performedByPersonId: "実施者を従業者から選ぶか、社外の方なら名前を入力してください。",
        },
      },
      {
        what: "script in notes",
        body: {
          kind: "education",
          performedOn: "2025-04-01",
          performedByName: "講師",
          notes: SCRIPT,
        },
        fields: { notes: msg.html },
      },
      {
        what: "100 kB notes",
        body: {
          kind: "education",
          performedOn: "2025-04-01",
          performedByName: "講師",
          notes: LONG,
        },
        fields: { notes: msg.too_long(2000) },
      },
      {
        what: "line break in the doer's name",
        body: { kind: "education", performedOn: "2025-04-01", performedByName: "講師\r\n山田" },
        fields: { performedByName: null },
      },
      {
        what: "evidence of a kind not offered",
        body: {
          kind: "education",
          performedOn: "2025-04-01",
          performedByName: "講師",
          evidence: [{ capability: "user", id: "x" }],
        },
        fields: { "evidence.0.capability": msg.invalid_value },
      },
      {
        what: "unknown field",
        body: {
          kind: "education",
          performedOn: "2025-04-01",
          performedByName: "講師",
          approvedAt: "2025-04-01",
        },
        fields: { approvedAt: msg.unknown_field },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/activities/:id",
    prepare: "activity",
    valid: { notes: "正常" },
    cases: [
      {
        what: "string for evidence",
        body: { evidence: "x" },
        fields: { evidence: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { source: "migrated_tick" },
        fields: { source: msg.unknown_field },
      },
      { what: "script in notes", body: { notes: SCRIPT }, fields: { notes: msg.html } },
    ],
  },
];
