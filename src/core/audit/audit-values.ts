// The old and new values of audit events as short readable text: codes as their labels, ids
// as names, dates as 2024年4月1日, yes/no as はい/いいえ, lists and nested records summarised
// in a line instead of raw JSON.
import { formatSeireki, isIsoDate } from "../wareki.ts";
import {
  codeText,
  EVIDENCE_KIND_LABELS,
  PHASE_LABELS,
  PRESET_LEVEL_LABELS,
} from "./audit-codes.ts";
import { auditNestedLabel, isHiddenNestedKey } from "./audit-fields.ts";
import { DELETED_RECORD, isAuditReference } from "./audit-references.ts";

type Lang = "ja" | "en";

/** Evidence kinds only activity records point to (the others share the assessment labels). */
const ACTIVITY_EVIDENCE_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  person: { ja: "従業者", en: "Person" },
  inventory_risk: { ja: "リスク分析", en: "Risk row" },
};

/** What the page knows besides the event: names of ids, and labels the web app keeps. */
export interface AuditValueContext {
  lang: Lang;
  departments: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  /** Labels kept by the web app (access and appointment roles, employment types, industries). */
  appLabel(
    group: "accessRoles" | "appointmentRoles" | "employmentTypes" | "industries",
    value: string,
  ): string | null;
  /** A timestamp in the viewer's time zone. */
  dateTime(iso: string): string;
  /**
   * Names of records events refer to (audit-references.ts), as the server sent them with the
   * page: null when the record no longer exists; an id not here is shown as it is.
   */
  references?: ReadonlyMap<string, string | null>;
}

const NONE = "—";
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const USER_FIELDS = new Set(["userId", "inviterId", "assigneeUserId", "recordedBy"]);
/** Lists longer than this show their first entries and how many more there are. */
const SHOWN = 3;
/** A nested record longer than this is cut (the event keeps it whole). */
const NESTED_MAX = 80;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) =>
  typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);

function list(parts: string[], lang: Lang): string {
  const shown = parts.slice(0, SHOWN).join(lang === "ja" ? "、" : ", ");
  const more = parts.length - SHOWN;
  if (more <= 0) return shown;
  return lang === "ja" ? `${shown} ほか${more}件` : `${shown} and ${more} more`;
}

const count = (n: number, lang: Lang) =>
  lang === "ja" ? `${n}件` : `${n} ${n === 1 ? "item" : "items"}`;

function appGroup(entity: string, field: string) {
  if (field === "role") return entity === "appointment" ? "appointmentRoles" : "accessRoles";
  if (field === "employmentType") return "employmentTypes";
  if (field === "industry") return "industries";
  return null;
}

function scalarText(
  entity: string,
  field: string,
  value: string | number | boolean,
  c: AuditValueContext,
): string {
  const { lang } = c;
  if (typeof value === "boolean")
    return lang === "ja" ? (value ? "はい" : "いいえ") : value ? "Yes" : "No";
  const code = codeText(entity, field, value, lang);
  if (code !== null) return code;
  if (typeof value === "number") return value.toLocaleString("ja-JP");
  const group = appGroup(entity, field);
  if (group) return c.appLabel(group, value) ?? value;
  if (field === "departmentId" || field === "parentId") return c.departments.get(value) ?? value;
  if (field === "personId") return c.people.get(value) ?? value;
  if (isAuditReference(entity, field) && c.references?.has(value)) {
    return c.references.get(value) ?? DELETED_RECORD[lang];
  }
  if (USER_FIELDS.has(field)) return c.users.get(value) ?? value;
  if (isIsoDate(value)) return lang === "ja" ? formatSeireki(value) : value;
  if (TIMESTAMP.test(value)) return c.dateTime(value);
  return value;
}

/** One entry of a list-valued field. */
function entryText(entity: string, field: string, v: unknown, c: AuditValueContext): string {
  const { lang } = c;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return scalarText(entity, field, v, c);
  if (!isObj(v)) return v === null || v === undefined ? NONE : JSON.stringify(v);
  switch (field) {
    case "dataItems": // register: 個人情報の項目
      return v.sensitive
        ? `${str(v.name)}${lang === "ja" ? "（要配慮）" : " (special care)"}`
        : str(v.name);
    case "offices":
      return str(v.address ?? v.name);
    case "flow": // register: one step of the lifecycle flow
      return PHASE_LABELS[str(v.phase)]?.[lang] ?? str(v.phase);
    case "risks": // register item deleted with its risk rows
      return str(v.description);
    case "evidence": {
      // Assessments write { kind, id, label }; activity records { capability, id }.
      const key = str(v.kind ?? v.capability);
      const kind =
        EVIDENCE_KIND_LABELS[key as keyof typeof EVIDENCE_KIND_LABELS]?.[lang] ??
        ACTIVITY_EVIDENCE_LABELS[key]?.[lang] ??
        key;
      const what = v.label ? str(v.label) : v.kind === "url" ? str(v.id) : "";
      return what ? `${kind}: ${what}` : kind;
    }
    default:
      return str(v.name ?? v.title ?? v.description) || nestedText(entity, field, v, c);
  }
}

/** A record inside a value as "label: value、label: value", never as raw JSON keys. */
function nestedText(entity: string, field: string, v: Obj, c: AuditValueContext): string {
  const { lang } = c;
  const parts = Object.entries(v)
    .filter(([key, value]) => !isHiddenNestedKey(key) && value !== null && value !== "")
    .map(([key, value]) => {
      const label = auditNestedLabel(entity, field, key, lang) ?? key;
      const text =
        isObj(value) || Array.isArray(value) ? "…" : auditValueText(entity, key, value, c);
      return `${label}${lang === "ja" ? "：" : ": "}${text}`;
    });
  const text = parts.join(lang === "ja" ? "、" : ", ") || NONE;
  return text.length > NESTED_MAX ? `${text.slice(0, NESTED_MAX - 1)}…` : text;
}

function arrayText(entity: string, field: string, values: unknown[], c: AuditValueContext): string {
  const { lang } = c;
  if (values.length === 0) return NONE;
  // Register items linked to a legal entry: the page has no names for them, the count tells.
  if (field === "itemIds") return count(values.length, lang);
  if (field === "departmentIds")
    return list(
      values.map((id) => c.departments.get(str(id)) ?? str(id)),
      lang,
    );
  const parts = values.map((v) => entryText(entity, field, v, c));
  if (field === "flow") return parts.join(" → ");
  if (field === "risks") return `${count(values.length, lang)}: ${list(parts, lang)}`;
  return list(parts, lang);
}

/** A risk matrix: 3×3（低・中・高）、受容は「低」まで. */
function matrixText(m: Obj, lang: Lang): string {
  const axis = (a: unknown) => (isObj(a) && Array.isArray(a.levels) ? a.levels.length : 0);
  const levels = Array.isArray(m.riskLevels) ? (m.riskLevels as Obj[]) : [];
  const name = (l: Obj | undefined) => (l && isObj(l.label) ? str(l.label[lang]) : "");
  const maxRank = Number(m.acceptanceMaxRank ?? 0);
  const accepted = [...levels]
    .filter((l) => Number(l.rank) <= maxRank)
    .sort((a, b) => Number(b.rank) - Number(a.rank))[0];
  const shape = `${axis(m.likelihood)}×${axis(m.impact)}`;
  const names = levels.map(name).join(lang === "ja" ? "・" : ", ");
  if (lang === "ja")
    return `${shape}（${names}）、${accepted ? `受容は「${name(accepted)}」まで` : "受容なし"}`;
  return `${shape} (${names}), ${accepted ? `accept up to ${name(accepted)}` : "no acceptance"}`;
}

function objectText(entity: string, field: string, v: Obj, c: AuditValueContext): string {
  const { lang } = c;
  // A person recorded as { userId, name } (who reviewed, confirmed, approved): the name.
  const onlyNamed = Object.keys(v).every((k) => k === "name" || isHiddenNestedKey(k));
  if (field === "reviewedBy" || ("name" in v && onlyNamed)) return str(v.name) || NONE;
  if (field === "definition") return matrixText(v, lang);
  if (field === "acceptedAssessment") {
    const residual = v.basis === "residual";
    const level = PRESET_LEVEL_LABELS[str(v.level)]?.[lang] ?? str(v.level);
    return lang === "ja"
      ? `${residual ? "残存リスク" : "固有リスク"}（発生可能性${str(v.likelihood)} × 影響度${str(v.impact)}、レベル ${level}）`
      : `${residual ? "Residual" : "Inherent"} risk (likelihood ${str(v.likelihood)} × impact ${str(v.impact)}, level ${level})`;
  }
  return nestedText(entity, field, v, c);
}

/** The text shown for one old or new value of a field of an event. */
export function auditValueText(
  entity: string,
  field: string,
  value: unknown,
  c: AuditValueContext,
): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (Array.isArray(value)) return arrayText(entity, field, value, c);
  if (isObj(value)) return objectText(entity, field, value, c);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return scalarText(entity, field, value, c);
  return String(value);
}
