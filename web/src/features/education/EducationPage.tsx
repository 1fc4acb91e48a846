// 教育: the yearly education. A fiscal-year selector picks the plan (`?plan=<id>`, by default
// this fiscal year's, else the newest); four tabs show it: 計画・コース (this folder), 受講状況,
// 集合・オンライン研修 and 報告書・理解度 (their own feature folders, loaded when opened).
// Without any plan, a writer starts this year's.
import { Button, Group, Loader, Select, Stack, Tabs, Text } from "@mantine/core";
import { fiscalYearOf } from "@src/core/education/fiscal-year.ts";
import { IconPlus } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { today } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { PlanFormModal } from "./PlanFormModal.tsx";
import PlanTab, { PlanStatusBadge } from "./PlanTab.tsx";
import { planLabel } from "./plan-form.ts";
import { usePlans } from "./useEducation.ts";

const TrackingTab = lazy(() => import("../education-tracking/TrackingTab.tsx"));
const SessionsTab = lazy(() => import("../education-sessions/SessionsTab.tsx"));
const ReportsTab = lazy(() => import("../education-sessions/ReportsTab.tsx"));

const TABS = ["plan", "tracking", "sessions", "reports"] as const;
type Tab = (typeof TABS)[number];

export default function EducationPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const writable = useCan("education.write");
  const plans = usePlans(org.id);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const items = plans.data?.items ?? [];
  const thisYear = fiscalYearOf(today());
  const chosen = params.get("plan");
  const planId =
    (chosen && items.some((p) => p.id === chosen) ? chosen : null) ??
    items.find((p) => p.fiscalYear === thisYear)?.id ??
    items[0]?.id ??
    null;
  const plan = items.find((p) => p.id === planId) ?? null;
  const tab: Tab = TABS.includes(params.get("tab") as Tab) ? (params.get("tab") as Tab) : "plan";
  const set = (changes: Record<string, string | null>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  const choosePlan = (id: string | null) => set({ plan: id, course: null });
  // The next year without a plan: this one, or the one after the newest.
  const suggestedYear = items.some((p) => p.fiscalYear === thisYear)
    ? Math.max(...items.map((p) => p.fiscalYear)) + 1
    : thisYear;

  const props = { orgId: org.id, planId };
  return (
    <Stack gap="md" data-testid="education-page">
      <PageHeader
        title={t("education.title")}
        description={t("education.description")}
        actions={
          writable && (
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="education-plan-new"
            >
              {t("education.plan.new")}
            </Button>
          )
        }
      />
      {plans.isLoading ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Stack align="flex-start" data-testid="education-no-plan">
          <Text>{t("education.plan.noneYet")}</Text>
          {writable && (
            <Button onClick={() => setCreating(true)} data-testid="education-plan-start">
              {t("education.plan.start", { year: thisYear })}
            </Button>
          )}
        </Stack>
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <Select
              label={t("education.plan.fiscalYear")}
              data={items.map((p) => ({
                value: p.id,
                label: planLabel(p, (year, title) => t("education.plan.option", { year, title })),
              }))}
              value={planId}
              onChange={choosePlan}
              allowDeselect={false}
              w={360}
              data-testid="education-plan-select"
            />
            {plan && <PlanStatusBadge status={plan.status} />}
          </Group>
          <Tabs value={tab} onChange={(v) => set({ tab: v === "plan" ? null : v, course: null })}>
            <Tabs.List>
              {TABS.map((k) => (
                <Tabs.Tab key={k} value={k} data-testid={`education-tab-${k}`}>
                  {t(`education.tabs.${k}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          <Suspense fallback={<Loader size="sm" />}>
            {tab === "plan" && <PlanTab {...props} onPlanChange={choosePlan} />}
            {tab === "tracking" && <TrackingTab {...props} />}
            {tab === "sessions" && <SessionsTab {...props} />}
            {tab === "reports" && <ReportsTab {...props} />}
          </Suspense>
        </>
      )}
      <PlanFormModal
        opened={creating}
        plan={null}
        suggestedYear={suggestedYear}
        onClose={() => setCreating(false)}
        onCreated={choosePlan}
      />
    </Stack>
  );
}
