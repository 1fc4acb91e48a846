// A yes / no / not-yet-answered choice for the register's boolean fields.
import { Input, SegmentedControl } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { YesNo } from "./item-form.ts";

const toKey = (v: YesNo) => (v === true ? "yes" : v === false ? "no" : "unset");

export function YesNoField({
  label,
  description,
  value,
  onChange,
  error,
  yesLabel,
  noLabel,
  disabled,
  testId,
}: {
  label: ReactNode;
  description?: ReactNode;
  value: YesNo;
  onChange: (v: YesNo) => void;
  error?: ReactNode;
  yesLabel?: string;
  noLabel?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <div>
        <SegmentedControl
          mt={4}
          size="xs"
          color={value === null ? "gray" : "indigo"}
          disabled={disabled}
          value={toKey(value)}
          onChange={(k) => onChange(k === "yes" ? true : k === "no" ? false : null)}
          data={[
            { value: "yes", label: yesLabel ?? t("inventory.yes") },
            { value: "no", label: noLabel ?? t("inventory.no") },
            { value: "unset", label: t("inventory.unset") },
          ]}
          data-testid={testId}
        />
      </div>
    </Input.Wrapper>
  );
}
