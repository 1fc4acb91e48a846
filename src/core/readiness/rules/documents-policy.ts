// The internal 個人情報保護方針 in the document register (文書管理): approved by top management
// and in force (construction step 1), and confirmed by every current staff member (step 4).
// The ids are those of the earlier activity-record rules, so assessments and links keep working.

import { activityRecordPath } from "../../activities/index.ts";
import type { Bilingual } from "../../i18n-text.ts";
import { formatSeireki } from "../../wareki.ts";
import { gap, ok, type ReadinessRule, type RecordRef, text } from "../rule.ts";
import type { ReadinessSnapshot, SnapshotDocument, SnapshotDocumentVersion } from "../snapshot.ts";

const INTERNAL_POLICY_TEMPLATE = "policy.internal";

/**
 * The internal 個人情報保護方針: the document made from its template, else any internal policy
 * (lowest number first, so the choice is stable). The loader reads its confirmations with the
 * same choice.
 */
export function internalPolicy(docs: readonly SnapshotDocument[]): SnapshotDocument | null {
  const byNumber = [...docs].sort((a, b) => a.number.localeCompare(b.number, "ja"));
  return (
    byNumber.find((d) => d.templateKey === INTERNAL_POLICY_TEMPLATE) ??
    byNumber.find((d) => d.kind === "policy" && d.audience === "internal") ??
    null
  );
}

export const documentsOf = (s: ReadinessSnapshot) => s.documents ?? [];
export const day = (iso: string): Bilingual => text(formatSeireki(iso), iso);
export const enc = encodeURIComponent;

/** 「title」（number）: how the reasons name a document. */
const named = (d: SnapshotDocument): Bilingual =>
  text(`「${d.title}」（${d.number}）`, `"${d.title}" (${d.number})`);

/** The document's page, at one version when given. */
export const documentRef = (
  d: SnapshotDocument,
  v?: SnapshotDocumentVersion | null,
  note?: Bilingual,
): RecordRef => ({
  id: d.id,
  name: v ? `${d.number} ${d.title} 第${v.versionNo}版` : `${d.number} ${d.title}`,
  path: v ? `documents?doc=${enc(d.id)}&version=${enc(v.id)}` : `documents?doc=${enc(d.id)}`,
  ...(note === undefined ? {} : { note }),
});

// blocker: the policy heads the PMS documents attached to a new application, and it must be
// top management's own, approved and in force (docs/domain.md#applying).
export const policyRule: ReadinessRule = {
  id: "manual.policy",
  step: 1,
  refs: ["J.2.2"],
  severity: "blocker",
  title: text(
    "個人情報保護方針を定め、代表者が承認した",
    "The protection policy is written and approved by top management",
  ),
  fixPath: "documents?kind=policy&audience=internal",
  manual: false,
  evaluate(s) {
    const d = internalPolicy(documentsOf(s));
    if (d === null) {
      // An approval recorded by hand before the register existed no longer proves the policy:
      // the examiner reads the policy itself.
      const record = s.activities
        .filter((a) => a.kind === "policy_approval")
        .sort((a, b) => b.performedOn.localeCompare(a.performedOn))[0];
      if (record)
        return gap(
          text(
            "実施記録はありますが、方針の文書が文書管理にありません。テンプレートから社内向けの方針を作成し、代表者の承認を受けて施行してください。",
            "There is an activity record, but the policy itself is not in the document register. Write the internal policy from its template, have top management approve it and put it in force.",
          ),
          [
            {
              id: record.id,
              name: `個人情報保護方針の承認 ${formatSeireki(record.performedOn)}`,
              path: activityRecordPath(record.id),
            },
          ],
        );
      return gap(
        text(
          "社内向けの個人情報保護方針が文書管理にありません。テンプレートから作成できます。",
          "The internal protection policy is not in the document register yet; it can be written from its template.",
        ),
      );
    }
    const name = named(d);
    if (d.approverRole !== "top_management")
      return gap(
        text(
          `方針の承認者が代表者になっていません。${name.ja}の承認者を代表者（トップマネジメント）にしてください。`,
          `The policy's approver is not top management. Make top management the approver of ${name.en}.`,
        ),
        [documentRef(d)],
      );
    const cur = d.current;
    if (cur) {
      if (cur.approvedOn === null)
        return gap(
          text(
            `${name.ja}第${cur.versionNo}版は施行中ですが、承認の記録がありません。`,
            `Version ${cur.versionNo} of ${name.en} is in force, but no approval is recorded.`,
          ),
          [documentRef(d, cur)],
        );
      const on = day(cur.approvedOn);
      const who = cur.approverName ?? "";
      // The policy is top management's own commitment: an approval by anyone else, even a
      // member allowed to approve, does not make it theirs.
      if (cur.approvedByTopManagement === false)
        return gap(
          text(
            `${name.ja}第${cur.versionNo}版を${on.ja}に承認した${who || "承認者"}は、その日に代表者（トップマネジメント）として任命されていません。体制で代表者を任命し、代表者本人の承認で新しい版を施行してください。`,
            `Version ${cur.versionNo} of ${name.en} was approved on ${on.en} by ${who || "someone"} who was not appointed as top management that day. Appoint top management and have them approve a new version.`,
          ),
          [documentRef(d, cur)],
        );
      return {
        ...ok(
          text(
            `${name.ja}第${cur.versionNo}版は、${on.ja}に${who || "代表者"}が承認し、施行されています。`,
            `Version ${cur.versionNo} of ${name.en} was approved by ${who || "top management"} on ${on.en} and is in force.`,
          ),
        ),
        details: [documentRef(d, cur)],
      };
    }
    const open = d.open;
    if (open?.status === "in_review")
      return gap(
        text(
          `${name.ja}第${open.versionNo}版は${open.approverName ? `${open.approverName}の` : ""}承認待ちです。`,
          `Version ${open.versionNo} of ${name.en} awaits ${open.approverName ? `${open.approverName}'s` : "its"} approval.`,
        ),
        [documentRef(d, open)],
      );
    if (open?.status === "approved") {
      // Approval sets the day and the name together; either may be missing on older rows.
      const on = open.approvedOn ? day(open.approvedOn) : null;
      const by = open.approverName;
      const ja = [on?.ja, by].filter(Boolean).join("、");
      const en = [by ? `by ${by}` : "", on ? `on ${on.en}` : ""].filter(Boolean).join(" ");
      return gap(
        text(
          `${name.ja}第${open.versionNo}版は承認済み${ja ? `（${ja}）` : ""}ですが、まだ施行（公開）されていません。`,
          `Version ${open.versionNo} of ${name.en} is approved${en ? ` ${en}` : ""} but not yet published.`,
        ),
        [documentRef(d, open)],
      );
    }
    return gap(
      text(
        `${name.ja}は作成中で、まだ代表者に承認を依頼していません。`,
        `${name.en} is still a draft; top management has not been asked to approve it.`,
      ),
      [documentRef(d, open)],
    );
  },
};

// finding: on-site interviews ask staff about the policy, and the examiner asks for the record
// that every employee was told of the version in force.
export const policyKnownRule: ReadinessRule = {
  id: "manual.policy_known",
  step: 4,
  refs: ["J.2.2", "J.4.3"],
  severity: "finding",
  title: text("方針を全従業者に周知した", "The policy has been made known to all staff"),
  fixPath: "document-acknowledgements",
  manual: false,
  evaluate(s) {
    const d = internalPolicy(documentsOf(s));
    const cur = d?.current;
    if (!d || !cur)
      return gap(
        text(
          "方針が施行されていないため、周知を確認できません。",
          "The policy is not in force, so its communication cannot be checked.",
        ),
      );
    const ack = s.policyAcknowledgement;
    // Not loaded for this version (never sent): nobody has confirmed it yet.
    const targets = ack?.versionId === cur.id ? ack.targets : s.activeStaffCount;
    const confirmed = ack?.versionId === cur.id ? ack.confirmed : 0;
    const pending = targets - confirmed;
    const page: RecordRef = {
      id: cur.id,
      name: `${d.number} ${d.title} 第${cur.versionNo}版`,
      note: text(`確認済み ${confirmed}名／${targets}名`, `${confirmed} of ${targets} confirmed`),
      path: `document-acknowledgements?doc=${enc(d.id)}&version=${enc(cur.id)}&kind=read`,
    };
    if (targets === 0)
      return gap(
        text(
          "従業者名簿に在籍中の人がいないため、周知を確認できません。",
          "No one in the people register is in office, so communication cannot be checked.",
        ),
      );
    if (pending > 0)
      return gap(
        text(
          `現在の従業者${targets}名のうち${pending}名が、方針（第${cur.versionNo}版）をまだ確認していません。`,
          `${pending} of the ${targets} current staff have not yet confirmed the policy (version ${cur.versionNo}).`,
        ),
        [page],
      );
    return {
      ...ok(
        text(
          `現在の従業者${targets}名全員が、方針（第${cur.versionNo}版）を確認しています。`,
          `All ${targets} current staff have confirmed the policy (version ${cur.versionNo}).`,
        ),
      ),
      details: [page],
    };
  },
};
