// 公開ページの設定 and 公表事項, on both databases: the slug's rules (shape, reserved words,
// one organization per slug), turning the page on and off, the desk fields of the profile, and
// drafting 公表事項 into the document register (a new draft, rewritten, refused while it waits
// for approval, a new version after publication). Roles are in src/server/access.routes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { documentSteps } from "./public-page.test-support.ts";

describe.each(dbKinds)("public page settings (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let otherOwner: TestUser;
  let otherOrg: string;
  const page = (org = orgId) => `/api/v1/orgs/${org}/public-page`;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("設定 太郎");
    orgId = await t.createOrg(owner, "株式会社公開設定");
    otherOwner = await t.signUp("他社 花子");
    otherOrg = await t.createOrg(otherOwner, "他社公開株式会社");
  });
  afterAll(() => t.close());

  it("starts without an address, off, with nothing to show and every desk field missing", async () => {
    const res = await t.as(owner).get(page());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      slug: null,
      enabled: false,
      publishedAt: null,
      updatedAt: null,
      url: null,
      policy: null,
      disclosure: null,
      missingDeskFields: ["deskName", "deskAddress", "deskPhone", "deskEmail", "deskHours"],
    });
  });

  it("refuses slugs of the wrong shape and reserved words, naming the field", async () => {
    const cases: [unknown, string][] = [
      [
        "ab",
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      [
        "-acme",
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      [
        "acme-",
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      [
        "acme_co",
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      [
        "a".repeat(41),
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      [
        "株式会社",
        "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
      ],
      ["api", "このアドレスは予約されているため使えません。別のものを入力してください。"],
      ["Admin", "このアドレスは予約されているため使えません。別のものを入力してください。"],
      ["", "必須項目です。"],
      [12, "値の形式が正しくありません。"],
    ];
    for (const [slug, message] of cases) {
      const res = await t.as(owner).put(page(), { slug, enabled: true });
      expect(res.statusCode, String(slug)).toBe(400);
      expect(res.json().error.fields, String(slug)).toEqual({ slug: message });
    }
    expect((await t.as(owner).get(page())).json().slug).toBeNull();
  });

  it("sets the slug (lower-cased), turns the page on and off, and records each change", async () => {
    const on = await t.as(owner).put(page(), { slug: " Sample-Corp ", enabled: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({
      slug: "sample-corp",
      enabled: true,
      url: "http://localhost:3000/p/sample-corp",
    });
    const publishedAt = on.json().publishedAt as string;
    expect(publishedAt).not.toBeNull();
    // Saving again while on keeps the day it went public.
    const again = await t.as(owner).put(page(), { slug: "sample-corp", enabled: true });
    expect(again.json().publishedAt).toBe(publishedAt);
    const off = await t.as(owner).put(page(), { slug: "sample-corp", enabled: false });
    expect(off.json()).toMatchObject({ enabled: false, publishedAt: null });
    const events = (
      await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=public_page`)
    ).json().items as { action: string; changes: Record<string, { old: unknown; new: unknown }> }[];
    expect(events.map((e) => e.action)).toEqual(["update", "create"]);
    expect(events[1]?.changes).toEqual({
      slug: { old: null, new: "sample-corp" },
      enabled: { old: null, new: true },
    });
    expect(events[0]?.changes).toEqual({ enabled: { old: true, new: false } });
  });

  it("gives a slug to one organization only, whatever the case", async () => {
    for (const slug of ["sample-corp", "SAMPLE-corp"]) {
      const res = await t.as(otherOwner).put(page(otherOrg), { slug, enabled: true });
      expect(res.statusCode, slug).toBe(409);
      expect(res.json().error).toEqual({
        code: "SLUG_TAKEN",
        message: "このアドレスはすでにほかの事業者が使っています。別のものを入力してください。",
        fields: {
          slug: "このアドレスはすでにほかの事業者が使っています。別のものを入力してください。",
        },
      });
    }
    expect((await t.as(otherOwner).get(page(otherOrg))).json().slug).toBeNull();
    // Its own slug again is no conflict.
    expect((await t.as(owner).put(page(), { slug: "sample-corp", enabled: true })).statusCode).toBe(
      200,
    );
  });
});

describe.each(dbKinds)("desk fields of the profile (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const profile = () => `/api/v1/orgs/${orgId}/profile`;
  const NAME = "株式会社窓口";
  const DESK = {
    deskName: "個人情報お問い合わせ窓口",
    deskAddress: "東京都千代田区丸の内1-1-1",
    deskPhone: "03-1234-5678",
    deskEmail: "privacy@example.jp",
    deskHours: "平日 9:00〜17:00",
    accreditedOrgName: "一般財団法人サンプル協会",
    requestFee: "1件につき1,000円",
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("窓口 太郎");
    orgId = await t.createOrg(owner, NAME);
  });
  afterAll(() => t.close());

  it("stores the desk, the accredited body and the fee, and keeps them when a PUT leaves them out", async () => {
    const res = await t.as(owner).put(profile(), { name: NAME, ...DESK });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject(DESK);
    const kept = await t.as(owner).put(profile(), { name: NAME, scope: "全社" });
    expect(kept.json()).toMatchObject({ ...DESK, scope: "全社" });
    const cleared = await t
      .as(owner)
      .put(profile(), { name: NAME, deskHours: "", requestFee: null });
    expect(cleared.json()).toMatchObject({
      deskHours: null,
      requestFee: null,
      deskName: DESK.deskName,
    });
    const settings = await t.as(owner).get(`/api/v1/orgs/${orgId}/public-page`);
    expect(settings.json().missingDeskFields).toEqual(["deskHours"]);
  });

  it("accepts phone numbers as people write them and refuses what is not one", async () => {
    for (const phone of [
      "0120 123 456",
      "+81 3-1234-5678",
      "(03)1234-5678",
      "０３－１２３４－５６７８",
    ]) {
      const res = await t.as(owner).put(profile(), { name: NAME, deskPhone: phone });
      expect(res.statusCode, `${phone}: ${res.body}`).toBe(200);
    }
    const bad: [string, Record<string, unknown>, string][] = [
      ["letters", { deskPhone: "電話してください" }, "deskPhone"],
      ["too few digits", { deskPhone: "12-34" }, "deskPhone"],
      ["too many digits", { deskPhone: "0".repeat(16) }, "deskPhone"],
    ];
    for (const [what, body, field] of bad) {
      const res = await t.as(owner).put(profile(), { name: NAME, ...body });
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.fields, what).toEqual({
        [field]: "電話番号は数字とハイフンなどで入力してください（例：03-1234-5678）。",
      });
    }
  });

  it("refuses a malformed e-mail, markup and overlong text", async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [
        { deskEmail: "privacy at example" },
        { deskEmail: "メールアドレスの形式が正しくありません。" },
      ],
      [{ deskName: "<b>窓口</b>" }, { deskName: "HTMLタグやスクリプトは入力できません。" }],
      [{ deskHours: "長".repeat(201) }, { deskHours: "200文字以内で入力してください。" }],
      [{ requestFee: 1000 }, { requestFee: "値の形式が正しくありません。" }],
    ];
    for (const [body, fields] of cases) {
      const res = await t.as(owner).put(profile(), { name: NAME, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields).toEqual(fields);
    }
  });
});

describe.each(dbKinds)("公表事項 drafted into the register (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const disclosure = () => `/api/v1/orgs/${orgId}/public-page/disclosure`;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("公表 太郎");
    orgId = await t.createOrg(owner, "株式会社公表");
    const items = [
      {
        name: "顧客名簿",
        purpose: "商品の発送\nアフターサービスのご案内",
        retainedPersonalData: true,
      },
      { name: "問合せ記録", purpose: "お問い合わせへの回答", retainedPersonalData: true },
      { name: "応募者情報", purpose: "採用選考", retainedPersonalData: false },
      { name: "会員名簿", purpose: "商品の発送", retainedPersonalData: true },
    ];
    for (const item of items) {
      const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/inventory-items`, item);
      expect(res.statusCode, res.body).toBe(201);
    }
    await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社公表",
      requestFee: "1件につき1,000円",
      accreditedOrgName: "一般財団法人サンプル協会",
    });
  });
  afterAll(() => t.close());

  const lines = async (documentId: string, versionId: string) => {
    const steps = documentSteps(t, owner, orgId);
    const v = await steps.versionOf(documentId, versionId);
    return JSON.stringify(v.content);
  };

  it("creates an external policy document whose draft lists the purposes, the fee and the accredited body", async () => {
    const res = await t.as(owner).post(disclosure());
    expect(res.statusCode, res.body).toBe(200);
    const { documentId, versionId, created } = res.json();
    expect(created).toBe(true);
    const doc = (await t.as(owner).get(`/api/v1/orgs/${orgId}/documents/${documentId}`)).json();
    expect(doc).toMatchObject({
      number: "P-03",
      title: "保有個人データに関する事項の公表",
      kind: "policy",
      audience: "external",
      approverRole: "top_management",
      templateKey: "public_disclosure",
      openStatus: "draft",
    });
    const text = await lines(documentId, versionId);
    // Only items marked 保有個人データ (in the register's order, by name): not the recruitment file.
    expect(text).toContain("会員名簿、顧客名簿");
    expect(text).toContain("商品の発送");
    expect(text).toContain("アフターサービスのご案内");
    expect(text).toContain("お問い合わせへの回答");
    expect(text).not.toContain("採用選考");
    expect(text).toContain("1件につき1,000円");
    expect(text).toContain("一般財団法人サンプル協会");
    expect(text).toContain('"key":"desk.phone"');
    const settings = (await t.as(owner).get(`/api/v1/orgs/${orgId}/public-page`)).json();
    expect(settings.disclosure).toMatchObject({
      documentId,
      publishedVersionNo: null,
      openVersionId: versionId,
      openStatus: "draft",
    });
  });

  it("rewrites the open draft, refuses while it waits for approval, then opens a new version", async () => {
    const first = (await t.as(owner).post(disclosure())).json();
    await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社公表",
      requestFee: "無料",
    });
    const again = await t.as(owner).post(disclosure());
    expect(again.json()).toEqual({ ...first, created: false });
    expect(await lines(first.documentId, first.versionId)).toContain("無料");

    const steps = documentSteps(t, owner, orgId);
    const base = `${steps.base}/${first.documentId}/versions/${first.versionId}`;
    await t.as(owner).post(`${base}/submit`, { approverUserId: owner.id });
    const waiting = await t.as(owner).post(disclosure());
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().error.code).toBe("DISCLOSURE_UNDER_APPROVAL");
    await t.as(owner).post(`${base}/approve`);
    expect((await t.as(owner).post(disclosure())).statusCode).toBe(409);
    await t.as(owner).post(`${base}/publish`);

    const next = await t.as(owner).post(disclosure());
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ documentId: first.documentId, created: false });
    expect(next.json().versionId).not.toBe(first.versionId);
    const settings = (await t.as(owner).get(`/api/v1/orgs/${orgId}/public-page`)).json();
    expect(settings.disclosure).toMatchObject({
      publishedVersionNo: 1,
      openVersionNo: 2,
      openStatus: "draft",
    });
  });

  it("refuses to draft into an archived document", async () => {
    const { documentId } = (await t.as(owner).post(disclosure())).json();
    const steps = documentSteps(t, owner, orgId);
    await t.as(owner).post(`${steps.base}/${documentId}/archive`);
    const res = await t.as(owner).post(disclosure());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DISCLOSURE_ARCHIVED");
  });
});
