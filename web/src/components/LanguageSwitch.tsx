import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type Language, setLanguage } from "../i18n/index.ts";

/** 日本語 / English; remembered in this browser. */
export function LanguageSwitch({ visibleFrom }: { visibleFrom?: "xs" | "sm" | "md" }) {
  const { i18n, t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("header.language")}
      value={i18n.language === "en" ? "en" : "ja"}
      onChange={(v) => setLanguage(v as Language)}
      data={[
        { value: "ja", label: "日本語" },
        { value: "en", label: "English" },
      ]}
      visibleFrom={visibleFrom}
      data-testid="lang-switch"
    />
  );
}
