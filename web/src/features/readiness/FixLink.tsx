// The button that opens the page where a gap is fixed (in-app navigation).
import { Button } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { fixHref } from "./readiness-labels.ts";

export function FixLink({ fixPath, testId }: { fixPath: string; testId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  return (
    <Button
      component={Link}
      to={fixHref(org.id, fixPath)}
      size="compact-sm"
      variant="light"
      rightSection={<IconArrowRight size={14} />}
      // Beside a long reason the button keeps its width; the text wraps instead.
      style={{ flexShrink: 0 }}
      data-testid={testId}
    >
      {t("readiness.fix")}
    </Button>
  );
}
