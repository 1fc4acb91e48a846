// The values filled into a document's fields (差し込み項目, core/documents/fields.ts) from the
// organization's data as it is today: the profile (with its complaints desk), the departments,
// the PMS appointments in force, and the version's own number, 版 and dates. A draft shows these
// live (a new representative appears in every draft at once); approval freezes them into the
// version. A field without data is null, and renderers show fieldPlaceholder, never a blank.
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { DocumentFieldKey } from "../../core/documents/fields.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { formatSeireki } from "../../core/wareki.ts";
import type { Db, Tx } from "../../db/client.ts";
import { appointment } from "../appointments/index.ts";
import { department, orgProfile } from "../org/index.ts";
import { person } from "../people/index.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

/** The version whose doc.* fields are filled (number, 第N版, 施行日). */
export interface FieldVersion {
  documentId: string;
  versionNo: number;
  effectiveOn: string | null;
}

/** Appointment roles (appointments capability) behind the pms.* fields. */
const ROLE_FIELDS = {
  pms_manager: "pms.manager",
  audit_lead: "pms.auditLead",
  complaints_desk: "pms.complaintsDesk",
} as const satisfies Record<string, DocumentFieldKey>;

/** Several names (departments, two desk staff) read as one Japanese list. */
const joined = (names: readonly string[]) => (names.length ? names.join("、") : null);
const blank = (s: string | null | undefined) => (s?.trim() ? s : null);

/** 第3版. */
export const editionText = (versionNo: number) => `第${versionNo}版`;

async function profileValues(db: Db | Tx, orgId: string) {
  const [profile] = await db
    .select({
      name: orgProfile.name,
      representative: orgProfile.representative,
      headOffice: orgProfile.headOffice,
      corporateNumber: orgProfile.corporateNumber,
      deskName: orgProfile.deskName,
      deskAddress: orgProfile.deskAddress,
      deskPhone: orgProfile.deskPhone,
      deskEmail: orgProfile.deskEmail,
      deskHours: orgProfile.deskHours,
    })
    .from(orgProfile)
    .where(eq(orgProfile.orgId, orgId));
  const departments = await db
    .select({ name: department.name })
    .from(department)
    .where(eq(department.orgId, orgId))
    .orderBy(asc(department.sortOrder), asc(department.name), asc(department.id));
  return {
    "org.name": blank(profile?.name),
    "org.representative": blank(profile?.representative),
    "org.headOffice": blank(profile?.headOffice),
    "org.corporateNumber": blank(profile?.corporateNumber),
    "org.departments": joined(departments.map((d) => d.name)),
    // The 苦情・相談窓口 the profile names (also shown on the public page).
    "desk.name": blank(profile?.deskName),
    "desk.address": blank(profile?.deskAddress),
    "desk.phone": blank(profile?.deskPhone),
    "desk.email": blank(profile?.deskEmail),
    "desk.hours": blank(profile?.deskHours),
  };
}

/** The people holding each PMS role today (a person appointed twice is named once). */
async function appointmentValues(db: Db | Tx, orgId: string, today: string) {
  const rows = await db
    .select({ role: appointment.role, name: person.name })
    .from(appointment)
    .innerJoin(
      person,
      and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
    )
    .where(
      and(
        eq(appointment.orgId, orgId),
        inArray(appointment.role, Object.keys(ROLE_FIELDS)),
        lte(appointment.fromDate, today),
        or(isNull(appointment.toDate), gte(appointment.toDate, today)) as SQL,
      ),
    )
    .orderBy(asc(appointment.fromDate), asc(appointment.id));
  return Object.fromEntries(
    Object.entries(ROLE_FIELDS).map(([role, key]) => [
      key,
      joined([...new Set(rows.filter((r) => r.role === role).map((r) => r.name))]),
    ]),
  );
}

/**
 * doc.*: the document's number, the version's 版 and 施行日, and 制定日 — the day the document
 * first took effect: version 1's 施行日 once it has been published (or is being filled now).
 */
async function versionValues(db: Db | Tx, orgId: string, v: FieldVersion) {
  const [row] = await db
    .select({ number: pmsDocument.number, firstOn: pmsDocumentVersion.effectiveOn })
    .from(pmsDocument)
    .leftJoin(
      pmsDocumentVersion,
      and(
        eq(pmsDocumentVersion.orgId, pmsDocument.orgId),
        eq(pmsDocumentVersion.documentId, pmsDocument.id),
        eq(pmsDocumentVersion.versionNo, 1),
        inArray(pmsDocumentVersion.status, ["published", "superseded"]),
      ),
    )
    .where(and(eq(pmsDocument.orgId, orgId), eq(pmsDocument.id, v.documentId)));
  const establishedOn = row?.firstOn ?? (v.versionNo === 1 ? v.effectiveOn : null);
  return {
    "doc.number": row?.number ?? null,
    "doc.version": editionText(v.versionNo),
    "doc.establishedOn": establishedOn ? formatSeireki(establishedOn) : null,
    "doc.effectiveOn": v.effectiveOn ? formatSeireki(v.effectiveOn) : null,
  };
}

/**
 * Every field's value (every key of DOCUMENT_FIELDS); null when the organization has no data
 * for it yet. Typed by string so callers can add or override keys (the version's own data).
 */
export async function loadFieldValues(
  db: Db | Tx,
  orgId: string,
  version?: FieldVersion,
  today = todayInJapan(),
): Promise<Record<string, string | null>> {
  // One after another: inside a transaction the statements share one connection, which
  // takes one query at a time.
  const profile = await profileValues(db, orgId);
  const roles = await appointmentValues(db, orgId, today);
  const own = version ? await versionValues(db, orgId, version) : null;
  const values: Record<DocumentFieldKey, string | null> = {
    ...profile,
    ...(roles as Record<(typeof ROLE_FIELDS)[keyof typeof ROLE_FIELDS], string | null>),
    "doc.number": own?.["doc.number"] ?? null,
    "doc.version": own?.["doc.version"] ?? null,
    "doc.establishedOn": own?.["doc.establishedOn"] ?? null,
    "doc.effectiveOn": own?.["doc.effectiveOn"] ?? null,
  };
  return values;
}

/**
 * The field values for the editor: today's data, and with a version id, that version's own
 * (number, 版, dates). Null when the version is not one of the organization's.
 */
export async function readFieldValues(
  db: Db,
  orgId: string,
  versionId?: string,
): Promise<Record<string, string | null> | null> {
  if (!versionId) return loadFieldValues(db, orgId);
  const [v] = await db
    .select({
      documentId: pmsDocumentVersion.documentId,
      versionNo: pmsDocumentVersion.versionNo,
      effectiveOn: pmsDocumentVersion.effectiveOn,
    })
    .from(pmsDocumentVersion)
    .where(and(eq(pmsDocumentVersion.orgId, orgId), eq(pmsDocumentVersion.id, versionId)));
  return v ? loadFieldValues(db, orgId, v) : null;
}
