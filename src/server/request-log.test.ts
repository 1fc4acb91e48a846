// The request log: one line per request (method, path without secrets or query, status,
// milliseconds, request id), a warning instead for a slow request, and nothing personal or
// secret in either — no cookie, e-mail address, password, search term or token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { openTestDatabase, sameOrigin, TEST_BASE_URL } from "../test/harness.ts";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

type Line = Record<string, unknown> & { level: number; msg: string };

async function loggedApp(database: Database, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const config = loadConfig({
    BASE_URL: TEST_BASE_URL,
    SIGN_IN_RATE_LIMIT: "1000",
    LOG_LEVEL: "info",
    AUDIT_KEY: TEST_AUDIT_KEY,
    ...env,
  });
  const app = await buildApp(database, config, { logStream: { write: (l) => lines.push(l) } });
  await app.ready();
  const parsed = () => lines.map((l) => JSON.parse(l) as Line);
  return { app, lines, parsed };
}

describe("the request log", () => {
  let database: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ database, cleanup } = await openTestDatabase("pglite"));
  });
  afterAll(() => cleanup());

  it("writes one line per request, with nothing secret or personal in it", async () => {
    const { app, lines, parsed } = await loggedApp(database);
    try {
      const email = "log-line@example.jp";
      const password = "correct-horse-battery";
      const signUp = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: sameOrigin,
        payload: { name: "記録 花子", email, password },
      });
      expect(signUp.statusCode).toBe(200);
      const cookie = signUp.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const token = signUp.cookies.find((c) => c.name.endsWith("session_token"))?.value ?? "";
      const org = await app.inject({
        method: "POST",
        url: "/api/v1/orgs",
        headers: { cookie, ...sameOrigin },
        payload: { name: "株式会社記録" },
      });
      const orgId = org.json().id as string;
      lines.length = 0;
      const search = await app.inject({
        method: "GET",
        url: `/api/v1/orgs/${orgId}/people?q=${encodeURIComponent("山田 太郎")}`,
        headers: { cookie },
      });
      expect(search.statusCode).toBe(200);
      const anonymous = await app.inject({ method: "GET", url: "/api/v1/orgs" });
      expect(anonymous.statusCode).toBe(401);
      await app.inject({ method: "GET", url: "/api/v1/invitations/inv-1/s3cr3t-invite-token" });

      const requests = parsed().filter((l) => l.msg === "request");
      expect(requests).toHaveLength(3);
      expect(parsed().filter((l) => /incoming request|request completed/.test(l.msg))).toEqual([]);
      expect(requests[0]).toMatchObject({
        level: 30,
        method: "GET",
        url: `/api/v1/orgs/${orgId}/people?…`,
        statusCode: 200,
      });
      expect(typeof requests[0]?.ms).toBe("number");
      expect(typeof requests[0]?.reqId).toBe("string");
      expect(Object.keys(requests[0] ?? {}).sort()).toEqual(
        [
          "level",
          "time",
          "pid",
          "hostname",
          "reqId",
          "method",
          "url",
          "statusCode",
          "ms",
          "msg",
        ].sort(),
      );
      expect(requests[1]).toMatchObject({ url: "/api/v1/orgs", statusCode: 401 });
      expect(requests[2]?.url).toBe("/api/v1/invitations/inv-1/[redacted]");
      // Each request's line has its own id.
      expect(new Set(requests.map((l) => l.reqId)).size).toBe(3);

      const log = lines.join("");
      for (const secret of [token, email, password, "山田", encodeURIComponent("山田"), "s3cr3t"])
        expect(log).not.toContain(secret);
      expect(log).not.toMatch(/cookie|remoteAddress|user-agent/i);
    } finally {
      await app.close();
    }
  });

  it("logs a request slower than SLOW_REQUEST_MS as a warning, in its one line", async () => {
    const { app, lines, parsed } = await loggedApp(database, { SLOW_REQUEST_MS: "0.001" });
    try {
      lines.length = 0;
      await app.inject({ method: "GET", url: "/api/v1/calendar/feed-token-abc.ics?x=1" });
      const own = parsed().filter((l) => l.url !== undefined);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({
        level: 40,
        msg: "slow request",
        method: "GET",
        url: "/api/v1/calendar/[redacted]?…",
        slowRequestMs: 0.001,
      });
      expect(lines.join("")).not.toContain("feed-token-abc");
    } finally {
      await app.close();
    }
  });

  it("does not warn below the threshold (default 500 ms)", async () => {
    expect(loadConfig({}).slowRequestMs).toBe(500);
    expect(() => loadConfig({ SLOW_REQUEST_MS: "soon" })).toThrow(/SLOW_REQUEST_MS/);
    const { app, lines, parsed } = await loggedApp(database, { SLOW_REQUEST_MS: "60000" });
    try {
      lines.length = 0;
      await app.inject({ method: "GET", url: "/healthz" });
      expect(parsed().filter((l) => l.url !== undefined)).toMatchObject([
        { level: 30, msg: "request", url: "/healthz", statusCode: 200 },
      ]);
    } finally {
      await app.close();
    }
  });
});
