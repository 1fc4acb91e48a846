// Prepares the databases integration tests run on, once per test run:
// - a migrated PGlite folder that each test file copies (initdb per file would take ~5 s);
// - a real PostgreSQL cluster started with initdb/pg_ctl on a loopback port (or
//   TEST_DATABASE_URL), with a migrated template database each test file clones.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

const TEMPLATE_DB = "mamori_template";

function findPgBin(name: string): string | null {
  const candidates = [
    "/usr/local/bin",
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
  ];
  for (const dir of candidates) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

function asPostgresUser(cmd: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" });
  else execFileSync(cmd, args, { stdio: "pipe" });
}

async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => {} };
  const initdb = findPgBin("initdb");
  const pgCtl = findPgBin("pg_ctl");
  if (!initdb || !pgCtl)
    throw new Error("PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql");
  const dir = mkdtempSync(join(tmpdir(), "mamori-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const port = 20000 + Math.floor(Math.random() * 20000);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  asPostgresUser(initdb, [
    "-D",
    dataDir,
    "-A",
    "trust",
    "-U",
    "postgres",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  asPostgresUser(pgCtl, ["-D", dataDir, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asPostgresUser(pgCtl, ["-D", dataDir, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "mamori-test-"));
  const template = join(root, "pglite-template");
  mkdirSync(template);
  const lite = await openDatabase({ dataDir: template });
  await lite.migrate();
  await lite.close();
  project.provide("pgliteTemplate", template);

  const pgServer = await startPostgres();
  const admin = await openDatabase({ databaseUrl: pgServer.url, dataDir: "" });
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.close();
  const templateUrl = withDatabase(pgServer.url, TEMPLATE_DB);
  const tpl = await openDatabase({ databaseUrl: templateUrl, dataDir: "" });
  await tpl.migrate();
  await tpl.close();
  project.provide("postgresUrl", pgServer.url);

  return () => {
    pgServer.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
export { TEMPLATE_DB };
