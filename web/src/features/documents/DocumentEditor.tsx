// The text of one version in the browser (Tiptap). A draft is edited and saved by itself 2 s
// after the last change and when the editor loses focus (autosave.ts: never mid-composition).
// When someone else saved the draft in between, the save is refused: a banner says who and
// when, offers their text (再読み込み) and a copy of one's own; nothing is overwritten. Other
// versions are shown read-only.
import { Alert, Button, Card, Group, Text, Textarea, TextInput } from "@mantine/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import {
  AUTOSAVE_DELAY_MS,
  type AutosaveEvent,
  autosave,
  initialAutosave,
  type SaveStatus,
} from "./autosave.ts";
import { formatTime } from "./document-labels.ts";
import { EditorToolbar } from "./EditorToolbar.tsx";
import { documentExtensions } from "./editor-extensions.ts";
import { FieldValuesContext } from "./FieldChip.tsx";
import { useFieldValues, useSaveDraft, type VersionOut } from "./useDocuments.ts";

type Conflict = { name: string; time: string };

export function DocumentEditor({
  orgId,
  documentId,
  version,
  editable,
  reload,
}: {
  orgId: string;
  documentId: string;
  version: VersionOut;
  editable: boolean;
  /** Fetches the stored version again (someone else's text after a conflict). */
  reload: () => Promise<VersionOut | undefined>;
}) {
  const { t } = useTranslation();
  const values = useFieldValues(orgId);
  const shownValues = version.fieldValues ?? (values.isSuccess ? values.data : null);
  const revision = useRef(version.revision);
  const machine = useRef(initialAutosave);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [mine, setMine] = useState<string | null>(null);
  const [changeNote, setChangeNote] = useState(version.changeNote ?? "");
  const note = useRef(changeNote);
  note.current = changeNote;
  const save = useSaveDraft(orgId, documentId, version.id, {});
  const dispatchRef = useRef<(e: AutosaveEvent) => void>(() => {});

  const editor = useEditor(
    {
      extensions: documentExtensions,
      content: version.content as object,
      editable,
      onUpdate: () => dispatchRef.current("change"),
      onBlur: () => dispatchRef.current("blur"),
      editorProps: {
        attributes: { "data-testid": "doc-editor", class: "doc-editor-content" },
        handleDOMEvents: {
          compositionstart: () => {
            dispatchRef.current("compositionstart");
            return false;
          },
          compositionend: () => {
            dispatchRef.current("compositionend");
            return false;
          },
        },
      },
    },
    [version.id, editable],
  );

  const send = useCallback(async () => {
    if (!editor) return;
    try {
      const out = await save.runOrThrow({
        content: editor.getJSON(),
        revision: revision.current,
        changeNote: note.current.trim() || null,
      });
      revision.current = out.revision;
      dispatchRef.current("saved");
    } catch (err) {
      if (err instanceof ApiError && err.code === "DOCUMENT_SAVE_CONFLICT") {
        const d = (err.details ?? {}) as { updatedByName?: string | null; updatedAt?: string };
        setConflict({
          name: d.updatedByName ?? "",
          time: d.updatedAt ? formatTime(d.updatedAt) : "",
        });
        dispatchRef.current("conflict");
      } else dispatchRef.current("failed");
    }
  }, [editor, save]);

  dispatchRef.current = (event: AutosaveEvent) => {
    const { state, effect } = autosave(machine.current, event);
    machine.current = state;
    setStatus(state.status);
    if (effect === "cancel" || effect === "schedule" || effect === "save") {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    }
    if (effect === "schedule")
      timer.current = setTimeout(() => dispatchRef.current("timer"), AUTOSAVE_DELAY_MS);
    if (effect === "save") void send();
  };

  // A new version (or the page leaving) starts afresh. A refetch of the same version keeps the
  // editor's revision: it is the one this editor's text is based on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only another version starts afresh
  useEffect(() => {
    revision.current = version.revision;
    machine.current = initialAutosave;
    setStatus("idle");
    setConflict(null);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [version.id]);

  async function takeTheirs() {
    const fresh = await reload();
    if (!fresh || !editor) return;
    editor.commands.setContent(fresh.content as object, { emitUpdate: false });
    revision.current = fresh.revision;
    setChangeNote(fresh.changeNote ?? "");
    setConflict(null);
    setMine(null);
    dispatchRef.current("reloaded");
  }

  async function copyMine() {
    const text = editor?.getText({ blockSeparator: "\n" }) ?? "";
    setMine(text);
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard (an insecure page): the text is shown below to copy by hand.
    }
  }

  return (
    <Card withBorder padding={0}>
      {conflict && (
        <Alert
          color="orange"
          m="sm"
          title={t("documents.conflict.title")}
          data-testid="doc-conflict"
        >
          <Text size="sm">{t("documents.conflict.body", conflict)}</Text>
          <Group mt="xs" gap="xs">
            <Button size="xs" onClick={takeTheirs} data-testid="doc-conflict-reload">
              {t("documents.conflict.reload")}
            </Button>
            <Button size="xs" variant="default" onClick={copyMine} data-testid="doc-conflict-copy">
              {t("documents.conflict.copy")}
            </Button>
          </Group>
          {mine !== null && (
            <Textarea
              mt="xs"
              readOnly
              autosize
              maxRows={8}
              value={mine}
              label={t("documents.conflict.mine")}
            />
          )}
        </Alert>
      )}
      {editable && editor && <EditorToolbar editor={editor} />}
      <FieldValuesContext.Provider value={shownValues}>
        <div style={{ padding: "8px 16px", minHeight: 240 }}>
          <EditorContent editor={editor} />
        </div>
      </FieldValuesContext.Provider>
      {editable && (
        <Group
          justify="space-between"
          p="xs"
          style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
        >
          <TextInput
            size="xs"
            w={360}
            maxLength={1000}
            placeholder={t("documents.changeNotePlaceholder")}
            aria-label={t("documents.changeNote")}
            value={changeNote}
            onChange={(e) => {
              setChangeNote(e.currentTarget.value);
              dispatchRef.current("change");
            }}
            data-testid="doc-change-note"
          />
          <Text
            size="xs"
            c={status === "failed" || status === "conflict" ? "red" : "dimmed"}
            data-testid="doc-save-status"
          >
            {status === "idle" ? "" : t(`documents.saveStatus.${status}`)}
          </Text>
        </Group>
      )}
    </Card>
  );
}
