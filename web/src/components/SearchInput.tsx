// The search box of a list's filter bar (the list debounces what is typed).
import { TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function SearchInput({
  value,
  onChange,
  placeholder,
  w,
  testId,
}: {
  value: string;
  onChange: (q: string) => void;
  placeholder: string;
  w: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t("common.search")}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={w}
      data-testid={testId}
    />
  );
}
