// Editing a copy of the risk matrix: ranks follow the order of the levels (1 = least serious)
// so the editor never produces duplicate ranks; the acceptance line moves with them.
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import i18n from "../../i18n/index.ts";
import { errorText } from "../../lib/validation.ts";
import { axisLabel } from "./risk-labels.ts";

export type Draft = RiskMatrix;

/** A copy with ranks 1..n in order of seriousness and the acceptance line on those ranks. */
export function normalize(m: RiskMatrix): Draft {
  const levels = [...m.riskLevels].sort((a, b) => a.rank - b.rank);
  const accepted = levels.filter((l) => l.rank <= m.acceptanceMaxRank).length;
  return {
    ...structuredClone(m),
    riskLevels: levels.map((l, i) => ({ ...structuredClone(l), rank: i + 1 })),
    acceptanceMaxRank: accepted,
  };
}

export function addLevel(d: Draft): Draft {
  const keys = new Set(d.riskLevels.map((l) => l.key));
  let n = d.riskLevels.length + 1;
  while (keys.has(`level_${n}`)) n++;
  const level = { key: `level_${n}`, label: { ja: "", en: "" }, color: "#868E96", rank: 0 };
  return renumber({ ...d, riskLevels: [...d.riskLevels, level] });
}

export function removeLevel(d: Draft, key: string): Draft {
  const index = d.riskLevels.findIndex((l) => l.key === key);
  const next = renumber({ ...d, riskLevels: d.riskLevels.filter((l) => l.key !== key) });
  // A removed level below the line takes the line down with it.
  if (index >= 0 && index < d.acceptanceMaxRank) next.acceptanceMaxRank -= 1;
  return next;
}

function renumber(d: Draft): Draft {
  const riskLevels = d.riskLevels.map((l, i) => ({ ...l, rank: i + 1 }));
  return { ...d, riskLevels, acceptanceMaxRank: Math.min(d.acceptanceMaxRank, riskLevels.length) };
}

export const levelInUse = (d: Draft, key: string) => d.grid.some((row) => row.includes(key));

/** Axis values differ from the saved matrix: rows may lose their score. */
export function axesChanged(saved: RiskMatrix, draft: Draft): boolean {
  const values = (m: RiskMatrix, a: "likelihood" | "impact") =>
    m[a].levels.map((l) => l.value).join(",");
  return (
    values(saved, "likelihood") !== values(draft, "likelihood") ||
    values(saved, "impact") !== values(draft, "impact")
  );
}

/** A server error path (grid.1.2, riskLevels.0.label.ja …) in words. */
export function describePath(path: string, d: Draft): string {
  const p = path.split(".");
  const t = i18n.t.bind(i18n);
  const at = (n: string | undefined) => Number(n ?? -1);
  if (p[0] === "grid") {
    const row = d.likelihood.levels[at(p[1])];
    const col = p[2] !== undefined ? d.impact.levels[at(p[2])] : undefined;
    if (row && col)
      return t("risks.matrix.path.cell", {
        likelihood: axisLabel(d.likelihood, row.value),
        impact: axisLabel(d.impact, col.value),
      });
    if (row) return t("risks.matrix.path.row", { likelihood: axisLabel(d.likelihood, row.value) });
    return t("risks.matrix.grid");
  }
  if (p[0] === "likelihood" || p[0] === "impact") {
    const axis = t(p[0] === "likelihood" ? "risks.likelihood" : "risks.impact");
    return p[2] === undefined ? axis : `${axis} ${at(p[2]) + 1}`;
  }
  if (p[0] === "riskLevels")
    return p[1] === undefined
      ? t("risks.matrix.levels")
      : `${t("risks.matrix.levels")} ${at(p[1]) + 1}`;
  if (p[0] === "acceptanceMaxRank") return t("risks.matrix.acceptance");
  return path;
}

/** Client-side: every label must be filled in (the server would answer "invalid"). */
export function missingLabels(d: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  const check = (path: string, value: string) => {
    if (!value.trim()) errors[path] = errorText("required");
  };
  for (const a of ["likelihood", "impact"] as const)
    d[a].levels.forEach((l, i) => {
      check(`${a}.levels.${i}.label.ja`, l.label.ja);
      check(`${a}.levels.${i}.label.en`, l.label.en);
    });
  d.riskLevels.forEach((l, i) => {
    check(`riskLevels.${i}.label.ja`, l.label.ja);
    check(`riskLevels.${i}.label.en`, l.label.en);
  });
  return errors;
}
