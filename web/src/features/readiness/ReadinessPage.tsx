// 審査準備度: every rule's result grouped by construction step, the reason with its numbers and
// a way to fix it; the manual rules as checkboxes. `?rule=<id>` scrolls to one rule.
import { Alert, Badge, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { RuleCard } from "./RuleCard.tsx";
import { bi, stepColor } from "./readiness-labels.ts";
import { useReadiness } from "./useReadiness.ts";

type Show = "all" | "gap" | "manual";

export default function ReadinessPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const report = useReadiness(org.id);
  const [params] = useSearchParams();
  const focus = params.get("rule");
  const [show, setShow] = useState<Show>("all");

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll once the rules are shown
  useEffect(() => {
    if (!focus || !report.data) return;
    document
      .querySelector(`[data-testid="readiness-rule-${CSS.escape(focus)}"]`)
      ?.scrollIntoView({ block: "center" });
  }, [focus, Boolean(report.data)]);

  if (report.isPending) return <FullPageLoader inline />;
  if (report.isError) return <Alert color="red">{errorMessage(report.error)}</Alert>;
  const data = report.data;
  const visible = data.results.filter(
    (r) => show === "all" || (show === "gap" ? r.status === "gap" : r.manual),
  );

  return (
    <>
      <PageHeader
        title={t("readiness.title")}
        description={t("readiness.intro")}
        actions={
          <SegmentedControl
            size="xs"
            value={show}
            onChange={(v) => setShow(v as Show)}
            data={[
              { value: "all", label: t("readiness.show.all") },
              { value: "gap", label: t("readiness.show.gap") },
              { value: "manual", label: t("readiness.show.manual") },
            ]}
            data-testid="readiness-show"
          />
        }
      />
      <Group gap="lg" mb="md">
        <Text size="sm" data-testid="readiness-score" data-score={data.score}>
          {t("readiness.score", { score: data.score })}
        </Text>
        <Text size="sm" c={data.blockers > 0 ? "red" : "teal"} fw={600}>
          {t("readiness.blockerCount", { count: data.blockers })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("readiness.evaluatedAt", { at: formatDateTime(data.evaluatedAt) })}
        </Text>
      </Group>
      <Stack gap="xl">
        {data.byStep.map((step) => {
          const rules = visible.filter((r) => r.step === step.step);
          if (rules.length === 0) return null;
          return (
            <Stack gap="xs" key={step.step} data-testid={`readiness-step-${step.step}`}>
              <Group gap="sm">
                <Title order={2} size="h4">
                  {t("readiness.stepTitle", { step: step.step, title: bi(step.title) })}
                </Title>
                <Badge color={stepColor[step.status]} variant="light">
                  {t(`readiness.stepStatus.${step.status}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t("readiness.okOfTotal", { ok: step.ok, total: step.total - step.na })}
                </Text>
              </Group>
              {rules.map((rule) => (
                <RuleCard key={rule.ruleId} rule={rule} highlighted={rule.ruleId === focus} />
              ))}
            </Stack>
          );
        })}
        {visible.length === 0 && <Text c="dimmed">{t("readiness.nothing")}</Text>}
      </Stack>
    </>
  );
}
