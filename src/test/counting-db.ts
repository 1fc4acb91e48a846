// A Drizzle handle on a test database's own client that counts the statements it runs: for
// tests that pin how many statements a service sends, whatever the data size.
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type pg from "pg";
import type { Db } from "../db/client.ts";
import * as schema from "../db/schema.ts";
import type { TestApp } from "./harness.ts";

export function countingDb(t: TestApp): { db: Db; count: () => number; reset: () => void } {
  let n = 0;
  const logger: Logger = { logQuery: () => void n++ };
  const client = (t.database.db as unknown as { $client: unknown }).$client;
  const db = (t.database.kind === "pglite"
    ? drizzlePglite(client as PGlite, { schema, logger })
    : drizzlePg(client as pg.Pool, { schema, logger })) as unknown as Db;
  return {
    db,
    count: () => n,
    reset: () => {
      n = 0;
    },
  };
}
