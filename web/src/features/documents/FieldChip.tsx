// A field (差し込み項目) in the editor: a chip showing today's value, or the highlighted
// placeholder when the organization has no data for it yet (never a blank).
import { documentField, fieldPlaceholder } from "@src/core/documents/fields.ts";
import { type NodeViewProps, NodeViewWrapper } from "@tiptap/react";
import { createContext, useContext } from "react";
import { currentLanguage } from "../../i18n/index.ts";

/** The values the chips show: null while they are loading (chips show the field's label). */
export const FieldValuesContext = createContext<Record<string, string | null> | null>(null);

/** What a chip reads: the value, the placeholder, or (values not known) the label. */
export function chipText(
  key: string,
  values: Record<string, string | null> | null,
  lang: "ja" | "en",
): { text: string; missing: boolean } {
  if (!values) return { text: documentField(key)?.label[lang] ?? key, missing: false };
  const value = values[key];
  return value
    ? { text: value, missing: false }
    : { text: fieldPlaceholder(key, lang), missing: true };
}

export function FieldChip({ node, selected }: NodeViewProps) {
  const values = useContext(FieldValuesContext);
  const key = String(node.attrs.key ?? "");
  const { text, missing } = chipText(key, values, currentLanguage());
  return (
    <NodeViewWrapper
      as="span"
      className="doc-field"
      data-field={key}
      data-missing={missing || undefined}
      contentEditable={false}
      style={{
        padding: "0 4px",
        borderRadius: 4,
        background: missing ? "var(--mantine-color-yellow-2)" : "var(--mantine-color-blue-0)",
        border: `1px solid var(--mantine-color-${missing ? "yellow-6" : "blue-3"})`,
        outline: selected ? "2px solid var(--mantine-color-blue-5)" : undefined,
        whiteSpace: "nowrap",
      }}
    >
      {text}
    </NodeViewWrapper>
  );
}
