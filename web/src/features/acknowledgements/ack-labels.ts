// Words and mappings of 周知・誓約 in the UI: the status colours, the send dialog's values as
// the request body, and whether a typed signature will pass (the server's own rule, so the
// phone says so before sending).
import {
  type AckKind,
  type SendInput,
  sameName,
} from "@src/modules/documents/documents.acknowledgements.contract.ts";

export const ackStatusColor = { confirmed: "green", pending: "gray", overdue: "red" } as const;

/** The send dialog's values. */
export type SendValues = {
  documentVersion: string | null;
  kind: AckKind;
  scope: "all" | "departments";
  departmentIds: string[];
  personIds: string[];
  dueOn: string | null;
};

/** "<document id>/<version id>" as the picker stores it. */
export const versionKey = (documentId: string, versionId: string) => `${documentId}/${versionId}`;
export function parseVersionKey(key: string | null): { documentId: string; versionId: string } {
  const [documentId = "", versionId = ""] = (key ?? "").split("/");
  return { documentId, versionId };
}

export function toSendInput(v: SendValues): SendInput {
  return {
    kind: v.kind,
    audience: v.scope === "all" ? { all: true } : { departmentIds: v.departmentIds },
    ...(v.personIds.length ? { personIds: v.personIds } : {}),
    dueOn: v.dueOn || null,
  };
}

/** Whether the typed name would be taken as the person's (spaces and width aside). */
export const nameMatches = (typed: string, name: string) => sameName(typed, name);
