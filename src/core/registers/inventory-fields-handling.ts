/** Register fields, part 2: keeping, passing on and reviewing the information. See inventory-fields.ts. */

import type { InventoryFieldDef } from "./inventory-fields.ts";

export const HANDLING_FIELDS: readonly InventoryFieldDef[] = [
  {
    key: "usePeriod",
    label: { ja: "利用期限", en: "Use period" },
    help: {
      ja: "いつまで業務に使うのかを書きます（例：契約終了まで、退職まで）。",
      en: "Until when the information is used in the business, e.g. until the contract ends.",
    },
    requirement: "required",
    type: "text",
    aliases: ["利用期間", "使用期限", "使用期間", "利用終了時期"],
  },
  {
    key: "retentionPeriod",
    label: { ja: "保管期限", en: "Retention period" },
    help: {
      ja: "使い終わった後いつまで残すのかと、その理由になる決まりを書きます（例：退職後5年）。",
      en: "How long the records are kept after use ends, and the rule behind it, e.g. five years after leaving.",
    },
    requirement: "required",
    type: "text",
    aliases: ["保管期間", "保存期間", "保存期限", "保管年限", "保存年限"],
  },
  {
    key: "disposalMethod",
    label: { ja: "廃棄方法", en: "Disposal method" },
    help: {
      ja: "期限が来たらどう消すのかを書きます（シュレッダー、溶解処理、データ消去ソフトなど）。",
      en: "How the records are destroyed when the time comes, e.g. shredding, pulping, erasure software.",
    },
    requirement: "optional",
    type: "text",
    aliases: ["廃棄", "消去方法", "廃棄・消去方法", "消去・廃棄方法", "処分方法"],
  },
  {
    key: "outsourced",
    label: { ja: "委託の有無", en: "Outsourced" },
    help: {
      ja: "取扱いの一部でも外部の事業者に任せているかどうかです。",
      en: "Whether any part of the handling is done by an outside contractor.",
    },
    requirement: "recommended",
    type: "boolean",
    aliases: ["委託", "委託有無", "外部委託", "業務委託"],
  },
  {
    key: "outsourcee",
    label: { ja: "委託先", en: "Contractor" },
    help: {
      ja: "任せている事業者の名前です。複数あればすべて書きます。",
      en: "The contractor's name; name every one if there are several.",
    },
    requirement: "optional",
    type: "text",
    detailOf: "outsourced",
    aliases: ["委託先名", "委託先名称", "外部委託先"],
  },
  {
    key: "thirdPartyProvision",
    label: { ja: "第三者提供の有無", en: "Provided to third parties" },
    help: {
      ja: "委託以外の形で、他の会社や団体に渡しているかどうかです。",
      en: "Whether the information is passed to another company or body other than a contractor.",
    },
    requirement: "recommended",
    type: "boolean",
    aliases: ["第三者提供", "提供", "提供の有無", "第三者への提供", "外部提供"],
  },
  {
    key: "recipients",
    label: { ja: "提供先", en: "Recipients" },
    help: {
      ja: "渡している相手の名前または種類です。",
      en: "Who receives the information, by name or by kind.",
    },
    requirement: "optional",
    type: "text",
    detailOf: "thirdPartyProvision",
    aliases: ["提供先名", "提供先名称", "提供先の名称", "第三者提供先"],
  },
  {
    key: "jointUse",
    label: { ja: "共同利用の有無", en: "Joint use" },
    help: {
      ja: "グループ会社などと決めた範囲で一緒に使っているかどうかです。",
      en: "Whether the information is shared for joint use, e.g. within a group of companies.",
    },
    requirement: "recommended",
    type: "boolean",
    aliases: ["共同利用", "共同利用有無"],
  },
  {
    key: "foreignRecipient",
    label: { ja: "外国にある第三者への提供", en: "Provided to a recipient abroad" },
    help: {
      ja: "海外の相手に渡しているかどうかです。",
      en: "Whether the information goes to a recipient in another country.",
    },
    requirement: "optional",
    type: "boolean",
    aliases: ["外国第三者提供", "外国への提供", "海外提供", "海外への提供", "越境移転"],
  },
  {
    key: "foreignCountry",
    label: { ja: "提供先の国", en: "Recipient country" },
    help: {
      ja: "海外の提供先がある国の名前です。",
      en: "The country where the recipient abroad is located.",
    },
    requirement: "optional",
    type: "text",
    detailOf: "foreignRecipient",
    aliases: ["国名", "提供先国", "提供先の国名", "移転先国"],
  },
  {
    key: "retainedPersonalData",
    label: { ja: "開示対象（保有個人データ）", en: "Subject to disclosure requests" },
    help: {
      ja: "本人から開示や訂正などを求められたときに応じる対象かどうかです。",
      en: "Whether individuals can ask to see, correct or stop the use of this information.",
    },
    requirement: "recommended",
    type: "boolean",
    aliases: ["開示対象", "保有個人データ", "開示等の対象", "開示対象の有無", "保有個人データ該当"],
  },
  {
    key: "sensitive",
    label: { ja: "要配慮個人情報", en: "Special-care data" },
    help: {
      ja: "病歴や健康診断の結果など、特に配慮が必要な項目を含むかどうかです。項目から候補を示します。",
      en: "Whether items needing special care, such as medical history or health checks, are included; suggested from the data items.",
    },
    requirement: "recommended",
    type: "boolean",
    derivedFrom: "dataItems",
    aliases: ["要配慮", "要配慮の有無", "要配慮個人情報の有無", "要配慮情報", "機微情報"],
  },
  {
    key: "identifiedOn",
    label: { ja: "特定日", en: "Identified on" },
    help: {
      ja: "この個人情報を台帳に載せた日です。",
      en: "The day this information was entered in the register.",
    },
    requirement: "optional",
    type: "date",
    aliases: ["特定年月日", "特定した日", "登録日", "記入日"],
  },
  {
    key: "lastReviewedOn",
    label: { ja: "最終見直し日", en: "Last reviewed on" },
    help: {
      ja: "内容が今も正しいかを最後に確かめた日です。少なくとも年に一度見直します。",
      en: "The last day the row was checked against reality; review at least once a year.",
    },
    requirement: "optional",
    type: "date",
    aliases: ["見直し日", "見直し年月日", "最終確認日", "確認日", "最終更新日", "更新日"],
  },
  {
    key: "status",
    label: { ja: "状態", en: "Status" },
    help: {
      ja: "今も扱っているか、扱いをやめたかを示します。やめた行も記録として残します。",
      en: "Whether the information is still handled; retired rows stay as a record.",
    },
    requirement: "optional",
    type: "enum",
    values: [
      {
        value: "active",
        label: { ja: "利用中", en: "Active" },
        aliases: ["使用中", "運用中", "有効"],
      },
      {
        value: "retired",
        label: { ja: "廃止", en: "Retired" },
        aliases: ["利用終了", "終了", "廃止済", "無効"],
      },
    ],
    aliases: ["ステータス", "利用状況", "使用状況"],
  },
];
