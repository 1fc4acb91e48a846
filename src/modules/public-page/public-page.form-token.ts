// The inquiry form's token, instead of a third-party captcha: the moment the page was made,
// signed with the link-signing key for this page's slug. A submission needs a token of this
// installation for this page, at least MIN_AGE after it was issued (a person reads and types;
// a script posting at once does not) and at most MAX_AGE (a page left open, or a token
// harvested once and replayed for days). Nothing is stored: the signature is the proof.
import { createHmac, timingSafeEqual } from "node:crypto";

export const FORM_TOKEN_MIN_AGE_MS = 3_000;
export const FORM_TOKEN_MAX_AGE_MS = 2 * 3600_000;

/** The key's bytes (personal-links' link-signing key, used here under its own label). */
export type FormKey = { readonly bytes: Buffer };

const TOKEN = /^([0-9a-z]{6,12})\.([A-Za-z0-9_-]{22})$/;

const macOf = (key: FormKey, slug: string, issued: string) =>
  createHmac("sha256", key.bytes)
    .update(`public-page-form:${slug}:${issued}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");

/** A token for the form of `slug`, issued at `now`. */
export function issueFormToken(key: FormKey, slug: string, now = new Date()): string {
  const issued = now.getTime().toString(36);
  return `${issued}.${macOf(key, slug, issued)}`;
}

export type TokenCheck = "ok" | "invalid" | "expired" | "too_fast";

/** Whether `token` was issued by this installation for `slug`, and is neither too new nor old. */
export function checkFormToken(
  key: FormKey,
  slug: string,
  token: string,
  now = new Date(),
): TokenCheck {
  const m = TOKEN.exec(token);
  if (!m) return "invalid";
  const [, issued = "", mac = ""] = m;
  const expected = Buffer.from(macOf(key, slug, issued), "latin1");
  const given = Buffer.from(mac, "latin1");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now.getTime() - Number.parseInt(issued, 36);
  if (age < 0) return "invalid";
  if (age < FORM_TOKEN_MIN_AGE_MS) return "too_fast";
  if (age > FORM_TOKEN_MAX_AGE_MS) return "expired";
  return "ok";
}
