// Messages of the audit trail (verification, anchors). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const auditMessages = {} satisfies Record<string, Text>;
