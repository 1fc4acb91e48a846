// Add or edit one person of the register.
import { Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  type EmploymentType,
  employmentTypes,
  type PersonInput,
  personInput,
} from "@src/modules/people/people.contract.ts";
import { useTranslation } from "react-i18next";
import type { Department, Person } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { departmentOptions } from "../departments/useDepartments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useSavePerson } from "./usePeople.ts";

type Values = {
  name: string;
  kana: string;
  employeeNumber: string;
  email: string;
  departmentId: string | null;
  employmentType: EmploymentType | null;
  joinedOn: string | null;
  leftOn: string | null;
};

const empty: Values = {
  name: "",
  kana: "",
  employeeNumber: "",
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
    employeeNumber: p.employeeNumber ?? "",
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
    employeeNumber: v.employeeNumber,
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
  const form = useForm<Values>({
    initialValues: empty,
    validate: contractResolver(personInput, { payload: toPayload }),
  });
  const editing = person && person !== "new" ? person : null;
  const save = useSavePerson(org.id, {
    form,
    notice: editing ? t("common.updated") : t("common.created"),
    onSuccess: onClose,
  });
  useFillOnOpen(form, person, () => (editing ? toValues(editing) : empty), save.reset);
  const submit = form.onSubmit((v) => save.run({ id: editing?.id, body: toPayload(v) }));

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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("people.employeeNumber")}
              data-testid="person-employee-number"
              {...form.getInputProps("employeeNumber")}
            />
            <TextInput
              label={t("people.email")}
              type="email"
              data-testid="person-email"
              {...form.getInputProps("email")}
            />
          </SimpleGrid>
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
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="person-submit"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
