// Where an evidence link of a record leads in the web app, and who may follow it: each kind of
// record opens its own page, narrowed to that record. A deleted record (no name) leads nowhere.
import type { Action } from "@src/core/access/permissions.ts";
import type { Activity } from "./useActivities.ts";

export type Evidence = Activity["evidence"][number];

/** The path under /orgs/:orgId/ and the permission its page needs; null: shown as text. */
export function evidenceTarget(e: Evidence): { path: string; permission: Action } | null {
  if (e.name === null) return null;
  const id = encodeURIComponent(e.id);
  switch (e.capability) {
    case "inventory_item":
      return { path: `inventory?item=${id}`, permission: "inventory.read" };
    case "legal_requirement":
      return { path: `legal?ids=${id}`, permission: "legal.read" };
    // The people register has no page per person: it opens searched for the name.
    case "person":
      return { path: `people?q=${encodeURIComponent(e.name)}`, permission: "people.read" };
    // The risk analysis opens filtered to the row's register item.
    case "inventory_risk":
      return e.itemId
        ? { path: `risks?itemId=${encodeURIComponent(e.itemId)}`, permission: "inventory.read" }
        : null;
    default:
      return null;
  }
}
