// Where a signed-out visitor is sent, and the links between sign-in and sign-up that keep
// where they were going (`next`) and the address they were invited with (`email`).

const SIGNED_IN_BEFORE = "mamori.signedInBefore";

/** Noted on every sign-in and sign-up: this browser has an account behind it. */
export function rememberSignedIn(): void {
  try {
    localStorage.setItem(SIGNED_IN_BEFORE, "1");
  } catch {
    // Storage refused (private mode): the next visit simply starts at sign-up again.
  }
}

function signedInBefore(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_BEFORE) === "1";
  } catch {
    return false;
  }
}

/**
 * A first visitor has no account yet: "/" leads to sign-up. A browser that has signed in
 * before leads to sign-in (its session ended).
 */
export const signedOutHome = (): "/signup" | "/signin" =>
  signedInBefore() ? "/signin" : "/signup";

/** /signup?next=…&email=… (only what is given). */
export function authPath(
  page: "signin" | "signup",
  { next, email }: { next?: string | null; email?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (next) params.set("next", next);
  if (email) params.set("email", email);
  const query = params.toString();
  return query ? `/${page}?${query}` : `/${page}`;
}

/** The address a sign-in or sign-up link suggests: one plausible line, else none. */
export function suggestedEmail(value: string | null): string {
  const email = (value ?? "").trim();
  return email.length <= 254 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) ? email : "";
}
