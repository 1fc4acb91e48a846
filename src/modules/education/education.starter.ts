// The facts a starter course is written from (core/education/starter), as the organization's
// data stands today: its name, the PMS manager, audit lead and complaints desk appointed today,
// the policy in force and every document in force. Read one statement at a time (inside a
// transaction the statements share one connection).
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import type { StarterFacts } from "../../core/education/starter/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { appointment } from "../appointments/index.ts";
import { pmsDocument } from "../documents/index.ts";
import { orgProfile } from "../org/index.ts";
import { person } from "../people/index.ts";

const ROLES = ["pms_manager", "audit_lead", "complaints_desk"] as const;
const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
/** Several people in one role read as one Japanese list. */
const joined = (names: readonly string[]) => (names.length ? [...new Set(names)].join("、") : null);

export async function loadStarterFacts(
  db: Db | Tx,
  orgId: string,
  today = todayInJapan(),
): Promise<StarterFacts> {
  const [profile] = await db
    .select({ name: orgProfile.name, deskName: orgProfile.deskName })
    .from(orgProfile)
    .where(eq(orgProfile.orgId, orgId));
  const holders = await db
    .select({ role: appointment.role, name: person.name, email: person.email })
    .from(appointment)
    .innerJoin(
      person,
      and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
    )
    .where(
      and(
        eq(appointment.orgId, orgId),
        inArray(appointment.role, [...ROLES]),
        lte(appointment.fromDate, today),
        or(isNull(appointment.toDate), gte(appointment.toDate, today)) as SQL,
      ),
    )
    .orderBy(asc(appointment.fromDate), asc(appointment.id));
  const D = pmsDocument;
  // In force: a version published (currentVersionId) and the document not archived.
  const documents = await db
    .select({ number: D.number, title: D.title, kind: D.kind, audience: D.audience })
    .from(D)
    .where(and(eq(D.orgId, orgId), isNotNull(D.currentVersionId), isNull(D.archivedAt)))
    .orderBy(asc(D.number), asc(D.id));

  const of = (role: (typeof ROLES)[number]) => holders.filter((h) => h.role === role);
  const managers = of("pms_manager");
  const policies = documents.filter((d) => d.kind === "policy");
  // The policy staff are bound by: the internal one when both are in force.
  const policy = policies.find((d) => d.audience === "internal") ?? policies[0];
  return {
    orgName: blank(profile?.name),
    pmsManagerName: joined(managers.map((h) => h.name)),
    complaintsDeskName:
      joined(of("complaints_desk").map((h) => h.name)) ?? blank(profile?.deskName),
    auditLeadName: joined(of("audit_lead").map((h) => h.name)),
    incidentContact: joined(managers.flatMap((h) => (blank(h.email) ? [h.email as string] : []))),
    policyTitle: policy?.title ?? null,
    documentsInForce: documents.map((d) => ({ number: d.number, title: d.title })),
  };
}
