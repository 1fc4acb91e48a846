// The registry wires what crosses capabilities: the deletion hooks (without them a deleted
// register item's risk rows would vanish from its audit event and legal entries would lose
// links unseen) and the readiness providers (their rules, their duties, what they read).
import { describe, expect, it } from "vitest";
import { OBLIGATIONS } from "../core/obligations/index.ts";
import { ALL_RULES } from "../core/readiness/index.ts";
import "./capabilities.ts";
import { readinessProviders, readinessRules } from "./readiness/provider.ts";
import { deletionHookCount } from "./shared/deletion-hooks.ts";

describe("capability registry", () => {
  it("registers the risk, legal and attachment hooks on register-item deletes", () => {
    expect(deletionHookCount("register_item")).toBe(3);
  });

  it("registers the legal hook on department deletes", () => {
    expect(deletionHookCount("department")).toBe(1);
  });

  it("composes every shipped readiness rule once, in the order of the rule catalogue", () => {
    expect(readinessRules().map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
  });

  it("gives each provider a name of its own and the entities it reads", () => {
    const providers = readinessProviders();
    expect(new Set(providers.map((p) => p.id)).size).toBe(providers.length);
    for (const p of providers) expect(p.reads.length, p.id).toBeGreaterThan(0);
  });

  it("dates every derived recurring duty from exactly one provider", () => {
    const sources = readinessProviders().flatMap((p) => (p.duties ?? []).map((d) => d.source));
    const derived = [...new Set(OBLIGATIONS.map((o) => o.source).filter((s) => s !== "record"))];
    expect([...sources].sort()).toEqual(derived.sort());
  });
});
