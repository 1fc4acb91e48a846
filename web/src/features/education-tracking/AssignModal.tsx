// 受講の割り当て: the course's audience, a department or chosen people, the due day, and whether
// to mail each person their link now. The answer says how many were assigned, how many were
// already, and who has no e-mail (the link sheet reaches them).
import {
  Alert,
  Checkbox,
  List,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { assignInput } from "@src/modules/education/education.delivery.contract.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { type AssignResult, useAssign } from "./useEducationTracking.ts";
import { usePeopleOptions } from "./usePeopleOptions.ts";

type Scope = "audience" | "department" | "people";
type Values = {
  scope: Scope;
  departmentId: string | null;
  personIds: string[];
  dueOn: string | null;
  send: boolean;
};

const payload = (v: Values) => ({
  scope: v.scope,
  ...(v.scope === "department" ? { departmentId: v.departmentId ?? "" } : {}),
  ...(v.scope === "people" ? { personIds: v.personIds } : {}),
  dueOn: v.dueOn,
  send: v.send,
});

export function AssignModal({
  orgId,
  course,
  opened,
  onClose,
}: {
  orgId: string;
  course: { id: string; title: string; dueOn: string | null; audience: string };
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<AssignResult | null>(null);
  const form = useForm<Values>({
    initialValues: {
      scope: "audience",
      departmentId: null,
      personIds: [],
      dueOn: null,
      send: true,
    },
    validate: contractResolver(assignInput, { payload }),
  });
  const save = useAssign(orgId, course.id, {
    form,
    notice: (r) => t("educationTracking.assign.done", { count: r.assigned }),
    onSuccess: setResult,
  });
  useFillOnOpen(
    form,
    opened ? course.id : null,
    () => ({
      scope: (course.audience === "chosen" ? "people" : "audience") as Scope,
      departmentId: null,
      personIds: [],
      dueOn: course.dueOn,
      send: true,
    }),
    () => {
      save.reset();
      setResult(null);
    },
  );
  const departments = useDepartments(orgId);
  const people = usePeopleOptions(orgId, opened && form.values.scope === "people");
  const close = () => {
    setResult(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("educationTracking.assign.title")} size="lg">
      {result ? (
        <Stack data-testid="edu-assign-result">
          <Text size="sm">
            {t("educationTracking.assign.result", {
              assigned: result.assigned,
              already: result.already,
              mailed: result.mailed,
            })}
          </Text>
          {result.withoutEmail.length > 0 && (
            <Alert color="yellow" title={t("educationTracking.assign.withoutEmail")}>
              <List size="sm">
                {result.withoutEmail.slice(0, 20).map((p) => (
                  <List.Item key={p.personId}>
                    {p.personName}
                    {p.departmentName ? `（${p.departmentName}）` : ""}
                  </List.Item>
                ))}
              </List>
              {result.withoutEmail.length > 20 && (
                <Text size="xs">
                  {t("educationTracking.assign.more", { count: result.withoutEmail.length - 20 })}
                </Text>
              )}
              <Text size="xs" mt="xs">
                {t("educationTracking.assign.sheetHint")}
              </Text>
            </Alert>
          )}
          <ModalFooter
            error={null}
            onCancel={close}
            confirmText={t("educationTracking.close")}
            confirmTestId="edu-assign-close"
            loading={false}
            onConfirm={close}
          />
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((v) => save.run(payload(v)))}>
          <Stack data-testid="edu-assign-modal">
            <Text size="sm" fw={600}>
              {course.title}
            </Text>
            <SegmentedControl
              data={(["audience", "department", "people"] as const).map((s) => ({
                value: s,
                label: t(`educationTracking.assign.scope.${s}`),
              }))}
              data-testid="edu-assign-scope"
              {...form.getInputProps("scope")}
            />
            {form.values.scope === "department" && (
              <Select
                label={t("educationTracking.assign.department")}
                data={departmentOptions(departments.data?.items ?? [])}
                searchable
                data-testid="edu-assign-department"
                {...form.getInputProps("departmentId")}
              />
            )}
            {form.values.scope === "people" && (
              <MultiSelect
                label={t("educationTracking.assign.people")}
                data={people.options}
                searchable
                data-testid="edu-assign-people"
                {...form.getInputProps("personIds")}
              />
            )}
            <DateField
              label={t("educationTracking.assign.dueOn")}
              minDate={today()}
              data-testid="edu-assign-due"
              {...form.getInputProps("dueOn")}
            />
            <Checkbox
              label={t("educationTracking.assign.send")}
              data-testid="edu-assign-send"
              {...form.getInputProps("send", { type: "checkbox" })}
            />
            <ModalFooter
              error={save.error}
              onCancel={close}
              confirmText={t("educationTracking.assign.submit")}
              confirmTestId="edu-assign-submit"
              loading={save.busy}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
