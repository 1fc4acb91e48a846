// Messages of the safe upload reader (size, type, ZIP limits). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const uploadMessages = {
  UPLOAD_ZIP_TOO_MANY_ENTRIES: {
    ja: "ファイルの中の部品が多すぎます（上限 {max} 個）。",
    en: "The file holds too many parts (at most {max}).",
  },
  UPLOAD_ZIP_ENTRY_TOO_LARGE: {
    ja: "ファイルを展開すると大きすぎます（1つの部分の上限 {max} MB）。",
    en: "The file is too large once unpacked (at most {max} MB per part).",
  },
  UPLOAD_ZIP_TOTAL_TOO_LARGE: {
    ja: "ファイルを展開すると大きすぎます（合計の上限 {max} MB）。",
    en: "The file is too large once unpacked (at most {max} MB in total).",
  },
  UPLOAD_ZIP_RATIO: {
    ja: "ファイルの圧縮率が高すぎます（上限 {max} 倍）。展開すると極端に大きくなるファイルは受け付けません。",
    en: "The file is compressed too strongly (at most {max} to 1). Files that unpack to a huge size are refused.",
  },
  UPLOAD_ZIP_SIZE_MISMATCH: {
    ja: "ファイルの中の「{entry}」が、記録された大きさ（{declared} バイト）を超えて展開されます。壊れているか改ざんされたファイルです。",
    en: 'The part "{entry}" unpacks to more than its recorded size ({declared} bytes). The file is damaged or was tampered with.',
  },
  UPLOAD_ZIP_METHOD: {
    ja: "対応していない圧縮方式のファイルです（方式 {method}）。Excel で保存し直してください。",
    en: "The file uses a compression method that is not supported (method {method}). Save it again from Excel.",
  },
  UPLOAD_ZIP_ENCRYPTED: {
    ja: "暗号化されたファイルは読み取れません。パスワードを解除して保存し直してください。",
    en: "Encrypted files cannot be read. Remove the password and save the file again.",
  },
  UPLOAD_WORKER_MEMORY: {
    ja: "ファイルの読み込みに必要なメモリが上限（{max} MB）を超えました。ファイルを分けるか、不要なシートや書式を削除してください。",
    en: "Reading the file needs more memory than allowed ({max} MB). Split the file, or remove unneeded sheets and formatting.",
  },
  UPLOAD_TIMEOUT: {
    ja: "ファイルの読み込みに時間がかかりすぎました（上限 {max} 秒）。ファイルを分けてお試しください。",
    en: "Reading the file took too long (at most {max} seconds). Try again with the file split.",
  },
  UPLOAD_WORKER_FAILED: {
    ja: "ファイルの読み込み中に処理が中断されました。ファイルを保存し直すか、分けてお試しください。",
    en: "Reading the file was interrupted. Save the file again or split it, then try again.",
  },
  TOO_MANY_ROWS_IN_SHEET: {
    ja: "シート「{sheet}」の行が多すぎます（一度に取り込めるのは{max}行まで）。",
    en: 'The sheet "{sheet}" has too many rows (at most {max} rows can be imported at once).',
  },
  TOO_MANY_ROWS_IN_FILE: {
    ja: "ファイルのシートの行が多すぎます（一度に取り込めるのは{max}行まで）。",
    en: "A sheet of the file has too many rows (at most {max} rows can be imported at once).",
  },
} satisfies Record<string, Text>;
