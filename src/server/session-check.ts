// The session check of every API request in one statement: the signed session cookie verified
// here the way better-auth (better-call) signs it, then the session row, its user and — for an
// organization's route — the caller's membership read together. Nothing is cached: sign-out,
// a revoked session, a password change, a removed member or a changed role show on the very
// next request, whichever process made the change. Whenever better-auth would do more than
// read (renew the session and its cookie, clear cookies, delete an expired session), the check
// steps aside and the caller asks better-auth itself (tenancy.ts), so its rules stay the rules.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { AccessRole } from "../core/access/permissions.ts";
import type { Database } from "../db/client.ts";
import type { Auth } from "./auth.ts";

export type SessionUser = { id: string; name: string; email: string };

/**
 * ok: a live session that better-auth would accept as it is (no renewal due), with the
 * caller's role in the organization asked about (null: not a member, or none asked).
 * none: no session cookie, or one whose signature does not verify — better-auth answers
 * "no session" for these without reading or writing anything.
 * defer: better-auth must decide (and may set or clear cookies): no such session, an expired
 * one, a renewal due, a leftover session-data cookie, an oddly encoded signature.
 */
export type SessionCheck =
  | { kind: "ok"; user: SessionUser; role: AccessRole | null }
  | { kind: "none" }
  | { kind: "defer" };

/** The cookie names, secret and session lifetimes the check must share with better-auth. */
export type SessionSettings = {
  secret: string;
  tokenCookie: string;
  dataCookie: string;
  /** Seconds a session lives, and after how many seconds of it better-auth renews it. */
  expiresIn: number;
  updateAge: number;
  refreshDisabled: boolean;
};

export async function sessionSettings(auth: Auth): Promise<SessionSettings> {
  const ctx = await auth.$context;
  return {
    secret: ctx.secret,
    tokenCookie: ctx.authCookies.sessionToken.name,
    dataCookie: ctx.authCookies.sessionData.name,
    expiresIn: ctx.sessionConfig.expiresIn,
    updateAge: ctx.sessionConfig.updateAge,
    refreshDisabled:
      (ctx.options.session as { disableSessionRefresh?: boolean } | undefined)
        ?.disableSessionRefresh === true,
  };
}

function tryDecode(s: string): string {
  try {
    return s.includes("%") ? decodeURIComponent(s) : s;
  } catch {
    return s;
  }
}

/** A Cookie header as better-call parses it: first occurrence wins, values URI-decoded. */
export function parseCookieHeader(str: string): Map<string, string> {
  const cookies = new Map<string, string>();
  let index = 0;
  while (index < str.length) {
    const eqIdx = str.indexOf("=", index);
    if (eqIdx === -1) break;
    let endIdx = str.indexOf(";", index);
    if (endIdx === -1) endIdx = str.length;
    else if (endIdx < eqIdx) {
      index = str.lastIndexOf(";", eqIdx - 1) + 1;
      continue;
    }
    const key = str.slice(index, eqIdx).trim();
    if (!cookies.has(key)) {
      let val = str.slice(eqIdx + 1, endIdx).trim();
      if (val.codePointAt(0) === 34) val = val.slice(1, -1);
      cookies.set(key, tryDecode(val));
    }
    index = endIdx + 1;
  }
  return cookies;
}

const BASE64_SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The session token in a signed cookie value (`<token>.<base64 HMAC-SHA256(secret, token)>`),
 * checked as better-call's getSignedCookie checks it: null when it has no valid shape or the
 * signature is wrong (better-auth then has no session), "defer" for a signature better-call
 * might decode differently (characters outside standard base64, which its atob may skip).
 */
export function verifySignedToken(value: string, secret: string): string | null | "defer" {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  if (!BASE64_SIGNATURE.test(signature)) return "defer";
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

type Row = {
  expires_at: Date | string;
  user_id: string;
  name: string;
  email: string;
  role: string | null;
};

/**
 * Session, user and (when orgId is given) membership in one statement. The user join mirrors
 * better-auth's findSession (a session whose user is gone is no session); the membership is a
 * left join, so a non-member still has a session.
 */
const SESSION_SQL = `select s.expires_at, u.id as user_id, u.name, u.email, m.role
  from "session" s
  join "user" u on u.id = s.user_id
  left join "member" m on m.organization_id = $2 and m.user_id = s.user_id
  where s.token = $1`;

type NamedQuery = (q: {
  name: string;
  text: string;
  values: unknown[];
}) => Promise<{ rows: Row[] }>;

/**
 * Runs the statement. On PostgreSQL it is a named prepared statement (node-postgres prepares
 * it once per pooled connection, then only binds and executes it: half the time of parsing
 * and planning it anew). Should the server refuse named statements (a pooler that does not
 * keep them) or a migration change its result, it falls back to unnamed statements for good.
 */
function sessionReader(database: Database) {
  const client = (database.db as unknown as { $client?: { query?: unknown } }).$client;
  let named = database.kind === "postgres" && typeof client?.query === "function";
  return async (values: [string, string | null]): Promise<Row[]> => {
    if (named && client) {
      try {
        const q = { name: "mamori_session_check", text: SESSION_SQL, values };
        return (await (client as { query: NamedQuery }).query(q)).rows;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        // 26000: no such prepared statement; 0A000: cached plan must not change result type.
        if (code !== "26000" && code !== "0A000") throw err;
        named = false;
      }
    }
    return database.query<Row>(SESSION_SQL, values);
  };
}

export function makeSessionCheck(database: Database, settings: SessionSettings) {
  const { secret, tokenCookie, dataCookie, expiresIn, updateAge, refreshDisabled } = settings;
  const dataChunk = `${dataCookie}.`;
  const read = sessionReader(database);

  /**
   * Reads the caller's session from the Cookie header and, for `orgId`, their role there.
   * `now` is the moment better-auth would compare the expiry with (the app's clock).
   */
  async function check(
    cookieHeader: string | undefined,
    orgId: string | null,
    now = Date.now(),
  ): Promise<SessionCheck> {
    if (!cookieHeader) return { kind: "none" };
    const cookies = parseCookieHeader(cookieHeader);
    // A session-data (cookie cache) cookie left from before: better-auth clears it.
    for (const name of cookies.keys())
      if (name === dataCookie || name.startsWith(dataChunk)) return { kind: "defer" };
    const value = cookies.get(tokenCookie);
    if (!value) return { kind: "none" };
    const token = verifySignedToken(value, secret);
    if (token === null) return { kind: "none" };
    if (token === "defer") return { kind: "defer" };
    const [row] = await read([token, orgId]);
    // No such session (signed out, revoked) or an expired one: better-auth answers and clears
    // the cookies (and deletes an expired row), so the client's state follows at once.
    if (!row) return { kind: "defer" };
    const expiresAt = new Date(row.expires_at).getTime();
    if (!(expiresAt >= now)) return { kind: "defer" };
    // Renewal due (better-auth's updateAge rule): better-auth extends it and sets the cookie.
    if (!refreshDisabled && expiresAt - expiresIn * 1000 + updateAge * 1000 <= now)
      return { kind: "defer" };
    return {
      kind: "ok",
      user: { id: row.user_id, name: row.name, email: row.email },
      role: (row.role as AccessRole | null) ?? null,
    };
  }

  return { check };
}

export type SessionCheckFn = ReturnType<typeof makeSessionCheck>["check"];
