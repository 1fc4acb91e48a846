// Property: the session check reads the session cookie exactly as better-auth does. Its cookie
// parsing and its signature check are compared with better-call's own (the library better-auth
// signs and reads cookies with): a token is accepted only when better-call accepts the same
// token, and every cookie better-call signs is accepted.
import { createHmac } from "node:crypto";
import { createEndpoint, parseCookies, serializeSignedCookie } from "better-call";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { makeSessionCheck, parseCookieHeader, verifySignedToken } from "./session-check.ts";

/** better-call's getSignedCookie, as better-auth's getSession calls it. */
const referenceToken = (cookie: string, secret: string) =>
  createEndpoint("/probe", { method: "GET", requireHeaders: true }, async (ctx) => ({
    token: await ctx.getSignedCookie("t", secret),
  }))({ headers: new Headers({ cookie }) }).then(
    (r) => (r as { token: string | null | false }).token,
  );

/** The cookie value better-call writes for `token` (URI-encoded, as in a Set-Cookie header). */
const signed = async (token: string, secret: string) =>
  (await serializeSignedCookie("t", token, secret)).slice("t=".length);

const secret = fc.string({ minLength: 1, maxLength: 64 });
const token = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{32}$/),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const base64Char = fc.constantFrom(
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= .%",
);

/** Ours from the same Cookie header, through our parser. */
const ours = (cookie: string, key: string) => {
  const value = parseCookieHeader(cookie).get("t");
  return value ? verifySignedToken(value, key) : null;
};

describe("session cookie check against better-call", () => {
  it("accepts every cookie better-call signs, with the token it signed", async () => {
    await fc.assert(
      fc.asyncProperty(token, secret, async (t, key) => {
        const cookie = `t=${await signed(t, key)}`;
        const reference = await referenceToken(cookie, key);
        expect(reference).toBe(t);
        expect(ours(cookie, key)).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it("never accepts a token better-call refuses, whatever is changed in the cookie", async () => {
    await fc.assert(
      fc.asyncProperty(
        token,
        secret,
        secret,
        fc.nat(),
        base64Char,
        fc.constantFrom("replace", "other-secret", "other-token", "truncate", "append"),
        async (t, key, otherKey, at, ch, how) => {
          const value = decodeURIComponent(await signed(t, key));
          const dot = value.lastIndexOf(".");
          let forged: string;
          if (how === "replace") {
            const i = dot + 1 + (at % (value.length - dot - 1));
            forged = value.slice(0, i) + ch + value.slice(i + 1);
          } else if (how === "other-secret") {
            forged = decodeURIComponent(await signed(t, otherKey));
          } else if (how === "other-token") {
            forged = `${t}x${value.slice(dot)}`;
          } else if (how === "truncate") {
            forged = value.slice(0, Math.max(0, value.length - 1 - (at % 3)));
          } else {
            forged = `${value}${ch}`;
          }
          const cookie = `t=${encodeURIComponent(forged)}`;
          const reference = await referenceToken(cookie, key);
          const mine = ours(cookie, key);
          if (mine !== null && mine !== "defer") expect(reference).toBe(mine);
          if (typeof reference === "string") expect([reference, "defer"]).toContain(mine);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("parses a Cookie header as better-call does", () => {
    const part = fc.oneof(
      fc.constantFrom("t", "a", "__Secure-t", "t.0", " t ", ""),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(part, fc.oneof(fc.string({ maxLength: 12 }), fc.constant('"q%2F"'))), {
          maxLength: 5,
        }),
        fc.constantFrom("; ", ";", ";;", " ; "),
        (pairs, sep) => {
          const header = pairs.map(([k, v]) => `${k}=${v}`).join(sep);
          expect([...parseCookieHeader(header)]).toEqual([...parseCookies(header)]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the session statement on PostgreSQL", () => {
  const secret = "s".repeat(43);
  const token = "tok123";
  const cookie = `better-auth.session_token=${encodeURIComponent(`${token}.${createHmac("sha256", secret).update(token).digest("base64")}`)}`;
  const settings = {
    secret,
    tokenCookie: "better-auth.session_token",
    dataCookie: "better-auth.session_data",
    expiresIn: 7 * 24 * 3600,
    updateAge: 24 * 3600,
    refreshDisabled: false,
  };
  const row = {
    expires_at: new Date(Date.now() + 6.5 * 24 * 3600 * 1000),
    user_id: "u1",
    name: "名前",
    email: "a@example.jp",
    role: "owner",
  };

  it("is a named prepared statement, and falls back to unnamed ones for good when refused", async () => {
    const calls: string[] = [];
    const refuse = { code: "26000" };
    const database = {
      kind: "postgres",
      db: {
        $client: {
          query: async (q: { name?: string; values: unknown[] }) => {
            calls.push(`named ${q.name} ${q.values.join(",")}`);
            if (calls.length > 1) throw Object.assign(new Error("prepared statement"), refuse);
            return { rows: [row] };
          },
        },
      },
      query: async (_sql: string, values: unknown[]) => {
        calls.push(`unnamed ${values.join(",")}`);
        return [row];
      },
    } as unknown as Database;
    const { check } = makeSessionCheck(database, settings);
    for (let i = 0; i < 3; i++)
      expect(await check(cookie, "org1")).toEqual({
        kind: "ok",
        user: { id: "u1", name: "名前", email: "a@example.jp" },
        role: "owner",
      });
    expect(calls).toEqual([
      "named mamori_session_check tok123,org1",
      "named mamori_session_check tok123,org1",
      "unnamed tok123,org1",
      "unnamed tok123,org1",
    ]);
  });

  it("leaves expired sessions and due renewals to better-auth, and answers 'none' without a query", async () => {
    let queries = 0;
    const at = (expires: number) =>
      ({
        kind: "pglite",
        db: {},
        query: async () => {
          queries++;
          return [{ ...row, expires_at: new Date(expires) }];
        },
      }) as unknown as Database;
    const now = Date.now();
    const day = 24 * 3600 * 1000;
    expect((await makeSessionCheck(at(now - 1), settings).check(cookie, null, now)).kind).toBe(
      "defer",
    );
    expect(
      (await makeSessionCheck(at(now + 6 * day), settings).check(cookie, null, now)).kind,
    ).toBe("defer");
    expect(
      (await makeSessionCheck(at(now + 6 * day + 1000), settings).check(cookie, null, now)).kind,
    ).toBe("ok");
    queries = 0;
    const none = makeSessionCheck(at(now + 7 * day), settings).check;
    expect((await none(undefined, null)).kind).toBe("none");
    expect((await none("other=1", null)).kind).toBe("none");
    const otherSecret = createHmac("sha256", "another secret").update(token).digest("base64");
    const forged = `better-auth.session_token=${encodeURIComponent(`${token}.${otherSecret}`)}`;
    expect((await none(forged, null)).kind).toBe("none");
    expect(queries).toBe(0);
  });
});
