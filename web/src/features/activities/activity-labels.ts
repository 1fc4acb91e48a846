// Labels of the 実施記録 page: the kinds as options, the approval states and their colours.
import { ACTIVITY_KIND_DEFS } from "@src/core/activities/kinds.ts";
import type { ApprovalState } from "@src/modules/activities/activities.contract.ts";
import { bi } from "../readiness/readiness-labels.ts";

/** Every kind, in the order of the construction steps and the yearly duties. */
export const kindOptions = () =>
  ACTIVITY_KIND_DEFS.map((d) => ({ value: d.key, label: bi(d.label) }));

export const APPROVAL_COLORS: Readonly<Record<ApprovalState, string>> = {
  pending: "orange",
  approved: "teal",
  not_needed: "gray",
};

/** The i18n key of an approval state (承認待ち / 承認済み / 承認不要). */
export const approvalKey = (state: ApprovalState) => `activities.approval.${state}`;
