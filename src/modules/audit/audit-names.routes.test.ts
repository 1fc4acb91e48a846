// The 監査ログ names the records events refer to by id: a risk row's register item and the
// record a file is attached to (register item or activity record), with each page of events;
// a record deleted since is named null (the page says 削除済み). Names never cross tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { fileUpload, pdfBytes } from "../files/test-support.ts";

type Event = {
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};
type Page = { items: Event[]; names: Record<string, string | null> };

describe.each(dbKinds)("audit event names (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let base: string;
  let otherBase: string;
  let itemId: string;
  let goneItemId: string;
  let recordId: string;
  const today = todayInJapan();

  const events = async (query: string, lang = "ja"): Promise<Page> => {
    const res = await t.app.inject({
      method: "GET",
      url: `${base}/audit-events?${query}`,
      headers: { cookie: owner.cookie, "accept-language": lang },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  async function attach(ownerKind: string, ownerId: string, name: string) {
    const { payload, contentType } = fileUpload(name, pdfBytes(name));
    const res = await t.app.inject({
      method: "POST",
      url: `${base}/attachments/owners/${ownerKind}/${ownerId}`,
      headers: { cookie: owner.cookie, ...sameOrigin, "content-type": contentType },
      payload,
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("監査 名前");
    outsider = await t.signUp("他社 監査");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社なまえ")}`;
    otherBase = `/api/v1/orgs/${await t.createOrg(outsider, "他社株式会社")}`;
    const api = t.as(owner);
    itemId = (await api.post(`${base}/inventory-items`, { name: "顧客名簿" })).json().id;
    goneItemId = (await api.post(`${base}/inventory-items`, { name: "旧会員名簿" })).json().id;
    for (const id of [itemId, goneItemId]) {
      const risk = await api.post(`${base}/risks`, {
        itemId: id,
        phase: "transfer",
        kind: "leak",
        description: "メールの誤送信",
        likelihood: 2,
        impact: 2,
      });
      expect(risk.statusCode, risk.body).toBe(201);
    }
    await attach("inventory_item", itemId, "台帳の写し.pdf");
    const record = await api.post(`${base}/activities`, {
      kind: "education",
      performedOn: today,
      performedByName: "講師 山田",
    });
    expect(record.statusCode, record.body).toBe(201);
    recordId = record.json().id;
    await attach("activity_record", recordId, "出席簿.pdf");
    // The other item goes, with its risk row: its events now refer to a deleted item.
    expect((await api.delete(`${base}/inventory-items/${goneItemId}`)).statusCode).toBe(204);
  });
  afterAll(() => t.close());

  it("names a risk row's register item, and null once the item is deleted", async () => {
    const page = await events("entity=inventory_risk");
    // The deleted item's risk row went with it (listed in the item's delete event).
    expect(page.items.map((e) => [e.action, e.changes.itemId?.new])).toEqual([
      ["create", goneItemId],
      ["create", itemId],
    ]);
    expect(page.names).toEqual({ [itemId]: "顧客名簿", [goneItemId]: null });
  });

  it("names the register item or the activity record a file is attached to", async () => {
    const ja = await events("entity=attachment");
    expect(ja.items.map((e) => e.changes.ownerId?.new)).toEqual([recordId, itemId]);
    expect(ja.names).toEqual({
      [recordId]: `従業者教育（${today}）`,
      [itemId]: "顧客名簿",
    });
    const en = await events("entity=attachment", "en");
    expect(en.names[recordId]).toBe(`Staff education（${today}）`);
  });

  it("names nothing for events that refer to no record, and nothing of another organization", async () => {
    expect((await events("entity=inventory_item")).names).toEqual({});
    const theirs = await t.as(outsider).get(`${otherBase}/audit-events`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().names).toEqual({});
    expect(theirs.body).not.toContain("顧客名簿");
  });
});
