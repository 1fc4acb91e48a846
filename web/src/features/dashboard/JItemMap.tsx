// The J items at a glance: one row per clause (J.1 … J.11), one square per assessable item,
// coloured by the organization's assessment, or, while unassessed, by what the readiness
// engine found. A click opens the item on the assessments page.
import { Box, Card, Group, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import type { ReadinessStatus } from "@src/core/readiness/rule.ts";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { assessmentColor, assessmentLabel } from "../assessments/assessment-labels.ts";
import type { Assessment, AssessmentStatus, CatalogueNode } from "../assessments/useAssessments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";

type Shade = AssessmentStatus | `engine_${ReadinessStatus}`;

const fill: Record<Shade, string> = {
  conform: `var(--mantine-color-${assessmentColor.conform}-6)`,
  partial: `var(--mantine-color-${assessmentColor.partial}-5)`,
  nonconform: `var(--mantine-color-${assessmentColor.nonconform}-7)`,
  na: "var(--mantine-color-gray-5)",
  unassessed: "var(--mantine-color-gray-1)",
  engine_ok: "var(--mantine-color-teal-1)",
  engine_gap: "var(--mantine-color-red-2)",
  engine_na: "var(--mantine-color-gray-1)",
};

const legendOrder: Shade[] = [
  "conform",
  "partial",
  "nonconform",
  "na",
  "engine_gap",
  "engine_ok",
  "unassessed",
];

function shadeOf(a: Assessment): Shade {
  if (a.status !== "unassessed") return a.status;
  return a.engine ? `engine_${a.engine.status}` : "unassessed";
}

function Square({ shade, size = 18 }: { shade: Shade; size?: number }) {
  return (
    <Box
      w={size}
      h={size}
      style={{
        background: fill[shade],
        borderRadius: 3,
        border: "1px solid var(--mantine-color-gray-4)",
      }}
    />
  );
}

export function JItemMap({
  nodes,
  assessments,
}: {
  nodes: CatalogueNode[];
  assessments: Assessment[];
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const navigate = useNavigate();
  const clauses = nodes.filter((n) => n.depth === 1);
  const topOf = (ref: string) => ref.split(".").slice(0, 2).join(".");
  const label = (shade: Shade) =>
    shade.startsWith("engine_")
      ? t(`dashboard.jmap.${shade}`)
      : assessmentLabel(shade as AssessmentStatus);

  return (
    <Card withBorder padding="md" data-testid="dashboard-jmap">
      <Text fw={700} mb="sm">
        {t("dashboard.jmap.title")}
      </Text>
      <Stack gap={6}>
        {clauses.map((c) => (
          <Group key={c.ref} gap="xs" wrap="nowrap" align="center">
            <Tooltip label={bi(c.title)}>
              <Text size="xs" fw={600} w={44}>
                {c.ref}
              </Text>
            </Tooltip>
            <Group gap={4}>
              {assessments
                .filter((a) => topOf(a.ref) === c.ref)
                .map((a) => {
                  const shade = shadeOf(a);
                  return (
                    <Tooltip key={a.ref} label={`${a.ref} ${bi(a.title)} — ${label(shade)}`}>
                      <UnstyledButton
                        onClick={() =>
                          navigate(`/orgs/${org.id}/assessments?ref=${encodeURIComponent(a.ref)}`)
                        }
                        aria-label={`${a.ref} ${bi(a.title)}: ${label(shade)}`}
                        data-testid={`jmap-${a.ref}`}
                        data-shade={shade}
                      >
                        <Square shade={shade} />
                      </UnstyledButton>
                    </Tooltip>
                  );
                })}
            </Group>
          </Group>
        ))}
      </Stack>
      <Group gap="md" mt="md">
        {legendOrder.map((s) => (
          <Group key={s} gap={4} wrap="nowrap">
            <Square shade={s} size={12} />
            <Text size="xs" c="dimmed">
              {label(s)}
            </Text>
          </Group>
        ))}
      </Group>
    </Card>
  );
}
