// A date input whose value is an ISO day (YYYY-MM-DD) and which shows 2024年4月1日.
// Typing 2024-04-01, 2024/4/1 or 2024年4月1日 is understood too.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { useTranslation } from "react-i18next";

const pad = (n: string) => n.padStart(2, "0");

export function parseDay(input: string): string | null {
  const m = /^\s*(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?\s*$/.exec(input);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
}

type Props = Omit<DateInputProps, "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

export function DateField({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(v) => onChange?.(v ? String(v).slice(0, 10) : null)}
      valueFormat={i18n.language === "en" ? "YYYY-MM-DD" : "YYYY年M月D日"}
      dateParser={(input) => parseDay(input)}
      clearable
    />
  );
}
