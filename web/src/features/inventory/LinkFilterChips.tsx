// The filters a link brought (a readiness rule's fix link): shown as chips above the list, each
// removable, so it is plain why the list shows only these rows and how to see them all.
import { Button, Group, Pill, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { enumLabel, fieldLabel } from "./inventory-fields.ts";
import { activeLinkFilters, type LinkFilters, noLinkFilters } from "./register-url-filters.ts";

function useChipLabel() {
  const { t } = useTranslation();
  return (key: keyof LinkFilters, value: string): string => {
    if (key === "status") return enumLabel("status", value);
    if (key === "lacking") {
      if (value === "required") return t("inventory.linkFilter.requiredBlank");
      if (value === "myNumber") return t("inventory.linkFilter.myNumberCheck");
      return t("inventory.linkFilter.blank", { field: fieldLabel(value as "outsourcee") });
    }
    return `${fieldLabel(key)}：${value === "true" ? t("inventory.yes") : t("inventory.no")}`;
  };
}

export function LinkFilterChips({
  link,
  onChange,
}: {
  link: LinkFilters;
  onChange: (next: LinkFilters) => void;
}) {
  const { t } = useTranslation();
  const label = useChipLabel();
  const active = activeLinkFilters(link);
  if (active.length === 0) return null;
  return (
    <Group gap="xs" mt="sm" data-testid="inventory-link-filters">
      <Text size="sm" c="dimmed">
        {t("inventory.linkFilter.title")}
      </Text>
      {active.map(({ key, value }) => (
        <Pill
          key={key}
          withRemoveButton
          onRemove={() => onChange({ ...link, [key]: null })}
          data-testid={`inventory-link-filter-${key}`}
        >
          {label(key, value)}
        </Pill>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => onChange(noLinkFilters)}
        data-testid="inventory-link-filters-clear"
      >
        {t("inventory.linkFilter.clear")}
      </Button>
    </Group>
  );
}
