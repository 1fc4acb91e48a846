// The access matrix: every /api/v1/orgs/:orgId/* route, called by a user of another
// organization (404, nothing revealed), by each of the 7 access roles (403 exactly where the
// role lacks the action), and anonymously (401). Then bad input for every write route.
// The allowed roles of each route are written here by hand, not derived from permissions.ts.
// Every other route the app registers is in a second hand-written list, `outside`, with who
// may call it; a route in neither list fails "accounts for every route the app registers".
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AccessRole, type Action, accessRoles, can } from "../core/access/permissions.ts";
import { RISK_MATRIX_3X3 } from "../core/registers/risk-matrix-presets.ts";
import { todayInJapan } from "../core/today-in-japan.ts";
import {
  dbKinds,
  invitationToken,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../test/harness.ts";

// Every route the app registers ("GET /healthz"), as Fastify hands it to onRoute hooks. The
// hook must be in place before buildApp adds its first route, so Fastify's factory is wrapped.
// app.printRoutes() is no substitute: find-my-way 9 prints a wildcard below a node that has
// no route of its own without the node's prefix (/api/auth/* comes out as /*).
const registered = vi.hoisted(() => new WeakMap<object, string[]>());
vi.mock("fastify", async (importOriginal) => {
  const original = await importOriginal<typeof import("fastify")>();
  const wrapped = ((options?: object) => {
    const app = original.default(options as never);
    const seen: string[] = [];
    registered.set(app, seen);
    app.addHook("onRoute", (route) => {
      for (const method of [route.method].flat()) seen.push(`${method} ${route.url}`);
    });
    return app;
  }) as unknown as typeof original.default;
  return { ...original, default: wrapped, fastify: wrapped };
});

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** Ids created fresh (by the owner) before each call, so every allowed call can succeed. */
type Prepared = { id?: string; personId?: string; n: number };
type Route = {
  method: Method;
  path: string;
  action: Action;
  allowed: AccessRole[];
  /** Status an allowed role gets. */
  ok: number;
  /** `role`: the caller about to be tested, when the record must name them (an approver). */
  prepare?: (h: Helpers, role?: AccessRole) => Promise<Omit<Prepared, "n">>;
  body?: (p: Prepared) => unknown;
};
type Helpers = {
  person: () => Promise<string>;
  department: () => Promise<string>;
  appointment: () => Promise<string>;
  member: () => Promise<string>;
  invitation: () => Promise<string>;
  inventoryItem: () => Promise<string>;
  risk: () => Promise<string>;
  legalRequirement: () => Promise<string>;
  roadmapTask: () => Promise<string>;
  /** A management review naming `approver`'s user as approver (the owner when not given). */
  activity: (approver?: AccessRole) => Promise<string>;
  /** The same, approved in the product by its approver. */
  approvedActivity: (approver?: AccessRole) => Promise<string>;
  /** A management review with a PDF attached: "<record id>/<attachment id>". */
  signedActivity: () => Promise<string>;
  /** A PDF attached to a new register item. */
  attachment: () => Promise<string>;
  /** A notification of every member (one id for all, as notifyUsers writes it). */
  notification: () => Promise<string>;
  /** An outbox row of the organization, queued; or failed (to retry). */
  mail: () => Promise<string>;
  failedMail: () => Promise<string>;
  /** A personal link of a new person. */
  personalLink: () => Promise<string>;
  /** A document (its first version a draft). */
  document: () => Promise<string>;
  /** "<document id>/<version id>" of a draft; in review naming `approver`'s user (else the
   * owner); approved; and the id of a document whose only version is published. */
  draftVersion: () => Promise<string>;
  reviewVersion: (approver?: AccessRole) => Promise<string>;
  approvedVersion: () => Promise<string>;
  publishedDocument: () => Promise<string>;
  /** The user id of whoever creates the records (named as approver in a body). */
  ownerUserId: () => Promise<string>;
  /** "<document id>/<version id>" of a published version; and "<…>/<ack id>" of a request to
   * read it sent to a new person with e-mail (周知). */
  publishedVersion: () => Promise<string>;
  acknowledgement: () => Promise<string>;
  /** An inquiry received through the public page. */
  inquiry: () => Promise<string>;
  // education: plans and courses
  /** A draft plan of its own fiscal year (straight into the table: years past 2100 are free). */
  educationPlan: () => Promise<string>;
  /** A draft course in a new plan; one with material and a quiz; one archived. */
  educationCourse: () => Promise<string>;
  readyCourse: () => Promise<string>;
  archivedCourse: () => Promise<string>;
  /** "<course id>/<plan id>": a course and another plan to copy it to. */
  courseAndPlan: () => Promise<string>;
  /** A draft plan with one course (a plan that may be approved). */
  planWithCourse: () => Promise<string>;
  // education: sessions and records
  /** "<session id>/<person id>": a classroom session held in the past, inviting an assignee. */
  educationSession: () => Promise<string>;
  /** The id alone of such a session. */
  heldSession: () => Promise<string>;
  /** A completed (e-learning) assignment of a new course. */
  completedAssignment: () => Promise<string>;
  // education: delivery
  /** An open course of a new plan (assignable). */
  openCourse: () => Promise<string>;
  /** "<course id>/<assignment id>": an open course assigned to a new person, not completed. */
  assignedCourse: () => Promise<string>;
  /** The id alone of such an assignment. */
  pendingAssignment: () => Promise<string>;
};

const ALL: AccessRole[] = [
  "owner",
  "admin",
  "manager",
  "auditor",
  "member",
  "consultant",
  "viewer",
];
const ORG_NAME = "株式会社アクセス検証";

const routes: Route[] = [
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
  {
    method: "GET",
    path: "/inventory-items",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/inventory-items",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    body: (p) => ({ name: `顧客名簿 ${p.n}`, purpose: "商品の発送" }),
  },
  {
    method: "POST",
    path: "/inventory-items/reviewed",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ ids: [p.id], reviewedOn: "2025-04-01" }),
  },
  {
    method: "GET",
    path: "/inventory-items/:id",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "PATCH",
    path: "/inventory-items/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ storageLocation: `書庫 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/inventory-items/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "GET",
    path: "/inventory-items/:id/flow",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "PUT",
    path: "/inventory-items/:id/flow",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ steps: [{ phase: "acquisition_input", who: `担当 ${p.n}` }] }),
  },
  {
    method: "POST",
    path: "/inventory-items/import",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
  },
  // Files attached to a register item follow the register's actions (the owner kind's).
  {
    method: "GET",
    path: "/attachments/owners/:ownerKind/:ownerId",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: `inventory_item/${await h.inventoryItem()}` }),
  },
  {
    method: "POST",
    path: "/attachments/owners/:ownerKind/:ownerId",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
    prepare: async (h) => ({ id: `inventory_item/${await h.inventoryItem()}` }),
  },
  {
    method: "GET",
    path: "/attachments/:id/download",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.attachment() }),
  },
  {
    method: "DELETE",
    path: "/attachments/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.attachment() }),
  },
  {
    method: "GET",
    path: "/inventory-items/export.xlsx",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/risk-matrix",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PUT",
    path: "/risk-matrix",
    action: "riskMatrix.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: () => RISK_MATRIX_3X3,
  },
  {
    method: "GET",
    path: "/risks",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/risks",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({
      itemId: p.id,
      phase: "transfer",
      kind: "leak",
      description: `誤送信 ${p.n}`,
      likelihood: 2,
      impact: 2,
    }),
  },
  {
    method: "GET",
    path: "/inventory-items/export.pdf",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/risks/export.pdf",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/risks/heatmap",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/risks/from-suggestions",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ itemIds: [p.id], suggestionIds: ["acq-01"] }),
  },
  {
    method: "POST",
    path: "/risks/reviewed",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: (p) => ({ ids: [p.id], reviewedOn: "2025-04-01" }),
  },
  {
    method: "GET",
    path: "/risks/:id",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "PATCH",
    path: "/risks/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: (p) => ({ countermeasure: `宛先確認 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/risks/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/:id/confirm-assessment",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/:id/accept",
    action: "risks.accept",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: () => ({ acceptedOn: "2025-04-01" }),
  },
  {
    method: "DELETE",
    path: "/risks/:id/accept",
    action: "risks.accept",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/import",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
  },
  {
    method: "GET",
    path: "/risks/export.xlsx",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
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
  {
    method: "GET",
    path: "/assessments",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/assessments/:ref",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async () => ({ id: "J.3.1.1" }),
  },
  {
    method: "PUT",
    path: "/assessments/:ref",
    action: "assessments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async () => ({ id: "J.3.1.1" }),
    body: (p) => ({ status: "partial", notes: `確認中 ${p.n}`, evidence: [] }),
  },
  {
    method: "GET",
    path: "/catalogue-adoption/:catalogueId",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async () => ({ id: "pmark-guideline-2023" }),
  },
  {
    method: "PUT",
    path: "/catalogue-adoption/:catalogueId",
    action: "assessments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async () => ({ id: "pmark-guideline-2023" }),
    body: () => ({ version: "1" }),
  },
  {
    method: "GET",
    path: "/readiness",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
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
  {
    method: "GET",
    path: "/documents",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ number: `AC-${p.n}`, title: `準備規程 ${p.n}`, kind: "rule" }),
  },
  {
    method: "GET",
    path: "/documents/published",
    action: "org.read",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/published/:id",
    action: "org.read",
    allowed: ALL,
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedDocument() }),
  },
  {
    method: "GET",
    path: "/documents/awaiting-my-approval",
    action: "documents.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/:id",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "PATCH",
    path: "/documents/:id",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
    body: (p) => ({ title: `改題 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/documents/:id",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/archive",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/restore",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.publishedDocument() }),
    body: () => ({}),
  },
  {
    method: "GET",
    path: "/documents/:id/compare",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid",
    // Readers of documents, and a member named as the version's approver (each caller is
    // named where their role may approve; documents.routes.test.ts covers a member not named).
    action: "org.read",
    allowed: ALL,
    ok: 200,
    prepare: async (h, role) => ({ id: await h.reviewVersion(role) }),
  },
  {
    method: "PUT",
    path: "/documents/:id/versions/:vid",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
    body: (p) => ({
      content: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: `第${p.n}条` }] }],
      },
      revision: 1,
    }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/submit",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    // personId carries the approver's user id (the owner of organization A).
    prepare: async (h) => ({ id: await h.draftVersion(), personId: await h.ownerUserId() }),
    body: (p) => ({ approverUserId: p.personId }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/send-back",
    // Also the named approver declining it (documents.routes.test.ts); here the owner is named.
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.reviewVersion() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/approve",
    // Only the named approver may approve (documents.routes.test.ts): each caller is named.
    action: "documents.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
    prepare: async (h, role) => ({ id: await h.reviewVersion(role) }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/publish",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.approvedVersion() }),
    body: () => ({}),
  },
  // 周知・誓約 (documents.acknowledgements.routes.ts): the register's readers see the sends and
  // the confirmation page; sending and reminding hand out personal links (documents.distribute);
  // the PMS office and the consultant enter paper confirmations.
  {
    method: "GET",
    path: "/documents/acknowledgements",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements",
    action: "documents.distribute",
    allowed: ["owner", "admin"],
    ok: 201,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
    body: () => ({ kind: "read", audience: { all: true } }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/acknowledgements",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements/remind",
    action: "documents.distribute",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
    body: () => ({ kind: "read" }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/acknowledgements/pending.pdf",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.acknowledgement() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements/:ackId/record-paper",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.acknowledgement() }),
    body: () => ({ signedOn: todayInJapan() }),
  },
  // Downloads of documents (documents.output.routes.ts): readers of the register.
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/export.docx",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/export.pdf",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
  },
  {
    method: "GET",
    path: "/documents/export.zip",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  // Starter templates, field values and the 規程類対照表 (documents.templates.routes.ts).
  {
    method: "GET",
    path: "/documents/templates",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents/from-template",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ templateKey: "rule.audit", number: `TPL-${p.n}` }),
  },
  {
    // The first allowed call creates the set, later ones find every template used (200 both).
    method: "POST",
    path: "/documents/starter-set",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/field-values",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/coverage",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/coverage.xlsx",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
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
  {
    method: "GET",
    path: "/audit-events",
    action: "audit.read",
    allowed: ["owner", "admin", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/audit/anchor",
    action: "audit.read",
    allowed: ["owner", "admin", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/jobs",
    action: "jobs.read",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/jobs/backup-status",
    action: "jobs.read",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/reminder-settings",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PUT",
    path: "/reminder-settings",
    action: "obligations.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: () => ({ enabled: true, daysBefore: 7, onDueDay: true, weeklyWhenOverdue: false }),
  },
  {
    method: "GET",
    path: "/members",
    action: "members.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PATCH",
    path: "/members/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.member() }),
    body: () => ({ role: "member" }),
  },
  {
    method: "DELETE",
    path: "/members/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.member() }),
  },
  {
    method: "GET",
    path: "/invitations",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/invitations",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 201,
    body: (p) => ({ email: `invitee${p.n}@example.jp`, role: "viewer" }),
  },
  {
    method: "DELETE",
    path: "/invitations/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.invitation() }),
  },
  {
    method: "GET",
    path: "/notifications",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "GET",
    path: "/notifications/unread-count",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "POST",
    path: "/notifications/read-all",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "POST",
    path: "/notifications/:id/read",
    action: "notifications.own",
    allowed: ALL,
    ok: 204,
    prepare: async (h) => ({ id: await h.notification() }),
  },
  {
    method: "GET",
    path: "/notification-preference",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "PUT",
    path: "/notification-preference",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
    body: (p) => ({ channel: p.n % 2 ? "in_app" : "mail" }),
  },
  { method: "GET", path: "/mail", action: "mail.read", allowed: ["owner", "admin"], ok: 200 },
  {
    method: "GET",
    path: "/mail/:id",
    action: "mail.read",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.mail() }),
  },
  {
    method: "POST",
    path: "/mail/:id/retry",
    action: "mail.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.failedMail() }),
  },
  {
    method: "POST",
    path: "/mail/:id/cancel",
    action: "mail.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.mail() }),
  },
  {
    method: "GET",
    path: "/personal-links",
    action: "personalLinks.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/personal-links",
    // A link lets its holder act as the person: not consultants (permissions.ts).
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 201,
    prepare: async (h) => ({ personId: await h.person() }),
    body: (p) => ({ purpose: "policy", scope: "people", personIds: [p.personId] }),
  },
  {
    method: "POST",
    path: "/personal-links/sheet.pdf",
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 200,
    prepare: async (h) => ({ personId: await h.person() }),
    body: (p) => ({ purpose: "pledge", scope: "people", personIds: [p.personId] }),
  },
  {
    method: "POST",
    path: "/personal-links/:id/revoke",
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 204,
    prepare: async (h) => ({ id: await h.personalLink() }),
  },
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
  }, // education: delivery (education.delivery.routes.ts): readers of education see who took
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

/** Who may call a route outside organizations. */
type Caller =
  /** Anyone: the route looks at no session. */
  | "anonymous"
  /** Any signed-in user, member of an organization or not; 401 without a session. */
  | "signed-in"
  /** Anyone holding the secret in the URL; a session is no substitute for it (404). */
  | "token"
  /** A signed-in user (401 without) who also holds the invitation's secret (404 without). */
  | "signed-in + token";
type OutsideCall = { url: string; body?: unknown; user?: TestUser };
type OutsideHelpers = {
  /** The path of a fresh calendar feed of an organization. */
  feedPath: () => Promise<string>;
  /** A fresh invitation, the secret of its link, and the signed-in user it is addressed to. */
  invitation: () => Promise<{ id: string; token: string; invitee: TestUser }>;
  /** The path of one file of the built web app. */
  asset: () => string;
  /** The API path of a fresh personal link's page. */
  personalLinkPath: () => Promise<string>;
  /** The path of an organization's public page, switched on. */
  publicPagePath: () => Promise<string>;
  /** A request to read (or sign) a published version, sent to a new person: the token of the
   * personal link mailed to them, the request's id and the person's name. */
  documentRequest: (
    kind: "read" | "pledge",
  ) => Promise<{ token: string; ackId: string; name: string }>;
  // education: delivery
  /** An open course (one question q1, right answer c1; slides attached) assigned to a new
   * person with its link mailed: the link's token and the slides' attachment id. */
  courseLink: () => Promise<{ token: string; fileId: string }>;
};
type OutsideRoute = {
  method: "GET" | "POST";
  /** As registered; "{file}" stands for each file of the built web app (hashed names). */
  path: string;
  who: Caller;
  /** Status an allowed caller gets. */
  ok: number;
  /**
   * A concrete call (default: the path itself, as the caller); with "wrong" a well-formed
   * secret that opens nothing. `user` is the signed-in caller for "signed-in + token".
   */
  call?: (h: OutsideHelpers, secret: "right" | "wrong") => OutsideCall | Promise<OutsideCall>;
  /** Registered only when web/dist exists (npm run build:web). */
  webBuild?: true;
  /** The error code of a wrong secret, when the route names it (default NOT_FOUND). */
  wrongCode?: string;
};

const ORG_PREFIX = "/api/v1/orgs/:orgId";
const wrongSecret = () => randomBytes(32).toString("base64url");

/** Every route outside /api/v1/orgs/:orgId, written by hand with who may call it. */
const outside: OutsideRoute[] = [
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
const webBuilt = existsSync(fileURLToPath(new URL("../../web/dist", import.meta.url)));
const ASSET = /^(GET|HEAD) (\/assets\/)[^/]+$/;

/**
 * The routes `app` registered, one "METHOD /path" each. Each file of the built web app counts
 * as "/assets/{file}". A HEAD route beside a GET route of the same path (Fastify adds one to
 * every GET) counts as that GET route; so does the HEAD route of "/api/docs/", the twin
 * Fastify adds for a prefix's "/" route without telling onRoute of its GET.
 */
function registeredRoutes(app: object): string[] {
  const seen = registered.get(app);
  if (!seen) throw new Error("no routes seen: is the vi.mock of fastify above in effect?");
  const all = new Set(seen.map((r) => r.replace(ASSET, "$1 $2{file}")));
  const head = (r: string) =>
    r.startsWith("HEAD ") &&
    (all.has(`GET ${r.slice(5)}`) || (r.endsWith("/") && all.has(`GET ${r.slice(5, -1)}`)));
  return [...all].filter((r) => !head(r)).sort();
}

const label = (r: Route | OutsideRoute) => `${r.method} ${r.path}`;
const NOT_FOUND = { error: { code: "NOT_FOUND", message: "対象が見つかりません。" } };
const FORBIDDEN = { error: { code: "FORBIDDEN", message: "この操作を行う権限がありません。" } };
const UNAUTHENTICATED = { error: { code: "UNAUTHENTICATED", message: "ログインしてください。" } };

describe("the access table", () => {
  it("agrees with permissions.ts (a drift in either shows up here)", () => {
    for (const r of routes) {
      expect(
        accessRoles.filter((role) => can(role, r.action)),
        label(r),
      ).toEqual(ALL.filter((role) => r.allowed.includes(role)));
    }
  });

  it("lists each route once, and organizations' routes only in the access table", () => {
    const twice = (labels: string[]) => labels.filter((l, i) => labels.indexOf(l) !== i);
    expect(twice(routes.map(label)), "twice in the access table").toEqual([]);
    expect(twice(outside.map(label)), "twice in the list outside organizations").toEqual([]);
    const misplaced = outside.filter((o) => o.path.startsWith(`${ORG_PREFIX}/`)).map(label);
    expect(misplaced, "organization routes belong in the access table").toEqual([]);
  });
});

describe.each(dbKinds)("access matrix (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  const users = {} as Record<AccessRole, TestUser>;
  let counter = 0;
  /** Every id created in organization A, none of which may appear in an outsider's response. */
  const secrets = new Set<string>();

  // The path parameters after :orgId (":id", ":ref", ":catalogueId") take the prepared id; a
  // route with two (":key/records/:id") takes "key/id".
  const url = (path: string, org = orgId, id?: string) => {
    const values = id ? id.split("/") : [];
    return `/api/v1/orgs/${org}${path.replace(/:[A-Za-z]+/g, (p) => values.shift() ?? p)}`;
  };

  async function call(
    user: TestUser | null,
    method: Method,
    path: string,
    body?: unknown,
    lang = "ja",
  ): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method,
      url: path,
      headers: {
        ...(user ? { cookie: user.cookie } : {}),
        "accept-language": lang,
        ...(method === "GET" ? {} : sameOrigin),
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  }
  async function ok(res: LightMyRequestResponse, status = 201) {
    expect(res.statusCode, res.body).toBe(status);
    return res.json().id as string;
  }
  const auditTotal = async (org = orgId, as = owner) =>
    (await call(as, "GET", `/api/v1/orgs/${org}/audit-events?limit=1`)).json().total as number;

  /** A small PDF attached to a record of `ownerKind` by `as`; the attachment's id. */
  async function attachPdf(as: TestUser, org: string, ownerKind: string, ownerId: string) {
    const boundary = `----access-files-${++counter}`;
    const res = await t.app.inject({
      method: "POST",
      url: url(`/attachments/owners/${ownerKind}/${ownerId}`, org),
      headers: {
        cookie: as.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="evidence.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    });
    const id = await ok(res);
    secrets.add(id);
    return id;
  }

  /** Records in `org`, created by `as`. */
  function helpers(org: string, as: TestUser): Helpers {
    const h: Helpers = {
      person: async () => {
        const n = ++counter;
        const id = await ok(
          await call(as, "POST", url("/people", org), {
            name: `準備 ${n}`,
            email: `prepared${n}@example.jp`,
            employmentType: "regular",
          }),
        );
        secrets.add(id);
        return id;
      },
      department: async () => {
        const id = await ok(
          await call(as, "POST", url("/departments", org), { name: `準備部${++counter}` }),
        );
        secrets.add(id);
        return id;
      },
      appointment: async () => {
        const personId = await h.person();
        const id = await ok(
          await call(as, "POST", url("/appointments", org), {
            role: "complaints_desk",
            personId,
            from: "2024-04-01",
          }),
        );
        secrets.add(id);
        return id;
      },
      member: async () => {
        // Straight into the tables: signing up (password hashing) per call would be slow, and
        // the invitation flow is tested in members.routes.test.ts.
        const n = ++counter;
        const userId = `prepared-user-${n}-${org.slice(0, 8)}`;
        const id = `prepared-member-${n}-${org.slice(0, 8)}`;
        await t.database.query(`insert into "user" (id, name, email) values ($1, $2, $3)`, [
          userId,
          `準備 会員${n}`,
          `${userId}@example.jp`,
        ]);
        await t.database.query(
          "insert into member (id, organization_id, user_id, role) values ($1, $2, $3, 'viewer')",
          [id, org, userId],
        );
        secrets.add(id);
        return id;
      },
      invitation: async () => {
        const res = await call(as, "POST", url("/invitations", org), {
          email: `prepared-invite${++counter}@example.jp`,
          role: "viewer",
        });
        const id = await ok(res);
        secrets.add(id);
        return id;
      },
      inventoryItem: async () => {
        const id = await ok(
          await call(as, "POST", url("/inventory-items", org), { name: `準備台帳 ${++counter}` }),
        );
        secrets.add(id);
        return id;
      },
      risk: async () => {
        const itemId = await h.inventoryItem();
        const id = await ok(
          await call(as, "POST", url("/risks", org), {
            itemId,
            phase: "storage_backup",
            kind: "loss",
            description: `準備リスク ${++counter}`,
            likelihood: 2,
            impact: 3,
          }),
        );
        secrets.add(id);
        return id;
      },
      legalRequirement: async () => {
        const id = await ok(
          await call(as, "POST", url("/legal-requirements", org), {
            name: `準備法令 ${++counter}`,
            kind: "guideline",
          }),
        );
        secrets.add(id);
        return id;
      },
      roadmapTask: async () => {
        const id = await ok(
          await call(as, "POST", url("/roadmap/tasks", org), {
            step: 5,
            title: `準備作業 ${++counter}`,
          }),
        );
        secrets.add(id);
        return id;
      },
      activity: async (approver) => {
        const named = approver && can(approver, "activities.approve") ? approver : "owner";
        const id = await ok(
          await call(as, "POST", url("/activities", org), {
            kind: "management_review",
            performedOn: "2025-04-01",
            performedByName: `準備 ${++counter}`,
            // The members tested are in organization A; elsewhere the creator approves.
            approverUserId: org === orgId ? users[named].id : as.id,
          }),
        );
        secrets.add(id);
        return id;
      },
      approvedActivity: async (approver) => {
        const id = await h.activity(approver);
        const named = approver && can(approver, "activities.approve") ? approver : "owner";
        const by = org === orgId ? users[named] : as;
        await ok(await call(by, "POST", url(`/activities/${id}/approve`, org)), 200);
        return id;
      },
      signedActivity: async () => {
        const id = await h.activity();
        const fileId = await attachPdf(as, org, "activity_record", id);
        return `${id}/${fileId}`;
      },
      attachment: async () => attachPdf(as, org, "inventory_item", await h.inventoryItem()),
      notification: async () => {
        // Straight into the table, one row per member with one id (as notifyUsers writes
        // them), so every role's own copy can be marked read; notifyUsers has its own tests.
        const id = `prepared-notification-${++counter}-${org.slice(0, 8)}`;
        await t.database.query(
          `insert into notification (org_id, user_id, id, kind, payload, link)
           select organization_id, user_id, $2, 'member.joined',
                  '{"memberName": "準備 会員", "role": "viewer"}', '/orgs/' || organization_id || '/members'
             from member where organization_id = $1`,
          [org, id],
        );
        secrets.add(id);
        return id;
      },
      mail: async () => {
        // Straight into the outbox (a template without a link, so a failed one can be
        // retried); the invitation mail is tested in mail.routes.test.ts.
        const id = `prepared-mail-${++counter}-${org.slice(0, 8)}`;
        await t.database.query(
          `insert into mail_outbox (id, org_id, to_address, template, lang, subject, payload)
           values ($1, $2, $3, 'prepared.mail', 'ja', '準備のメール', '{}')`,
          [id, org, `${id}@example.jp`],
        );
        secrets.add(id);
        return id;
      },
      failedMail: async () => {
        const id = await h.mail();
        await t.database.query("update mail_outbox set status = 'failed' where id = $1", [id]);
        return id;
      },
      personalLink: async () => {
        const personId = await h.person();
        const res = await call(as, "POST", url("/personal-links", org), {
          purpose: "request",
          scope: "people",
          personIds: [personId],
        });
        expect(res.statusCode, res.body).toBe(201);
        const id = res.json().items[0].id as string;
        secrets.add(id);
        return id;
      },
      document: async () => {
        const id = await ok(
          await call(as, "POST", url("/documents", org), {
            number: `AC-D${++counter}`,
            title: `準備文書 ${counter}`,
            kind: "rule",
          }),
        );
        secrets.add(id);
        return id;
      },
      draftVersion: async () => {
        const id = await h.document();
        const res = await call(as, "GET", url(`/documents/${id}`, org));
        const vid = res.json().versions[0].id as string;
        secrets.add(vid);
        return `${id}/${vid}`;
      },
      reviewVersion: async (approver) => {
        const named = approver && can(approver, "documents.approve") ? approver : "owner";
        const path = await h.draftVersion();
        const res = await call(as, "POST", url("/documents/:id/versions/:vid/submit", org, path), {
          // The members tested are in organization A; elsewhere the creator approves.
          approverUserId: org === orgId ? users[named].id : as.id,
        });
        expect(res.statusCode, res.body).toBe(200);
        return path;
      },
      approvedVersion: async () => {
        const path = await h.reviewVersion();
        const res = await call(as, "POST", url("/documents/:id/versions/:vid/approve", org, path));
        expect(res.statusCode, res.body).toBe(200);
        return path;
      },
      publishedDocument: async () => {
        const path = await h.approvedVersion();
        const res = await call(
          as,
          "POST",
          url("/documents/:id/versions/:vid/publish", org, path),
          {},
        );
        expect(res.statusCode, res.body).toBe(200);
        return path.split("/")[0] as string;
      },
      ownerUserId: async () => as.id,
      publishedVersion: async () => {
        const path = await h.approvedVersion();
        const res = await call(
          as,
          "POST",
          url("/documents/:id/versions/:vid/publish", org, path),
          {},
        );
        expect(res.statusCode, res.body).toBe(200);
        return path;
      },
      acknowledgement: async () => {
        const path = await h.publishedVersion();
        const personId = await h.person();
        const acks = url("/documents/:id/versions/:vid/acknowledgements", org, path);
        const sent = await call(as, "POST", acks, {
          kind: "read",
          audience: { departmentIds: [] },
          personIds: [personId],
        });
        expect(sent.statusCode, sent.body).toBe(201);
        const id = (await call(as, "GET", acks)).json().items[0].id as string;
        secrets.add(id);
        return `${path}/${id}`;
      },
      // education: plans and courses
      educationPlan: async () => {
        const id = `prepared-plan-${++counter}-${org.slice(0, 8)}`;
        // Two years apart, so next year's plan is free for a copy.
        await t.database.query(
          `insert into education_plan (org_id, id, fiscal_year, title, period_start, period_end)
           values ($1, $2, $3, '準備 教育計画', '2026-04-01', '2027-03-31')`,
          [org, id, 3000 + 2 * counter],
        );
        secrets.add(id);
        return id;
      },
      educationCourse: async () => {
        const planId = await h.educationPlan();
        const res = await call(as, "POST", url("/education/plans/:planId/courses", org, planId), {
          title: `準備 研修 ${++counter}`,
        });
        const id = await ok(res);
        secrets.add(id);
        return id;
      },
      readyCourse: async () => {
        const id = await h.educationCourse();
        const res = await call(as, "PATCH", url("/education/courses/:courseId", org, id), {
          revision: 1,
          sections: [{ kind: "text", title: "はじめに", body: "本文" }],
          questions: [
            {
              kind: "single",
              prompt: "問1",
              choices: [
                { text: "正しい", correct: true },
                { text: "誤り", correct: false },
              ],
            },
          ],
        });
        expect(res.statusCode, res.body).toBe(200);
        return id;
      },
      archivedCourse: async () => {
        const id = await h.educationCourse();
        const res = await call(as, "POST", url("/education/courses/:courseId/archive", org, id));
        expect(res.statusCode, res.body).toBe(200);
        return id;
      },
      courseAndPlan: async () => {
        const course = await h.educationCourse();
        return `${course}/${await h.educationPlan()}`;
      },
      planWithCourse: async () => {
        const planId = await h.educationPlan();
        const res = await call(as, "POST", url("/education/plans/:planId/courses", org, planId), {
          title: `準備 研修 ${++counter}`,
        });
        secrets.add(await ok(res));
        return planId;
      },
      // education: sessions and records
      educationSession: async () => {
        const courseId = await h.educationCourse();
        const personId = await h.person();
        // The assignment straight into the table (assigning is tested with its routes).
        await t.database.query(
          `insert into education_assignment (org_id, id, course_id, person_id)
           values ($1, $2, $3, $4)`,
          [org, `prepared-assignment-${++counter}-${org.slice(0, 8)}`, courseId, personId],
        );
        const res = await call(
          as,
          "POST",
          url("/education/courses/:courseId/sessions", org, courseId),
          {
            kind: "classroom",
            heldOn: "2025-04-10",
            invite: [personId],
          },
        );
        const id = await ok(res);
        secrets.add(id);
        return `${id}/${personId}`;
      },
      heldSession: async () => (await h.educationSession()).split("/")[0] as string,
      completedAssignment: async () => {
        const courseId = await h.educationCourse();
        const personId = await h.person();
        const id = `prepared-assignment-${++counter}-${org.slice(0, 8)}`;
        await t.database.query(
          `insert into education_assignment (org_id, id, course_id, person_id, completed_on,
             completed_at, completed_via, best_score)
           values ($1, $2, $3, $4, '2025-04-10', now(), 'e_learning', 90)`,
          [org, id, courseId, personId],
        );
        secrets.add(id);
        return id;
      },
      // education: delivery
      openCourse: async () => {
        const id = await h.readyCourse();
        // Opened straight in the table (opening is tested with the course routes).
        await t.database.query(
          "update education_course set status = 'open' where org_id = $1 and id = $2",
          [org, id],
        );
        return id;
      },
      assignedCourse: async () => {
        const courseId = await h.openCourse();
        const personId = await h.person();
        const id = `prepared-delivery-${++counter}-${org.slice(0, 8)}`;
        await t.database.query(
          `insert into education_assignment (org_id, id, course_id, person_id)
           values ($1, $2, $3, $4)`,
          [org, id, courseId, personId],
        );
        secrets.add(id);
        return `${courseId}/${id}`;
      },
      pendingAssignment: async () => (await h.assignedCourse()).split("/")[1] as string,
      inquiry: async () => {
        // Straight into the table, as the public page's form stores it (tested there).
        const id = `prepared-inquiry-${++counter}-${org.slice(0, 8)}`;
        await t.database.query(
          `insert into inquiry (org_id, id, reference_no, category, name, phone, message)
           values ($1, $2, $3, 'question', '準備 問合せ', '03-0000-0000', '準備の問い合わせ')`,
          [org, id, `Q-${id}`],
        );
        secrets.add(id);
        return id;
      },
    };
    return h;
  }

  async function prepared(r: Route, role?: AccessRole): Promise<Prepared> {
    const p = r.prepare ? await r.prepare(helpers(orgId, owner), role) : {};
    // "<record id>/<attachment id>" names a record and the file the body refers to.
    if (r.path.endsWith("/signed-approval") && p.id) {
      const [id, fileId] = p.id.split("/");
      return { id, personId: fileId, n: ++counter };
    }
    return { ...p, n: ++counter };
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("権限 所有者");
    orgId = await t.createOrg(owner, ORG_NAME);
    users.owner = owner;
    for (const role of ALL.filter((r) => r !== "owner")) {
      users[role] = await t.signUp(`権限 ${role}`);
      await t.addMember(owner, orgId, users[role], role);
    }
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await call(owner, "PUT", url("/profile"), { name: ORG_NAME, scope: "本社の全業務" });
    await helpers(orgId, owner).appointment();
    await helpers(orgId, owner).department();
  });
  afterAll(() => t.close());

  it("accounts for every route the app registers, in the access table or the outside list", () => {
    const served = registeredRoutes(t.app);
    const table = routes.map((r) => `${r.method} ${ORG_PREFIX}${r.path}`);
    const listed = outside.filter((o) => webBuilt || !o.webBuild).map(label);
    const missing = served.filter((r) => !table.includes(r) && !listed.includes(r));
    expect(
      missing,
      `registered but in neither list (a route under ${ORG_PREFIX} goes in \`routes\` with ` +
        `its roles, any other in \`outside\` with who may call it): ${missing.join(", ")}`,
    ).toEqual([]);
    const stale = [...table, ...listed].filter((r) => !served.includes(r));
    expect(stale, `listed but not registered: ${stale.join(", ")}`).toEqual([]);
  });

  it("documents every organization route in OpenAPI, and documents only registered routes", () => {
    const served = registeredRoutes(t.app);
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const hidden = served.filter((r) => r.includes(` ${ORG_PREFIX}/`) && !documented.includes(r));
    expect(hidden, "organization routes missing from the OpenAPI document").toEqual([]);
    expect(
      documented.filter((r) => !served.includes(r)),
      "documented, not registered",
    ).toEqual([]);
  });

  describe.each(routes)("$method $path", (r) => {
    it("is 404 for a user of another organization, revealing nothing and changing nothing", async () => {
      const p = await prepared(r);
      const before = await auditTotal();
      const res = await call(outsider, r.method, url(r.path, orgId, p.id), r.body?.(p));
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toEqual(NOT_FOUND);
      expect(res.body).not.toContain(ORG_NAME);
      expect(res.body).not.toContain("本社の全業務");
      for (const secret of secrets) expect(res.body).not.toContain(secret);
      expect(await auditTotal()).toBe(before);
    });

    it("is 403 exactly for the roles the action is not granted to", async () => {
      const seen: Record<string, number> = {};
      for (const role of ALL) {
        const p = await prepared(r, role);
        const before = await auditTotal();
        const res = await call(users[role], r.method, url(r.path, orgId, p.id), r.body?.(p));
        seen[role] = res.statusCode;
        if (r.allowed.includes(role)) {
          expect(res.statusCode, `${role}: ${res.body}`).toBe(r.ok);
        } else {
          expect(res.json(), role).toEqual(FORBIDDEN);
          expect(await auditTotal(), role).toBe(before);
        }
      }
      const expected = Object.fromEntries(
        ALL.map((role) => [role, r.allowed.includes(role) ? r.ok : 403]),
      );
      expect(seen).toEqual(expected);
    });

    it("is 401 for an anonymous caller", async () => {
      const p = await prepared(r);
      const before = await auditTotal();
      const res = await call(null, r.method, url(r.path, orgId, p.id), r.body?.(p));
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(UNAUTHENTICATED);
      const en = await call(null, r.method, url(r.path, orgId, p.id), r.body?.(p), "en");
      expect(en.json().error.message).toBe("Please sign in.");
      expect(await auditTotal()).toBe(before);
    });
  });

  // better-auth's organization endpoints would bypass the tenant guard and the audit trail.
  it("does not serve better-auth's organization endpoints", async () => {
    const victim = await t.createOrg(owner, "株式会社さくじょ");
    const leaver = await t.signUp("退出 予定");
    await t.addMember(owner, victim, leaver, "viewer");
    const before = await auditTotal(victim);
    const attempts: [TestUser, string, object][] = [
      [owner, "delete", { organizationId: victim }],
      [owner, "create", { name: "裏口", slug: `backdoor-${++counter}` }],
      [leaver, "leave", { organizationId: victim }],
    ];
    for (const [user, path, payload] of attempts) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/auth/organization/${path}`,
        headers: { cookie: user.cookie, origin: "http://localhost:3000" },
        payload,
      });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(404);
    }
    expect(await auditTotal(victim)).toBe(before);
  });

  it("is 404 for an organization id that does not exist, even for a signed-in user", async () => {
    for (const org of ["no-such-org", "x".repeat(65), otherOrg]) {
      const res = await call(owner, "GET", `/api/v1/orgs/${org}/profile`);
      expect(res.statusCode, org).toBe(404);
      expect(res.json()).toEqual(NOT_FOUND);
    }
  });

  describe("routes outside organizations", () => {
    let stranger: TestUser;
    let org: string;
    const h: OutsideHelpers = {
      feedPath: async () => {
        const res = await call(owner, "POST", `/api/v1/orgs/${org}/calendar-feed`);
        expect(res.statusCode, res.body).toBe(200);
        return new URL(res.json().url).pathname;
      },
      invitation: async () => {
        const invitee = await t.signUp(`招待 ${++counter}`);
        const res = await call(owner, "POST", `/api/v1/orgs/${org}/invitations`, {
          email: invitee.email,
          role: "viewer",
        });
        const id = await ok(res);
        return { id, token: invitationToken(res.json().link), invitee };
      },
      asset: () => {
        const file = registered.get(t.app)?.find((r) => ASSET.test(r) && r.startsWith("GET "));
        if (!file) throw new Error("no file of the built web app is registered");
        return file.slice(4);
      },
      personalLinkPath: async () => {
        const personId = await helpers(org, owner).person();
        const res = await call(owner, "POST", `/api/v1/orgs/${org}/personal-links`, {
          purpose: "policy",
          scope: "people",
          personIds: [personId],
        });
        expect(res.statusCode, res.body).toBe(201);
        return `/api/v1/p/${res.json().items[0].url.split("/").pop()}`;
      },
      // education: delivery
      courseLink: async () => {
        const h = helpers(org, owner);
        const courseId = await h.openCourse();
        const fileId = await attachPdf(owner, org, "education_course", courseId);
        await t.database.query(
          `update education_course set sections = $3::jsonb, questions = $4::jsonb
            where org_id = $1 and id = $2`,
          [
            org,
            courseId,
            JSON.stringify([{ id: "s1", kind: "slides", title: "資料", fileId }]),
            JSON.stringify([
              {
                id: "q1",
                kind: "single",
                prompt: "問1",
                choices: [
                  { id: "c1", text: "正しい", correct: true },
                  { id: "c2", text: "誤り", correct: false },
                ],
              },
            ]),
          ],
        );
        const personId = await h.person();
        const sent = await call(
          owner,
          "POST",
          `/api/v1/orgs/${org}/education/courses/${courseId}/assignments`,
          { scope: "people", personIds: [personId], send: true },
        );
        expect(sent.statusCode, sent.body).toBe(201);
        const [row] = await t.database.query<{ secret: string }>(
          `select s.secret from education_assignment a
             join mail_outbox m on m.ref = 'education-assignment:' || a.id
             join mail_secret s on s.outbox_id = m.id
            where a.org_id = $1 and a.course_id = $2 and a.person_id = $3`,
          [org, courseId, personId],
        );
        if (!row) throw new Error("no course link mailed");
        return { token: row.secret.split("/p/")[1] ?? "", fileId };
      },
      documentRequest: async (kind) => {
        const h = helpers(org, owner);
        const path = await h.publishedVersion();
        const personId = await h.person();
        const acks = url("/documents/:id/versions/:vid/acknowledgements", org, path);
        const sent = await call(owner, "POST", acks, {
          kind,
          audience: { departmentIds: [] },
          personIds: [personId],
        });
        expect(sent.statusCode, sent.body).toBe(201);
        const [row] = await t.database.query<{ id: string; name: string; secret: string }>(
          `select a.id, p.name, s.secret from pms_document_acknowledgement a
             join person p on p.org_id = a.org_id and p.id = a.person_id
             join mail_outbox m on m.ref = 'document-ack:' || a.id
             join mail_secret s on s.outbox_id = m.id
            where a.org_id = $1 and a.person_id = $2 and a.kind = $3`,
          [org, personId, kind],
        );
        if (!row) throw new Error("no request mailed");
        return { token: row.secret.split("/p/")[1] ?? "", ackId: row.id, name: row.name };
      },
      publicPagePath: async () => {
        const slug = `outside-page-${++counter}`;
        const res = await call(owner, "PUT", `/api/v1/orgs/${org}/public-page`, {
          slug,
          enabled: true,
        });
        expect(res.statusCode, res.body).toBe(200);
        return `/p/${slug}`;
      },
    };
    const send = async (
      o: OutsideRoute,
      as: "nobody" | "stranger" | "holder",
      secret: "right" | "wrong",
      lang = "ja",
    ) => {
      const c = o.call ? await o.call(h, secret) : { url: o.path };
      const user = as === "nobody" ? null : as === "stranger" ? stranger : (c.user ?? stranger);
      return call(user, o.method, c.url, c.body ?? (o.method === "POST" ? {} : undefined), lang);
    };

    beforeAll(async () => {
      stranger = await t.signUp("組織 なし");
      org = await t.createOrg(owner, "株式会社外部経路");
    });

    describe.each(outside)("$method $path ($who)", (o) => {
      it("behaves as its entry says", async () => {
        if (o.webBuild && !webBuilt) {
          // Without a build (npm run build:web) no web app is served: a 404 in the common shape.
          const res = await call(null, o.method, o.path.replace("{file}", "index-x.js"), undefined);
          expect(res.statusCode, res.body).toBe(404);
          expect(res.json().error.code).toBe("NOT_FOUND");
          return;
        }
        if (o.who === "anonymous") {
          const res = await send(o, "nobody", "right");
          expect(res.statusCode, res.body).toBe(o.ok);
        } else if (o.who === "signed-in") {
          const res = await send(o, "nobody", "right");
          expect(res.statusCode, res.body).toBe(401);
          expect(res.json()).toEqual(UNAUTHENTICATED);
          const en = await send(o, "nobody", "right", "en");
          expect(en.json().error.message).toBe("Please sign in.");
          const mine = await send(o, "stranger", "right");
          expect(mine.statusCode, mine.body).toBe(o.ok);
        } else if (o.who === "token") {
          const res = await send(o, "nobody", "right");
          expect(res.statusCode, res.body).toBe(o.ok);
          for (const as of ["nobody", "stranger"] as const) {
            const wrong = await send(o, as, "wrong");
            expect(wrong.statusCode, `${as}: ${wrong.body}`).toBe(404);
            expect(wrong.json().error.code, as).toBe(o.wrongCode ?? "NOT_FOUND");
          }
        } else {
          const anonymous = await send(o, "nobody", "right");
          expect(anonymous.statusCode, anonymous.body).toBe(401);
          expect(anonymous.json()).toEqual(UNAUTHENTICATED);
          const wrong = await send(o, "holder", "wrong");
          expect(wrong.statusCode, wrong.body).toBe(404);
          const res = await send(o, "holder", "right");
          expect(res.statusCode, res.body).toBe(o.ok);
        }
      });
    });
  });

  describe("records of another organization addressed through one's own", () => {
    type Case = { method: Method; path: string; make: keyof Helpers; body?: unknown; list: string };
    const cases: Case[] = [
      {
        method: "PATCH",
        path: "/departments/:id",
        make: "department",
        body: { name: "乗っ取り" },
        list: "/departments",
      },
      { method: "DELETE", path: "/departments/:id", make: "department", list: "/departments" },
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
      {
        method: "PATCH",
        path: "/members/:id",
        make: "member",
        body: { role: "owner" },
        list: "/members",
      },
      { method: "DELETE", path: "/members/:id", make: "member", list: "/members" },
      { method: "DELETE", path: "/invitations/:id", make: "invitation", list: "/invitations" },
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
      { method: "GET", path: "/documents/:id", make: "document", list: "/documents/:id" },
      {
        method: "PATCH",
        path: "/documents/:id",
        make: "document",
        body: { title: "乗っ取り" },
        list: "/documents/:id",
      },
      { method: "DELETE", path: "/documents/:id", make: "document", list: "/documents/:id" },
      {
        method: "POST",
        path: "/documents/:id/archive",
        make: "document",
        list: "/documents/:id",
      },
      {
        method: "POST",
        path: "/documents/:id/versions",
        make: "publishedDocument",
        body: {},
        list: "/documents/:id",
      },
      { method: "GET", path: "/mail/:id", make: "mail", list: "/mail/:id" },
      { method: "POST", path: "/mail/:id/retry", make: "failedMail", body: {}, list: "/mail/:id" },
      { method: "POST", path: "/mail/:id/cancel", make: "mail", body: {}, list: "/mail/:id" },
      {
        method: "GET",
        path: "/inventory-items/:id",
        make: "inventoryItem",
        list: "/inventory-items/:id",
      },
      {
        method: "PATCH",
        path: "/inventory-items/:id",
        make: "inventoryItem",
        body: { name: "乗っ取り" },
        list: "/inventory-items/:id",
      },
      {
        method: "DELETE",
        path: "/inventory-items/:id",
        make: "inventoryItem",
        list: "/inventory-items/:id",
      },
      {
        method: "PUT",
        path: "/inventory-items/:id/flow",
        make: "inventoryItem",
        body: { steps: [] },
        list: "/inventory-items/:id",
      },
      { method: "GET", path: "/risks/:id", make: "risk", list: "/risks/:id" },
      {
        method: "PATCH",
        path: "/risks/:id",
        make: "risk",
        body: { description: "乗っ取り" },
        list: "/risks/:id",
      },
      { method: "DELETE", path: "/risks/:id", make: "risk", list: "/risks/:id" },
      { method: "POST", path: "/risks/:id/accept", make: "risk", body: {}, list: "/risks/:id" },
      {
        method: "POST",
        path: "/risks/:id/confirm-assessment",
        make: "risk",
        body: {},
        list: "/risks/:id",
      },
      { method: "DELETE", path: "/risks/:id/accept", make: "risk", list: "/risks/:id" },
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
      {
        method: "PATCH",
        path: "/roadmap/tasks/:id",
        make: "roadmapTask",
        body: { title: "乗っ取り" },
        list: "/roadmap",
      },
      { method: "DELETE", path: "/roadmap/tasks/:id", make: "roadmapTask", list: "/roadmap" },
      {
        method: "POST",
        path: "/notifications/:id/read",
        make: "notification",
        list: "/notifications",
      },
      {
        method: "POST",
        path: "/personal-links/:id/revoke",
        make: "personalLink",
        list: "/personal-links",
      },
      { method: "GET", path: "/inquiries/:id", make: "inquiry", list: "/inquiries/:id" },
      // education: plans and courses
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
      // education: sessions and records
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
      {
        method: "PATCH",
        path: "/inquiries/:id",
        make: "inquiry",
        body: { status: "closed" },
        list: "/inquiries/:id",
      },
    ];

    it.each(cases)(
      "$method $path with the other organization's id is 404 and changes nothing",
      async (c) => {
        // Organization A's record, addressed by B's owner through B's URL, and the reverse.
        for (const [victimOrg, victim, attackerOrg, attacker] of [
          [orgId, owner, otherOrg, outsider],
          [otherOrg, outsider, orgId, owner],
        ] as const) {
          const id = await helpers(victimOrg, victim)[c.make]();
          const listBefore = (await call(victim, "GET", url(c.list, victimOrg, id))).body;
          const auditVictim = await auditTotal(victimOrg, victim);
          const auditAttacker = await auditTotal(attackerOrg, attacker);
          const res = await call(attacker, c.method, url(c.path, attackerOrg, id), c.body);
          expect(res.statusCode, res.body).toBe(404);
          expect(res.json()).toEqual(NOT_FOUND);
          expect((await call(victim, "GET", url(c.list, victimOrg, id))).body).toBe(listBefore);
          expect(listBefore).toContain(id);
          expect(await auditTotal(victimOrg, victim)).toBe(auditVictim);
          expect(await auditTotal(attackerOrg, attacker)).toBe(auditAttacker);
        }
      },
    );
  });

  describe("bad input on every write route", () => {
    const JA = "入力内容に誤りがあります。";
    const EN = "Some fields are not valid.";
    const LONG = "長".repeat(100 * 1024);
    const SCRIPT = "<script>alert(1)</script>";
    const msg = {
      required: "必須項目です。",
      invalid_type: "値の形式が正しくありません。",
      unknown_field: "この項目は受け付けていません。",
      html: "HTMLタグやスクリプトは入力できません。",
      invalid_value: "選択肢から選んでください。",
      invalid_email: "メールアドレスの形式が正しくありません。",
      invalid_date: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
      too_long: (max: number) => `${max}文字以内で入力してください。`,
    };
    type BadCase = { what: string; body: unknown; fields: Record<string, string | null> };
    const RISK = {
      itemId: "x",
      phase: "transfer",
      kind: "leak",
      description: "誤送信",
      likelihood: 2,
      impact: 2,
    };
    type WriteRoute = {
      method: Method;
      path: string;
      prepare?: keyof Helpers;
      valid: Record<string, unknown>;
      cases: BadCase[];
    };
    /** A field's message: a string to compare exactly, or null for "named, any message". */
    const writeRoutes: WriteRoute[] = [
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
      {
        method: "POST",
        path: "/inventory-items",
        valid: { name: "顧客名簿" },
        cases: [
          { what: "number for name", body: { name: 7 }, fields: { name: msg.invalid_type } },
          { what: "missing name", body: {}, fields: { name: msg.required } },
          {
            what: "unknown field",
            body: { name: "台帳", orgId: "x" },
            fields: { orgId: msg.unknown_field },
          },
          { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(200) } },
          {
            what: "script in purpose",
            body: { name: "台帳", purpose: SCRIPT },
            fields: { purpose: msg.html },
          },
          {
            what: "medium not offered",
            body: { name: "台帳", medium: "cd" },
            fields: { medium: msg.invalid_value },
          },
        ],
      },
      {
        method: "PATCH",
        path: "/inventory-items/:id",
        prepare: "inventoryItem",
        valid: { name: "顧客名簿" },
        cases: [
          { what: "number for name", body: { name: 7 }, fields: { name: msg.invalid_type } },
          { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
          { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
          {
            what: "bad review date",
            body: { lastReviewedOn: "2024/04/01" },
            fields: { lastReviewedOn: msg.invalid_date },
          },
        ],
      },
      {
        method: "POST",
        path: "/risks",
        valid: {},
        cases: [
          {
            what: "number for description",
            body: { ...RISK, description: 7 },
            fields: { description: msg.invalid_type },
          },
          {
            what: "missing fields",
            body: {},
            fields: {
              itemId: msg.required,
              phase: null,
              kind: null,
              description: msg.required,
              likelihood: msg.required,
              impact: msg.required,
            },
          },
          {
            what: "unknown field",
            body: { ...RISK, acceptedBy: "社長" },
            fields: { acceptedBy: msg.unknown_field },
          },
          {
            what: "100 kB description",
            body: { ...RISK, description: LONG },
            fields: { description: msg.too_long(1000) },
          },
          {
            what: "script in countermeasure",
            body: { ...RISK, countermeasure: SCRIPT },
            fields: { countermeasure: msg.html },
          },
          {
            what: "string for likelihood, kind not offered",
            body: { ...RISK, likelihood: "2", kind: "fire" },
            fields: { likelihood: msg.invalid_type, kind: msg.invalid_value },
          },
          {
            what: "residual likelihood without residual impact",
            body: { ...RISK, residualLikelihood: 1 },
            fields: { residualImpact: null },
          },
        ],
      },
      {
        method: "PATCH",
        path: "/risks/:id",
        prepare: "risk",
        valid: {},
        cases: [
          {
            what: "number for description",
            body: { description: 7 },
            fields: { description: msg.invalid_type },
          },
          { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
          {
            what: "script in description",
            body: { description: SCRIPT },
            fields: { description: msg.html },
          },
          {
            what: "likelihood off the matrix axis",
            body: { likelihood: 9 },
            fields: { likelihood: null },
          },
          {
            what: "bad review date",
            body: { reviewOn: "2024/04/01" },
            fields: { reviewOn: msg.invalid_date },
          },
          {
            what: "text for confirmAssessment",
            body: { confirmAssessment: "yes" },
            fields: { confirmAssessment: msg.invalid_type },
          },
          {
            what: "a review day (only 見直し済み records one)",
            body: { lastReviewedOn: "2025-04-01" },
            fields: { lastReviewedOn: msg.unknown_field },
          },
        ],
      },
      {
        method: "POST",
        path: "/risks/from-suggestions",
        valid: {},
        cases: [
          {
            what: "missing fields",
            body: {},
            fields: { itemIds: msg.required, suggestionIds: msg.required },
          },
          {
            what: "unknown suggestion",
            body: { itemIds: ["x"], suggestionIds: ["acq-01", "no-such"] },
            fields: { "suggestionIds.1": null },
          },
          {
            what: "101 suggestions",
            body: { itemIds: ["x"], suggestionIds: Array(101).fill("acq-01") },
            fields: { suggestionIds: "100件以内にしてください。" },
          },
          {
            what: "unknown item",
            body: { itemIds: ["no-such-item"], suggestionIds: ["acq-01"] },
            fields: { "itemIds.0": null },
          },
          {
            what: "unknown field",
            body: { itemIds: ["x"], suggestionIds: ["acq-01"], orgId: "y" },
            fields: { orgId: msg.unknown_field },
          },
        ],
      },
      {
        method: "POST",
        path: "/risks/:id/accept",
        prepare: "risk",
        valid: {},
        cases: [
          {
            what: "bad acceptance date",
            body: { acceptedOn: "2025-02-30" },
            fields: { acceptedOn: msg.invalid_date },
          },
          {
            what: "script as name",
            body: { acceptedBy: SCRIPT },
            fields: { acceptedBy: msg.html },
          },
          { what: "unknown field", body: { level: "low" }, fields: { level: msg.unknown_field } },
        ],
      },
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
      {
        method: "PUT",
        // The ref stands in the path itself: the item is in the catalogue, not a prepared record.
        path: "/assessments/J.8.1",
        valid: { status: "conform" },
        cases: [
          { what: "missing status", body: {}, fields: { status: msg.required } },
          {
            what: "status not offered",
            body: { status: "ok" },
            fields: { status: msg.invalid_value },
          },
          {
            what: "unknown field",
            body: { status: "conform", catalogueVersion: "9" },
            fields: { catalogueVersion: msg.unknown_field },
          },
          {
            what: "100 kB notes",
            body: { status: "conform", notes: LONG },
            fields: { notes: msg.too_long(4000) },
          },
          {
            what: "script in notes",
            body: { status: "partial", notes: SCRIPT },
            fields: { notes: msg.html },
          },
          {
            what: "evidence kind not offered",
            body: { status: "conform", evidence: [{ kind: "person", id: "x" }] },
            fields: { "evidence.0.kind": msg.invalid_value },
          },
          {
            what: "string for evidence",
            body: { status: "conform", evidence: "x" },
            fields: { evidence: msg.invalid_type },
          },
          {
            what: "script in an evidence label",
            body: {
              status: "conform",
              evidence: [{ kind: "url", id: "https://a.jp", label: SCRIPT }],
            },
            fields: { "evidence.0.label": msg.html },
          },
          {
            what: "not applicable without a reason",
            body: { status: "na" },
            fields: { notes: "対象外とする場合は、その理由を備考に入力してください。" },
          },
        ],
      },
      {
        method: "PUT",
        path: "/catalogue-adoption/pmark-guideline-2023",
        valid: { version: "1" },
        cases: [
          { what: "missing version", body: {}, fields: { version: msg.required } },
          {
            what: "number for version",
            body: { version: 1 },
            fields: { version: msg.invalid_type },
          },
          {
            what: "unknown field",
            body: { version: "1", hiddenRefs: [] },
            fields: { hiddenRefs: msg.unknown_field },
          },
          {
            what: "100 kB version",
            body: { version: LONG },
            fields: { version: msg.too_long(20) },
          },
        ],
      },
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
      {
        method: "POST",
        path: "/documents",
        valid: {},
        cases: [
          {
            what: "missing fields",
            body: {},
            fields: { number: null, title: null, kind: msg.invalid_value },
          },
          {
            what: "number for the title, kind not offered",
            body: { number: "R-01", title: 7, kind: "memo" },
            fields: { title: msg.invalid_type, kind: msg.invalid_value },
          },
          {
            what: "unknown field",
            body: { number: "R-01", title: "規程", kind: "rule", currentVersionId: "x" },
            fields: { currentVersionId: msg.unknown_field },
          },
          {
            what: "100 kB title",
            body: { number: "R-01", title: LONG, kind: "rule" },
            fields: { title: msg.too_long(200) },
          },
          {
            what: "script in title",
            body: { number: "R-01", title: SCRIPT, kind: "rule" },
            fields: { title: msg.html },
          },
          {
            what: "a number that is no file name, a J item misspelt",
            body: { number: "R/01", title: "規程", kind: "rule", jRefs: ["A.3.1"] },
            fields: {
              number: "文書番号は文字・数字と「-」「_」「.」で入力してください（例：R-01）。",
              "jRefs.0": "J項番は「J.3.1.1」の形で入力してください。",
            },
          },
        ],
      },
      {
        method: "POST",
        path: "/documents/from-template",
        valid: { templateKey: "rule.audit" },
        cases: [
          { what: "missing template", body: {}, fields: { templateKey: msg.required } },
          {
            what: "number for the template",
            body: { templateKey: 5 },
            fields: { templateKey: msg.invalid_type },
          },
          {
            what: "unknown field",
            body: { templateKey: "rule.audit", content: {} },
            fields: { content: msg.unknown_field },
          },
          {
            what: "script as number",
            body: { templateKey: "rule.audit", number: SCRIPT },
            fields: { number: msg.html },
          },
          {
            what: "a template that does not exist",
            body: { templateKey: "rule.nothing" },
            fields: { templateKey: "このテンプレートは見つかりません。一覧から選んでください。" },
          },
        ],
      },
      {
        method: "PATCH",
        path: "/documents/:id",
        prepare: "document",
        valid: { title: "正常" },
        cases: [
          { what: "number for title", body: { title: 7 }, fields: { title: msg.invalid_type } },
          { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
          { what: "script in title", body: { title: SCRIPT }, fields: { title: msg.html } },
          {
            what: "bad review day, text for the interval",
            body: { nextReviewOn: "2026/04/01", reviewIntervalMonths: "12" },
            fields: { nextReviewOn: msg.invalid_date, reviewIntervalMonths: msg.invalid_type },
          },
          {
            what: "approver role not offered",
            body: { approverRole: "auditor" },
            fields: { approverRole: msg.invalid_value },
          },
        ],
      },
      {
        method: "PUT",
        path: "/documents/:id/versions/:vid",
        prepare: "draftVersion",
        valid: {},
        cases: [
          {
            what: "text for the revision",
            body: { content: { type: "doc", content: [] }, revision: "1" },
            fields: { revision: msg.invalid_type },
          },
          {
            what: "unknown field",
            body: { content: { type: "doc", content: [] }, revision: 1, status: "approved" },
            fields: { status: msg.unknown_field },
          },
          {
            what: "script in the change note",
            body: { content: { type: "doc", content: [] }, revision: 1, changeNote: SCRIPT },
            fields: { changeNote: msg.html },
          },
        ],
      },
      {
        method: "POST",
        path: "/documents/:id/versions/:vid/submit",
        prepare: "draftVersion",
        valid: {},
        cases: [
          { what: "no approver", body: {}, fields: { approverUserId: null } },
          {
            what: "number for the approver",
            body: { approverUserId: 7 },
            fields: { approverUserId: msg.invalid_type },
          },
        ],
      },
      {
        method: "POST",
        path: "/documents/:id/versions/:vid/acknowledgements",
        prepare: "publishedVersion",
        valid: { kind: "read", audience: { all: true } },
        cases: [
          {
            what: "an unknown kind",
            body: { kind: "memo", audience: { all: true } },
            fields: { kind: msg.invalid_value },
          },
          { what: "no audience", body: { kind: "read" }, fields: { audience: null } },
          {
            what: "a day that does not exist",
            body: { kind: "read", audience: { all: true }, dueOn: "2031-02-30" },
            fields: { dueOn: null },
          },
          {
            what: "unknown field",
            body: { kind: "read", audience: { all: true }, message: "x" },
            fields: { message: msg.unknown_field },
          },
        ],
      },
      {
        method: "POST",
        path: "/documents/:id/versions/:vid/acknowledgements/:ackId/record-paper",
        prepare: "acknowledgement",
        valid: { signedOn: "2031-04-01" },
        cases: [
          { what: "no day", body: {}, fields: { signedOn: null } },
          {
            what: "script in the name",
            body: { signedOn: "2031-04-01", typedName: SCRIPT },
            fields: { typedName: msg.html },
          },
          {
            what: "100 kB name",
            body: { signedOn: "2031-04-01", typedName: LONG },
            fields: { typedName: msg.too_long(100) },
          },
        ],
      },
      {
        method: "PATCH",
        path: "/members/:id",
        prepare: "member",
        valid: { role: "viewer" },
        cases: [
          { what: "missing role", body: {}, fields: { role: null } },
          { what: "number for role", body: { role: 1 }, fields: { role: null } },
          {
            what: "unknown field",
            body: { role: "viewer", userId: "x" },
            fields: { userId: msg.unknown_field },
          },
          { what: "script for role", body: { role: SCRIPT }, fields: { role: msg.invalid_value } },
        ],
      },
      {
        method: "POST",
        path: "/invitations",
        valid: {},
        cases: [
          { what: "missing fields", body: {}, fields: { email: null, role: null } },
          {
            what: "number for email",
            body: { email: 1, role: "viewer" },
            fields: { email: msg.invalid_email },
          },
          {
            what: "unknown field",
            body: { email: "a@example.jp", role: "viewer", organizationId: "x" },
            fields: { organizationId: msg.unknown_field },
          },
          {
            what: "100 kB email",
            body: { email: `${"a".repeat(100 * 1024)}@example.jp`, role: "viewer" },
            fields: { email: null },
          },
          {
            what: "script as email",
            body: { email: SCRIPT, role: "viewer" },
            fields: { email: msg.invalid_email },
          },
        ],
      },
      {
        method: "PUT",
        path: "/notification-preference",
        valid: { channel: "mail" },
        cases: [
          { what: "missing channel", body: {}, fields: { channel: msg.invalid_value } },
          {
            what: "number for channel",
            body: { channel: 1 },
            fields: { channel: msg.invalid_value },
          },
          {
            what: "unknown channel",
            body: { channel: "sms", lang: "fr" },
            fields: { channel: msg.invalid_value, lang: msg.invalid_value },
          },
          {
            what: "unknown field",
            body: { channel: "mail", userId: "x" },
            fields: { userId: msg.unknown_field },
          },
          {
            what: "script as channel",
            body: { channel: SCRIPT },
            fields: { channel: msg.invalid_value },
          },
          {
            what: "CRLF in channel",
            body: { channel: "mail\r\nBcc: x@example.jp" },
            fields: { channel: msg.invalid_value },
          },
        ],
      },
      {
        method: "POST",
        path: "/personal-links",
        valid: { purpose: "policy", scope: "all" },
        cases: [
          {
            what: "missing purpose",
            body: { scope: "all" },
            fields: { purpose: msg.invalid_value },
          },
          {
            what: "script as purpose",
            body: { purpose: SCRIPT, scope: "all" },
            fields: { purpose: msg.invalid_value },
          },
          {
            what: "CRLF in scope",
            body: { purpose: "policy", scope: "all\r\nx" },
            fields: { scope: msg.invalid_value },
          },
          {
            what: "chosen people without ids",
            body: { purpose: "policy", scope: "people" },
            fields: { personIds: msg.required },
          },
          {
            what: "string for days",
            body: { purpose: "policy", scope: "all", days: "90" },
            fields: { days: msg.invalid_type },
          },
          {
            what: "100 kB person id",
            body: { purpose: "policy", scope: "people", personIds: [LONG] },
            fields: { "personIds.0": null },
          },
          {
            what: "unknown field",
            body: { purpose: "policy", scope: "all", orgId: "x" },
            fields: { orgId: msg.unknown_field },
          },
        ],
      },
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
      // education: plans and courses
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
      // education: sessions and records
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
      // education: delivery
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

    const body = (res: LightMyRequestResponse) =>
      res.json() as { error: { code: string; message: string; fields?: Record<string, string> } };

    describe.each(writeRoutes)("$method $path", (w) => {
      it.each(w.cases)("refuses $what, naming the field, in Japanese and English", async (c) => {
        const id = w.prepare ? await helpers(orgId, owner)[w.prepare]() : undefined;
        const before = await auditTotal();
        const ja = await call(owner, w.method, url(w.path, orgId, id), c.body);
        expect(ja.statusCode, ja.body).toBe(400);
        expect(body(ja).error.code).toBe("VALIDATION_FAILED");
        expect(body(ja).error.message).toBe(JA);
        expect(Object.keys(body(ja).error.fields ?? {}).sort()).toEqual(
          Object.keys(c.fields).sort(),
        );
        for (const [field, expected] of Object.entries(c.fields)) {
          const got = body(ja).error.fields?.[field];
          if (expected === null) expect(got, field).toMatch(/[ぁ-んァ-ン一-龯]/);
          else expect(got, field).toBe(expected);
        }
        const en = await call(owner, w.method, url(w.path, orgId, id), c.body, "en");
        expect(en.statusCode).toBe(400);
        expect(body(en).error.message).toBe(EN);
        expect(Object.keys(body(en).error.fields ?? {}).sort()).toEqual(
          Object.keys(c.fields).sort(),
        );
        for (const message of Object.values(body(en).error.fields ?? {}))
          expect(message).toMatch(/^[\x20-\x7e]+$/);
        expect(await auditTotal()).toBe(before);
        expect(ja.body).not.toMatch(/at .*\.ts:\d+|node_modules/);
      });

      it("refuses a malformed JSON body (400, field body)", async () => {
        const id = w.prepare ? await helpers(orgId, owner)[w.prepare]() : undefined;
        const before = await auditTotal();
        for (const [lang, message] of [
          ["ja", JA],
          ["en", EN],
        ] as const) {
          const res = await t.app.inject({
            method: w.method,
            url: url(w.path, orgId, id),
            headers: {
              cookie: owner.cookie,
              ...sameOrigin,
              "content-type": "application/json",
              "accept-language": lang,
            },
            payload: `{"name": "${"x".repeat(10)}`,
          });
          expect(res.statusCode, res.body).toBe(400);
          expect(body(res).error.code).toBe("VALIDATION_FAILED");
          expect(body(res).error.message).toBe(message);
          expect(Object.keys(body(res).error.fields ?? {})).toEqual(["body"]);
        }
        expect(await auditTotal()).toBe(before);
      });

      it("refuses bad input from a role without the right with 400 or 403, never a change", async () => {
        // Validation runs before the guard: either answer is fine, as long as nothing changes.
        const id = w.prepare ? await helpers(orgId, owner)[w.prepare]() : undefined;
        const before = await auditTotal();
        const res = await call(users.member, w.method, url(w.path, orgId, id), w.cases[0]?.body);
        expect([400, 403]).toContain(res.statusCode);
        expect(await auditTotal()).toBe(before);
      });
    });

    it("refuses bad input when creating an organization", async () => {
      const cases: BadCase[] = [
        { what: "number", body: { name: 1 }, fields: { name: msg.invalid_type } },
        { what: "missing", body: {}, fields: { name: msg.required } },
        {
          what: "unknown",
          body: { name: "新会社", ownerId: "x" },
          fields: { ownerId: msg.unknown_field },
        },
        { what: "long", body: { name: LONG }, fields: { name: msg.too_long(200) } },
        { what: "script", body: { name: SCRIPT }, fields: { name: msg.html } },
      ];
      const before = (await call(owner, "GET", "/api/v1/orgs")).json().total;
      for (const c of cases) {
        const res = await call(owner, "POST", "/api/v1/orgs", c.body);
        expect(res.statusCode, c.what).toBe(400);
        expect(body(res).error.fields, c.what).toEqual(c.fields);
      }
      const mine = (await call(owner, "GET", "/api/v1/orgs")).json();
      expect(mine.total).toBe(before);
    });

    it("answers a body over the 1 MB limit with 413", async () => {
      const res = await call(owner, "POST", url("/departments"), { name: "x".repeat(1_100_000) });
      expect(res.statusCode).toBe(413);
      expect(body(res).error.code).toBe("PAYLOAD_TOO_LARGE");
    });
  });
});
