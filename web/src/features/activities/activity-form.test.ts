import { describe, expect, it } from "vitest";
import { emptyValues, needsApprover, toPayload, toValues } from "./activity-form.ts";
import type { Activity } from "./useActivities.ts";

const record: Activity = {
  id: "a1",
  kind: "education",
  kindLabel: { ja: "従業者教育", en: "Staff education" },
  performedOn: "2026-11-20",
  performedByPersonId: null,
  performedByName: "外部 講師",
  approverUserId: null,
  approverName: null,
  approval: "not_needed",
  approvedAt: null,
  approvalVia: null,
  approvalAttachmentId: null,
  needsApproval: false,
  notes: null,
  evidence: [
    { capability: "person", id: "p1", name: "佐藤 花子", itemId: null },
    { capability: "inventory_item", id: "i1", name: "顧客名簿", itemId: null },
    { capability: "inventory_risk", id: "r1", name: "顧客名簿: 誤送信", itemId: "i1" },
    { capability: "legal_requirement", id: "l1", name: "個人情報保護法", itemId: null },
    { capability: "later_kind", id: "x1", name: "今後の種類", itemId: null },
  ],
  source: "entered",
  createdByName: "山田",
  createdAt: "2026-11-20T01:00:00.000Z",
  updatedAt: "2026-11-20T01:00:00.000Z",
};

describe("activity form", () => {
  it("opens a new record with the kind asked for and today", () => {
    expect(emptyValues("internal_audit", "2026-12-06")).toMatchObject({
      kind: "internal_audit",
      performedOn: "2026-12-06",
      performer: "person",
    });
    // A kind from a link that is not one of ours is not kept.
    expect(emptyValues("tick", "2026-12-06").kind).toBeNull();
  });

  it("sends either the person or the outsider's name, never both", () => {
    const v = {
      ...emptyValues("education", "2026-12-06"),
      performedByPersonId: "p9",
      performedByName: "残り",
    };
    expect(toPayload(v, null)).toMatchObject({ performedByPersonId: "p9", performedByName: null });
    const outsider = { ...v, performer: "outsider" as const, performedByName: "  外部 講師 " };
    expect(toPayload(outsider, null)).toMatchObject({
      performedByPersonId: null,
      performedByName: "外部 講師",
    });
  });

  it("sorts the evidence into one picker per kind of record, and back", () => {
    const v = toValues(record);
    expect(v).toMatchObject({
      performer: "outsider",
      performedByName: "外部 講師",
      itemIds: ["i1"],
      lawIds: ["l1"],
      personIds: ["p1"],
      riskIds: ["r1"],
    });
    // Register items, laws, people, risk rows, then what the form does not offer, kept.
    expect(toPayload({ ...v, itemIds: [], riskIds: ["r1", "r2"] }, record).evidence).toEqual([
      { capability: "legal_requirement", id: "l1" },
      { capability: "person", id: "p1" },
      { capability: "inventory_risk", id: "r1" },
      { capability: "inventory_risk", id: "r2" },
      { capability: "later_kind", id: "x1" },
    ]);
    expect(toPayload(emptyValues("education", "2026-12-06"), null).evidence).toEqual([]);
  });

  it("asks for an approver exactly for top management's acts", () => {
    expect(needsApprover("management_review")).toBe(true);
    expect(needsApprover("education")).toBe(false);
    expect(needsApprover(null)).toBe(false);
  });
});
