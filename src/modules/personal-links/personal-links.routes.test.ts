// Personal links through the real HTTP routes on both databases: issue (shown once, only the
// hash stored), re-issue revokes, revoke, the public page's data and its one 404 for every
// kind of bad token, audit events, tenant isolation and roles, bad input, expiry edges.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { translate } from "../../i18n/messages.ts";
import {
  dbKinds,
  startTestApp,
  TEST_LINK_SIGNING_KEY,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { makeLinkKey, newLinkToken } from "./link-token.ts";
import { prepareIssue, storeIssue } from "./personal-links.issue.ts";
import { findLiveLink, openPersonalLink } from "./personal-links.public.ts";

const URL_RE = /^http:\/\/localhost:3000\/p\/([A-Za-z0-9_-]{65})$/;
const tokenOf = (url: string) => {
  const token = URL_RE.exec(url)?.[1];
  if (!token) throw new Error(`not a personal link: ${url}`);
  return token;
};
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe.each(dbKinds)("personal links (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let deptId: string;
  let hanako: string;
  let taro: string;
  let otherPerson: string;
  let otherDept: string;
  const open = (token: string, lang = "ja") =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/p/${token}`,
      headers: { "accept-language": lang },
    });
  const issue = (body: object, as = owner) => t.as(as).post(`${base}/personal-links`, body);
  const auditOf = async (entity = "personal_link") =>
    (await t.as(owner).get(`${base}/audit-events?entity=${entity}&limit=200`)).json().items as {
      action: string;
      entityId: string;
      actorName: string | null;
      actorUserId: string | null;
      changes: Record<string, { old: unknown; new: unknown }>;
    }[];
  const auditTotal = async (as = owner, org = orgId) =>
    (await t.as(as).get(`/api/v1/orgs/${org}/audit-events?limit=1`)).json().total as number;

  async function person(org: string, as: TestUser, name: string, extra: object = {}) {
    const res = await t.as(as).post(`/api/v1/orgs/${org}/people`, {
      name,
      employmentType: "regular",
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    t = await startTestApp(kind, { PUBLIC_RATE_LIMIT: "100000/60" });
    owner = await t.signUp("発行 担当");
    orgId = await t.createOrg(owner, "株式会社ほんにん");
    base = `/api/v1/orgs/${orgId}`;
    const dept = await t.as(owner).post(`${base}/departments`, { name: "総務部" });
    deptId = dept.json().id;
    hanako = await person(orgId, owner, "山田 花子", {
      kana: "ヤマダ ハナコ",
      departmentId: deptId,
    });
    taro = await person(orgId, owner, "佐藤 太郎", { kana: "サトウ タロウ" });
    other = await t.signUp("他社 担当");
    otherOrg = await t.createOrg(other, "他社株式会社");
    otherPerson = await person(otherOrg, other, "他社 一郎");
    otherDept = (
      await t.as(other).post(`/api/v1/orgs/${otherOrg}/departments`, { name: "他部" })
    ).json().id;
  });
  afterAll(() => t.close());

  it("issues a link shown once, stores only the secret's hash, and opens it", async () => {
    const res = await issue({ purpose: "policy", scope: "people", personIds: [hanako] });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.revoked).toBe(0);
    expect(body.items).toHaveLength(1);
    const [link] = body.items;
    expect(link).toMatchObject({
      personId: hanako,
      personName: "山田 花子",
      departmentName: "総務部",
      purpose: "policy",
    });
    const token = tokenOf(link.url);
    const rows = await t.database.query<{ token_hash: string }>(
      "select token_hash from personal_link where org_id = $1",
      [orgId],
    );
    expect(rows).toEqual([{ token_hash: sha256(token.slice(0, 43)) }]);
    const dump = JSON.stringify(
      await t.database.query("select * from personal_link where org_id = $1", [orgId]),
    );
    expect(dump).not.toContain(token.slice(0, 43));

    // The default expiry: PERSONAL_LINK_DAYS (90) days, to the end of the day in Japan.
    const lastDay = new Date(new Date(link.expiresAt).getTime() - 1 + 9 * 3600_000);
    const days = Math.round(
      (Date.parse(lastDay.toISOString().slice(0, 10)) - Date.parse(todayInJapan())) / 86_400_000,
    );
    expect(days).toBe(90);

    const page = await open(token);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers["cache-control"]).toContain("no-store");
    expect(page.json()).toEqual({
      organization: "株式会社ほんにん",
      personName: "山田 花子",
      purpose: "policy",
      expiresAt: link.expiresAt,
    });
    await open(token);
    const listed = (await t.as(owner).get(`${base}/personal-links`)).json();
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      id: link.id,
      status: "active",
      useCount: 2,
      createdByName: "発行 担当",
    });
    expect(listed.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token.slice(0, 20));

    const events = await auditOf();
    const uses = events.filter((e) => e.action === "use" && e.entityId === link.id);
    expect(uses).toHaveLength(2);
    expect(uses[0]).toMatchObject({
      actorName: "山田 花子（本人用リンク）",
      actorUserId: `person:${hanako}`,
    });
    const created = events.find((e) => e.action === "create" && e.entityId === link.id);
    expect(created?.changes).toMatchObject({
      personName: { new: "山田 花子" },
      purpose: { new: "policy" },
      delivery: { new: "screen" },
    });
    const trail = JSON.stringify(
      await t.database.query("select * from audit_event where org_id = $1", [orgId]),
    );
    expect(trail).not.toContain(token.slice(0, 43));
    expect(trail).not.toContain(sha256(token.slice(0, 43)));
  });

  it("revokes the earlier live link when issuing anew, and revokes by hand", async () => {
    const first = tokenOf(
      (await issue({ purpose: "request", scope: "people", personIds: [taro] })).json().items[0].url,
    );
    expect((await open(first)).statusCode).toBe(200);
    const again = await issue({ purpose: "request", scope: "people", personIds: [taro], days: 7 });
    expect(again.json().revoked).toBe(1);
    const second = again.json().items[0];
    expect((await open(first)).statusCode).toBe(404);
    expect((await open(tokenOf(second.url))).statusCode).toBe(200);
    const list = (
      await t.as(owner).get(`${base}/personal-links?personId=${taro}&purpose=request`)
    ).json();
    expect(list.items.map((l: { status: string }) => l.status).sort()).toEqual([
      "active",
      "revoked",
    ]);
    expect(list.items.find((l: { status: string }) => l.status === "revoked").revokedReason).toBe(
      "reissue",
    );
    const events = await auditOf();
    expect(
      events.some((e) => e.action === "revoke" && e.changes.revokedReason?.new === "reissue"),
    ).toBe(true);

    // Another purpose is another link: the request link stays.
    await issue({ purpose: "pledge", scope: "people", personIds: [taro] });
    expect((await open(tokenOf(second.url))).statusCode).toBe(200);

    const res = await t.as(owner).post(`${base}/personal-links/${second.id}/revoke`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await open(tokenOf(second.url))).statusCode).toBe(404);
    const before = await auditTotal();
    expect((await t.as(owner).post(`${base}/personal-links/${second.id}/revoke`)).statusCode).toBe(
      204,
    );
    expect(await auditTotal()).toBe(before);
    const revoked = (await auditOf()).find(
      (e) => e.action === "revoke" && e.entityId === second.id,
    );
    expect(revoked?.changes).toMatchObject({
      personName: { new: "佐藤 太郎" },
      revokedAt: { old: null },
    });
    expect(revoked?.actorName).toBe("発行 担当");
  });

  it("keeps one live link per person, purpose and subject: course A's leaves course B's", async () => {
    const key = makeLinkKey(TEST_LINK_SIGNING_KEY);
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    const target = { personId: hanako, personName: "山田 花子", departmentName: "総務部" };
    const issueFor = async (subjectId: string) => {
      const prepared = prepareIssue([target], "course", {
        key,
        baseUrl: "http://localhost:3000",
        days: 30,
        subjectId,
      });
      const out = await storeIssue(t.database.db, ctx, prepared, "sheet");
      return { revoked: out.revoked, token: tokenOf(out.items[0]?.url ?? "") };
    };
    const a1 = await issueFor("course-a");
    const b1 = await issueFor("course-b");
    expect(b1.revoked).toBe(0);
    expect((await findLiveLink(t.database.db, key, a1.token))?.subjectId).toBe("course-a");
    expect((await findLiveLink(t.database.db, key, b1.token))?.subjectId).toBe("course-b");
    // Course A again: its earlier link goes, course B's stays.
    const a2 = await issueFor("course-a");
    expect(a2.revoked).toBe(1);
    expect(await findLiveLink(t.database.db, key, a1.token)).toBeNull();
    expect((await findLiveLink(t.database.db, key, b1.token))?.subjectId).toBe("course-b");
    // A course link is never issued by hand (it would name no course): 400 on purpose.
    const byHand = await issue({ purpose: "course", scope: "people", personIds: [hanako] });
    expect(byHand.statusCode).toBe(400);
    expect(byHand.json().error.fields.purpose).toBe(
      "教育のリンクはコースごとに発行します。教育の画面の「受講状況」で、受講の割り当てとともに発行してください。",
    );
    expect(await findLiveLink(t.database.db, key, a2.token)).not.toBeNull();
    const list = (
      await t
        .as(owner)
        .get(`${base}/personal-links?personId=${hanako}&purpose=course&status=active`)
    ).json();
    expect(list.items.map((l: { subjectId: string | null }) => l.subjectId).sort()).toEqual([
      "course-a",
      "course-b",
    ]);
  });

  it("answers the same 404, byte for byte, for every kind of bad token", async () => {
    const goodPerson = await person(orgId, owner, "検証 次郎");
    const leaving = await person(orgId, owner, "退職 予定");
    const issued = (
      await issue({ purpose: "request", scope: "people", personIds: [goodPerson, leaving] })
    ).json().items as { url: string; personId: string; id: string }[];
    const tokens = new Map(issued.map((l) => [l.personId, tokenOf(l.url)]));
    const valid = tokens.get(goodPerson) ?? "";
    expect((await open(valid)).statusCode).toBe(200);

    // Expired: moved into the past in the database.
    const expiring = await person(orgId, owner, "期限 切れ");
    const exp = (await issue({ purpose: "policy", scope: "people", personIds: [expiring] })).json()
      .items[0];
    await t.database.query(
      "update personal_link set expires_at = now() - interval '1 second' where org_id = $1 and id = $2",
      [orgId, exp.id],
    );
    // Revoked.
    const revokedPerson = await person(orgId, owner, "取消 済み");
    const rev = (
      await issue({ purpose: "policy", scope: "people", personIds: [revokedPerson] })
    ).json().items[0];
    await t.as(owner).post(`${base}/personal-links/${rev.id}/revoke`);
    // The person left (today).
    await t.as(owner).patch(`${base}/people/${leaving}`, { leftOn: todayInJapan() });

    const key = makeLinkKey(TEST_LINK_SIGNING_KEY);
    const flip = (s: string, at: number) =>
      s.slice(0, at) + (s[at] === "A" ? "B" : "A") + s.slice(at + 1);
    const bad: Record<string, string> = {
      "signed but never issued": newLinkToken(key).token,
      "another installation's key": newLinkToken(makeLinkKey("another-installation-key-0123456789"))
        .token,
      "tampered secret": flip(valid, 5),
      "tampered signature (last character)": flip(valid, 64),
      truncated: valid.slice(0, 64),
      "one character too many": `${valid}A`,
      malformed: "abc",
      "markup-like": encodeURIComponent("<script>alert(1)</script>"),
      expired: tokenOf(exp.url),
      revoked: tokenOf(rev.url),
      "person has left": tokens.get(leaving) ?? "",
    };
    const reference = await open(bad.malformed ?? "");
    expect(reference.statusCode).toBe(404);
    expect(reference.json()).toEqual({
      error: { code: "NOT_FOUND", message: "対象が見つかりません。" },
    });
    for (const [what, token] of Object.entries(bad)) {
      const res = await open(token);
      expect(res.statusCode, what).toBe(404);
      expect(res.body, what).toBe(reference.body);
      expect(res.headers["content-type"], what).toBe(reference.headers["content-type"]);
      expect(res.headers["content-length"], what).toBe(reference.headers["content-length"]);
    }
    // No use was recorded for any of them.
    const uses = (await auditOf()).filter((e) => e.action === "use");
    for (const id of [exp.id, rev.id]) expect(uses.some((u) => u.entityId === id)).toBe(false);
    const deleted = await person(orgId, owner, "削除 予定");
    const del = (await issue({ purpose: "policy", scope: "people", personIds: [deleted] })).json()
      .items[0];
    expect((await t.as(owner).delete(`${base}/people/${deleted}`)).statusCode).toBe(204);
    expect((await open(tokenOf(del.url))).body).toBe(reference.body);
  });

  it("opens until the expiry moment and not at it", async () => {
    const who = await person(orgId, owner, "境界 三郎");
    const link = (
      await issue({ purpose: "policy", scope: "people", personIds: [who], days: 1 })
    ).json().items[0];
    const token = tokenOf(link.url);
    const key = makeLinkKey(TEST_LINK_SIGNING_KEY);
    const expiresAt = new Date(link.expiresAt);
    const just = new Date(expiresAt.getTime() - 1);
    expect((await findLiveLink(t.database.db, key, token, just))?.personName).toBe("境界 三郎");
    expect(await findLiveLink(t.database.db, key, token, expiresAt)).toBeNull();
    expect(await openPersonalLink(t.database.db, key, token, expiresAt)).toBeNull();
    expect((await openPersonalLink(t.database.db, key, token, just))?.personName).toBe("境界 三郎");
    const listAt = (await t.as(owner).get(`${base}/personal-links?personId=${who}`)).json();
    expect(listAt.items[0].useCount).toBe(1);
  });

  it("issues for a department's staff or everyone in office, never for people who left", async () => {
    const left = await person(orgId, owner, "退職 済子", {
      departmentId: deptId,
      joinedOn: "2020-04-01",
      leftOn: "2024-03-31",
    });
    const dept = await issue({ purpose: "pledge", scope: "department", departmentId: deptId });
    expect(dept.statusCode, dept.body).toBe(201);
    expect(dept.json().items.map((l: { personId: string }) => l.personId)).toEqual([hanako]);
    const all = await issue({ purpose: "request", scope: "all" });
    expect(all.statusCode, all.body).toBe(201);
    const ids = all.json().items.map((l: { personId: string }) => l.personId);
    expect(ids).toContain(hanako);
    expect(ids).toContain(taro);
    expect(ids).not.toContain(left);
    const refused = await issue({ purpose: "request", scope: "people", personIds: [left] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.personIds).toBe(translate("person_left", "ja"));
    const emptyDept = (await t.as(owner).post(`${base}/departments`, { name: "空の部" })).json().id;
    const none = await issue({ purpose: "request", scope: "department", departmentId: emptyDept });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields.departmentId).toBe("対象になる在籍中の従業者がいません。");
  });

  it("lists with search, status filter and paging", async () => {
    const page1 = (await t.as(owner).get(`${base}/personal-links?limit=2&page=1`)).json();
    const page2 = (await t.as(owner).get(`${base}/personal-links?limit=2&page=2`)).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(page2.total);
    expect(page1.items[0].id).not.toBe(page2.items[0].id);
    const found = (
      await t.as(owner).get(`${base}/personal-links?q=${encodeURIComponent("ハナコ")}`)
    ).json();
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((l: { personId: string }) => l.personId === hanako)).toBe(true);
    const revoked = (await t.as(owner).get(`${base}/personal-links?status=revoked`)).json();
    expect(revoked.items.every((l: { status: string }) => l.status === "revoked")).toBe(true);
    const byName = (await t.as(owner).get(`${base}/personal-links?sort=name&limit=200`)).json();
    expect(byName.total).toBe(page1.total);
    const pct = (
      await t.as(owner).get(`${base}/personal-links?q=${encodeURIComponent("%")}`)
    ).json();
    expect(pct.total).toBe(0);
  });

  it("keeps organizations apart: another organization's links, people and departments are 404", async () => {
    const link = (await issue({ purpose: "policy", scope: "people", personIds: [taro] })).json()
      .items[0];
    const before = await auditTotal();
    const otherBefore = await auditTotal(other, otherOrg);
    // The outsider on our organization's routes.
    expect((await t.as(other).get(`${base}/personal-links`)).statusCode).toBe(404);
    expect((await t.as(other).post(`${base}/personal-links/${link.id}/revoke`)).statusCode).toBe(
      404,
    );
    expect((await issue({ purpose: "policy", scope: "all" }, other)).statusCode).toBe(404);
    // The outsider on their own organization's routes with our ids.
    const theirs = `/api/v1/orgs/${otherOrg}/personal-links`;
    const res = await t.as(other).post(`${theirs}/${link.id}/revoke`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
    const viaTheirs = await t
      .as(other)
      .post(theirs, { purpose: "policy", scope: "people", personIds: [taro] });
    expect(viaTheirs.statusCode).toBe(404);
    expect((await t.as(other).get(theirs)).json().total).toBe(0);
    // We cannot issue for their person or department.
    const theirPerson = await issue({
      purpose: "policy",
      scope: "people",
      personIds: [otherPerson],
    });
    expect(theirPerson.statusCode).toBe(404);
    expect(JSON.stringify(theirPerson.json())).not.toContain("他社");
    const mixed = await issue({
      purpose: "policy",
      scope: "people",
      personIds: [taro, otherPerson],
    });
    expect(mixed.statusCode).toBe(404);
    const theirDept = await issue({
      purpose: "policy",
      scope: "department",
      departmentId: otherDept,
    });
    expect(theirDept.statusCode).toBe(404);
    expect((await open(tokenOf(link.url))).statusCode).toBe(200);
    // Nothing was written anywhere (the open above is the one use event).
    expect(await auditTotal()).toBe(before + 1);
    expect(await auditTotal(other, otherOrg)).toBe(otherBefore);
  });

  it("refuses roles without the action (403) and lets the manager and viewer do theirs", async () => {
    const roles = ["member", "viewer", "consultant", "manager", "auditor"] as const;
    const users = {} as Record<(typeof roles)[number], TestUser>;
    for (const role of roles) {
      users[role] = await t.signUp(`役割 ${role}`);
      await t.addMember(owner, orgId, users[role], role);
    }
    const link = (await issue({ purpose: "pledge", scope: "people", personIds: [hanako] })).json()
      .items[0];
    const before = await auditTotal();
    const body = { purpose: "pledge", scope: "people", personIds: [hanako] };
    expect((await t.as(users.member).get(`${base}/personal-links`)).statusCode).toBe(403);
    for (const role of ["member", "viewer", "consultant", "auditor"] as const) {
      expect((await issue(body, users[role])).statusCode, role).toBe(403);
      expect(
        (await t.as(users[role]).post(`${base}/personal-links/sheet.pdf`, body)).statusCode,
        role,
      ).toBe(403);
      const revoke = await t.as(users[role]).post(`${base}/personal-links/${link.id}/revoke`);
      expect(revoke.statusCode, role).toBe(403);
      expect(revoke.json().error.code).toBe("FORBIDDEN");
    }
    expect(await auditTotal()).toBe(before);
    for (const role of ["viewer", "consultant", "auditor", "manager"] as const)
      expect((await t.as(users[role]).get(`${base}/personal-links`)).statusCode, role).toBe(200);
    const byManager = await issue(body, users.manager);
    expect(byManager.statusCode, byManager.body).toBe(201);
    expect((await t.app.inject({ method: "GET", url: `${base}/personal-links` })).statusCode).toBe(
      401,
    );
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await auditTotal();
    const limits: Record<string, number> = { too_big: 366, too_many_items: 5000, too_long: 64 };
    const cases: [object, string, string][] = [
      [{ purpose: "nope", scope: "all" }, "purpose", "invalid_value"],
      [{ purpose: "policy", scope: "nobody" }, "scope", "invalid_value"],
      [{ purpose: "policy", scope: "people" }, "personIds", "required"],
      [{ purpose: "policy", scope: "people", personIds: [] }, "personIds", "required"],
      [{ purpose: "policy", scope: "department" }, "departmentId", "required"],
      [{ purpose: "policy", scope: "all", days: 0 }, "days", "too_small"],
      [{ purpose: "policy", scope: "all", days: 367 }, "days", "too_big"],
      [{ purpose: "policy", scope: "all", days: 1.5 }, "days", "not_integer"],
      [{ purpose: "policy", scope: "all", days: "30" }, "days", "invalid_type"],
      [{ purpose: "policy", scope: "people", personIds: "x" }, "personIds", "invalid_type"],
      [
        { purpose: "policy", scope: "people", personIds: ["x".repeat(65)] },
        "personIds.0",
        "too_long",
      ],
      [
        {
          purpose: "policy",
          scope: "people",
          personIds: Array.from({ length: 5001 }, (_, i) => `p${i}`),
        },
        "personIds",
        "too_many_items",
      ],
    ];
    for (const [body, field, key] of cases) {
      const res = await issue(body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const fields = res.json().error.fields;
      expect(Object.keys(fields), JSON.stringify(body).slice(0, 80)).toContain(field);
      expect(fields[field]).toBe(translate(key, "ja", { min: 1, max: limits[key] ?? 0 }));
    }
    const unknown = await issue({ purpose: "policy", scope: "all", extra: 1 });
    expect(unknown.statusCode).toBe(400);
    const en = await t
      .as(owner, "en")
      .post(`${base}/personal-links`, { purpose: "x", scope: "all" });
    expect(en.json().error.fields.purpose).toBe("Choose one of the options.");
    expect(await auditTotal()).toBe(before);
  });
});
