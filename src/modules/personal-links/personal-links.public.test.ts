// The public page's guards: the token format and signature (no database read for a forgery),
// the per-address rate limit (429, retry-after, TRUST_PROXY respected), and the secret kept
// out of the request log.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { SlidingWindowLimiter } from "../../server/public-rate-limit.ts";
import { redactPathSecrets } from "../../server/request-log.ts";
import {
  openTestDatabase,
  sameOrigin,
  startTestApp,
  TEST_BASE_URL,
  TEST_LINK_SIGNING_KEY,
} from "../../test/harness.ts";
import { TEST_AUDIT_KEY } from "../audit/audit-test-support.ts";
import { linkKeyOf } from "./link-key.ts";
import { makeLinkKey, newLinkToken, verifiedTokenHash } from "./link-token.ts";

describe("link tokens", () => {
  const key = makeLinkKey(TEST_LINK_SIGNING_KEY);

  it("are 65 base64url characters whose signature only the key makes", () => {
    const { token, hash } = newLinkToken(key);
    expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    expect(verifiedTokenHash(key, token)).toBe(hash);
    expect(verifiedTokenHash(makeLinkKey("x".repeat(32)), token)).toBeNull();
    // Every other character in any position is refused, the spare bits of the last included.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (const at of [0, 20, 42, 43, 60, 64]) {
      for (const c of alphabet) {
        if (c === token[at]) continue;
        const changed = token.slice(0, at) + c + token.slice(at + 1);
        expect(verifiedTokenHash(key, changed), `${at}:${c}`).toBeNull();
      }
    }
    for (const bad of [
      "",
      "a",
      token.slice(1),
      `${token}=`,
      `${token.slice(0, 64)}.`,
      "😀".repeat(33),
    ])
      expect(verifiedTokenHash(key, bad)).toBeNull();
    expect(() => makeLinkKey("short")).toThrow();
  });

  it("refuses a short LINK_SIGNING_KEY at start and reads the days and the limit", () => {
    expect(() => loadConfig({ LINK_SIGNING_KEY: "too-short" })).toThrow(/LINK_SIGNING_KEY/);
    const config = loadConfig({});
    expect(config.personalLinkDays).toBe(90);
    expect(config.publicRateLimit).toEqual({ max: 120, windowSeconds: 60 });
    expect(loadConfig({ PERSONAL_LINK_DAYS: "30" }).personalLinkDays).toBe(30);
    expect(() => loadConfig({ PERSONAL_LINK_DAYS: "-1" })).toThrow(/PERSONAL_LINK_DAYS/);
    expect(() => loadConfig({ PUBLIC_RATE_LIMIT: "lots" })).toThrow(/PUBLIC_RATE_LIMIT/);
  });

  it("use a key file made on first use (mode 0600) when LINK_SIGNING_KEY is not set", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-linkkey-"));
    try {
      const where = { kind: "postgres" as const, location: "postgres://…" };
      const first = linkKeyOf({ dataDir: dir }, where);
      const path = join(dir, "link-signing.key");
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(readFileSync(path, "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
      const { token } = newLinkToken(first);
      // Another process reading the same file verifies the same tokens.
      const again = makeLinkKey(readFileSync(path, "utf8").trim());
      expect(verifiedTokenHash(again, token)).not.toBeNull();
      // The environment's key wins over the file.
      const fromEnv = linkKeyOf({ dataDir: dir, linkSigningKey: TEST_LINK_SIGNING_KEY }, where);
      expect(verifiedTokenHash(fromEnv, token)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are redacted from logged paths", () => {
    expect(redactPathSecrets("/p/abcDEF_-123")).toBe("/p/[redacted]");
    expect(redactPathSecrets("/api/v1/p/abcDEF_-123")).toBe("/api/v1/p/[redacted]");
    expect(redactPathSecrets("/api/v1/p/abc/pledge")).toBe("/api/v1/p/[redacted]/pledge");
    expect(redactPathSecrets("/api/v1/orgs/x/people")).toBe("/api/v1/orgs/x/people");
  });
});

describe("the sliding window", () => {
  it("allows max per window, then names the seconds to wait", () => {
    const limiter = new SlidingWindowLimiter({ max: 2, windowSeconds: 60 });
    expect(limiter.take("a", 0)).toBeNull();
    expect(limiter.take("a", 10_000)).toBeNull();
    expect(limiter.take("a", 20_000)).toBe(40);
    expect(limiter.take("b", 20_000)).toBeNull();
    expect(limiter.take("a", 60_001)).toBeNull();
  });
});

describe("the public rate limit (pglite)", () => {
  it("answers 429 with retry-after once an address has used its share, before any lookup", async () => {
    const t = await startTestApp("pglite", { PUBLIC_RATE_LIMIT: "3/60" });
    try {
      const owner = await t.signUp();
      const orgId = await t.createOrg(owner);
      const person = await t.as(owner).post(`/api/v1/orgs/${orgId}/people`, {
        name: "制限 確認",
        employmentType: "regular",
      });
      const link = await t.as(owner).post(`/api/v1/orgs/${orgId}/personal-links`, {
        purpose: "policy",
        scope: "people",
        personIds: [person.json().id],
      });
      const token = link.json().items[0].url.split("/").pop();
      const get = (tk: string, headers: Record<string, string> = {}) =>
        t.app.inject({ method: "GET", url: `/api/v1/p/${tk}`, headers });
      expect((await get("guess-1")).statusCode).toBe(404);
      expect((await get("guess-2")).statusCode).toBe(404);
      expect((await get(token)).statusCode).toBe(200);
      const limited = await get(token);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe("RATE_LIMITED");
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60);
      // Without TRUST_PROXY a forwarded address is not believed: the same client is limited.
      expect((await get(token, { "x-forwarded-for": "203.0.113.9" })).statusCode).toBe(429);
      // Signed-in routes are not counted.
      expect((await t.as(owner).get(`/api/v1/orgs/${orgId}/personal-links`)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("counts each client behind a trusted proxy by its forwarded address (TRUST_PROXY)", async () => {
    const t = await startTestApp("pglite", { PUBLIC_RATE_LIMIT: "2/60", TRUST_PROXY: "127.0.0.1" });
    try {
      const get = (client: string) =>
        t.app.inject({
          method: "GET",
          url: "/api/v1/p/guess",
          headers: { "x-forwarded-for": client },
        });
      expect((await get("198.51.100.1")).statusCode).toBe(404);
      expect((await get("198.51.100.1")).statusCode).toBe(404);
      expect((await get("198.51.100.1")).statusCode).toBe(429);
      expect((await get("198.51.100.2")).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

describe("the request log (pglite)", () => {
  let database: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ database, cleanup } = await openTestDatabase("pglite"));
  });
  afterAll(() => cleanup());

  it("never holds a link's secret", async () => {
    const lines: string[] = [];
    const config = loadConfig({
      BASE_URL: TEST_BASE_URL,
      SIGN_IN_RATE_LIMIT: "1000",
      LOG_LEVEL: "info",
      AUDIT_KEY: TEST_AUDIT_KEY,
      LINK_SIGNING_KEY: TEST_LINK_SIGNING_KEY,
    });
    const app = await buildApp(database, config, { logStream: { write: (l) => lines.push(l) } });
    try {
      const signUp = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: sameOrigin,
        payload: { name: "記録 担当", email: "plog@example.jp", password: "correct-horse-battery" },
      });
      const cookie = signUp.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const org = await app.inject({
        method: "POST",
        url: "/api/v1/orgs",
        headers: { cookie, ...sameOrigin },
        payload: { name: "株式会社ろぐ" },
      });
      const orgId = org.json().id;
      const person = await app.inject({
        method: "POST",
        url: `/api/v1/orgs/${orgId}/people`,
        headers: { cookie, ...sameOrigin },
        payload: { name: "記録 花子", employmentType: "regular" },
      });
      const issued = await app.inject({
        method: "POST",
        url: `/api/v1/orgs/${orgId}/personal-links`,
        headers: { cookie, ...sameOrigin },
        payload: { purpose: "policy", scope: "people", personIds: [person.json().id] },
      });
      const token = issued.json().items[0].url.split("/").pop() as string;
      expect((await app.inject({ method: "GET", url: `/api/v1/p/${token}` })).statusCode).toBe(200);
      await app.inject({ method: "GET", url: `/p/${token}` });
      const log = lines.join("\n");
      expect(log).toContain("/api/v1/p/[redacted]");
      expect(log).not.toContain(token.slice(0, 43));
      expect(log).not.toContain("記録 花子");
    } finally {
      await app.close();
    }
  });
});
