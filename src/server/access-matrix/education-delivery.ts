// Education (教育): delivery, assigning courses and sending their links
// (education.delivery.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { todayInJapan } from "../../core/today-in-japan.ts";
import { msg } from "./shared.ts";
import type { Route, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  // education: delivery (education.delivery.routes.ts): readers of education see who took
  // what; assigning, sending, withdrawing and the sync hand out (or take back) personal links
  // (education.distribute); the PMS office and the consultant record a paper test.
  {
    method: "POST",
    path: "/education/courses/:courseId/assignments",
    action: "education.distribute",
    allowed: ["owner", "admin"],
    ok: 201,
    prepare: async (h) => ({ id: await h.openCourse(), personId: await h.person() }),
    body: (p) => ({ scope: "people", personIds: [p.personId], send: true }),
  },
  {
    method: "GET",
    path: "/education/courses/:courseId/assignments",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.assignedCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/send",
    action: "education.distribute",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.assignedCourse() }),
    body: () => ({}),
  },
  {
    method: "GET",
    path: "/education/courses/:courseId/pending.pdf",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.assignedCourse() }),
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/links.pdf",
    action: "education.distribute",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.assignedCourse() }),
    body: (p) => ({ assignmentIds: [p.id?.split("/")[1]] }),
  },
  {
    method: "GET",
    path: "/education/plans/:planId/people",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
  },
  {
    method: "POST",
    path: "/education/plans/:planId/sync",
    action: "education.distribute",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.educationPlan() }),
    body: () => ({}),
  },
  {
    method: "GET",
    path: "/education/people/:personId",
    action: "education.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.person() }),
  },
  {
    method: "DELETE",
    path: "/education/assignments/:assignmentId",
    action: "education.distribute",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.pendingAssignment() }),
  },
  {
    method: "POST",
    path: "/education/assignments/:assignmentId/complete-on-paper",
    action: "education.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.pendingAssignment() }),
    body: () => ({ completedOn: todayInJapan() }),
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/education/courses/:courseId/assignments",
    prepare: "openCourse",
    valid: { scope: "audience" },
    cases: [
      { what: "no scope", body: {}, fields: { scope: null } },
      {
        what: "an unknown scope",
        body: { scope: "everyone" },
        fields: { scope: msg.invalid_value },
      },
      { what: "people without ids", body: { scope: "people" }, fields: { personIds: null } },
      {
        what: "a day that does not exist",
        body: { scope: "audience", dueOn: "2031-02-30" },
        fields: { dueOn: null },
      },
      {
        what: "text for send",
        body: { scope: "audience", send: "yes" },
        fields: { send: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { scope: "audience", message: "x" },
        fields: { message: msg.unknown_field },
      },
    ],
  },
  {
    method: "POST",
    path: "/education/courses/:courseId/send",
    prepare: "assignedCourse",
    valid: {},
    cases: [
      {
        what: "text for the assignments",
        body: { assignmentIds: "all" },
        fields: { assignmentIds: msg.invalid_type },
      },
    ],
  },
  {
    method: "POST",
    path: "/education/assignments/:assignmentId/complete-on-paper",
    prepare: "pendingAssignment",
    valid: { completedOn: "2031-04-01" },
    cases: [
      { what: "no day", body: {}, fields: { completedOn: null } },
      {
        what: "a day that does not exist",
        body: { completedOn: "2031-02-30" },
        fields: { completedOn: msg.invalid_date },
      },
    ],
  },
];
