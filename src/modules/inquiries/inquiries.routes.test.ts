// お問い合わせ (the office's side), on both databases: the list (newest first, search, status
// and category filters, paging), one inquiry, its handling (status and notes, audited without
// their text), refusals, and another organization's inquiries out of reach. Roles are in
// src/server/access.routes.test.ts; arrival through the public page in public-page.site.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { receiveInquiry } from "./inquiries.service.ts";

describe.each(dbKinds)("inquiries (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let outsider: TestUser;
  let otherOrg: string;
  const ids: Record<string, string> = {};
  const url = (rest = "", org = orgId) => `/api/v1/orgs/${org}/inquiries${rest}`;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("窓口 担当");
    orgId = await t.createOrg(owner, "株式会社お問い合わせ");
    outsider = await t.signUp("他社 担当");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    const db = t.database.db as Db;
    const base = { email: null, phone: "03-1234-5678", consent: "yes" as const };
    const sent: [string, Parameters<typeof receiveInquiry>[2], string][] = [
      [
        "a",
        { ...base, category: "question", name: "一番 さん", message: "利用目的を教えてください" },
        "2025-06-01T01:00:00Z",
      ],
      [
        "b",
        { ...base, category: "complaint", name: "二番 さん", message: "電話がしつこい" },
        "2025-06-02T01:00:00Z",
      ],
      [
        "c",
        {
          ...base,
          category: "disclosure_request",
          name: "三番 さん",
          message: "保有個人データの開示を請求します",
          email: "san@example.jp",
        },
        "2025-06-03T01:00:00Z",
      ],
    ];
    for (const [key, input, at] of sent)
      ids[key] = (await receiveInquiry(db, orgId, input, new Date(at))).id;
    ids.other = (
      await receiveInquiry(db, otherOrg, {
        ...base,
        category: "other",
        name: "他社宛 さん",
        message: "別件",
      })
    ).id;
  });
  afterAll(() => t.close());

  const names = (res: { json: () => { items: { name: string }[] } }) =>
    res.json().items.map((i) => i.name);

  it("lists the organization's inquiries, newest first, with 受付番号 of the day received", async () => {
    const res = await t.as(owner).get(url());
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(3);
    expect(names(res)).toEqual(["三番 さん", "二番 さん", "一番 さん"]);
    const referenceNos = res.json().items.map((i: { referenceNo: string }) => i.referenceNo);
    expect(referenceNos[0]).toMatch(/^Q250603-[2-9A-HJ-NP-Z]{5}$/);
    expect(referenceNos[2]).toMatch(/^Q250601-/);
  });

  it("searches, filters by status and category, and pages", async () => {
    expect(names(await t.as(owner).get(url("?q=開示")))).toEqual(["三番 さん"]);
    expect(names(await t.as(owner).get(url("?q=san@example")))).toEqual(["三番 さん"]);
    expect(names(await t.as(owner).get(url("?q=二番")))).toEqual(["二番 さん"]);
    expect(names(await t.as(owner).get(url("?category=complaint")))).toEqual(["二番 さん"]);
    expect(names(await t.as(owner).get(url("?status=closed")))).toEqual([]);
    const page2 = await t.as(owner).get(url("?limit=2&page=2"));
    expect(page2.json().total).toBe(3);
    expect(names(page2)).toEqual(["一番 さん"]);
    const bad = await t.as(owner).get(url("?status=done"));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ status: "選択肢から選んでください。" });
  });

  it("records the handling: status and notes, audited without the notes' text", async () => {
    const res = await t.as(owner).patch(url(`/${ids.b}`), {
      status: "in_progress",
      notes: "6/3 電話で謝罪し、今後の連絡を停止した。",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "in_progress",
      notes: "6/3 電話で謝罪し、今後の連絡を停止した。",
      updatedByName: "窓口 担当",
    });
    expect(names(await t.as(owner).get(url("?status=in_progress")))).toEqual(["二番 さん"]);
    const closed = await t.as(owner).patch(url(`/${ids.b}`), { status: "closed" });
    expect(closed.json().notes).toBe("6/3 電話で謝罪し、今後の連絡を停止した。");
    const events = (await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=inquiry`))
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === ids.b);
    expect(events.map((e: { action: string }) => e.action)).toEqual(["update", "update", "create"]);
    expect(events[1].changes.status).toEqual({ old: "new", new: "in_progress" });
    expect(events[1].changes.notes.old).toBeNull();
    expect(events[1].changes.notes.new).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(events)).not.toContain("謝罪");
    expect(JSON.stringify(events)).not.toContain("二番");
    // Nothing changed: nothing recorded.
    await t.as(owner).patch(url(`/${ids.b}`), { status: "closed" });
    const again = (await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=inquiry`))
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === ids.b);
    expect(again.length).toBe(3);
  });

  it("shows one inquiry in full, and refuses bad handling input", async () => {
    const one = await t.as(owner).get(url(`/${ids.c}`));
    expect(one.json()).toMatchObject({
      category: "disclosure_request",
      name: "三番 さん",
      email: "san@example.jp",
      phone: "03-1234-5678",
      message: "保有個人データの開示を請求します",
      status: "new",
      notes: null,
    });
    const cases: [unknown, Record<string, string>][] = [
      [{ status: "done" }, { status: "選択肢から選んでください。" }],
      [{ notes: "<script>x</script>" }, { notes: "HTMLタグやスクリプトは入力できません。" }],
      [{ notes: "長".repeat(4001) }, { notes: "4000文字以内で入力してください。" }],
      [{ message: "書き換え" }, { message: "この項目は受け付けていません。" }],
    ];
    for (const [body, fields] of cases) {
      const res = await t.as(owner).patch(url(`/${ids.c}`), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields).toEqual(fields);
    }
  });

  it("keeps each organization's inquiries to itself", async () => {
    expect(names(await t.as(outsider).get(url("", otherOrg)))).toEqual(["他社宛 さん"]);
    for (const res of [
      await t.as(owner).get(url(`/${ids.other}`)),
      await t.as(owner).patch(url(`/${ids.other}`), { status: "closed" }),
      await t.as(outsider).get(url(`/${ids.a}`, otherOrg)),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("NOT_FOUND");
    }
    expect((await t.as(outsider).get(url(`/${ids.other}`, otherOrg))).json().status).toBe("new");
  });
});
