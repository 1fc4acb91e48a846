// File names as people give them (Japanese, spaces, whatever the browser sends) made safe to
// store, show and send back: the last path part only, no control characters (CR/LF could
// split a header), no characters Windows refuses or that read as markup, at most 200
// characters with the extension kept. And the Content-Disposition header of a download
// (RFC 6266, with the RFC 5987 UTF-8 form for the Japanese name and an ASCII fallback).

export const MAX_NAME_LENGTH = 200;
const FALLBACK = "file";

/** C0 and C1 controls, DEL, and halves of a surrogate pair left alone (code points). */
const isUnsafeCodePoint = (c: number) =>
  c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff);

/** The stored name of an uploaded file; never empty. */
export function sanitizeFileName(raw: string | undefined | null): string {
  let name = (raw ?? "").normalize("NFC");
  // Only the last part of a path (browsers on Windows have sent C:\fakepath\… and full paths).
  name = name.split(/[/\\]/).pop() ?? "";
  // Control characters (CR, LF, NUL, DEL, C1) and lone surrogates go.
  name = [...name].filter((ch) => !isUnsafeCodePoint(ch.codePointAt(0) ?? 0)).join("");
  // What Windows forbids in names and what would read as markup or break a quoted header.
  name = name.replace(/[<>:"|?*`]/g, "_");
  name = name.replace(/\s+/g, " ").trim();
  // Leading dots would hide the file or climb ("..").
  name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (name === "") return FALLBACK;
  return truncateKeepingExtension(name, MAX_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  const keep = ext.length > 0 && ext.length <= 16 ? ext : [];
  return (
    chars
      .slice(0, max - keep.length)
      .join("")
      .trimEnd() + keep.join("")
  );
}

/** RFC 5987 percent-encoding of UTF-8 (attr-char kept, everything else escaped). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * An ASCII stand-in for clients that ignore filename*: the ASCII part of the name when it says
 * something (three letters or digits), else "file"; the extension kept either way.
 */
export function asciiFallback(name: string): string {
  const ascii = (s: string) =>
    s
      .replace(/[^\x20-\x7e]+/g, "_")
      .replace(/["\\%;]/g, "_")
      .replace(/^[_\s]+|[_\s]+$/g, "");
  const dot = name.lastIndexOf(".");
  const base = ascii(dot > 0 ? name.slice(0, dot) : name);
  const ext = dot > 0 ? ascii(name.slice(dot)) : "";
  const says = (base.match(/[A-Za-z0-9]/g) ?? []).length >= 3;
  return `${says ? base : FALLBACK}${ext.startsWith(".") ? ext : ""}`;
}

/** `attachment; filename="…"; filename*=UTF-8''…` for a stored (already sanitised) name. */
export function contentDisposition(name: string): string {
  const safe = sanitizeFileName(name);
  return `attachment; filename="${asciiFallback(safe)}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}
