// Where a `GET people` request spends its time, measured piece by piece in-process and
// sequentially: the session lookup (better-auth, with and without its cookie cache), the
// membership check, and the service call; plus the statements one HTTP request sends.
import type { Database } from "../src/db/client.ts";
import { peopleListQuery } from "../src/modules/people/people.contract.ts";
import { listPeople } from "../src/modules/people/people.service.ts";
import type { ApiApp } from "../src/server/app.ts";
import { authSecret, createAuth } from "../src/server/auth.ts";
import type { Config } from "../src/server/config.ts";
import { makeGuards } from "../src/server/tenancy.ts";
import { type Stats, timeSequential } from "./load.ts";
import { benchOrigin } from "./origin.ts";
import { captureSql } from "./raw.ts";

export type Cookies = { full: string; tokenOnly: string };

/** Signs the owner in through the app: a fresh session (no cookie cache since sign-out must end it at once). */
export async function signIn(
  app: ApiApp,
  owner: { email: string; password: string },
): Promise<Cookies> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: benchOrigin,
    payload: { email: owner.email, password: owner.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.filter((c) => c.value);
  const full = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const token = cookies.find((c) => c.name.endsWith("session_token"));
  if (!token) throw new Error("sign-in returned no session token cookie");
  return { full, tokenOnly: `${token.name}=${token.value}` };
}

export type Breakdown = {
  sessionCached: Stats;
  sessionFromDb: Stats;
  membership: Stats;
  listPeopleService: Stats;
  statementsPerRequest: { withCookieCache: string[]; tokenOnly: string[] };
};

const short = (sql: string) => sql.replace(/\s+/g, " ").slice(0, 140);

export async function measureBreakdown(opts: {
  app: ApiApp;
  database: Database;
  config: Config;
  orgId: string;
  userId: string;
  cookies: Cookies;
  n: number;
}): Promise<Breakdown> {
  const { app, database, orgId, userId, cookies, n } = opts;
  const auth = createAuth(database, opts.config, await authSecret(database));
  const guards = makeGuards(database, auth);
  const getSession = (cookie: string) => async () => {
    const s = await auth.api.getSession({ headers: new Headers({ cookie }) });
    if (!s) throw new Error("no session");
  };
  const ctx = { orgId, userId, userName: "ベンチ 太郎", role: "owner" as const };
  const query = peopleListQuery.parse({});
  const url = `/api/v1/orgs/${orgId}/people`;
  const statementsOf = async (cookie: string) => {
    const { result, statements } = await captureSql(() =>
      app.inject({ method: "GET", url, headers: { cookie } }),
    );
    if (result.statusCode !== 200) throw new Error(`GET people → ${result.statusCode}`);
    return statements.map((s) => short(s.sql));
  };
  await timeSequential(getSession(cookies.tokenOnly), 20);
  return {
    sessionCached: await timeSequential(getSession(cookies.full), n),
    sessionFromDb: await timeSequential(getSession(cookies.tokenOnly), n),
    membership: await timeSequential(() => guards.roleIn(orgId, userId), n),
    listPeopleService: await timeSequential(() => listPeople(database.db, ctx, query), n),
    statementsPerRequest: {
      withCookieCache: await statementsOf(cookies.full),
      tokenOnly: await statementsOf(cookies.tokenOnly),
    },
  };
}
