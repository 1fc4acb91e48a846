// The documents' readiness provider on both databases: the internal policy written from its
// template, sent for review naming top management, approved by them and published through the
// service functions, then sent to the staff for confirmation. The report (through the route,
// so the cache must notice every write) follows each step: no policy, in review, in force but
// unconfirmed, one confirmation through a personal link, the rest on paper. Expected reasons
// written by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import {
  dbKinds,
  startTestApp,
  TEST_BASE_URL,
  TEST_LINK_SIGNING_KEY,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { linkKeyOf } from "../personal-links/index.ts";
import type { ReadinessOut, RuleResultOut } from "../readiness/readiness.contract.ts";
import { recordPaperAcknowledgement } from "./documents.acknowledgements.paper.ts";
import { sendForAcknowledgement } from "./documents.acknowledgements.send.ts";
import { mailedTokens } from "./documents.acknowledgements.test-support.ts";
import { approveVersion } from "./documents.approval.ts";
import { documentsReadiness } from "./documents.readiness.ts";
import { getDocument } from "./documents.service.ts";
import { createFromTemplate } from "./documents.templates.ts";
import { publishVersion, submitForReview } from "./documents.versions.ts";

describe.each(dbKinds)("documents readiness (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let ctx: { orgId: string; userId: string; userName: string; role: "owner" };
  let documentId: string;
  let versionId: string;
  const people: string[] = [];
  const today = todayInJapan();

  const report = async (): Promise<ReadinessOut> => {
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReadinessOut;
  };
  const rule = (r: ReadinessOut, id: string): RuleResultOut => {
    const found = r.results.find((x) => x.ruleId === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 一郎");
    orgId = await t.createOrg(owner, "株式会社文書準備");
    ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" };
    // The third is the owner's own person (same e-mail): appointed top management later.
    for (const [name, email] of [
      ["青木 花子", "aoki@example.jp"],
      ["井上 次郎", null],
      [owner.name, owner.email],
    ] as const) {
      const res = await t
        .as(owner)
        .post(`/api/v1/orgs/${orgId}/people`, { name, email, employmentType: "regular" });
      expect(res.statusCode, res.body).toBe(201);
      people.push(res.json().id);
    }
  });
  afterAll(() => t.close());

  it("loads an empty register as no documents and no confirmations", async () => {
    const step = await documentsReadiness.load(t.database.db, ctx, { today, lang: "ja" });
    const draft: Record<string, unknown> = {};
    step(draft);
    expect(draft).toEqual({ documents: [], policyAcknowledgement: null });
    const r = await report();
    expect(rule(r, "manual.policy").reason.ja).toBe(
      "社内向けの個人情報保護方針が文書管理にありません。テンプレートから作成できます。",
    );
    expect(rule(r, "documents.review_due").status).toBe("na");
  });

  it("follows the policy from the template through review, approval and publication", async () => {
    ({ id: documentId } = await createFromTemplate(t.database.db, ctx, {
      templateKey: "policy.internal",
    }));
    const doc = await getDocument(t.database.db, ctx, documentId);
    versionId = doc.versions[0]?.id ?? "";
    expect(rule(await report(), "manual.policy").reason.ja).toBe(
      "「個人情報保護方針（内部向け）」（P-01）は作成中で、まだ代表者に承認を依頼していません。",
    );

    await submitForReview(t.database.db, ctx, documentId, versionId, {
      approverUserId: owner.id,
    });
    expect(rule(await report(), "manual.policy")).toMatchObject({
      status: "gap",
      reason: { ja: "「個人情報保護方針（内部向け）」（P-01）第1版は代表 一郎の承認待ちです。" },
      details: [{ path: `documents?doc=${documentId}&version=${versionId}` }],
    });

    await approveVersion(t.database.db, ctx, documentId, versionId);
    expect((await report()).results.find((x) => x.ruleId === "manual.policy")?.reason.ja).toMatch(
      /^「個人情報保護方針（内部向け）」（P-01）第1版は承認済み（\d{4}年\d{1,2}月\d{1,2}日、代表 一郎）ですが、まだ施行（公開）されていません。$/,
    );

    await publishVersion(t.database.db, ctx, documentId, versionId, { effectiveOn: null });
    // In force, but its approver was not appointed top management on the day of approval.
    const unappointed = rule(await report(), "manual.policy");
    expect(unappointed.status).toBe("gap");
    expect(unappointed.reason.ja).toMatch(
      /^「個人情報保護方針（内部向け）」（P-01）第1版を\d{4}年\d{1,2}月\d{1,2}日に承認した代表 一郎は、その日に代表者（トップマネジメント）として任命されていません。/,
    );
    const appointed = await t.as(owner).post(`/api/v1/orgs/${orgId}/appointments`, {
      role: "top_management",
      personId: people[2],
      from: "2025-04-01",
    });
    expect(appointed.statusCode, appointed.body).toBe(201);
    const r = await report();
    expect(rule(r, "manual.policy").status).toBe("ok");
    expect(rule(r, "manual.policy").reason.ja).toMatch(
      /^「個人情報保護方針（内部向け）」（P-01）第1版は、\d{4}年\d{1,2}月\d{1,2}日に代表 一郎が承認し、施行されています。$/,
    );
    // In force, reviewed within the year; nobody has confirmed it yet.
    expect(rule(r, "documents.review_due").reason.ja).toBe(
      "施行中の文書1件はどれも見直しの期限内です。",
    );
    expect(rule(r, "manual.policy_known")).toMatchObject({
      status: "gap",
      reason: { ja: "現在の従業者3名のうち3名が、方針（第1版）をまだ確認していません。" },
    });
    // The rules in force: the policy answers J.2.2 as a whole and J.2.1, J.2.2 by clauses.
    expect(rule(r, "manual.internal_rules").reason.ja).toMatch(
      /^規程で答えるべきJ項目57件のうち55件に、施行中の文書が答えていません（J\.1\.1 /,
    );
  });

  it("counts the staff who confirmed the version in force, until all have", async () => {
    const links = {
      key: linkKeyOf({ dataDir: "", linkSigningKey: TEST_LINK_SIGNING_KEY }, t.database),
      baseUrl: TEST_BASE_URL,
      defaultDays: 30,
    };
    await sendForAcknowledgement(
      t.database.db,
      ctx,
      documentId,
      versionId,
      { kind: "read", audience: { all: true }, dueOn: null },
      links,
    );
    // 青木 confirms through the link mailed to her.
    const token = (await mailedTokens(t)).get("aoki@example.jp") ?? "";
    const mine = await t.as(null).get(`/api/v1/p/${token}/documents`);
    const ackId = mine.json().items[0]?.id as string;
    const confirmed = await t.as(null).post(`/api/v1/p/${token}/documents/${ackId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const one = rule(await report(), "manual.policy_known");
    expect(one).toMatchObject({
      status: "gap",
      reason: {
        ja: "現在の従業者3名のうち2名が、方針（第1版）をまだ確認していません。",
        en: "2 of the 3 current staff have not yet confirmed the policy (version 1).",
      },
      details: [
        {
          note: { ja: "確認済み 1名／3名" },
          path: `document-acknowledgements?doc=${documentId}&version=${versionId}&kind=read`,
        },
      ],
    });

    // The two without e-mail sign printed sheets, entered by the office.
    const rows = await t.database.query<{ id: string }>(
      `select id from pms_document_acknowledgement
        where org_id = $1 and version_id = $2 and acknowledged_at is null order by id`,
      [orgId, versionId],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows)
      await recordPaperAcknowledgement(
        t.database.db,
        ctx,
        { documentId, versionId, ackId: row.id },
        { signedOn: today, typedName: null },
      );
    expect(rule(await report(), "manual.policy_known")).toMatchObject({
      status: "ok",
      reason: { ja: "現在の従業者3名全員が、方針（第1版）を確認しています。" },
    });
  });

  it("counts a new employee as not yet confirmed", async () => {
    const res = await t
      .as(owner)
      .post(`/api/v1/orgs/${orgId}/people`, { name: "遠藤 四郎", employmentType: "part_time" });
    expect(res.statusCode, res.body).toBe(201);
    expect(rule(await report(), "manual.policy_known").reason.ja).toBe(
      "現在の従業者4名のうち1名が、方針（第1版）をまだ確認していません。",
    );
  });
});
