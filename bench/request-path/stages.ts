// Where an authenticated request's time goes, stage by stage, in this process and one call at a
// time (median of many): the session check, the membership lookup, the service and its raw
// SQL, the response serialisation, the log lines. Each stage is timed on its own with the
// same inputs the route gives it, so the sum can be set against the whole HTTP request.
import { serializerCompiler } from "fastify-type-provider-zod";
import pino from "pino";
import type { z } from "zod";
import {
  inventoryItemOut,
  inventoryListQuery,
} from "../../src/modules/inventory/inventory.contract.ts";
import { listInventoryItems } from "../../src/modules/inventory/inventory.service.ts";
import { listMyOrganizations } from "../../src/modules/org/org.service.ts";
import { personOut } from "../../src/modules/people/people.contract.ts";
import { getPerson } from "../../src/modules/people/people.service.ts";
import { listResult } from "../../src/modules/shared/contract-helpers.ts";
import { authSecret, createAuth } from "../../src/server/auth.ts";
import { loadConfig } from "../../src/server/config.ts";
import type { OrgContext } from "../../src/server/org-context.ts";
import { requestLogSerializer } from "../../src/server/request-log.ts";
import { makeGuards } from "../../src/server/tenancy.ts";
import { type Stats, summarize } from "../load.ts";
import { captureSql, type Statement } from "../raw.ts";
import { sampleFor } from "../registers/measure.ts";
import { benchConfigEnv, type PathServed } from "./setup.ts";

export type StageResult = { name: string; p50: number; mean: number; p99: number; n: number };

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stage = (name: string, s: Stats): StageResult => ({
  name,
  p50: s.p50,
  mean: s.mean,
  p99: s.p99,
  n: s.n,
});

/** Times `op` sequentially: warm-up, then up to n runs within budgetMs. */
export async function timeStage(name: string, op: () => unknown, n: number): Promise<StageResult> {
  await sampleFor(async () => op(), { n: 50, budgetMs: 0, min: 50 });
  return stage(name, summarize(await sampleFor(async () => op(), { n, budgetMs: 3000, min: 50 })));
}

/** The statements `fn` sends, run raw through the driver as the service issues them. */
export async function rawSql(
  s: PathServed,
  fn: () => Promise<unknown>,
  parallelTail: number,
  n: number,
): Promise<{ stats: StageResult; statements: string[] }> {
  const { statements } = await captureSql(fn);
  const run = (st: Statement) => s.database.query(st.sql, st.params);
  const head = statements.slice(0, statements.length - parallelTail);
  const tail = statements.slice(statements.length - parallelTail);
  const set = async () => {
    for (const st of head) await run(st);
    await Promise.all(tail.map(run));
  };
  return {
    stats: await timeStage("raw SQL", set, n),
    statements: statements.map((st) => st.sql.replace(/\s+/g, " ").slice(0, 160)),
  };
}

/** The serializer fastify-type-provider-zod gives a route (zod parse, then JSON.stringify). */
const zodSerializer = (schema: z.ZodType) =>
  serializerCompiler({ schema, method: "GET", url: "/bench" } as never) as (d: unknown) => string;

/** Fastify's default request log lines (incoming request, request completed) into a sink. */
function fastifyLogLines(): () => void {
  const logger = pino(
    {
      level: "info",
      redact: [
        "req.headers.cookie",
        "req.headers.authorization",
        "res.headers['set-cookie']",
        "*.password",
      ],
      serializers: {
        req: requestLogSerializer as never,
        res: (r: { statusCode: number }) => ({ statusCode: r.statusCode }),
      },
    },
    pino.destination({ dest: "/dev/null", sync: true }),
  );
  const req = {
    method: "GET",
    url: "/api/v1/orgs/0b9d7c1e-1f2a-4e5b-9c3d-7a6b5c4d3e2f/people/p1",
    host: "127.0.0.1:3000",
    ip: "127.0.0.1",
    socket: { remotePort: 51234 },
  };
  const res = { statusCode: 200 };
  let id = 0;
  return () => {
    const child = logger.child({ reqId: `req-${++id}` });
    child.info({ req }, "incoming request");
    child.info({ res, responseTime: 1.234 }, "request completed");
  };
}

const TOKEN = "better-auth.session_token";
type CheckFn = (cookie: string, orgId: string | null) => Promise<{ kind: string }>;

/** The one-statement session check (src/server/session-check.ts), where the code has it. */
async function sessionCheckStages(
  guards: object,
  cookie: string,
  orgId: string,
  n: number,
): Promise<StageResult[]> {
  const check = (guards as { sessionCheck?: CheckFn }).sessionCheck;
  const mod = await import("../../src/server/session-check.ts").catch(() => null);
  if (!check || !mod) return [];
  const ok = async (id: string | null) => {
    const r = await check(cookie, id);
    if (r.kind !== "ok") throw new Error(`session check: ${r.kind}`);
  };
  return [
    // The HMAC of a real cookie against some secret: the same work as with the real one.
    await timeStage(
      "cookie: parse + HMAC-SHA256 check (session-check.ts)",
      () => mod.verifySignedToken(mod.parseCookieHeader(cookie).get(TOKEN) ?? "", "x".repeat(43)),
      n,
    ),
    await timeStage(
      "session check: session + user + membership, one statement",
      () => ok(orgId),
      n,
    ),
    await timeStage("session check: session + user (no organization)", () => ok(null), n),
  ];
}

/** The compiled serialisers (src/server/response-serializer.ts), where the code has them. */
async function compiledSerialiserStages(
  data: { person: [z.ZodType, unknown]; page: [z.ZodType, unknown] },
  n: number,
): Promise<StageResult[]> {
  const mod = await import("../../src/server/response-serializer.ts").catch(() => null);
  if (!mod) return [];
  const compile = (schema: z.ZodType) =>
    mod.serializerCompiler({ schema, method: "GET", url: "/bench" });
  const person = compile(data.person[0]);
  const page = compile(data.page[0]);
  return [
    await timeStage(
      "serialise: person (compiled, fast-json-stringify)",
      () => person(data.person[1]),
      n,
    ),
    await timeStage(
      "serialise: register page 1, 50 items (compiled, fast-json-stringify)",
      () => page(data.page[1]),
      n,
    ),
  ];
}

export type Stages = {
  /** Each stage's timing, sequential, in ms. */
  stages: StageResult[];
  raw: { orgs: StageResult; person: StageResult; register: StageResult };
  statements: { orgs: string[]; person: string[]; register: string[] };
  responseBytes: { person: number; register: number };
};

export async function measureStages(
  s: PathServed,
  n: number,
  extra: (s: PathServed, cookie: string) => Promise<StageResult[]> = async () => [],
): Promise<Stages> {
  const { database, orgId, owner, personId } = s;
  const config = loadConfig(benchConfigEnv);
  const auth = createAuth(database, config, await authSecret(database));
  const guards = makeGuards(database, auth);
  const cookie = s.cookies.full;
  const requestHeaders = {
    host: "127.0.0.1:3000",
    "user-agent": "bench",
    accept: "*/*",
    cookie,
  };
  const ctx: OrgContext = { orgId, userId: owner.id, userName: "ベンチ 太郎", role: "owner" };
  const query = inventoryListQuery.parse({});
  const person = await getPerson(database.db, ctx, personId);
  const page = await listInventoryItems(database.db, ctx, query);
  const personJson = zodSerializer(personOut);
  const pageJson = zodSerializer(listResult(inventoryItemOut));
  const logLines = fastifyLogLines();

  const stages: StageResult[] = [
    await timeStage(
      "session: better-auth getSession (headers copied, as tenancy.ts did)",
      async () => {
        const headers = guards.toHeaders({ headers: requestHeaders } as never);
        const r = await auth.api.getSession({ headers, returnHeaders: true });
        if (!r.response) throw new Error("no session");
        r.headers.getSetCookie();
      },
      n,
    ),
    await timeStage("membership: roleIn (one statement)", () => guards.roleIn(orgId, owner.id), n),
    ...(await sessionCheckStages(guards, cookie, orgId, n)),
    ...(await extra(s, cookie)),
    await timeStage(
      "service: GET /orgs (listMyOrganizations)",
      () => listMyOrganizations(database.db, owner.id),
      n,
    ),
    await timeStage("service: getPerson (one row)", () => getPerson(database.db, ctx, personId), n),
    await timeStage(
      "service: register page 1 (listInventoryItems)",
      () => listInventoryItems(database.db, ctx, query),
      n,
    ),
    await timeStage("serialise: person (zod parse + JSON.stringify)", () => personJson(person), n),
    await timeStage(
      "serialise: register page 1, 50 items (zod parse + JSON.stringify)",
      () => pageJson(page),
      n,
    ),
    ...(await compiledSerialiserStages(
      { person: [personOut, person], page: [listResult(inventoryItemOut), page] },
      n,
    )),
    await timeStage("log: Fastify's two request lines (pino → /dev/null)", logLines, n),
  ];
  const orgs = await rawSql(s, () => listMyOrganizations(database.db, owner.id), 1, n);
  const personRaw = await rawSql(s, () => getPerson(database.db, ctx, personId), 1, n);
  const registerRaw = await rawSql(s, () => listInventoryItems(database.db, ctx, query), 2, n);
  return {
    stages,
    raw: { orgs: orgs.stats, person: personRaw.stats, register: registerRaw.stats },
    statements: {
      orgs: orgs.statements,
      person: personRaw.statements,
      register: registerRaw.statements,
    },
    responseBytes: {
      person: Buffer.byteLength(personJson(person)),
      register: Buffer.byteLength(pageJson(page)),
    },
  };
}

export { r3 };
