// The editor's toolbar: block type (本文, 見出し1–3), the J items a heading answers, bold /
// italic / underline, lists, tables, rule and line break, and the organization's fields.
import { ActionIcon, Button, Group, Menu, Select, TextInput, Tooltip } from "@mantine/core";
import { DOCUMENT_FIELDS } from "@src/core/documents/fields.ts";
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBold,
  IconColumnInsertRight,
  IconItalic,
  IconLineDashed,
  IconList,
  IconListNumbers,
  IconRowInsertBottom,
  IconTable,
  IconTableOff,
  IconUnderline,
} from "@tabler/icons-react";
import { type Editor, useEditorState } from "@tiptap/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { bi } from "../../i18n/index.ts";
import { parseRefs } from "./editor-extensions.ts";

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      level: ([1, 2, 3] as const).find((l) => e.isActive("heading", { level: l })) ?? 0,
      refs: (e.getAttributes("heading").refs as string[] | null | undefined) ?? null,
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      underline: e.isActive("underline"),
      ordered: e.isActive("orderedList"),
      bullet: e.isActive("bulletList"),
      table: e.isActive("table"),
    }),
  });
  const [refsText, setRefsText] = useState("");
  useEffect(() => setRefsText(state.refs?.join(", ") ?? ""), [state.refs]);
  const chain = () => editor.chain().focus();
  const mark = (active: boolean) => (active ? "filled" : "subtle");

  return (
    <Group
      gap={4}
      wrap="wrap"
      p={6}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      <Select
        size="xs"
        w={110}
        aria-label={t("documents.editor.block")}
        data={[
          { value: "0", label: t("documents.editor.paragraph") },
          { value: "1", label: t("documents.editor.heading", { level: 1 }) },
          { value: "2", label: t("documents.editor.heading", { level: 2 }) },
          { value: "3", label: t("documents.editor.heading", { level: 3 }) },
        ]}
        value={String(state.level)}
        allowDeselect={false}
        onChange={(v) => {
          const level = Number(v);
          if (level === 1 || level === 2 || level === 3) chain().setHeading({ level }).run();
          else chain().setParagraph().run();
        }}
        data-testid="doc-editor-block"
      />
      {state.level > 0 && (
        <TextInput
          size="xs"
          w={170}
          placeholder={t("documents.editor.refsPlaceholder")}
          aria-label={t("documents.editor.refs")}
          value={refsText}
          onChange={(e) => setRefsText(e.currentTarget.value)}
          onBlur={() =>
            editor
              .chain()
              .updateAttributes("heading", { refs: parseRefs(refsText) })
              .run()
          }
          data-testid="doc-editor-refs"
        />
      )}
      <Tool
        label={t("documents.editor.bold")}
        variant={mark(state.bold)}
        onClick={() => chain().toggleBold().run()}
      >
        <IconBold size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.italic")}
        variant={mark(state.italic)}
        onClick={() => chain().toggleItalic().run()}
      >
        <IconItalic size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.underline")}
        variant={mark(state.underline)}
        onClick={() => chain().toggleUnderline().run()}
      >
        <IconUnderline size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.ordered")}
        variant={mark(state.ordered)}
        onClick={() => chain().toggleOrderedList().run()}
      >
        <IconListNumbers size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.bullet")}
        variant={mark(state.bullet)}
        onClick={() => chain().toggleBulletList().run()}
      >
        <IconList size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.rule")}
        variant="subtle"
        onClick={() => chain().setHorizontalRule().run()}
      >
        <IconLineDashed size={16} />
      </Tool>
      {state.table ? (
        <>
          <Tool
            label={t("documents.editor.addRow")}
            variant="subtle"
            onClick={() => chain().addRowAfter().run()}
          >
            <IconRowInsertBottom size={16} />
          </Tool>
          <Tool
            label={t("documents.editor.addColumn")}
            variant="subtle"
            onClick={() => chain().addColumnAfter().run()}
          >
            <IconColumnInsertRight size={16} />
          </Tool>
          <Tool
            label={t("documents.editor.deleteTable")}
            variant="subtle"
            onClick={() => chain().deleteTable().run()}
          >
            <IconTableOff size={16} />
          </Tool>
        </>
      ) : (
        <Tool
          label={t("documents.editor.table")}
          variant="subtle"
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          <IconTable size={16} />
        </Tool>
      )}
      <Menu shadow="md" width={280} position="bottom-start">
        <Menu.Target>
          <Button size="xs" variant="light" data-testid="doc-editor-field">
            {t("documents.editor.insertField")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown mah={360} style={{ overflowY: "auto" }}>
          {DOCUMENT_FIELDS.map((f) => (
            <Menu.Item
              key={f.key}
              onClick={() =>
                chain()
                  .insertContent({ type: "field", attrs: { key: f.key } })
                  .run()
              }
              data-testid={`doc-field-${f.key}`}
            >
              {bi(f.label)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Tool
        label={t("documents.editor.undo")}
        variant="subtle"
        onClick={() => chain().undo().run()}
      >
        <IconArrowBackUp size={16} />
      </Tool>
      <Tool
        label={t("documents.editor.redo")}
        variant="subtle"
        onClick={() => chain().redo().run()}
      >
        <IconArrowForwardUp size={16} />
      </Tool>
    </Group>
  );
}

function Tool({
  label,
  variant,
  onClick,
  children,
}: {
  label: string;
  variant: "filled" | "subtle";
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant={variant} size="md" aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
