import { describe, expect, it } from "vitest";
import { evidenceTarget } from "./evidence-links.ts";

const link = (capability: string, name: string | null, itemId: string | null = null) => ({
  capability,
  id: "a/1",
  name,
  itemId,
});

describe("evidence links", () => {
  it("opens each kind of record on its own page, narrowed to it", () => {
    expect(evidenceTarget(link("inventory_item", "顧客名簿"))).toEqual({
      path: "inventory?item=a%2F1",
      permission: "inventory.read",
    });
    expect(evidenceTarget(link("legal_requirement", "個人情報保護法"))).toEqual({
      path: "legal?ids=a%2F1",
      permission: "legal.read",
    });
    expect(evidenceTarget(link("person", "佐藤 花子"))).toEqual({
      path: "people?q=%E4%BD%90%E8%97%A4%20%E8%8A%B1%E5%AD%90",
      permission: "people.read",
    });
    expect(evidenceTarget(link("inventory_risk", "顧客名簿: 誤送信", "item-9"))).toEqual({
      path: "risks?itemId=item-9",
      permission: "inventory.read",
    });
  });

  it("leads nowhere for a deleted record or a kind it does not know", () => {
    expect(evidenceTarget(link("inventory_item", null))).toBeNull();
    expect(evidenceTarget(link("inventory_risk", "名簿: 誤送信", null))).toBeNull();
    expect(evidenceTarget(link("later_kind", "何か"))).toBeNull();
  });
});
