// Integration-test harness: a fresh database per call (a copy of the migrated PGlite folder,
// or a clone of the PostgreSQL template database), the real app on top, and helpers to act
// as signed-in users through the real HTTP routes (app.inject).
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { buildApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { TEMPLATE_DB, withDatabase } from "./global-setup.ts";

export type DbKind = "pglite" | "postgres";
export const dbKinds: DbKind[] = ["pglite", "postgres"];

export async function openTestDatabase(
  kind: DbKind,
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "mamori-lite-"));
    cpSync(inject("pgliteTemplate"), dir, { recursive: true });
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = inject("postgresUrl");
  const name = `t_${randomUUID().replace(/-/g, "")}`;
  const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), dataDir: "" });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.close();
    },
  };
}

/** The personal links' signing key in tests (never a key file in the repository's ./data). */
export const TEST_LINK_SIGNING_KEY = "test-link-signing-key-of-at-least-32-characters";

/** The test app's own origin: state-changing requests must carry it (CSRF check). */
export const TEST_BASE_URL = "http://localhost:3000";
export const sameOrigin = { origin: TEST_BASE_URL } as const;

/** The secret of an invitation link (`…/invite/<id>/<secret>`). */
export const invitationToken = (link: string | null) => link?.split("/").pop() ?? "";

export type TestUser = { id: string; email: string; name: string; cookie: string };

export async function startTestApp(kind: DbKind, env: Record<string, string> = {}) {
  const { database, cleanup } = await openTestDatabase(kind);
  const config = loadConfig({
    BASE_URL: TEST_BASE_URL,
    SIGN_IN_RATE_LIMIT: "1000",
    // Tests create far more organizations and files than a person would; quotas.test.ts
    // checks the real defaults.
    QUOTA_ORG_CREATE: "10000/3600",
    QUOTA_DEMO_CREATE: "10000/3600",
    QUOTA_IMPORT: "10000/600",
    QUOTA_EXPORT: "10000/600",
    QUOTA_PDF: "10000/600",
    LOG_LEVEL: "silent",
    // The audit chain's key: never a key file in the repository's ./data (PostgreSQL).
    AUDIT_KEY: TEST_AUDIT_KEY,
    // Likewise the personal links' signing key.
    LINK_SIGNING_KEY: TEST_LINK_SIGNING_KEY,
    ...env,
  });
  const app = await buildApp(database, config, { logger: false });
  await app.ready();

  async function signUp(
    name = "テスト 太郎",
    email = `${randomUUID()}@example.jp`,
  ): Promise<TestUser> {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: sameOrigin,
      payload: { name, email, password: "correct-horse-battery" },
    });
    if (res.statusCode !== 200) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    return { id: res.json().user.id, email, name, cookie };
  }

  async function createOrg(
    owner: TestUser,
    name = "株式会社テスト",
    demo = false,
  ): Promise<string> {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/orgs",
      headers: { cookie: owner.cookie, ...sameOrigin },
      payload: { name, demo },
    });
    if (res.statusCode !== 201) throw new Error(`create org failed: ${res.statusCode} ${res.body}`);
    return res.json().id;
  }

  /** Adds `user` to the org with `role` through a real invitation and acceptance. */
  async function addMember(owner: TestUser, orgId: string, user: TestUser, role: string) {
    const inv = await app.inject({
      method: "POST",
      url: `/api/v1/orgs/${orgId}/invitations`,
      headers: { cookie: owner.cookie, ...sameOrigin },
      payload: { email: user.email, role },
    });
    if (inv.statusCode !== 201) throw new Error(`invite failed: ${inv.statusCode} ${inv.body}`);
    const acc = await app.inject({
      method: "POST",
      url: `/api/v1/invitations/${inv.json().id}/accept`,
      headers: { cookie: user.cookie, ...sameOrigin },
      payload: { token: invitationToken(inv.json().link) },
    });
    if (acc.statusCode !== 200) throw new Error(`accept failed: ${acc.statusCode} ${acc.body}`);
  }

  /** A request as `user` (JSON in, JSON out). */
  function as(user: TestUser | null, lang = "ja") {
    const call = (
      method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
      url: string,
      payload?: unknown,
    ) =>
      app.inject({
        method,
        url,
        headers: {
          ...(user ? { cookie: user.cookie } : {}),
          "accept-language": lang,
          ...(method === "GET" ? {} : sameOrigin),
        },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
    return {
      get: (url: string) => call("GET", url),
      post: (url: string, body?: unknown) => call("POST", url, body ?? {}),
      put: (url: string, body?: unknown) => call("PUT", url, body ?? {}),
      patch: (url: string, body?: unknown) => call("PATCH", url, body ?? {}),
      delete: (url: string) => call("DELETE", url),
    };
  }

  return {
    app,
    database,
    signUp,
    createOrg,
    addMember,
    as,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
