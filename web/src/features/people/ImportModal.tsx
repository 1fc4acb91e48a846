// 従業者の一括取り込み: drop an .xlsx or .csv; the preview shows, row by row, whom each row
// updates and by which rule (社員番号, e-mail, name + department + joining date) or that it is
// new; then import, or see every bad row and column.
import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from "@mantine/core";
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
import { type PeopleImportMatch, useImportPeople, usePreviewPeopleImport } from "./usePeople.ts";

const RULE_COLORS = { employee_number: "blue", email: "teal", name_department_joined: "orange" };

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [rejected, setRejected] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportPeople(org.id, {
    notice: t("people.importDone"),
    onSuccess: () => setFile(null),
  });
  const preview = usePreviewPeopleImport(org.id, {});

  function close() {
    upload.reset();
    preview.reset();
    setFile(null);
    setRejected(false);
    onClose();
  }

  const errors = (detailRows(upload.failure) ?? detailRows(preview.failure)) as ImportRowError[];
  const previewErrors = detailRows(preview.failure) as ImportRowError[];
  return (
    <Modal opened={opened} onClose={close} title={t("people.importTitle")} size="xl">
      <Stack>
        <Text size="sm">{t("people.importLead")}</Text>
        <SpreadsheetDropzone
          onFile={(f) => {
            setRejected(false);
            upload.reset();
            setFile(f);
            void preview.run(f);
          }}
          onReject={() => {
            upload.reset();
            setRejected(true);
          }}
          loading={upload.busy || preview.busy}
          title={t("people.importDrop")}
          hint={t("people.importAccepts")}
          testId="people-import-dropzone"
          inputTestId="people-import-file"
        />
        {file && preview.data && !upload.data && (
          <Stack gap="xs" data-testid="people-import-preview">
            <Text size="sm" fw={600}>
              {t("people.importPreview", preview.data)}
            </Text>
            <MatchTable matches={preview.data.matches} />
          </Stack>
        )}
        {upload.data && (
          <Alert color="teal" icon={<IconCheck size={18} />} data-testid="import-result">
            {t("people.importResult", upload.data)}
          </Alert>
        )}
        <FormError message={upload.error} />
        {rejected && <FormError message={errorText("FILE_TYPE")} />}
        <FormError message={preview.error} />
        {(errors.length > 0 ? errors : previewErrors).length > 0 && (
          <ImportErrorTable errors={errors.length > 0 ? errors : previewErrors} />
        )}
        <Text size="xs" c="dimmed">
          {t("people.importHint")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-testid="import-close">
            {t("common.close")}
          </Button>
          {file && preview.data && !upload.data && (
            <Button
              onClick={() => void upload.run(file)}
              loading={upload.busy}
              data-testid="people-import-commit"
            >
              {t("people.importCommit")}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/** Each row of the file: the stored person it updates and by which rule, or 新規. */
function MatchTable({ matches }: { matches: PeopleImportMatch[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={280}>
      <Table striped withTableBorder data-testid="people-import-matches">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("people.importRow")}</Table.Th>
            <Table.Th>{t("people.name")}</Table.Th>
            <Table.Th>{t("people.importMatch")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((m) => (
            <Table.Tr key={m.row}>
              <Table.Td>{m.row}</Table.Td>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={m.rule ? RULE_COLORS[m.rule] : "gray"}
                  data-testid="people-import-rule"
                >
                  {t(`people.matchRule.${m.rule ?? "new"}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
