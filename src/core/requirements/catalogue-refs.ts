// Item numbers of a catalogue ("J.3.1.1"): the structure is in the number itself, so depth and
// parent follow from it and the file's own depth/parent fields can be checked against it.

/** The catalogue organizations assess against unless they name another. */
export const DEFAULT_CATALOGUE_ID = "pmark-guideline-2023";

/** "J.3.1.1" → 3 (the number of numeric parts). */
export function depthOfRef(ref: string): number {
  return ref.split(".").length - 1;
}

/** "J.3.1.1" → "J.3.1"; a top-level item ("J.3") has no parent. */
export function parentOfRef(ref: string): string | null {
  const parts = ref.split(".");
  return parts.length > 2 ? parts.slice(0, -1).join(".") : null;
}

/** Guideline order: J.8.9 before J.8.10, a parent before its children. */
export function compareRefs(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  if (pa[0] !== pb[0]) return (pa[0] ?? "") < (pb[0] ?? "") ? -1 : 1;
  for (let i = 1; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] === undefined ? -1 : Number(pa[i]);
    const y = pb[i] === undefined ? -1 : Number(pb[i]);
    if (x !== y) return x - y;
  }
  return 0;
}

/** "1" < "2" < "10": catalogue versions are whole numbers written as strings. */
export function compareVersions(a: string, b: string): number {
  return Number(a) - Number(b);
}
