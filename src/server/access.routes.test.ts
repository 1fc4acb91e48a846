// The access matrix: every /api/v1/orgs/:orgId/* route, called by a user of another
// organization (404, nothing revealed), by each of the 7 access roles (403 exactly where the
// role lacks the action), and anonymously (401). Then bad input for every write route.
// The allowed roles of each route are written by hand, not derived from permissions.ts.
// Every other route the app registers is in a second hand-written list, `outside`, with who
// may call it; a route in neither list fails "accounts for every route the app registers".
// The rows live in src/server/access-matrix/: one file per capability (its routes with their
// roles, its records addressed across organizations, its bad input), outside.ts, and the
// shapes of all of them in types.ts. This file puts them together and runs them.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AccessRole, accessRoles, can } from "../core/access/permissions.ts";
import {
  dbKinds,
  invitationToken,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../test/harness.ts";
import * as activities from "./access-matrix/activities.ts";
import * as documents from "./access-matrix/documents.ts";
import * as documentsDistribution from "./access-matrix/documents-distribution.ts";
import * as educationDelivery from "./access-matrix/education-delivery.ts";
import * as educationPlans from "./access-matrix/education-plans.ts";
import * as educationRecords from "./access-matrix/education-records.ts";
import * as inventory from "./access-matrix/inventory.ts";
import * as legal from "./access-matrix/legal.ts";
import * as mail from "./access-matrix/mail.ts";
import * as members from "./access-matrix/members.ts";
import * as notifications from "./access-matrix/notifications.ts";
import * as operations from "./access-matrix/operations.ts";
import * as organization from "./access-matrix/organization.ts";
import { outside } from "./access-matrix/outside.ts";
import * as people from "./access-matrix/people.ts";
import * as personalLinks from "./access-matrix/personal-links.ts";
import * as publicPage from "./access-matrix/public-page.ts";
import * as readiness from "./access-matrix/readiness.ts";
import * as risks from "./access-matrix/risks.ts";
import * as roadmap from "./access-matrix/roadmap.ts";
import { ALL, LONG, msg, ORG_NAME, SCRIPT } from "./access-matrix/shared.ts";
import type {
  BadCase,
  Helpers,
  Method,
  OutsideHelpers,
  OutsideRoute,
  Prepared,
  Route,
  TenantCase,
  WriteRoute,
} from "./access-matrix/types.ts";

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

// A capability's rows sit together in each list. The routes run in the order the single
// table had; the capabilities come in a different order in each list, as they always have.
const routes: Route[] = [
  ...organization.routes,
  ...people.routes,
  ...inventory.routes,
  ...risks.routes,
  ...legal.routes,
  ...readiness.routes,
  ...activities.routes,
  ...documents.routes,
  ...documentsDistribution.routes,
  ...educationPlans.routes,
  ...educationRecords.routes,
  ...roadmap.routes,
  ...operations.routes,
  ...members.routes,
  ...notifications.routes,
  ...mail.routes,
  ...personalLinks.routes,
  ...publicPage.routes,
  ...educationDelivery.routes,
];
const tenantCases: TenantCase[] = [
  ...organization.tenantCases,
  ...people.tenantCases,
  ...members.tenantCases,
  ...activities.tenantCases,
  ...documents.tenantCases,
  ...mail.tenantCases,
  ...inventory.tenantCases,
  ...risks.tenantCases,
  ...legal.tenantCases,
  ...roadmap.tenantCases,
  ...notifications.tenantCases,
  ...personalLinks.tenantCases,
  ...publicPage.tenantCases,
  ...educationPlans.tenantCases,
  ...educationRecords.tenantCases,
];
const writeRoutes: WriteRoute[] = [
  ...organization.badInput,
  ...people.badInput,
  ...inventory.badInput,
  ...risks.badInput,
  ...legal.badInput,
  ...readiness.badInput,
  ...roadmap.badInput,
  ...activities.badInput,
  ...documents.badInput,
  ...documentsDistribution.badInput,
  ...members.badInput,
  ...notifications.badInput,
  ...personalLinks.badInput,
  ...publicPage.badInput,
  ...educationPlans.badInput,
  ...educationRecords.badInput,
  ...educationDelivery.badInput,
];

const ORG_PREFIX = "/api/v1/orgs/:orgId";
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
    it.each(tenantCases)(
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
