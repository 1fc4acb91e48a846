// A date input whose value is an ISO day (YYYY-MM-DD) and which shows 2024年4月1日 (what it
// understood). It reads what people type in Japan: 2024-04-01, 2024/4/1, 2024年4月1日, 和暦
// (令和6年4月1日, 令和元年5月1日, R6.4.1, H31.4.30) and full-width digits — the same reader the
// spreadsheet imports use. Text it cannot read is not dropped silently: the field says so.
// Enter confirms the typed day instead of submitting the form around the field.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { parseJapaneseDate } from "@src/core/text/japanese-date.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickerLabelFormats } from "./date-labels.ts";

/** The ISO day a typed text stands for, or null. */
export const parseDay = (input: string): string | null => parseJapaneseDate(input);

type Props = Omit<DateInputProps, "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

export function DateField({ value, onChange, error, onBlur, onKeyDown, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const [unreadable, setUnreadable] = useState(false);
  const checkReadable = (text: string) => setUnreadable(text !== "" && parseDay(text) === null);
  return (
    <DateInput
      {...pickerLabelFormats(i18n.language === "en" ? "en" : "ja")}
      {...rest}
      value={value || null}
      onChange={(v) => {
        setUnreadable(false);
        onChange?.(v ? String(v).slice(0, 10) : null);
      }}
      onBlur={(event) => {
        checkReadable(event.currentTarget.value.trim());
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        // The day typed so far is already the value (read on each keystroke); Enter only
        // confirms it, so a half-filled dialog is not sent by accident.
        if (event.key === "Enter" && !event.nativeEvent.isComposing) {
          event.preventDefault();
          checkReadable(event.currentTarget.value.trim());
        }
        onKeyDown?.(event);
      }}
      error={error || (unreadable ? t("common.dateUnreadable") : undefined)}
      valueFormat={i18n.language === "en" ? "YYYY-MM-DD" : "YYYY年M月D日"}
      dateParser={(input) => parseDay(input)}
      clearable
    />
  );
}
