// Response shapes of the API, taken from the server's zod contracts so both sides agree.

import type { appointmentOut } from "@src/modules/appointments/appointments.contract.ts";
import type { auditEventOut } from "@src/modules/audit/audit.contract.ts";
import type {
  invitationOut,
  invitationPreview,
  memberOut,
} from "@src/modules/members/members.contract.ts";
import type { departmentOut, orgSummary, profileOut } from "@src/modules/org/org.contract.ts";
import type { importRowError, personOut } from "@src/modules/people/people.contract.ts";
import type { z } from "zod";

export type OrgSummary = z.infer<typeof orgSummary>;
export type Profile = z.infer<typeof profileOut>;
export type Department = z.infer<typeof departmentOut>;
export type Person = z.infer<typeof personOut>;
export type Appointment = z.infer<typeof appointmentOut>;
export type AuditEvent = z.infer<typeof auditEventOut>;
export type Member = z.infer<typeof memberOut>;
export type Invitation = z.infer<typeof invitationOut>;
export type InvitationPreview = z.infer<typeof invitationPreview>;
export type ImportRowError = z.infer<typeof importRowError>;

export type ItemList<T> = { items: T[]; total: number };
export type PagedList<T> = { items: T[]; total: number; nextCursor: string | number | null };
/** Rows per page of every paged list in the app. */
export const PAGE_SIZE = 50;

export type SessionUser = { id: string; name: string; email: string };
export type Session = { user: SessionUser; session: { id: string; expiresAt: string } } | null;
