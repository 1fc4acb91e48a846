// The records a gap is about (at most 20 come with the result), e.g. register items.
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { bi } from "./readiness-labels.ts";
import type { RuleResult } from "./useReadiness.ts";

export function RuleDetails({ details }: { details: RuleResult["details"] }) {
  const { t } = useTranslation();
  if (!details?.length) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t("readiness.details")}
      </Text>
      <List size="sm" spacing={2}>
        {details.map((d, i) => (
          <List.Item key={d.id ?? `${d.name}-${i}`}>
            {d.name}
            {d.note && (
              <Text span size="xs" c="dimmed">
                {" "}
                — {bi(d.note)}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
