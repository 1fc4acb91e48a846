// Invite someone by e-mail with an access role. The invitation mail is queued with it; without
// a mail server (SMTP_URL) the link is shown here, once, to be passed on by hand.
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { inviteInput } from "@src/modules/members/members.contract.ts";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { grantableRoles, useInvite } from "./useMembers.ts";

type Values = { email: string; role: string | null };
const toPayload = (v: Values) => ({ email: v.email.trim(), role: v.role ?? "" });

export function InviteForm() {
  const { t } = useTranslation();
  const org = useOrg();
  const [sent, setSent] = useState<Invitation | null>(null);
  const form = useForm<Values>({
    initialValues: { email: "", role: "member" },
    validate: contractResolver(inviteInput, { payload: toPayload }),
  });
  const invite = useInvite(org.id, {
    form,
    notice: t("members.invited"),
    onSuccess: (inv) => {
      setSent(inv);
      form.reset();
    },
  });
  const submit = form.onSubmit((v) => invite.run(toPayload(v)));

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t("members.email")}
            type="email"
            required
            w={320}
            data-testid="invite-email"
            {...form.getInputProps("email")}
          />
          <Select
            label={t("members.role")}
            required
            data={grantableRoles(org.role).map((r) => ({ value: r, label: t(`accessRoles.${r}`) }))}
            allowDeselect={false}
            w={240}
            data-testid="invite-role"
            {...form.getInputProps("role")}
          />
          <Button type="submit" mt={25} loading={invite.busy} data-testid="invite-submit">
            {t("members.invite")}
          </Button>
        </Group>
      </form>
      <FormError message={invite.error} />
      {sent && !sent.link && (
        <Alert color="teal" data-testid="invite-mailed">
          {t("members.mailQueued", { email: sent.email })}
        </Alert>
      )}
      {sent?.link && (
        <Alert color="teal" title={t("members.linkTitle", { email: sent.email })}>
          <Stack gap="xs">
            <Text size="sm">{t("members.linkLead")}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code data-testid="invite-link" style={{ wordBreak: "break-all" }}>
                {sent.link}
              </Code>
              <CopyLinkButton link={sent.link} />
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

export function CopyLinkButton({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={link}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? "filled" : "light"}
          color={copied ? "teal" : undefined}
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          onClick={copy}
          data-testid="invite-copy"
        >
          {copied ? t("common.copied") : t("common.copy")}
        </Button>
      )}
    </CopyButton>
  );
}
