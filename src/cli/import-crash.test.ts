// Kills the server (SIGKILL) while a people import is running, then restarts it on the same
// PGlite folder: the import must be either whole or absent, and the folder must open again
// (right after the kill: the lock of the killed instance is stale). No server prints the
// imported people's names or e-mails, whatever fails.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type CliProcess, freePort, spawnCli } from "./test-process.ts";

const ROWS = 3000;

async function peopleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("従業者");
  ws.addRow(["氏名", "フリガナ", "メールアドレス", "雇用区分"]);
  for (let i = 0; i < ROWS; i++)
    ws.addRow([`社員 ${i}`, `シャイン ${i}`, `p${i}@example.jp`, "正社員"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(file: Buffer): { body: Buffer; type: string } {
  const boundary = "----mamoricrash";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="people.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

describe("SIGKILL during a people import", () => {
  let dataDir: string;
  let server: CliProcess | null = null;
  const servers: CliProcess[] = [];
  let base = "";
  let origin = ""; // the server's own origin (BASE_URL), which state-changing requests carry

  async function startServer() {
    const port = await freePort();
    server = spawnCli(["start"], {
      DATA_DIR: dataDir,
      PORT: String(port),
      SIGN_IN_RATE_LIMIT: "1000",
    });
    servers.push(server);
    await server.waitFor(/mamori is running at/, 60_000);
    base = `http://127.0.0.1:${port}`;
    origin = `http://localhost:${port}`;
  }

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "mamori-crash-"));
    cpSync(inject("pgliteTemplate"), dataDir, { recursive: true });
  });
  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("leaves the import whole or absent, and the folder opens again", async () => {
    await startServer();
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({
        name: "管理 者",
        email: "crash@example.jp",
        password: "correct-horse-battery",
      }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const created = await fetch(`${base}/api/v1/orgs`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin },
      body: JSON.stringify({ name: "株式会社クラッシュ" }),
    });
    const { id: orgId } = (await created.json()) as { id: string };
    const { body, type } = multipart(await peopleWorkbook());
    const outcomes: number[] = [];

    // Kill at different moments of the import: parsing, inside the transaction, around commit.
    for (const delayMs of [150, 600, 1200]) {
      const upload = fetch(`${base}/api/v1/orgs/${orgId}/people/import`, {
        method: "POST",
        headers: { "content-type": type, cookie, origin },
        body: new Uint8Array(body),
      }).catch(() => null);
      await new Promise((r) => setTimeout(r, delayMs));
      server?.child.kill("SIGKILL");
      await server?.exited;
      await upload;

      await startServer();
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const list = await fetch(`${base}/api/v1/orgs/${orgId}/people?limit=1`, {
        headers: { cookie },
      });
      expect(list.status).toBe(200);
      const { total } = (await list.json()) as { total: number };
      expect([0, ROWS]).toContain(total);
      outcomes.push(total);
      if (total === ROWS) break; // a later import would only update, so stop here
    }
    expect(outcomes.length).toBeGreaterThan(0);
    const output = servers.map((p) => p.stdout() + p.stderr()).join("\n");
    expect(output).not.toMatch(/p\d+@example\.jp|社員|シャイン|crash@example\.jp|管理 者/);
    expect(output).not.toMatch(/Failed query|params:/);
  }, 240_000);
});
