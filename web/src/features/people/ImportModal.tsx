// 従業者の一括取り込み: drop an .xlsx or .csv; see the counts, or every bad row and column.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportRowError } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { SpreadsheetDropzone } from "../../components/SpreadsheetDropzone.tsx";
import { detailRows } from "../../lib/errors.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { ImportErrorTable } from "./ImportErrorTable.tsx";
import { useImportPeople } from "./usePeople.ts";

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [rejected, setRejected] = useState(false);
  const upload = useImportPeople(org.id, { notice: t("people.importDone") });

  function close() {
    upload.reset();
    setRejected(false);
    onClose();
  }

  const errors = detailRows(upload.failure) as ImportRowError[];
  return (
    <Modal opened={opened} onClose={close} title={t("people.importTitle")} size="xl">
      <Stack>
        <Text size="sm">{t("people.importLead")}</Text>
        <SpreadsheetDropzone
          onFile={(file) => {
            setRejected(false);
            void upload.run(file);
          }}
          onReject={() => {
            upload.reset();
            setRejected(true);
          }}
          loading={upload.busy}
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
        <FormError message={upload.error} />
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
