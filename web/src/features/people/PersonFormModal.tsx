// Add or edit one person of the register.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type EmploymentType,
  employmentTypes,
  type PersonInput,
  personInput,
} from "../../../../src/modules/people/people.contract.ts";
import { api, orgPath } from "../../api/client.ts";
import type { Department, Person } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { zodErrors } from "../../lib/validation.ts";
import { departmentOptions } from "../departments/useDepartments.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";

type Values = {
  name: string;
  kana: string;
  email: string;
  departmentId: string | null;
  employmentType: EmploymentType | null;
  joinedOn: string | null;
  leftOn: string | null;
};

const empty: Values = {
  name: "",
  kana: "",
  email: "",
  departmentId: null,
  employmentType: "regular",
  joinedOn: null,
  leftOn: null,
};

function toValues(p: Person): Values {
  return {
    name: p.name,
    kana: p.kana ?? "",
    email: p.email ?? "",
    departmentId: p.departmentId,
    employmentType: p.employmentType,
    joinedOn: p.joinedOn,
    leftOn: p.leftOn,
  };
}

function toPayload(v: Values) {
  return {
    name: v.name,
    kana: v.kana,
    email: v.email.trim(),
    departmentId: v.departmentId || null,
    employmentType: v.employmentType,
    joinedOn: v.joinedOn || null,
    leftOn: v.leftOn || null,
  } as PersonInput;
}

export function PersonFormModal({
  person,
  departments,
  onClose,
}: {
  person: Person | "new" | null;
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: empty,
    validate: (v) => zodErrors(personInput, toPayload(v)),
  });
  const editing = person && person !== "new" ? person : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another person opens
  useEffect(() => {
    if (person === null) return;
    form.setValues(editing ? toValues(editing) : empty);
    form.clearErrors();
    setError(null);
  }, [person]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const body = toPayload(values);
      if (editing) await api.patch(orgPath(org.id, `/people/${editing.id}`), body);
      else await api.post(orgPath(org.id, "/people"), body);
      notifySuccess(editing ? t("common.updated") : t("common.created"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  });

  return (
    <Modal
      opened={person !== null}
      onClose={onClose}
      title={editing ? t("people.edit") : t("people.add")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("people.name")}
              required
              data-autofocus
              data-testid="person-name"
              {...form.getInputProps("name")}
            />
            <TextInput
              label={t("people.kana")}
              data-testid="person-kana"
              {...form.getInputProps("kana")}
            />
          </SimpleGrid>
          <TextInput
            label={t("people.email")}
            type="email"
            data-testid="person-email"
            {...form.getInputProps("email")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("people.department")}
              data={departmentOptions(departments)}
              clearable
              searchable
              data-testid="person-department"
              {...form.getInputProps("departmentId")}
            />
            <Select
              label={t("people.employmentType")}
              required
              data={employmentTypes.map((e) => ({ value: e, label: t(`employmentTypes.${e}`) }))}
              allowDeselect={false}
              data-testid="person-employment-type"
              {...form.getInputProps("employmentType")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("people.joinedOn")}
              data-testid="person-joined-on"
              {...form.getInputProps("joinedOn")}
            />
            <DateField
              label={t("people.leftOn")}
              data-testid="person-left-on"
              {...form.getInputProps("leftOn")}
            />
          </SimpleGrid>
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="person-submit">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
