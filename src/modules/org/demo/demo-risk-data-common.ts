// Risk rows the demo company uses for several register items, the way a real risk analysis
// reuses its standard wording. One row a line (demo-register-model.ts parseRisk):
// "phase|kind|likelihood,impact|想定リスク|対策|residual likelihood,impact|library suggestion".

/** Paper thrown away with ordinary waste. */
export const SHRED =
  "dis|leak|2,3|廃棄する書類を普通のごみに混ぜて捨て、外部の人の目に触れる|個人情報を含む書類は鍵付きの回収箱に入れ、シュレッダーか溶解処理で廃棄する。溶解処理は証明書を受け取る|1,2|dis-01";

/** Copies surviving a deletion. */
export const LEFTOVER_COPIES =
  "dis|other|2,2|削除したはずのデータが、バックアップや個人のPCに保存した写しに残り続ける|台帳に写しの置き場所を書き、削除のときはバックアップと写しも対象にして削除の記録を残す|1,1|dis-06";

/** Post going missing. */
export const POST_LOST =
  "tr|loss|1,2|郵送の途中で書類がなくなる|簡易書留など追跡できる方法で送り、発送の記録を残す|1,1|tr-03";

/** Unlocked paper storage. */
export const UNLOCKED_CABINET =
  "sto|leak|2,3|書類を鍵のかからない棚に置き、関係のない者に持ち出される|施錠キャビネットで保管し、鍵は課長が管理して貸出しを記録する|1,2|sto-01";

/** Manual entry mistakes. */
export const INPUT_ERROR =
  "acq|damage|2,1|手入力の誤りで、誤った内容が登録される|登録後に別の担当者が元の書類と照らし合わせる|1,1|acq-06";
