// 要求事項の評価: the guideline's items J.1–J.11 as a tree (clauses fold), each assessable item
// with the organization's judgement, notes and evidence, and what the readiness engine found.
// `?ref=J.3.1.1` opens and scrolls to that item.
import { Accordion, Alert, Badge, Group, Stack, Text } from "@mantine/core";
import { ASSESSMENT_STATUSES } from "@src/core/requirements/assessment.ts";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { assessmentColor, assessmentLabel, assessmentOptions } from "./assessment-labels.ts";
import { ClauseItems } from "./ClauseItems.tsx";
import { type AssessmentStatus, useAssessments, useCatalogue } from "./useAssessments.ts";

const clauseOf = (ref: string) => ref.split(".").slice(0, 2).join(".");

export default function AssessmentsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const [params] = useSearchParams();
  const focus = params.get("ref");
  const list = useAssessments(org.id);
  const catalogue = useCatalogue(list.data?.version);
  const [status, setStatus] = useState<AssessmentStatus | null>(null);
  const [openClauses, setOpenClauses] = useState<string[]>(focus ? [clauseOf(focus)] : []);

  // A new ?ref= (e.g. from the dashboard's map) opens its clause and scrolls to the item.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll once the tree is shown
  useEffect(() => {
    if (!focus || !catalogue.data) return;
    setOpenClauses((o) => (o.includes(clauseOf(focus)) ? o : [...o, clauseOf(focus)]));
    const timer = setTimeout(() => {
      document
        .querySelector(`[data-testid="assessment-${CSS.escape(focus)}"]`)
        ?.scrollIntoView({ block: "center" });
    }, 250);
    return () => clearTimeout(timer);
  }, [focus, Boolean(catalogue.data)]);

  const nodes = catalogue.data?.nodes ?? [];
  const byRef = useMemo(
    () => new Map((list.data?.items ?? []).map((a) => [a.ref, a])),
    [list.data],
  );

  if (list.isPending || (list.isSuccess && catalogue.isPending)) return <FullPageLoader inline />;
  if (list.isError) return <Alert color="red">{errorMessage(list.error)}</Alert>;
  if (catalogue.isError) return <Alert color="red">{errorMessage(catalogue.error)}</Alert>;
  const counts = list.data.counts;
  const clauses = nodes.filter((n) => n.depth === 1);
  const matches = (ref: string) => !status || byRef.get(ref)?.status === status;

  return (
    <>
      <PageHeader
        title={t("assessments.title")}
        description={t("assessments.intro", { version: list.data.version })}
      />
      <Group gap="xs" mb="md" data-testid="assessment-counts">
        {ASSESSMENT_STATUSES.map((s) => (
          <Badge key={s} color={assessmentColor[s]} variant="light" data-count={counts[s]}>
            {assessmentLabel(s)} {counts[s]}
          </Badge>
        ))}
        <Text size="sm" c="dimmed">
          {t("assessments.total", { count: counts.total })}
        </Text>
        <FilterSelect
          ml="auto"
          w={200}
          label={t("assessments.filter")}
          data={assessmentOptions()}
          value={status}
          onChange={(v) => setStatus((v as AssessmentStatus | null) ?? null)}
          data-testid="assessment-filter"
        />
      </Group>
      <Accordion
        multiple
        variant="separated"
        value={status ? clauses.map((c) => c.ref) : openClauses}
        onChange={setOpenClauses}
      >
        {clauses.map((c) => {
          const items = nodes.filter((n) => clauseOf(n.ref) === c.ref && n.depth > 1);
          const shown = items.filter((n) => !n.assessable || matches(n.ref));
          if (status && !shown.some((n) => n.assessable)) return null;
          const assessed = items.filter(
            (n) => n.assessable && byRef.get(n.ref)?.status !== "unassessed",
          ).length;
          const total = items.filter((n) => n.assessable).length;
          return (
            <Accordion.Item key={c.ref} value={c.ref} data-testid={`clause-${c.ref}`}>
              <Accordion.Control>
                <Group gap="sm">
                  <Text fw={700}>{c.ref}</Text>
                  <Text>{bi(c.title)}</Text>
                  <Text size="sm" c="dimmed">
                    {t("assessments.assessedOf", { assessed, total })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <ClauseItems nodes={shown} assessments={byRef} focus={focus} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </>
  );
}
