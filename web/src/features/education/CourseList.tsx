// The courses of a plan: title, audience, how, when, state and how many are assigned and have
// completed; the actions a writer has on each (edit, open for taking, archive or restore, copy
// to another plan, delete). Deleting a course someone was assigned is refused by the server
// with the advice to archive it, shown in the dialog.
import { ActionIcon, Badge, Group, Menu, Table, Text } from "@mantine/core";
import {
  IconArchive,
  IconArrowBackUp,
  IconCopy,
  IconDots,
  IconPencil,
  IconPlayerPlay,
  IconTrash,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { formatDate } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { CopyCourseModal } from "./CopyCourseModal.tsx";
import { type CourseSummary, useDeleteCourse, useMoveCourse } from "./useEducation.ts";

const STATUS_COLORS: Record<string, string> = { draft: "gray", open: "green", archived: "dark" };

export function CourseStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status] ?? "gray"} variant="light">
      {t(`education.course.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function CourseList({
  courses,
  loading,
  onEdit,
}: {
  courses: CourseSummary[];
  loading: boolean;
  onEdit: (courseId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const writable = useCan("education.write");
  const lang = i18n.language === "en" ? "en" : "ja";
  const [deleting, setDeleting] = useState<CourseSummary | null>(null);
  const [copying, setCopying] = useState<CourseSummary | null>(null);
  const move = useMoveCourse(org.id, { errorsAs: "notice", notice: t("common.updated") });
  const remove = useDeleteCourse(org.id, { notice: t("common.deleted") });

  return (
    <>
      <ListTable minWidth={820} loading={loading} testId="education-course-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("education.course.title")}</Table.Th>
            <Table.Th>{t("education.course.audience")}</Table.Th>
            <Table.Th>{t("education.course.delivery")}</Table.Th>
            <Table.Th>{t("education.course.dueOn")}</Table.Th>
            <Table.Th>{t("education.course.state")}</Table.Th>
            <Table.Th ta="right">{t("education.course.progress")}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {courses.length === 0 && (
            <EmptyRow colSpan={7} loading={loading} text={t("education.course.empty")} />
          )}
          {courses.map((c) => (
            <Table.Tr key={c.id} data-testid={`education-course-${c.id}`}>
              <Table.Td>
                <Text
                  size="sm"
                  fw={500}
                  c={c.status === "archived" ? "dimmed" : undefined}
                  style={{ cursor: "pointer" }}
                  onClick={() => onEdit(c.id)}
                >
                  {c.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("education.course.counts", {
                    sections: c.sectionCount,
                    questions: c.questionCount,
                  })}
                </Text>
              </Table.Td>
              <Table.Td>{c.audienceLabel[lang]}</Table.Td>
              <Table.Td>
                {t(`education.delivery.${c.delivery}`, { defaultValue: c.delivery })}
              </Table.Td>
              <Table.Td>{formatDate(c.dueOn)}</Table.Td>
              <Table.Td>
                <CourseStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td ta="right">
                {t("education.course.completedOf", {
                  completed: c.completedCount,
                  assigned: c.assignedCount,
                })}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("education.course.actions")}
                      data-testid={`education-course-menu-${c.id}`}
                    >
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(c.id)}>
                      {writable ? t("common.edit") : t("education.course.view")}
                    </Menu.Item>
                    {writable && c.status === "draft" && (
                      <Menu.Item
                        leftSection={<IconPlayerPlay size={14} />}
                        onClick={() => move.run({ courseId: c.id, move: "open" })}
                        data-testid={`education-course-open-${c.id}`}
                      >
                        {t("education.course.open")}
                      </Menu.Item>
                    )}
                    {writable && c.status !== "archived" && (
                      <Menu.Item
                        leftSection={<IconArchive size={14} />}
                        onClick={() => move.run({ courseId: c.id, move: "archive" })}
                      >
                        {t("education.course.archive")}
                      </Menu.Item>
                    )}
                    {writable && c.status === "archived" && (
                      <Menu.Item
                        leftSection={<IconArrowBackUp size={14} />}
                        onClick={() => move.run({ courseId: c.id, move: "restore" })}
                      >
                        {t("education.course.restore")}
                      </Menu.Item>
                    )}
                    {writable && (
                      <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => setCopying(c)}>
                        {t("education.course.copy")}
                      </Menu.Item>
                    )}
                    {writable && (
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => setDeleting(c)}
                      >
                        {t("common.delete")}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
      <Group justify="flex-end" mt={4}>
        <Text size="xs" c="dimmed">
          {t("education.course.progressHelp")}
        </Text>
      </Group>
      <ConfirmModal
        opened={deleting !== null}
        title={t("education.course.deleteTitle")}
        message={t("education.course.deleteMessage", { title: deleting?.title ?? "" })}
        onConfirm={() => remove.runOrThrow(deleting?.id ?? "")}
        onClose={() => setDeleting(null)}
      />
      <CopyCourseModal course={copying} onClose={() => setCopying(null)} />
    </>
  );
}
