// The line under a register-wide review that says where its figures come from: the oldest
// review among the rows (lastDone), the latest review of any row when it differs (what people
// remember as "last done"), an earlier planned review day when that sets the due day, and how
// many rows are late or close — e.g.
// 「最も古い見直し: 2025年3月1日／最新の見直し: 2026年11月2日（全40件中、期限切れ12件）」.
import type { TFunction } from "i18next";
import { formatDate } from "../../lib/format.ts";
import type { Obligation } from "./useObligations.ts";

/** null for the obligations recorded on the page (they have no rows). */
export function basisLine(o: Obligation, t: TFunction): string | null {
  const r = o.rows;
  if (!r) return null;
  const own = (what: string) => `obligations.basis.${o.key}.${what}`;
  if (r.total === 0) return t(own("empty"));

  const lead: string[] = [];
  if (o.dueFrom === "planned" && r.firstPlanned) {
    lead.push(t("obligations.basis.planned", { date: formatDate(r.firstPlanned) }));
  }
  if (r.undated > 0) lead.push(t(own("undated"), { count: r.undated }));
  if (r.oldest) lead.push(t(own("oldest"), { date: formatDate(r.oldest) }));
  if (r.latest && r.latest !== r.oldest) {
    // A duty's own wording first (education: 最新の修了), else the reviews' (最新の見直し).
    lead.push(t([own("latest"), "obligations.basis.latest"], { date: formatDate(r.latest) }));
  }

  const late: string[] = [];
  if (r.overdue > 0) late.push(t("obligations.basis.overdue", { count: r.overdue }));
  if (r.dueSoon > 0) late.push(t("obligations.basis.dueSoon", { count: r.dueSoon }));
  const counts =
    late.length > 0
      ? t("obligations.basis.counts", {
          total: r.total,
          parts: late.join(t("obligations.basis.sep")),
        })
      : t("obligations.basis.allInTime", { total: r.total });
  return t("obligations.basis.line", { lead: lead.join(t("obligations.basis.and")), counts });
}
