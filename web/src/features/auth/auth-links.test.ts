import { afterEach, describe, expect, it } from "vitest";
import { authPath, rememberSignedIn, signedOutHome, suggestedEmail } from "./auth-links.ts";

describe("links between sign-in and sign-up", () => {
  it("carry where the visitor was going and the invited address", () => {
    expect(authPath("signup")).toBe("/signup");
    expect(authPath("signin", { next: "/orgs/o1/people" })).toBe(
      "/signin?next=%2Forgs%2Fo1%2Fpeople",
    );
    expect(authPath("signup", { next: "/invite/i1/tok", email: "hanako@example.jp" })).toBe(
      "/signup?next=%2Finvite%2Fi1%2Ftok&email=hanako%40example.jp",
    );
  });

  it("suggest only a plausible address", () => {
    expect(suggestedEmail(" hanako@example.jp ")).toBe("hanako@example.jp");
    expect(suggestedEmail(null)).toBe("");
    expect(suggestedEmail("<script>@example.jp")).toBe("");
    expect(suggestedEmail("hanako@localhost")).toBe("");
    expect(suggestedEmail("two words@example.jp")).toBe("");
    expect(suggestedEmail(`${"a".repeat(250)}@example.jp`)).toBe("");
  });
});

describe("the first visit", () => {
  const storage = new Map<string, string>();
  const fake = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  };
  const before = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
  afterEach(() => {
    storage.clear();
    if (before) Object.defineProperty(globalThis, "localStorage", before);
    else Reflect.deleteProperty(globalThis, "localStorage");
  });

  it("leads to sign-up, and to sign-in once this browser has signed in", () => {
    Object.defineProperty(globalThis, "localStorage", { value: fake, configurable: true });
    expect(signedOutHome()).toBe("/signup");
    rememberSignedIn();
    expect(signedOutHome()).toBe("/signin");
  });
});
