// 受講状況・コース別 (the course view of the tracking tab): pick a course of the plan, see the
// counts per state, find people by name, reading or employee number, filter by state and
// department, and act on a row (resend the link, withdraw, record a paper test). Assigning, the
// printed list of people not completed, the link sheet for people without e-mail and the
// joiners/leavers sync sit above.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import type { AssignmentState } from "@src/modules/education/education.delivery.contract.ts";
import { ASSIGNMENT_STATES } from "@src/modules/education/education.delivery.contract.ts";
import {
  IconDots,
  IconPrinter,
  IconQrcode,
  IconRefresh,
  IconSend,
  IconUserPlus,
} from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { formatDate } from "../../lib/format.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { useCan } from "../orgs/OrgContext.tsx";
import { saveFile } from "../personal-links/usePersonalLinks.ts";
import { AssignModal } from "./AssignModal.tsx";
import { PaperCompletionModal } from "./PaperCompletionModal.tsx";
import { STATE_COLORS } from "./tracking-labels.ts";
import {
  certificatePath,
  pendingPdfPath,
  type TrackingRow,
  useLinkSheet,
  usePlanCourses,
  useResend,
  useSync,
  useTracking,
  useWithdraw,
} from "./useEducationTracking.ts";

type Filters = { q: string; state: AssignmentState | null; departmentId: string | null };

export function CourseTracking({ orgId, planId }: { orgId: string; planId: string }) {
  const { t } = useTranslation();
  const canDistribute = useCan("education.distribute");
  const canWrite = useCan("education.write");
  const plan = usePlanCourses(orgId, planId);
  const courses = (plan.data?.courses ?? []).filter((c) => c.status !== "draft");
  const [courseId, setCourseId] = useState<string | null>(null);
  useEffect(() => {
    if (!courses.some((c) => c.id === courseId)) setCourseId(courses[0]?.id ?? null);
  }, [courses, courseId]);
  const course = courses.find((c) => c.id === courseId) ?? null;
  const list = useListState<Filters, "name">({ q: "", state: null, departmentId: null }, "name");
  const tracking = useTracking(orgId, courseId, {
    q: list.q || undefined,
    state: list.filters.state ?? undefined,
    departmentId: list.filters.departmentId ?? undefined,
    page: list.page,
  });
  const departments = useDepartments(orgId);
  const [assigning, setAssigning] = useState(false);
  const [paper, setPaper] = useState<TrackingRow | null>(null);
  const [withdrawing, setWithdrawing] = useState<TrackingRow | null>(null);
  const resend = useResend(orgId, courseId ?? "", {
    errorsAs: "notice",
    notice: (r) =>
      t("educationTracking.resend.done", { mailed: r.mailed, skipped: r.skippedRecent }),
  });
  const sheet = useLinkSheet(orgId, courseId ?? "", {
    errorsAs: "notice",
    onSuccess: (blob) => saveFile(blob, `受講用リンク_${course?.title ?? ""}.pdf`),
  });
  const withdraw = useWithdraw(orgId, { notice: t("educationTracking.withdraw.done") });
  const sync = useSync(orgId, planId, {
    errorsAs: "notice",
    notice: (r) =>
      t("educationTracking.sync.done", { assigned: r.assigned, withdrawn: r.withdrawn }),
  });

  const counts = tracking.data?.counts;
  const items = tracking.data?.items ?? [];
  const open = course?.status === "open";
  const setFilter = (patch: Partial<Filters>) => list.changeFilters({ ...list.filters, ...patch });

  return (
    <Stack data-testid="edu-tracking">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t("educationTracking.course")}
          data={courses.map((c) => ({ value: c.id, label: c.title }))}
          value={courseId}
          onChange={setCourseId}
          allowDeselect={false}
          w={320}
          data-testid="edu-tracking-course"
        />
        {canDistribute && (
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconRefresh size={16} />}
              loading={sync.busy}
              onClick={() => sync.run()}
              data-testid="edu-tracking-sync"
            >
              {t("educationTracking.sync.button")}
            </Button>
            {course && open && (
              <Button
                leftSection={<IconUserPlus size={16} />}
                onClick={() => setAssigning(true)}
                data-testid="edu-tracking-assign"
              >
                {t("educationTracking.assign.button")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {courses.length === 0 && <Text c="dimmed">{t("educationTracking.noCourses")}</Text>}
      {course && (
        <>
          <Group gap="xs" data-testid="edu-tracking-counts">
            <Badge variant="outline" color="gray" data-testid="edu-count-total">
              {t("educationTracking.total", { count: counts?.total ?? 0 })}
            </Badge>
            {ASSIGNMENT_STATES.map((s) => (
              <Badge
                key={s}
                color={STATE_COLORS[s]}
                variant={list.filters.state === s ? "filled" : "light"}
                style={{ cursor: "pointer" }}
                onClick={() => setFilter({ state: list.filters.state === s ? null : s })}
                data-testid={`edu-count-${s}`}
              >
                {t(`educationTracking.state.${s}`)} {counts?.[s] ?? 0}
              </Badge>
            ))}
          </Group>
          <Group align="flex-end" wrap="wrap">
            <SearchInput
              value={list.filters.q}
              onChange={(q) => setFilter({ q })}
              placeholder={t("educationTracking.searchPlaceholder")}
              w={260}
              testId="edu-tracking-search"
            />
            <FilterSelect
              label={t("educationTracking.filterState")}
              data={ASSIGNMENT_STATES.map((s) => ({
                value: s,
                label: t(`educationTracking.state.${s}`),
              }))}
              value={list.filters.state}
              onChange={(v) => setFilter({ state: (v as AssignmentState | null) ?? null })}
              clearable
              w={160}
              data-testid="edu-tracking-state"
            />
            <FilterSelect
              label={t("educationTracking.filterDepartment")}
              data={departmentOptions(departments.data?.items ?? [])}
              value={list.filters.departmentId}
              onChange={(v) => setFilter({ departmentId: v })}
              clearable
              searchable
              w={220}
              data-testid="edu-tracking-department"
            />
          </Group>
          <ListToolbar
            total={tracking.data?.total ?? 0}
            testId="edu-tracking-total"
            mih={36}
            extra={
              <Group gap="xs">
                {canDistribute && open && (
                  <>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconSend size={14} />}
                      loading={resend.busy}
                      onClick={() => resend.run({})}
                      data-testid="edu-tracking-resend-all"
                    >
                      {t("educationTracking.resend.all")}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconQrcode size={14} />}
                      loading={sheet.busy}
                      onClick={() => sheet.run({})}
                      data-testid="edu-tracking-sheet"
                    >
                      {t("educationTracking.sheet")}
                    </Button>
                  </>
                )}
                <DownloadButton
                  href={pendingPdfPath(orgId, course.id)}
                  testId="edu-tracking-pending-pdf"
                >
                  <Group gap={4}>
                    <IconPrinter size={14} />
                    {t("educationTracking.pendingPdf")}
                  </Group>
                </DownloadButton>
              </Group>
            }
          />
          <ListTable minWidth={820} loading={tracking.isFetching} testId="edu-tracking-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("educationTracking.col.person")}</Table.Th>
                <Table.Th>{t("educationTracking.col.state")}</Table.Th>
                <Table.Th>{t("educationTracking.col.due")}</Table.Th>
                <Table.Th>{t("educationTracking.col.score")}</Table.Th>
                <Table.Th>{t("educationTracking.col.completed")}</Table.Th>
                {(canDistribute || canWrite) && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <EmptyRow
                  colSpan={6}
                  loading={tracking.isLoading}
                  text={t("educationTracking.empty")}
                />
              )}
              {items.map((r) => (
                <Table.Tr key={r.id} data-testid="edu-tracking-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.personName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[r.departmentName, r.employeeNumber].filter(Boolean).join("・")}
                      {!r.hasEmail && ` ・ ${t("educationTracking.noEmail")}`}
                      {r.left && ` ・ ${t("educationTracking.left")}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={STATE_COLORS[r.state]}
                      variant="light"
                      data-testid="edu-row-state"
                    >
                      {t(`educationTracking.state.${r.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(r.dueOn)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.bestScore === null
                        ? "—"
                        : t("educationTracking.score", {
                            score: r.bestScore,
                            attempts: r.attemptCount,
                          })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.completedOn
                        ? `${formatDate(r.completedOn)}（${t(`educationTracking.via.${r.completedVia ?? "e_learning"}`)}）`
                        : "—"}
                    </Text>
                    {r.completedOn && (
                      <Anchor
                        href={certificatePath(orgId, r.id)}
                        download
                        size="xs"
                        data-testid="edu-row-certificate"
                      >
                        {t("educationTracking.certificate")}
                      </Anchor>
                    )}
                  </Table.Td>
                  {(canDistribute || canWrite) && (
                    <Table.Td>
                      {!r.completedOn && !r.withdrawnAt && (
                        <Menu position="bottom-end">
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t("educationTracking.actions")}
                              data-testid="edu-row-menu"
                            >
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {canDistribute && open && r.hasEmail && (
                              <Menu.Item
                                onClick={() => resend.run({ assignmentIds: [r.id] })}
                                data-testid="edu-row-resend"
                              >
                                {t("educationTracking.resend.one")}
                              </Menu.Item>
                            )}
                            {canDistribute && open && !r.hasEmail && (
                              <Menu.Item
                                onClick={() => sheet.run({ assignmentIds: [r.id] })}
                                data-testid="edu-row-sheet"
                              >
                                {t("educationTracking.sheetOne")}
                              </Menu.Item>
                            )}
                            {canWrite && (
                              <Menu.Item onClick={() => setPaper(r)} data-testid="edu-row-paper">
                                {t("educationTracking.paper.title")}
                              </Menu.Item>
                            )}
                            {canDistribute && (
                              <Menu.Item
                                color="red"
                                onClick={() => setWithdrawing(r)}
                                data-testid="edu-row-withdraw"
                              >
                                {t("educationTracking.withdraw.title")}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
          <ListPagination
            total={tracking.data?.total ?? 0}
            page={list.page}
            onChange={list.setPage}
            testId="edu-tracking-pages"
          />
          <AssignModal
            orgId={orgId}
            course={course}
            opened={assigning}
            onClose={() => setAssigning(false)}
          />
        </>
      )}
      <PaperCompletionModal orgId={orgId} row={paper} onClose={() => setPaper(null)} />
      <ConfirmModal
        opened={withdrawing !== null}
        title={t("educationTracking.withdraw.title")}
        message={t("educationTracking.withdraw.message", { name: withdrawing?.personName ?? "" })}
        confirmLabel={t("educationTracking.withdraw.confirm")}
        confirmTestId="edu-withdraw-confirm"
        onConfirm={() => withdraw.runOrThrow(withdrawing?.id ?? "")}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
