// Words of personal links in the UI: purposes from the core registry, the status colours,
// the last valid day, and the sheet's file name.
import {
  issuedByHand,
  lastValidDay,
  PERSONAL_LINK_PURPOSES,
  personalLinkPurpose,
} from "@src/core/personal-links/purposes.ts";
import { bi } from "../../i18n/index.ts";
import { formatDate } from "../../lib/format.ts";

export const purposeOptions = () =>
  PERSONAL_LINK_PURPOSES.map((p) => ({ value: p.key, label: bi(p.label) }));

/** The purposes the issue dialog offers (a course's links come from the 教育 page). */
export const issuablePurposeOptions = () => purposeOptions().filter((o) => issuedByHand(o.value));

export const purposeLabel = (key: string) => bi(personalLinkPurpose(key)?.label) || key;

export const statusColor = { active: "green", expired: "gray", revoked: "red" } as const;

/** "2027年3月6日" for a link expiring at midnight after that day (Japan). */
export const untilDay = (expiresAt: string) => formatDate(lastValidDay(new Date(expiresAt)));

/** 本人用リンク_20261206.pdf */
export const sheetFileName = (today: string) => `本人用リンク_${today.replaceAll("-", "")}.pdf`;
