// Members and invitations through the real HTTP routes: invite, accept, cancel, change role,
// remove, the last-owner rule, who may grant the owner role, and users of several organizations.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  invitationToken,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";

type Member = { id: string; userId: string; name: string; email: string; role: string };

describe.each(dbKinds)("members and invitations (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;

  async function members(org = orgId, as = owner): Promise<Member[]> {
    const res = await t.as(as).get(`/api/v1/orgs/${org}/members`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  async function memberOf(user: TestUser, org = orgId, as = owner) {
    const m = (await members(org, as)).find((x) => x.userId === user.id);
    if (!m) throw new Error(`${user.name} is not a member`);
    return m;
  }
  async function invite(email: string, role: string, as = owner, org = orgId) {
    return t.as(as).post(`/api/v1/orgs/${org}/invitations`, { email, role });
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社めんばー");
    base = `/api/v1/orgs/${orgId}`;
  });
  afterAll(() => t.close());

  it("invites by e-mail and returns the link when no mail server is configured", async () => {
    const res = await invite("New.Member@Example.JP", "member");
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      email: "new.member@example.jp",
      role: "member",
      status: "pending",
    });
    // /invite/<id>/<secret>: 32 random bytes in base64url, shown in this answer only.
    expect(body.link).toMatch(
      new RegExp(`^http://localhost:3000/invite/${body.id}/[A-Za-z0-9_-]{43}$`),
    );
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const list = await t.as(owner).get(`${base}/invitations`);
    expect(list.json().items).toEqual([
      {
        id: body.id,
        email: "new.member@example.jp",
        role: "member",
        status: "pending",
        expiresAt: body.expiresAt,
        link: null,
      },
    ]);
    const stored = await t.database.query<{ token_hash: string }>(
      "select token_hash from invitation where id = $1",
      [body.id],
    );
    const secret = invitationToken(body.link);
    expect(stored[0]?.token_hash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect((await t.as(owner).get(`${base}/audit-events`)).body).not.toContain(secret);
    const audit = await t.as(owner).get(`${base}/audit-events?entity=invitation`);
    expect(audit.json().items[0]).toMatchObject({ entityId: body.id, action: "create" });
  });

  it("asks for an empty address before judging its form", async () => {
    const empty = await invite("", "viewer");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ email: "必須項目です。" });
    const bad = await invite("not-mail", "viewer");
    expect(bad.json().error.fields).toEqual({ email: "メールアドレスの形式が正しくありません。" });
  });

  it("lets only the invited address accept, once", async () => {
    const invitee = await t.signUp("招待 花子", "hanako.invited@example.jp");
    const intruder = await t.signUp("横取 次郎", "intruder@example.jp");
    const inv = (await invite("HANAKO.invited@example.jp", "manager")).json();

    const token = invitationToken(inv.link);
    const link = `/api/v1/invitations/${inv.id}/${token}`;
    const preview = await t.as(invitee).get(link);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      orgName: "株式会社めんばー",
      inviterName: owner.name,
      email: "hanako.invited@example.jp",
      role: "manager",
      status: "pending",
    });
    // Before signing in, the link already says who invites them to which organization (the
    // landing page offers sign-up first); joining still needs an account.
    const anonymous = await t.as(null).get(link);
    expect(anonymous.statusCode, anonymous.body).toBe(200);
    expect(anonymous.json()).toMatchObject({
      orgName: "株式会社めんばー",
      inviterName: owner.name,
    });
    const signedOut = await t.as(null).post(`/api/v1/invitations/${inv.id}/accept`, { token });
    expect(signedOut.statusCode).toBe(401);
    // Without the link's secret (or with a wrong one) the invitation does not exist.
    for (const guess of ["", "x", token.replace(/^./, token[0] === "A" ? "B" : "A")]) {
      const res = await t.as(invitee).post(`/api/v1/invitations/${inv.id}/accept`, {
        token: guess,
      });
      expect(res.statusCode, guess).toBe(guess === "" ? 400 : 404);
      expect((await t.as(invitee).get(`/api/v1/invitations/${inv.id}/${guess}x`)).statusCode).toBe(
        404,
      );
    }

    const wrong = await t.as(intruder).post(`/api/v1/invitations/${inv.id}/accept`, { token });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toEqual({
      code: "INVITATION_EMAIL_MISMATCH",
      message: "この招待は別のメールアドレス宛てです。招待されたアドレスでログインしてください。",
    });
    expect((await t.as(intruder).get(`${base}/profile`)).statusCode).toBe(404);

    const ok = await t.as(invitee).post(`/api/v1/invitations/${inv.id}/accept`, { token });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ orgId });
    expect((await memberOf(invitee)).role).toBe("manager");
    expect((await t.as(invitee).get(`${base}/profile`)).statusCode).toBe(200);

    const again = await t.as(invitee, "en").post(`/api/v1/invitations/${inv.id}/accept`, { token });
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toEqual({
      code: "INVITATION_INVALID",
      message: "This invitation is not valid or has expired.",
    });
    expect((await t.as(invitee).get(link)).statusCode).toBe(404);
    const joined = await t.as(owner).get(`${base}/audit-events?entity=member&action=join`);
    expect(joined.json().items[0]).toMatchObject({
      actorName: "招待 花子",
      changes: { role: { old: null, new: "manager" } },
    });
    // Once a member, a new invitation to the same address is refused.
    const dup = await invite("hanako.invited@example.jp", "viewer");
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("ALREADY_MEMBER");
    expect(Object.keys(dup.json().error.fields)).toEqual(["email"]);
  });

  it("is not enough to register the invited address first: joining needs the link", async () => {
    const inv = (await invite("squatted@example.jp", "admin")).json();
    // Someone who guesses whom the company invites registers that address before them.
    const squatter = await t.signUp("先取 五郎", "squatted@example.jp");
    for (const token of ["", inv.id, "A".repeat(43)]) {
      const res = await t.as(squatter).post(`/api/v1/invitations/${inv.id}/accept`, { token });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    expect((await members()).map((m) => m.userId)).not.toContain(squatter.id);
  });

  it("cancels an invitation, which then cannot be accepted", async () => {
    const invitee = await t.signUp("取消 三郎");
    const inv = (await invite(invitee.email, "viewer")).json();
    const res = await t.as(owner).delete(`${base}/invitations/${inv.id}`);
    expect(res.statusCode).toBe(204);
    const pending = (await t.as(owner).get(`${base}/invitations`)).json().items;
    expect(pending.map((i: { id: string }) => i.id)).not.toContain(inv.id);
    const accept = await t
      .as(invitee)
      .post(`/api/v1/invitations/${inv.id}/accept`, { token: invitationToken(inv.link) });
    expect(accept.statusCode).toBe(404);
    expect(accept.json().error.code).toBe("INVITATION_INVALID");
    expect((await t.as(owner).delete(`${base}/invitations/${inv.id}`)).statusCode).toBe(404);
    expect((await members()).map((m) => m.userId)).not.toContain(invitee.id);
  });

  it("replaces a pending invitation when the same address is invited again", async () => {
    const invitee = await t.signUp("再招待 四郎");
    const first = (await invite(invitee.email, "viewer")).json();
    const second = (await invite(invitee.email, "auditor")).json();
    const accept = (inv: { id: string; link: string }) =>
      t.as(invitee).post(`/api/v1/invitations/${inv.id}/accept`, {
        token: invitationToken(inv.link),
      });
    expect((await accept(first)).statusCode).toBe(404);
    expect((await accept(second)).statusCode).toBe(200);
    expect((await memberOf(invitee)).role).toBe("auditor");
  });

  it("changes a member's role, which changes what they may do", async () => {
    const user = await t.signUp("役割 変更");
    await t.addMember(owner, orgId, user, "consultant");
    const profile = { name: "株式会社めんばー" };
    expect((await t.as(user).put(`${base}/profile`, profile)).statusCode).toBe(200);
    const m = await memberOf(user);
    const res = await t.as(owner).patch(`${base}/members/${m.id}`, { role: "viewer" });
    expect(res.statusCode, res.body).toBe(204);
    expect((await memberOf(user)).role).toBe("viewer");
    const refused = await t.as(user).put(`${base}/profile`, profile);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: "FORBIDDEN",
      message: "この操作を行う権限がありません。",
    });
    const [event] = (
      await t.as(owner).get(`${base}/audit-events?entity=member&action=update`)
    ).json().items;
    expect(event).toMatchObject({
      entityId: m.id,
      changes: { role: { old: "consultant", new: "viewer" } },
    });

    const bad = await t.as(owner).patch(`${base}/members/${m.id}`, { role: "superuser" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ role: "選択肢から選んでください。" });
  });

  it("removes a member, who then no longer sees the organization", async () => {
    const user = await t.signUp("退出 五郎");
    await t.addMember(owner, orgId, user, "member");
    const m = await memberOf(user);
    expect((await t.as(owner).delete(`${base}/members/${m.id}`)).statusCode).toBe(204);
    expect((await members()).map((x) => x.userId)).not.toContain(user.id);
    expect((await t.as(user).get(`${base}/profile`)).statusCode).toBe(404);
    expect((await t.as(user).get("/api/v1/orgs")).json()).toEqual({ items: [], total: 0 });
    expect((await t.as(owner).delete(`${base}/members/${m.id}`)).statusCode).toBe(404);
  });

  it("never demotes or removes the last owner", async () => {
    const me = await memberOf(owner);
    const demote = await t.as(owner).patch(`${base}/members/${me.id}`, { role: "admin" });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toEqual({
      code: "LAST_OWNER",
      message: "最後のオーナーは削除・変更できません。先に別のメンバーをオーナーにしてください。",
      fields: {
        role: "最後のオーナーは削除・変更できません。先に別のメンバーをオーナーにしてください。",
      },
    });
    const remove = await t.as(owner).delete(`${base}/members/${me.id}`);
    expect(remove.statusCode).toBe(409);
    expect(remove.json().error.code).toBe("LAST_OWNER");
    expect((await memberOf(owner)).role).toBe("owner");
    // Keeping the owner role is not a demotion.
    expect(
      (await t.as(owner).patch(`${base}/members/${me.id}`, { role: "owner" })).statusCode,
    ).toBe(204);
  });

  it("lets an owner hand over: make another owner, then step down", async () => {
    const org = await t.createOrg(owner, "株式会社ひきつぎ");
    const successor = await t.signUp("後継 六郎");
    await t.addMember(owner, org, successor, "admin");
    const s = await memberOf(successor, org);
    const me = await memberOf(owner, org);
    const url = `/api/v1/orgs/${org}/members`;
    expect((await t.as(owner).patch(`${url}/${s.id}`, { role: "owner" })).statusCode).toBe(204);
    expect((await t.as(owner).patch(`${url}/${me.id}`, { role: "admin" })).statusCode).toBe(204);
    expect((await memberOf(owner, org)).role).toBe("admin");
    // Now the successor is the last owner.
    const last = await t.as(successor).delete(`${url}/${s.id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe("LAST_OWNER");
  });

  it("does not let two owners demote each other at the same time", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await t.signUp("共同 甲");
      const org = await t.createOrg(a, "株式会社きょうどう");
      const b = await t.signUp("共同 乙");
      await t.addMember(a, org, b, "owner");
      const ma = await memberOf(a, org, a);
      const mb = await memberOf(b, org, a);
      const url = `/api/v1/orgs/${org}/members`;
      const results = await Promise.all([
        t.as(a).patch(`${url}/${mb.id}`, { role: "admin" }),
        t.as(b).patch(`${url}/${ma.id}`, { role: "admin" }),
      ]);
      // Whoever goes second is either no longer an owner (403) or the last owner (409).
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses[0]).toBe(204);
      expect([403, 409]).toContain(statuses[1]);
      const owners = (await members(org, a)).filter((m) => m.role === "owner");
      expect(owners).toHaveLength(1);
    }
  });

  it("does not let an admin grant, take away or remove the owner role (403)", async () => {
    const admin = await t.signUp("管理 七子");
    const other = await t.signUp("一般 八郎");
    await t.addMember(owner, orgId, admin, "admin");
    await t.addMember(owner, orgId, other, "member");
    const m = await memberOf(other);
    const me = await memberOf(owner);
    const forbidden = [
      await t.as(admin).patch(`${base}/members/${m.id}`, { role: "owner" }),
      await t.as(admin).patch(`${base}/members/${me.id}`, { role: "viewer" }),
      await t.as(admin).delete(`${base}/members/${me.id}`),
      await invite("would-be-owner@example.jp", "owner", admin),
    ];
    for (const res of forbidden) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe("FORBIDDEN");
    }
    expect((await memberOf(other)).role).toBe("member");
    expect((await memberOf(owner)).role).toBe("owner");
    const pending = (await t.as(owner).get(`${base}/invitations`)).json().items;
    expect(pending.map((i: { email: string }) => i.email)).not.toContain(
      "would-be-owner@example.jp",
    );
    // Other roles an admin may give.
    expect(
      (await t.as(admin).patch(`${base}/members/${m.id}`, { role: "auditor" })).statusCode,
    ).toBe(204);
    expect((await invite("new-viewer@example.jp", "viewer", admin)).statusCode).toBe(201);
  });

  it("shows a consultant both client organizations and lets them switch; a third stays 404", async () => {
    const consultant = await t.signUp("顧問 九郎");
    const ownerB = await t.signUp("乙社 社長");
    const ownerC = await t.signUp("丙社 社長");
    const orgB = await t.createOrg(ownerB, "乙株式会社");
    const orgC = await t.createOrg(ownerC, "丙株式会社");
    await t.addMember(owner, orgId, consultant, "consultant");
    await t.addMember(ownerB, orgB, consultant, "consultant");

    const res = await t.as(consultant).get("/api/v1/orgs");
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; name: string; role: string }[];
    expect(items).toHaveLength(2);
    expect(items).toEqual(
      expect.arrayContaining([
        { id: orgId, name: "株式会社めんばー", role: "consultant" },
        { id: orgB, name: "乙株式会社", role: "consultant" },
      ]),
    );
    const a = await t.as(consultant).get(`/api/v1/orgs/${orgId}/profile`);
    const b = await t.as(consultant).get(`/api/v1/orgs/${orgB}/profile`);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().name).toBe("株式会社めんばー");
    expect(b.json().name).toBe("乙株式会社");
    // Writes go to the organization in the URL only.
    const dept = await t
      .as(consultant)
      .post(`/api/v1/orgs/${orgB}/departments`, { name: "乙の部" });
    expect(dept.statusCode).toBe(201);
    const namesA = (await t.as(consultant).get(`/api/v1/orgs/${orgId}/departments`)).json().items;
    expect(namesA.map((d: { name: string }) => d.name)).not.toContain("乙の部");

    const c = await t.as(consultant).get(`/api/v1/orgs/${orgC}/profile`);
    expect(c.statusCode).toBe(404);
    expect(c.body).not.toContain("丙株式会社");
    expect(res.body).not.toContain("丙株式会社");
  });

  it("shows the signed-in user", async () => {
    const res = await t.as(owner).get("/api/v1/me");
    expect(res.json()).toEqual({ id: owner.id, name: "代表 太郎", email: owner.email });
    expect((await t.as(null).get("/api/v1/me")).statusCode).toBe(401);
  });
});
