// Issue 4: the organization of the main scenario seen as a viewer, a member and a consultant.
// The owner invites them and gives each a task of the work plan (API); each signs up and
// accepts (API), then opens every page of the menu in the browser. Every page must render
// without a refused request or an error notice, hide or disable the writes the role lacks and
// offer the ones it has. The expectations are written by hand from
// src/core/access/permissions.ts (viewer: read everything; member: the PMS structure only;
// consultant: everything but members.manage and risks.accept).
import { type Browser, type BrowserContext, type Page, request } from "playwright-core";
import {
  assert,
  assertEqual,
  clickForResponse,
  expectHidden,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { need, orgApi, type World } from "../lib/world.ts";
import { checkControls, type PageSpec, PageWatch, pages } from "./roles-pages.ts";

export type Role = "viewer" | "member" | "consultant";
export const ROLES: readonly Role[] = ["viewer", "member", "consultant"];

type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];
export type RoleUser = {
  role: Role;
  id: string;
  name: string;
  email: string;
  cookies: Cookie[];
  /** The work-plan task the owner assigned to this user. */
  taskId: string;
};
export type RoleWorld = { page: Page; baseUrl: string; orgId: string; user: RoleUser };

/** Who was created, by role (the viewer's step also looks at the member's task). */
export const roleUsers = new Map<Role, RoleUser>();

const NAMES: Record<Role, string> = {
  viewer: "閲覧 花子",
  member: "一般 次郎",
  consultant: "支援 三郎",
};

/** The menu entries each role sees (permissions.ts: `permission` of each nav line). */
const NAV: Record<Role, string[]> = {
  viewer: [
    "dashboard",
    "readiness",
    "roadmap",
    "profile",
    "departments",
    "people",
    "appointments",
    "inventory",
    "legal",
    "risks",
    "documents",
    "assessments",
    "obligations",
    // 教育 with education.read (plans, courses, progress, reports; writing is the office's).
    "education",
    "audit",
    "members",
    "notifications",
    "personal-links",
    // 周知・誓約 with documents.read (sending takes documents.distribute).
    "acknowledgements",
    // 公開ページ with documents.read; お問い合わせ with inquiries.read (not consultants).
    "public-page",
    "inquiries",
  ],
  // A member may be named approver of an activity record (a president): 承認待ち. Every member
  // reads the internal documents in force (文書管理).
  member: [
    "dashboard",
    "profile",
    "departments",
    "appointments",
    "documents",
    "approvals",
    "notifications",
  ],
  consultant: [
    "dashboard",
    "readiness",
    "roadmap",
    "profile",
    "departments",
    "people",
    "appointments",
    "inventory",
    "legal",
    "risks",
    "documents",
    "assessments",
    "obligations",
    "education",
    "audit",
    "members",
    "notifications",
    "personal-links",
    "acknowledgements",
    "public-page",
  ],
};

/** Signs a new user up and accepts the invitation with a request context of its own. */
async function joinAs(owner: World, role: Role, run: string): Promise<RoleUser> {
  const email = `e2e-${run}-${role}@example.com`;
  const invitation = await orgApi<{ id: string; link: string }>(owner, "POST", "/invitations", {
    email,
    role,
  });
  // The link is /invite/<id>/<secret>; accepting needs the secret.
  const token = invitation.link.split("/").pop() ?? "";
  const api = await request.newContext({
    baseURL: owner.baseUrl,
    extraHTTPHeaders: { Origin: owner.baseUrl, Accept: "application/json" },
  });
  try {
    const signUp = await api.post("/api/auth/sign-up/email", {
      data: { name: NAMES[role], email, password: owner.user.password },
    });
    assertEqual(signUp.status(), 200, `sign-up of the ${role}`);
    const id = ((await signUp.json()) as { user: { id: string } }).user.id;
    const accept = await api.post(`/api/v1/invitations/${invitation.id}/accept`, {
      data: { token },
    });
    assertEqual(accept.status(), 200, `the ${role} accepts the invitation`);
    const task = await orgApi<{ id: string }>(owner, "POST", "/roadmap/tasks", {
      step: 5,
      title: `${NAMES[role]}さんの確認作業`,
      assigneeUserId: id,
    });
    const { cookies } = await api.storageState();
    return { role, id, name: NAMES[role], email, cookies, taskId: task.id };
  } finally {
    await api.dispose();
  }
}

/** The owner's step (end of the main scenario): three members and a calendar feed. */
export const inviteRoleUsers: Step<World> = {
  name: "the owner invites a viewer, a member and a consultant; each signs up and accepts (API)",
  run: async (w) => {
    need(w.orgId, "organization id");
    const run = Date.now().toString(36);
    for (const role of ROLES) roleUsers.set(role, await joinAs(w, role, run));
    // A feed exists, so that its revoke button is there for the roles that may use it.
    await orgApi(w, "POST", "/calendar-feed");
    // A risk open to acceptance is listed, so that a missing 受容 button means something (the
    // demo register has such rows; an empty organization gets one on the e2e item).
    const open = await orgApi<{ total: number }>(w, "GET", "/risks?unaccepted=true");
    if (open.total === 0)
      await orgApi(w, "POST", "/risks", {
        itemId: need(w.item, "the e2e item").id,
        phase: "storage_backup",
        kind: "leak",
        description: "保管中の書類を第三者に見られる（e2e）",
        likelihood: 3,
        impact: 3,
      });
    const members = await orgApi<{ items: { email: string; role: string }[] }>(
      w,
      "GET",
      "/members",
    );
    for (const role of ROLES) {
      const m = members.items.find((x) => x.email === roleUsers.get(role)?.email);
      assertEqual(m?.role, role, `the new member's role (${role})`);
    }
  },
};

const openOrg: Step<RoleWorld> = {
  name: "open the organization: ホーム, and the menu shows only the entries the role may use",
  run: async (w) => {
    const { page, user } = w;
    await page.goto(`${w.baseUrl}/orgs/${w.orgId}`);
    await expectUrl(page, /\/dashboard$/, "the first page");
    await expectText(page.locator("main h1"), "ホーム", "page title");
    const visible = NAV[user.role];
    for (const key of new Set(Object.values(NAV).flat())) {
      const entry = page.getByTestId(`nav-${key}`);
      if (visible.includes(key)) await expectVisible(entry, `menu entry ${key}`);
      else assertEqual(await entry.count(), 0, `menu entries ${key} for a ${user.role}`);
    }
  },
};

function pageStep(spec: PageSpec, watch: PageWatch): Step<RoleWorld> {
  return {
    name: `${spec.title}: renders, ${spec.summary}`,
    run: async (w) => {
      const { page } = w;
      watch.reset();
      await page.getByTestId(`nav-${spec.key}`).click();
      await expectUrl(page, new RegExp(`/orgs/${w.orgId}/${spec.path ?? spec.key}$`), spec.title);
      await expectText(page.locator("main h1"), spec.title, "page title");
      await expectVisible(page.locator(spec.ready).first(), `${spec.title}'s main content`);
      await watch.quietAndClean(spec.title);
      await checkControls(page, w.user, spec.controls);
      if (spec.deeper) {
        await spec.deeper(w);
        await watch.quietAndClean(`${spec.title} (${spec.deeperWhat ?? "deeper"})`);
      }
    },
  };
}

/** A member opening a page of another role by its address gets a notice, not a failure. */
const memberForbiddenUrl = (watch: PageWatch): Step<RoleWorld> => ({
  name: "opening 従業者 by its address: a notice that the role may not, no request refused",
  run: async (w) => {
    const { page } = w;
    watch.reset();
    await page.goto(`${w.baseUrl}/orgs/${w.orgId}/people`);
    await expectText(page.locator("main"), "この操作を行う権限がありません", "the notice");
    assertEqual(await page.getByTestId("person-row").count(), 0, "people rows");
    await watch.quietAndClean("従業者 by address", { allowForbiddenText: true });
    assert(!watch.urls.some((u) => u.includes("/people")), "the people list was not requested");
  },
});

/** The assignee ticks their own task off on ホーム (member) — allowed to every member. */
const tickOwnTaskHome: Step<RoleWorld> = {
  name: "ホーム: the member ticks their own task off (allowed to the assignee)",
  run: async (w) => {
    const { page, user } = w;
    await page.getByTestId("nav-dashboard").click();
    const box = page.getByTestId(`my-task-done-${user.taskId}`);
    const res = await clickForResponse(
      page,
      box,
      (r) => r.request().method() === "PATCH" && r.url().endsWith(`/roadmap/tasks/${user.taskId}`),
    );
    assertEqual(res.status(), 200, "PATCH own task status");
    await expectHidden(page.getByTestId(`my-task-${user.taskId}`), "the task ticked off");
  },
};

/** The viewer ticks their own task on the work plan; the member's task stays locked. */
const tickOwnTaskRoadmap: Step<RoleWorld> = {
  name: "作業計画: the viewer ticks their own task off; someone else's stays locked",
  run: async (w) => {
    const { page, user } = w;
    await page.getByTestId("nav-roadmap").click();
    const box = page.getByTestId(`task-done-${user.taskId}`);
    const res = await clickForResponse(
      page,
      box,
      (r) => r.request().method() === "PATCH" && r.url().endsWith(`/roadmap/tasks/${user.taskId}`),
    );
    assertEqual(res.status(), 200, "PATCH own task status");
    await expectText(page.getByTestId(`task-${user.taskId}`), "完了", "the task's done day");
    const other = need(roleUsers.get("member"), "the member").taskId;
    assert(
      await page.getByTestId(`task-done-${other}`).isDisabled(),
      "the member's task is locked",
    );
  },
};

/** The consultant may change the risk matrix: the dialog opens (and is closed unchanged). */
const consultantOpensMatrix: Step<RoleWorld> = {
  name: "リスク分析: the consultant opens the matrix settings (riskMatrix.write)",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-risks").click();
    await page.getByTestId("matrix-open").click();
    const modal = page.getByTestId("matrix-modal");
    await expectVisible(modal, "the matrix dialog");
    await expectVisible(page.getByTestId("matrix-save"), "its save button");
    await page.keyboard.press("Escape");
    await expectHidden(modal, "the matrix dialog");
  },
};

function stepsFor(user: RoleUser, watch: PageWatch): Step<RoleWorld>[] {
  const visible = pages.filter((p) => NAV[user.role].includes(p.key));
  const steps = [openOrg, ...visible.map((p) => pageStep(p, watch))];
  if (user.role === "member") steps.push(memberForbiddenUrl(watch), tickOwnTaskHome);
  if (user.role === "viewer") steps.push(tickOwnTaskRoadmap);
  if (user.role === "consultant") steps.push(consultantOpensMatrix);
  return steps;
}

/** One scenario per role, each in a fresh browser context of the same browser. */
export async function roleScenarios(
  runner: Runner,
  owner: World,
  browser: Browser,
  open: OpenPage,
): Promise<void> {
  if (runner.stopped) return;
  const setUp = await runner.scenario("Issue 4: members with other roles", owner.page, owner, [
    inviteRoleUsers,
  ]);
  if (!setUp) return;
  for (const role of ROLES) {
    const user = need(roleUsers.get(role), role);
    const { context, page } = await open(browser, owner.baseUrl);
    try {
      await context.addCookies(user.cookies);
      const watch = new PageWatch(page);
      const w: RoleWorld = { page, baseUrl: owner.baseUrl, orgId: owner.orgId, user };
      await runner.scenario(`Issue 4 as a ${role} (${user.name})`, page, w, stepsFor(user, watch));
    } finally {
      await context.close();
    }
  }
}
