// What the public page shows at each step of a document's life in the register, on both
// databases. 公表事項 is drafted through POST …/public-page/disclosure (so it carries the
// disclosure's template key, the one the page looks for) and the external policy is made from
// its template: each stays off the page as a draft, in review and approved, and appears only
// once published. A later version opened and edited leaves the published one on the page until
// it is published in turn.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { documentSteps, setPage, text } from "./public-page.test-support.ts";

const SLUG = "lifecycle-page";
const ORG = "株式会社ライフサイクル";

// What 公表事項 shows once published: its heading (the document's h1, one level down on the
// page), the page's link to it, and the register item and purpose put in below.
const DISCLOSURE_HEADING = "<h2>保有個人データに関する事項の公表</h2>";
const DISCLOSURE_NAV = '<a href="#disclosure">保有個人データに関する公表事項</a>';
const ITEM = "ライフ会員名簿";
const PURPOSE = "季節のカタログの送付（公開確認用）";
const LATER_PURPOSE = "第2版でだけ加わる目的（下書き）";

// The external policy's template (core/documents/templates/policies.ts): its heading, a phrase
// of its first paragraph, and the organization's name frozen into that paragraph at approval.
const POLICY_HEADING = "<h2>個人情報保護方針</h2>";
const POLICY_NAV = '<a href="#policy">個人情報保護方針</a>';
const POLICY_PHRASE = "事業を通じてお預かりする個人情報の重要性を認識し";
const POLICY_OPENING = `<p>${ORG}は、事業を通じてお預かりする個人情報の重要性を認識し`;
const POLICY_V2 = "第2版の方針の下書きです。まだ公開されていません。";

describe.each(dbKinds)("public page through a document's life (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let approver: TestUser;
  let orgId: string;
  let api: string;

  const page = async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/p/${SLUG}`,
      headers: { "accept-language": "ja" },
    });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    return res.body;
  };
  /** Where the settings page says a document stands. */
  const settings = async () => (await t.as(owner).get(`${api}/public-page`)).json();
  /** A version's step through the register's routes, checked to have landed. */
  const move = async (
    docId: string,
    vid: string,
    step: "submit" | "approve" | "publish",
    expected: string,
  ) => {
    const path = `${api}/documents/${docId}/versions/${vid}/${step}`;
    const res =
      step === "submit"
        ? await t.as(owner).post(path, { approverUserId: approver.id })
        : step === "approve"
          ? await t.as(approver).post(path)
          : await t.as(owner).post(path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe(expected);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("公開 一郎");
    approver = await t.signUp("承認 花子");
    orgId = await t.createOrg(owner, ORG);
    await t.addMember(owner, orgId, approver, "admin");
    api = `/api/v1/orgs/${orgId}`;
    const profile = await t.as(owner).put(`${api}/profile`, {
      name: ORG,
      representative: "代表取締役 公開 一郎",
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const item = await t.as(owner).post(`${api}/inventory-items`, {
      name: ITEM,
      purpose: PURPOSE,
      retainedPersonalData: true,
    });
    expect(item.statusCode, item.body).toBe(201);
    await setPage(t, owner, orgId, SLUG, true);
  });
  afterAll(() => t.close());

  it("keeps 公表事項 off the page as a draft, in review and approved; shows it once published", async () => {
    const drafted = await t.as(owner).post(`${api}/public-page/disclosure`);
    expect(drafted.statusCode, drafted.body).toBe(200);
    const { documentId, versionId, created } = drafted.json();
    expect(created).toBe(true);
    // The draft does hold the text looked for below, so its absence means something.
    const steps = documentSteps(t, owner, orgId);
    const draftText = JSON.stringify((await steps.versionOf(documentId, versionId)).content);
    expect(draftText).toContain(PURPOSE);
    expect(draftText).toContain(ITEM);
    expect(draftText).toContain('"text":"保有個人データに関する事項の公表"');

    const hidden = async (status: string) => {
      expect((await settings()).disclosure).toMatchObject({
        documentId,
        publishedVersionNo: null,
        openVersionId: versionId,
        openStatus: status,
      });
      const body = await page();
      expect(body, status).not.toContain(PURPOSE);
      expect(body, status).not.toContain(ITEM);
      expect(body, status).not.toContain(DISCLOSURE_HEADING);
      expect(body, status).not.toContain(DISCLOSURE_NAV);
      expect(body, status).not.toContain('<section id="disclosure">');
      expect(body, status).toContain("現在公開している文書はありません。");
    };
    await hidden("draft");
    await move(documentId, versionId, "submit", "in_review");
    await hidden("in_review");
    await move(documentId, versionId, "approve", "approved");
    await hidden("approved");
    await move(documentId, versionId, "publish", "published");

    expect((await settings()).disclosure).toMatchObject({
      documentId,
      publishedVersionNo: 1,
      openVersionId: null,
      openStatus: null,
    });
    const body = await page();
    expect(body).toContain('<section id="disclosure">');
    expect(body).toContain(DISCLOSURE_HEADING);
    expect(body).toContain(DISCLOSURE_NAV);
    expect(body).toContain(PURPOSE);
    expect(body).toContain(ITEM);
    expect(body).not.toContain("現在公開している文書はありません。");
  });

  it("keeps showing the published 公表事項 while its next version is a draft", async () => {
    const later = await t.as(owner).post(`${api}/inventory-items`, {
      name: "ライフ応募者名簿",
      purpose: LATER_PURPOSE,
      retainedPersonalData: true,
    });
    expect(later.statusCode, later.body).toBe(201);
    const redrafted = await t.as(owner).post(`${api}/public-page/disclosure`);
    expect(redrafted.statusCode, redrafted.body).toBe(200);
    const { documentId, versionId } = redrafted.json();
    const steps = documentSteps(t, owner, orgId);
    expect(JSON.stringify((await steps.versionOf(documentId, versionId)).content)).toContain(
      LATER_PURPOSE,
    );
    expect((await settings()).disclosure).toMatchObject({
      publishedVersionNo: 1,
      openVersionNo: 2,
      openStatus: "draft",
    });
    const body = await page();
    expect(body).toContain(DISCLOSURE_HEADING);
    expect(body).toContain(PURPOSE);
    expect(body).not.toContain(LATER_PURPOSE);
    expect(body).not.toContain("ライフ応募者名簿");
  });

  it("keeps the external policy off the page until published, then shows the published version over a newer draft", async () => {
    const made = await t
      .as(owner)
      .post(`${api}/documents/from-template`, { templateKey: "policy.external" });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    const steps = documentSteps(t, owner, orgId);
    const v1 = (await t.as(owner).get(`${api}/documents/${id}`)).json().versions[0].id as string;
    expect(JSON.stringify((await steps.versionOf(id, v1)).content)).toContain(POLICY_PHRASE);

    const hidden = async (status: string) => {
      expect((await settings()).policy).toMatchObject({
        documentId: id,
        number: "P-02",
        publishedVersionNo: null,
        openStatus: status,
      });
      const body = await page();
      expect(body, status).not.toContain(POLICY_PHRASE);
      expect(body, status).not.toContain(POLICY_HEADING);
      expect(body, status).not.toContain(POLICY_NAV);
      expect(body, status).not.toContain('<section id="policy">');
      // 公表事項, published above, is still there.
      expect(body, status).toContain(PURPOSE);
    };
    await hidden("draft");
    await move(id, v1, "submit", "in_review");
    await hidden("in_review");
    await move(id, v1, "approve", "approved");
    await hidden("approved");
    await move(id, v1, "publish", "published");

    const published = await page();
    expect(published).toContain('<section id="policy">');
    expect(published).toContain(POLICY_HEADING);
    expect(published).toContain(POLICY_NAV);
    expect(published).toContain(POLICY_OPENING);
    expect(published).toContain("代表者：代表取締役 公開 一郎");

    // The second version, opened and rewritten: the page keeps the first, in every state
    // short of publication.
    const v2 = await steps.nextDraft(id, text(POLICY_V2));
    expect((await settings()).policy).toMatchObject({
      publishedVersionNo: 1,
      openVersionId: v2,
      openVersionNo: 2,
      openStatus: "draft",
    });
    const keepsFirst = async (status: string) => {
      const body = await page();
      expect(body, status).toContain(POLICY_OPENING);
      expect(body, status).toContain(POLICY_HEADING);
      expect(body, status).not.toContain(POLICY_V2);
    };
    await keepsFirst("draft");
    await move(id, v2, "submit", "in_review");
    await keepsFirst("in_review");
    await move(id, v2, "approve", "approved");
    await keepsFirst("approved");
    await move(id, v2, "publish", "published");

    // Published, the second version replaces the first.
    const replaced = await page();
    expect(replaced).toContain(`<section id="policy">\n<p>${POLICY_V2}</p>`);
    expect(replaced).not.toContain(POLICY_PHRASE);
    expect(replaced).not.toContain(POLICY_HEADING);
    expect(replaced).toContain(DISCLOSURE_HEADING);
  });
});
