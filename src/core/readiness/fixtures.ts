// Building blocks for tests (here and in other modules): an empty organization and a
// complete, reviewed register item to vary.

import { REQUIRED_INVENTORY_FIELDS } from "../registers/inventory-fields.ts";
import { RISK_MATRIX_3X3 } from "../registers/risk-matrix-presets.ts";
import type { ReadinessSnapshot, SnapshotItem } from "./snapshot.ts";

/** A new organization: nothing recorded yet, the 3×3 preset matrix. */
export function emptySnapshot(): ReadinessSnapshot {
  return {
    profile: { scope: null, representative: null },
    activeStaffCount: 0,
    appointments: [],
    items: [],
    riskMatrix: structuredClone(RISK_MATRIX_3X3),
    riskGroups: [],
    legal: [],
    activities: [],
  };
}

/**
 * An active item with every required field filled, identified on 2025-01-10, a flow over the
 * five core phases and a risk in each; nothing sensitive, outsourced or sent abroad.
 */
export function snapshotItem(overrides: Partial<SnapshotItem> = {}): SnapshotItem {
  const phases = ["acquisition_input", "transfer", "use_processing", "storage_backup", "disposal"];
  return {
    id: "item-1",
    name: "顧客名簿",
    departmentId: null,
    status: "active",
    filled: Object.fromEntries(REQUIRED_INVENTORY_FIELDS.map((k) => [k, true])),
    sensitive: false,
    consentBasis: null,
    outsourced: false,
    outsourcee: null,
    thirdPartyProvision: false,
    jointUse: false,
    foreignRecipient: false,
    foreignCountry: null,
    identifiedOn: "2025-01-10",
    lastReviewedOn: null,
    flowPhases: phases,
    riskPhases: phases,
    ...overrides,
  };
}
