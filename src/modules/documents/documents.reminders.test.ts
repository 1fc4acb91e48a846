// The scheduled reminder of 周知・誓約 on a fixed clock, on both databases: nothing before the
// due day has passed; the day after, one mail (with a new link) to each pending person in
// office with e-mail; a second run the same day sends nothing; the next a week later; never to
// someone who confirmed, has no e-mail, or whose version was replaced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { loadConfig } from "../../server/config.ts";
import {
  dbKinds,
  startTestApp,
  TEST_BASE_URL,
  TEST_LINK_SIGNING_KEY,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { publishedDocument, publishNewVersion } from "./documents.acknowledgements.test-support.ts";
import { documentAcknowledgementReminderJob } from "./index.ts";

const DAY = 86_400_000;
const config = loadConfig({ BASE_URL: TEST_BASE_URL, LINK_SIGNING_KEY: TEST_LINK_SIGNING_KEY });
/** 10:00 in Japan on `day` + `days`. */
const at = (day: string, days: number, hour = 10) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY + (hour - 9) * 3_600_000);
const log = { info: () => {}, warn: () => {} };

describe.each(dbKinds)("documents: reminders after the due day (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  let due: string;
  let doc: { documentId: string; versionId: string };

  const run = async (now: Date) =>
    documentAcknowledgementReminderJob.run({ database: t.database, config, now, log });
  async function reminderMails() {
    return t.database.query<{ to_address: string; subject: string }>(
      `select to_address, subject from mail_outbox
        where template = 'documents.acknowledgement' and (payload->>'reminder')::boolean
        order by to_address`,
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社さいつうち");
    base = `/api/v1/orgs/${orgId}`;
    for (const [name, email] of [
      ["安藤 一", "ando@example.jp"],
      ["伊藤 二", "ito@example.jp"],
      ["宇野 三", null],
    ] as const)
      await t.as(owner).post(`${base}/people`, { name, email, employmentType: "regular" });
    doc = await publishedDocument(t, owner, orgId, { number: "P-01", title: "個人情報保護方針" });
    due = todayInJapan(new Date(Date.now() + 3 * DAY));
    const sent = await t
      .as(owner)
      .post(`${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`, {
        kind: "read",
        audience: { all: true },
        dueOn: due,
      });
    expect(sent.json()).toMatchObject({ asked: 3, mailed: 2 });
  });
  afterAll(() => t.close());

  it("sends nothing up to the due day itself", async () => {
    expect(await run(at(due, 0, 23))).toBe("0件");
    expect(await reminderMails()).toEqual([]);
  });

  it("mails each pending person with e-mail once the day after, and nothing more that day", async () => {
    expect(await run(at(due, 1, 9))).toBe("2件");
    expect(await reminderMails()).toEqual([
      {
        to_address: "ando@example.jp",
        subject: "【mamori】【再通知】株式会社さいつうち：「個人情報保護方針」の確認のお願い",
      },
      {
        to_address: "ito@example.jp",
        subject: "【mamori】【再通知】株式会社さいつうち：「個人情報保護方針」の確認のお願い",
      },
    ]);
    expect(await run(at(due, 1, 18))).toBe("0件");
    expect(await run(at(due, 7, 9))).toBe("0件");
    expect(await reminderMails()).toHaveLength(2);
    const ev = await t
      .as(owner)
      .get(`${base}/audit-events?entity=pms_document_acknowledgement&limit=10`);
    const remind = (ev.json().items as { action: string; actorName: string }[]).filter(
      (e) => e.action === "remind",
    );
    expect(remind).toHaveLength(1);
    expect(remind[0]?.actorName).toBe("mamori");
  });

  it("reminds again a week later, but not someone who confirmed meanwhile", async () => {
    const row = await t.database.query<{ id: string }>(
      `select a.id from pms_document_acknowledgement a join person p on p.id = a.person_id
        where p.email = 'ito@example.jp'`,
    );
    const paper = await t
      .as(owner)
      .post(
        `${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements/${row[0]?.id}/record-paper`,
        { signedOn: todayInJapan() },
      );
    expect(paper.statusCode, paper.body).toBe(200);
    expect(await run(at(due, 8, 9))).toBe("1件");
    const mails = await reminderMails();
    expect(mails.map((m) => m.to_address)).toEqual([
      "ando@example.jp",
      "ando@example.jp",
      "ito@example.jp",
    ]);
  });

  it("stops once a newer version replaced the one asked for", async () => {
    await publishNewVersion(t, owner, orgId, doc.documentId);
    expect(await run(at(due, 30, 9))).toBe("0件");
  });
});
