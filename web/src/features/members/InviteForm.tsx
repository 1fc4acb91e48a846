// Invite someone by e-mail with an access role. No mail server is configured, so the link
// is shown here to be passed on by hand.
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
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import type { Invitation } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { zodErrors } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { grantableRoles } from "./useMembers.ts";

export function InviteForm() {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const form = useForm({
    initialValues: { email: "", role: "member" as string | null },
    validate: (v) => zodErrors(inviteInput, { email: v.email.trim(), role: v.role }),
  });

  const submit = form.onSubmit(async (v) => {
    setError(null);
    try {
      const inv = await api.post<Invitation>(orgPath(org.id, "/invitations"), {
        email: v.email.trim(),
        role: v.role,
      });
      setSent(inv);
      form.reset();
      notifySuccess(t("members.invited"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  });

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
          <Button type="submit" mt={25} loading={form.submitting} data-testid="invite-submit">
            {t("members.invite")}
          </Button>
        </Group>
      </form>
      <FormError message={error} />
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
