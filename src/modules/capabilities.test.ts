// The registry wires the deletes that cross capabilities: without these hooks a deleted register
// item's risk rows would vanish from its audit event and legal entries would lose links unseen.
import { describe, expect, it } from "vitest";
import "./capabilities.ts";
import { deletionHookCount } from "./shared/deletion-hooks.ts";

describe("capability registry", () => {
  it("registers the risk and legal hooks on register-item deletes", () => {
    expect(deletionHookCount("register_item")).toBe(2);
  });
  it("registers the legal hook on department deletes", () => {
    expect(deletionHookCount("department")).toBe(1);
  });
});
