// The 実施記録 form's values and how they become the request body (and back), kept apart from
// the dialog so they can be tested without a browser.
import {
  ACTIVITY_KIND_DEFS,
  type ActivityKind,
  isActivityKind,
} from "@src/core/activities/kinds.ts";
import type { Activity } from "./useActivities.ts";

/** Who did it: a person of the register, or an outsider by name. */
export type Performer = "person" | "outsider";

export type Values = {
  kind: string | null;
  performedOn: string | null;
  performer: Performer;
  performedByPersonId: string | null;
  performedByName: string;
  approverUserId: string | null;
  notes: string;
  /** Register items given as evidence. */
  itemIds: string[];
};

export const emptyValues = (kind: string | null, today: string): Values => ({
  kind: kind && isActivityKind(kind) ? kind : null,
  performedOn: today,
  performer: "person",
  performedByPersonId: null,
  performedByName: "",
  approverUserId: null,
  notes: "",
  itemIds: [],
});

export function toValues(a: Activity): Values {
  const outsider = !a.performedByPersonId;
  return {
    kind: a.kind,
    performedOn: a.performedOn,
    performer: outsider ? "outsider" : "person",
    performedByPersonId: a.performedByPersonId,
    performedByName: outsider ? (a.performedByName ?? "") : "",
    approverUserId: a.approverUserId,
    notes: a.notes ?? "",
    itemIds: a.evidence.filter((e) => e.capability === "inventory_item").map((e) => e.id),
  };
}

/**
 * The body sent: one of person or name (the other null), the register items as evidence
 * links, and the record's other evidence (people, legal entries) kept as it was.
 */
export function toPayload(v: Values, editing: Activity | null) {
  const kept = (editing?.evidence ?? [])
    .filter((e) => e.capability !== "inventory_item")
    .map(({ capability, id }) => ({ capability, id }));
  return {
    kind: v.kind ?? undefined,
    performedOn: v.performedOn ?? "",
    performedByPersonId: v.performer === "person" ? v.performedByPersonId : null,
    performedByName: v.performer === "outsider" ? v.performedByName.trim() || null : null,
    approverUserId: v.approverUserId,
    notes: v.notes,
    evidence: [...v.itemIds.map((id) => ({ capability: "inventory_item", id })), ...kept],
  };
}

/** Whether the kind is top management's act, needing an approver. */
export const needsApprover = (kind: string | null): boolean =>
  Boolean(
    kind && isActivityKind(kind) && ACTIVITY_KIND_DEFS.find((d) => d.key === kind)?.needsApproval,
  );

export type { ActivityKind };
