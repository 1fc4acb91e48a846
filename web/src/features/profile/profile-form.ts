// Form values of 事業者情報 and their conversion to the API body (profileInput).
import { randomId } from "@mantine/hooks";
import type { Industry, ProfileInput } from "@src/modules/org/org.contract.ts";
import type { Profile } from "../../api/types.ts";

export type OfficeRow = { key: string; address: string; business: string };

export type ProfileFormValues = {
  name: string;
  corporateNumber: string;
  representative: string;
  headOffice: string;
  industry: Industry | null;
  capital: number | string;
  /** 資本金なし: the entity has no registered capital (the amount stays empty). */
  noCapital: boolean;
  employeeCount: number | string;
  offices: OfficeRow[];
  scope: string;
} & Record<DeskField, string>;

/** 苦情・相談窓口 and what 公表事項 states besides: one line each, empty for "not entered". */
export const DESK_FIELDS = [
  "deskName",
  "deskAddress",
  "deskPhone",
  "deskEmail",
  "deskHours",
  "accreditedOrgName",
  "requestFee",
] as const;
export type DeskField = (typeof DESK_FIELDS)[number];

export const newOffice = (): OfficeRow => ({ key: randomId(), address: "", business: "" });

export function toFormValues(p: Profile): ProfileFormValues {
  return {
    name: p.name,
    corporateNumber: p.corporateNumber ?? "",
    representative: p.representative ?? "",
    headOffice: p.headOffice ?? "",
    industry: p.industry,
    capital: p.capital ?? "",
    noCapital: p.noCapital,
    employeeCount: p.employeeCount ?? "",
    offices: p.offices.map((o) => ({ key: randomId(), ...o })),
    scope: p.scope ?? "",
    ...(Object.fromEntries(DESK_FIELDS.map((f) => [f, p[f] ?? ""])) as Record<DeskField, string>),
  };
}

const numberOrNull = (v: number | string) =>
  typeof v === "number" ? v : v.trim() === "" ? null : Number(v.replace(/[,\s]/g, ""));

/** The body sent to PUT /profile (the input shape of profileInput). */
export function toPayload(v: ProfileFormValues): ProfileInput {
  return {
    name: v.name,
    corporateNumber: v.corporateNumber,
    representative: v.representative,
    headOffice: v.headOffice,
    industry: v.industry,
    capital: v.noCapital ? null : numberOrNull(v.capital),
    noCapital: v.noCapital,
    employeeCount: numberOrNull(v.employeeCount),
    offices: v.offices.map(({ address, business }) => ({ address, business })),
    scope: v.scope,
    ...Object.fromEntries(DESK_FIELDS.map((f) => [f, v[f]])),
  } as ProfileInput;
}
