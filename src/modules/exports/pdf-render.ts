// Renders a pdfmake document to bytes with the embedded Japanese font.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { setUpPdfmake } from "./pdf-font.ts";

export async function renderPdf(
  doc: TDocumentDefinitions,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const pdfmake = setUpPdfmake();
  return pdfmake.createPdf({ ...doc, compress: opts.compress ?? true }).getBuffer();
}
