import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { inventoryHeaderFields } from "../../../core/registers/inventory-fields.ts";
import { peopleUploadReader } from "../../people/people.parse.ts";
import type { ReadTableOptions } from "../table-file/table-file.ts";
import { sheetXml, workbook } from "./test-zip.ts";
import type { UploadJob, UploadOutcome } from "./upload-job.ts";
import { UploadPool } from "./upload-pool.ts";

const MB = 1024 * 1024;
const limits = { zipEntries: 200, zipEntryBytes: 50 * MB, zipTotalBytes: 100 * MB, zipRatio: 200 };
const options = { fields: inventoryHeaderFields(), maxRows: 100 } as ReadTableOptions<string>;
const tableJob = (bytes: Buffer, filename = "台帳.xlsx"): UploadJob => ({
  kind: "table",
  bytes,
  filename,
  limits,
  options,
});
const small = workbook({
  data: sheetXml([
    ["名称", "利用目的"],
    ["顧客名簿", "発送"],
  ]),
});

function value(outcome: UploadOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code} ${outcome.refusal.detail}`);
  return outcome.value as never;
}

describe("UploadPool (the real upload process)", () => {
  const pool = new UploadPool();
  afterAll(() => pool.close());

  it("reads workbooks and CSV files in the process, one at a time, on one process", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("従業者").addRows([
      ["氏名", "雇用区分", "入社日"],
      ["山田 太郎", "正社員", new Date(Date.UTC(2020, 3, 1))],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const sjis = iconv.encode("名称,利用目的\r\n顧客名簿,発送\r\n", "cp932");
    const [table, people, csv] = await Promise.all([
      pool.run(tableJob(small), 256),
      pool.run(
        { kind: "reader", reader: peopleUploadReader, bytes: xlsx, filename: "名簿.xlsx", limits },
        256,
      ),
      pool.run(tableJob(sjis, "台帳.csv"), 256),
    ]);
    expect(value(table)).toMatchObject({ ok: true, table: { sheet: "台帳", headerRow: 1 } });
    // Typed cells cross the process boundary as they are (a Date stays a Date).
    expect(value(people)).toEqual([
      { line: 1, cells: ["氏名", "雇用区分", "入社日"] },
      { line: 2, cells: ["山田 太郎", "正社員", new Date(Date.UTC(2020, 3, 1))] },
    ]);
    expect(value(csv)).toMatchObject({
      ok: true,
      table: { rows: [{ cells: ["顧客名簿", "発送"] }] },
    });
    expect(pool.started).toBe(1);
  });

  it("ends a process that runs out of heap with UPLOAD_WORKER_MEMORY; the next job gets a fresh one", async () => {
    // 33 MB of distinct shared strings in a 4 MB file: within every ZIP limit, but JSZip's
    // string of it alone is too much for a 48 MB heap.
    const parts = ["<sst>"];
    for (let i = 0; i < 1_500_000; i++) parts.push(`<si><t>${i}</t></si>`);
    parts.push("</sst>");
    const strings = Buffer.from(parts.join(""));
    const heavy = workbook(undefined, [
      {
        name: "xl/sharedStrings.xml",
        compressed: deflateRawSync(strings, { level: 1 }),
        declaredSize: strings.length,
      },
    ]);
    const before = pool.started;
    const out = await pool.run(tableJob(heavy), 48);
    expect(out).toMatchObject({
      ok: false,
      refusal: { kind: "too_large", code: "UPLOAD_WORKER_MEMORY", params: { max: 48 } },
    });
    expect(value(await pool.run(tableJob(small), 48))).toMatchObject({ ok: true });
    expect(pool.started).toBe(before + 2);
  });
});

describe("UploadPool (a misbehaving process)", () => {
  const workerFile = new URL("./test-misbehaving-worker.ts", import.meta.url);
  const pool = new UploadPool({ idleMs: 150, workerFile });
  // The timeout covers starting a process too: 3 s leaves room on a busy machine.
  const impatient = new UploadPool({ timeoutMs: 3000, workerFile });
  afterAll(() => Promise.all([pool.close(), impatient.close()]));
  const job = (filename: string) => tableJob(small, filename);
  const pid = async () => (value(await pool.run(job("ok.xlsx"), 64)) as { pid: number }).pid;

  it("ends a crash as UPLOAD_WORKER_FAILED and starts afresh", async () => {
    const first = await pid();
    expect(await pool.run(job("crash.xlsx"), 64)).toMatchObject({
      ok: false,
      refusal: { kind: "too_large", code: "UPLOAD_WORKER_FAILED" },
    });
    expect(await pid()).not.toBe(first);
  });

  it("ends a job that takes too long as UPLOAD_TIMEOUT; the jobs queued behind it still run", async () => {
    const [hung, next] = await Promise.all([
      impatient.run(job("hang.xlsx"), 64),
      impatient.run(job("ok.xlsx"), 64),
    ]);
    expect(hung).toMatchObject({
      ok: false,
      refusal: { code: "UPLOAD_TIMEOUT", params: { max: 3 } },
    });
    expect(next.ok).toBe(true);
  });

  it("lets an idle process end, and gives it none of the server's secrets", async () => {
    process.env.MAMORI_TEST_SECRET = "s3cret";
    process.env.DATABASE_URL ??= "postgres://secret@localhost/db";
    await pool.close();
    const seen = value(await pool.run(job("ok.xlsx"), 64)) as { env: string[] };
    delete process.env.MAMORI_TEST_SECRET;
    expect(seen.env).not.toContain("MAMORI_TEST_SECRET");
    expect(seen.env).not.toContain("DATABASE_URL");
    expect(seen.env).not.toContain("NODE_OPTIONS");
    expect(pool.alive).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(pool.alive).toBe(false);
  });
});
