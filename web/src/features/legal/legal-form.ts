// The values of the legal-register form and the request bodies made from them.
import type { LegalEntry } from "./useLegal.ts";

export type Values = {
  name: string;
  kind: string | null;
  articles: string;
  obligations: string;
  itemIds: string[];
  departmentIds: string[];
  checkedBy: string;
  checkedOn: string | null;
  notes: string;
};

export const empty: Values = {
  name: "",
  kind: null,
  articles: "",
  obligations: "",
  itemIds: [],
  departmentIds: [],
  checkedBy: "",
  checkedOn: null,
  notes: "",
};

export function toValues(e: LegalEntry): Values {
  return {
    name: e.ownName ?? "",
    kind: e.kind,
    articles: e.articles ?? "",
    obligations: e.obligations ?? "",
    itemIds: e.itemIds,
    departmentIds: e.departmentIds,
    checkedBy: e.checkedBy ?? "",
    checkedOn: e.checkedOn,
    notes: e.notes ?? "",
  };
}

/** A catalogue entry keeps the catalogue's kind, so it is not sent. */
export function toPayload(v: Values, fromCatalogue: boolean) {
  return {
    name: v.name,
    ...(fromCatalogue ? {} : { kind: v.kind ?? undefined }),
    articles: v.articles,
    obligations: v.obligations,
    itemIds: v.itemIds,
    departmentIds: v.departmentIds,
    checkedBy: v.checkedBy,
    checkedOn: v.checkedOn || null,
    notes: v.notes,
  };
}
