// Item form, sections 保管・アクセス, 委託・提供 and 管理.
import { Select, SimpleGrid, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { fieldProps, type ItemForm, Section, yesNoProps } from "./form-parts.tsx";
import { enumOptions } from "./inventory-fields.ts";
import { showDetail, showRecipients } from "./item-form.ts";
import { YesNoField } from "./YesNoField.tsx";

export function StorageSection({
  form,
  departments,
}: {
  form: ItemForm;
  departments: Department[];
}) {
  const { t } = useTranslation();
  return (
    <Section
      id="storage"
      title={t("inventory.section.storage")}
      lead={t("inventory.sectionLead.storage")}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...fieldProps(form, "storageLocation")} />
        <TextInput {...fieldProps(form, "storageMethod")} />
      </SimpleGrid>
      <TagsInput
        {...fieldProps(form, "accessHolders")}
        data={[...new Set(departments.map((d) => d.name))]}
        splitChars={[",", "、", "，"]}
        acceptValueOnBlur
        clearable
        placeholder={t("inventory.tagsPlaceholder")}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...fieldProps(form, "retentionPeriod")} />
        <TextInput {...fieldProps(form, "disposalMethod")} />
      </SimpleGrid>
    </Section>
  );
}

export function ProvisionSection({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const v = form.getValues();
  return (
    <Section
      id="provision"
      title={t("inventory.section.provision")}
      lead={t("inventory.sectionLead.provision")}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <YesNoField {...yesNoProps(form, "outsourced")} />
        {showDetail(v.outsourced, v.outsourcee) && (
          <TextInput {...fieldProps(form, "outsourcee")} />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <YesNoField {...yesNoProps(form, "thirdPartyProvision")} />
        <YesNoField {...yesNoProps(form, "jointUse")} />
      </SimpleGrid>
      {showRecipients(v) && <TextInput {...fieldProps(form, "recipients")} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <YesNoField {...yesNoProps(form, "foreignRecipient")} />
        {showDetail(v.foreignRecipient, v.foreignCountry) && (
          <TextInput {...fieldProps(form, "foreignCountry")} />
        )}
      </SimpleGrid>
    </Section>
  );
}

export function ManagementSection({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <Section
      id="management"
      title={t("inventory.section.management")}
      lead={t("inventory.sectionLead.management")}
    >
      <YesNoField {...yesNoProps(form, "retainedPersonalData")} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <DateField {...fieldProps(form, "identifiedOn")} />
        <DateField {...fieldProps(form, "lastReviewedOn")} />
        <Select
          {...fieldProps(form, "status")}
          data={enumOptions("status")}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Section>
  );
}
