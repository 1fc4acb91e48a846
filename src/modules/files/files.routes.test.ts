// Attached files through the real routes, on both databases: upload, list, download, delete;
// the type by content; names made safe; limits; roles and tenant isolation; the audit trail;
// and the register item's files going with the item.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { zeroBomb } from "../shared/safe-upload/test-zip.ts";
import {
  bigPdf,
  csvShiftJis,
  docx,
  eml,
  fileUpload,
  heicBytes,
  html,
  JPEG,
  PNG,
  pdfBytes,
  plainZip,
  pptx,
  xlsx,
} from "./test-support.ts";

const MB = 1024 * 1024;
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe.each(dbKinds)("files (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let itemId: string;
  let otherItemId: string;

  const base = (org = orgId) => `/api/v1/orgs/${org}/attachments`;
  const ownerPath = (item = itemId, org = orgId, ownerKind = "inventory_item") =>
    `${base(org)}/owners/${ownerKind}/${item}`;

  function upload(
    user: TestUser,
    name: string,
    content: Buffer,
    opts: { item?: string; org?: string; kind?: string; disposition?: string; lang?: string } = {},
  ) {
    const { payload, contentType } = fileUpload(name, content, opts.disposition);
    return t.app.inject({
      method: "POST",
      url: ownerPath(opts.item, opts.org, opts.kind),
      headers: {
        cookie: user.cookie,
        ...sameOrigin,
        "content-type": contentType,
        "accept-language": opts.lang ?? "ja",
      },
      payload,
    });
  }
  async function uploaded(name: string, content: Buffer, item = itemId) {
    const res = await upload(owner, name, content, { item });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const list = async (item = itemId, q = "") =>
    (await t.as(owner).get(`${ownerPath(item)}${q}`)).json();
  const download = (user: TestUser, id: string, org = orgId) =>
    t.app.inject({ url: `${base(org)}/${id}/download`, headers: { cookie: user.cookie } });
  const events = async (entity = "attachment") =>
    (
      await t.database.query<{
        entity_id: string;
        action: string;
        changes: Record<string, unknown>;
      }>(
        "select entity_id, action, changes from audit_event where org_id = $1 and entity = $2 order by seq",
        [orgId, entity],
      )
    ).map((e) => ({ id: e.entity_id, action: e.action, changes: e.changes }));
  const newItem = async (org = orgId, as = owner) => {
    const res = await t.as(as).post(`/api/v1/orgs/${org}/inventory-items`, { name: "顧客名簿" });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { FILE_MAX_MB: "1", ORG_FILES_MAX_MB: "3" });
    owner = await t.signUp("添付 所有者");
    orgId = await t.createOrg(owner, "株式会社添付");
    viewer = await t.signUp("閲覧 花子");
    member = await t.signUp("社員 次郎");
    manager = await t.signUp("部門 三郎");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, member, "member");
    await t.addMember(owner, orgId, manager, "manager");
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    itemId = await newItem();
    otherItemId = await newItem(otherOrg, outsider);
  });
  afterAll(() => t.close());

  it("uploads a PDF, lists it, and downloads the same bytes with safe headers", async () => {
    const pdf = pdfBytes("規程");
    const id = await uploaded("個人情報保護規程 第2版.pdf", pdf);
    const body = await list();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      id,
      ownerKind: "inventory_item",
      ownerId: itemId,
      name: "個人情報保護規程 第2版.pdf",
      mediaType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: owner.id,
      uploadedByName: "添付 所有者",
    });
    expect(body).toMatchObject({ orgBytes: pdf.length, orgMaxBytes: 3 * MB, maxFileBytes: MB });

    const res = await download(viewer, id);
    expect(res.statusCode).toBe(200);
    expect(sha256(res.rawPayload)).toBe(sha256(pdf));
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("個人情報保護規程 第2版.pdf")}`,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(Number(res.headers["content-length"])).toBe(pdf.length);
  });

  it("tells every allowed kind by its content", async () => {
    const item = await newItem();
    const cases: [string, Buffer, string][] = [
      ["台帳.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      [
        "手順書.docx",
        docx(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
      [
        "教育資料.pptx",
        pptx(),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      ],
      ["写真.png", PNG, "image/png"],
      ["写真.JPG", JPEG, "image/jpeg"],
      ["写真.heic", heicBytes(), "image/heic"],
      ["名簿.csv", csvShiftJis(), "text/csv; charset=shift_jis"],
      ["メモ.txt", Buffer.from("確認済み\n"), "text/plain; charset=utf-8"],
      ["名前なし", Buffer.from("拡張子のないメモ"), "text/plain; charset=utf-8"],
      ["通知.eml", eml(), "message/rfc822"],
    ];
    for (const [name, content] of cases) await uploaded(name, content, item);
    const body = await list(item, "?limit=50");
    const types = Object.fromEntries(
      body.items.map((i: { name: string; mediaType: string }) => [i.name, i.mediaType]),
    );
    expect(types).toEqual(Object.fromEntries(cases.map(([n, , type]) => [n, type])));
  });

  it("refuses what it must, naming the file field, and writes nothing", async () => {
    const item = await newItem();
    const before = (await events()).length;
    const cases: [string, Buffer, number, string][] = [
      ["空.pdf", Buffer.alloc(0), 400, "ATTACHMENT_EMPTY"],
      ["偽装.pdf", html(), 400, "ATTACHMENT_TYPE_MISMATCH"],
      ["画像.pdf", PNG, 400, "ATTACHMENT_TYPE_MISMATCH"],
      ["文書.docx", pdfBytes(), 400, "ATTACHMENT_TYPE_MISMATCH"],
      ["本文.eml", Buffer.from("ただのテキスト"), 400, "ATTACHMENT_TYPE_MISMATCH"],
      ["page.html", html(), 415, "ATTACHMENT_TYPE_NOT_ALLOWED"],
      ["archive.zip", plainZip(), 415, "ATTACHMENT_TYPE_NOT_ALLOWED"],
      [
        "program.exe",
        Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
        415,
        "ATTACHMENT_TYPE_NOT_ALLOWED",
      ],
      ["大きい.pdf", bigPdf(MB + 1), 413, "ATTACHMENT_TOO_LARGE"],
      // A bomb inside a Word file: 40 MB of zeros in a few KB, refused before inflating.
      [
        "爆弾.docx",
        docx([
          { name: "word/media/image1.bin", compressed: zeroBomb(40 * MB), declaredSize: 40 * MB },
        ]),
        413,
        "UPLOAD_ZIP_RATIO",
      ],
      [
        "偽りの大きさ.docx",
        docx([
          { name: "word/media/image1.bin", compressed: zeroBomb(64 * MB), declaredSize: 1000 },
        ]),
        413,
        "UPLOAD_ZIP_SIZE_MISMATCH",
      ],
    ];
    for (const [name, content, status, code] of cases) {
      const res = await upload(owner, name, content, { item });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json().error.code, name).toBe(code);
      expect(Object.keys(res.json().error.fields), name).toEqual(["file"]);
      expect(res.json().error.message, name).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
    const mismatch = await upload(owner, "偽装.pdf", html(), { item, lang: "en" });
    expect(mismatch.json().error.message).toBe(
      "The file name's extension (.pdf) does not match its content (HTML or other markup). Choose the file with its right extension.",
    );
    expect((await list(item)).total).toBe(0);
    expect((await events()).length).toBe(before);
  });

  it("makes file names safe: no path, no control characters, no markup, at most 200 characters", async () => {
    const item = await newItem();
    const encoded = (name: string) => `filename*=UTF-8''${encodeURIComponent(name)}`;
    const cases: [string, string | undefined, string][] = [
      ["../../etc/passwd.txt", undefined, "passwd.txt"],
      ["", encoded("..\\..\\議事録.txt"), "議事録.txt"],
      ["", encoded("報告\t\u0001書\u007f.pdf"), "報告書.pdf"],
      // The multipart reader keeps what follows the last "/" (here of "</script>").
      ["<script>alert(1)</script>.txt", undefined, "script_.txt"],
      ["<img src=x onerror=alert(1)>.txt", undefined, "_img src=x onerror=alert(1)_.txt"],
      ['a"b.txt', encoded('a"b; x=1.txt'), "a_b; x=1.txt"],
      [`${"あ".repeat(300)}.pdf`, undefined, `${"あ".repeat(196)}.pdf`],
    ];
    for (const [name, disposition, stored] of cases) {
      const content = stored.endsWith(".pdf") ? pdfBytes() : Buffer.from("本文");
      const res = await upload(owner, name, content, { item, disposition });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      const id = res.json().id;
      const got = (await list(item)).items.find((i: { id: string }) => i.id === id);
      expect(got.name).toBe(stored);
      const header = String((await download(owner, id)).headers["content-disposition"]);
      expect(header).toMatch(
        /^attachment; filename="[ -~]+"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/,
      );
      expect(decodeURIComponent(header.split("''")[1] ?? "")).toBe(stored);
    }
    // A line break in the name: the multipart reader drops the part (no file arrives).
    const crlf = await upload(owner, "", pdfBytes(), {
      item,
      disposition: encoded("報告\r\nX-Injected: 1.pdf"),
    });
    expect(crlf.statusCode).toBe(400);
    expect(crlf.json().error).toMatchObject({
      code: "FILE_MISSING",
      fields: { file: expect.any(String) },
    });
    expect((await list(item)).total).toBe(cases.length);
  });

  it("never answers 500 to a hostile file name, and stores only safe names", async () => {
    const item = await newItem();
    const hostile = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom("\u0000.pdf", "..", "/", "\\", "%00.pdf", '";.pdf', "\u202e fdp.txt"),
    );
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (name, encoded) => {
        const disposition = encoded
          ? `filename*=UTF-8''${encodeURIComponent(name)}`
          : `filename="${name.replace(/[\r\n"]/g, "")}"`;
        const res = await upload(owner, name, Buffer.from("本文"), { item, disposition });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 201) {
          const [row] = await t.database.query<{ name: string }>(
            "select name from attachment where org_id = $1 and id = $2",
            [orgId, res.json().id],
          );
          expect(row?.name).not.toMatch(/[/\\<>"]|^[.\s]/);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("refuses an unknown owner kind, and a register item that does not exist", async () => {
    const kindRes = await upload(owner, "a.pdf", pdfBytes(), { kind: "secret_table" });
    expect(kindRes.statusCode).toBe(400);
    expect(kindRes.json().error).toMatchObject({
      code: "ATTACHMENT_OWNER_UNKNOWN",
      fields: { ownerKind: expect.any(String) },
    });
    const listRes = await t.as(owner).get(ownerPath(itemId, orgId, "secret_table"));
    expect(listRes.statusCode).toBe(400);
    const badKind = await t.as(owner).get(ownerPath(itemId, orgId, "Drop Table"));
    expect(badKind.statusCode).toBe(400);
    expect((await upload(owner, "a.pdf", pdfBytes(), { item: "no-such-item" })).statusCode).toBe(
      404,
    );
    expect((await t.as(owner).get(ownerPath("no-such-item"))).statusCode).toBe(404);
    // An outsider learns nothing about the kind either.
    expect((await upload(outsider, "a.pdf", pdfBytes(), { kind: "secret_table" })).statusCode).toBe(
      404,
    );
  });

  it("keeps organizations apart: another organization's ids are not found", async () => {
    const id = await uploaded("社外秘.pdf", pdfBytes());
    const theirs = await upload(outsider, "x.pdf", pdfBytes(), {
      item: otherItemId,
      org: otherOrg,
    });
    expect(theirs.statusCode).toBe(201);
    const theirId = theirs.json().id;
    // Through the outsider's own organization: our file and our item are not found.
    expect((await download(outsider, id, otherOrg)).statusCode).toBe(404);
    expect((await t.as(outsider).delete(`${base(otherOrg)}/${id}`)).statusCode).toBe(404);
    expect((await upload(outsider, "x.pdf", pdfBytes(), { org: otherOrg })).statusCode).toBe(404);
    expect((await t.as(outsider).get(ownerPath(itemId, otherOrg))).statusCode).toBe(404);
    // Through our organization: not a member → 404.
    expect((await download(outsider, id)).statusCode).toBe(404);
    expect((await t.as(outsider).get(ownerPath())).statusCode).toBe(404);
    // Our owner asking for their file or their item through our organization.
    expect((await download(owner, theirId)).statusCode).toBe(404);
    expect((await t.as(owner).delete(`${base()}/${theirId}`)).statusCode).toBe(404);
    expect((await upload(owner, "x.pdf", pdfBytes(), { item: otherItemId })).statusCode).toBe(404);
    expect((await t.as(owner).get(ownerPath(otherItemId))).statusCode).toBe(404);
    expect((await download(owner, id)).statusCode).toBe(200);
  });

  it("follows the register's roles: viewers read, managers change, members see nothing", async () => {
    const id = await uploaded("閲覧用.pdf", pdfBytes());
    expect((await t.as(viewer).get(ownerPath())).statusCode).toBe(200);
    expect((await download(viewer, id)).statusCode).toBe(200);
    const refused = await upload(viewer, "v.pdf", pdfBytes());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("FORBIDDEN");
    expect((await t.as(viewer).delete(`${base()}/${id}`)).statusCode).toBe(403);
    expect((await t.as(member).get(ownerPath())).statusCode).toBe(403);
    expect((await download(member, id)).statusCode).toBe(403);
    expect((await t.as(member).delete(`${base()}/${id}`)).statusCode).toBe(403);
    const mine = await upload(manager, "部門.pdf", pdfBytes());
    expect(mine.statusCode).toBe(201);
    expect((await t.as(manager).delete(`${base()}/${mine.json().id}`)).statusCode).toBe(204);
    expect((await download(owner, id)).statusCode).toBe(200);
    const anonymous = await t.app.inject({ url: `${base()}/${id}/download` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("records every upload, download and delete in the audit trail", async () => {
    const pdf = pdfBytes("監査");
    const id = await uploaded("監査証跡.pdf", pdf);
    await download(viewer, id);
    expect((await t.as(owner).delete(`${base()}/${id}`)).statusCode).toBe(204);
    expect((await download(owner, id)).statusCode).toBe(404);
    const mine = (await events()).filter((e) => e.id === id);
    expect(mine.map((e) => e.action)).toEqual(["create", "download", "delete"]);
    expect(mine[0]?.changes).toMatchObject({
      name: { old: null, new: "監査証跡.pdf" },
      sha256: { old: null, new: sha256(pdf) },
      sizeBytes: { old: null, new: pdf.length },
      ownerKind: { old: null, new: "inventory_item" },
      ownerId: { old: null, new: itemId },
    });
    expect(mine[2]?.changes).toMatchObject({ name: { old: "監査証跡.pdf", new: null } });
    const [content] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from file_content fc join attachment a on a.org_id = fc.org_id and a.store_key = fc.id where a.id = $1",
      [id],
    );
    expect(content?.n).toBe(0);
  });

  it("pages and searches an item's files", async () => {
    const item = await newItem();
    for (const n of [1, 2, 3]) await uploaded(`議事録 ${n}.txt`, Buffer.from(`議事 ${n}`), item);
    await uploaded("委託契約書.txt", Buffer.from("契約"), item);
    const page = (await t.as(owner).get(`${ownerPath(item)}?limit=2&page=2`)).json();
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    const found = (
      await t.as(owner).get(`${ownerPath(item)}?q=${encodeURIComponent("議事録")}`)
    ).json();
    expect(found.total).toBe(3);
    const pct = (await t.as(owner).get(`${ownerPath(item)}?q=%25`)).json();
    expect(pct.total).toBe(0);
  });

  it("removes an item's files with the item and lists them in its delete event", async () => {
    const item = await newItem();
    const a = await uploaded("委託先一覧.csv", Buffer.from("会社,所在地\n"), item);
    const b = await uploaded("同意書.pdf", pdfBytes(), item);
    const keep = await uploaded("残す.pdf", pdfBytes());
    const del = await t.as(owner).delete(`/api/v1/orgs/${orgId}/inventory-items/${item}`);
    expect(del.statusCode, del.body).toBe(204);
    const left = await t.database.query<{ id: string }>(
      "select id from attachment where org_id = $1 and owner_id = $2",
      [orgId, item],
    );
    expect(left).toEqual([]);
    const orphans = await t.database.query<{ n: number }>(
      "select count(*)::int as n from file_content fc where not exists (select 1 from attachment a where a.org_id = fc.org_id and a.store_key = fc.id)",
    );
    expect(orphans[0]?.n).toBe(0);
    const itemEvent = (await events("inventory_item")).find(
      (e) => e.id === item && e.action === "delete",
    );
    const listed = (itemEvent?.changes.attachments as { old: { name: string }[] } | undefined)?.old;
    expect(listed, "the item's delete event lists its files").toBeDefined();
    expect(listed?.map((x) => x.name)).toEqual(["委託先一覧.csv", "同意書.pdf"]);
    const deleted = (await events()).filter((e) => e.action === "delete").map((e) => e.id);
    expect(deleted).toEqual(expect.arrayContaining([a, b]));
    expect((await download(owner, keep)).statusCode).toBe(200);
  });

  it("keeps the organization's total under ORG_FILES_MAX_MB (413, nothing written)", async () => {
    const org = await t.createOrg(owner, "株式会社容量");
    const item = await newItem(org);
    const sizes = [0.9, 0.9, 0.9];
    for (const mb of sizes) {
      const res = await upload(owner, "資料.pdf", bigPdf(Math.floor(mb * MB)), { item, org });
      expect(res.statusCode, res.body).toBe(201);
    }
    const over = await upload(owner, "超過.pdf", bigPdf(Math.floor(0.5 * MB)), { item, org });
    expect(over.statusCode).toBe(413);
    expect(over.json().error).toMatchObject({
      code: "ORG_FILES_QUOTA_EXCEEDED",
      fields: { file: expect.stringContaining("3 MB") },
    });
    const listed = (await t.as(owner).get(ownerPath(item, org))).json();
    expect(listed.total).toBe(3);
  });
});
