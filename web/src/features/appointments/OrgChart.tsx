// The chart of current holders: top management, then the PMS manager and the audit lead side
// by side, the roles under the PMS manager (department managers, education, complaints desk)
// and the internal auditors under the audit lead. Vacant required roles are marked.
import { Card, Text } from "@mantine/core";
import type { AppointmentRole } from "@src/modules/appointments/appointments.contract.ts";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../api/types.ts";
import classes from "./OrgChart.module.css";

type Node = { key: string; role: AppointmentRole; title?: string; names: string[] };

function Box({ node, primary }: { node: Node; primary?: boolean }) {
  const { t } = useTranslation();
  const vacant = node.names.length === 0;
  const cls = [classes.node, primary && classes.primary, vacant && classes.vacant]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cls} data-testid={`chart-${node.role}`}>
      <Text size="xs" c="dimmed" lh={1.3}>
        {t(`appointmentRoles.${node.role}`)}
      </Text>
      {node.title && (
        <Text size="xs" fw={600} lh={1.3}>
          {node.title}
        </Text>
      )}
      {vacant ? (
        <Text size="sm" c="red.7" fw={600}>
          {t("appointments.vacant")}
        </Text>
      ) : (
        node.names.map((n) => (
          <Text size="sm" fw={700} key={n}>
            {n}
          </Text>
        ))
      )}
    </div>
  );
}

function Branch({
  node,
  children,
  root,
  primary,
}: {
  node: Node;
  children?: ReactNode;
  root?: boolean;
  primary?: boolean;
}) {
  return (
    <div className={root ? `${classes.branch} ${classes.root}` : classes.branch}>
      <Box node={node} primary={primary} />
      {children && <div className={classes.children}>{children}</div>}
    </div>
  );
}

export function OrgChart({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation();
  const holders = (role: AppointmentRole): Node => ({
    key: role,
    role,
    names: [...new Set(appointments.filter((a) => a.role === role).map((a) => a.personName))],
  });
  const deptManagers: Node[] = appointments
    .filter((a) => a.role === "dept_manager")
    .sort((a, b) => (a.departmentName ?? "").localeCompare(b.departmentName ?? "", "ja"))
    .map((a) => ({
      key: a.id,
      role: "dept_manager",
      title: a.departmentName ?? "",
      names: [a.personName],
    }));
  const underManager: Node[] = [
    holders("education_lead"),
    holders("complaints_desk"),
    ...deptManagers,
  ];

  return (
    <Card withBorder padding="md" className={classes.chart} data-testid="org-chart">
      <Text size="xs" c="dimmed" mb="sm">
        {t("appointments.chartLead")}
      </Text>
      <div className={classes.tree}>
        <Branch node={holders("top_management")} root primary>
          <Branch node={holders("pms_manager")} primary>
            {underManager.map((n) => (
              <Branch key={n.key} node={n} />
            ))}
          </Branch>
          <Branch node={holders("audit_lead")} primary>
            <Branch node={holders("internal_auditor")} />
          </Branch>
        </Branch>
      </div>
    </Card>
  );
}
