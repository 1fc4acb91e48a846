// The register's filters that arrive in the URL: a readiness rule's fix link lands on exactly
// the rows it found lacking (`?status=active&outsourced=true&lacking=outsourcee`), and the
// list shows those filters as removable chips. Unknown values are ignored, not trusted.
import {
  type InventoryLacking,
  inventoryLacking,
  inventoryStatuses,
} from "@src/modules/inventory/inventory.contract.ts";

/** Yes/no columns a link may filter on (null: not filtered). */
export const linkFlags = [
  "outsourced",
  "thirdPartyProvision",
  "jointUse",
  "foreignRecipient",
] as const;
export type LinkFlag = (typeof linkFlags)[number];

export type LinkFilters = {
  status: string | null;
  lacking: InventoryLacking | null;
} & Record<LinkFlag, "true" | "false" | null>;

export const noLinkFilters: LinkFilters = {
  status: null,
  lacking: null,
  outsourced: null,
  thirdPartyProvision: null,
  jointUse: null,
  foreignRecipient: null,
};

const yesNo = (v: string | null): "true" | "false" | null =>
  v === "true" || v === "false" ? v : null;

/** The link filters of a URL, and those the visible controls also show. */
export function filtersFromUrl(params: URLSearchParams): {
  link: LinkFilters;
  sensitive: "true" | "false" | null;
  myNumber: "true" | "false" | null;
  reviewOverdue: boolean;
} {
  const status = params.get("status");
  const lacking = params.get("lacking");
  const link: LinkFilters = {
    status: status !== null && inventoryStatuses.includes(status) ? status : null,
    lacking: inventoryLacking.find((l) => l === lacking) ?? null,
    outsourced: null,
    thirdPartyProvision: null,
    jointUse: null,
    foreignRecipient: null,
  };
  for (const f of linkFlags) link[f] = yesNo(params.get(f));
  return {
    link,
    sensitive: yesNo(params.get("sensitive")),
    myNumber: yesNo(params.get("myNumber")),
    reviewOverdue: params.get("reviewOverdue") === "true",
  };
}

/** The link filters that are set, in a fixed order, for the chips. */
export function activeLinkFilters(link: LinkFilters): { key: keyof LinkFilters; value: string }[] {
  const keys: (keyof LinkFilters)[] = ["status", ...linkFlags, "lacking"];
  return keys.flatMap((key) => {
    const value = link[key];
    return value === null ? [] : [{ key, value }];
  });
}
