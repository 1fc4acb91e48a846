// What the benchmarks of work on the whole staff (周知・誓約, education) set up alike: an owner
// signed in through the real app with a caller for its API, and an organization of a few
// thousand staff in 30 departments written straight into the tables (the register's own import
// is measured elsewhere).
import { randomUUID } from "node:crypto";
import type { Database } from "../src/db/client.ts";
import type { ApiApp } from "../src/server/app.ts";
import { signIn } from "./breakdown.ts";
import { benchOrigin } from "./origin.ts";
import { type Owner, signUp } from "./registers/setup.ts";

export const DEPARTMENTS = 30;

/** Calls the app as `cookie`; any answer from 300 up throws with its body. */
export function apiCaller(app: ApiApp, cookie: string) {
  return async (method: "GET" | "POST" | "PUT", url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie, ...(method === "GET" ? {} : benchOrigin) },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };
}

export type ApiCaller = ReturnType<typeof apiCaller>;

/** A new owner, signed in, and their new organization `orgName`. */
export async function ownerWithOrg(
  app: ApiApp,
  email: string,
  orgName: string,
): Promise<{ owner: Owner; call: ApiCaller; orgId: string }> {
  const owner = await signUp(app, email);
  const { full } = await signIn(app, owner);
  const call = apiCaller(app, full);
  const { id: orgId } = await call("POST", "/api/v1/orgs", { name: orgName });
  return { owner, call, orgId };
}

/**
 * `staff` people in 30 departments (第1部 …, in turn), read by number; every tenth without
 * e-mail when `everyTenthWithoutEmail`, all joined on `joinedOn` (or no joining day). Returns
 * the departments' ids in order.
 */
export async function fillStaff(
  database: Database,
  orgId: string,
  staff: number,
  opts: { everyTenthWithoutEmail?: boolean; joinedOn?: string | null } = {},
): Promise<string[]> {
  const depts = Array.from({ length: DEPARTMENTS }, (_, i) => ({
    id: randomUUID(),
    name: `第${i + 1}部`,
  }));
  await database.query(
    `insert into department (org_id, id, name, sort_order)
     select $1, x.id, x.name, x.n from jsonb_to_recordset($2::jsonb) as x(id text, name text, n int)`,
    [orgId, JSON.stringify(depts.map((d, n) => ({ ...d, n })))],
  );
  const people = Array.from({ length: staff }, (_, i) => ({
    id: randomUUID(),
    name: `従業者 ${String(i + 1).padStart(4, "0")}`,
    kana: `ジュウギョウシャ ${String(i + 1).padStart(4, "0")}`,
    email: opts.everyTenthWithoutEmail && i % 10 === 9 ? null : `staff${i}@bench.example.jp`,
    dept: depts[i % DEPARTMENTS]?.id,
  }));
  await database.query(
    `insert into person (org_id, id, name, kana, email, department_id, employment_type, joined_on)
     select $1, x.id, x.name, x.kana, x.email, x.dept, 'regular', $3::date
       from jsonb_to_recordset($2::jsonb) as x(id text, name text, kana text, email text, dept text)`,
    [orgId, JSON.stringify(people), opts.joinedOn ?? null],
  );
  await database.query("analyze person");
  return depts.map((d) => d.id);
}
