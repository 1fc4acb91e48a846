// The material of a course, in order: text, an image, slides (a PDF) or a video link. Images
// and slides are files attached to the course (the safe upload reader checks them); a video is
// only a link to where the organization hosts it (https).

export const SECTION_KINDS = ["text", "image", "slides", "video"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface CourseSection {
  /** Stable id within the course. */
  id: string;
  kind: SectionKind;
  title: string;
  /** text: the body (plain text, blank lines between paragraphs); others: a caption. */
  body?: string | null;
  /** image, slides: the attachment of the course shown here. */
  fileId?: string | null;
  /** video: https URL. */
  url?: string | null;
}

export const MAX_SECTIONS = 60;
/** Per text section; the whole course row stays well under the 1 MB request limit. */
export const MAX_SECTION_BODY = 20_000;

/** Paragraphs of a text body: split on blank lines, lines kept inside a paragraph. */
export function paragraphs(body: string | null | undefined): string[] {
  return (body ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
