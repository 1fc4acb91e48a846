// The 個人情報管理台帳 (docs/domain.md#the-register): it exists, its rows carry the required
// fields, and every row was reviewed within the last 12 months.

import type { Bilingual } from "../../i18n-text.ts";
import {
  getInventoryField,
  type InventoryFieldKey,
  REQUIRED_INVENTORY_FIELDS,
} from "../../registers/inventory-fields.ts";
import { reviewCutoff } from "../../review-cycle.ts";
import { formatSeireki } from "../../wareki.ts";
import {
  activeItems,
  collect,
  gap,
  itemRef,
  MAX_DETAILS,
  na,
  ok,
  type ReadinessRule,
  type RecordRef,
  text,
} from "../rule.ts";
import type { SnapshotItem } from "../snapshot.ts";

const noItems = na(
  text("利用中の台帳項目がないため対象外です。", "No active register items to check."),
);

// blocker: the register's first page and the risk analysis built on it are attached to the
// application; with no register there is nothing to examine.
const notEmpty: ReadinessRule = {
  id: "register.not_empty",
  title: text("個人情報管理台帳に項目がある", "The register has items"),
  refs: ["J.3.1.1"],
  step: 5,
  severity: "blocker",
  fixPath: "inventory",
  manual: false,
  evaluate(s) {
    const n = activeItems(s).length;
    return n > 0
      ? ok(text(`利用中の台帳項目が${n}件あります。`, `Active register items: ${n}.`))
      : gap(
          text("個人情報管理台帳に利用中の項目がありません。", "The register has no active items."),
        );
  },
};

const missingFields = (i: SnapshotItem): InventoryFieldKey[] =>
  REQUIRED_INVENTORY_FIELDS.filter((k) => i.filled[k] !== true);

// finding: empty required columns (purpose, retention, …) are a classic document-audit
// finding, but they do not stop the application.
const requiredFields: ReadinessRule = {
  id: "register.required_fields",
  title: text(
    "台帳の必須項目がすべて記入されている",
    "Every register item has its required fields",
  ),
  refs: ["J.3.1.1"],
  step: 5,
  severity: "finding",
  fixPath: "inventory?status=active&lacking=required",
  manual: false,
  evaluate(s) {
    const items = activeItems(s);
    if (items.length === 0) return noItems;
    const perField = new Map<InventoryFieldKey, number>();
    const details: RecordRef[] = [];
    let incomplete = 0;
    for (const i of items) {
      const missing = missingFields(i);
      if (missing.length === 0) continue;
      incomplete++;
      for (const k of missing) perField.set(k, (perField.get(k) ?? 0) + 1);
      if (details.length < MAX_DETAILS) {
        const labels = missing.map((k) => getInventoryField(k).label);
        details.push(
          itemRef(i, text(labels.map((l) => l.ja).join("、"), labels.map((l) => l.en).join(", "))),
        );
      }
    }
    if (incomplete === 0) {
      return ok(
        text(
          `${items.length}件すべてに必須項目が記入されています。`,
          `All ${items.length} items have their required fields.`,
        ),
      );
    }
    // Fields in the register's column order, with how many rows leave each empty.
    const counts = REQUIRED_INVENTORY_FIELDS.flatMap((k) => {
      const n = perField.get(k);
      return n === undefined ? [] : [{ label: getInventoryField(k).label, n }];
    });
    return gap(
      text(
        `${items.length}件中${incomplete}件で必須項目が空欄です（${counts.map((c) => `${c.label.ja} ${c.n}件`).join("、")}）。`,
        `${incomplete} of ${items.length} items leave required fields empty (${counts.map((c) => `${c.label.en}: ${c.n}`).join(", ")}).`,
      ),
      details,
    );
  },
};

/** The day the yearly review counts from: the last review, else the identification day. */
export const reviewBasis = (i: SnapshotItem): string | null => i.lastReviewedOn ?? i.identifiedOn;

/** What the item's review is counted from, as said beside it in the details. */
function basisNote(i: SnapshotItem): Bilingual {
  if (i.lastReviewedOn !== null) {
    return text(
      `最終見直し ${formatSeireki(i.lastReviewedOn)}`,
      `last reviewed ${i.lastReviewedOn}`,
    );
  }
  if (i.identifiedOn !== null) {
    return text(
      `見直しの記録なし・特定日 ${formatSeireki(i.identifiedOn)}`,
      `no review recorded; identified on ${i.identifiedOn}`,
    );
  }
  return text(
    "見直し日・特定日とも記録なし",
    "neither a review nor an identification day recorded",
  );
}

/** The oldest of the days, for "特定日（最も古いもので…）". */
const oldest = (days: readonly string[]): string => [...days].sort()[0] ?? "";

/** Never claim a review that was not recorded: say which items count from their 特定日. */
function inTime(n: number, cutoff: string, identifiedOnly: readonly string[]) {
  if (identifiedOnly.length === 0) {
    return ok(
      text(
        `${n}件すべてが${formatSeireki(cutoff)}以降に見直されています。`,
        `All ${n} items were reviewed on or after ${cutoff}.`,
      ),
    );
  }
  const k = identifiedOnly.length;
  const day = oldest(identifiedOnly);
  return ok(
    text(
      `${n}件すべてが12か月以内です（${formatSeireki(cutoff)}以降）。うち${k}件は見直しの記録がなく、特定日（${k === 1 ? "" : "最も古いもので"}${formatSeireki(day)}）から数えています。`,
      `All ${n} items are within 12 months (on or after ${cutoff}); ${k} of them have no review recorded and count from the day identified (${k === 1 ? "" : "earliest "}${day}).`,
    ),
  );
}

// finding: the register must be kept current at least once a year; an examiner checks the
// review dates, but a late review does not block the application.
const reviewed: ReadinessRule = {
  id: "register.reviewed",
  title: text(
    "すべての台帳項目を12か月以内に見直している",
    "Every register item was reviewed within 12 months",
  ),
  refs: ["J.3.1.1"],
  step: 5,
  severity: "finding",
  fixPath: "inventory?status=active&reviewOverdue=true",
  manual: false,
  evaluate(s, today) {
    const items = activeItems(s);
    if (items.length === 0) return noItems;
    // isReviewOverdue's rule, with the cut-off computed once instead of once per item.
    const cutoff = reviewCutoff(today);
    const isLate = (i: SnapshotItem) => {
      const basis = reviewBasis(i);
      return basis === null || basis < cutoff;
    };
    const late = collect(items, isLate, basisNote);
    if (late.count === 0) {
      const identifiedOnly = items.flatMap((i) =>
        i.lastReviewedOn === null && i.identifiedOn !== null ? [i.identifiedOn] : [],
      );
      return inTime(items.length, cutoff, identifiedOnly);
    }
    const lateItems = items.filter(isLate);
    const reviewedLate = lateItems.filter((i) => i.lastReviewedOn !== null).length;
    const identifiedLate = lateItems.filter(
      (i) => i.lastReviewedOn === null && i.identifiedOn !== null,
    ).length;
    const undated = late.count - reviewedLate - identifiedLate;
    const c = formatSeireki(cutoff);
    if (reviewedLate === late.count) {
      return gap(
        text(
          `${items.length}件中${late.count}件が12か月以上見直されていません（${c}より前）。`,
          `${late.count} of ${items.length} items were not reviewed within 12 months (before ${cutoff}).`,
        ),
        late.refs,
      );
    }
    const parts = [
      reviewedLate > 0 &&
        text(
          `最後の見直しが${c}より前 ${reviewedLate}件`,
          `last reviewed before ${cutoff}: ${reviewedLate}`,
        ),
      identifiedLate > 0 &&
        text(
          `見直しの記録がなく特定日が${c}より前 ${identifiedLate}件`,
          `no review recorded and identified before ${cutoff}: ${identifiedLate}`,
        ),
      undated > 0 &&
        text(
          `見直し日も特定日も記録がない ${undated}件`,
          `neither a review nor an identification day recorded: ${undated}`,
        ),
    ].filter((p): p is Bilingual => p !== false);
    return gap(
      text(
        `${items.length}件中${late.count}件は12か月以内の見直しを確認できません（${parts.map((p) => p.ja).join("、")}）。`,
        `${late.count} of ${items.length} items show no review within 12 months (${parts.map((p) => p.en).join("; ")}).`,
      ),
      late.refs,
    );
  },
};

export const REGISTER_RULES: readonly ReadinessRule[] = [notEmpty, requiredFields, reviewed];
