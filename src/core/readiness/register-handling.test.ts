import { describe, expect, it } from "vitest";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import { agreementsNeeded, agreementsScope } from "./rules/register-handling.ts";
import type { SnapshotItem } from "./snapshot.ts";

const run = (id: string, ...items: SnapshotItem[]) =>
  getRule(id).evaluate({ ...emptySnapshot(), items }, "2025-06-15");

describe("register.sensitive_consent", () => {
  it("is ok when every sensitive item states a consent basis", () => {
    const r = run(
      "register.sensitive_consent",
      snapshotItem({ id: "a", sensitive: true, consentBasis: "入社時の同意書" }),
      snapshotItem({ id: "b", sensitive: false, consentBasis: null }),
    );
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe(
      "要配慮個人情報を含む項目1件すべてに同意の方法（または不要の理由）が書かれています。",
    );
  });
  it("is a gap for a sensitive item with a blank basis, listing it", () => {
    const r = run(
      "register.sensitive_consent",
      snapshotItem({ id: "a", name: "健康診断結果", sensitive: true, consentBasis: "  " }),
      snapshotItem({ id: "b", name: "病歴", sensitive: true, consentBasis: "同意書" }),
    );
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "要配慮個人情報を含む項目2件中1件に同意の方法（または不要の理由）が書かれていません。",
        en: "1 of 2 items with special-care data do not state the consent basis.",
      },
      details: [{ id: "a", name: "健康診断結果", path: "inventory?item=a" }],
    });
  });
  it("is na without sensitive items (retired ones do not count)", () => {
    const r = run(
      "register.sensitive_consent",
      snapshotItem({ sensitive: false }),
      snapshotItem({ id: "old", sensitive: true, status: "retired" }),
    );
    expect(r.status).toBe("na");
    expect(r.reason.ja).toBe("要配慮個人情報を含む項目はありません。");
  });
});

describe("register.outsourcee", () => {
  it("is ok when every outsourced item names the contractor", () => {
    expect(
      run("register.outsourcee", snapshotItem({ outsourced: true, outsourcee: "株式会社給与計算" }))
        .status,
    ).toBe("ok");
  });
  it("is a gap for an outsourced item without a contractor", () => {
    const r = run(
      "register.outsourcee",
      snapshotItem({ id: "a", name: "給与", outsourced: true, outsourcee: null }),
    );
    expect(r.status).toBe("gap");
    expect(r.reason.ja).toBe("委託している項目1件中1件に委託先が書かれていません。");
    expect(r.details).toEqual([{ id: "a", name: "給与", path: "inventory?item=a" }]);
  });
  it("is na when nothing is outsourced (no or unknown)", () => {
    expect(
      run(
        "register.outsourcee",
        snapshotItem({ outsourced: false }),
        snapshotItem({ outsourced: null }),
      ).status,
    ).toBe("na");
  });
});

describe("register.foreign_country", () => {
  it("is ok when the country is named", () => {
    expect(
      run(
        "register.foreign_country",
        snapshotItem({ foreignRecipient: true, foreignCountry: "米国" }),
      ).status,
    ).toBe("ok");
  });
  it("is a gap without the country", () => {
    const r = run(
      "register.foreign_country",
      snapshotItem({ foreignRecipient: true, foreignCountry: "" }),
    );
    expect(r.status).toBe("gap");
    expect(r.reason.en).toBe(
      "1 of 1 items provided to recipients abroad do not state the country.",
    );
  });
  it("is na without provision abroad", () => {
    expect(run("register.foreign_country", snapshotItem()).status).toBe("na");
    expect(run("register.foreign_country").status).toBe("na");
  });
});

describe("agreements with contractors, recipients and joint users (manual.vendor_contracts)", () => {
  const snap = (...items: SnapshotItem[]) => ({ ...emptySnapshot(), items });

  it("names each kind that needs an agreement, with its count", () => {
    const s = snap(
      snapshotItem({ id: "a", outsourced: true }),
      snapshotItem({ id: "b", outsourced: true, thirdPartyProvision: true }),
      snapshotItem({ id: "c", jointUse: true }),
      snapshotItem({ id: "d" }),
      snapshotItem({ id: "old", jointUse: true, status: "retired" }),
    );
    expect(agreementsNeeded(s)).toEqual({
      count: 3,
      which: {
        ja: "委託2件・第三者提供1件・共同利用1件",
        en: "2 outsourced, 1 provided to third parties, 1 jointly used",
      },
    });
    expect(agreementsScope(s)?.ja).toBe(
      "契約・取り決めが必要な台帳項目：委託2件・第三者提供1件・共同利用1件。",
    );
  });

  it("applies to provision to third parties alone, and says so", () => {
    const r = getRule("manual.vendor_contracts").evaluate(
      snap(snapshotItem({ thirdPartyProvision: true })),
      "2025-06-15",
    );
    expect(r.status).toBe("gap");
    expect(r.reason.ja.startsWith("契約・取り決めが必要な台帳項目：第三者提供1件。")).toBe(true);
  });

  it("applies to joint use alone", () => {
    const r = getRule("manual.vendor_contracts").evaluate(
      snap(snapshotItem({ jointUse: true })),
      "2025-06-15",
    );
    expect(r.status).toBe("gap");
    expect(r.reason.en.startsWith("Register items needing an agreement: 1 jointly used.")).toBe(
      true,
    );
  });

  it("does not apply when nothing is outsourced, provided or jointly used", () => {
    const r = getRule("manual.vendor_contracts").evaluate(snap(snapshotItem()), "2025-06-15");
    expect(r.status).toBe("na");
    expect(r.reason.ja).toBe("委託・第三者提供・共同利用のある台帳項目はありません。");
    expect(agreementsScope(snap(snapshotItem()))).toBeNull();
  });
});
