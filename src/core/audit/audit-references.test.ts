// Ids in events that the audit page shows by the name the server sent: a risk row's register
// item and a file's owner record; 削除済み once the record is gone; the id itself otherwise.
import { describe, expect, it } from "vitest";
import { auditReferenceKind, auditReferences } from "./audit-references.ts";
import { type AuditValueContext, auditValueText } from "./audit-values.ts";

const context = (lang: "ja" | "en"): AuditValueContext => ({
  lang,
  departments: new Map(),
  people: new Map(),
  users: new Map(),
  appLabel: () => null,
  dateTime: (iso) => iso,
  references: new Map([
    ["item-1", "顧客名簿"],
    ["record-1", "従業者教育（2025-04-01）"],
    ["item-gone", null],
  ]),
});

describe("auditReferences", () => {
  it("finds a risk row's item and a file's owner with its kind, old and new values alike", () => {
    expect(
      auditReferences({
        entity: "inventory_risk",
        changes: {
          itemId: { old: "item-0", new: "item-1" },
          description: { old: null, new: "誤送信" },
        },
      }),
    ).toEqual([
      { kind: "inventory_item", id: "item-0" },
      { kind: "inventory_item", id: "item-1" },
    ]);
    expect(
      auditReferences({
        entity: "attachment",
        changes: {
          ownerKind: { old: "activity_record", new: null },
          ownerId: { old: "record-1", new: null },
          name: { old: "出席簿.pdf", new: null },
        },
      }),
    ).toEqual([{ kind: "activity_record", id: "record-1" }]);
  });

  it("leaves other fields and entities alone", () => {
    expect(auditReferenceKind("legal_requirement", "itemId", {})).toBeNull();
    expect(auditReferenceKind("attachment", "ownerId", {})).toBeNull();
    expect(
      auditReferences({
        entity: "inventory_item",
        changes: { departmentId: { old: null, new: "d1" } },
      }),
    ).toEqual([]);
  });
});

describe("auditValueText of referring fields", () => {
  it("shows the name, 削除済み for a deleted record, and an id the page was not sent as is", () => {
    const ja = context("ja");
    expect(auditValueText("inventory_risk", "itemId", "item-1", ja)).toBe("顧客名簿");
    expect(auditValueText("attachment", "ownerId", "record-1", ja)).toBe(
      "従業者教育（2025-04-01）",
    );
    expect(auditValueText("inventory_risk", "itemId", "item-gone", ja)).toBe("削除済み");
    expect(auditValueText("inventory_risk", "itemId", "item-gone", context("en"))).toBe("Deleted");
    expect(auditValueText("inventory_risk", "itemId", "item-9", ja)).toBe("item-9");
    // Only the referring fields: an id elsewhere is not looked up.
    expect(auditValueText("inventory_risk", "suggestionId", "item-1", ja)).toBe("item-1");
  });
});
