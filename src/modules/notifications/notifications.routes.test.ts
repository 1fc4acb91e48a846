// Notifications through the real HTTP routes and the real write path: notifyUsers and
// notifyRoles inside writeInOrg, the member.joined notification when an invitation is accepted,
// the caller's list, unread count, marking read and the preference — each only ever the
// caller's own rows in the caller's organization.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessRole } from "../../core/access/permissions.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { recordNoChange } from "../audit/index.ts";
import { defineNotificationKind } from "./notification-kinds.ts";
import { dutyReminder, memberJoined } from "./notifications.kinds.ts";
import { notificationMail } from "./notifications.mail.ts";
import { notifyFromJob, notifyRoles, notifyUsers } from "./notifications.notify.ts";

type Item = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
};
type List = { items: Item[]; total: number; nextCursor: string | null };

// A kind of the tests' own, whose text is the payload's value as it is.
const echo = defineNotificationKind<{ text: string; path?: string }>({
  id: "test.echo",
  title: (lang, p) => (lang === "ja" ? `題: ${p.text}` : `Title: ${p.text}`),
  body: (_lang, p) => `本文 ${p.text}`,
  link: (p) => p.path ?? "dashboard",
});

describe.each(dbKinds)("notifications (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;

  const ctxOf = (org: string, user: TestUser, role: AccessRole = "owner"): OrgContext => ({
    orgId: org,
    userId: user.id,
    userName: user.name,
    role,
  });
  /** notifyUsers in a write of its own (as a capability's write would call it). */
  async function notify(userIds: string[], text: string, org = orgId, path?: string) {
    const ctx = ctxOf(org, owner);
    return writeInOrg(t.database.db, ctx, async (tx) => {
      const r = await notifyUsers(tx, ctx, { userIds, kind: echo, payload: { text, path } });
      await recordNoChange(tx, ctx);
      return r;
    });
  }
  async function list(user: TestUser, query = "", lang = "ja", org = orgId): Promise<List> {
    const res = await t.as(user, lang).get(`/api/v1/orgs/${org}/notifications${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  async function unread(user: TestUser, org = orgId): Promise<number> {
    const res = await t.as(user).get(`/api/v1/orgs/${org}/notifications/unread-count`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().count;
  }
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  const rowCount = async (org = orgId) =>
    Number(
      (
        await t.database.query<{ n: string }>(
          "select count(*) as n from notification where org_id = $1",
          [org],
        )
      )[0]?.n,
    );

  type Mail = { to_address: string; to_name: string | null; lang: string; subject: string };
  /** Notification mails queued in the organization's outbox, oldest first. */
  const mails = (org = orgId) =>
    t.database.query<Mail & { payload: Record<string, string> }>(
      `select to_address, to_name, lang, subject, payload from mail_outbox
        where org_id = $1 and template = 'notifications.notice' order by created_at, to_address`,
      [org],
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("通知 所有者");
    orgId = await t.createOrg(owner, "株式会社つうち");
    base = `/api/v1/orgs/${orgId}`;
    admin = await t.signUp("通知 管理者");
    await t.addMember(owner, orgId, admin, "admin");
    viewer = await t.signUp("通知 閲覧者");
    await t.addMember(owner, orgId, viewer, "viewer");
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  describe("member.joined on invitation acceptance", () => {
    it("tells owners and admins who joined, not the newcomer nor other roles", async () => {
      // beforeAll: admin joined (owner told), then viewer joined (owner and admin told).
      const ownerList = await list(owner);
      const joined = ownerList.items.filter((n) => n.kind === "member.joined");
      expect(joined.map((n) => n.body)).toEqual([
        "通知 閲覧者 さんが招待を承諾し、「閲覧のみ」として参加しました。",
        "通知 管理者 さんが招待を承諾し、「管理者（PMS事務局）」として参加しました。",
      ]);
      expect(joined[0]).toMatchObject({
        title: "メンバーが参加しました",
        link: `/orgs/${orgId}/members`,
        readAt: null,
      });
      const adminList = await list(admin);
      expect(adminList.items.map((n) => n.body)).toEqual([
        "通知 閲覧者 さんが招待を承諾し、「閲覧のみ」として参加しました。",
      ]);
      expect((await list(viewer)).total).toBe(0);
      const en = await list(owner, "", "en");
      expect(en.items[0]).toMatchObject({
        title: "A member joined",
        body: "通知 閲覧者 accepted the invitation and joined as Read-only.",
      });
    });

    it("joins and notifies in one transaction: the event and the rows belong together", async () => {
      const before = await rowCount();
      const manager = await t.signUp("通知 部門長");
      await t.addMember(owner, orgId, manager, "manager");
      expect(await rowCount()).toBe(before + 2); // owner and admin
      const events = (await t.as(owner).get(`${base}/audit-events?entity=member&limit=1`)).json();
      expect(events.items[0]).toMatchObject({ action: "join" });
    });
  });

  describe("notifyUsers and notifyRoles", () => {
    it("writes one row per listed member with one shared id, skipping non-members", async () => {
      const before = await rowCount();
      const r = await notify([owner.id, viewer.id, viewer.id, outsider.id, "no-such-user"], "一件");
      expect(r.recipients.map((x) => x.userId).sort()).toEqual([owner.id, viewer.id].sort());
      expect(await rowCount()).toBe(before + 2);
      expect(await rowCount(otherOrg)).toBe(0);
      const mine = (await list(viewer)).items[0];
      expect(mine).toMatchObject({ id: r.id, title: "題: 一件", body: "本文 一件" });
      expect((await list(owner)).items[0]?.id).toBe(r.id);
    });

    it("reports each recipient's channel and mail language (default: mail too, Japanese)", async () => {
      await t.as(admin).put(`${base}/notification-preference`, { channel: "in_app", lang: "en" });
      const r = await notify([owner.id, admin.id], "経路");
      const byUser = Object.fromEntries(r.recipients.map((x) => [x.userId, x]));
      expect(byUser[owner.id]).toMatchObject({ channel: "mail", lang: "ja", email: owner.email });
      expect(byUser[admin.id]).toMatchObject({ channel: "in_app", lang: "en", email: admin.email });
      await t.as(admin).put(`${base}/notification-preference`, { channel: "mail" });
    });

    it("notifies members by role, leaving out the excepted users", async () => {
      const ctx = ctxOf(orgId, owner);
      const r = await writeInOrg(t.database.db, ctx, async (tx) => {
        const out = await notifyRoles(tx, ctx, {
          roles: ["owner", "viewer"],
          kind: echo,
          payload: { text: "役割" },
          exceptUserIds: [owner.id],
        });
        await recordNoChange(tx, ctx);
        return out;
      });
      expect(r.recipients.map((x) => x.userId)).toEqual([viewer.id]);
      expect((await list(viewer)).items[0]?.title).toBe("題: 役割");
      expect((await list(owner)).items[0]?.title).not.toBe("題: 役割");
    });

    it("writes nothing when the change it belongs to rolls back", async () => {
      const before = await rowCount();
      const ctx = ctxOf(orgId, owner);
      await expect(
        writeInOrg(t.database.db, ctx, async (tx) => {
          await notifyUsers(tx, ctx, { userIds: [owner.id], kind: echo, payload: { text: "x" } });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      expect(await rowCount()).toBe(before);
    });

    it("notifies from a job in a write of its own, with no audit event", async () => {
      const audit = await auditTotal();
      const r = await notifyFromJob(t.database.db, orgId, {
        roles: ["owner"],
        kind: dutyReminder,
        payload: {
          dutyId: "education",
          dutyTitle: { ja: "教育", en: "Training" },
          dueOn: "2026-12-20",
          days: 14,
        },
      });
      expect(r.recipients.map((x) => x.userId)).toEqual([owner.id]);
      expect(await auditTotal()).toBe(audit);
      expect((await list(owner)).items[0]).toMatchObject({
        title: "あと14日: 全従業者への教育",
        body: "期限は 2026年12月20日 です。実施したら記録してください。",
        // The duty's page: education is done on the 教育 page.
        link: `/orgs/${orgId}/education`,
      });
    });

    it("refuses an undefined kind and a link that could leave the app", async () => {
      const ctx = ctxOf(orgId, owner);
      const stray = { ...memberJoined, id: "test.never-defined" };
      const attempt = (fn: Parameters<typeof writeInOrg>[2]) => writeInOrg(t.database.db, ctx, fn);
      await expect(
        attempt((tx) =>
          notifyUsers(tx, ctx, {
            userIds: [owner.id],
            kind: stray,
            payload: { memberName: "x", role: "owner" },
          }),
        ),
      ).rejects.toThrow(/not defined/);
      for (const path of ["//evil.example", "https://evil.example", "../x", "/abs", "a b"]) {
        const before = await rowCount();
        await expect(
          attempt((tx) =>
            notifyUsers(tx, ctx, { userIds: [owner.id], kind: echo, payload: { text: "x", path } }),
          ),
          path,
        ).rejects.toThrow(/not an in-app path/);
        expect(await rowCount()).toBe(before);
      }
    });

    it("returns HTML in payload values as plain text, never as markup", async () => {
      const script = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
      await notify([viewer.id], script);
      const res = await t.as(viewer).get(`${base}/notifications?limit=1`);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      const item = (res.json() as List).items[0];
      // The text is the value itself; the web app renders it as text (React escapes it).
      expect(item?.title).toBe(`題: ${script}`);
    });
  });

  describe("mail", () => {
    it("queues a mail for members who want mail and have a usable address, in their language", async () => {
      // A member whose account address the outbox refuses, and one who chose the app only.
      const odd = "odd-address-user";
      await t.database.query(`insert into "user" (id, name, email) values ($1, $2, $3)`, [
        odd,
        "住所 なし",
        "not-an-address",
      ]);
      await t.database.query(
        "insert into member (id, organization_id, user_id, role) values ($1, $2, $3, 'viewer')",
        [`m-${odd}`, orgId, odd],
      );
      const pref = `${base}/notification-preference`;
      await t.as(admin).put(pref, { channel: "in_app" });
      await t.as(viewer).put(pref, { channel: "mail", lang: "en" });
      const before = (await mails()).length;

      const r = await notify([owner.id, admin.id, viewer.id, odd], "メール確認");
      expect(r.recipients).toHaveLength(4);
      expect(r.mailsQueued).toBe(2);
      const queued = (await mails()).slice(before);
      expect(queued.map((m) => [m.to_address, m.lang, m.subject]).sort()).toEqual(
        [
          [owner.email, "ja", "【mamori】題: メール確認"],
          [viewer.email, "en", "[mamori] Title: メール確認"],
        ].sort(),
      );
      const toOwner = queued.find((m) => m.to_address === owner.email);
      expect(toOwner?.to_name).toBe(owner.name);
      expect(toOwner?.payload).toEqual({
        title: "題: メール確認",
        body: "本文 メール確認",
        url: `http://localhost:3000/orgs/${orgId}/dashboard`,
      });
      // Everyone still has the notification in the app.
      expect((await list(admin)).items[0]?.id).toBe(r.id);
      await t.as(admin).put(pref, { channel: "mail" });
      await t.as(viewer).put(pref, { channel: "mail" });
    });

    it("mails owners and admins who joined (member.joined), with the members page link", async () => {
      const before = (await mails()).length;
      const newcomer = await t.signUp("メール 新人");
      await t.addMember(owner, orgId, newcomer, "auditor");
      const queued = (await mails()).slice(before);
      expect(queued.map((m) => m.to_address).sort()).toEqual([owner.email, admin.email].sort());
      expect(queued[0]?.subject).toBe("【mamori】メンバーが参加しました");
      expect(queued[0]?.payload.url).toBe(`http://localhost:3000/orgs/${orgId}/members`);
      expect(queued.map((m) => m.to_address)).not.toContain(newcomer.email);
    });

    it("escapes HTML in the values of the mail's HTML part", () => {
      const payload = {
        title: `<script>alert(1)</script>`,
        body: `<img src=x onerror=alert(1)> & "q"`,
        url: `http://localhost:3000/orgs/x/dashboard?a=1&b="2"`,
      };
      const htmlPart = notificationMail.html("ja", payload, null);
      expect(htmlPart).not.toContain("<script>");
      expect(htmlPart).not.toContain("<img");
      expect(htmlPart).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(htmlPart).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
      expect(htmlPart).toContain(
        'href="http://localhost:3000/orgs/x/dashboard?a=1&amp;b=&quot;2&quot;"',
      );
      // The plain-text part is text: the values as they are.
      expect(notificationMail.text("en", payload, null)).toContain(payload.body);
    });

    it("queues nothing when the change it belongs to rolls back", async () => {
      const before = (await mails()).length;
      const ctx = ctxOf(orgId, owner);
      await expect(
        writeInOrg(t.database.db, ctx, async (tx) => {
          await notifyUsers(tx, ctx, { userIds: [owner.id], kind: echo, payload: { text: "y" } });
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect((await mails()).length).toBe(before);
    });
  });

  describe("the caller's list, unread count and marking read", () => {
    let reader: TestUser;

    beforeAll(async () => {
      reader = await t.signUp("通知 読者");
      await t.addMember(owner, orgId, reader, "member");
      for (let i = 1; i <= 5; i++) await notify([reader.id], `第${i}報`);
    });

    it("lists newest first with paging and the total", async () => {
      const page1 = await list(reader, "?limit=2");
      expect(page1.total).toBe(5);
      expect(page1.items.map((n) => n.title)).toEqual(["題: 第5報", "題: 第4報"]);
      const page3 = await list(reader, "?limit=2&page=3");
      expect(page3.items.map((n) => n.title)).toEqual(["題: 第1報"]);
      const far = await list(reader, "?limit=200&page=1000000");
      expect(far).toEqual({ items: [], total: 5, nextCursor: null });
    });

    it("counts unread, marks one read (twice is fine), then all", async () => {
      expect(await unread(reader)).toBe(5);
      const [newest] = (await list(reader)).items;
      if (!newest) throw new Error("no notification");
      const audit = await auditTotal();
      const res = await t.as(reader).post(`${base}/notifications/${newest.id}/read`);
      expect(res.statusCode, res.body).toBe(204);
      expect(await unread(reader)).toBe(4);
      const readAt = (await list(reader)).items[0]?.readAt;
      expect(readAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect((await t.as(reader).post(`${base}/notifications/${newest.id}/read`)).statusCode).toBe(
        204,
      );
      expect((await list(reader)).items[0]?.readAt).toBe(readAt);

      const unreadOnly = await list(reader, "?unread=true");
      expect(unreadOnly.total).toBe(4);
      expect(unreadOnly.items.every((n) => n.readAt === null)).toBe(true);
      expect(unreadOnly.items.map((n) => n.id)).not.toContain(newest.id);

      const all = await t.as(reader).post(`${base}/notifications/read-all`);
      expect(all.statusCode, all.body).toBe(200);
      expect(all.json()).toEqual({ updated: 4 });
      expect(await unread(reader)).toBe(0);
      expect((await list(reader, "?unread=true")).total).toBe(0);
      expect((await t.as(reader).post(`${base}/notifications/read-all`)).json()).toEqual({
        updated: 0,
      });
      // The reader's own view: no audit events.
      expect(await auditTotal()).toBe(audit);
      // Others' unread notifications are untouched.
      expect(await unread(owner)).toBeGreaterThan(0);
    });

    it("is 404 for another user's notification, and leaves it unread", async () => {
      const r = await notify([owner.id], "所有者だけ");
      const before = await unread(owner);
      const res = await t.as(reader).post(`${base}/notifications/${r.id}/read`);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe("NOT_FOUND");
      expect(await unread(owner)).toBe(before);
      expect((await list(reader)).items.map((n) => n.id)).not.toContain(r.id);
    });

    it("is 404 for unknown and malformed ids, 414 for an absurdly long one", async () => {
      for (const id of ["no-such-id", "%27%20or%201%3D1--", "x".repeat(64)]) {
        const res = await t.as(reader).post(`${base}/notifications/${id}/read`);
        expect(res.statusCode, id).toBe(404);
        expect(res.json().error.code).toBe("NOT_FOUND");
      }
      const long = await t.as(reader).post(`${base}/notifications/${"x".repeat(5000)}/read`);
      expect(long.statusCode).toBe(414);
      expect(long.json().error.code).toBe("URI_TOO_LONG");
    });

    it("refuses bad list queries naming the parameter", async () => {
      for (const [query, field] of [
        ["?page=0", "page"],
        ["?page=1000001", "page"],
        ["?page=abc", "page"],
        ["?limit=201", "limit"],
        ["?limit=-1", "limit"],
        ["?unread=yes", "unread"],
      ] as const) {
        const res = await t.as(reader).get(`${base}/notifications${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(Object.keys(res.json().error.fields ?? {}), query).toEqual([field]);
        expect(res.json().error.message).toBe("入力内容に誤りがあります。");
      }
    });
  });

  describe("another organization", () => {
    it("keeps each organization's notifications apart, for a member of both", async () => {
      const both = await t.signUp("両社 所属");
      await t.addMember(owner, orgId, both, "viewer");
      await t.addMember(outsider, otherOrg, both, "viewer");
      const here = await notify([both.id], "こちら");
      const there = await notify([both.id], "あちら", otherOrg);
      expect((await list(both)).items.map((n) => n.title)).toEqual(["題: こちら"]);
      expect((await list(both, "", "ja", otherOrg)).items.map((n) => n.title)).toEqual([
        "題: あちら",
      ]);
      // The other organization's notification through this organization's URL: not found.
      const cross = await t.as(both).post(`${base}/notifications/${there.id}/read`);
      expect(cross.statusCode).toBe(404);
      expect(await unread(both, otherOrg)).toBe(1);
      await t.as(both).post(`${base}/notifications/read-all`);
      expect(await unread(both, otherOrg)).toBe(1);
      expect(await unread(both)).toBe(0);
      expect(here.id).not.toBe(there.id);
    });

    it("is 404 for a user who is not a member, on every route", async () => {
      const r = await notify([owner.id], "社外秘");
      const calls = [
        t.as(outsider).get(`${base}/notifications`),
        t.as(outsider).get(`${base}/notifications/unread-count`),
        t.as(outsider).post(`${base}/notifications/${r.id}/read`),
        t.as(outsider).post(`${base}/notifications/read-all`),
        t.as(outsider).get(`${base}/notification-preference`),
        t.as(outsider).put(`${base}/notification-preference`, { channel: "in_app" }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.statusCode, res.body).toBe(404);
        expect(res.body).not.toContain("社外秘");
      }
      expect((await list(owner)).items[0]).toMatchObject({ id: r.id, readAt: null });
      expect((await t.as(owner).get(`${base}/notification-preference`)).json().channel).toBe(
        "mail",
      );
    });

    it("is 401 without a session", async () => {
      const res = await t.as(null).get(`${base}/notifications/unread-count`);
      expect(res.statusCode).toBe(401);
    });
  });

  describe("the preference", () => {
    it("defaults to mail too, saves per user and organization, and audits a change", async () => {
      const pref = `${base}/notification-preference`;
      const chooser = await t.signUp("通知 設定者");
      await t.addMember(owner, orgId, chooser, "member");
      expect((await t.as(chooser).get(pref)).json()).toEqual({ channel: "mail", lang: null });
      const audit = await auditTotal();
      const put = await t.as(chooser).put(pref, { channel: "in_app", lang: "en" });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toEqual({ channel: "in_app", lang: "en" });
      expect((await t.as(chooser).get(pref)).json()).toEqual({ channel: "in_app", lang: "en" });
      expect((await t.as(owner).get(pref)).json()).toEqual({ channel: "mail", lang: null });
      const events = (
        await t
          .as(owner)
          .get(`${base}/audit-events?entity=notification_preference&entityId=${chooser.id}`)
      ).json();
      expect(events.total).toBe(1);
      expect(events.items[0]).toMatchObject({
        entityId: chooser.id,
        action: "update",
        changes: { channel: { old: "mail", new: "in_app" }, lang: { old: null, new: "en" } },
      });
      expect(await auditTotal()).toBe(audit + 1);
      // The same values again: nothing to record.
      await t.as(chooser).put(pref, { channel: "in_app", lang: "en" });
      expect(await auditTotal()).toBe(audit + 1);
      // Omitting the language means Japanese.
      expect((await t.as(chooser).put(pref, { channel: "mail" })).json()).toEqual({
        channel: "mail",
        lang: null,
      });
    });

    it("refuses unknown values and fields, naming them, in Japanese and English", async () => {
      const pref = `${base}/notification-preference`;
      const audit = await auditTotal();
      const cases: [unknown, string[]][] = [
        [{}, ["channel"]],
        [{ channel: "sms" }, ["channel"]],
        [{ channel: 1 }, ["channel"]],
        [{ channel: "<script>alert(1)</script>" }, ["channel"]],
        [{ channel: "mail", lang: "fr" }, ["lang"]],
        [{ channel: "mail", userId: outsider.id }, ["userId"]],
        [{ channel: "mail\r\nBcc: x@example.jp" }, ["channel"]],
      ];
      for (const [body, fields] of cases) {
        const ja = await t.as(viewer).put(pref, body);
        expect(ja.statusCode, JSON.stringify(body)).toBe(400);
        expect(Object.keys(ja.json().error.fields).sort()).toEqual(fields);
        expect(ja.json().error.message).toBe("入力内容に誤りがあります。");
        const en = await t.as(viewer, "en").put(pref, body);
        expect(en.json().error.message).toBe("Some fields are not valid.");
      }
      expect(await auditTotal()).toBe(audit);
    });
  });
});
