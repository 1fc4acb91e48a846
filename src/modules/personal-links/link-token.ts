// The secret of a personal link: 32 random bytes (base64url, 43 characters) followed by the
// first 16 bytes of its HMAC-SHA256 under the link-signing key (22 characters). A token that
// is malformed or whose MAC does not match (guessed, mistyped, made for another installation)
// is refused before any database read; only the SHA-256 of the random part is stored.
import { createHmac, timingSafeEqual } from "node:crypto";
import { hashSecretToken, newSecretToken } from "../shared/secret-token.ts";

const SECRET_CHARS = 43;
const MAC_BYTES = 16;
const TOKEN = /^[A-Za-z0-9_-]{65}$/;

/** The key, as bytes; at least 32 characters of material (LINK_SIGNING_KEY or the key file). */
export type LinkKey = { readonly bytes: Buffer };

export const MIN_LINK_KEY_LENGTH = 32;

export function makeLinkKey(material: string): LinkKey {
  if (material.length < MIN_LINK_KEY_LENGTH) throw new Error("link-signing key too short");
  return { bytes: Buffer.from(material, "utf8") };
}

const macOf = (key: LinkKey, secret: string) =>
  createHmac("sha256", key.bytes).update(`personal-link:${secret}`).digest().subarray(0, MAC_BYTES);

/** A new token and the hash to store for it. */
export function newLinkToken(key: LinkKey): { token: string; hash: string } {
  const secret = newSecretToken();
  return {
    token: secret + macOf(key, secret).toString("base64url"),
    hash: hashSecretToken(secret),
  };
}

/** The stored hash of a well-formed token signed with `key`, else null (no database read). */
export function verifiedTokenHash(key: LinkKey, token: string): string | null {
  if (!TOKEN.test(token)) return null;
  const secret = token.slice(0, SECRET_CHARS);
  // Compared as text: base64url's last character carries spare bits that decoding ignores,
  // so comparing decoded bytes would let several spellings of one token pass.
  const given = Buffer.from(token.slice(SECRET_CHARS), "latin1");
  const expected = Buffer.from(macOf(key, secret).toString("base64url"), "latin1");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return hashSecretToken(secret);
}

/** The URL a person opens (the web app's page; it asks /api/v1/p/:token). */
export const personalLinkUrl = (baseUrl: string, token: string) => `${baseUrl}/p/${token}`;
