// 出欠の入力: the invitees by department and reading, found by name or reading and narrowed by
// department, each marked present or absent (or left unrecorded), 全員出席 over the rows
// shown, and one save for all of them. Present completes the course on the session's day.
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { formatDate, today } from "../../lib/format.ts";
import {
  attendeeDepartments,
  changedEntries,
  type Mark,
  markAll,
  markCounts,
  visibleAttendees,
} from "./attendance-state.ts";
import { useRecordAttendance, useSession } from "./useEducationSessions.ts";

export function AttendanceModal({
  orgId,
  sessionId,
  canWrite,
  onClose,
}: {
  orgId: string;
  sessionId: string | null;
  canWrite: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession(orgId, sessionId);
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [q, setQ] = useState("");
  const [department, setDepartment] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh screen for each session
  useEffect(() => {
    setMarks({});
    setQ("");
    setDepartment(null);
  }, [sessionId]);
  const rows = session.data?.attendees ?? [];
  const shown = useMemo(() => visibleAttendees(rows, q, department), [rows, q, department]);
  const entries = changedEntries(rows, marks);
  const counts = markCounts(rows, marks);
  const save = useRecordAttendance(orgId, sessionId ?? "", {
    notice: (r) =>
      t("educationSessions.attendance.saved", { changed: r.changed, completed: r.completed }),
    onSuccess: () => setMarks({}),
  });
  const notHeld = (session.data?.heldOn ?? "") > today();
  const s = session.data;
  return (
    <Modal
      opened={sessionId !== null}
      onClose={onClose}
      size="xl"
      title={
        s
          ? `${t("educationSessions.attendance.title")}　${s.courseTitle}（${formatDate(s.heldOn)}）`
          : t("educationSessions.attendance.title")
      }
    >
      <Stack data-testid="edu-attendance">
        {notHeld ? (
          <Alert color="yellow" data-testid="edu-attendance-not-held">
            {t("educationSessions.attendance.notHeld")}
          </Alert>
        ) : null}
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            <SearchInput
              value={q}
              onChange={setQ}
              placeholder={t("educationSessions.attendance.search")}
              w={240}
              testId="edu-attendance-search"
            />
            <Select
              placeholder={t("educationSessions.attendance.department")}
              data={attendeeDepartments(rows).map((d) => ({
                value: d,
                label: d || t("educationSessions.noDepartment"),
              }))}
              value={department}
              onChange={setDepartment}
              clearable
              data-testid="edu-attendance-dept"
            />
          </Group>
          {canWrite && !notHeld ? (
            <Button
              variant="light"
              onClick={() => setMarks(markAll(marks, shown, "present"))}
              data-testid="edu-attendance-all"
            >
              {t("educationSessions.attendance.allPresent")}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" data-testid="edu-attendance-counts">
          {t("educationSessions.attendance.counts", counts)}
        </Text>
        <Table striped verticalSpacing={4} data-testid="edu-attendance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("educationSessions.attendance.departmentCol")}</Table.Th>
              <Table.Th>{t("educationSessions.attendance.name")}</Table.Th>
              <Table.Th>{t("educationSessions.attendance.completion")}</Table.Th>
              <Table.Th>{t("educationSessions.attendance.mark")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.personId} data-testid="edu-attendee">
                <Table.Td>{r.departmentName ?? t("educationSessions.noDepartment")}</Table.Td>
                <Table.Td>
                  {r.name}
                  {r.left ? (
                    <Badge ml="xs" color="gray" size="xs">
                      {t("educationSessions.attendance.left")}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {r.completedOn ? (
                    <Text size="xs">
                      {formatDate(r.completedOn)}
                      {r.completedHere ? `（${t("educationSessions.attendance.here")}）` : ""}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t("educationSessions.attendance.notCompleted")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    disabled={!canWrite || notHeld}
                    value={marks[r.personId] ?? r.status}
                    onChange={(v) => setMarks({ ...marks, [r.personId]: v as Mark })}
                    data={[
                      { value: "present", label: t("educationSessions.status.present") },
                      { value: "absent", label: t("educationSessions.status.absent") },
                      { value: "invited", label: t("educationSessions.status.invited") },
                    ]}
                    data-testid={`edu-mark-${r.personId}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 ? (
          <Text c="dimmed" ta="center">
            {session.isLoading ? t("common.loading") : t("educationSessions.attendance.none")}
          </Text>
        ) : null}
        {canWrite ? (
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("educationSessions.attendance.save", { count: entries.length })}
            confirmTestId="edu-attendance-save"
            loading={save.busy}
            disabled={entries.length === 0 || notHeld}
            onConfirm={() => void save.run({ entries })}
          />
        ) : null}
      </Stack>
    </Modal>
  );
}
