// A choice in a list's filter bar: empty (すべて) until chosen, and clearable back to it.
import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FilterSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <Select placeholder={t("common.all")} clearable {...props} />;
}
