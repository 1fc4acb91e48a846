// Turns the raw old/new values of audit events into readable text: role and type codes into
// labels, department ids into names, dates into 2024年4月1日.
import type { TFunction } from "i18next";
import { isIsoDate } from "../../../../src/core/wareki.ts";
import type { Department } from "../../api/types.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";

/** Fields not worth showing: the event already names its entity. */
export const hiddenFields = new Set(["id", "orgId", "organizationId"]);

const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function enumKey(entity: string, field: string): string | null {
  if (field === "role") return entity === "appointment" ? "appointmentRoles" : "accessRoles";
  if (field === "employmentType") return "employmentTypes";
  if (field === "industry") return "industries";
  if (field === "status") return "audit.statuses";
  return null;
}

/** What ids in events can be named by: departments, people (from their appointments), users. */
export type AuditLookups = {
  departments: readonly Department[];
  people: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
};

export function auditValueText(
  t: TFunction,
  lookups: AuditLookups,
  entity: string,
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    const parts = value.map((v) =>
      v && typeof v === "object" && "address" in v ? String(v.address) : JSON.stringify(v),
    );
    return parts.length ? parts.join("、") : "—";
  }
  if (typeof value !== "string")
    return typeof value === "number" ? value.toLocaleString("ja-JP") : JSON.stringify(value);
  const group = enumKey(entity, field);
  if (group) return t(`${group}.${value}`, { defaultValue: value });
  if (field === "departmentId" || field === "parentId")
    return lookups.departments.find((d) => d.id === value)?.name ?? value;
  if (field === "personId") return lookups.people.get(value) ?? value;
  if (field === "userId" || field === "inviterId") return lookups.users.get(value) ?? value;
  if (isIsoDate(value)) return formatDate(value);
  if (timestamp.test(value)) return formatDateTime(value);
  return value;
}
