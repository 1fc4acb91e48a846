// 受講状況 (the tracking tab of 教育): two views of the chosen plan's assignments. コース別 (one
// course, its people and what to do about them) and 人別 (every person against every course of
// the plan, and a person's history over the years).
import { SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CourseTracking } from "./CourseTracking.tsx";
import { PeopleMatrix } from "./PeopleMatrix.tsx";

type View = "course" | "people";

export default function TrackingTab({ orgId, planId }: { orgId: string; planId: string | null }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>("course");

  if (!planId)
    return (
      <Text c="dimmed" data-testid="edu-tracking-no-plan">
        {t("educationTracking.noPlan")}
      </Text>
    );
  return (
    <Stack>
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as View)}
        data={[
          { value: "course", label: t("educationTracking.view.course") },
          { value: "people", label: t("educationTracking.view.people") },
        ]}
        style={{ alignSelf: "flex-start" }}
        data-testid="edu-tracking-view"
      />
      {view === "course" ? (
        <CourseTracking orgId={orgId} planId={planId} />
      ) : (
        <PeopleMatrix key={planId} orgId={orgId} planId={planId} />
      )}
    </Stack>
  );
}
