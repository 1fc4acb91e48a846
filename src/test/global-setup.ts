// Prepares the databases integration tests run on, once per test run:
// - a migrated PGlite folder that each test file copies (initdb per file would take ~5 s);
// - a real PostgreSQL server, TEST_DATABASE_URL or else a cluster started for the run
//   (pg-cluster.ts: the machine's binaries or the npm ones), with a migrated template
//   database each test file clones.
// Only the integration project runs it (vitest.config.ts): unit tests need no database.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.ts";
import { startPgCluster } from "./pg-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

const TEMPLATE_DB = "mamori_template";

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "mamori-test-"));
  const template = join(root, "pglite-template");
  mkdirSync(template);
  const lite = await openDatabase({ dataDir: template });
  await lite.migrate();
  await lite.close();
  project.provide("pgliteTemplate", template);

  const pgServer = await startPostgres();
  try {
    const admin = await openDatabase({ databaseUrl: pgServer.url, dataDir: "" });
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.close();
    const templateUrl = withDatabase(pgServer.url, TEMPLATE_DB);
    const tpl = await openDatabase({ databaseUrl: templateUrl, dataDir: "" });
    await tpl.migrate();
    await tpl.close();
  } catch (error) {
    pgServer.stop();
    throw error;
  }
  project.provide("postgresUrl", pgServer.url);

  return () => {
    pgServer.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => {} };
  const cluster = await startPgCluster();
  console.log(
    `PostgreSQL for the tests: ${cluster.origin}, cluster ready in ${(cluster.startMs / 1000).toFixed(1)} s`,
  );
  return cluster;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
export { TEMPLATE_DB };
