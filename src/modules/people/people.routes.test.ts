// 従業者 (people) through the real HTTP routes: CRUD, search, filters, sorting, paging, refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Person = {
  id: string;
  name: string;
  kana: string | null;
  email: string | null;
  departmentId: string | null;
  departmentName: string | null;
  employmentType: string;
  joinedOn: string | null;
  leftOn: string | null;
  userId: string | null;
  updatedAt: string;
};

describe.each(dbKinds)("people (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  let eigyo: string;
  let soumu: string;
  const ids: Record<string, string> = {};

  const api = (lang = "ja") => t.as(owner, lang);
  async function post(body: Record<string, unknown>) {
    const res = await api().post(`${base}/people`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function names(query: string): Promise<string[]> {
    const res = await api().get(`${base}/people?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Person[]; total: number };
    expect(body.total).toBe(body.items.length);
    return body.items.map((p) => p.name);
  }
  const q = (s: string) => `q=${encodeURIComponent(s)}`;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("人事 担当");
    orgId = await t.createOrg(owner, "株式会社ひと");
    base = `/api/v1/orgs/${orgId}`;
    eigyo = (await api().post(`${base}/departments`, { name: "営業部" })).json().id;
    soumu = (await api().post(`${base}/departments`, { name: "総務部" })).json().id;
    ids.yamada = await post({
      name: "山田 花子",
      kana: "ヤマダ ハナコ",
      email: "hanako.yamada@example.jp",
      departmentId: eigyo,
      employmentType: "regular",
      joinedOn: "2015-04-01",
    });
    ids.tanaka = await post({
      name: "田中 一郎",
      kana: "タナカ イチロウ",
      email: "ichiro@example.jp",
      departmentId: soumu,
      employmentType: "contract",
      joinedOn: "2018-04-01",
      leftOn: "2020-03-31",
    });
    ids.sato = await post({
      name: "佐藤 花",
      kana: "サトウ ハナ",
      departmentId: eigyo,
      employmentType: "part_time",
      joinedOn: "2021-10-01",
      leftOn: "2099-12-31",
    });
    ids.suzuki = await post({
      name: "鈴木 次郎",
      kana: "スズキ ジロウ",
      email: "jiro.suzuki@example.jp",
      employmentType: "officer",
    });
  });
  afterAll(() => t.close());

  describe("CRUD", () => {
    it("reads a person back with the department name", async () => {
      const res = await api().get(`${base}/people/${ids.yamada}`);
      expect(res.statusCode).toBe(200);
      const { updatedAt, ...rest } = res.json() as Person;
      expect(rest).toEqual({
        id: ids.yamada,
        name: "山田 花子",
        kana: "ヤマダ ハナコ",
        employeeNumber: null,
        email: "hanako.yamada@example.jp",
        departmentId: eigyo,
        departmentName: "営業部",
        employmentType: "regular",
        joinedOn: "2015-04-01",
        leftOn: null,
        userId: null,
      });
      expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
    });

    it("stores the e-mail address in lower case and empty optional text as null", async () => {
      const id = await post({
        name: "大文字 太郎",
        kana: "",
        email: "Taro.OMOJI@Example.JP",
        employmentType: "dispatched",
      });
      const got = (await api().get(`${base}/people/${id}`)).json() as Person;
      expect(got.email).toBe("taro.omoji@example.jp");
      expect(got.kana).toBeNull();
      expect((await api().delete(`${base}/people/${id}`)).statusCode).toBe(204);
    });

    it("updates every field given and returns the new version", async () => {
      const id = await post({ name: "更新 前", employmentType: "regular" });
      const res = await api().patch(`${base}/people/${id}`, {
        name: "更新 後",
        kana: "コウシン アト",
        email: "after@example.jp",
        departmentId: soumu,
        employmentType: "contract",
        joinedOn: "2022-04-01",
        leftOn: "2024-03-31",
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        id,
        name: "更新 後",
        kana: "コウシン アト",
        email: "after@example.jp",
        departmentId: soumu,
        departmentName: "総務部",
        employmentType: "contract",
        joinedOn: "2022-04-01",
        leftOn: "2024-03-31",
      });
      // Clearing fields with null.
      const cleared = await api().patch(`${base}/people/${id}`, {
        departmentId: null,
        leftOn: null,
      });
      expect(cleared.json()).toMatchObject({
        departmentId: null,
        departmentName: null,
        leftOn: null,
      });
      expect((await api().delete(`${base}/people/${id}`)).statusCode).toBe(204);
    });

    // zod 4 applies defaults inside optional properties: the patch schema must have none.
    it("keeps fields a PATCH does not mention (departmentId)", async () => {
      const id = await post({ name: "部分 更新", employmentType: "regular", departmentId: soumu });
      try {
        const res = await api().patch(`${base}/people/${id}`, { name: "部分 更新済" });
        expect(res.statusCode).toBe(200);
        expect(res.json().departmentId).toBe(soumu);
      } finally {
        await api().delete(`${base}/people/${id}`);
      }
    });

    it("deletes a person, after which it is gone", async () => {
      const id = await post({ name: "削除 予定", employmentType: "regular" });
      expect((await api().delete(`${base}/people/${id}`)).statusCode).toBe(204);
      const gone = await api().get(`${base}/people/${id}`);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().error).toEqual({ code: "NOT_FOUND", message: "対象が見つかりません。" });
      expect((await api().delete(`${base}/people/${id}`)).statusCode).toBe(404);
      expect((await api().patch(`${base}/people/${id}`, { name: "復活" })).statusCode).toBe(404);
    });

    it("appends create, update and delete events with the changed values", async () => {
      const id = await post({ name: "監査 対象", employmentType: "regular" });
      await api().patch(`${base}/people/${id}`, { name: "監査 対象2" });
      await api().delete(`${base}/people/${id}`);
      const res = await api().get(`${base}/audit-events?entity=person&entityId=${id}`);
      const items = res.json().items as { action: string; changes: Record<string, unknown> }[];
      expect(items.map((e) => e.action)).toEqual(["delete", "update", "create"]);
      expect(items[1]?.changes.name).toEqual({ old: "監査 対象", new: "監査 対象2" });
      expect(items[2]?.changes.name).toEqual({ old: null, new: "監査 対象" });
      expect(items[0]?.changes.name).toEqual({ old: "監査 対象2", new: null });
    });
  });

  describe("search", () => {
    it("finds by a one-character and a two-character part of the name", async () => {
      expect(await names(q("田"))).toEqual(["田中 一郎", "山田 花子"]);
      expect(await names(q("花子"))).toEqual(["山田 花子"]);
      expect(await names(q("次郎"))).toEqual(["鈴木 次郎"]);
    });

    it("finds by a one-character and a two-character part of the kana", async () => {
      expect(await names(q("ハ"))).toEqual(["佐藤 花", "山田 花子"]);
      expect(await names(q("ジロ"))).toEqual(["鈴木 次郎"]);
      expect(await names(q("イチロウ"))).toEqual(["田中 一郎"]);
    });

    it("finds by e-mail, ignoring case", async () => {
      expect(await names(q("YAMADA@"))).toEqual(["山田 花子"]);
      expect(await names(q("@example.jp"))).toEqual(["鈴木 次郎", "田中 一郎", "山田 花子"]);
    });

    it("takes LIKE wildcards literally and finds nothing for an unknown term", async () => {
      expect(await names(q("%"))).toEqual([]);
      expect(await names(q("_"))).toEqual([]);
      expect(await names(q("存在しない"))).toEqual([]);
    });
  });

  describe("filters", () => {
    it("filters by department", async () => {
      expect(await names(`departmentId=${eigyo}`)).toEqual(["佐藤 花", "山田 花子"]);
      expect(await names(`departmentId=${soumu}`)).toEqual(["田中 一郎"]);
    });

    it("filters by employment type", async () => {
      expect(await names("employmentType=contract")).toEqual(["田中 一郎"]);
      expect(await names("employmentType=officer")).toEqual(["鈴木 次郎"]);
      const bad = await api().get(`${base}/people?employmentType=intern`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toHaveProperty("employmentType");
    });

    it("filters current staff (no leave date, or one in the future) and those who left", async () => {
      expect(await names("status=current")).toEqual(["佐藤 花", "鈴木 次郎", "山田 花子"]);
      expect(await names("status=left")).toEqual(["田中 一郎"]);
      expect(await names("status=all")).toEqual(["佐藤 花", "鈴木 次郎", "田中 一郎", "山田 花子"]);
    });

    it("combines filters and search", async () => {
      expect(await names(`departmentId=${eigyo}&${q("ハナコ")}`)).toEqual(["山田 花子"]);
      expect(await names(`status=current&${q("田")}`)).toEqual(["山田 花子"]);
    });
  });

  describe("sorting", () => {
    it("sorts by kana, ascending by default and descending with -kana", async () => {
      const asc = ["佐藤 花", "鈴木 次郎", "田中 一郎", "山田 花子"];
      expect(await names("")).toEqual(asc);
      expect(await names("sort=kana")).toEqual(asc);
      expect(await names("sort=-kana")).toEqual([...asc].reverse());
    });

    it("sorts by joining date", async () => {
      // 鈴木 has no joining date: PostgreSQL sorts NULL last when ascending.
      expect(await names("sort=joinedOn")).toEqual([
        "山田 花子",
        "田中 一郎",
        "佐藤 花",
        "鈴木 次郎",
      ]);
    });

    it("refuses an unknown sort key", async () => {
      const res = await api().get(`${base}/people?sort=password`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty("sort");
    });
  });

  describe("paging", () => {
    it("pages through 120 people: page 3 of 50 has the last 20", async () => {
      const org = await t.createOrg(owner, "株式会社おおぜい");
      const url = `/api/v1/orgs/${org}/people`;
      const pad = (n: number) => String(n).padStart(3, "0");
      const created = await Promise.all(
        Array.from({ length: 120 }, (_, i) =>
          api().post(url, {
            name: `従業者 ${pad(i + 1)}`,
            kana: `ジュウギョウシャ ${pad(i + 1)}`,
            email: `staff${pad(i + 1)}@example.jp`,
            employmentType: "regular",
          }),
        ),
      );
      expect(created.map((r) => r.statusCode)).toEqual(Array(120).fill(201));

      const page3 = (await api().get(`${url}?limit=50&page=3`)).json();
      expect(page3.total).toBe(120);
      expect(page3.items).toHaveLength(20);
      expect(page3.items[0].name).toBe("従業者 101");
      expect(page3.items[19].name).toBe("従業者 120");

      const page1 = (await api().get(`${url}?limit=50&page=1`)).json();
      expect(page1.items).toHaveLength(50);
      expect(page1.items[49].name).toBe("従業者 050");
      const page4 = (await api().get(`${url}?limit=50&page=4`)).json();
      expect(page4).toMatchObject({ items: [], total: 120 });
      const searched = (await api().get(`${url}?limit=5&page=2&${q("従業者 11")}`)).json();
      // 従業者 110..119 match: the second page of five is 115..119.
      expect(searched.total).toBe(10);
      expect(searched.items.map((p: Person) => p.name)).toEqual([
        "従業者 115",
        "従業者 116",
        "従業者 117",
        "従業者 118",
        "従業者 119",
      ]);
      // The first organization's register is not affected.
      expect(await names("")).toHaveLength(4);
    });

    it("refuses a limit above 200 or a page below 1", async () => {
      for (const query of ["limit=201", "limit=0", "page=0", "limit=abc"]) {
        const res = await api().get(`${base}/people?${query}`);
        expect(res.statusCode, query).toBe(400);
        const field = query.split("=")[0] as string;
        expect(res.json().error.fields, query).toHaveProperty(field);
      }
    });
  });

  describe("refusals", () => {
    it("refuses an e-mail address already used in the organization, ignoring case (409)", async () => {
      const res = await api().post(`${base}/people`, {
        name: "同姓 同名",
        email: "Hanako.Yamada@EXAMPLE.jp",
        employmentType: "regular",
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toEqual({
        code: "EMAIL_TAKEN",
        message: "このメールアドレスの従業者はすでに登録されています。",
        fields: { email: "このメールアドレスの従業者はすでに登録されています。" },
      });
      const patch = await api("en").patch(`${base}/people/${ids.suzuki}`, {
        email: "HANAKO.yamada@example.jp",
      });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error.code).toBe("EMAIL_TAKEN");
      expect(patch.json().error.fields.email).toBe(
        "A person with this e-mail address already exists.",
      );
      expect((await api().get(`${base}/people/${ids.suzuki}`)).json().email).toBe(
        "jiro.suzuki@example.jp",
      );
      // Keeping one's own address is not a conflict.
      const same = await api().patch(`${base}/people/${ids.yamada}`, {
        email: "HANAKO.YAMADA@example.jp",
      });
      expect(same.statusCode).toBe(200);
    });

    it("lets only one of eight simultaneous creations with the same e-mail through", async () => {
      // On PostgreSQL several pass the service's check at once; the unique index refuses
      // all but one, and that must be a 409 EMAIL_TAKEN, not a 500.
      const results = await Promise.all(
        ["race", "RACE", "Race", "rAce", "raCe", "racE", "RAce", "raCE"].map((local) =>
          api().post(`${base}/people`, {
            name: "同時 登録",
            email: `${local}@example.jp`,
            employmentType: "regular",
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, ...Array(7).fill(409)]);
      for (const refused of results.filter((r) => r.statusCode === 409)) {
        expect(refused.json().error.code).toBe("EMAIL_TAKEN");
        expect(refused.json().error.fields).toHaveProperty("email");
      }
      expect(await names(q("race@"))).toEqual(["同時 登録"]);
    });

    it("refuses a leave date before the joining date, naming leftOn (400)", async () => {
      const res = await api().post(`${base}/people`, {
        name: "日付 逆転",
        employmentType: "regular",
        joinedOn: "2024-04-01",
        leftOn: "2024-03-31",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
      expect(res.json().error.fields).toEqual({ leftOn: "終了日は開始日以降にしてください。" });
      // Also when only leftOn is patched against the stored joinedOn (2015-04-01).
      const patch = await api().patch(`${base}/people/${ids.yamada}`, { leftOn: "2015-03-31" });
      expect(patch.statusCode).toBe(400);
      expect(Object.keys(patch.json().error.fields)).toEqual(["leftOn"]);
      expect((await api().get(`${base}/people/${ids.yamada}`)).json().leftOn).toBeNull();
      // The same day is allowed.
      const sameDay = await api().post(`${base}/people`, {
        name: "一日 だけ",
        employmentType: "part_time",
        joinedOn: "2024-04-01",
        leftOn: "2024-04-01",
      });
      expect(sameDay.statusCode).toBe(201);
      await api().delete(`${base}/people/${sameDay.json().id}`);
    });

    it("refuses a date that does not exist", async () => {
      const res = await api().post(`${base}/people`, {
        name: "存在 しない日",
        employmentType: "regular",
        joinedOn: "2023-02-29",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({
        joinedOn: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
      });
    });

    it("refuses another organization's department, naming departmentId (400)", async () => {
      const other = await t.signUp("他社 三郎");
      const otherOrg = await t.createOrg(other, "他社の会社");
      const foreignDept = (
        await t.as(other).post(`/api/v1/orgs/${otherOrg}/departments`, { name: "他社営業部" })
      ).json().id;
      const res = await api().post(`${base}/people`, {
        name: "越境 太郎",
        employmentType: "regular",
        departmentId: foreignDept,
      });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(["departmentId"]);
      const patch = await api().patch(`${base}/people/${ids.suzuki}`, {
        departmentId: foreignDept,
      });
      expect(patch.statusCode).toBe(400);
      expect(Object.keys(patch.json().error.fields)).toEqual(["departmentId"]);
      expect((await api().get(`${base}/people/${ids.suzuki}`)).json().departmentId).toBeNull();
      expect(await names(q("越境"))).toEqual([]);
    });

    it("refuses to delete a person who holds an appointment (409)", async () => {
      const appt = await api().post(`${base}/appointments`, {
        role: "top_management",
        personId: ids.suzuki,
        from: "2020-04-01",
      });
      expect(appt.statusCode, appt.body).toBe(201);
      const res = await api().delete(`${base}/people/${ids.suzuki}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("PERSON_HAS_APPOINTMENTS");
      expect(res.json().error.message).toBe(
        "この従業者には任命があるため削除できません。先に任命を終了または削除してください。",
      );
      expect((await api().get(`${base}/people/${ids.suzuki}`)).statusCode).toBe(200);
      // Once the appointment is deleted, so can the person be.
      expect((await api().delete(`${base}/appointments/${appt.json().id}`)).statusCode).toBe(204);
      const id = await post({ name: "任命 解除後", employmentType: "regular" });
      expect((await api().delete(`${base}/people/${id}`)).statusCode).toBe(204);
    });
  });

  it("links only accounts that are members, and does not tell which accounts exist", async () => {
    const outsider = await t.signUp("部外 四郎");
    const member = await t.signUp("所属 五郎");
    await t.addMember(owner, orgId, member, "member");
    const answers = [];
    for (const userId of [outsider.id, "no-such-user-id"]) {
      const res = await api().post(`${base}/people`, {
        name: "紐づけ 確認",
        employmentType: "regular",
        userId,
      });
      expect(res.statusCode, userId).toBe(400);
      answers.push(res.json());
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0].error.fields).toEqual({
      userId: "この事業者のメンバーではないアカウントは紐づけられません。",
    });
    const linked = await post({ name: "所属 五郎", employmentType: "regular", userId: member.id });
    const patched = await api().patch(`${base}/people/${linked}`, { userId: outsider.id });
    expect(patched.statusCode).toBe(400);
    expect((await api().get(`${base}/people/${linked}`)).json().userId).toBe(member.id);
  });
});
