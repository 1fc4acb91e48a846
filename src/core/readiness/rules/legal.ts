// The 法令等一覧 (docs/domain.md#legal-register): it exists, its entries apply to register items
// or departments, and each was checked against the current texts within the last 12 months.
// Refs: J.1.3, the catalogue's item 法令、国が定める指針その他の規範 (worded after construction
// step 6). J.1.2 is the interested-parties item. J.1.3 has no title on record
// (docs/domain.md#requirement-catalogue); the catalogue records it as unverified too.

import type { Bilingual } from "../../i18n-text.ts";
import { reviewCutoff } from "../../review-cycle.ts";
import { formatSeireki } from "../../wareki.ts";
import { gap, MAX_DETAILS, na, ok, type ReadinessRule, type RecordRef, text } from "../rule.ts";
import type { LegalEntryFacts } from "../snapshot.ts";

/** The entry on the legal register's page, alone (the list's `ids` filter). */
const legalRef = (e: LegalEntryFacts, note?: Bilingual): RecordRef => ({
  id: e.id,
  name: e.name,
  path: `legal?ids=${encodeURIComponent(e.id)}`,
  ...(note === undefined ? {} : { note }),
});

/** When the entry was last checked, or that no check is recorded (the legal page's words). */
const checkNote = (e: LegalEntryFacts): Bilingual =>
  e.checkedOn === null
    ? text("確認記録なし", "no check recorded")
    : text(`最終確認 ${formatSeireki(e.checkedOn)}`, `last checked ${e.checkedOn}`);

const empty = na(text("法令等一覧に登録がないため対象外です。", "The legal register is empty."));

// finding: identifying the applicable laws is a record JIS expects and a sure finding if
// missing; it is not among the documents whose absence stops the application.
const exists: ReadinessRule = {
  id: "legal.exists",
  title: text("法令等一覧がある", "A legal register exists"),
  refs: ["J.1.3"],
  step: 6,
  severity: "finding",
  fixPath: "legal",
  manual: false,
  evaluate(s) {
    const n = s.legal.length;
    return n > 0
      ? ok(text(`法令等一覧に${n}件登録されています。`, `Legal register entries: ${n}.`))
      : gap(text("法令等一覧に登録がありません。", "The legal register has no entries."));
  },
};

// advice: linking laws to register items or departments shows where each applies; examiners
// seldom insist. A department link is enough: company-wide laws (the APPI's cabinet order,
// JIS Q 15001) apply to a whole department, not to particular items.
const linked: ReadinessRule = {
  id: "legal.linked",
  title: text(
    "法令等一覧の各項目が台帳の項目か部署と結び付いている",
    "Legal register entries are linked to register items or departments",
  ),
  refs: ["J.1.3"],
  step: 6,
  severity: "advice",
  fixPath: "legal?linked=false",
  manual: false,
  evaluate(s) {
    if (s.legal.length === 0) return empty;
    const loose = s.legal.filter((e) => !e.linked);
    if (loose.length === 0) {
      return ok(
        text(
          `${s.legal.length}件すべてが台帳の項目か部署に結び付いています。`,
          `All ${s.legal.length} entries are linked to register items or departments.`,
        ),
      );
    }
    return gap(
      text(
        `${s.legal.length}件中${loose.length}件が台帳の項目にも部署にも結び付いていません。`,
        `${loose.length} of ${s.legal.length} entries are linked to neither a register item nor a department.`,
      ),
      loose.slice(0, MAX_DETAILS).map((e) => legalRef(e)),
    );
  },
};

// finding: laws change (the APPI is revised every few years); an outdated check is a common
// remark in the document audit.
const checked: ReadinessRule = {
  id: "legal.checked",
  title: text(
    "法令等一覧を12か月以内に確認している",
    "The legal register was checked within 12 months",
  ),
  refs: ["J.1.3"],
  step: 6,
  severity: "finding",
  fixPath: "legal?checkOverdue=true",
  manual: false,
  evaluate(s, today) {
    if (s.legal.length === 0) return empty;
    const cutoff = reviewCutoff(today);
    // The same comparison as register.reviewed: before the cut-off (or never) is late.
    const late = s.legal.filter((e) => e.checkedOn === null || e.checkedOn < cutoff);
    if (late.length === 0) {
      return ok(
        text(
          `${s.legal.length}件すべてが${formatSeireki(cutoff)}以降に確認されています。`,
          `All ${s.legal.length} entries were checked on or after ${cutoff}.`,
        ),
      );
    }
    const never = late.filter((e) => e.checkedOn === null).length;
    // "確認記録なし": no check was ever recorded, as the legal page labels such an entry.
    const note =
      never === 0
        ? text("", "")
        : text(`（うち確認記録なし${never}件）`, ` (${never} with no check recorded)`);
    return gap(
      text(
        `${s.legal.length}件中${late.length}件が12か月以内に確認されていません${note.ja}。`,
        `${late.length} of ${s.legal.length} entries were not checked within 12 months${note.en}.`,
      ),
      late.slice(0, MAX_DETAILS).map((e) => legalRef(e, checkNote(e))),
    );
  },
};

export const LEGAL_RULES: readonly ReadinessRule[] = [exists, linked, checked];
