// 規程類対照表: every J item that needs a documented rule or a record, the documents and clauses
// answering it (drafts marked 未施行), the mamori registers keeping its records, and the items
// with no answer. Filter to 未対応, or (`?lacking=rule`, the readiness fix link) to the items no
// rule in force answers; download the table as Excel for the application.
import { Alert, Anchor, Badge, Card, Checkbox, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { bi } from "../../i18n/index.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { COVERAGE_COLORS, coverageState, lacksRuleInForce } from "./coverage-state.ts";
import {
  type CoverageRowOut,
  coverageXlsxPath,
  useDocumentCoverage,
} from "./useDocumentCoverage.ts";

export default function DocumentCoveragePage() {
  const { t } = useTranslation();
  const org = useOrg();
  const coverage = useDocumentCoverage(org.id);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [params] = useSearchParams();
  const [ruleNotInForce, setRuleNotInForce] = useState(() => params.get("lacking") === "rule");
  const items = coverage.data?.items ?? [];
  const shown = items.filter(
    (r) => (!onlyMissing || r.missing.length > 0) && (!ruleNotInForce || lacksRuleInForce(r)),
  );
  const uncovered = coverage.data?.uncovered.length ?? 0;
  const draftOnly = items.filter((r) => !r.missing.length && r.draftOnly.length).length;

  return (
    <>
      <PageHeader
        title={t("documentCoverage.title")}
        description={t("documentCoverage.intro")}
        actions={
          <DownloadButton href={coverageXlsxPath(org.id)} testId="coverage-xlsx">
            {t("documentCoverage.download")}
          </DownloadButton>
        }
      />
      {coverage.isError && (
        <Alert color="red" mb="md">
          {errorMessage(coverage.error)}
        </Alert>
      )}
      <Card withBorder>
        <Group mb="sm" justify="space-between">
          <Stack gap={0}>
            <Text size="sm" data-testid="coverage-summary">
              {coverage.data
                ? uncovered > 0
                  ? t("documentCoverage.summary", { count: uncovered, total: items.length })
                  : t("documentCoverage.allCovered", { total: items.length })
                : ""}
            </Text>
            {draftOnly > 0 && (
              <Text size="sm" c="dimmed" data-testid="coverage-draft-summary">
                {t("documentCoverage.draftSummary", { count: draftOnly })}
              </Text>
            )}
          </Stack>
          <Group gap="md">
            <Checkbox
              label={t("documentCoverage.onlyMissing")}
              checked={onlyMissing}
              onChange={(e) => setOnlyMissing(e.currentTarget.checked)}
              data-testid="coverage-only-missing"
            />
            <Checkbox
              label={t("documentCoverage.onlyRuleNotInForce")}
              checked={ruleNotInForce}
              onChange={(e) => setRuleNotInForce(e.currentTarget.checked)}
              data-testid="coverage-only-rule-not-in-force"
            />
          </Group>
        </Group>
        <ListTable minWidth={880} loading={coverage.isLoading} testId="coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t("documentCoverage.col.ref")}</Table.Th>
              <Table.Th w={220}>{t("documentCoverage.col.title")}</Table.Th>
              <Table.Th w={110}>{t("documentCoverage.col.needs")}</Table.Th>
              <Table.Th>{t("documentCoverage.col.answers")}</Table.Th>
              <Table.Th w={140}>{t("documentCoverage.col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 && (
              <EmptyRow
                colSpan={5}
                loading={coverage.isLoading}
                text={t("documentCoverage.noneMissing")}
                testId="coverage-empty"
              />
            )}
            {shown.map((row) => (
              <CoverageRow key={row.ref} row={row} orgId={org.id} />
            ))}
          </Table.Tbody>
        </ListTable>
      </Card>
    </>
  );
}

function CoverageRow({ row, orgId }: { row: CoverageRowOut; orgId: string }) {
  const { t } = useTranslation();
  const state = coverageState(row);
  return (
    <Table.Tr data-testid="coverage-row" data-ref={row.ref} data-state={state}>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {row.ref}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{bi(row.title)}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {row.needs.map((n) => (
            <Badge
              key={n}
              size="xs"
              variant="light"
              color={row.missing.includes(n) ? "red" : "gray"}
            >
              {t(`documentCoverage.need.${n}`)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {row.answers.map((a) => (
            <Group key={`${a.documentId}-${a.clause ?? ""}`} gap={6} wrap="wrap">
              <Anchor
                component={Link}
                to={`/orgs/${orgId}/documents?doc=${a.documentId}`}
                size="sm"
              >
                {a.number} {a.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {a.clause ?? t("documentCoverage.wholeDocument")}
              </Text>
              {a.draft && (
                <Badge size="xs" variant="light" color="yellow" style={{ flexShrink: 0 }}>
                  {t("documentCoverage.draft")}
                </Badge>
              )}
            </Group>
          ))}
          {row.keptIn.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("documentCoverage.keptIn", {
                registers: row.keptIn.map((k) => bi(k.label)).join("、"),
              })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Badge color={COVERAGE_COLORS[state]} variant="light">
          {t(`documentCoverage.state.${state}`, {
            missing: row.missing.map((n) => t(`documentCoverage.need.${n}`)).join("・"),
          })}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
}
