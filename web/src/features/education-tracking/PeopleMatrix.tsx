// 受講状況・人別 (the people view of the tracking tab): the plan's people a page at a time, one
// column per course with the person's state in it (the course view's words and colours), the
// completion day under a completed one. Search by name, reading or employee number, filter by
// department or by a state held in any course; a name opens the person's history over all years.
import { Anchor, Badge, Group, Stack, Table, Text } from "@mantine/core";
import type { AssignmentState } from "@src/modules/education/education.delivery.contract.ts";
import { ASSIGNMENT_STATES } from "@src/modules/education/education.delivery.contract.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { formatDate } from "../../lib/format.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { PersonHistoryDrawer } from "./PersonHistoryDrawer.tsx";
import { cellsInColumns, cellView, matrixCourses, type PlanCell } from "./tracking-labels.ts";
import { usePlanPeople } from "./usePeopleTracking.ts";

type Filters = { q: string; state: AssignmentState | null; departmentId: string | null };

/** Width of the name column and of each course column: past the screen, the table scrolls. */
const PERSON_WIDTH = 220;
const COURSE_WIDTH = 150;

export function PeopleMatrix({ orgId, planId }: { orgId: string; planId: string }) {
  const { t } = useTranslation();
  const list = useListState<Filters, "name">({ q: "", state: null, departmentId: null }, "name");
  const people = usePlanPeople(orgId, planId, {
    q: list.q || undefined,
    state: list.filters.state ?? undefined,
    departmentId: list.filters.departmentId ?? undefined,
    page: list.page,
  });
  const departments = useDepartments(orgId);
  const [personId, setPersonId] = useState<string | null>(null);
  const items = people.data?.items ?? [];
  const columns = matrixCourses(people.data?.courses ?? [], items);
  const total = people.data?.total ?? 0;
  const setFilter = (patch: Partial<Filters>) => list.changeFilters({ ...list.filters, ...patch });

  return (
    <Stack gap={0} data-testid="edu-people">
      <Group align="flex-end" wrap="wrap">
        <SearchInput
          value={list.filters.q}
          onChange={(q) => setFilter({ q })}
          placeholder={t("educationTracking.searchPlaceholder")}
          w={260}
          testId="edu-people-search"
        />
        <FilterSelect
          label={t("educationTracking.people.filterState")}
          data={ASSIGNMENT_STATES.map((s) => ({
            value: s,
            label: t(`educationTracking.state.${s}`),
          }))}
          value={list.filters.state}
          onChange={(v) => setFilter({ state: (v as AssignmentState | null) ?? null })}
          w={200}
          data-testid="edu-people-state"
        />
        <FilterSelect
          label={t("educationTracking.filterDepartment")}
          data={departmentOptions(departments.data?.items ?? [])}
          value={list.filters.departmentId}
          onChange={(v) => setFilter({ departmentId: v })}
          searchable
          w={220}
          data-testid="edu-people-department"
        />
      </Group>
      <ListToolbar total={total} testId="edu-people-total" mih={36} />
      <ListTable
        minWidth={PERSON_WIDTH + COURSE_WIDTH * Math.max(columns.length, 1)}
        loading={people.isFetching}
        testId="edu-people-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={PERSON_WIDTH}>{t("educationTracking.col.person")}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.id} miw={COURSE_WIDTH} data-testid="edu-people-course">
                <Text size="sm" fw={600} lineClamp={2} title={c.title}>
                  {c.title}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <EmptyRow
              colSpan={columns.length + 1}
              loading={people.isLoading}
              text={t(
                columns.length === 0 && !people.isLoading
                  ? "educationTracking.noCourses"
                  : "educationTracking.empty",
              )}
            />
          )}
          {items.map((p) => (
            <Table.Tr key={p.personId} data-testid="edu-people-row">
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  fw={500}
                  onClick={() => setPersonId(p.personId)}
                  aria-label={t("educationTracking.people.open", { name: p.personName })}
                  data-testid="edu-people-open"
                >
                  {p.personName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[p.departmentName, p.left ? t("educationTracking.left") : null]
                    .filter(Boolean)
                    .join("・")}
                </Text>
              </Table.Td>
              {cellsInColumns(columns, p.cells).map((cell, i) => (
                <MatrixCell key={columns[i]?.id ?? i} cell={cell} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
      <ListPagination
        total={total}
        page={list.page}
        onChange={list.setPage}
        testId="edu-people-pages"
      />
      <PersonHistoryDrawer orgId={orgId} personId={personId} onClose={() => setPersonId(null)} />
    </Stack>
  );
}

function MatrixCell({ cell }: { cell: PlanCell | null }) {
  const { t } = useTranslation();
  const view = cellView(cell);
  return (
    <Table.Td data-testid="edu-people-cell" data-state={cell?.state ?? "none"}>
      {view ? (
        <>
          <Badge color={view.color} variant="light">
            {t(view.stateKey)}
          </Badge>
          {view.completedOn && (
            <Text size="xs" c="dimmed" mt={2}>
              {formatDate(view.completedOn)}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed" title={t("educationTracking.people.notAssigned")}>
          —
        </Text>
      )}
    </Table.Td>
  );
}
