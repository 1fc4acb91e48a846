// How register items are handled: 要配慮 data needs a consent basis, outsourcing names the
// vendor, provision abroad names the country. Each rule is "na" when no item is concerned.
import type { Bilingual } from "../../i18n-text.ts";
import { activeItems, collect, gap, isBlank, na, ok, type ReadinessRule, text } from "../rule.ts";
import type { SnapshotItem } from "../snapshot.ts";

interface DetailRule {
  id: string;
  title: Bilingual;
  refs: readonly string[];
  fixPath: string;
  /** The items the rule is about. */
  concerned: (i: SnapshotItem) => boolean;
  /** The concerned item lacks the detail. */
  lacking: (i: SnapshotItem) => boolean;
  /** What the concerned items are, e.g. "要配慮個人情報を含む項目". */
  what: Bilingual;
  /** What they lack, e.g. "同意の方法". */
  detail: Bilingual;
}

// finding for all three: an examiner reads these columns for exactly these items, and each
// gap is also an APPI question (Art. 20(2), 25, 28); none stops the application by itself.
function detailRule(d: DetailRule): ReadinessRule {
  return {
    id: d.id,
    title: d.title,
    refs: d.refs,
    step: 5,
    severity: "finding",
    fixPath: d.fixPath,
    manual: false,
    evaluate(s) {
      const concerned = activeItems(s).filter(d.concerned);
      if (concerned.length === 0) {
        return na(text(`${d.what.ja}はありません。`, `No ${d.what.en}.`));
      }
      const lacking = collect(concerned, d.lacking);
      if (lacking.count === 0) {
        return ok(
          text(
            `${d.what.ja}${concerned.length}件すべてに${d.detail.ja}が書かれています。`,
            `All ${concerned.length} ${d.what.en} state the ${d.detail.en}.`,
          ),
        );
      }
      return gap(
        text(
          `${d.what.ja}${concerned.length}件中${lacking.count}件に${d.detail.ja}が書かれていません。`,
          `${lacking.count} of ${concerned.length} ${d.what.en} do not state the ${d.detail.en}.`,
        ),
        lacking.refs,
      );
    },
  };
}

const sensitiveConsent = detailRule({
  id: "register.sensitive_consent",
  title: text(
    "要配慮個人情報の項目に同意の方法が書かれている",
    "Special-care items state how consent is obtained",
  ),
  refs: ["J.8.3"],
  fixPath: "inventory?sensitive=true",
  concerned: (i) => i.sensitive,
  lacking: (i) => isBlank(i.consentBasis),
  what: text("要配慮個人情報を含む項目", "items with special-care data"),
  detail: text("同意の方法（または不要の理由）", "consent basis"),
});

const outsourcee = detailRule({
  id: "register.outsourcee",
  title: text("委託している項目に委託先が書かれている", "Outsourced items name the contractor"),
  refs: ["J.3.1.1", "J.9.4"],
  fixPath: "inventory",
  concerned: (i) => i.outsourced === true,
  lacking: (i) => isBlank(i.outsourcee),
  what: text("委託している項目", "outsourced items"),
  detail: text("委託先", "contractor"),
});

const foreignCountry = detailRule({
  id: "register.foreign_country",
  title: text(
    "外国への提供がある項目に提供先の国が書かれている",
    "Items provided abroad name the country",
  ),
  refs: ["J.8.8.1"], // provision to a third party abroad (APPI Art. 28), not J.8.8 in general
  fixPath: "inventory",
  concerned: (i) => i.foreignRecipient === true,
  lacking: (i) => isBlank(i.foreignCountry),
  what: text("外国の第三者に提供する項目", "items provided to recipients abroad"),
  detail: text("提供先の国", "country"),
});

export const REGISTER_HANDLING_RULES: readonly ReadinessRule[] = [
  sensitiveConsent,
  outsourcee,
  foreignCountry,
];
