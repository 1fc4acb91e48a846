import { LIFECYCLE_PHASES } from "@src/core/registers/inventory-fields.ts";
import { RISK_KIND_LABELS, RISK_KINDS } from "@src/core/registers/risk-library.ts";
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import i18n, { bi } from "../../i18n/index.ts";

export { bi };

export function phaseLabel(key: string): string {
  const phase = LIFECYCLE_PHASES.find((p) => p.key === key);
  return phase ? bi(phase.label) : key;
}

export function kindLabel(key: string): string {
  return bi(RISK_KIND_LABELS[key as keyof typeof RISK_KIND_LABELS]) || key;
}

export const phaseOptions = () =>
  [...LIFECYCLE_PHASES]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({ value: p.key, label: bi(p.label) }));

export const kindOptions = () => RISK_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));

type Axis = RiskMatrix["likelihood"];

/** Select options of an axis: "2: 中" (values are strings for Mantine's Select). */
export function axisOptions(axis: Axis, extra?: number | null) {
  const options = axis.levels.map((l) => ({
    value: String(l.value),
    label: `${l.value}: ${bi(l.label)}`,
  }));
  // A stored value that the current matrix no longer has stays visible instead of blank.
  if (extra !== null && extra !== undefined && !axis.levels.some((l) => l.value === extra))
    options.push({ value: String(extra), label: `${extra}: ${i18n.t("risks.form.offAxis")}` });
  return options;
}

export function axisLabel(axis: Axis, value: number): string {
  const level = axis.levels.find((l) => l.value === value);
  return level ? bi(level.label) : String(value);
}

/** Black or white text, whichever reads better on a #RRGGBB background. */
export function textOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "#fff";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.3 ? "#1a1b1e" : "#fff";
}
