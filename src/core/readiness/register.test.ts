import { describe, expect, it } from "vitest";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import type { ReadinessSnapshot, SnapshotItem } from "./snapshot.ts";

const TODAY = "2025-06-15";
const withItems = (...items: SnapshotItem[]): ReadinessSnapshot => ({ ...emptySnapshot(), items });
const run = (id: string, s: ReadinessSnapshot, today = TODAY) => getRule(id).evaluate(s, today);

describe("register.not_empty (never na)", () => {
  it("is ok with active items, counting only those", () => {
    const s = withItems(
      snapshotItem({ id: "a" }),
      snapshotItem({ id: "b" }),
      snapshotItem({ id: "c", status: "retired" }),
    );
    expect(run("register.not_empty", s)).toEqual({
      status: "ok",
      reason: { ja: "利用中の台帳項目が2件あります。", en: "Active register items: 2." },
    });
  });
  it("is a gap for an empty register or one with retired rows only", () => {
    expect(run("register.not_empty", emptySnapshot()).status).toBe("gap");
    expect(run("register.not_empty", withItems(snapshotItem({ status: "retired" }))).status).toBe(
      "gap",
    );
  });
});

describe("register.required_fields", () => {
  it("is ok when every required field is filled", () => {
    const r = run("register.required_fields", withItems(snapshotItem()));
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("1件すべてに必須項目が記入されています。");
  });
  it("is a gap counting items and fields, with the empty fields per item", () => {
    const s = withItems(
      snapshotItem({ id: "a", name: "A", filled: { ...snapshotItem().filled, purpose: false } }),
      snapshotItem({
        id: "b",
        name: "B",
        // missing keys count as empty
        filled: { dataItems: true, purpose: false, storageLocation: true, storageMethod: true },
      }),
      snapshotItem({ id: "c", name: "C" }),
    );
    const r = run("register.required_fields", s);
    expect(r.status).toBe("gap");
    expect(r.reason.ja).toBe(
      "3件中2件で必須項目が空欄です（利用目的 2件、アクセス権を有する者 1件、利用期限 1件、保管期限 1件）。",
    );
    expect(r.details).toEqual([
      {
        id: "a",
        name: "A",
        note: { ja: "利用目的", en: "Purpose of use" },
        path: "inventory?item=a",
      },
      {
        id: "b",
        name: "B",
        note: {
          ja: "利用目的、アクセス権を有する者、利用期限、保管期限",
          en: "Purpose of use, People with access, Use period, Retention period",
        },
        path: "inventory?item=b",
      },
    ]);
  });
  it("ignores retired items and is na without active items", () => {
    const retired = snapshotItem({ status: "retired", filled: {} });
    expect(run("register.required_fields", withItems(retired)).status).toBe("na");
    expect(run("register.required_fields", emptySnapshot()).status).toBe("na");
  });
  it("lists at most 20 items but counts them all", () => {
    const items = Array.from({ length: 25 }, (_, i) => snapshotItem({ id: `i${i}`, filled: {} }));
    const r = run("register.required_fields", withItems(...items));
    expect(r.details).toHaveLength(20);
    expect(r.reason.en.startsWith("25 of 25 items")).toBe(true);
  });
});

describe("register.reviewed", () => {
  const reviewedOn = (lastReviewedOn: string | null, identifiedOn: string | null = null) =>
    withItems(snapshotItem({ lastReviewedOn, identifiedOn }));
  const status = (s: ReadinessSnapshot, today: string) => run("register.reviewed", s, today).status;

  it("is ok on exactly 12 months, a gap one day more", () => {
    expect(status(reviewedOn("2024-06-15"), "2025-06-15")).toBe("ok");
    expect(status(reviewedOn("2024-06-14"), "2025-06-15")).toBe("gap");
  });
  it("handles month ends: 2025-03-31 against 2024-03-31 and 2024-03-30", () => {
    expect(status(reviewedOn("2024-03-31"), "2025-03-31")).toBe("ok");
    expect(status(reviewedOn("2024-03-30"), "2025-03-31")).toBe("gap");
  });
  it("keeps a review of 29 February 2024 in time on 2025-02-28, not on 2025-03-01", () => {
    expect(status(reviewedOn("2024-02-29"), "2025-02-28")).toBe("ok");
    expect(status(reviewedOn("2024-02-28"), "2025-02-28")).toBe("ok");
    expect(status(reviewedOn("2024-02-27"), "2025-02-28")).toBe("gap");
    expect(status(reviewedOn("2024-02-29"), "2025-03-01")).toBe("gap");
  });
  it("on 29 February counts back to 28 February of the year before", () => {
    expect(status(reviewedOn("2023-02-28"), "2024-02-29")).toBe("ok");
    expect(status(reviewedOn("2023-02-27"), "2024-02-29")).toBe("gap");
  });
  it("counts a never reviewed item from its identification day", () => {
    expect(status(reviewedOn(null, "2024-06-15"), "2025-06-15")).toBe("ok");
    expect(status(reviewedOn(null, "2024-06-14"), "2025-06-15")).toBe("gap");
    expect(status(reviewedOn(null, null), "2025-06-15")).toBe("gap");
  });
  it("uses the last review over the identification day", () => {
    expect(status(reviewedOn("2024-01-01", "2025-01-01"), "2025-06-15")).toBe("gap");
  });
  it("reports the count, the cut-off day and the late items", () => {
    const s = withItems(
      snapshotItem({ id: "a", name: "A", lastReviewedOn: "2025-01-01" }),
      snapshotItem({ id: "b", name: "B", lastReviewedOn: "2023-12-01" }),
      snapshotItem({ id: "c", name: "C", lastReviewedOn: "2025-06-01" }),
      snapshotItem({ id: "d", name: "D", lastReviewedOn: "2020-01-01", status: "retired" }),
    );
    const r = run("register.reviewed", s);
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "3件中1件が12か月以上見直されていません（2024年6月15日より前）。",
        en: "1 of 3 items were not reviewed within 12 months (before 2024-06-15).",
      },
      details: [
        {
          id: "b",
          name: "B",
          note: { ja: "最終見直し 2023年12月1日", en: "last reviewed 2023-12-01" },
          path: "inventory?item=b",
        },
      ],
    });
  });
  it("never claims a review that was not recorded: all reviewed vs counted from 特定日", () => {
    const reviewedAll = withItems(
      snapshotItem({ id: "a", lastReviewedOn: "2025-01-01" }),
      snapshotItem({ id: "b", lastReviewedOn: "2024-07-01" }),
    );
    expect(run("register.reviewed", reviewedAll).reason).toEqual({
      ja: "2件すべてが2024年6月15日以降に見直されています。",
      en: "All 2 items were reviewed on or after 2024-06-15.",
    });
    // The case: 最終見直し日 blank on both rows, identified within the year.
    const neverReviewed = withItems(
      snapshotItem({ id: "a", identifiedOn: "2025-03-01" }),
      snapshotItem({ id: "b", identifiedOn: "2024-12-20" }),
    );
    expect(run("register.reviewed", neverReviewed)).toEqual({
      status: "ok",
      reason: {
        ja: "2件すべてが12か月以内です（2024年6月15日以降）。うち2件は見直しの記録がなく、特定日（最も古いもので2024年12月20日）から数えています。",
        en: "All 2 items are within 12 months (on or after 2024-06-15); 2 of them have no review recorded and count from the day identified (earliest 2024-12-20).",
      },
    });
    const one = withItems(
      snapshotItem({ id: "a", lastReviewedOn: "2025-05-01" }),
      snapshotItem({ id: "b", identifiedOn: "2025-01-10" }),
    );
    expect(run("register.reviewed", one).reason.ja).toBe(
      "2件すべてが12か月以内です（2024年6月15日以降）。うち1件は見直しの記録がなく、特定日（2025年1月10日）から数えています。",
    );
  });
  it("names why each late item is late: old review, old 特定日, or no date at all", () => {
    const s = withItems(
      snapshotItem({ id: "a", name: "A", lastReviewedOn: "2024-01-31" }),
      snapshotItem({ id: "b", name: "B", identifiedOn: "2023-04-01" }),
      snapshotItem({ id: "c", name: "C", identifiedOn: null }),
      snapshotItem({ id: "d", name: "D", lastReviewedOn: "2025-06-01" }),
    );
    const r = run("register.reviewed", s);
    expect(r.reason).toEqual({
      ja: "4件中3件は12か月以内の見直しを確認できません（最後の見直しが2024年6月15日より前 1件、見直しの記録がなく特定日が2024年6月15日より前 1件、見直し日も特定日も記録がない 1件）。",
      en: "3 of 4 items show no review within 12 months (last reviewed before 2024-06-15: 1; no review recorded and identified before 2024-06-15: 1; neither a review nor an identification day recorded: 1).",
    });
    expect(r.details?.map((d) => d.note?.ja)).toEqual([
      "最終見直し 2024年1月31日",
      "見直しの記録なし・特定日 2023年4月1日",
      "見直し日・特定日とも記録なし",
    ]);
    expect(r.details?.map((d) => d.path)).toEqual([
      "inventory?item=a",
      "inventory?item=b",
      "inventory?item=c",
    ]);
  });
  it("is na without active items", () => {
    expect(status(emptySnapshot(), TODAY)).toBe("na");
  });
});
