// リスク分析表 import through the real route: items found by 名称 + 管理部門, ratings by number
// or label on the org's matrix, the named items' rows replaced, acceptance guarded by role.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RISK_MATRIX_5X5 } from "../../core/registers/risk-matrix-presets.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { type Cell, simpleWorkbook, toBuffer, upload } from "./test-support.ts";

type Risk = Record<string, unknown> & { id: string; itemName: string };
const HEADER = [
  "個人情報の名称",
  "管理部門",
  "フェーズ",
  "リスクの種類",
  "想定リスク",
  "発生可能性",
  "影響度",
  "対策",
  "残存発生可能性",
  "残存影響度",
  "受容者",
  "受容日",
  "見直し日",
];
const pick = (r: Risk) => [
  r.itemName,
  r.departmentName,
  r.phase,
  r.kind,
  r.description,
  r.likelihood,
  r.impact,
  r.countermeasure,
  r.residualLikelihood,
  r.residualImpact,
  r.acceptedBy,
  r.acceptedOn,
  r.reviewOn,
];

describe.each(dbKinds)("risk import (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let base: string;
  const url = () => `${base}/risks/import`;

  async function risks(): Promise<Risk[]> {
    const res = await t.as(owner).get(`${base}/risks?limit=200&sort=item`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  const file = (rows: Cell[][], header = HEADER) => simpleWorkbook(header, rows);

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("リスク 取込");
    const orgId = await t.createOrg(owner, "株式会社りすく");
    base = `/api/v1/orgs/${orgId}`;
    const dept: Record<string, string> = {};
    for (const name of ["総務部", "営業部"]) {
      dept[name] = (await t.as(owner).post(`${base}/departments`, { name })).json().id;
    }
    for (const [name, departmentId] of [
      ["顧客名簿", dept.営業部],
      ["顧客名簿", dept.総務部],
      ["従業者名簿", dept.総務部],
      ["応募者情報", null],
    ] as const) {
      const res = await t.as(owner).post(`${base}/inventory-items`, { name, departmentId });
      expect(res.statusCode, res.body).toBe(201);
    }
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    viewer = await t.signUp("閲覧 者");
    await t.addMember(owner, orgId, viewer, "viewer");
    outsider = await t.signUp("他社 者");
    await t.createOrg(outsider, "他社");
  });
  afterAll(() => t.close());

  it("previews a workbook as kept by hand: title rows, merged item cells, labels and English phases", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("リスク分析");
    ws.getCell("A1").value = "リスク分析表（令和6年度）";
    ws.mergeCells("A1:H1");
    ws.getRow(3).values = [
      "台帳名称",
      "部署",
      "ライフサイクル",
      "リスク内容",
      "可能性",
      "影響",
      "リスクレベル",
      "リスク対策",
    ];
    ws.getRow(4).values = [
      "顧客名簿",
      "営業部",
      "取得・入力",
      "漏えい：申込書の置き忘れ",
      "高",
      "２",
      "高",
      "机上に放置しない",
    ];
    ws.getRow(5).values = [
      null,
      null,
      "Transfer and sending",
      "宅配便での紛失",
      "1",
      "3（高）",
      "中",
      "追跡可能な方法で送る",
    ];
    ws.getRow(6).values = [null, null, "廃棄", "廃棄書類からの流出", 2, 2, "中", null];
    ws.mergeCells("A4:A6");
    ws.mergeCells("B4:B6");
    ws.getRow(8).values = [
      "応募者情報",
      null,
      "保管",
      "履歴書の改ざん",
      "低",
      "低",
      "低",
      "施錠保管",
    ];
    const before = await auditTotal();
    const res = await upload(t, owner, url(), await toBuffer(wb));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      mode: "preview",
      headerRow: 3,
      rows: 4,
      items: 2,
      create: 4,
      update: 0,
      unchanged: 0,
      delete: 0,
      errors: [],
      missingRequired: [],
    });
    expect(res.json().columns.map((c: { field: string | null }) => c.field)).toEqual([
      "itemName",
      "department",
      "phase",
      "description",
      "likelihood",
      "impact",
      "inherentLevel",
      "countermeasure",
    ]);
    expect(await risks()).toEqual([]);
    expect(await auditTotal()).toBe(before);

    const commit = await upload(t, owner, url(), await toBuffer(wb), { mode: "commit" });
    expect(commit.json()).toEqual({
      mode: "commit",
      items: 2,
      create: 4,
      update: 0,
      unchanged: 0,
      delete: 0,
      total: 4,
    });
    expect(
      (await risks()).map((r) => [
        r.itemName,
        r.departmentName,
        r.phase,
        r.kind,
        r.likelihood,
        r.impact,
        r.countermeasure,
      ]),
    ).toEqual([
      ["応募者情報", null, "storage_backup", "damage", 1, 1, "施錠保管"],
      ["顧客名簿", "営業部", "acquisition_input", "leak", 3, 2, "机上に放置しない"],
      ["顧客名簿", "営業部", "transfer", "loss", 1, 3, "追跡可能な方法で送る"],
      ["顧客名簿", "営業部", "disposal", "leak", 2, 2, null],
    ]);
    expect(await auditTotal()).toBe(before + 4);
  });

  it("reports unknown items, unknown departments, ambiguous names, off-matrix ratings and bad phases; writes nothing", async () => {
    const before = await risks();
    const bad = await file([
      ["存在しない台帳", "営業部", "取得", "漏えい", "r1", 1, 1],
      ["顧客名簿", "経理部", "取得", null, "r2", 1, 1],
      ["顧客名簿", null, "取得", "漏えい", "r3", 1, 1],
      ["従業者名簿", "総務部", "保守", "火災", "r4", 4, "中くらい"],
      ["従業者名簿", "総務部", "利用", "漏えい", "r5", 2, 2, null, 1],
      [
        "従業者名簿",
        "総務部",
        "利用",
        "漏えい",
        "r6",
        2,
        null,
        null,
        null,
        null,
        null,
        "2024/13/1",
      ],
    ]);
    const res = await upload(t, owner, url(), bad, { mode: "commit" });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.errors.map((e: Record<string, unknown>) => [e.row, e.column, e.message]),
    ).toEqual([
      [
        2,
        "個人情報の名称",
        "個人情報管理台帳に「存在しない台帳」（営業部）がありません。先に台帳に登録してください。",
      ],
      [3, "管理部門", "部門「経理部」は登録されていません。"],
      [
        4,
        "個人情報の名称",
        "同じ名称・管理部門の項目が台帳に複数あるため、どれを指すか決められません。台帳で名称を区別してください。",
      ],
      [
        5,
        "フェーズ",
        "次のいずれかを入力してください：「取得・入力」「移送・送信」「利用・加工」「保管・バックアップ」「消去・廃棄」「委託」",
      ],
      [
        5,
        "リスクの種類",
        "次のいずれかを入力してください：「漏えい」「滅失」「き損」「目的外利用」「不適正取得」「違法な提供」「本人への影響」「その他」",
      ],
      [
        5,
        "発生可能性",
        "リスクマトリクスの段階にない値です。次のいずれかを入力してください：1（低）, 2（中）, 3（高）",
      ],
      [
        5,
        "影響度",
        "リスクマトリクスの段階にない値です。次のいずれかを入力してください：1（低）, 2（中）, 3（高）",
      ],
      [
        6,
        "残存影響度",
        "残存リスクは発生可能性と影響度の両方を入力するか、両方とも空欄にしてください。",
      ],
      [7, "影響度", "必須項目です。"],
      [
        7,
        "受容日",
        "日付として読み取れません。2024/4/1 や 令和6年4月1日 のように入力してください。",
      ],
    ]);
    const en = await upload(t, owner, url(), bad, {}, { lang: "en" });
    expect(en.json().errors[5]).toEqual({
      row: 5,
      column: "発生可能性",
      field: "likelihood",
      value: "4",
      message:
        "This value is not a level of the risk matrix. Use one of: 1 (Low), 2 (Medium), 3 (High)",
    });
    expect(await risks()).toEqual(before);
  });

  it("replaces the rows of the items in the file and leaves other items' rows alone", async () => {
    const stored = await risks();
    const keep = stored.find((r) => r.itemName === "応募者情報");
    const res = await upload(
      t,
      owner,
      url(),
      await file([
        [
          "顧客名簿",
          "営業部",
          "取得・入力",
          "漏えい",
          "漏えい：申込書の置き忘れ",
          3,
          2,
          "机上に放置しない",
        ],
        [
          "顧客名簿",
          "営業部",
          "移送・送信",
          "滅失",
          "宅配便での紛失",
          1,
          3,
          "追跡可能な方法で送り、受領を確認する",
        ],
        [
          "顧客名簿",
          "営業部",
          "利用・加工",
          "目的外利用",
          "営業目的以外での閲覧",
          2,
          2,
          "閲覧権限の設定",
        ],
      ]),
      { mode: "commit" },
    );
    expect(res.json()).toEqual({
      mode: "commit",
      items: 1,
      create: 1,
      update: 1,
      unchanged: 1,
      delete: 1,
      total: 3,
    });
    const after = await risks();
    expect(after.map((r) => [r.itemName, r.phase, r.description])).toEqual([
      ["応募者情報", "storage_backup", "履歴書の改ざん"],
      ["顧客名簿", "acquisition_input", "漏えい：申込書の置き忘れ"],
      ["顧客名簿", "transfer", "宅配便での紛失"],
      ["顧客名簿", "use_processing", "営業目的以外での閲覧"],
    ]);
    expect(after.find((r) => r.itemName === "応募者情報")).toEqual(keep);
    // The changed row keeps its id (updated, not replaced).
    const transfer = (rs: Risk[]) =>
      rs.find((r) => r.phase === "transfer" && r.itemName === "顧客名簿");
    expect(transfer(after)?.id).toBe(transfer(stored)?.id);
    expect(transfer(after)?.countermeasure).toBe("追跡可能な方法で送り、受領を確認する");
  });

  it("lets only people who may accept risks record an acceptance; a re-rating drops a carried-over one", async () => {
    const row = (l: number, by: string | null, on: string | null): Cell[] => [
      "従業者名簿",
      "総務部",
      "保管",
      "漏えい",
      "サーバーからの漏えい",
      l,
      1,
      "暗号化",
      null,
      null,
      by,
      on,
      "2025/4/1",
    ];
    const first = await upload(t, manager, url(), await file([row(1, null, null)]), {
      mode: "commit",
    });
    expect(first.json()).toMatchObject({ create: 1 });
    const refused = await upload(t, manager, url(), await file([row(1, "総務部長", "2024/6/1")]), {
      mode: "commit",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.errors).toEqual([
      {
        row: 2,
        column: "受容者",
        field: "acceptedBy",
        value: "総務部長",
        message:
          "リスクの受容を記録・変更できるのは、受容の権限を持つ人だけです。受容者・受容日は元の値のままにしてください。",
      },
    ]);
    const incomplete = await upload(t, owner, url(), await file([row(1, "総務部長", null)]), {
      mode: "commit",
    });
    expect(incomplete.json().error.details.errors[0].message).toBe(
      "受容者と受容日は両方入力するか、両方とも空欄にしてください。",
    );
    const accepted = await upload(
      t,
      owner,
      url(),
      await file([row(1, "総務部長", "令和6年6月1日")]),
      { mode: "commit" },
    );
    expect(accepted.json()).toMatchObject({ update: 1 });
    const server = async () =>
      (await risks()).find((r) => r.description === "サーバーからの漏えい") as Risk;
    expect(pick(await server())).toEqual([
      "従業者名簿",
      "総務部",
      "storage_backup",
      "leak",
      "サーバーからの漏えい",
      1,
      1,
      "暗号化",
      null,
      null,
      "総務部長",
      "2024-06-01",
      "2025-04-01",
    ]);
    // The manager may re-import the same acceptance unchanged …
    const same = await upload(t, manager, url(), await file([row(1, "総務部長", "2024-06-01")]), {
      mode: "commit",
    });
    expect(same.json()).toMatchObject({ unchanged: 1, update: 0 });
    // … but not withdraw it, and a new rating withdraws it by itself.
    const withdraw = await upload(t, manager, url(), await file([row(1, null, null)]), {
      mode: "commit",
    });
    expect(withdraw.statusCode).toBe(400);
    const rerated = await upload(
      t,
      manager,
      url(),
      await file([row(3, "総務部長", "2024-06-01")]),
      { mode: "commit" },
    );
    expect(rerated.json()).toMatchObject({ update: 1 });
    expect(await server()).toMatchObject({ likelihood: 3, acceptedBy: null, acceptedOn: null });
  });

  it("never records a review from a file; the importer assesses the ratings it writes", async () => {
    // Today's export header: 最終見直し日 before 見直し予定日.
    const header = [...HEADER.slice(0, -1), "最終見直し日", "見直し予定日"];
    const row = (text: string, last: Cell, likelihood = 2): Cell[] => [
      "顧客名簿",
      "総務部",
      "保管",
      "漏えい",
      text,
      likelihood,
      2,
      "施錠保管",
      null,
      null,
      null,
      null,
      last,
      "2026/4/1",
    ];
    const lock = "名簿の持ち出し";
    const post = "郵送物の誤配";
    const mine = async () =>
      (await risks())
        .filter((r) => r.itemName === "顧客名簿" && r.departmentName === "総務部")
        .map((r) => [r.description, r.lastReviewedOn, r.lastReviewedBy, r.assessed, r.assessedBy]);

    const created = await upload(
      t,
      manager,
      url(),
      await file([row(lock, "令和7年3月15日"), row(post, "2025/2/30")], header),
      { mode: "commit" },
    );
    // The column is recognised and ignored: even an unreadable day is no error.
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ create: 2, update: 0 });
    expect(await mine()).toEqual([
      [lock, null, null, true, "部門 管理者"],
      [post, null, null, true, "部門 管理者"],
    ]);

    // A real review, then a file with another review day: the review stays as recorded.
    const ids = (await risks())
      .filter((r) => r.description === lock || r.description === post)
      .map((r) => r.id);
    const reviewed = await t
      .as(owner)
      .post(`${base}/risks/reviewed`, { ids, reviewedOn: "2025-06-30" });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const before = await auditTotal();
    const again = await upload(
      t,
      owner,
      url(),
      await file([row(lock, "2026/1/1"), row(post, null)], header),
      { mode: "commit" },
    );
    expect(again.json()).toMatchObject({ create: 0, update: 0, unchanged: 2, delete: 0 });
    expect(await auditTotal()).toBe(before);
    expect(await mine()).toEqual([
      [lock, "2025-06-30", "リスク 取込", true, "部門 管理者"],
      [post, "2025-06-30", "リスク 取込", true, "部門 管理者"],
    ]);

    // A changed rating is the importer's assessment; the review day still does not move.
    const rerated = await upload(
      t,
      owner,
      url(),
      await file([row(lock, "2026/1/1", 3), row(post, null)], header),
      { mode: "commit" },
    );
    expect(rerated.json()).toMatchObject({ update: 1, unchanged: 1 });
    expect(await mine()).toEqual([
      [lock, "2025-06-30", "リスク 取込", true, "リスク 取込"],
      [post, "2025-06-30", "リスク 取込", true, "部門 管理者"],
    ]);
    const [event] = (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().items;
    expect(event.changes).toMatchObject({
      likelihood: { old: 2, new: 3 },
      assessedBy: { old: "部門 管理者", new: "リスク 取込" },
    });
    expect(event.changes.lastReviewedOn).toBeUndefined();
  });

  it("reads ratings on the organization's own matrix (5×5 labels)", async () => {
    const put = await t.as(owner).put(`${base}/risk-matrix`, RISK_MATRIX_5X5);
    expect(put.statusCode, put.body).toBe(200);
    const res = await upload(
      t,
      owner,
      url(),
      await file([
        [
          "応募者情報",
          null,
          "保管・バックアップ",
          "き損",
          "履歴書の改ざん",
          "極大",
          "4",
          null,
          "小",
          "極小",
        ],
      ]),
      { mode: "commit" },
    );
    expect(res.statusCode, res.body).toBe(200);
    const r = (await risks()).find((x) => x.itemName === "応募者情報");
    expect(r).toMatchObject({ likelihood: 5, impact: 4, residualLikelihood: 2, residualImpact: 1 });
  });

  it("refuses viewers and other organizations", async () => {
    const f = await file([["応募者情報", null, "保管", "き損", "x", 1, 1]]);
    expect((await upload(t, viewer, url(), f, { mode: "commit" })).statusCode).toBe(403);
    expect((await upload(t, outsider, url(), f, { mode: "commit" })).statusCode).toBe(404);
    expect((await risks()).some((r) => r.description === "x")).toBe(false);
  });
});
