// The session check every API request passes (session-check.ts, tenancy.ts): a forged or
// expired cookie is refused, a renewal still renews, and sign-out, revocation, a removed member
// and a changed role take effect on the very next request — also when the change was made by
// another app process on the same database.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { TEMPLATE_DB, withDatabase } from "../test/global-setup.ts";
import {
  dbKinds,
  invitationToken,
  sameOrigin,
  startTestApp,
  TEST_BASE_URL,
  type TestApp,
  type TestUser,
} from "../test/harness.ts";
import { buildApp } from "./app.ts";
import { authSecret } from "./auth.ts";
import { loadConfig } from "./config.ts";

const TOKEN_COOKIE = "better-auth.session_token";

/** The session token inside a user's signed cookie. */
function tokenOf(cookie: string): string {
  const raw = cookie
    .split("; ")
    .find((c) => c.startsWith(`${TOKEN_COOKIE}=`))
    ?.slice(TOKEN_COOKIE.length + 1);
  const value = decodeURIComponent(raw ?? "");
  return value.slice(0, value.lastIndexOf("."));
}

/** A session cookie signed as better-auth signs it: `<token>.<base64 HMAC-SHA256>`, URI-encoded. */
const signedCookie = (token: string, secret: string) =>
  `${TOKEN_COOKIE}=${encodeURIComponent(
    `${token}.${createHmac("sha256", secret).update(token).digest("base64")}`,
  )}`;

const expiredCookie = (setCookie: string[], name: string) =>
  setCookie.some((c) => c.startsWith(`${name}=`) && /Max-Age=0/i.test(c));

const setCookies = (res: { headers: Record<string, unknown> }): string[] => {
  const h = res.headers["set-cookie"];
  return h === undefined ? [] : Array.isArray(h) ? (h as string[]) : [String(h)];
};

describe.each(dbKinds)("the session check of every request (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let secret: string;
  const profile = (cookie: string) =>
    t.app.inject({ method: "GET", url: `/api/v1/orgs/${orgId}/profile`, headers: { cookie } });
  const sessionRow = async (token: string) =>
    (
      await t.database.query<{ expires_at: Date | string }>(
        "select expires_at from session where token = $1",
        [token],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("照合 太郎");
    orgId = await t.createOrg(owner, "株式会社照合");
    secret = await authSecret(t.database);
  });
  afterAll(() => t.close());

  it("accepts the session cookie better-auth signed, and one signed the same way with the instance's secret", async () => {
    expect((await profile(owner.cookie)).statusCode).toBe(200);
    expect((await profile(signedCookie(tokenOf(owner.cookie), secret))).statusCode).toBe(200);
  });

  it("refuses forged session cookies with 401", async () => {
    const other = await t.signUp("偽造 次郎");
    const token = tokenOf(owner.cookie);
    const hmac = createHmac("sha256", secret).update(token).digest("base64");
    const base64Sig = (bytes: Buffer) => bytes.toString("base64");
    const forged = [
      // The real token with a signature of the right shape that is not its HMAC.
      `${TOKEN_COOKIE}=${encodeURIComponent(`${token}.${base64Sig(randomBytes(32))}`)}`,
      // The real token signed with another secret.
      signedCookie(token, "not-the-instance-secret-0123456789abcdef"),
      // Another user's token carrying the owner's signature.
      `${TOKEN_COOKIE}=${encodeURIComponent(`${tokenOf(other.cookie)}.${hmac}`)}`,
      // The bare token, unsigned.
      `${TOKEN_COOKIE}=${token}`,
      // The signature cut short, and one over length.
      `${TOKEN_COOKIE}=${encodeURIComponent(`${token}.${hmac.slice(0, 43)}`)}`,
      `${TOKEN_COOKIE}=${encodeURIComponent(`${token}.${hmac}A`)}`,
    ];
    // URL-safe base64 of the right HMAC: better-call decodes with atob, which refuses it (the
    // check leaves such a cookie to better-auth); only when the HMAC has a character to change.
    const urlSafe = hmac.replaceAll("+", "-").replaceAll("/", "_");
    if (urlSafe !== hmac)
      forged.push(`${TOKEN_COOKIE}=${encodeURIComponent(`${token}.${urlSafe}`)}`);
    for (const cookie of forged) {
      const res = await profile(cookie);
      expect(res.statusCode, cookie).toBe(401);
      expect(res.json().error.code).toBe("UNAUTHENTICATED");
      // The same on a route outside organizations.
      const orgs = await t.app.inject({ method: "GET", url: "/api/v1/orgs", headers: { cookie } });
      expect(orgs.statusCode, cookie).toBe(401);
    }
    // The owner's own cookie still works: nothing was ended by the forgeries.
    expect((await profile(owner.cookie)).statusCode).toBe(200);
  });

  it("refuses an expired session with 401, clears its cookie and deletes it", async () => {
    const user = await t.signUp("期限 三郎");
    const own = await t.createOrg(user, "株式会社期限");
    const token = tokenOf(user.cookie);
    await t.database.query(
      "update session set expires_at = now() - interval '1 minute' where token = $1",
      [token],
    );
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/orgs/${own}/profile`,
      headers: { cookie: user.cookie },
    });
    expect(res.statusCode).toBe(401);
    expect(expiredCookie(setCookies(res), TOKEN_COOKIE)).toBe(true);
    expect(await sessionRow(token)).toBeUndefined();
  });

  it("renews a session whose renewal is due (better-auth's updateAge), setting the new cookie", async () => {
    const user = await t.signUp("更新 四郎");
    const token = tokenOf(user.cookie);
    const orgs = () =>
      t.app.inject({ method: "GET", url: "/api/v1/orgs", headers: { cookie: user.cookie } });
    // Fresh (expires in 7 days, renewal after 1): no cookie is set.
    const fresh = await orgs();
    expect(fresh.statusCode).toBe(200);
    expect(setCookies(fresh)).toEqual([]);
    // Five days left: due.
    await t.database.query(
      "update session set expires_at = now() + interval '5 days' where token = $1",
      [token],
    );
    const due = await orgs();
    expect(due.statusCode).toBe(200);
    const renewed = setCookies(due).find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
    expect(renewed).toMatch(/Max-Age=604800/);
    const expiresAt = new Date((await sessionRow(token))?.expires_at ?? 0).getTime();
    expect(expiresAt).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600 * 1000);
    // Renewed: the next request is a plain read again.
    expect(setCookies(await orgs())).toEqual([]);
  });

  it("clears a leftover session-data cookie (cookie cache) and still answers", async () => {
    const res = await profile(`${owner.cookie}; better-auth.session_data=eyJvbGQiOnRydWV9`);
    expect(res.statusCode).toBe(200);
    expect(expiredCookie(setCookies(res), "better-auth.session_data")).toBe(true);
  });

  it("ends a revoked session on the very next request", async () => {
    const user = await t.signUp("失効 五郎");
    const own = await t.createOrg(user, "株式会社失効");
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: sameOrigin,
      payload: { email: user.email, password: "correct-horse-battery" },
    });
    const laptop = signIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const read = (cookie: string) =>
      t.app.inject({ method: "GET", url: `/api/v1/orgs/${own}/profile`, headers: { cookie } });
    expect((await read(laptop)).statusCode).toBe(200);
    const revoke = await t.app.inject({
      method: "POST",
      url: "/api/auth/revoke-session",
      headers: { cookie: user.cookie, ...sameOrigin },
      payload: { token: tokenOf(laptop) },
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect((await read(laptop)).statusCode).toBe(401);
    // A session row removed outside the app (another process, an operator) ends it too.
    expect((await read(user.cookie)).statusCode).toBe(200);
    await t.database.query("delete from session where token = $1", [tokenOf(user.cookie)]);
    expect((await read(user.cookie)).statusCode).toBe(401);
  });

  it("refuses a removed member on the very next request (404), and a lowered role (403)", async () => {
    const staff = await t.signUp("異動 六郎");
    await t.addMember(owner, orgId, staff, "manager");
    const members = () => t.as(staff).get(`/api/v1/orgs/${orgId}/members`);
    expect((await members()).statusCode).toBe(200);
    const list = await t.as(owner).get(`/api/v1/orgs/${orgId}/members`);
    const memberId = (list.json().items as { id: string; userId: string }[]).find(
      (m) => m.userId === staff.id,
    )?.id;
    // Lowered to a role without members.read: refused at once; raised again: allowed at once.
    expect(
      (await t.as(owner).patch(`/api/v1/orgs/${orgId}/members/${memberId}`, { role: "member" }))
        .statusCode,
    ).toBe(204);
    expect((await members()).statusCode).toBe(403);
    expect((await t.as(staff).get(`/api/v1/orgs/${orgId}/profile`)).statusCode).toBe(200);
    expect(
      (await t.as(owner).patch(`/api/v1/orgs/${orgId}/members/${memberId}`, { role: "manager" }))
        .statusCode,
    ).toBe(204);
    expect((await members()).statusCode).toBe(200);
    // Removed: the organization is not found for them on the next request.
    expect((await t.as(owner).delete(`/api/v1/orgs/${orgId}/members/${memberId}`)).statusCode).toBe(
      204,
    );
    expect((await t.as(staff).get(`/api/v1/orgs/${orgId}/profile`)).statusCode).toBe(404);
    expect((await members()).statusCode).toBe(404);
    // Still signed in: their own organizations list answers.
    expect((await t.as(staff).get("/api/v1/orgs")).statusCode).toBe(200);
  });

  it("is 404 for an organization id too long to be one, without asking the database", async () => {
    const res = await t.as(owner).get(`/api/v1/orgs/${"x".repeat(65)}/profile`);
    expect([400, 404]).toContain(res.statusCode);
  });
});

describe("two app processes on one PostgreSQL database", () => {
  let a: Awaited<ReturnType<typeof buildApp>>;
  let b: Awaited<ReturnType<typeof buildApp>>;
  let dbA: Database;
  let dbB: Database;
  let admin: Database;
  const name = `t_${randomUUID().replace(/-/g, "")}`;

  beforeAll(async () => {
    const serverUrl = inject("postgresUrl");
    admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    const url = withDatabase(serverUrl, name);
    dbA = await openDatabase({ databaseUrl: url, dataDir: "" });
    dbB = await openDatabase({ databaseUrl: url, dataDir: "" });
    const config = loadConfig({
      BASE_URL: TEST_BASE_URL,
      SIGN_IN_RATE_LIMIT: "1000",
      LOG_LEVEL: "silent",
      AUDIT_KEY: TEST_AUDIT_KEY,
    });
    a = await buildApp(dbA, config, { logger: false });
    b = await buildApp(dbB, config, { logger: false });
    await a.ready();
    await b.ready();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dbA?.close();
    await dbB?.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.close();
  });

  const signUp = async (app: typeof a, label: string) => {
    const email = `${randomUUID()}@example.jp`;
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: sameOrigin,
      payload: { name: label, email, password: "correct-horse-battery" },
    });
    expect(res.statusCode, res.body).toBe(200);
    return {
      id: res.json().user.id as string,
      email,
      cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    };
  };
  const get = (app: typeof a, url: string, cookie: string) =>
    app.inject({ method: "GET", url, headers: { cookie } });
  const send = (
    app: typeof a,
    method: "POST" | "PATCH" | "DELETE",
    url: string,
    cookie: string,
    payload: object = {},
  ) => app.inject({ method, url, headers: { cookie, ...sameOrigin }, payload });

  it("sees each other's sign-outs, removed members and role changes on the next request", async () => {
    const owner = await signUp(a, "二重 一郎");
    const staff = await signUp(b, "二重 二郎");
    const created = await send(a, "POST", "/api/v1/orgs", owner.cookie, { name: "株式会社二重" });
    expect(created.statusCode, created.body).toBe(201);
    const orgId = created.json().id as string;
    // Invitation on one process, acceptance on the other.
    const inv = await send(b, "POST", `/api/v1/orgs/${orgId}/invitations`, owner.cookie, {
      email: staff.email,
      role: "manager",
    });
    expect(inv.statusCode, inv.body).toBe(201);
    const acc = await send(a, "POST", `/api/v1/invitations/${inv.json().id}/accept`, staff.cookie, {
      token: invitationToken(inv.json().link),
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const members = `/api/v1/orgs/${orgId}/members`;
    for (const app of [a, b]) expect((await get(app, members, staff.cookie)).statusCode).toBe(200);
    const memberId = (
      (await get(a, members, owner.cookie)).json().items as { id: string; userId: string }[]
    ).find((m) => m.userId === staff.id)?.id;

    // Role lowered on a: b refuses at once.
    expect(
      (await send(a, "PATCH", `${members}/${memberId}`, owner.cookie, { role: "member" }))
        .statusCode,
    ).toBe(204);
    expect((await get(b, members, staff.cookie)).statusCode).toBe(403);
    // Removed on b: a does not find the organization for them at once.
    expect((await send(b, "DELETE", `${members}/${memberId}`, owner.cookie)).statusCode).toBe(204);
    expect((await get(a, `/api/v1/orgs/${orgId}/profile`, staff.cookie)).statusCode).toBe(404);

    // Signed out on b: a refuses the session at once, and b too.
    expect((await get(a, "/api/v1/orgs", owner.cookie)).statusCode).toBe(200);
    expect((await send(b, "POST", "/api/auth/sign-out", owner.cookie)).statusCode).toBe(200);
    expect((await get(a, "/api/v1/orgs", owner.cookie)).statusCode).toBe(401);
    expect((await get(b, "/api/v1/orgs", owner.cookie)).statusCode).toBe(401);
  });
});
