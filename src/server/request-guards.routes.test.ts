// The checks every API request passes: CSRF (Origin/Referer), media types, control
// characters and broken UTF-16, no-store, multipart limits — through the real app.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  TEST_BASE_URL,
  type TestApp,
  type TestUser,
} from "../test/harness.ts";

describe.each(dbKinds)("request guards (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(kind, { ALLOWED_ORIGINS: "https://partner.example.jp" });
    owner = await t.signUp("守り 太郎");
    orgId = await t.createOrg(owner, "株式会社がーど");
    base = `/api/v1/orgs/${orgId}`;
  });
  afterAll(() => t.close());

  const departmentCount = async () =>
    (await t.as(owner).get(`${base}/departments`)).json().items.length as number;

  const write = (headers: Record<string, string>, payload: unknown = { name: "営業部" }) =>
    t.app.inject({
      method: "POST",
      url: `${base}/departments`,
      headers: { cookie: owner.cookie, "accept-language": "ja", ...headers },
      payload: payload as object,
    });

  describe("CSRF", () => {
    it.each([
      ["a foreign Origin", { origin: "https://evil.example.com" }],
      ["a same-site page on another port", { origin: "http://localhost:3001" }],
      ["Origin: null", { origin: "null" }],
      ["no Origin and no Referer", {}],
      ["a foreign Referer without Origin", { referer: "https://evil.example.com/x" }],
      ["an unparsable Referer", { referer: "not a url" }],
    ])("refuses a write with %s (403, nothing written)", async (_label, headers) => {
      const before = await departmentCount();
      const res = await write(headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toEqual({
        code: "CSRF_ORIGIN",
        message:
          "この操作は mamori の画面から行ってください（送信元のページを確認できませんでした）。",
      });
      expect(await departmentCount()).toBe(before);
    });

    it("accepts the app's own Origin, its Referer, and a configured extra origin", async () => {
      expect((await write(sameOrigin, { name: "総務部" })).statusCode).toBe(201);
      const byReferer = await write(
        { referer: `${TEST_BASE_URL}/orgs/${orgId}` },
        { name: "人事部" },
      );
      expect(byReferer.statusCode, byReferer.body).toBe(201);
      const partner = await write({ origin: "https://partner.example.jp" }, { name: "経理部" });
      expect(partner.statusCode, partner.body).toBe(201);
    });

    it("refuses a foreign multipart import, a body-less rotation and a sign-in", async () => {
      const boundary = "----mamori";
      const payload = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="people.csv"',
        "Content-Type: text/csv",
        "",
        "氏名,メールアドレス\r\n山田 太郎,yamada@example.jp",
        `--${boundary}--`,
        "",
      ].join("\r\n");
      const evil = { origin: "https://evil.example.com" };
      const upload = await t.app.inject({
        method: "POST",
        url: `${base}/people/import`,
        headers: {
          cookie: owner.cookie,
          ...evil,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
      expect(upload.statusCode).toBe(403);
      expect((await t.as(owner).get(`${base}/people`)).json().total).toBe(0);

      const feed = await t.app.inject({
        method: "POST",
        url: `${base}/calendar-feed`,
        headers: { cookie: owner.cookie, ...evil },
      });
      expect(feed.statusCode).toBe(403);

      const signIn = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: evil,
        payload: { email: owner.email, password: "correct-horse-battery" },
      });
      expect(signIn.statusCode).toBe(403);
      expect(signIn.cookies).toEqual([]);
    });

    it("lets reads through without an Origin", async () => {
      const res = await t.app.inject({
        method: "GET",
        url: `${base}/departments`,
        headers: { cookie: owner.cookie },
      });
      expect(res.statusCode).toBe(200);
    });
  });

  describe("media types", () => {
    it.each([
      ["text/plain", '{"name":"偽装部"}'],
      ["application/x-www-form-urlencoded", "name=%E5%81%BD%E8%A3%85%E9%83%A8"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\n偽装部\r\n--x--\r\n',
      ],
    ])("refuses %s on a JSON route with 415", async (type, body) => {
      const before = await departmentCount();
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/departments`,
        headers: { cookie: owner.cookie, ...sameOrigin, "content-type": type },
        payload: body,
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(res.json().error.message).toBe(
        "送信の形式が正しくありません（application/json で送ってください）。",
      );
      expect(await departmentCount()).toBe(before);
    });

    it("refuses JSON on an upload route with 415", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/people/import`,
        headers: { cookie: owner.cookie, ...sameOrigin, "content-type": "application/json" },
        payload: { file: "x" },
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    });

    it("accepts JSON with a charset parameter", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/departments`,
        headers: {
          cookie: owner.cookie,
          ...sameOrigin,
          "content-type": "application/json; charset=utf-8",
        },
        payload: JSON.stringify({ name: "法務部" }),
      });
      expect(res.statusCode, res.body).toBe(201);
    });

    it("answers a multipart request with too many fields with 400, not 500", async () => {
      const boundary = "----many";
      const parts = Array.from(
        { length: 12 },
        (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`,
      );
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/people/import`,
        headers: {
          cookie: owner.cookie,
          ...sameOrigin,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        payload: `${parts.join("")}--${boundary}--\r\n`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("MULTIPART_LIMIT");
    });
  });

  describe("control characters and broken text", () => {
    it.each([
      ["NUL", "営業\u0000部"],
      ["ESC", "\u001b[31m営業部"],
      ["DEL", "営業部\u007f"],
      ["a line break in a one-line field", "営業\n部"],
    ])("refuses %s in a body field with 400 naming the field", async (_label, name) => {
      const before = await departmentCount();
      const res = await t.as(owner).post(`${base}/departments`, { name });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toEqual(["name"]);
      expect(await departmentCount()).toBe(before);
    });

    it("refuses a lone surrogate sent as a JSON escape", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/departments`,
        headers: { cookie: owner.cookie, ...sameOrigin, "content-type": "application/json" },
        payload: '{"name":"\\ud800営業部"}',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({
        name: "壊れた文字が含まれています。文字をコピーし直して入力してください。",
      });
    });

    it("refuses NUL in a query parameter and in a path parameter", async () => {
      const q = await t.as(owner).get(`${base}/people?q=%00`);
      expect(q.statusCode).toBe(400);
      expect(Object.keys(q.json().error.fields)).toEqual(["q"]);
      const tab = await t.as(owner).get(`${base}/people?q=a%09b`);
      expect(tab.statusCode).toBe(400);
      const path = await t.as(owner).get(`${base}/people/abc%00def`);
      expect(path.statusCode).toBe(400);
      expect(Object.keys(path.json().error.fields)).toEqual(["id"]);
    });

    it("refuses control characters in JSON keys", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/departments`,
        headers: { cookie: owner.cookie, ...sameOrigin, "content-type": "application/json" },
        payload: '{"name":"営業部","\\u0000x":1}',
      });
      expect(res.statusCode).toBe(400);
    });
  });

  it("marks API answers no-store, downloads included", async () => {
    for (const path of [`${base}/departments`, `${base}/people/export.xlsx`]) {
      const res = await t.as(owner).get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers["cache-control"], path).toBe("no-store");
    }
  });

  it("answers an overlong calendar token and unknown API paths in the common shape", async () => {
    const long = await t.app.inject({
      method: "GET",
      url: `/api/v1/calendar/${"a".repeat(5000)}.ics`,
    });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({
      error: { code: "URI_TOO_LONG", message: "アドレス（URL）が長すぎます。" },
    });
    const unknown = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("NOT_FOUND");
  });
});
