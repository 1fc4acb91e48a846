// The public page at /p/<slug>, on both databases: served only while on; only published
// versions, never a draft; the values frozen at approval; every text escaped; its headers; a
// personal link's path still reaching the web app; and the inquiry form — stored with its
// 受付番号, an audit event by the form and a notification to the office — refusing a missing
// contact, an overlong message, the honeypot, a forged, expired or too fresh token, another
// site's post, JSON, an oversized body, and too many sends per address and per organization,
// never echoing what was typed as markup.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { PAGE_CSP } from "./public-page.page-routes.ts";
import { documentSteps, formToken, setPage, text } from "./public-page.test-support.ts";

const webBuilt = existsSync(fileURLToPath(new URL("../../../web/dist", import.meta.url)));

const VALID = {
  category: "complaint",
  name: "問合 花子",
  email: "hanako@example.jp",
  phone: "",
  message: "ダイレクトメールの送付を止めてください。",
  consent: "yes",
};

describe.each(dbKinds)("public page (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let orgId: string;
  let ip = 0;
  /** Each test sends from its own address, so the per-address limit is its own. */
  const nextIp = () => `10.0.${Math.floor(++ip / 250)}.${ip % 250}`;

  const open = (path: string, lang = "ja") =>
    t.app.inject({ method: "GET", url: path, headers: { "accept-language": lang } });
  const send = (
    slug: string,
    fields: Record<string, string>,
    opts: { ip?: string; origin?: string; contentType?: string; payload?: string } = {},
  ) =>
    t.app.inject({
      method: "POST",
      url: `/p/${slug}/inquiry`,
      remoteAddress: opts.ip ?? nextIp(),
      headers: {
        "content-type": opts.contentType ?? "application/x-www-form-urlencoded",
        ...(opts.origin ? { origin: opts.origin } : {}),
      },
      payload: opts.payload ?? new URLSearchParams(fields).toString(),
    });
  const inquiries = async (org = orgId) =>
    (await t.as(owner).get(`/api/v1/orgs/${org}/inquiries`)).json().items as {
      referenceNo: string;
      name: string;
      message: string;
      category: string;
      status: string;
    }[];
  const expectHtml = (res: LightMyRequestResponse, status: number) => {
    expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toBe(PAGE_CSP);
    expect(res.headers["referrer-policy"]).toBe("same-origin");
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { PUBLIC_RATE_LIMIT: "100000/60" });
    owner = await t.signUp("公開 太郎");
    orgId = await t.createOrg(owner, "株式会社公開ページ");
    viewer = await t.signUp("閲覧 次郎");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社公開ページ",
      representative: "代表取締役 山田 一郎",
    });
  });
  afterAll(() => t.close());

  it("is 404 until it is on, and for a slug nobody has", async () => {
    await setPage(t, owner, orgId, "koukai-page", false);
    for (const path of ["/p/koukai-page", "/p/nobody-has-this"]) {
      const res = await open(path);
      expectHtml(res, 404);
      expect(res.body).toContain("ページが見つかりません");
      expect(res.body).not.toContain("株式会社公開ページ");
    }
    const en = await open("/p/nobody-has-this", "en");
    expect(en.body).toContain("Page not found");
  });

  it("once on, shows the form (and says nothing is published yet) with its headers", async () => {
    await setPage(t, owner, orgId, "koukai-page", true);
    const res = await open("/p/koukai-page");
    expectHtml(res, 200);
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    expect(res.body).toContain("株式会社公開ページ");
    expect(res.body).toContain("現在公開している文書はありません。");
    expect(res.body).toContain('<form method="post" action="/p/koukai-page/inquiry#inquiry"');
    expect(res.body).toContain("お問い合わせ・苦情・開示等の請求");
    expect(res.body).not.toContain("<script");
    // Upper case typed by hand leads to the one address.
    const upper = await open("/p/Koukai-Page");
    expect(upper.statusCode).toBe(301);
    expect(upper.headers.location).toBe("/p/koukai-page");
  });

  it("shows only published versions, with the values frozen at approval, never a draft", async () => {
    const steps = documentSteps(t, owner, orgId);
    const policy = await steps.draft(
      { number: "P-02", title: "個人情報保護方針（外部向け）" },
      {
        type: "doc",
        content: [
          {
            type: "heading",
            attrs: { level: 1, refs: null },
            content: [{ type: "text", text: "個人情報保護方針" }],
          },
          { type: "paragraph", content: [{ type: "text", text: "公開済みの方針の本文です。" }] },
          {
            type: "paragraph",
            content: [
              { type: "text", text: "代表者：" },
              { type: "field", attrs: { key: "org.representative" } },
            ],
          },
        ],
      },
    );
    // A draft is never shown.
    expect((await open("/p/koukai-page")).body).not.toContain("公開済みの方針の本文です。");
    await steps.publish(policy.id, policy.vid);
    // The representative changes after the approval: the page keeps the approved text.
    await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社公開ページ",
      representative: "代表取締役 佐藤 二郎",
    });
    await steps.nextDraft(policy.id, text("第2版の下書きの一文です。"));
    const disclosure = await steps.draft(
      { number: "P-03", title: "保有個人データに関する事項の公表", kind: "record" },
      text("公表事項の下書きです。"),
    );
    const res = await open("/p/koukai-page");
    expectHtml(res, 200);
    expect(res.body).toContain("<h2>個人情報保護方針</h2>");
    expect(res.body).toContain("公開済みの方針の本文です。");
    expect(res.body).toContain("代表者：代表取締役 山田 一郎");
    expect(res.body).not.toContain("佐藤 二郎");
    expect(res.body).not.toContain("第2版の下書きの一文です。");
    expect(res.body).not.toContain("公表事項の下書きです。");
    expect(res.body).not.toContain("現在公開している文書はありません。");
    const today = new Date(Date.now() + 9 * 3600_000);
    const day = `${today.getUTCFullYear()}年${today.getUTCMonth() + 1}月${today.getUTCDate()}日`;
    expect(res.body).toContain(`制定日：${day}　施行日：${day}　代表者：代表取締役 山田 一郎`);
    expect(disclosure.id).not.toBe(policy.id);
  });

  it("escapes every text of a published document", async () => {
    const other = await t.createOrg(owner, "株式会社エスケープ");
    const steps = documentSteps(t, owner, other);
    const doc = await steps.draft(
      { number: "P-02", title: "方針" },
      text('<script>alert("x")</script> & <img src=x onerror=alert(1)>'),
    );
    await steps.publish(doc.id, doc.vid);
    await setPage(t, owner, other, "escape-test", true);
    const res = await open("/p/escape-test");
    expectHtml(res, 200);
    expect(res.body).toContain(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>",
    );
    expect(res.body).not.toContain("<script");
    expect(res.body).not.toContain("<img");
  });

  it("leaves a personal link's path to the web app's page for it", async () => {
    const token = "A".repeat(43) + "b".repeat(22);
    const res = await open(`/p/${token}`);
    if (webBuilt) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<div id="root">');
    } else {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("NOT_FOUND");
    }
    expect(res.body).not.toContain("個人情報の取扱いについて");
  });

  it("stores an inquiry, answers its 受付番号, records it and tells the office only", async () => {
    const res = await send("koukai-page", { ...VALID, token: formToken("koukai-page") });
    expectHtml(res, 200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const ref = /id="reference-no">(Q\d{6}-[2-9A-HJ-NP-Z]{5})</.exec(res.body)?.[1];
    expect(ref, res.body).toBeDefined();
    const [stored] = await inquiries();
    expect(stored).toMatchObject({
      referenceNo: ref,
      category: "complaint",
      name: "問合 花子",
      message: "ダイレクトメールの送付を止めてください。",
      status: "new",
    });
    const events = (
      await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=inquiry`)
    ).json().items as { action: string; actorName: string; changes: object }[];
    expect(events[0]).toMatchObject({
      action: "create",
      actorName: "公開ページのお問い合わせフォーム",
    });
    expect(JSON.stringify(events[0]?.changes)).not.toContain("花子");
    expect(JSON.stringify(events[0]?.changes)).not.toContain("ダイレクトメール");
    const notified = (await t.as(owner).get(`/api/v1/orgs/${orgId}/notifications`)).json().items;
    expect(notified[0]).toMatchObject({
      kind: "inquiry.received",
      title: "公開ページから苦情が届きました",
      body: `受付番号 ${ref}。内容を確認し、対応の状況を記録してください。`,
    });
    const viewers = (await t.as(viewer).get(`/api/v1/orgs/${orgId}/notifications`)).json().items;
    expect(viewers.filter((n: { kind: string }) => n.kind === "inquiry.received")).toEqual([]);
  });

  it("re-renders the form with the errors and the typed values escaped, storing nothing", async () => {
    const before = (await inquiries()).length;
    const cases: [string, Record<string, string>, string[]][] = [
      [
        "no contact",
        { ...VALID, email: "", phone: "" },
        ["メールアドレスか電話番号のどちらかを入力してください。"],
      ],
      [
        "message too long",
        { ...VALID, message: "長".repeat(4001) },
        ["4000文字以内で入力してください。"],
      ],
      ["no consent", { ...VALID, consent: "" }, ["お問い合わせ内容の取扱いに同意してください。"]],
      [
        "bad phone",
        { ...VALID, phone: "電話ください" },
        ["電話番号は数字とハイフンなどで入力してください（例：03-1234-5678）。"],
      ],
      ["unknown category", { ...VALID, category: "sales" }, ["選択肢から選んでください。"]],
      [
        "markup",
        { ...VALID, name: '"><script>alert(1)</script>', message: "<b>太字</b>" },
        ["HTMLタグやスクリプトは入力できません。"],
      ],
    ];
    for (const [what, fields, messages] of cases) {
      const res = await send("koukai-page", { ...fields, token: formToken("koukai-page") });
      expectHtml(res, 400);
      expect(res.body, what).toContain("入力内容をご確認ください。");
      for (const m of messages) expect(res.body, what).toContain(m);
    }
    const markup = await send("koukai-page", {
      ...VALID,
      name: '"><script>alert(1)</script>',
      message: "<b>太字</b>",
      token: formToken("koukai-page"),
    });
    expect(markup.body).not.toContain("<script>alert(1)");
    expect(markup.body).not.toContain("<b>太字");
    expect(markup.body).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup.body).toContain("&lt;b&gt;太字&lt;/b&gt;</textarea>");
    expect((await inquiries()).length).toBe(before);
  });

  it("refuses the honeypot, a forged token and another site's post without storing", async () => {
    const before = (await inquiries()).length;
    const refused = [
      await send("koukai-page", {
        ...VALID,
        website: "http://spam.example",
        token: formToken("koukai-page"),
      }),
      await send("koukai-page", { ...VALID, token: "lzz0abcd.AAAAAAAAAAAAAAAAAAAAAA" }),
      await send("koukai-page", { ...VALID }),
      await send("koukai-page", { ...VALID, token: formToken("another-page") }),
      await send(
        "koukai-page",
        { ...VALID, token: formToken("koukai-page") },
        { origin: "https://evil.example" },
      ),
      // A page with no-referrer on another site posts with the origin "null".
      await send("koukai-page", { ...VALID, token: formToken("koukai-page") }, { origin: "null" }),
    ];
    for (const res of refused) {
      expectHtml(res, 400);
      expect(res.body).toContain("送信できませんでした");
      expect(res.body).not.toContain("問合 花子");
    }
    expect((await inquiries()).length).toBe(before);
  });

  it("asks again, keeping the values, when the token is too fresh or too old", async () => {
    const fresh = await send("koukai-page", { ...VALID, token: formToken("koukai-page", 0) });
    expectHtml(fresh, 400);
    expect(fresh.body).toContain("送信が早すぎたため受け付けませんでした。");
    expect(fresh.body).toContain('value="hanako@example.jp"');
    const old = await send("koukai-page", {
      ...VALID,
      token: formToken("koukai-page", 2 * 3600_000 + 60_000),
    });
    expectHtml(old, 400);
    expect(old.body).toContain("ページを開いてから時間がたったため、送信できませんでした。");
    expect(old.body).toContain("ダイレクトメールの送付を止めてください。</textarea>");
    // The new token in the page is the page's own.
    const token = /name="token" value="([^"]+)"/.exec(old.body)?.[1] ?? "";
    expect(token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
  });

  it("takes the form only, and only a small one", async () => {
    const json = await send(
      "koukai-page",
      {},
      {
        contentType: "application/json",
        payload: JSON.stringify({ ...VALID, token: formToken("koukai-page") }),
      },
    );
    expectHtml(json, 415);
    const big = await send("koukai-page", {
      ...VALID,
      message: "あ".repeat(30_000),
      token: formToken("koukai-page"),
    });
    expectHtml(big, 413);
    expect(big.body).toContain("送信内容が大きすぎます。");
    const off = await send("nobody-has-this", { ...VALID, token: formToken("nobody-has-this") });
    expectHtml(off, 404);
  });

  it("limits sends per address and per organization (429 with retry-after)", async () => {
    const address = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await send("koukai-page", { ...VALID, consent: "" }, { ip: address })).statusCode,
      );
    expect(statuses).toEqual([...Array(10).fill(400), 429]);
    const limited = await send(
      "koukai-page",
      { ...VALID, token: formToken("koukai-page") },
      { ip: address },
    );
    expectHtml(limited, 429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.body).toContain("しばらくお待ちください");

    // 30 a hour per organization, counted over valid sends only (one was sent above).
    const sent: number[] = [];
    for (let i = 0; i < 30; i++)
      sent.push(
        (await send("koukai-page", { ...VALID, token: formToken("koukai-page") })).statusCode,
      );
    expect(sent).toEqual([...Array(29).fill(200), 429]);
  });
});

describe.each(dbKinds)("public page behind the public rate limit (%s)", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind, { PUBLIC_RATE_LIMIT: "3/60" });
    const owner = await t.signUp("制限 太郎");
    const orgId = await t.createOrg(owner, "株式会社制限");
    await setPage(t, owner, orgId, "seigen", true);
  });
  afterAll(() => t.close());

  it("answers 429 as a page once the address has used its share", async () => {
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.app.inject({ method: "GET", url: "/p/seigen" });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
  });
});
