// Messages of the safe upload reader (size, type, ZIP limits). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const uploadMessages = {} satisfies Record<string, Text>;
