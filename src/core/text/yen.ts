// Amounts of yen as people write them in Japan: 「１０００万円」, 「3,000万」, 「1億2000万円」,
// 「5千万円」, 「1.5億」, 「¥10,000,000」 or plain digits. Used where a form asks for an amount
// (資本金), so that what is typed is understood rather than dropped.
import { toHalfWidth } from "./normalize.ts";

const UNITS: readonly (readonly [string, number])[] = [
  ["億", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

/** The value of `s` built from the units at index `from` and smaller; null when malformed. */
function value(s: string, from: number): number | null {
  for (let i = from; i < UNITS.length; i++) {
    const [mark, size] = UNITS[i] as readonly [string, number];
    const at = s.indexOf(mark);
    if (at < 0) continue;
    const left = s.slice(0, at);
    const right = s.slice(at + mark.length);
    const high = left === "" ? 1 : value(left, i + 1);
    const low = right === "" ? 0 : value(right, i + 1);
    // 「1万20000」 is no amount: what follows a unit must be smaller than the unit.
    if (high === null || low === null || low >= size) return null;
    return high * size + low;
  }
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** Whole yen ≥ 0, or null when the text is not an amount (empty text is null too). */
export function parseYen(input: string): number | null {
  const s = toHalfWidth(input)
    .replace(/[\s,]/g, "")
    .replace(/^[¥\\]/, "")
    .replace(/円$/, "");
  if (!/\d/.test(s)) return null;
  const n = value(s, 0);
  if (n === null) return null;
  const whole = Math.round(n);
  // Decimals are fine while the result is whole yen (1.5億); 1.00001万 is not.
  if (Math.abs(n - whole) > 1e-6 || whole > Number.MAX_SAFE_INTEGER) return null;
  return whole;
}
