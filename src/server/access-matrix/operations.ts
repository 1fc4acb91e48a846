// Running the system: the audit trail, background jobs and backups, reminder settings.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import type { Route } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/audit-events",
    action: "audit.read",
    allowed: ["owner", "admin", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/audit/anchor",
    action: "audit.read",
    allowed: ["owner", "admin", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/jobs",
    action: "jobs.read",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/jobs/backup-status",
    action: "jobs.read",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/reminder-settings",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PUT",
    path: "/reminder-settings",
    action: "obligations.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: () => ({ enabled: true, daysBefore: 7, onDueDay: true, weeklyWhenOverdue: false }),
  },
];
