// What each page of the menu must offer a viewer, a member and a consultant (roles.ts): its
// main content, and its write controls with the roles that may use them, written by hand from
// src/core/access/permissions.ts. Also the watch that fails a page for a refused request, an
// error notice, a page error or the not-allowed notice.
import type { Page, Request } from "playwright-core";
import { assert, eventually, expectCount, expectVisible } from "../lib/expect.ts";
import type { Role, RoleUser, RoleWorld } from "./roles.ts";
import { roleUsers } from "./roles.ts";

type Control = {
  /** CSS selector, or one built from the signed-in user (their own task). */
  sel: string | ((u: RoleUser) => string);
  what: string;
  /** present: shown only to `roles`; enabled: shown to all, usable only by `roles`. */
  kind: "present" | "enabled";
  roles: Role[];
};

export type PageSpec = {
  /** The menu entry's key (nav-<key>). */
  key: string;
  /** The page's path under the organization, when it differs from the key. */
  path?: string;
  /** The page's h1 (= its menu label). */
  title: string;
  ready: string;
  summary: string;
  controls: Control[];
  /** A deeper look (a detail page or an opened editor) with its own controls. */
  deeper?: (w: RoleWorld) => Promise<void>;
  deeperWhat?: string;
};

const tid = (id: string) => `[data-testid="${id}"]`;
const prefix = (id: string) => `[data-testid^="${id}"]`;
const present = (sel: Control["sel"], what: string, roles: Role[]): Control => ({
  sel,
  what,
  kind: "present",
  roles,
});
const enabled = (sel: Control["sel"], what: string, roles: Role[]): Control => ({
  sel,
  what,
  kind: "enabled",
  roles,
});
const C: Role[] = ["consultant"];
const VC: Role[] = ["viewer", "consultant"];
const NONE: Role[] = [];
const EVERY: Role[] = ["viewer", "member", "consultant"];
const memberTask = () => roleUsers.get("member")?.taskId ?? "missing";

export async function checkControls(page: Page, user: RoleUser, controls: Control[]) {
  for (const c of controls) {
    const locator = page.locator(typeof c.sel === "string" ? c.sel : c.sel(user));
    const allowed = c.roles.includes(user.role);
    const what = `${c.what} (${user.role})`;
    if (c.kind === "present") {
      if (allowed) await expectVisible(locator.first(), what);
      else await expectCount(locator, 0, what);
      continue;
    }
    await expectVisible(locator.first(), what);
    await eventually(async () => {
      const on = await locator.first().isEnabled({ timeout: 1_000 });
      return on === allowed ? null : `${what}: ${on ? "usable" : "disabled"}`;
    });
  }
}

async function openFirstItem(w: RoleWorld) {
  const { page, user } = w;
  await page.getByTestId("inventory-open").first().click();
  await expectVisible(page.getByTestId("item-title"), "the item page");
  await checkControls(page, user, [
    present(tid("item-risks-link"), "the item's risk analysis link", VC),
    present(tid("item-delete"), "削除 of the item", C),
    present(tid("inventory-save"), "保存 of the item", C),
    enabled(`${tid("inventory-form")} input`, "the item's fields", C),
  ]);
  await page.getByTestId("item-tab-flow").click();
  await expectVisible(page.getByTestId("flow-diagram"), "the flow diagram");
  await checkControls(page, user, [present(tid("flow-save"), "保存 of the flow", C)]);
}

async function openFirstAssessment(w: RoleWorld) {
  const { page, user } = w;
  // The clauses are folded: open the first one, then its first item.
  await page.locator(prefix("clause-")).first().locator("button").first().click();
  await page
    .locator(`${prefix("assessment-toggle-")}:visible`)
    .first()
    .click();
  await expectVisible(page.locator(prefix("assessment-editor-")).first(), "an assessment");
  await checkControls(page, user, [present(tid("assessment-save"), "保存 of the assessment", C)]);
}

export const pages: PageSpec[] = [
  {
    key: "dashboard",
    title: "ホーム",
    ready: tid("dashboard-my-tasks"),
    summary: "own task can be ticked; the gauge only with readiness.read",
    controls: [
      present(tid("dashboard-gauge"), "the readiness gauge", VC),
      // The work plan needs readiness.read: without it the task is plain text, not a dead link.
      present(
        (u) => `${tid(`my-task-${u.taskId}`)} a[href$="/roadmap"]`,
        "the task's link to 作業計画",
        VC,
      ),
      enabled((u) => tid(`my-task-done-${u.taskId}`), "ticking one's own task", [
        "viewer",
        "member",
        "consultant",
      ]),
    ],
  },
  {
    key: "readiness",
    title: "審査準備度",
    ready: tid("readiness-score"),
    summary: "the steps proved by activity records link to 実施記録 (no checkbox to tick)",
    controls: [present(prefix("manual-check-"), "a checkbox that ticks a step", NONE)],
  },
  {
    key: "roadmap",
    title: "作業計画",
    ready: tid("roadmap-step-1"),
    summary: "planning only with roadmap.write; the assignee ticks their own task",
    controls: [
      present(tid("roadmap-plan-1"), "計画 of a step", C),
      present(tid("default-plan-open"), "the default plan again", C),
      present(tid("roadmap-add-task-5"), "作業を追加", C),
      present((u) => tid(`task-edit-${u.taskId}`), "editing a task", C),
      present((u) => tid(`task-delete-${u.taskId}`), "deleting a task", C),
      enabled((u) => tid(`task-done-${u.taskId}`), "ticking one's own task", VC),
      enabled(() => tid(`task-done-${memberTask()}`), "ticking the member's task", C),
    ],
  },
  {
    key: "profile",
    title: "事業者情報",
    ready: tid("profile-name"),
    summary: "read-only without org.update",
    controls: [
      present(tid("profile-save"), "保存", C),
      present(tid("office-add"), "事業所を追加", C),
      enabled(tid("profile-representative"), "the 代表者 field", C),
    ],
  },
  {
    key: "departments",
    title: "部門",
    ready: tid("department-row"),
    summary: "no add/edit/delete without departments.write",
    controls: [
      present(tid("department-add"), "部門を追加", C),
      present(tid("department-edit"), "editing a department", C),
      present(tid("department-delete"), "deleting a department", C),
    ],
  },
  {
    key: "people",
    title: "従業者",
    ready: tid("person-row"),
    summary: "export for readers; add/import only with people.write",
    controls: [
      present(tid("people-export-button"), "Excel出力", VC),
      present(tid("people-import-button"), "インポート", C),
      present(tid("person-add"), "追加", C),
    ],
  },
  {
    key: "appointments",
    title: "個人情報保護体制",
    ready: tid("org-chart"),
    summary: "no appointing/ending without appointments.write",
    controls: [
      present(tid("appointment-add"), "任命", C),
      present(tid("appointment-edit"), "editing an appointment", C),
      present(tid("appointment-end"), "ending a term", C),
      present(tid("appointment-delete"), "deleting an appointment", C),
    ],
  },
  {
    key: "inventory",
    title: "個人情報管理台帳",
    ready: tid("inventory-row"),
    summary: "exports for readers; add/import/edit only with inventory.write",
    controls: [
      present(tid("inventory-export-xlsx"), "Excel出力", VC),
      present(tid("inventory-export-pdf"), "PDF出力", VC),
      present(tid("inventory-import"), "Excelから取り込む", C),
      present(tid("inventory-new"), "追加", C),
      present(`${tid("inventory-row")} input[type="checkbox"]`, "row selection", C),
    ],
    deeper: openFirstItem,
    deeperWhat: "an item and its flow",
  },
  {
    key: "legal",
    title: "法令等一覧",
    ready: tid("legal-row"),
    summary: "no catalogue/own entries or editing without legal.write",
    controls: [
      present(tid("legal-add-catalogue"), "カタログから追加", C),
      present(tid("legal-add-own"), "独自に追加", C),
      present(tid("legal-open"), "opening an entry to edit", C),
      present(tid("legal-name"), "the entry's name as plain text", ["viewer"]),
    ],
  },
  {
    key: "risks",
    title: "リスク分析",
    ready: tid("risk-row"),
    summary: "matrix with riskMatrix.write, rows with inventory.write, acceptance never",
    controls: [
      present(tid("risks-heatmap"), "the heat map", VC),
      present(tid("risks-export-xlsx"), "Excel出力", VC),
      present(tid("risk-needs-action"), "a risk open to acceptance (要対応)", VC),
      present(tid("matrix-open"), "マトリクス設定", C),
      present(tid("suggestions-open"), "提案から追加", C),
      present(tid("risk-new"), "追加", C),
      present(tid("risk-edit"), "editing a risk", C),
      present(tid("risk-delete"), "deleting a risk", C),
      // risks.accept is the owner's and admin's only (a management decision).
      present(tid("risk-accept"), "受容", NONE),
      present(tid("risk-withdraw"), "受容の取消", NONE),
    ],
  },
  {
    key: "assessments",
    title: "要求事項の評価",
    ready: tid("assessment-counts"),
    summary: "saving an assessment only with assessments.write",
    controls: [],
    deeper: openFirstAssessment,
    deeperWhat: "an opened assessment",
  },
  {
    key: "obligations",
    title: "定期の義務（PDCA）",
    ready: tid("obligations-now"),
    summary: "the feed's rotate/revoke only with obligations.write; duties link to 実施記録",
    controls: [
      present(tid("calendar-feed-state"), "the feed's state", VC),
      // Recording is done on 実施記録 (its own permissions); the link is there for every reader.
      present(prefix("obligation-open-"), "the link to where a duty is recorded", VC),
      present(tid("calendar-feed-create"), "the feed's (re)issue", C),
      present(tid("calendar-feed-revoke"), "the feed's revoke", C),
    ],
  },
  {
    key: "education",
    title: "教育",
    // The demo company's plan (last year's education, done but for three people).
    ready: tid("education-plan"),
    summary: "the plan and its courses; writing with education.write, approving and assigning not",
    controls: [
      present(tid("education-plan-new"), "新しい年度の計画", C),
      present(tid("education-course-add"), "コースを追加", C),
      present(tid("education-plan-copy"), "翌年度へコピー", C),
    ],
    deeper: async (w) => {
      const { page, user } = w;
      await page.getByTestId("education-tab-tracking").click();
      await expectVisible(page.getByTestId("edu-tracking-counts"), "the progress counts");
      // Assigning mails personal links: education.distribute, the organization's own office.
      await checkControls(page, user, [
        present(tid("edu-tracking-assign"), "受講を割り当てる", NONE),
        present(tid("edu-tracking-sync"), "入退社を反映", NONE),
      ]);
      await page.getByTestId("education-tab-sessions").click();
      await checkControls(page, user, [present(tid("edu-session-add"), "研修を追加", C)]);
    },
    deeperWhat: "受講状況 and 研修",
  },
  {
    key: "documents",
    title: "文書管理",
    // Readers of documents see the register; a member the internal documents in force.
    ready: `${tid("doc-table")}, ${tid("doc-published")}`,
    summary:
      "the register (documents.read) or the documents in force; 新規作成 with documents.write",
    controls: [
      present(tid("doc-add"), "新規作成", C),
      present(tid("doc-table"), "the register", VC),
    ],
  },
  {
    key: "activities",
    title: "実施記録",
    ready: tid("activity-table"),
    summary: "recording only with activities.write; approving only by the named approver",
    controls: [
      present(tid("activity-add"), "記録する", C),
      present(prefix("activity-delete-"), "削除 of a record", C),
    ],
  },
  {
    key: "approvals",
    title: "承認待ち",
    ready: tid("awaiting-list"),
    summary: "the records waiting for one's own approval (none here), for a member too",
    controls: [],
  },
  {
    key: "audit",
    title: "監査ログ",
    ready: tid("audit-row"),
    summary: "the log with its filters",
    controls: [present(tid("audit-filter-entity"), "the filter", VC)],
  },
  {
    key: "members",
    title: "メンバーと招待",
    ready: tid("member-row"),
    summary: "the list, but no invitations or role changes without members.manage",
    controls: [
      present(tid("invite-email"), "招待", NONE),
      present(tid("invitations-table"), "the invitations", NONE),
      present(tid("member-role"), "changing a role", NONE),
      present(tid("member-remove"), "removing a member", NONE),
    ],
  },
  {
    key: "notifications",
    title: "お知らせ",
    ready: tid("notifications-filter"),
    summary: "one's own list and preference, for every role",
    controls: [
      present(tid("notification-preference-save"), "saving the preference", EVERY),
      present(tid("notifications-read-all"), "すべて既読にする", EVERY),
    ],
  },
  {
    key: "personal-links",
    title: "本人用リンク",
    ready: tid("links-total"),
    summary: "the list of links, but no issuing or revoking without personalLinks.manage",
    controls: [
      present(tid("links-once"), "the note that URLs are shown once", VC),
      present(tid("links-issue"), "リンクを発行", NONE),
      present(tid("links-revoke"), "無効にする", NONE),
    ],
  },
  {
    key: "acknowledgements",
    path: "document-acknowledgements",
    title: "周知・誓約",
    ready: tid("ack-sends-total"),
    summary: "the documents sent out, but no sending without documents.distribute",
    controls: [present(tid("ack-send-open-dialog"), "周知・誓約を依頼", NONE)],
  },
  {
    key: "public-page",
    title: "公開ページ",
    ready: tid("page-doc-policy"),
    summary: "the page's state; saving with org.update, drafting 公表事項 with documents.write",
    controls: [
      present(tid("page-save"), "保存", C),
      present(tid("page-draft-disclosure"), "公表事項を作成", C),
    ],
  },
  {
    key: "inquiries",
    title: "お問い合わせ",
    ready: tid("inquiries-total"),
    summary: "the list of inquiries (inquiries.read), read-only",
    controls: [present(tid("inquiries-search"), "the search", ["viewer"])],
  },
];

const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** Watches one page: API requests in flight, refused ones and page errors since reset(). */
export class PageWatch {
  failures: string[] = [];
  urls: string[] = [];
  private readonly inflight = new Set<Request>();

  constructor(private readonly page: Page) {
    page.on("request", (r) => {
      if (!isApi(r.url())) return;
      this.inflight.add(r);
      this.urls.push(`${r.method()} ${pathOf(r.url())}`);
    });
    page.on("requestfinished", (r) => this.inflight.delete(r));
    page.on("requestfailed", (r) => this.inflight.delete(r));
    page.on("response", (r) => {
      if (isApi(r.url()) && r.status() >= 400)
        this.failures.push(`${r.request().method()} ${pathOf(r.url())} → ${r.status()}`);
    });
    page.on("pageerror", (err) => this.failures.push(`page error: ${err.message}`));
  }

  reset(): void {
    this.failures = [];
    this.urls = [];
  }

  /** Waits until no API request has been in flight for 300 ms, then checks nothing failed. */
  async quietAndClean(what: string, opts: { allowForbiddenText?: boolean } = {}): Promise<void> {
    const deadline = Date.now() + 10_000;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (this.inflight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 300) break;
      await new Promise((r) => setTimeout(r, 50)); // polling interval
    }
    assert(this.inflight.size === 0, `${what}: requests still running after 10 s`);
    assert(this.failures.length === 0, `${what}: ${this.failures.join("; ")}`);
    const notices = await this.page.locator(".mantine-Notification-root").allInnerTexts();
    assert(notices.length === 0, `${what}: notices shown: ${notices.join(" / ")}`);
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the visible text is wanted
    const main = await this.page.locator("main").innerText();
    assert(!main.includes("Unexpected Application Error"), `${what}: the page crashed`);
    if (!opts.allowForbiddenText)
      assert(!main.includes("権限がありません"), `${what}: a not-allowed notice is shown`);
  }
}
