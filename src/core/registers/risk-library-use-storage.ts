/** Risk suggestions for 利用・加工 and 保管・バックアップ. See risk-library.ts. */

import type { RiskSuggestion } from "./risk-library.ts";

export const RISKS_USE_STORAGE: readonly RiskSuggestion[] = [
  {
    id: "use-01",
    phase: "use_processing",
    kind: "misuse",
    risk: {
      ja: "決めた利用目的を超えて使ってしまう（例：応募者の情報を営業に使う）",
      en: "Data is used beyond its stated purpose, e.g. applicants' details used for sales",
    },
    countermeasures: [
      {
        ja: "新しい使い方を始める前に台帳の利用目的と照らし合わせる",
        en: "Compare any new use with the purpose in the register before starting",
      },
      {
        ja: "目的の範囲を超えるときは本人の同意を得る",
        en: "Obtain the individual's consent when a use goes beyond the purpose",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "use-02",
    phase: "use_processing",
    kind: "leak",
    risk: {
      ja: "画面をのぞき見られる、印刷物をプリンタに置き忘れる",
      en: "Screens are overlooked or printouts are left at the printer",
    },
    countermeasures: [
      {
        ja: "離席時は画面をロックし、机に書類を残さない",
        en: "Lock the screen when away and keep desks clear of documents",
      },
      {
        ja: "本人確認をしてから印刷する設定を使う",
        en: "Use printing that releases jobs only after the user signs in at the printer",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "use-03",
    phase: "use_processing",
    kind: "leak",
    risk: {
      ja: "業務上必要のない従業者が情報を見たり持ち出したりする",
      en: "Staff without a business need view or copy the data",
    },
    countermeasures: [
      {
        ja: "アクセス権は業務に必要な人だけに与える",
        en: "Grant access only to those whose work needs it",
      },
      {
        ja: "権限を定期的に見直し、異動や退職の際はすぐに外す",
        en: "Review access regularly and remove it at once on transfer or departure",
      },
      {
        ja: "アクセスの記録を取り、定期的に確かめる",
        en: "Log access and check the logs regularly",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "use-04",
    phase: "use_processing",
    kind: "damage",
    risk: {
      ja: "操作を誤ってデータを上書きしたり消したりする",
      en: "Records are overwritten or deleted by mistake",
    },
    countermeasures: [
      {
        ja: "変更履歴とバックアップで元に戻せるようにする",
        en: "Keep change history and backups so mistakes can be undone",
      },
      {
        ja: "一括更新の前に手順と対象を確かめる",
        en: "Check the procedure and the affected records before bulk updates",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "use-05",
    phase: "use_processing",
    kind: "leak",
    risk: {
      ja: "ウイルスなどの不正なプログラムに感染して情報が外へ送られる",
      en: "Malware on a computer sends data outside",
    },
    countermeasures: [
      {
        ja: "ウイルス対策ソフトを使い、OSやソフトを最新に保つ",
        en: "Run anti-malware and keep systems and software up to date",
      },
      {
        ja: "許可していないソフトを入れない",
        en: "Do not install software that has not been approved",
      },
      {
        ja: "不審なメールへの対応を教育で訓練する",
        en: "Train staff to recognise and report suspicious email",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "use-06",
    phase: "use_processing",
    kind: "impact_on_person",
    risk: {
      ja: "古い、または誤った情報をもとに本人に不利な判断をする",
      en: "Out-of-date or wrong data leads to a decision against the individual",
    },
    countermeasures: [
      {
        ja: "判断に使う前に情報が最新かを確かめる",
        en: "Check that data is current before relying on it",
      },
      {
        ja: "本人からの訂正の申し出に応じる手順を決めておく",
        en: "Have a procedure for correcting data at the individual's request",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 2,
  },
  {
    id: "sto-01",
    phase: "storage_backup",
    kind: "leak",
    risk: {
      ja: "施錠していない書庫から書類を持ち去られる",
      en: "Documents are taken from an unlocked cabinet",
    },
    countermeasures: [
      {
        ja: "書類は施錠して保管し、鍵の持ち主と受け渡しを管理する",
        en: "Keep documents locked and control who holds the keys",
      },
      { ja: "保管場所への出入りを記録する", en: "Record who enters the storage area" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "sto-02",
    phase: "storage_backup",
    kind: "loss",
    risk: {
      ja: "サーバやPCの故障でデータが失われる",
      en: "Data is lost when a server or computer fails",
    },
    countermeasures: [
      { ja: "定期的にバックアップを取る", en: "Back up regularly" },
      {
        ja: "バックアップから実際に戻せるかを試しておく",
        en: "Test that backups can actually be restored",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "sto-03",
    phase: "storage_backup",
    kind: "loss",
    risk: {
      ja: "火災・水害・地震で書類や機器が失われる",
      en: "Fire, flood or earthquake destroys documents or equipment",
    },
    countermeasures: [
      {
        ja: "バックアップを別の場所にも置く",
        en: "Keep a copy of the backups at another site",
      },
      { ja: "重要な書類は耐火金庫に入れる", en: "Keep vital documents in a fire-resistant safe" },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "sto-04",
    phase: "storage_backup",
    kind: "leak",
    risk: {
      ja: "バックアップ媒体をなくす、または盗まれる",
      en: "A backup medium is lost or stolen",
    },
    countermeasures: [
      { ja: "バックアップを暗号化する", en: "Encrypt backups" },
      {
        ja: "媒体の数と保管場所を記録し、定期的に数を確かめる",
        en: "Record the media and where they are, and count them regularly",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "sto-05",
    phase: "storage_backup",
    kind: "leak",
    risk: {
      ja: "クラウドの共有設定の誤りでファイルが誰でも見られる状態になる",
      en: "A cloud sharing setting leaves files open to anyone",
    },
    countermeasures: [
      { ja: "外部との共有は承認を得てから行う", en: "Require approval before sharing outside" },
      { ja: "共有設定を定期的に点検する", en: "Review sharing settings regularly" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "sto-06",
    phase: "storage_backup",
    kind: "damage",
    risk: {
      ja: "ランサムウェアにデータを暗号化され、使えなくなる",
      en: "Ransomware encrypts the data and makes it unusable",
    },
    countermeasures: [
      {
        ja: "ネットワークから切り離した、または書き換えできないバックアップを持つ",
        en: "Keep backups that are offline or cannot be altered",
      },
      {
        ja: "外部から接続できる機器の脆弱性をすぐに塞ぐ",
        en: "Patch internet-facing equipment promptly",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "sto-07",
    phase: "storage_backup",
    kind: "other",
    risk: {
      ja: "保管期限を過ぎた情報をいつまでも持ち続ける",
      en: "Records are kept long after their retention period",
    },
    countermeasures: [
      {
        ja: "台帳に保管期限を書き、期限切れを定期的に洗い出す",
        en: "Record retention periods in the register and look for expired records regularly",
      },
    ],
    typicalLikelihood: 3,
    typicalImpact: 1,
  },
];
