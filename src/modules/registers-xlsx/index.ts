// Public API of the registers-xlsx capability: other capabilities import only this file.
// Excel import and export of the registers.
// The printed-register layout (title block, stamp boxes, repeated header, print setup), for
// other capabilities' Excel lists (the documents' 規程類対照表).
export {
  type CellValue,
  type SheetColumn,
  writeSheetXlsx,
} from "./sheet-layout.ts";
