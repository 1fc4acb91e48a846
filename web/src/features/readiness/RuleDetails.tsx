// The records a result names (at most 20), each a link to the record itself: for a gap the
// records lacking something (e.g. register items), for a met rule the record it rests on
// (e.g. the dated activity record).
import { Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi, fixHref } from "./readiness-labels.ts";
import type { RuleResult } from "./useReadiness.ts";

export function RuleDetails({ rule }: { rule: RuleResult }) {
  const { t } = useTranslation();
  const org = useOrg();
  const details = rule.details;
  if (!details?.length) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t(rule.status === "gap" ? "readiness.details" : "readiness.evidence")}
      </Text>
      <List size="sm" spacing={2} data-testid={`readiness-details-${rule.ruleId}`}>
        {details.map((d, i) => (
          <List.Item key={d.id ?? `${d.name}-${i}`}>
            {d.path ? (
              <Anchor
                component={Link}
                to={fixHref(org.id, d.path)}
                size="sm"
                data-testid="readiness-record"
              >
                {d.name}
              </Anchor>
            ) : (
              d.name
            )}
            {d.note && (
              <Text span size="xs" c="dimmed">
                {" "}
                — {bi(d.note)}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
