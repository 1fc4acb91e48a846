// The construction roadmap, the obligations calendar and its feed.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/roadmap",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PATCH",
    path: "/roadmap/steps/:step",
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async () => ({ id: "3" }),
    body: (p) => ({ note: `計画 ${p.n}` }),
  },
  {
    method: "POST",
    path: "/roadmap/default-plan",
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    // Each allowed role writes it again over the last: replace.
    body: () => ({ startsOn: "2026-12-07", cadence: "fortnightly", replace: true }),
  },
  {
    method: "PATCH",
    path: "/roadmap/plan",
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: (p) => ({ applicationOn: `2027-05-${10 + (p.n % 18)}`, grantOn: null }),
  },
  {
    method: "POST",
    path: "/roadmap/tasks",
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ step: 5, title: `作業 ${p.n}` }),
  },
  {
    method: "PATCH",
    path: "/roadmap/tasks/:id",
    // Assignees may also mark their own task done (roadmap.routes.test.ts): not this one.
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.roadmapTask() }),
    body: (p) => ({ title: `作業 改 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/roadmap/tasks/:id",
    action: "roadmap.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.roadmapTask() }),
  },
  {
    method: "GET",
    path: "/obligations",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/calendar-feed",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/calendar-feed",
    action: "obligations.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "DELETE",
    path: "/calendar-feed",
    action: "obligations.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "PATCH",
    path: "/roadmap/tasks/:id",
    make: "roadmapTask",
    body: { title: "乗っ取り" },
    list: "/roadmap",
  },
  { method: "DELETE", path: "/roadmap/tasks/:id", make: "roadmapTask", list: "/roadmap" },
];

export const badInput: WriteRoute[] = [
  {
    method: "PATCH",
    // The step stands in the path itself: steps are fixed (1–13), not prepared records.
    path: "/roadmap/steps/4",
    valid: { note: "正常" },
    cases: [
      {
        what: "end before start",
        body: { plannedStart: "2025-05-10", plannedEnd: "2025-05-09" },
        fields: { plannedEnd: "終了日は開始日以降にしてください。" },
      },
      {
        what: "impossible date",
        body: { plannedStart: "2025-02-30" },
        fields: { plannedStart: msg.invalid_date },
      },
      {
        what: "unknown field",
        body: { note: "x", status: "done" },
        fields: { status: msg.unknown_field },
      },
      { what: "100 kB note", body: { note: LONG }, fields: { note: msg.too_long(1000) } },
      { what: "script in note", body: { note: SCRIPT }, fields: { note: msg.html } },
    ],
  },
  {
    method: "POST",
    path: "/roadmap/tasks",
    valid: { step: 5, title: "正常" },
    cases: [
      {
        what: "missing step and title",
        body: {},
        fields: { step: msg.required, title: msg.required },
      },
      {
        what: "step 14",
        body: { step: 14, title: "作業" },
        fields: { step: "13以下の値を入力してください。" },
      },
      {
        what: "string for step",
        body: { step: "5", title: "作業" },
        fields: { step: msg.invalid_type },
      },
      {
        what: "script in title",
        body: { step: 5, title: SCRIPT },
        fields: { title: msg.html },
      },
      {
        what: "owner not offered",
        body: { step: 5, title: "作業", owner: "boss" },
        fields: { owner: msg.invalid_value },
      },
      {
        what: "unknown field",
        body: { step: 5, title: "作業", orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
      {
        what: "100 kB title",
        body: { step: 5, title: LONG },
        fields: { title: msg.too_long(200) },
      },
      {
        what: "bad due date",
        body: { step: 5, title: "作業", dueOn: "2025/04/01" },
        fields: { dueOn: msg.invalid_date },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/roadmap/tasks/:id",
    prepare: "roadmapTask",
    valid: { title: "正常" },
    cases: [
      { what: "script in title", body: { title: SCRIPT }, fields: { title: msg.html } },
      { what: "blank title", body: { title: "  " }, fields: { title: msg.required } },
      { what: "step 0", body: { step: 0 }, fields: { step: "1以上の値を入力してください。" } },
      { what: "unknown field", body: { id: "x" }, fields: { id: msg.unknown_field } },
      {
        what: "bad done date",
        body: { doneOn: "昨日" },
        fields: { doneOn: msg.invalid_date },
      },
    ],
  },
];
