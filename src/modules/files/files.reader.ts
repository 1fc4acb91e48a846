// The upload process's reader for attachments (shared/safe-upload runs it after a ZIP passed
// the archive checks): what the bytes are. The server judges the answer (files.upload.ts).
import { type Detected, detectFile } from "./files.detect.ts";

/** Excel's own limit of rows in a sheet: any real workbook passes the archive's row count. */
const EXCEL_MAX_ROWS = 1_048_576;

export const fileUploadReader = {
  module: new URL("./files.reader.ts", import.meta.url).href,
  maxRows: EXCEL_MAX_ROWS,
};

export async function readUpload(buffer: Buffer, _filename: string): Promise<Detected> {
  return detectFile(buffer);
}
