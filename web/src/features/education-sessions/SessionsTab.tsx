// 集合・オンライン研修 (a tab of 教育): the plan's classroom and remote sessions, latest first,
// with their attendance; adding and editing a session, entering attendance (全員出席 included),
// a follow-up (補講) for those who missed one, the printed 出席簿 and 教育実施報告書, and
// deleting a session nobody's attendance was recorded for.
import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Table, Text } from "@mantine/core";
import {
  IconDots,
  IconFileText,
  IconPencil,
  IconPlus,
  IconPrinter,
  IconRepeat,
  IconTrash,
  IconUsers,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { formatDate } from "../../lib/format.ts";
import { useCan } from "../orgs/OrgContext.tsx";
import { AttendanceModal } from "./AttendanceModal.tsx";
import { SessionFormModal, type SessionTarget } from "./SessionFormModal.tsx";
import {
  type SessionRow,
  sessionPath,
  useDeleteSession,
  usePlan,
  useSessions,
} from "./useEducationSessions.ts";

export default function SessionsTab({ orgId, planId }: { orgId: string; planId: string | null }) {
  const { t } = useTranslation();
  const canWrite = useCan("education.write");
  const plan = usePlan(orgId, planId);
  const sessions = useSessions(orgId, planId);
  const [courseId, setCourseId] = useState<string | null>(null);
  const [form, setForm] = useState<SessionTarget | null>(null);
  const [attending, setAttending] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SessionRow | null>(null);
  const remove = useDeleteSession(orgId, { notice: t("educationSessions.deleted") });
  if (!planId) return <Text c="dimmed">{t("educationSessions.noPlan")}</Text>;
  const courses = (plan.data?.courses ?? [])
    .filter((c) => c.status !== "draft")
    .map((c) => ({ value: c.id, label: c.title }));
  const rows = (sessions.data?.items ?? []).filter((s) => !courseId || s.courseId === courseId);
  const file = (s: SessionRow, name: string) => sessionPath(orgId, s.id, `/${name}`);
  return (
    <Stack data-testid="edu-sessions">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t("educationSessions.course")}
          placeholder={t("educationSessions.allCourses")}
          data={courses}
          value={courseId}
          onChange={setCourseId}
          clearable
          w={320}
          data-testid="edu-sessions-course"
        />
        {canWrite ? (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setForm({ mode: "create", courseId })}
            disabled={courses.length === 0}
            data-testid="edu-session-add"
          >
            {t("educationSessions.add")}
          </Button>
        ) : null}
      </Group>
      <ListTable minWidth={880} loading={sessions.isFetching} testId="edu-sessions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("educationSessions.col.heldOn")}</Table.Th>
            <Table.Th>{t("educationSessions.col.course")}</Table.Th>
            <Table.Th>{t("educationSessions.col.kind")}</Table.Th>
            <Table.Th>{t("educationSessions.col.where")}</Table.Th>
            <Table.Th>{t("educationSessions.col.instructor")}</Table.Th>
            <Table.Th>{t("educationSessions.col.attendance")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <EmptyRow
              colSpan={7}
              loading={sessions.isLoading}
              text={t("educationSessions.empty")}
            />
          ) : (
            rows.map((s) => (
              <Table.Tr key={s.id} data-testid="edu-session-row">
                <Table.Td>
                  {formatDate(s.heldOn)}
                  {s.startsAt ? (
                    <Text size="xs" c="dimmed">
                      {s.startsAt}
                      {s.endsAt ? `〜${s.endsAt}` : ""}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {s.courseTitle}
                  {s.title ? `（${s.title}）` : ""}
                  {s.followUpOfId ? (
                    <Badge ml="xs" size="xs" color="grape">
                      {t("educationSessions.followUp")}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{t(`educationSessions.kind.${s.kind}`)}</Table.Td>
                <Table.Td maw={220} style={{ overflowWrap: "anywhere" }}>
                  {s.kind === "remote" ? s.meetingUrl : s.place}
                </Table.Td>
                <Table.Td>{s.instructorName}</Table.Td>
                <Table.Td data-testid="edu-session-counts">
                  {s.attendanceRecordedAt
                    ? t("educationSessions.recorded", s.counts)
                    : t("educationSessions.invitedOnly", { count: s.counts.invited })}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconUsers size={14} />}
                      onClick={() => setAttending(s.id)}
                      data-testid="edu-session-attendance"
                    >
                      {t("educationSessions.attendanceButton")}
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("educationSessions.more")}
                          data-testid="edu-session-menu"
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          component="a"
                          href={file(s, "attendance-sheet.pdf")}
                          leftSection={<IconPrinter size={14} />}
                          data-testid="edu-session-sheet"
                        >
                          {t("educationSessions.sheet")}
                        </Menu.Item>
                        <Menu.Item
                          component="a"
                          href={file(s, "report.pdf")}
                          leftSection={<IconFileText size={14} />}
                          data-testid="edu-session-report"
                        >
                          {t("educationSessions.report")}
                        </Menu.Item>
                        {canWrite ? (
                          <>
                            <Menu.Item
                              leftSection={<IconPencil size={14} />}
                              onClick={() => setForm({ mode: "edit", session: s })}
                              data-testid="edu-session-edit"
                            >
                              {t("common.edit")}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconRepeat size={14} />}
                              onClick={() => setForm({ mode: "followUp", session: s })}
                              data-testid="edu-session-follow-up"
                            >
                              {t("educationSessions.followUpButton")}
                            </Menu.Item>
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() => setDeleting(s)}
                              data-testid="edu-session-delete"
                            >
                              {t("common.delete")}
                            </Menu.Item>
                          </>
                        ) : null}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </ListTable>
      <SessionFormModal
        orgId={orgId}
        target={form}
        courses={courses}
        onClose={() => setForm(null)}
      />
      <AttendanceModal
        orgId={orgId}
        sessionId={attending}
        canWrite={canWrite}
        onClose={() => setAttending(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t("educationSessions.deleteTitle")}
        message={t("educationSessions.deleteMessage")}
        confirmTestId="edu-session-delete-confirm"
        onConfirm={() => remove.runOrThrow(deleting?.id ?? "")}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
