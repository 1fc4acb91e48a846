// An amount of yen typed the way people write it: 「１０００万円」, 「3,000万」, 「1億2000万円」 or
// digits (core/text/yen.ts). On leaving the field it shows the amount it understood
// (10,000,000); text it cannot read stays and is named, never dropped silently.
import { TextInput, type TextInputProps } from "@mantine/core";
import { parseYen } from "@src/core/text/yen.ts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type Props = Omit<TextInputProps, "value" | "onChange"> & {
  /** The form's value: whole yen, "" when empty, or the typed text while it is no amount. */
  value?: number | string | null;
  onChange?: (value: number | string) => void;
};

/** What the form holds for a typed text: kept current on every keystroke, so a save right
 *  after typing sends what was typed (unreadable text stays text, and validation refuses it). */
const formValue = (typed: string): number | string => {
  const text = typed.trim();
  return text === "" ? "" : (parseYen(text) ?? text);
};

const shown = (v: Props["value"]) => (typeof v === "number" ? v.toLocaleString("ja-JP") : "");

export function YenField({ value, onChange, error, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(shown(value));
  const [unreadable, setUnreadable] = useState(false);
  const [editing, setEditing] = useState(false);
  // A value set from outside (a reset, a reload) replaces the text unless the person is typing.
  useEffect(() => {
    if (!editing) setText(shown(value));
  }, [value, editing]);

  return (
    <TextInput
      {...rest}
      inputMode="text"
      value={text}
      onFocus={() => setEditing(true)}
      onChange={(event) => {
        setText(event.currentTarget.value);
        setUnreadable(false);
        onChange?.(formValue(event.currentTarget.value));
      }}
      onBlur={(event) => {
        setEditing(false);
        const understood = formValue(event.currentTarget.value);
        if (typeof understood === "number") setText(shown(understood));
        else setUnreadable(understood !== "");
        onBlur?.(event);
      }}
      error={error || (unreadable ? t("common.yenUnreadable") : undefined)}
    />
  );
}
