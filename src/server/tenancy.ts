// Authentication and tenant guard for every /api/v1 route: who is calling, are they a member
// of :orgId, and does their access role allow the action (decided in core/access/permissions).
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type AccessRole, type Action, can } from "../core/access/permissions.ts";
import type { Database } from "../db/client.ts";
import { member } from "../modules/auth/auth.tables.ts";
import { AppError } from "./app-error.ts";
import type { Auth } from "./auth.ts";
import type { OrgContext } from "./org-context.ts";

export type SessionUser = { id: string; name: string; email: string };

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
    org: OrgContext | null;
    refreshedCookies: string[] | null;
  }
}

function toHeaders(req: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  return headers;
}

export function makeGuards(database: Database, auth: Auth) {
  async function currentUser(req: FastifyRequest): Promise<SessionUser> {
    if (req.user) return req.user;
    const { headers, response: session } = await auth.api.getSession({
      headers: toHeaders(req),
      returnHeaders: true,
    });
    // getSession may renew the session cookie (when it extends the session's expiry) or clear
    // it (an ended session); pass that on to the client.
    const refreshed = headers.getSetCookie();
    if (refreshed.length) req.refreshedCookies = refreshed;
    if (!session) throw new AppError("unauthenticated", "UNAUTHENTICATED");
    req.user = { id: session.user.id, name: session.user.name, email: session.user.email };
    return req.user;
  }

  /** The caller's access role in an organization, or null when they are not a member. */
  async function roleIn(orgId: string, userId: string): Promise<AccessRole | null> {
    const [row] = await database.db
      .select({ role: member.role })
      .from(member)
      .where(and(eq(member.organizationId, orgId), eq(member.userId, userId)));
    return (row?.role as AccessRole | undefined) ?? null;
  }

  /**
   * Builds the tenant context for `action`. Not a member → 404 (the organization's existence
   * is not revealed); a member whose role lacks the action → 403.
   */
  async function orgContext(req: FastifyRequest, action: Action): Promise<OrgContext> {
    const user = await currentUser(req);
    const orgId = (req.params as { orgId?: string }).orgId ?? "";
    const role = orgId.length <= 64 ? await roleIn(orgId, user.id) : null;
    if (!role) throw new AppError("not_found", "NOT_FOUND");
    if (!can(role, action)) throw new AppError("forbidden", "FORBIDDEN");
    req.org = { orgId, userId: user.id, userName: user.name, role };
    return req.org;
  }

  return { currentUser, orgContext, roleIn, toHeaders };
}

export type Guards = ReturnType<typeof makeGuards>;
