// A date input whose value is an ISO day (YYYY-MM-DD) and which shows 2024年4月1日 (what it
// understood). It reads what people type in Japan: 2024-04-01, 2024/4/1, 2024年4月1日, 和暦
// (令和6年4月1日, 令和元年5月1日, R6.4.1, H31.4.30) and full-width digits — the same reader the
// spreadsheet imports use. Text it cannot read is not dropped silently: the field says so.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { parseJapaneseDate } from "@src/core/text/japanese-date.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The ISO day a typed text stands for, or null. */
export const parseDay = (input: string): string | null => parseJapaneseDate(input);

type Props = Omit<DateInputProps, "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

export function DateField({ value, onChange, error, onBlur, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const [unreadable, setUnreadable] = useState(false);
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(v) => {
        setUnreadable(false);
        onChange?.(v ? String(v).slice(0, 10) : null);
      }}
      onBlur={(event) => {
        const text = event.currentTarget.value.trim();
        setUnreadable(text !== "" && parseDay(text) === null);
        onBlur?.(event);
      }}
      error={error || (unreadable ? t("common.dateUnreadable") : undefined)}
      valueFormat={i18n.language === "en" ? "YYYY-MM-DD" : "YYYY年M月D日"}
      dateParser={(input) => parseDay(input)}
      clearable
    />
  );
}
