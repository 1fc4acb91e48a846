import { Group, Text, UnstyledButton } from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import { Link } from "react-router";

/** 守り mamori */
export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="守り mamori" style={{ flexShrink: 0 }}>
      <Group gap={6} wrap="nowrap">
        <IconShieldCheck size={26} color="var(--mantine-color-indigo-6)" />
        <Text fw={700} size="lg" c="indigo.8" style={{ whiteSpace: "nowrap" }}>
          守り
        </Text>
        <Text size="sm" c="dimmed" visibleFrom="xs">
          mamori
        </Text>
      </Group>
    </UnstyledButton>
  );
}
