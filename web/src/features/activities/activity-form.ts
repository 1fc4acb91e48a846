// The 実施記録 form's values and how they become the request body (and back), kept apart from
// the dialog so they can be tested without a browser.
import {
  ACTIVITY_KIND_DEFS,
  type ActivityKind,
  isActivityKind,
} from "@src/core/activities/kinds.ts";
import type { EvidenceCapability } from "@src/modules/activities/activities.contract.ts";
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
  /** The records given as evidence, one field per kind of record (a picker each). */
  itemIds: string[];
  lawIds: string[];
  personIds: string[];
  riskIds: string[];
};

/** The evidence fields of the form and the kind of record each holds, in the form's order. */
export const EVIDENCE_FIELDS = [
  ["itemIds", "inventory_item"],
  ["lawIds", "legal_requirement"],
  ["personIds", "person"],
  ["riskIds", "inventory_risk"],
] as const satisfies readonly (readonly [keyof Values, EvidenceCapability])[];
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number][0];

const noEvidence = { itemIds: [], lawIds: [], personIds: [], riskIds: [] };

export const emptyValues = (kind: string | null, today: string): Values => ({
  kind: kind && isActivityKind(kind) ? kind : null,
  performedOn: today,
  performer: "person",
  performedByPersonId: null,
  performedByName: "",
  approverUserId: null,
  notes: "",
  ...noEvidence,
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
    ...evidenceValues(a.evidence),
  };
}

/** A record's evidence links sorted into the form's fields. */
function evidenceValues(evidence: Activity["evidence"]): Pick<Values, EvidenceField> {
  const out: Pick<Values, EvidenceField> = { itemIds: [], lawIds: [], personIds: [], riskIds: [] };
  for (const [field, capability] of EVIDENCE_FIELDS)
    out[field] = evidence.filter((e) => e.capability === capability).map((e) => e.id);
  return out;
}

/**
 * The body sent: one of person or name (the other null), the chosen records as evidence links,
 * and any link of a kind the form does not offer kept as it was.
 */
export function toPayload(v: Values, editing: Activity | null) {
  const offered = new Set<string>(EVIDENCE_FIELDS.map(([, capability]) => capability));
  const kept = (editing?.evidence ?? [])
    .filter((e) => !offered.has(e.capability))
    .map(({ capability, id }) => ({ capability, id }));
  const chosen = EVIDENCE_FIELDS.flatMap(([field, capability]) =>
    v[field].map((id) => ({ capability, id })),
  );
  return {
    kind: v.kind ?? undefined,
    performedOn: v.performedOn ?? "",
    performedByPersonId: v.performer === "person" ? v.performedByPersonId : null,
    performedByName: v.performer === "outsider" ? v.performedByName.trim() || null : null,
    approverUserId: v.approverUserId,
    notes: v.notes,
    evidence: [...chosen, ...kept],
  };
}

/** Whether the kind is top management's act, needing an approver. */
export const needsApprover = (kind: string | null): boolean =>
  Boolean(
    kind && isActivityKind(kind) && ACTIVITY_KIND_DEFS.find((d) => d.key === kind)?.needsApproval,
  );

export type { ActivityKind };
