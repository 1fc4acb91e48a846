// The Excel half of the benchmark on one database kind. Each run pairs the API call with raw
// exceljs on the same file just before it, so both see the same load on a shared machine:
//   import runs: a fresh organization; raw read → preview → commit of the register (10,000
//   rows), then raw read → preview → commit of the risk workbook (50,000 rows);
//   re-imports: the same files again into the first organization (nothing changes);
//   export runs: raw write of the same values → GET export.xlsx, for both registers.
import { inventoryHeaderFields } from "../../src/core/registers/inventory-fields.ts";
import { riskHeaderFields } from "../../src/core/registers/risk-fields.ts";
import { readTableFile } from "../../src/modules/shared/table-file/table-file.ts";
import { signIn } from "../breakdown.ts";
import { median, medianRun, type Timed, timed } from "./measure.ts";
import { rawRead, rawStreamRead, rawStreamWrite, rawWrite, sheetValues } from "./raw-excel.ts";
import { createOrg, type Owner, type Served } from "./setup.ts";
import { expectCounts, exportFile, importFile, type Mode, type Register } from "./transfer.ts";

export type Workbooks = { register: Buffer; risks: Buffer; items: number; risksRows: number };

type Summary = Timed & { runs: number[] };
export type RawFigures = { medianMs: number; runs: number[] };
export type TransferResult = {
  runs: number;
  files: { registerBytes: number; risksBytes: number; items: number; risks: number };
  raw: {
    registerRead: RawFigures;
    risksRead: RawFigures;
    registerStreamRead: RawFigures;
    risksStreamRead: RawFigures;
    registerWrite: RawFigures;
    risksWrite: RawFigures;
    registerStreamWrite: RawFigures;
    risksStreamWrite: RawFigures;
  };
  /** The import's own read step (readTableFile: exceljs load + cell texts + header match), once. */
  appRead: { registerMs: number; risksMs: number };
  imports: {
    registerPreview: Summary;
    registerCommit: Summary;
    risksPreview: Summary;
    risksCommit: Summary;
    registerReimport: Summary;
    risksReimport: Summary;
  };
  exports: { register: Summary & { bytes: number }; risks: Summary & { bytes: number } };
  orgs: number;
};

const r1 = (x: number) => Math.round(x * 10) / 10;
const rawFigures = (runs: number[]): RawFigures => ({
  medianMs: r1(median(runs)),
  runs: runs.map(r1),
});

async function clock(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function transferRuns(
  s: Served,
  owner: Owner,
  books: Workbooks,
  opts: { runs: number; log: (line: string) => void },
): Promise<{ result: TransferResult; orgId: string }> {
  const { app, address, postgresPid } = s;
  const call = async (orgId: string, register: Register, mode: Mode, file: Buffer) => {
    const { full: cookie } = await signIn(app, owner);
    return timed(() => importFile({ address, orgId, cookie, register, file, mode }), postgresPid);
  };
  const log = (line: string) => opts.log(`${s.kind}: ${line}`);
  const raw = {
    registerRead: [] as number[],
    risksRead: [] as number[],
    registerStreamRead: [] as number[],
    risksStreamRead: [] as number[],
    registerWrite: [] as number[],
    risksWrite: [] as number[],
    registerStreamWrite: [] as number[],
    risksStreamWrite: [] as number[],
  };
  const imp = {
    registerPreview: [] as Timed[],
    registerCommit: [] as Timed[],
    risksPreview: [] as Timed[],
    risksCommit: [] as Timed[],
    registerReimport: [] as Timed[],
    risksReimport: [] as Timed[],
  };
  const n = books.items;
  const m = books.risksRows;
  await rawRead(books.register); // warm-up: exceljs's code compiled before the first figure

  const orgIds: string[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    const orgId = await createOrg(app, owner, `株式会社ベンチマーク${run}`);
    orgIds.push(orgId);
    raw.registerRead.push(await clock(() => rawRead(books.register)));
    raw.registerStreamRead.push(await clock(() => rawStreamRead(books.register)));
    const rp = await call(orgId, "inventory-items", "preview", books.register);
    expectCounts("register preview", rp.result, { create: n, update: 0, unchanged: 0 });
    const rc = await call(orgId, "inventory-items", "commit", books.register);
    expectCounts("register commit", rc.result, { created: n, updated: 0, unchanged: 0 });
    raw.risksRead.push(await clock(() => rawRead(books.risks)));
    raw.risksStreamRead.push(await clock(() => rawStreamRead(books.risks)));
    const kp = await call(orgId, "risks", "preview", books.risks);
    expectCounts("risk preview", kp.result, { create: m, update: 0, delete: 0 });
    const kc = await call(orgId, "risks", "commit", books.risks);
    expectCounts("risk commit", kc.result, { create: m, update: 0, delete: 0 });
    imp.registerPreview.push(rp.timing);
    imp.registerCommit.push(rc.timing);
    imp.risksPreview.push(kp.timing);
    imp.risksCommit.push(kc.timing);
    log(
      `import run ${run}: raw read ${r1(raw.registerRead.at(-1) ?? 0)} ms; register preview ${rp.timing.ms} / commit ${rc.timing.ms} ms; raw read ${r1(raw.risksRead.at(-1) ?? 0)} ms; risks preview ${kp.timing.ms} / commit ${kc.timing.ms} ms`,
    );
  }
  const orgId = orgIds[0] as string;
  for (let run = 1; run <= opts.runs; run++) {
    const r = await call(orgId, "inventory-items", "commit", books.register);
    expectCounts("register re-import", r.result, { created: 0, updated: 0, unchanged: n });
    const k = await call(orgId, "risks", "commit", books.risks);
    expectCounts("risk re-import", k.result, { create: 0, update: 0, delete: 0, unchanged: m });
    imp.registerReimport.push(r.timing);
    imp.risksReimport.push(k.timing);
    log(`re-import run ${run}: register ${r.timing.ms} ms, risks ${k.timing.ms} ms`);
  }

  const registerValues = await sheetValues(books.register);
  const risksValues = await sheetValues(books.risks);
  const exp = { register: [] as Timed[], risks: [] as Timed[] };
  const bytes = { register: 0, risks: 0 };
  for (let run = 1; run <= opts.runs; run++) {
    for (const register of ["inventory-items", "risks"] as const) {
      const values = register === "risks" ? risksValues : registerValues;
      const key = register === "risks" ? "risks" : "register";
      raw[`${key}StreamWrite`].push(await clock(() => rawStreamWrite(values)));
      raw[`${key}Write`].push(await clock(() => rawWrite(values)));
      const { full: cookie } = await signIn(app, owner);
      const e = await timed(() => exportFile({ address, orgId, cookie, register }), postgresPid);
      exp[key].push(e.timing);
      bytes[key] = e.result.length;
    }
    log(
      `export run ${run}: register ${exp.register.at(-1)?.ms} ms (raw stream write ${r1(raw.registerStreamWrite.at(-1) ?? 0)}), risks ${exp.risks.at(-1)?.ms} ms (raw ${r1(raw.risksStreamWrite.at(-1) ?? 0)})`,
    );
  }

  const appRegister = await clock(() =>
    readTableFile(books.register, "r.xlsx", { fields: inventoryHeaderFields(), maxRows: 20_000 }),
  );
  const appRisks = await clock(() =>
    readTableFile(books.risks, "k.xlsx", { fields: riskHeaderFields(), maxRows: 100_000 }),
  );
  return {
    orgId,
    result: {
      runs: opts.runs,
      files: {
        registerBytes: books.register.length,
        risksBytes: books.risks.length,
        items: n,
        risks: m,
      },
      raw: {
        registerRead: rawFigures(raw.registerRead),
        risksRead: rawFigures(raw.risksRead),
        registerStreamRead: rawFigures(raw.registerStreamRead),
        risksStreamRead: rawFigures(raw.risksStreamRead),
        registerWrite: rawFigures(raw.registerWrite),
        risksWrite: rawFigures(raw.risksWrite),
        registerStreamWrite: rawFigures(raw.registerStreamWrite),
        risksStreamWrite: rawFigures(raw.risksStreamWrite),
      },
      appRead: { registerMs: r1(appRegister), risksMs: r1(appRisks) },
      imports: {
        registerPreview: medianRun(imp.registerPreview),
        registerCommit: medianRun(imp.registerCommit),
        risksPreview: medianRun(imp.risksPreview),
        risksCommit: medianRun(imp.risksCommit),
        registerReimport: medianRun(imp.registerReimport),
        risksReimport: medianRun(imp.risksReimport),
      },
      exports: {
        register: { ...medianRun(exp.register), bytes: bytes.register },
        risks: { ...medianRun(exp.risks), bytes: bytes.risks },
      },
      orgs: orgIds.length,
    },
  };
}
