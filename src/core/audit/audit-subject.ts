// Which record an event is about, in words, where its id says it (a downloaded list, a
// readiness rule, a step of the plan, a catalogue item) or its changes name it.

import { activityKind, isActivityKind } from "../activities/kinds.ts";
import { getObligation } from "../obligations/catalogue.ts";
import { personalLinkPurpose } from "../personal-links/purposes.ts";
import { ACTIVITY_RULES } from "../readiness/rules/activities.ts";
import { getLawEntry } from "../registers/law-catalogue.ts";
import { stepText } from "./audit-codes.ts";
import { exportDocumentText } from "./audit-entities.ts";

type Change = { old: unknown; new: unknown };
export interface AuditSubjectEvent {
  entity: string;
  entityId: string;
  changes: Record<string, Change>;
}

/** The value a field had on either side of the change (the new one first), as text. */
function either(changes: Record<string, Change>, field: string): string | null {
  const c = changes[field];
  const v = c?.new ?? c?.old;
  return typeof v === "string" && v !== "" ? v : null;
}

/**
 * A line naming the record, or null when nothing names it. `names`: names the page has
 * loaded by record id (departments, legal entries), for events whose changes do not say it.
 */
export function auditSubject(
  e: AuditSubjectEvent,
  lang: "ja" | "en",
  names: ReadonlyMap<string, string> = new Map(),
): string | null {
  switch (e.entity) {
    case "export":
      return exportDocumentText(e.entityId, lang);
    case "readiness_check":
      return ACTIVITY_RULES.find((r) => r.id === e.entityId)?.title[lang] ?? e.entityId;
    case "roadmap_step":
      return /^\d+$/.test(e.entityId) ? stepText(Number(e.entityId), lang) : e.entityId;
    case "requirement_assessment":
      // "<catalogue>:<ref>" → the item's number, e.g. J.3.1.
      return e.entityId.slice(e.entityId.indexOf(":") + 1);
    case "activity_record": {
      const kind = either(e.changes, "kind");
      const day = either(e.changes, "performedOn");
      const label = kind && isActivityKind(kind) ? activityKind(kind).label[lang] : kind;
      return label && day ? `${label}（${day}）` : (label ?? null);
    }
    case "obligation_record": {
      const key = either(e.changes, "obligation");
      return key ? (getObligation(key)?.title[lang] ?? key) : null;
    }
    case "legal_requirement": {
      const lawId = either(e.changes, "lawId");
      const law = lawId ? (getLawEntry(lawId)?.name[lang] ?? lawId) : null;
      return either(e.changes, "name") ?? law ?? names.get(e.entityId) ?? null;
    }
    case "personal_link": {
      const name = either(e.changes, "personName");
      const key = either(e.changes, "purpose");
      const purpose = key ? (personalLinkPurpose(key)?.label[lang] ?? key) : null;
      return name && purpose ? `${name}（${purpose}）` : (name ?? purpose);
    }
    default:
      return names.get(e.entityId) ?? null;
  }
}
