// Education (教育): annual plans and courses (education.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  // education: plans and courses (education.routes.ts): readers of education read, the PMS
  // office and the consultant write, the owner and admins approve the plan.
  {
    method: "GET",
    path: "/education/plans",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/education/plans",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    // A year per call (each allowed role creates one); the helpers' plans are past 2100.
    body: (p) => ({ fiscalYear: 2000 + (p.n % 101) }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "PATCH",
    path: "/education/plans/:planId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
    body: (p) => ({ notes: `変更 ${p.n}`, revision: 1 }),
  },
  {
    method: "DELETE",
    path: "/education/plans/:planId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "POST",
    path: "/education/plans/:planId/approve",
    action: "education.approve",
    allowed: ["owner", "admin"],
    ok: 200,
    // A plan with a course (an empty plan cannot be approved).
    prepare: async (h) => ({ id: await h.planWithCourse() }),
  },
  {
    method: "POST",
    path: "/education/plans/:planId/copy",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "POST",
    path: "/education/plans/:planId/courses",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.educationPlan() }),
    body: (p) => ({ title: `研修 ${p.n}` }),
  },
  {
    method: "GET",
    path: "/education/courses/:courseId",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationCourse() }),
  },
  {
    method: "PATCH",
    path: "/education/courses/:courseId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationCourse() }),
    body: (p) => ({ title: `改題 ${p.n}`, revision: 1 }),
  },
  {
    method: "DELETE",
    path: "/education/courses/:courseId",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.educationCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/open",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.readyCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/archive",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/restore",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.archivedCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/copy",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    // personId carries the plan the copy goes to.
    prepare: async (h) => {
      const [id, planId] = (await h.courseAndPlan()).split("/");
      return { id, personId: planId };
    },
    body: (p) => ({ planId: p.personId }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "PATCH",
    path: "/education/plans/:planId",
    make: "educationPlan",
    body: { notes: "乗っ取り", revision: 1 },
    list: "/education/plans/:planId",
  },
  {
    method: "DELETE",
    path: "/education/courses/:courseId",
    make: "educationCourse",
    list: "/education/courses/:courseId",
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/open",
    make: "readyCourse",
    list: "/education/courses/:courseId",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/education/plans",
    valid: { fiscalYear: 2026 },
    cases: [
      { what: "missing year", body: {}, fields: { fiscalYear: msg.required } },
      {
        what: "a year out of range and a script in the title",
        body: { fiscalYear: 1899, title: SCRIPT },
        fields: { fiscalYear: null, title: msg.html },
      },
      {
        what: "a date that does not exist",
        body: { fiscalYear: 2026, periodStart: "2026-02-30" },
        fields: { periodStart: msg.invalid_date },
      },
      {
        what: "unknown field",
        body: { fiscalYear: 2026, status: "approved" },
        fields: { status: msg.unknown_field },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/education/plans/:planId",
    prepare: "educationPlan",
    valid: { revision: 1 },
    cases: [
      { what: "missing revision", body: { title: "計画" }, fields: { revision: msg.required } },
      {
        what: "100 kB notes",
        body: { notes: LONG, revision: 1 },
        fields: { notes: msg.too_long(4000) },
      },
      {
        what: "the year of the plan",
        body: { fiscalYear: 2030, revision: 1 },
        fields: { fiscalYear: msg.unknown_field },
      },
    ],
  },
  {
    method: "POST",
    path: "/education/plans/:planId/courses",
    prepare: "educationPlan",
    valid: { title: "研修" },
    cases: [
      { what: "missing title", body: {}, fields: { title: msg.required } },
      {
        what: "an audience not offered",
        body: { title: "研修", audience: "everyone" },
        fields: { audience: msg.invalid_value },
      },
      { what: "script in title", body: { title: SCRIPT }, fields: { title: msg.html } },
    ],
  },
  {
    method: "PATCH",
    path: "/education/courses/:courseId",
    prepare: "educationCourse",
    valid: { revision: 1 },
    cases: [
      {
        what: "a video over http",
        body: { revision: 1, sections: [{ kind: "video", title: "動画", url: "http://x.jp" }] },
        fields: { "sections.0.url": "動画のURLは https:// で始まるアドレスにしてください。" },
      },
      {
        what: "a question without a correct answer",
        body: {
          revision: 1,
          questions: [
            {
              kind: "single",
              prompt: "問",
              choices: [
                { text: "A", correct: false },
                { text: "B", correct: false },
              ],
            },
          ],
        },
        fields: {
          "questions.0.choices":
            "正解の選択肢がない問題があります。各問題に正解を1つ以上指定してください。",
        },
      },
      {
        what: "script in a section's body",
        body: { revision: 1, sections: [{ kind: "text", title: "本文", body: SCRIPT }] },
        fields: { "sections.0.body": msg.html },
      },
    ],
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/copy",
    prepare: "educationCourse",
    valid: { planId: "x" },
    cases: [{ what: "missing plan", body: {}, fields: { planId: msg.required } }],
  },
];
