// Labels of the 文書管理 pages: kinds and version states as options and colours, the time a
// draft was saved (in Japan, as the server's conflict message says it), and the member who is
// suggested as approver first in the approver picker.
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  VERSION_STATUS_LABELS,
  VERSION_STATUSES,
  type VersionStatus,
} from "@src/core/documents/status.ts";
import { bi } from "../../i18n/index.ts";

export const kindOptions = () =>
  DOCUMENT_KINDS.map((k) => ({ value: k, label: bi(DOCUMENT_KIND_LABELS[k]) }));

export const statusOptions = () =>
  VERSION_STATUSES.map((s) => ({ value: s, label: bi(VERSION_STATUS_LABELS[s]) }));

export const statusLabel = (status: string | null | undefined) =>
  status ? bi(VERSION_STATUS_LABELS[status as VersionStatus]) || status : "";

export const STATUS_COLORS: Readonly<Record<VersionStatus, string>> = {
  draft: "gray",
  in_review: "orange",
  approved: "blue",
  published: "teal",
  superseded: "dark",
};

/** "14:05": the time of day in Japan (the server's conflict message says the same). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat("ja-JP", {
    timeZone: "Asia/Tokyo",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
}

/** Approver choices: the suggested member first, then the others by name. */
export function approverOptions(
  members: readonly { userId: string; name: string }[],
  suggested: { userId: string } | null,
): { value: string; label: string }[] {
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, "ja"));
  const first = sorted.filter((m) => m.userId === suggested?.userId);
  const rest = sorted.filter((m) => m.userId !== suggested?.userId);
  return [...first, ...rest].map((m) => ({ value: m.userId, label: m.name }));
}
