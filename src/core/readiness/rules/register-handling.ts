// How register items are handled: 要配慮 data needs a consent basis, 特定個人情報 its purpose
// and safeguards (register-my-number.ts), outsourcing names the vendor, provision abroad names
// the country. Each rule is "na" when no item is concerned.
import type { Bilingual } from "../../i18n-text.ts";
import { activeItems, collect, gap, isBlank, na, ok, type ReadinessRule, text } from "../rule.ts";
import type { ReadinessSnapshot, SnapshotItem } from "../snapshot.ts";
import { myNumberHandling } from "./register-my-number.ts";

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
  fixPath: "inventory?status=active&sensitive=true&lacking=consentBasis",
  concerned: (i) => i.sensitive,
  lacking: (i) => isBlank(i.consentBasis),
  what: text("要配慮個人情報を含む項目", "items with special-care data"),
  detail: text("同意の方法（または不要の理由）", "consent basis"),
});

const outsourcee = detailRule({
  id: "register.outsourcee",
  title: text("委託している項目に委託先が書かれている", "Outsourced items name the contractor"),
  refs: ["J.3.1.1", "J.9.4"],
  fixPath: "inventory?status=active&outsourced=true&lacking=outsourcee",
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
  fixPath: "inventory?status=active&foreignRecipient=true&lacking=foreignCountry",
  concerned: (i) => i.foreignRecipient === true,
  lacking: (i) => isBlank(i.foreignCountry),
  what: text("外国の第三者に提供する項目", "items provided to recipients abroad"),
  detail: text("提供先の国", "country"),
});

export const REGISTER_HANDLING_RULES: readonly ReadinessRule[] = [
  sensitiveConsent,
  myNumberHandling,
  outsourcee,
  foreignCountry,
];

/**
 * Which register items need an agreement with the other side (docs/domain.md#applying): the
 * outsourced (委託), those provided to third parties (第三者提供) and those used jointly
 * (共同利用). The contracts rule reads it for whether it applies and what its reason names.
 */
export function agreementsNeeded(s: ReadinessSnapshot): {
  count: number;
  /** 「委託2件・第三者提供1件」: the kinds present, with their item counts. */
  which: Bilingual;
} {
  const items = activeItems(s);
  const kinds = [
    { n: items.filter((i) => i.outsourced === true).length, ja: "委託", en: "outsourced" },
    {
      n: items.filter((i) => i.thirdPartyProvision === true).length,
      ja: "第三者提供",
      en: "provided to third parties",
    },
    { n: items.filter((i) => i.jointUse === true).length, ja: "共同利用", en: "jointly used" },
  ].filter((k) => k.n > 0);
  const count = items.filter(
    (i) => i.outsourced === true || i.thirdPartyProvision === true || i.jointUse === true,
  ).length;
  return {
    count,
    which: text(
      kinds.map((k) => `${k.ja}${k.n}件`).join("・"),
      kinds.map((k) => `${k.n} ${k.en}`).join(", "),
    ),
  };
}

/** The contracts rule's reason prefix: the register items that need agreements, by kind. */
export function agreementsScope(s: ReadinessSnapshot): Bilingual | null {
  const { count, which } = agreementsNeeded(s);
  if (count === 0) return null;
  return text(
    `契約・取り決めが必要な台帳項目：${which.ja}。`,
    `Register items needing an agreement: ${which.en}.`,
  );
}

/** The contracts rule does not apply when nothing is outsourced, provided or jointly used. */
export function agreementsNotNeeded(s: ReadinessSnapshot): Bilingual | null {
  return agreementsNeeded(s).count > 0
    ? null
    : text(
        "委託・第三者提供・共同利用のある台帳項目はありません。",
        "No register item is outsourced, provided to third parties or jointly used.",
      );
}
