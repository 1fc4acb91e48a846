// Files live in the database, so a backup holds them (bytea written as base64) and a restore
// brings them back byte for byte, metadata and bytes together, on both databases.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../db/backup.ts";
import { BATCH_CHARS, readBackup } from "../../db/backup-format.ts";
import { restoreDatabase } from "../../db/restore.ts";
import { emptyTarget } from "../../db/test-fixtures.ts";
import { dbKinds, sameOrigin, startTestApp, type TestApp } from "../../test/harness.ts";
import { bigPdf, fileUpload, PNG } from "./test-support.ts";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe.each(dbKinds)("files in backups (%s)", (kind) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    dir = mkdtempSync(join(tmpdir(), "mamori-files-backup-"));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores every attached file byte for byte", async () => {
    const owner = await t.signUp("バックアップ 担当");
    const orgId = await t.createOrg(owner, "株式会社復元");
    const item = await t.as(owner).post(`/api/v1/orgs/${orgId}/inventory-items`, { name: "台帳" });
    const files: [string, Buffer][] = [
      // Two files of 6 MB: their rows (base64) pass BATCH_CHARS together, so they are restored
      // in two statements.
      ["審査機関からの通知.pdf", bigPdf(6 * 1024 * 1024)],
      ["更新審査の報告書.pdf", bigPdf(6 * 1024 * 1024)],
      ["写真.png", PNG],
      ["全バイト.txt", Buffer.from("改行\r\nタブ\t終わり\n")],
    ];
    for (const [name, content] of files) {
      const { payload, contentType } = fileUpload(name, content);
      const res = await t.app.inject({
        method: "POST",
        url: `/api/v1/orgs/${orgId}/attachments/owners/inventory_item/${item.json().id}`,
        headers: { cookie: owner.cookie, ...sameOrigin, "content-type": contentType },
        payload,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const file = join(dir, "backup.jsonl.gz");
    await backupDatabase(t.database, file);
    const batches: number[][] = [];
    for await (const event of readBackup(file))
      if (event.kind === "rows" && event.section.table === "public.file_content")
        batches.push(event.lines.map((l) => l.length));
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches)
      expect(b.length === 1 || b.reduce((x, y) => x + y) < BATCH_CHARS + Math.max(...b)).toBe(true);

    const target = await emptyTarget(kind);
    try {
      await restoreDatabase(target.database, file);
      const rows = await target.database.query<{ name: string; sha256: string; content: Buffer }>(
        `select a.name, a.sha256, fc.content from attachment a
           join file_content fc on fc.org_id = a.org_id and fc.id = a.store_key
          where a.org_id = $1 order by a.created_at, a.id`,
        [orgId],
      );
      expect(rows.map((r) => r.name).sort()).toEqual(files.map(([n]) => n).sort());
      for (const [name, content] of files) {
        const row = rows.find((r) => r.name === name);
        const restored = Buffer.from(row?.content ?? []);
        expect(restored.length, name).toBe(content.length);
        expect(sha256(restored), name).toBe(sha256(content));
        expect(row?.sha256, name).toBe(sha256(content));
      }
    } finally {
      await target.cleanup();
    }
  });
});
