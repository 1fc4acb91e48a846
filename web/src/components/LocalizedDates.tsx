// Date pickers follow the UI language (Japanese month and weekday names by default).
import { DatesProvider } from "@mantine/dates";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const ja = i18n.language !== "en";
  return (
    <DatesProvider settings={{ locale: ja ? "ja" : "en", firstDayOfWeek: 0 }}>
      {children}
    </DatesProvider>
  );
}
