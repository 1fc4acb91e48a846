// The audit page's words in the UI language: entity and action labels, field labels and
// values (src/core/audit, shared with the unit tests), plus the names this page has loaded.

import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_GROUPS,
  AUDIT_ENTITY_LABELS,
} from "@src/core/audit/audit-entities.ts";
import { auditFieldLabel } from "@src/core/audit/audit-fields.ts";
import { type AuditValueContext, auditValueText } from "@src/core/audit/audit-values.ts";
import type { TFunction } from "i18next";
import type { Department } from "../../api/types.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { formatDateTime } from "../../lib/format.ts";

export { isHiddenField, sortAuditFields } from "@src/core/audit/audit-fields.ts";
export { auditSubject } from "@src/core/audit/audit-subject.ts";

/** What ids in events can be named by: departments, people (from their appointments), users. */
export type AuditLookups = {
  departments: readonly Department[];
  people: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  /** Any record's name by its id (departments, people, legal entries), for the subject line. */
  records: ReadonlyMap<string, string>;
};

export const entityLabel = (entity: string) =>
  AUDIT_ENTITY_LABELS[entity]?.[currentLanguage()] ?? entity;

export const actionLabel = (action: string) =>
  AUDIT_ACTION_LABELS[action]?.[currentLanguage()] ?? action;

export const fieldLabel = (entity: string, field: string) =>
  auditFieldLabel(entity, field, currentLanguage()) ?? field;

/** The entity filter's choices, grouped as in the menu. */
export const entityOptions = () =>
  AUDIT_ENTITY_GROUPS.map((g) => ({
    group: g.label[currentLanguage()],
    items: g.entities.map((e) => ({ value: e, label: entityLabel(e) })),
  }));

export const actionOptions = () => AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }));

/**
 * The context the core's value formatting needs, from the page's lookups and the names the
 * server sent with the events (a risk row's register item, a file's owner; null: deleted).
 */
export function valueContext(
  t: TFunction,
  lookups: AuditLookups,
  names?: Readonly<Record<string, string | null>>,
): AuditValueContext {
  return {
    references: new Map(Object.entries(names ?? {})),
    lang: currentLanguage(),
    departments: new Map(lookups.departments.map((d) => [d.id, d.name])),
    people: lookups.people,
    users: lookups.users,
    appLabel: (group, value) => {
      const text = t(`${group}.${value}`, { defaultValue: "" });
      return text === "" ? null : text;
    },
    dateTime: formatDateTime,
  };
}

export const valueText = (c: AuditValueContext, entity: string, field: string, value: unknown) =>
  auditValueText(entity, field, value, c);
