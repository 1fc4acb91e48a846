// TRUST_PROXY: which X-Forwarded-For hop is the client. A forged first hop must not let a
// client behind a correctly configured proxy escape the sign-in limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOrigin, startTestApp, type TestApp } from "../test/harness.ts";
import { parseTrustProxy } from "./config.ts";

describe("parseTrustProxy", () => {
  it("trusts nobody by default, a number of hops, or the proxies' addresses", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("")).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("10.0.0.1, 10.0.0.0/24")).toEqual(["10.0.0.1", "10.0.0.0/24"]);
  });
  it("refuses 'true', which would believe any forwarded address", () => {
    expect(() => parseTrustProxy("true")).toThrow(/hop count/);
  });
});

const PROXY = "10.0.0.1";

async function signInAttempts(t: TestApp, forwardedFor: (i: number) => string, n: number) {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      remoteAddress: PROXY,
      headers: { ...sameOrigin, "x-forwarded-for": forwardedFor(i) },
      payload: { email: "proxy@example.jp", password: "wrong-password-1" },
    });
    statuses.push(res.statusCode);
  }
  return statuses;
}

// better-auth keeps its sign-in counts per process, so each case uses addresses of its own.
describe.each([
  ["one trusted hop", "1", 1],
  ["the proxy's address", PROXY, 2],
])("behind a proxy trusted as %s", (_label, trust, net) => {
  const CLIENT = `203.0.113.${net}`;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { TRUST_PROXY: trust, SIGN_IN_RATE_LIMIT: "3" });
    await t.signUp("代理 太郎", "proxy@example.jp");
  });
  afterAll(() => t.close());

  it("counts the address the proxy saw, whatever the client forged before it", async () => {
    // The client sends its own X-Forwarded-For; the proxy appends the real address.
    const statuses = await signInAttempts(t, (i) => `198.51.100.${10 * net + i}, ${CLIENT}`, 5);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("counts another real client apart", async () => {
    const statuses = await signInAttempts(t, () => `198.51.100.${200 + net}`, 2);
    expect(statuses).toEqual([401, 401]);
  });
});

describe("without TRUST_PROXY", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { SIGN_IN_RATE_LIMIT: "3" });
    await t.signUp("直接 花子", "proxy@example.jp");
  });
  afterAll(() => t.close());

  it("ignores X-Forwarded-For entirely and counts the socket's address", async () => {
    // (The proxy address has not signed in directly in the cases above.)
    const statuses = await signInAttempts(t, (i) => `198.51.100.${i}`, 4);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
