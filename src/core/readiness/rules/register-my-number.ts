// 特定個人情報 (My Number data, docs/domain.md#the-register): the 番号法 allows its use only
// for the purposes the act lists and its provision only in the cases the act allows. The
// register cannot record whether a provision is one of those, so the rule asks for what it
// can see: a stated purpose, a safeguard (保管方法 and アクセス権を有する者), and no 第三者提供
// or 共同利用 left without a look at its basis.
import type { Bilingual } from "../../i18n-text.ts";
import { activeItems, collect, gap, na, ok, type ReadinessRule, text } from "../rule.ts";
import type { SnapshotItem } from "../snapshot.ts";

/** What an item holding 特定個人情報 lacks, or records that needs a look. */
export type MyNumberIssue = "purpose" | "safeguards" | "provision";
const ISSUES: readonly MyNumberIssue[] = ["purpose", "safeguards", "provision"];

const ISSUE_TEXT: Record<MyNumberIssue, Bilingual> = {
  purpose: text("利用目的なし", "no purpose of use"),
  safeguards: text(
    "保管方法・アクセス権を有する者の空欄",
    "storage method or access holders blank",
  ),
  provision: text("第三者提供・共同利用あり", "provided to third parties or used jointly"),
};

const PROVISION_WARNING = text(
  "マイナンバー法で認められた場合以外の提供はできません — 提供の根拠を確認してください。",
  "My Number data may be provided only where the My Number Act allows it — check the basis of each provision.",
);

/**
 * The issues of one item, in a fixed order; empty when in order. The register list's
 * `lacking=myNumber` filter (inventory.readiness-sql.ts) is the same test in SQL.
 */
export function myNumberIssues(i: SnapshotItem): MyNumberIssue[] {
  const has: Record<MyNumberIssue, boolean> = {
    purpose: i.filled.purpose !== true,
    safeguards: i.filled.storageMethod !== true || i.filled.accessHolders !== true,
    provision: i.thirdPartyProvision === true || i.jointUse === true,
  };
  return ISSUES.filter((k) => has[k]);
}

const issueNote = (issues: readonly MyNumberIssue[]): Bilingual =>
  text(
    issues.map((k) => ISSUE_TEXT[k].ja).join("、"),
    issues.map((k) => ISSUE_TEXT[k].en).join(", "),
  );

// finding, not blocker: examiners read the My Number items closely (use and provision are
// limited by the 番号法), but a gap here does not stop the application by itself.
export const myNumberHandling: ReadinessRule = {
  id: "register.my_number",
  title: text(
    "特定個人情報の項目に利用目的と保管・アクセスの制限が書かれ、提供がない",
    "My Number items state their purpose and safeguards and are not provided",
  ),
  refs: ["J.8.1", "J.8.8", "J.9.2"], // 利用目的の特定, 提供に関する措置, 安全管理措置
  step: 5,
  severity: "finding",
  fixPath: "inventory?status=active&myNumber=true&lacking=myNumber",
  manual: false,
  evaluate(s) {
    const concerned = activeItems(s).filter((i) => i.myNumber === true);
    const n = concerned.length;
    if (n === 0)
      return na(text("特定個人情報を含む項目はありません。", "No items with My Number data."));
    const lacking = collect(
      concerned,
      (i) => myNumberIssues(i).length > 0,
      (i) => issueNote(myNumberIssues(i)),
    );
    if (lacking.count === 0) {
      return ok(
        text(
          `特定個人情報を含む項目${n}件すべてに利用目的と保管方法・アクセス権を有する者が書かれ、第三者提供・共同利用はありません。`,
          `All ${n} items with My Number data state their purpose, storage method and access holders, and none is provided to third parties or used jointly.`,
        ),
      );
    }
    const counts = ISSUES.flatMap((k) => {
      const c = concerned.filter((i) => myNumberIssues(i).includes(k)).length;
      return c === 0 ? [] : [{ k, c }];
    });
    const provided = counts.some((x) => x.k === "provision");
    return gap(
      text(
        `特定個人情報を含む項目${n}件中${lacking.count}件に確認が必要です（${counts.map((x) => `${ISSUE_TEXT[x.k].ja}${x.c}件`).join("、")}）。${provided ? PROVISION_WARNING.ja : ""}`,
        `${lacking.count} of ${n} items with My Number data need a look (${counts.map((x) => `${ISSUE_TEXT[x.k].en}: ${x.c}`).join(", ")}).${provided ? ` ${PROVISION_WARNING.en}` : ""}`,
      ),
      lacking.refs,
    );
  },
};
