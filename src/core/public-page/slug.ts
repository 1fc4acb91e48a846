// The address of an organization's public page, /p/<slug>. Personal links live under /p/ too,
// and their tokens are exactly 65 characters of [A-Za-z0-9_-]; a slug is 3–40 characters of
// [a-z0-9-], so the length alone tells the server which of the two a path names.
// Words the app or a visitor could mistake for a page of the product are reserved.

export const SLUG_MIN = 3;
export const SLUG_MAX = 40;

/** Lower-case letters, digits and hyphens, not at either end. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "admin",
  "api",
  "app",
  "assets",
  "auth",
  "contact",
  "dashboard",
  "docs",
  "healthz",
  "help",
  "inquiry",
  "invite",
  "login",
  "logout",
  "mamori",
  "new",
  "orgs",
  "privacy",
  "public",
  "readyz",
  "reset-password",
  "root",
  "settings",
  "signin",
  "signup",
  "static",
  "support",
  "system",
  "www",
]);

/** Whether `value` has the shape of a slug (not whether it is free or reserved). */
export const isSlugShape = (value: string): boolean => SLUG.test(value);

/** Why `value` cannot be a slug (a message key), or null when it can. */
export function slugProblem(value: string): "slug_invalid" | "slug_reserved" | null {
  if (!isSlugShape(value)) return "slug_invalid";
  if (RESERVED_SLUGS.has(value)) return "slug_reserved";
  return null;
}
