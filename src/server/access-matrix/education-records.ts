// Education (教育): sessions, attendance, reports and records (education.records.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  // education: sessions and records (education.records.routes.ts): readers of education see
  // sessions, reports and the summary; writers create sessions and record attendance.
  {
    method: "POST",
    path: "/education/courses/:courseId/sessions",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.educationCourse() }),
    body: () => ({ kind: "classroom", heldOn: "2025-04-10", invite: "all_assigned" }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId/sessions",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "GET",
    path: "/education/sessions/:sessionId",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.heldSession() }),
  },
  {
    method: "PATCH",
    path: "/education/sessions/:sessionId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.heldSession() }),
    body: (p) => ({ notes: `資料を配布 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/education/sessions/:sessionId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.heldSession() }),
  },
  {
    method: "PUT",
    path: "/education/sessions/:sessionId/attendance",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => {
      const [id, personId] = (await h.educationSession()).split("/");
      return { id, personId };
    },
    body: (p) => ({ entries: [{ personId: p.personId, status: "present" }] }),
  },
  {
    method: "POST",
    path: "/education/sessions/:sessionId/follow-up",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.heldSession() }),
    body: () => ({ heldOn: "2025-05-10" }),
  },
  {
    method: "GET",
    path: "/education/sessions/:sessionId/attendance-sheet.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.heldSession() }),
  },
  {
    method: "GET",
    path: "/education/sessions/:sessionId/report.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.heldSession() }),
  },
  {
    method: "GET",
    path: "/education/courses/:courseId/report.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationCourse() }),
  },
  {
    method: "GET",
    path: "/education/courses/:courseId/understanding",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationCourse() }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId/summary",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId/summary.xlsx",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId/summary.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "GET",
    path: "/education/assignments/:assignmentId/certificate.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.completedAssignment() }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "PATCH",
    path: "/education/sessions/:sessionId",
    make: "heldSession",
    body: { notes: "乗っ取り" },
    list: "/education/sessions/:sessionId",
  },
  {
    method: "PUT",
    path: "/education/sessions/:sessionId/attendance",
    make: "heldSession",
    body: { entries: [] },
    list: "/education/sessions/:sessionId",
  },
  {
    method: "DELETE",
    path: "/education/sessions/:sessionId",
    make: "heldSession",
    list: "/education/sessions/:sessionId",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/education/courses/:courseId/sessions",
    prepare: "educationCourse",
    valid: { kind: "classroom", heldOn: "2025-04-10" },
    cases: [
      { what: "nothing", body: {}, fields: { kind: msg.required, heldOn: null } },
      {
        what: "a meeting address over http",
        body: {
          kind: "remote",
          heldOn: "2025-04-10",
          meetingUrl: "http://teams.example.com/x",
        },
        fields: { meetingUrl: "会議のURLは https:// で始まるものを入力してください。" },
      },
      {
        what: "an end before the start",
        body: { kind: "classroom", heldOn: "2025-04-10", startsAt: "11:00", endsAt: "10:00" },
        fields: { endsAt: "終了時刻は開始時刻より後にしてください。" },
      },
      {
        what: "script in the place",
        body: { kind: "classroom", heldOn: "2025-04-10", place: SCRIPT },
        fields: { place: msg.html },
      },
      {
        what: "unknown field",
        body: { kind: "classroom", heldOn: "2025-04-10", followUpOfId: "x" },
        fields: { followUpOfId: msg.unknown_field },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/education/sessions/:sessionId",
    prepare: "heldSession",
    valid: { notes: "メモ" },
    cases: [
      {
        what: "a time that is not HH:MM",
        body: { startsAt: "9:00" },
        fields: { startsAt: "時刻は「09:30」のように24時間制で入力してください。" },
      },
      {
        what: "who is invited",
        body: { invite: "all_assigned" },
        fields: { invite: msg.unknown_field },
      },
    ],
  },
  {
    method: "PUT",
    path: "/education/sessions/:sessionId/attendance",
    prepare: "educationSession",
    valid: { entries: [] },
    cases: [
      { what: "no entries", body: {}, fields: { entries: msg.required } },
      {
        what: "a status not offered",
        body: { entries: [{ personId: "x", status: "late" }] },
        fields: { "entries.0.status": msg.invalid_value },
      },
      {
        what: "someone not assigned the course",
        body: { entries: [{ personId: "nobody", status: "present" }] },
        fields: {
          "entries.0.personId":
            "このコースの受講者ではありません。先にコースに割り当ててください。",
        },
      },
    ],
  },
  {
    method: "POST",
    path: "/education/sessions/:sessionId/follow-up",
    prepare: "heldSession",
    valid: { heldOn: "2025-05-10" },
    cases: [{ what: "no day", body: {}, fields: { heldOn: null } }],
  },
];
