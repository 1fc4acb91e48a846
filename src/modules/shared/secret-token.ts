// Secrets handed out in links (the calendar feed, invitations): 32 random bytes in base64url,
// of which only the SHA-256 is stored, so the database never holds a usable link.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const newSecretToken = () => randomBytes(32).toString("base64url");

/** The stored form of a secret: SHA-256, hex. */
export const hashSecretToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Whether `token` is the secret whose hash is `stored`, compared in constant time. */
export function secretTokenMatches(stored: string | null, token: string): boolean {
  if (!stored || token.length === 0 || token.length > 100) return false;
  const expected = Buffer.from(stored, "hex");
  const given = Buffer.from(hashSecretToken(token), "hex");
  return expected.length === given.length && timingSafeEqual(expected, given);
}
