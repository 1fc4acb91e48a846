// Evidence links of assessments: the records they name must belong to the organization when
// linked, and are shown with their current name (or as missing once deleted). One query per
// record kind, whatever the number of links.
import { and, eq, inArray } from "drizzle-orm";
import { APPOINTMENT_ROLE_LABELS } from "../../core/appointments/appointment-rules.ts";
import { legalEntryName } from "../../core/registers/law-catalogue.ts";
import {
  type EvidenceKind,
  isRecordKind,
  RECORD_EVIDENCE_KINDS,
  type RecordEvidenceKind,
} from "../../core/requirements/assessment.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError, type FieldError } from "../../server/app-error.ts";
import { appointment } from "../appointments/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { legalRequirement } from "../legal/index.ts";
import { person } from "../people/index.ts";
import { inventoryRisk } from "../risks/index.ts";
import type { EvidenceLink } from "./requirements.tables.ts";

type Named = { id: string; name: string };
const key = (kind: string, id: string) => `${kind}:${id}`;

async function namesOf(
  db: Db | Tx,
  orgId: string,
  kind: RecordEvidenceKind,
  ids: string[],
  lang: Lang,
): Promise<Named[]> {
  switch (kind) {
    case "inventory_item":
      return db
        .select({ id: inventoryItem.id, name: inventoryItem.name })
        .from(inventoryItem)
        .where(and(eq(inventoryItem.orgId, orgId), inArray(inventoryItem.id, ids)));
    case "risk":
      return db
        .select({ id: inventoryRisk.id, name: inventoryRisk.description })
        .from(inventoryRisk)
        .where(and(eq(inventoryRisk.orgId, orgId), inArray(inventoryRisk.id, ids)));
    case "legal_requirement": {
      const rows = await db
        .select({
          id: legalRequirement.id,
          name: legalRequirement.name,
          lawId: legalRequirement.lawId,
        })
        .from(legalRequirement)
        .where(and(eq(legalRequirement.orgId, orgId), inArray(legalRequirement.id, ids)));
      return rows.map((r) => ({
        id: r.id,
        name: legalEntryName(r, lang),
      }));
    }
    case "appointment": {
      const rows = await db
        .select({ id: appointment.id, role: appointment.role, person: person.name })
        .from(appointment)
        .innerJoin(
          person,
          and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
        )
        .where(and(eq(appointment.orgId, orgId), inArray(appointment.id, ids)));
      return rows.map((r) => {
        const role =
          APPOINTMENT_ROLE_LABELS[r.role as keyof typeof APPOINTMENT_ROLE_LABELS]?.[lang] ?? r.role;
        return {
          id: r.id,
          name: lang === "ja" ? `${r.person}（${role}）` : `${r.person} (${role})`,
        };
      });
    }
  }
}

/** Current names of the linked records that exist in the organization, by "kind:id". */
export async function loadEvidenceNames(
  db: Db | Tx,
  orgId: string,
  links: readonly EvidenceLink[],
  lang: Lang,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // One kind after another: inside a transaction the statements share one connection, and
  // node-postgres refuses overlapping queries on a client (pg@9).
  for (const kind of RECORD_EVIDENCE_KINDS) {
    const ids = [...new Set(links.filter((l) => l.kind === kind).map((l) => l.id))];
    if (!ids.length) continue;
    for (const row of await namesOf(db, orgId, kind, ids, lang))
      out.set(key(kind, row.id), row.name);
  }
  return out;
}

/** Refuses (400, every bad link named) records that are not the organization's. */
export async function checkEvidence(tx: Tx, orgId: string, links: readonly EvidenceLink[]) {
  const names = await loadEvidenceNames(tx, orgId, links, "ja");
  const fields: Record<string, FieldError> = {};
  links.forEach((l, i) => {
    if (isRecordKind(l.kind) && !names.has(key(l.kind, l.id)))
      fields[`evidence.${i}.id`] = { key: "not_in_organization" };
  });
  if (Object.keys(fields).length) throw new AppError("validation", "VALIDATION_FAILED", fields);
}

/** A stored link as the API shows it. */
export function presentEvidence(link: EvidenceLink, names: Map<string, string>) {
  const record = isRecordKind(link.kind);
  const name = record ? (names.get(key(link.kind, link.id)) ?? null) : null;
  return {
    kind: link.kind as EvidenceKind,
    id: link.id,
    label: link.label ?? null,
    name,
    missing: record && name === null,
  };
}
