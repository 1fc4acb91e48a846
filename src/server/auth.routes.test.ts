import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOrigin, startTestApp, type TestApp } from "../test/harness.ts";

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
      headers: sameOrigin,
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

  const signUp = (body: object, lang = "ja") =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { ...sameOrigin, "accept-language": lang },
      payload: body,
    });

  it.each([
    ["123456789", "password_too_short", "パスワードは10文字以上にしてください。"],
    ["aaaaaaaaaa", "password_repeats", null],
    ["password123", "password_common", null],
    ["1234567890", "password_common", null],
    ["weak-pw@example.jp", "password_has_personal_info", null],
    ["weak-pw-2024", "password_has_personal_info", null],
  ])("refuses the weak password %s, saying how to fix it", async (password, _key, exact) => {
    const res = await signUp({ name: "弱い 太郎", email: "weak-pw@example.jp", password });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe("PASSWORD_WEAK");
    expect(error.message).toBe("このパスワードは使えません。");
    expect(Object.keys(error.fields)).toEqual(["password"]);
    if (exact) expect(error.fields.password).toBe(exact);
    else expect(error.fields.password).toMatch(/ため使えません|含まない/);
    // Nobody was registered: the address is still free for a good password.
    expect(res.cookies).toEqual([]);
  });

  it("registers with a strong password, the address folded to lower case", async () => {
    const res = await signUp({
      name: "強い 花子",
      email: "Strong.Hanako@Example.JP",
      password: "川辺-みどり-灯台-42",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.email).toBe("strong.hanako@example.jp");
  });

  it.each([
    ["a name over 100 characters", { name: "長".repeat(101) }, "name"],
    ["markup in the name", { name: "<img src=x onerror=alert(1)>" }, "name"],
    ["a line break in the name", { name: "改行\n太郎" }, "name"],
    ["a NUL in the name", { name: "空\u0000白" }, "name"],
    ["a number for the name", { name: 42 }, "name"],
    ["an address that is not one", { email: "not-an-address" }, "email"],
    ["an unknown field", { role: "owner" }, "role"],
  ])("refuses %s at sign-up with 400 naming the field", async (_label, patch, field) => {
    const body = {
      name: "入力 確認",
      email: `input-${field}@example.jp`,
      password: "correct-horse-battery",
      ...patch,
    };
    const res = await signUp(body);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
  });

  it("answers better-auth's own errors in the common shape, in the caller's language", async () => {
    await t.signUp("既存 一郎", "existing@example.jp");
    const again = await signUp(
      { name: "既存 一郎", email: "existing@example.jp", password: "correct-horse-battery" },
      "en",
    );
    expect(again.statusCode).toBe(422);
    expect(again.json()).toEqual({
      error: {
        code: "USER_ALREADY_EXISTS",
        message:
          "This e-mail address cannot be registered. If you already have an account, sign in.",
        fields: {
          email:
            "This e-mail address cannot be registered. If you already have an account, sign in.",
        },
      },
    });
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: sameOrigin,
      remoteAddress: "10.0.0.8",
      payload: { email: "existing@example.jp", password: "not-the-password-1" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      error: {
        code: "INVALID_EMAIL_OR_PASSWORD",
        message: "メールアドレスまたはパスワードが正しくありません。",
      },
    });
  });

  it("rate-limits sign-in attempts per client", async () => {
    await t.signUp("制限 花子", "limited@example.jp");
    const attempt = () =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: sameOrigin,
        payload: { email: "limited@example.jp", password: "wrong-password-1" },
      });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await attempt());
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 429, 429]);
    expect(answers[4]?.json()).toEqual({
      error: {
        code: "RATE_LIMITED",
        message: "試行回数が多すぎます。しばらく待ってから再度お試しください。",
      },
    });
  });

  const orgsWith = (cookie: string) =>
    t.app.inject({ method: "GET", url: "/api/v1/orgs", headers: { cookie } });

  it("ends the session at once on sign-out", async () => {
    const user = await t.signUp("退出 次郎", "signout@example.jp");
    expect((await orgsWith(user.cookie)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: user.cookie, ...sameOrigin },
      payload: {},
    });
    expect(out.statusCode, out.body).toBe(200);
    // The very next request with the old cookies (cache cookie included) is refused.
    expect((await orgsWith(user.cookie)).statusCode).toBe(401);
  });

  it("ends every other session at once when the password changes", async () => {
    const user = await t.signUp("変更 三郎", "change-pw@example.jp");
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: sameOrigin,
      remoteAddress: "10.0.0.9",
      payload: { email: user.email, password: "correct-horse-battery" },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const laptop = signIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect((await orgsWith(laptop)).statusCode).toBe(200);

    const weak = await t.app.inject({
      method: "POST",
      url: "/api/auth/change-password",
      headers: { cookie: user.cookie, ...sameOrigin },
      payload: { currentPassword: "correct-horse-battery", newPassword: "change-pw-1234" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual({
      newPassword: "メールアドレスや名前を含まないパスワードにしてください。",
    });

    const change = await t.app.inject({
      method: "POST",
      url: "/api/auth/change-password",
      headers: { cookie: user.cookie, ...sameOrigin },
      // Even when the client asks to keep the other sessions, they end.
      payload: {
        currentPassword: "correct-horse-battery",
        newPassword: "夕焼け-ふくろう-風鈴-7",
        revokeOtherSessions: false,
      },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect((await orgsWith(laptop)).statusCode).toBe(401);
    const renewed = change.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect((await orgsWith(renewed)).statusCode).toBe(200);
  });

  it("does not serve better-auth's organization endpoints", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/organization/create",
      headers: sameOrigin,
      payload: { name: "x", slug: "x" },
    });
    expect(res.statusCode).toBe(404);
  });
});
