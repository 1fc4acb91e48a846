// 「Excelから取り込む」: choose a workbook → check the preview and the column mapping → import.
// Nothing is written before the last step; the server refuses the whole file on any bad cell.
import { Alert, Button, Group, Modal, Stack, Stepper, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { IconCheck, IconFileSpreadsheet, IconUpload, IconX } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { ImportCellErrors } from "./ImportCellErrors.tsx";
import { ImportMapping } from "./ImportMapping.tsx";
import {
  type ImportCellError,
  type ImportPreview,
  type ImportResult,
  type Mapping,
  postImport,
  readPreview,
  readResult,
  refusedCells,
} from "./import-api.ts";
import { fieldRequired, INVENTORY_FIELD_KEYS } from "./inventory-fields.ts";

const MAX_MB = 10;
const accept = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "text/csv": [".csv"],
  "application/vnd.ms-excel": [".csv"],
};

const NONE = { errors: [], count: 0 };

const guessed = (p: ImportPreview): Mapping =>
  Object.fromEntries(p.columns.map((c) => [String(c.index), c.field]));

export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ errors: ImportCellError[]; count: number }>(NONE);
  // Only the answer to the latest request counts (mappings can change quickly).
  const seq = useRef(0);

  function reset() {
    seq.current += 1;
    setBusy(false);
    setFile(null);
    setPreview(null);
    setMapping({});
    setResult(null);
    setError(null);
    setRefused(NONE);
  }
  function close() {
    reset();
    onClose();
  }

  /** Asks for a preview; `keep` re-sends the user's mapping instead of taking the guess. */
  async function runPreview(f: File, sheet: string | null, keep?: Mapping) {
    const mine = ++seq.current;
    setBusy(true);
    setError(null);
    setRefused(NONE);
    try {
      const body = await postImport(org.id, f, { mode: "preview", sheet, mapping: keep });
      if (mine !== seq.current) return;
      const p = readPreview(body);
      setPreview(p);
      setMapping(keep ?? guessed(p));
    } catch (err) {
      if (mine !== seq.current) return;
      setError(errorMessage(err));
      setRefused(refusedCells(err));
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  }

  async function commit() {
    if (!file) return;
    seq.current += 1;
    setBusy(true);
    setError(null);
    setRefused(NONE);
    try {
      const body = await postImport(org.id, file, {
        mode: "commit",
        sheet: preview?.sheet,
        mapping,
      });
      const r = readResult(body);
      setResult(r);
      notifySuccess(t("inventory.import.done", r));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id, "inventory") });
    } catch (err) {
      setError(errorMessage(err));
      setRefused(refusedCells(err));
    } finally {
      setBusy(false);
    }
  }

  const mapped = Object.values(mapping).filter((v): v is string => v !== null);
  const duplicates = [...new Set(mapped.filter((f, i) => mapped.indexOf(f) !== i))];
  const missing = INVENTORY_FIELD_KEYS.filter((k) => fieldRequired(k) && !mapped.includes(k));
  // The preview's errors hold for the mapping it was made with; when the server did not
  // apply ours, the commit will check again.
  const previewCurrent =
    preview?.columns.every((c) => (mapping[String(c.index)] ?? null) === c.field) ?? false;
  const blocked =
    !preview ||
    busy ||
    duplicates.length > 0 ||
    !mapped.includes("name") ||
    (previewCurrent && preview.errorCount > 0);
  const step = result ? 2 : preview ? 1 : 0;

  return (
    <Modal opened={opened} onClose={close} title={t("inventory.import.title")} size="80rem">
      <Stack data-testid="import-wizard">
        <Stepper active={step} size="sm">
          <Stepper.Step label={t("inventory.import.step.file")} />
          <Stepper.Step label={t("inventory.import.step.check")} />
          <Stepper.Step label={t("inventory.import.step.done")} />
        </Stepper>
        {step === 0 && (
          <>
            <Text size="sm">{t("inventory.import.lead")}</Text>
            <Dropzone
              onDrop={(files) => {
                const f = files[0];
                if (!f) return;
                setFile(f);
                void runPreview(f, null);
              }}
              onReject={(rejections) => {
                const tooBig = rejections.some((r) =>
                  r.errors.some((e) => e.code === "file-too-large"),
                );
                setError(
                  tooBig ? t("inventory.import.tooLarge", { max: MAX_MB }) : errorText("FILE_TYPE"),
                );
              }}
              accept={accept}
              maxSize={MAX_MB * 1024 * 1024}
              maxFiles={1}
              multiple={false}
              loading={busy}
              inputProps={{ "data-testid": "import-file" } as object}
              data-testid="import-dropzone"
            >
              <Group justify="center" gap="lg" mih={120} style={{ pointerEvents: "none" }}>
                <Dropzone.Accept>
                  <IconUpload size={44} color="var(--mantine-color-indigo-6)" />
                </Dropzone.Accept>
                <Dropzone.Reject>
                  <IconX size={44} color="var(--mantine-color-red-6)" />
                </Dropzone.Reject>
                <Dropzone.Idle>
                  <IconFileSpreadsheet size={44} color="var(--mantine-color-dimmed)" />
                </Dropzone.Idle>
                <Stack gap={4}>
                  <Text size="lg">{t("inventory.import.drop")}</Text>
                  <Text size="sm" c="dimmed">
                    {t("inventory.import.accepts", { max: MAX_MB })}
                  </Text>
                </Stack>
              </Group>
            </Dropzone>
          </>
        )}
        {step === 1 && preview && file && (
          <Stack data-testid="import-preview">
            <Text size="sm">{t("inventory.import.checkLead", { name: file.name })}</Text>
            <ImportMapping
              preview={preview}
              mapping={mapping}
              missing={missing}
              duplicates={duplicates}
              onMap={(index, field) => {
                const next = { ...mapping, [String(index)]: field };
                setMapping(next);
                void runPreview(file, preview.sheet, next);
              }}
              onSheet={(sheet) => void runPreview(file, sheet)}
            />
            {previewCurrent && (
              <ImportCellErrors errors={preview.errors} count={preview.errorCount} />
            )}
          </Stack>
        )}
        {step === 2 && result && (
          <Alert color="teal" icon={<IconCheck size={18} />} data-testid="import-result">
            {t("inventory.import.done", result)}
          </Alert>
        )}
        <FormError message={error} />
        <ImportCellErrors errors={refused.errors} count={refused.count} />
        <Text size="xs" c="dimmed">
          {t("inventory.import.hint")}
        </Text>
        <Group justify="flex-end">
          {step === 1 && (
            <Button variant="default" onClick={reset} data-testid="import-back">
              {t("inventory.import.otherFile")}
            </Button>
          )}
          <Button variant="default" onClick={close} data-testid="import-close">
            {step === 2 ? t("common.close") : t("common.cancel")}
          </Button>
          {step === 1 && (
            <Button onClick={commit} loading={busy} disabled={blocked} data-testid="import-commit">
              {t("inventory.import.commit")}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
