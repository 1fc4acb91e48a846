// Authentication and tenant guard for every /api/v1 route: who is calling, are they a member
// of :orgId, and does their access role allow the action (decided in core/access/permissions).
// The session and the membership are read together in one statement (session-check.ts);
// better-auth's getSession answers whenever more than a read is needed (renewing or clearing
// cookies), so its rules stay the rules.
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type AccessRole, type Action, can } from "../core/access/permissions.ts";
import type { Database } from "../db/client.ts";
import { member } from "../modules/auth/auth.tables.ts";
import { AppError } from "./app-error.ts";
import type { Auth } from "./auth.ts";
import type { OrgContext } from "./org-context.ts";
import {
  makeSessionCheck,
  type SessionCheck,
  type SessionCheckFn,
  type SessionUser,
  sessionSettings,
} from "./session-check.ts";

export type { SessionUser };

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

/** The longest organization id looked up; longer ones are nobody's (404 without a query). */
const MAX_ORG_ID = 64;

export function makeGuards(database: Database, auth: Auth) {
  // better-auth's secret, cookie names and session lifetimes: fixed for the process's life.
  let check: Promise<SessionCheckFn> | null = null;
  const sessionCheck = (
    cookie: string | undefined,
    orgId: string | null,
  ): Promise<SessionCheck> => {
    check ??= sessionSettings(auth).then((s) => makeSessionCheck(database, s).check);
    return check.then((fn) => fn(cookie, orgId));
  };

  /** better-auth's own getSession: renews or clears the session cookie when it must. */
  async function betterAuthUser(req: FastifyRequest): Promise<SessionUser> {
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

  /**
   * The signed-in caller (401 without a live session) and, for `orgId`, their role there
   * (undefined when not asked or when the membership must still be read).
   */
  async function identify(
    req: FastifyRequest,
    orgId: string | null,
  ): Promise<{ user: SessionUser; role?: AccessRole | null }> {
    if (req.user) return { user: req.user };
    const found = await sessionCheck(req.headers.cookie, orgId);
    if (found.kind === "none") throw new AppError("unauthenticated", "UNAUTHENTICATED");
    if (found.kind === "defer") return { user: await betterAuthUser(req) };
    req.user = found.user;
    return orgId === null ? { user: found.user } : { user: found.user, role: found.role };
  }

  async function currentUser(req: FastifyRequest): Promise<SessionUser> {
    return (await identify(req, null)).user;
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
    const orgId = (req.params as { orgId?: string }).orgId ?? "";
    const asked = orgId.length <= MAX_ORG_ID ? orgId : null;
    const { user, role: found } = await identify(req, asked);
    const role = asked === null ? null : found !== undefined ? found : await roleIn(asked, user.id);
    if (!role) throw new AppError("not_found", "NOT_FOUND");
    if (!can(role, action)) throw new AppError("forbidden", "FORBIDDEN");
    req.org = { orgId, userId: user.id, userName: user.name, role };
    return req.org;
  }

  return { currentUser, orgContext, roleIn, toHeaders, sessionCheck };
}

export type Guards = ReturnType<typeof makeGuards>;
