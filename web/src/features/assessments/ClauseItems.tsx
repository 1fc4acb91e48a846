// The items of one clause: sub-clauses as headings, each assessable item as a row that opens
// its assessment. Items whose title or number is not verified against the guideline say so.
import { Badge, Box, Collapse, Group, Paper, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../readiness/ReadinessBadges.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { AssessmentEditor } from "./AssessmentEditor.tsx";
import { assessmentColor, assessmentLabel } from "./assessment-labels.ts";
import type { Assessment, CatalogueNode } from "./useAssessments.ts";

function Unverified({ node }: { node: CatalogueNode }) {
  const { t } = useTranslation();
  if (node.verified) return null;
  return (
    <Badge
      color="yellow"
      variant="outline"
      size="sm"
      title={node.toVerify ?? t("assessments.unverifiedHint")}
    >
      {t("assessments.unverified")}
    </Badge>
  );
}

export function ClauseItems({
  nodes,
  assessments,
  focus,
}: {
  nodes: CatalogueNode[];
  assessments: ReadonlyMap<string, Assessment>;
  focus: string | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(() => new Set(focus ? [focus] : []));
  const isOpen = (ref: string) => open.has(ref) || ref === focus;
  const toggle = (ref: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (isOpen(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });

  return nodes.map((node) => {
    const indent = (node.depth - 2) * 20;
    const a = assessments.get(node.ref);
    if (!node.assessable || !a)
      return (
        <Group key={node.ref} gap="xs" pl={indent} mt="xs">
          <Text size="sm" fw={700}>
            {node.ref} {bi(node.title)}
          </Text>
          <Unverified node={node} />
        </Group>
      );
    const engine = a.engine?.status ?? null;
    const opened = isOpen(node.ref);
    return (
      <Box key={node.ref} pl={indent} data-testid={`assessment-${node.ref}`} data-status={a.status}>
        <Paper withBorder p={0} radius="sm">
          <UnstyledButton
            w="100%"
            p="xs"
            onClick={() => toggle(node.ref)}
            aria-expanded={opened}
            data-testid={`assessment-toggle-${node.ref}`}
          >
            <Group gap="xs" wrap="nowrap">
              {opened ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              <Text size="sm" fw={600} w={70} style={{ flexShrink: 0 }}>
                {node.ref}
              </Text>
              <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
                {bi(node.title)}
              </Text>
              <Unverified node={node} />
              {engine && (
                <Group gap={4} wrap="nowrap" title={t("assessments.engine")}>
                  <Text size="xs" c="dimmed">
                    {t("assessments.engineShort")}
                  </Text>
                  <StatusBadge status={engine} />
                </Group>
              )}
              <Badge color={assessmentColor[a.status]} variant="filled" w={96}>
                {assessmentLabel(a.status)}
              </Badge>
            </Group>
          </UnstyledButton>
          <Collapse in={opened}>
            {opened && (
              <Box p="sm" pt={0}>
                <AssessmentEditor
                  key={`${a.ref}:${a.updatedAt ?? ""}`}
                  assessment={a}
                  node={node}
                  rules={a.engine?.rules ?? []}
                />
              </Box>
            )}
          </Collapse>
        </Paper>
      </Box>
    );
  });
}
