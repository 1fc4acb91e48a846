// A version's text, read-only, its fields filled with the given values (an approved version's
// frozen ones) or shown as placeholders.
import { EditorContent, useEditor } from "@tiptap/react";
import { documentExtensions } from "./editor-extensions.ts";
import { FieldValuesContext } from "./FieldChip.tsx";

export function ContentView({
  content,
  values,
  testId,
}: {
  content: unknown;
  values: Record<string, string | null> | null;
  testId: string;
}) {
  const editor = useEditor(
    {
      extensions: documentExtensions,
      content: content as object,
      editable: false,
      editorProps: { attributes: { "data-testid": testId, class: "doc-editor-content" } },
    },
    [content],
  );
  return (
    <FieldValuesContext.Provider value={values ?? {}}>
      <EditorContent editor={editor} />
    </FieldValuesContext.Provider>
  );
}
