// Where an import file is dropped or chosen: one .xlsx or .csv.
import { Group, Stack, Text } from "@mantine/core";
import { Dropzone, type FileRejection } from "@mantine/dropzone";
import { IconFileSpreadsheet, IconUpload, IconX } from "@tabler/icons-react";

const accept = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "text/csv": [".csv"],
  "application/vnd.ms-excel": [".csv"],
};

export function SpreadsheetDropzone({
  onFile,
  onReject,
  loading,
  maxSize,
  title,
  hint,
  testId,
  inputTestId,
}: {
  onFile: (file: File) => void;
  onReject: (rejections: FileRejection[]) => void;
  loading: boolean;
  /** In bytes. */
  maxSize?: number;
  title: string;
  hint: string;
  testId: string;
  inputTestId: string;
}) {
  return (
    <Dropzone
      onDrop={(files) => {
        if (files[0]) onFile(files[0]);
      }}
      onReject={onReject}
      accept={accept}
      maxSize={maxSize}
      maxFiles={1}
      multiple={false}
      loading={loading}
      inputProps={{ "data-testid": inputTestId } as object}
      data-testid={testId}
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
          <Text size="lg">{title}</Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
