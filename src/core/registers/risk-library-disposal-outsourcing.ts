/** Risk suggestions for 消去・廃棄 and 委託. See risk-library.ts. */

import type { RiskSuggestion } from "./risk-library.ts";

export const RISKS_DISPOSAL_OUTSOURCING: readonly RiskSuggestion[] = [
  {
    id: "dis-01",
    phase: "disposal",
    kind: "leak",
    risk: {
      ja: "書類を普通のごみとして捨て、外部の人の目に触れる",
      en: "Documents are thrown out with ordinary waste and seen by outsiders",
    },
    countermeasures: [
      {
        ja: "シュレッダーか溶解処理で読めない状態にする",
        en: "Make documents unreadable by shredding or pulping",
      },
      { ja: "いつ何を廃棄したかを記録する", en: "Record what was destroyed and when" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "dis-02",
    phase: "disposal",
    kind: "leak",
    risk: {
      ja: "PC・複合機・記録媒体をデータを消さずに廃棄やリース返却する",
      en: "Computers, copiers or media are scrapped or returned from lease with data still on them",
    },
    countermeasures: [
      {
        ja: "専用ソフトでの消去か物理的な破壊を行う",
        en: "Erase with dedicated software or destroy physically",
      },
      { ja: "業者から消去の証明書を受け取る", en: "Obtain an erasure certificate from the vendor" },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "dis-03",
    phase: "disposal",
    kind: "loss",
    risk: {
      ja: "まだ必要な情報を誤って捨ててしまう",
      en: "Records still needed are destroyed by mistake",
    },
    countermeasures: [
      {
        ja: "廃棄の前に保管期限と承認を確かめる",
        en: "Check the retention period and get approval before destroying",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 2,
  },
  {
    id: "dis-04",
    phase: "disposal",
    kind: "leak",
    risk: {
      ja: "廃棄を頼んだ業者が適切に処理しない",
      en: "The disposal contractor does not handle the material properly",
    },
    countermeasures: [
      {
        ja: "選定基準で業者を評価し、契約で処理方法を決める",
        en: "Assess the contractor against selection criteria and fix the method in the contract",
      },
      {
        ja: "処理に立ち会うか、廃棄の証明書を受け取る",
        en: "Witness the destruction or obtain a certificate of destruction",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "dis-05",
    phase: "disposal",
    kind: "leak",
    risk: {
      ja: "廃棄待ちの書類が鍵のない場所に長く置かれる",
      en: "Documents waiting for disposal sit unlocked for a long time",
    },
    countermeasures: [
      { ja: "施錠できる回収箱を使う", en: "Use a lockable collection box" },
      { ja: "回収と廃棄の間隔を決めて守る", en: "Set and keep a collection schedule" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "dis-06",
    phase: "disposal",
    kind: "other",
    risk: {
      ja: "消したはずのデータがバックアップやクラウドに残り続ける",
      en: "Data deleted from the main system lives on in backups or cloud services",
    },
    countermeasures: [
      {
        ja: "台帳で写しの置き場所を把握し、消去の対象に含める",
        en: "Track every copy in the register and include it when erasing",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "out-01",
    phase: "outsourcing",
    kind: "leak",
    risk: {
      ja: "委託先の安全管理が不十分で情報が漏れる",
      en: "A contractor with weak safeguards leaks the data",
    },
    countermeasures: [
      {
        ja: "第三者認証や体制などの選定基準で委託先を評価してから選ぶ",
        en: "Choose contractors only after assessing them against criteria such as certifications and organisation",
      },
      { ja: "少なくとも年に一度評価し直す", en: "Re-assess at least once a year" },
    ],
    typicalLikelihood: 2,
    typicalImpact: 3,
  },
  {
    id: "out-02",
    phase: "outsourcing",
    kind: "other",
    risk: {
      ja: "契約に必要な取り決めが欠け、事故のときの責任や報告があいまいになる",
      en: "The contract lacks key terms, leaving responsibilities and incident reporting unclear",
    },
    countermeasures: [
      {
        ja: "責任分担、安全管理、再委託、報告、点検、違反時の措置、事故報告、終了後の扱いを契約に入れる",
        en: "Cover responsibilities, security, sub-contracting, reports, checks, breaches, incidents and contract end",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "out-03",
    phase: "outsourcing",
    kind: "unlawful_provision",
    risk: {
      ja: "委託先が断りなく別の会社に再委託する",
      en: "The contractor passes the work to another company without permission",
    },
    countermeasures: [
      {
        ja: "再委託は事前の承認を条件にする",
        en: "Allow sub-contracting only with prior approval",
      },
      {
        ja: "再委託先を把握し、同じ水準を求める",
        en: "Know every sub-contractor and hold it to the same standard",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "out-04",
    phase: "outsourcing",
    kind: "misuse",
    risk: {
      ja: "委託先が預けた情報を自社の目的に使う",
      en: "The contractor uses the data for its own purposes",
    },
    countermeasures: [
      {
        ja: "委託した業務以外での利用の禁止を契約に書く",
        en: "Forbid any use outside the contracted work in the contract",
      },
      {
        ja: "定期的に取扱いの報告を受け、必要に応じて点検する",
        en: "Receive regular handling reports and inspect where needed",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
  {
    id: "out-05",
    phase: "outsourcing",
    kind: "other",
    risk: {
      ja: "契約が終わった後も委託先に情報が残る",
      en: "Data stays with the contractor after the contract ends",
    },
    countermeasures: [
      {
        ja: "終了時の返却か消去と、その報告を契約で決める",
        en: "Require return or erasure at the end, with a report, in the contract",
      },
    ],
    typicalLikelihood: 2,
    typicalImpact: 2,
  },
  {
    id: "out-06",
    phase: "outsourcing",
    kind: "unlawful_provision",
    risk: {
      ja: "相手が自分の目的で使う受け渡しを委託と扱い、同意なく提供してしまう",
      en: "Handing data to a partner for the partner's own use is treated as outsourcing, so it is provided without consent",
    },
    countermeasures: [
      {
        ja: "渡す前に委託か第三者提供かを判断し、記録する",
        en: "Decide and record whether a hand-over is outsourcing or provision before it happens",
      },
      {
        ja: "第三者提供にあたる場合は同意を得る",
        en: "Obtain consent where the hand-over is a provision to a third party",
      },
    ],
    typicalLikelihood: 1,
    typicalImpact: 3,
  },
];
