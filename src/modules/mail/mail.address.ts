// Checks of a recipient before anything is queued: one plain address and a one-line display
// name. A line break in either would let a caller add headers or recipients (header injection);
// nodemailer encodes names safely, but the outbox refuses such values outright, naming the field.
import { invalidField } from "../../server/app-error.ts";

export const MAIL_ADDRESS_MAX = 254;
export const MAIL_NAME_MAX = 100;

// One address: a local part and a domain with a dot, no spaces, brackets, commas or quotes
// (which would make it a list or a display-name form).
const ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;
// Any control character (CR, LF, TAB, NUL …), including the Unicode line separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

export type RecipientFields = { to?: string; toName?: string };

/** The address, lower-cased domain kept as given; throws 400 naming `fields.to` when bad. */
export function checkedAddress(address: unknown, field = "to"): string {
  if (typeof address !== "string") throw invalidField(field, "invalid_email");
  const value = address.trim();
  if (value.length === 0) throw invalidField(field, "required");
  if (value.length > MAIL_ADDRESS_MAX)
    throw invalidField(field, "too_long", { max: MAIL_ADDRESS_MAX });
  if (CONTROL.test(address) || !ADDRESS.test(value)) throw invalidField(field, "invalid_email");
  return value;
}

/** The display name (null when empty); throws 400 naming `field` on a line break or overlength. */
export function checkedName(name: unknown, field = "toName"): string | null {
  if (name === undefined || name === null) return null;
  if (typeof name !== "string") throw invalidField(field, "invalid_type");
  if (CONTROL.test(name)) throw invalidField(field, "mail_name_control");
  const value = name.trim();
  if (value.length > MAIL_NAME_MAX) throw invalidField(field, "too_long", { max: MAIL_NAME_MAX });
  return value === "" ? null : value;
}
