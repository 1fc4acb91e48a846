/** Risk suggestions for 取得・入力 and 移送・送信. See risk-library.ts. */

import type { RiskSuggestion } from "./risk-library.ts";

export const RISKS_ACQUISITION_TRANSFER: readonly RiskSuggestion[] = [
  {
    id: "acq-01",
    phase: "acquisition_input",
    kind: "improper_acquisition",
    risk: {
      ja: "利用目的を知らせないまま個人情報を受け取ってしまう",
      en: "Personal information is collected before the purpose has been made known",
    },
    countermeasures: [
      {
        ja: "申込書などの書式に利用目的を載せる",
        en: "Print the purpose on every collection form",
      },
      {
        ja: "Webフォームに利用目的と問い合わせ窓口を表示する",
        en: "Show the purpose and the contact point on web forms",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "acq-02",
    phase: "acquisition_input",
    kind: "improper_acquisition",
    risk: {
      ja: "要配慮個人情報を本人の同意を得ずに受け取ってしまう",
      en: "Special-care data is collected without the individual's prior consent",
    },
    countermeasures: [
      {
        ja: "同意欄を設け、同意のない申込みは受け付けない",
        en: "Add a consent box and do not accept forms without it",
      },
      {
        ja: "業務に不要な要配慮項目を書式から外す",
        en: "Remove special-care fields the business does not need",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "acq-03",
    phase: "acquisition_input",
    kind: "improper_acquisition",
    risk: {
      ja: "出どころの分からない名簿を購入して使ってしまう",
      en: "A list of unknown origin is bought and used",
    },
    countermeasures: [
      {
        ja: "提供元がどう取得したかを確かめ、その記録を残す",
        en: "Check how the provider obtained the data and keep a record of the check",
      },
      {
        ja: "取得の経緯を確認できない名簿は買わない",
        en: "Do not buy lists whose origin cannot be confirmed",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 2,
  },
  {
    id: "acq-04",
    phase: "acquisition_input",
    kind: "leak",
    risk: {
      ja: "受付に置いた申込書を来訪者や関係のない人に見られる",
      en: "Forms left at reception are seen by visitors or unrelated staff",
    },
    countermeasures: [
      {
        ja: "受け取った書類はすぐに施錠できる場所へ移す",
        en: "Move received documents to lockable storage straight away",
      },
      { ja: "受付台に書類を置いたままにしない", en: "Never leave documents on the reception desk" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "acq-05",
    phase: "acquisition_input",
    kind: "leak",
    risk: {
      ja: "暗号化されていないWebフォームの通信を盗み見られる",
      en: "Data sent through an unencrypted web form is intercepted",
    },
    countermeasures: [
      { ja: "入力画面はすべてTLSで保護する", en: "Protect every input page with TLS" },
      {
        ja: "公開前と定期的にフォームの脆弱性を点検する",
        en: "Check forms for vulnerabilities before launch and regularly afterwards",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "acq-06",
    phase: "acquisition_input",
    kind: "damage",
    risk: {
      ja: "手入力の誤りで間違った内容が登録される",
      en: "Typing mistakes put wrong data into the records",
    },
    countermeasures: [
      {
        ja: "入力後に別の担当者が元の書類と照合する",
        en: "A second person checks entries against the source document",
      },
      { ja: "入力画面に形式のチェックを設ける", en: "Add format checks to input screens" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 1,
  },
  {
    id: "tr-01",
    phase: "transfer",
    kind: "leak",
    risk: {
      ja: "メールを宛先違いで送る、または一斉送信で他の宛先が見えてしまう",
      en: "Email goes to the wrong address, or a group mail shows every recipient",
    },
    countermeasures: [
      {
        ja: "送信前に宛先を確かめる仕組み（送信保留、ダブルチェック）を使う",
        en: "Use a send delay or a second check of the recipients before sending",
      },
      {
        ja: "一斉送信はBCCか配信システムで行う",
        en: "Send group mail with BCC or a mailing system",
      },
      {
        ja: "ファイルは添付せず、閲覧者を限った共有リンクで渡す",
        en: "Share files through links limited to the intended readers instead of attachments",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "tr-02",
    phase: "transfer",
    kind: "leak",
    risk: { ja: "FAXを別の番号へ送ってしまう", en: "A fax is sent to the wrong number" },
    countermeasures: [
      {
        ja: "よく使う送り先は登録番号から送り、登録内容を定期的に確かめる",
        en: "Send to stored numbers for regular recipients and check the stored list regularly",
      },
      {
        ja: "送信前に番号を別の人と確かめる",
        en: "Have a second person confirm the number before sending",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "tr-03",
    phase: "transfer",
    kind: "loss",
    risk: {
      ja: "郵送や宅配の途中で書類がなくなる",
      en: "Documents go missing in the post or with a courier",
    },
    countermeasures: [
      {
        ja: "追跡できる送り方を使い、送付記録を残す",
        en: "Use a trackable service and keep a dispatch record",
      },
      { ja: "相手に受け取りを確かめる", en: "Confirm receipt with the recipient" },
    ],
    typicalLikelihood: 1,
    typicalImpact: 2,
  },
  {
    id: "tr-04",
    phase: "transfer",
    kind: "leak",
    risk: {
      ja: "持ち出したノートPCやUSBメモリをなくす、または盗まれる",
      en: "A laptop or USB stick taken out of the office is lost or stolen",
    },
    countermeasures: [
      {
        ja: "持ち出しは承認制にして記録する",
        en: "Require approval for taking data out and log it",
      },
      { ja: "端末と媒体を暗号化する", en: "Encrypt devices and removable media" },
      { ja: "私物の媒体を業務に使わない", en: "Do not use personal media for work" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "tr-05",
    phase: "transfer",
    kind: "leak",
    risk: {
      ja: "暗号化されていない通信路で送ったデータを盗み見られる",
      en: "Data sent over an unencrypted connection is intercepted",
    },
    countermeasures: [
      { ja: "TLSやVPNで通信を暗号化する", en: "Encrypt connections with TLS or a VPN" },
      {
        ja: "公衆無線LANから業務システムに接続しない",
        en: "Do not reach business systems over public Wi-Fi",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "tr-06",
    phase: "transfer",
    kind: "damage",
    risk: {
      ja: "データの受け渡しの途中で一部が欠けたり壊れたりする",
      en: "Data is truncated or corrupted while being handed over",
    },
    countermeasures: [
      {
        ja: "件数や合計値で送る側と受ける側が照合する",
        en: "Sender and receiver compare record counts or totals",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 1,
  },
];
