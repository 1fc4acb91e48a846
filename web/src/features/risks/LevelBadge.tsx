// A risk level shown in its own colour (from the organization's matrix), or 未評価.
import { Badge } from "@mantine/core";
import type { Bilingual } from "@src/core/i18n-text.ts";
import { useTranslation } from "react-i18next";
import { bi, textOn } from "./risk-labels.ts";

export type Score = { level: string; label: Bilingual; color: string } | null;

export function LevelBadge({
  score,
  detail,
  testId,
}: {
  score: Score;
  /** e.g. "発生可能性: 中 × 影響度: 高", shown on hover. */
  detail?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!score)
    return (
      <Badge variant="outline" color="gray" miw="max-content" data-testid={testId} data-level="">
        {t("risks.unscored")}
      </Badge>
    );
  // A native title, not a Tooltip: the table shows two badges on each of 50 rows.
  return (
    <Badge
      color={score.color}
      miw="max-content"
      styles={{ root: { color: textOn(score.color) } }}
      title={detail}
      data-testid={testId}
      data-level={score.level}
    >
      {bi(score.label)}
    </Badge>
  );
}
