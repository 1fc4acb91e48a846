import { describe, expect, it } from "vitest";
import { emptySnapshot } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import type { LegalEntryFacts } from "./snapshot.ts";

const entry = (e: Partial<LegalEntryFacts>): LegalEntryFacts => ({
  id: "appi",
  name: "個人情報保護法",
  checkedOn: "2025-04-01",
  linked: true,
  ...e,
});
const run = (id: string, legal: LegalEntryFacts[], today = "2025-06-15") =>
  getRule(id).evaluate({ ...emptySnapshot(), legal }, today);

describe("legal.exists (never na)", () => {
  it("is ok with entries", () => {
    expect(run("legal.exists", [entry({})])).toEqual({
      status: "ok",
      reason: { ja: "法令等一覧に1件登録されています。", en: "Legal register entries: 1." },
    });
  });
  it("is a gap when empty", () => {
    expect(run("legal.exists", []).status).toBe("gap");
  });
});

describe("legal.linked", () => {
  // `linked` is the loader's: a link to a register item or to a department.
  it("is ok when every entry is linked to an item or a department", () => {
    expect(run("legal.linked", [entry({}), entry({ id: "lsa" })])).toEqual({
      status: "ok",
      reason: {
        ja: "2件すべてが台帳の項目か部署に結び付いています。",
        en: "All 2 entries are linked to register items or departments.",
      },
    });
  });
  it("is a gap listing the entries linked to neither", () => {
    const r = run("legal.linked", [entry({}), entry({ id: "mn", name: "番号法", linked: false })]);
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "2件中1件が台帳の項目にも部署にも結び付いていません。",
        en: "1 of 2 entries are linked to neither a register item nor a department.",
      },
      details: [{ id: "mn", name: "番号法", path: "legal?ids=mn" }],
    });
  });
  it("is na when the register is empty", () => {
    expect(run("legal.linked", []).status).toBe("na");
  });
});

describe("legal.checked", () => {
  const status = (checkedOn: string | null, today: string) =>
    run("legal.checked", [entry({ checkedOn })], today).status;

  it("is ok on exactly 12 months, a gap one day more", () => {
    expect(status("2024-06-15", "2025-06-15")).toBe("ok");
    expect(status("2024-06-14", "2025-06-15")).toBe("gap");
  });
  it("handles month ends and 29 February", () => {
    expect(status("2024-03-31", "2025-03-31")).toBe("ok");
    expect(status("2024-02-29", "2025-02-28")).toBe("ok");
    expect(status("2024-02-27", "2025-02-28")).toBe("gap");
    expect(status("2023-02-28", "2024-02-29")).toBe("ok");
    expect(status("2023-02-27", "2024-02-29")).toBe("gap");
  });
  it("is a gap for an entry never checked, counting those apart", () => {
    const r = run("legal.checked", [
      entry({}),
      entry({ id: "mn", name: "番号法", checkedOn: null }),
      entry({ id: "lsa", name: "労働基準法", checkedOn: "2023-01-01" }),
    ]);
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "3件中2件が12か月以内に確認されていません（うち確認記録なし1件）。",
        en: "2 of 3 entries were not checked within 12 months (1 with no check recorded).",
      },
      details: [
        {
          id: "mn",
          name: "番号法",
          note: { ja: "確認記録なし", en: "no check recorded" },
          path: "legal?ids=mn",
        },
        {
          id: "lsa",
          name: "労働基準法",
          note: { ja: "最終確認 2023年1月1日", en: "last checked 2023-01-01" },
          path: "legal?ids=lsa",
        },
      ],
    });
  });
  it("says nothing of unrecorded checks when every late entry has a date", () => {
    const r = run("legal.checked", [entry({ id: "lsa", checkedOn: "2023-01-01" })]);
    expect(r.reason).toEqual({
      ja: "1件中1件が12か月以内に確認されていません。",
      en: "1 of 1 entries were not checked within 12 months.",
    });
  });
  it("is na when the register is empty", () => {
    expect(run("legal.checked", []).status).toBe("na");
  });
});
