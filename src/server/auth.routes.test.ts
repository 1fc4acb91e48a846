import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../test/harness.ts";

const signUpBody = (email: string, password = "correct-horse-battery") => ({
  name: "認証 太郎",
  email,
  password,
});

describe("accounts (better-auth through the bridge)", () => {
  let t: TestApp;
  let secure: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { SIGN_IN_RATE_LIMIT: "3" });
    secure = await startTestApp("pglite", { BASE_URL: "https://pms.example.jp" });
  });
  afterAll(async () => {
    await t.close();
    await secure.close();
  });

  it("sets an HttpOnly, SameSite=Lax session cookie (not Secure over http)", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: signUpBody("cookie@example.jp"),
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name.endsWith("session_token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite?.toLowerCase()).toBe("lax");
    expect(session?.secure).toBeFalsy();
  });

  it("marks the cookie Secure when BASE_URL is https", async () => {
    const res = await secure.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: "https://pms.example.jp" },
      payload: signUpBody("secure@example.jp"),
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name.endsWith("session_token"));
    expect(session?.secure).toBe(true);
  });

  it("refuses passwords shorter than 10 characters", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: signUpBody("short@example.jp", "123456789"),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("PASSWORD_TOO_SHORT");
  });

  it("rate-limits sign-in attempts per client", async () => {
    await t.signUp("制限 花子", "limited@example.jp");
    const attempt = () =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        payload: { email: "limited@example.jp", password: "wrong-password-1" },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it("renews the session cache cookie on API requests that lack it", async () => {
    const user = await t.signUp("キャッシュ 次郎", "cache@example.jp");
    const tokenOnly = user.cookie
      .split("; ")
      .filter((c) => c.includes("session_token"))
      .join("; ");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/orgs",
      headers: { cookie: tokenOnly },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.map((c) => c.name).some((n) => n.endsWith("session_data"))).toBe(true);
  });

  it("does not serve better-auth's organization endpoints", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/organization/create",
      payload: { name: "x", slug: "x" },
    });
    expect(res.statusCode).toBe(404);
  });
});
