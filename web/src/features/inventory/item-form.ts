// The item form's values and how they map to and from the API (inventory.contract.ts).
import type { InventoryItemInput } from "@src/modules/inventory/inventory.contract.ts";
import type { InventoryItem } from "./useInventory.ts";

export type DataItemValue = {
  name: string;
  category: string;
  sensitive: boolean;
  /** 特定個人情報 (My Number data). */
  myNumber: boolean;
};
export type YesNo = boolean | null;

export type ItemValues = {
  name: string;
  departmentId: string | null;
  subjectCategories: string[];
  dataItems: DataItemValue[];
  infoType: string;
  count: string;
  medium: string | null;
  acquisition: string[];
  purpose: string;
  noticeMethod: string;
  consentRequired: YesNo;
  consentBasis: string;
  storageLocation: string;
  storageMethod: string;
  accessHolders: string[];
  usePeriod: string;
  retentionPeriod: string;
  disposalMethod: string;
  outsourced: YesNo;
  outsourcee: string;
  thirdPartyProvision: YesNo;
  recipients: string;
  jointUse: YesNo;
  foreignRecipient: YesNo;
  foreignCountry: string;
  retainedPersonalData: YesNo;
  sensitive: YesNo;
  identifiedOn: string | null;
  lastReviewedOn: string | null;
  status: string;
};

export function emptyItem(today: string): ItemValues {
  return {
    name: "",
    departmentId: null,
    subjectCategories: [],
    dataItems: [],
    infoType: "personal",
    count: "",
    medium: null,
    acquisition: [],
    purpose: "",
    noticeMethod: "",
    consentRequired: null,
    consentBasis: "",
    storageLocation: "",
    storageMethod: "",
    accessHolders: [],
    usePeriod: "",
    retentionPeriod: "",
    disposalMethod: "",
    outsourced: null,
    outsourcee: "",
    thirdPartyProvision: null,
    recipients: "",
    jointUse: null,
    foreignRecipient: null,
    foreignCountry: "",
    retainedPersonalData: null,
    sensitive: null,
    identifiedOn: today,
    lastReviewedOn: null,
    status: "active",
  };
}

export function toItemValues(i: InventoryItem): ItemValues {
  return {
    ...i,
    dataItems: i.dataItems.map((d) => ({
      name: d.name,
      category: d.category ?? "",
      sensitive: d.sensitive,
      myNumber: d.myNumber ?? false,
    })),
    count: i.count ?? "",
    purpose: i.purpose ?? "",
    noticeMethod: i.noticeMethod ?? "",
    consentBasis: i.consentBasis ?? "",
    storageLocation: i.storageLocation ?? "",
    storageMethod: i.storageMethod ?? "",
    usePeriod: i.usePeriod ?? "",
    retentionPeriod: i.retentionPeriod ?? "",
    disposalMethod: i.disposalMethod ?? "",
    outsourcee: i.outsourcee ?? "",
    recipients: i.recipients ?? "",
    foreignCountry: i.foreignCountry ?? "",
  };
}

/** A detail (委託先, 提供先, 国名) is dropped when its yes/no field says no. */
const detail = (flag: YesNo, value: string) => (flag === false ? "" : value);

export function toItemPayload(v: ItemValues): InventoryItemInput {
  const notProvided = v.thirdPartyProvision === false && v.jointUse === false;
  return {
    name: v.name,
    departmentId: v.departmentId || null,
    subjectCategories: v.subjectCategories,
    dataItems: v.dataItems.map((d) => ({
      name: d.name,
      category: d.category,
      sensitive: d.sensitive,
      myNumber: d.myNumber,
    })),
    infoType: v.infoType,
    count: v.count,
    medium: v.medium || null,
    acquisition: v.acquisition,
    purpose: v.purpose,
    noticeMethod: v.noticeMethod,
    consentRequired: v.consentRequired,
    consentBasis: v.consentBasis,
    storageLocation: v.storageLocation,
    storageMethod: v.storageMethod,
    accessHolders: v.accessHolders,
    usePeriod: v.usePeriod,
    retentionPeriod: v.retentionPeriod,
    disposalMethod: v.disposalMethod,
    outsourced: v.outsourced,
    outsourcee: detail(v.outsourced, v.outsourcee),
    thirdPartyProvision: v.thirdPartyProvision,
    recipients: notProvided ? "" : v.recipients,
    jointUse: v.jointUse,
    foreignRecipient: v.foreignRecipient,
    foreignCountry: detail(v.foreignRecipient, v.foreignCountry),
    retainedPersonalData: v.retainedPersonalData,
    sensitive: v.sensitive,
    identifiedOn: v.identifiedOn || null,
    lastReviewedOn: v.lastReviewedOn || null,
    status: v.status,
  } as InventoryItemInput;
}

/** Whether a detail field is shown: when its yes/no says yes, or it is unknown but filled. */
export function showDetail(flag: YesNo, value: string): boolean {
  return flag === true || (flag === null && value.trim() !== "");
}

/** 提供先 belongs to third-party provision and joint use alike. */
export function showRecipients(v: ItemValues): boolean {
  if (v.thirdPartyProvision === true || v.jointUse === true) return true;
  const notProvided = v.thirdPartyProvision === false && v.jointUse === false;
  return !notProvided && v.recipients.trim() !== "";
}
