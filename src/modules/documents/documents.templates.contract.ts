// Contracts of the starter templates, the field values and the coverage table (規程類対照表),
// shared by the API and the web app. The templates' texts stay on the server: the list carries
// what the dialog shows, and creating one copies the text server-side.
import { z } from "zod";
import { documentInput } from "./documents.contract.ts";

const bilingual = z.object({ ja: z.string(), en: z.string() });

/** Creating one document from a template; its number defaults to the template's. */
export const fromTemplateInput = z.strictObject({
  templateKey: z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64),
  number: documentInput.shape.number.optional(),
});
export type FromTemplateInput = z.infer<typeof fromTemplateInput>;

export const templateListItem = z.object({
  key: z.string(),
  number: z.string(),
  title: z.string(),
  titleEn: z.string(),
  kind: z.string(),
  kindLabel: bilingual,
  audience: z.string(),
  approverRole: z.string(),
  retentionYears: z.number().nullable(),
  summary: bilingual,
  /** J items the template answers, as a whole or in its clauses, in catalogue order. */
  refs: z.array(z.string()),
  /** Documents of the organization already made from it (archived ones included). */
  created: z.array(z.object({ id: z.string(), number: z.string(), archived: z.boolean() })),
});
export type TemplateListItem = z.infer<typeof templateListItem>;
export const templateList = z.object({ items: z.array(templateListItem), total: z.number() });

export const starterSetResult = z.object({
  created: z.array(z.object({ templateKey: z.string(), id: z.string(), number: z.string() })),
  /** exists: a document from this template is there; number_taken: another uses its number. */
  skipped: z.array(
    z.object({
      templateKey: z.string(),
      number: z.string(),
      reason: z.enum(["exists", "number_taken"]),
    }),
  ),
});
export type StarterSetResult = z.infer<typeof starterSetResult>;

export const fieldValuesQuery = z.object({
  /** A version whose doc.* fields (number, 版, dates) are filled too. */
  versionId: z.string().max(64).optional(),
});
/** Every field of DOCUMENT_FIELDS by key; null where the organization has no data yet. */
export const fieldValuesOut = z.object({
  values: z.record(z.string(), z.string().nullable()),
});
export type FieldValuesOut = z.infer<typeof fieldValuesOut>;

export const coverageAnswerOut = z.object({
  documentId: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  need: z.enum(["rule", "record"]),
  /** The clause heading; null when the document as a whole answers. */
  clause: z.string().nullable(),
  /** Only in a version not yet in force. */
  draft: z.boolean(),
});
export const coverageRowOut = z.object({
  ref: z.string(),
  title: bilingual,
  needs: z.array(z.enum(["rule", "record"])),
  /** mamori's registers that keep the item's records. */
  keptIn: z.array(z.object({ key: z.string(), label: bilingual })),
  answers: z.array(coverageAnswerOut),
  missing: z.array(z.enum(["rule", "record"])),
  /** Needs answered only by versions not yet in force (未施行). */
  draftOnly: z.array(z.enum(["rule", "record"])),
});
export type CoverageRowOut = z.infer<typeof coverageRowOut>;
export const coverageOut = z.object({
  items: z.array(coverageRowOut),
  total: z.number(),
  /** Refs with a need no document answers. */
  uncovered: z.array(z.string()),
});
export type CoverageOut = z.infer<typeof coverageOut>;
