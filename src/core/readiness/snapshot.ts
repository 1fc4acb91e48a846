/**
 * What the readiness engine knows of an organization: the facts its rules read, loaded by the
 * readiness service with a fixed number of queries whatever the organization's size. Large
 * registers arrive pre-aggregated (risks as grouped counts, risk coverage as a set of phases
 * per item), so evaluation stays linear in the number of items and risk groups.
 *
 * Extending: a new capability adds an optional field here (absent = not loaded yet) and its
 * own rules; existing loaders and tests keep compiling.
 */
import type { ActivityFact } from "../activities/counting.ts";
import type { AppointmentRole } from "../appointments/appointment-rules.ts";
import type { DocumentKind } from "../documents/status.ts";
import type { InventoryFieldKey } from "../registers/inventory-fields.ts";
import type { RiskMatrix } from "../registers/risk-matrix.ts";

export interface SnapshotProfile {
  /** 適用範囲 as written in the profile; null or blank = not set. */
  scope: string | null;
  /** 代表者 as written in the profile. */
  representative: string | null;
}

/** One appointment (体制) of any period; the engine decides which are current on `today`. */
export interface SnapshotAppointment {
  id: string;
  role: AppointmentRole;
  personId: string;
  personName: string;
  /** Inclusive ISO dates; `to: null` = open-ended. */
  from: string;
  to: string | null;
}

/** One row of the 個人情報管理台帳, reduced to what the rules read. */
export interface SnapshotItem {
  id: string;
  name: string;
  departmentId: string | null;
  /** "active" rows are checked; retired rows are kept as a record and ignored. */
  status: string;
  /**
   * Whether each field is filled (non-blank text, non-empty list). Only the keys of
   * REQUIRED_INVENTORY_FIELDS are read; a missing key counts as empty.
   */
  filled: Readonly<Partial<Record<InventoryFieldKey, boolean>>>;
  /** 要配慮: the item's flag (null read as false, like the register's `sensitive` filter). */
  sensitive: boolean;
  /** 特定個人情報: a data item of the row is flagged My Number data; absent = none. */
  myNumber?: boolean;
  consentBasis: string | null;
  outsourced: boolean | null;
  outsourcee: string | null;
  /** 第三者提供 and 共同利用: like outsourcing, each needs an agreement with the other side. */
  thirdPartyProvision: boolean | null;
  jointUse: boolean | null;
  foreignRecipient: boolean | null;
  foreignCountry: string | null;
  identifiedOn: string | null;
  lastReviewedOn: string | null;
  /** Distinct phases of the item's flow steps (業務フロー); empty when no flow is drawn. */
  flowPhases: readonly string[];
  /** Distinct phases that have at least one assessed risk row (未評価 rows do not count). */
  riskPhases: readonly string[];
  /** Distinct phases with 未評価 risk rows (suggested ratings nobody confirmed); absent = none. */
  unassessedRiskPhases?: readonly string[];
}

/**
 * Assessed risk rows of active items grouped by their values: one entry per distinct
 * (likelihood, impact, residualLikelihood, residualImpact, accepted), so the engine scores
 * each group once on the organization's matrix.
 */
export interface RiskGroup {
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  /** Formally accepted: an acceptance day is recorded. */
  accepted: boolean;
  count: number;
  /** One register item name of the group, to show where to look. */
  exampleItemName: string;
  /** That item's id, for a link to its risks (absent in older fixtures). */
  exampleItemId?: string;
}

/** One entry of the 法令等一覧 (the register stays small: the catalogue plus own entries). */
export interface LegalEntryFacts {
  id: string;
  name: string;
  checkedOn: string | null;
  /**
   * Applies to at least one register item or at least one department. The legal register has
   * no "whole organization" flag: company-wide laws are tied to departments (e.g. 本社).
   */
  linked: boolean;
}

/** One version of a document (文書管理), reduced to what the documents rules read. */
export interface SnapshotDocumentVersion {
  id: string;
  /** 版: 1, 2, 3 … */
  versionNo: number;
  /** draft | in_review | approved | published (core/documents/status.ts). */
  status: string;
  /** J items its clause headings answer (core/documents/content.ts, clauseRefs). */
  clauseRefs: readonly string[];
  /** The day (Japan) it was approved, and by whom; null before approval. */
  approvedOn: string | null;
  /** The approver named when it was sent for review, or who approved it. */
  approverName: string | null;
  /**
   * Whether whoever approved it was, on the day of approval, the person appointed as top
   * management (their account's e-mail is that person's); null before approval. Optional:
   * only the policy's rule reads it.
   */
  approvedByTopManagement?: boolean | null;
}

/** One document of the register (文書管理台帳); archived documents are left out. */
export interface SnapshotDocument {
  id: string;
  /** 文書番号. */
  number: string;
  title: string;
  kind: DocumentKind;
  /** internal | external. */
  audience: string;
  /** The starter template it was made from (e.g. "policy.internal"), if any. */
  templateKey: string | null;
  /** Whose approval makes a version effective: top_management | pms_manager. */
  approverRole: string;
  /** J items the document answers as a whole. */
  jRefs: readonly string[];
  /** 次回見直し日; set when a version is published. */
  nextReviewOn: string | null;
  /** The version in force (published), or null. */
  current: SnapshotDocumentVersion | null;
  /** The version being written or waiting (draft, in_review or approved), or null. */
  open: SnapshotDocumentVersion | null;
}

/** 周知 of one version: staff in office today and how many of them confirmed reading it. */
export interface SnapshotAcknowledgement {
  versionId: string;
  /** Staff in office today (the same people as activeStaffCount). */
  targets: number;
  confirmed: number;
}

/**
 * One person as the education rules read them (教育): everyone in office today, plus anyone
 * with a completion, each with their latest completion of a course that is the yearly
 * education of every worker (core/education/audiences.ts, countsAsYearlyEducation).
 */
export interface SnapshotEducationPerson {
  personId: string;
  name: string;
  /** Leaving day (the last day is the one before); null = in office. */
  leftOn: string | null;
  /** The latest completion day on or before today; null = never completed one. */
  lastCompletedOn: string | null;
}

export interface ReadinessSnapshot {
  profile: SnapshotProfile;
  /** People in the people register who are employed today (officers and part-timers too). */
  activeStaffCount: number;
  appointments: readonly SnapshotAppointment[];
  items: readonly SnapshotItem[];
  riskMatrix: RiskMatrix;
  riskGroups: readonly RiskGroup[];
  /** 未評価 risk rows of active items: in no group, reported apart; absent = none. */
  unassessedRiskCount?: number;
  legal: readonly LegalEntryFacts[];
  /** The activity records (実施記録) of every kind, dated; core/activities says which count. */
  activities: readonly ActivityFact[];
  /** The planned application day, when the organization has one: yearly work must be in time. */
  plannedApplicationOn?: string | null;
  /** The document register without archived documents; absent = not loaded (read as empty). */
  documents?: readonly SnapshotDocument[];
  /**
   * Confirmations of the internal policy's version in force (rules/documents.ts, internalPolicy);
   * absent or null while no policy is in force.
   */
  policyAcknowledgement?: SnapshotAcknowledgement | null;
  /**
   * 教育: the people and their latest yearly-education completion (rules/education.ts), in the
   * people register's order; absent = not loaded (read as nobody completed).
   */
  educationPeople?: readonly SnapshotEducationPerson[];
}
