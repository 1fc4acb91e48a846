// 従業者の一括取り込み: drop an .xlsx or .csv; see the counts, or every bad row and column.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, orgPath } from "../../api/client.ts";
import type { ImportRowError } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { SpreadsheetDropzone } from "../../components/SpreadsheetDropzone.tsx";
import { errorMessage, notifySuccess } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { ImportErrorTable } from "./ImportErrorTable.tsx";

type ImportResult = { created: number; updated: number; total: number };

function rowErrors(err: unknown): ImportRowError[] {
  if (!(err instanceof ApiError)) return [];
  const details = err.details as { errors?: ImportRowError[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [rejected, setRejected] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>(orgPath(org.id, "/people/import"), file),
    onSuccess: async () => {
      notifySuccess(t("people.importDone"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
    },
  });

  function close() {
    upload.reset();
    setRejected(false);
    onClose();
  }

  const errors = rowErrors(upload.error);
  return (
    <Modal opened={opened} onClose={close} title={t("people.importTitle")} size="xl">
      <Stack>
        <Text size="sm">{t("people.importLead")}</Text>
        <SpreadsheetDropzone
          onFile={(file) => {
            setRejected(false);
            upload.mutate(file);
          }}
          onReject={() => {
            upload.reset();
            setRejected(true);
          }}
          loading={upload.isPending}
          title={t("people.importDrop")}
          hint={t("people.importAccepts")}
          testId="people-import-dropzone"
          inputTestId="people-import-file"
        />
        {upload.data && (
          <Alert color="teal" icon={<IconCheck size={18} />} data-testid="import-result">
            {t("people.importResult", upload.data)}
          </Alert>
        )}
        {upload.isError && <FormError message={errorMessage(upload.error)} />}
        {rejected && <FormError message={errorText("FILE_TYPE")} />}
        {errors.length > 0 && <ImportErrorTable errors={errors} />}
        <Text size="xs" c="dimmed">
          {t("people.importHint")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-testid="import-close">
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
