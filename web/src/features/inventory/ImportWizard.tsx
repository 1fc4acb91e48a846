// 「Excelから取り込む」: choose a workbook → check the preview and the column mapping → import.
// Nothing is written before the last step; the server refuses the whole file on any bad cell.
import { Alert, Button, Checkbox, Group, Modal, Stack, Stepper, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { SpreadsheetDropzone } from "../../components/SpreadsheetDropzone.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
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
import { useCommitImport } from "./useInventory.ts";

const MAX_MB = 10;

const NONE = { errors: [], count: 0 };

const guessed = (p: ImportPreview): Mapping =>
  Object.fromEntries(p.columns.map((c) => [String(c.index), c.field]));

export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ errors: ImportCellError[]; count: number }>(NONE);
  // Create the departments the file names that the organization lacks (same commit).
  const [createDepartments, setCreateDepartments] = useState(false);
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
    setCreateDepartments(false);
    committing.reset();
  }
  function close() {
    reset();
    onClose();
  }

  /** Asks for a preview; `keep` re-sends the user's mapping instead of taking the guess. */
  async function runPreview(
    f: File,
    sheet: string | null,
    keep?: Mapping,
    create = createDepartments,
  ) {
    const mine = ++seq.current;
    setBusy(true);
    setError(null);
    setRefused(NONE);
    try {
      const body = await postImport(org.id, f, {
        mode: "preview",
        sheet,
        mapping: keep,
        createDepartments: create,
      });
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

  const committing = useCommitImport(org.id, {
    notice: (body) => t("inventory.import.done", readResult(body)),
    onSuccess: (body) => setResult(readResult(body)),
  });

  async function commit() {
    if (!file) return;
    seq.current += 1;
    setError(null);
    setRefused(NONE);
    try {
      await committing.runOrThrow({
        file,
        sheet: preview?.sheet ?? null,
        mapping,
        createDepartments,
      });
    } catch (err) {
      setRefused(refusedCells(err));
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
    committing.busy ||
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
            <SpreadsheetDropzone
              onFile={(f) => {
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
              maxSize={MAX_MB * 1024 * 1024}
              loading={busy}
              title={t("inventory.import.drop")}
              hint={t("inventory.import.accepts", { max: MAX_MB })}
              testId="import-dropzone"
              inputTestId="import-file"
            />
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
            {preview.unknownDepartments.length > 0 && (
              <Alert color="yellow" data-testid="import-unknown-departments">
                <Stack gap={6}>
                  <Text size="sm">
                    {t("inventory.import.unknownDepartments", {
                      names: preview.unknownDepartments
                        .map((d) => t("inventory.import.departmentRows", d))
                        .join("、"),
                    })}
                  </Text>
                  <Checkbox
                    label={t("inventory.import.createDepartments", {
                      count: preview.unknownDepartments.length,
                    })}
                    checked={createDepartments}
                    onChange={(e) => {
                      const create = e.currentTarget.checked;
                      setCreateDepartments(create);
                      void runPreview(file, preview.sheet, mapping, create);
                    }}
                    data-testid="import-create-departments"
                  />
                </Stack>
              </Alert>
            )}
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
        <FormError message={error ?? committing.error} />
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
            <Button
              onClick={commit}
              loading={committing.busy}
              disabled={blocked}
              data-testid="import-commit"
            >
              {t("inventory.import.commit")}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
