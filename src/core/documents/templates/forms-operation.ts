// Forms (様式) for daily operation: contractors, requests and complaints, incidents, safety
// measures, documents, third-party provision and consent. The J refs are the records each keeps.
import { f, fieldsTable, h, p, stamps, table } from "./builder.ts";
import { form } from "./forms-plan.ts";
import type { DocumentTemplate } from "./types.ts";

export const OPERATION_FORM_TEMPLATES: readonly DocumentTemplate[] = [
  form(
    "vendor-evaluation",
    "F-12",
    "委託先評価表",
    "Contractor evaluation",
    {
      ja: "委託先を選ぶとき、及び年1回の見直しのときに、選定基準に照らして評価します。",
      en: "Evaluating a contractor against the selection criteria, on selection and every year.",
    },
    ["J.9.4"],
    [
      fieldsTable([
        ["委託先の名称", ""],
        ["委託する業務と個人情報", ""],
        ["評価の種類（新規・定期）", ""],
        ["評価日・評価者", ""],
      ]),
      table([
        ["評価項目", "確認した内容", "評価（適・否）"],
        ["第三者認証（プライバシーマーク、ISMSなど）", "", ""],
        ["個人情報の取扱いに関する規程と責任者", "", ""],
        ["物理的・技術的な安全管理", "", ""],
        ["従業者の教育と誓約", "", ""],
        ["再委託の有無と管理", "", ""],
        ["過去の事故と対策", "", ""],
      ]),
      fieldsTable([
        ["総合評価（委託可・条件付き・不可）", ""],
        ["次回の評価予定日", ""],
      ]),
      stamps("承認（個人情報保護管理者）", "承認日"),
    ],
  ),
  form(
    "vendor-contract",
    "F-13",
    "委託契約チェックリスト",
    "Contractor agreement checklist",
    {
      ja: "委託契約に必要な8つの事項が定められているかを確かめます。",
      en: "Checks that a contractor agreement covers the eight required points.",
    },
    ["J.9.4"],
    [
      fieldsTable([
        ["委託先の名称", ""],
        ["契約書の名称・締結日", ""],
        ["確認日・確認者", ""],
      ]),
      table([
        ["契約に定める事項", "該当する条項", "有・無"],
        ["委託元と委託先の責任", "", ""],
        ["個人データの安全管理", "", ""],
        ["再委託の条件", "", ""],
        ["取扱い状況の報告の内容と頻度", "", ""],
        ["契約が守られていることの確認", "", ""],
        ["契約が守られなかった場合の措置", "", ""],
        ["事故のときの報告と連絡", "", ""],
        ["契約終了後の返却又は消去", "", ""],
      ]),
    ],
  ),
  form(
    "request-form",
    "F-14",
    "開示等請求書",
    "Request form (disclosure and other rights)",
    {
      ja: "本人が利用目的の通知、開示、訂正、利用停止などを請求するときに提出する書面です。",
      en: "The form an individual submits to ask for the purposes, disclosure, correction, stopping use and so on.",
    },
    ["J.10.2"],
    [
      p([f("org.name"), "　御中"]),
      p("私は、貴社が保有する私の個人情報について、次のとおり請求します。"),
      fieldsTable([
        ["請求日", ""],
        ["氏名・フリガナ", ""],
        ["住所", ""],
        ["電話番号・電子メール", ""],
        [
          "請求の種類（○を付ける）",
          "利用目的の通知／開示／第三者提供記録の開示／訂正・追加・削除／利用停止・消去／第三者提供の停止",
        ],
        ["対象となる個人情報", ""],
        ["請求の理由（訂正・利用停止等の場合）", ""],
        ["開示の方法の希望（電子データ・書面）", ""],
        ["代理人による請求の場合：代理人の氏名と関係", ""],
      ]),
      p("添付：本人確認書類の写し（代理人の場合は代理権を確認できる書類）"),
      p([
        "提出先：",
        f("desk.name"),
        "　",
        f("desk.address"),
        "　電話 ",
        f("desk.phone"),
        "　電子メール ",
        f("desk.email"),
      ]),
    ],
  ),
  form(
    "request-record",
    "F-15",
    "開示等請求対応記録",
    "Request handling record",
    {
      ja: "受け付けた請求ごとに、本人確認、判断、回答と手数料を記録します。",
      en: "For each request: identity check, decision, answer and fee.",
    },
    ["J.10.2", "J.10.4", "J.10.5", "J.10.6", "J.10.7"],
    [
      table(
        [
          [
            "受付日",
            "請求者",
            "請求の種類",
            "本人確認の方法",
            "判断（応じる・一部・応じない）と理由",
            "回答日",
            "手数料",
            "担当",
          ],
        ],
        8,
      ),
    ],
  ),
  form(
    "complaint-record",
    "F-16",
    "苦情・相談受付記録",
    "Complaints and inquiries record",
    {
      ja: "個人情報の取扱いについての苦情と相談を受け付けてから完了するまでを記録します。",
      en: "Each complaint or inquiry about personal information, from receipt to closure.",
    },
    ["J.11.1"],
    [
      fieldsTable([
        ["受付番号", ""],
        ["受付日時・受付者", ""],
        ["申出者（氏名・連絡先）", ""],
        ["受付の方法（電話・メール・書面・来訪・問い合わせフォーム）", ""],
        ["区分（苦情・相談）", ""],
        ["内容", ""],
        ["対応の経過", ""],
        ["回答日・回答の内容", ""],
        ["是正処置の要否", ""],
        ["完了日", ""],
      ]),
      stamps("確認（苦情・相談窓口責任者）", "確認（個人情報保護管理者）"),
    ],
  ),
  form(
    "incident-report",
    "F-17",
    "事故（漏えい等）報告書",
    "Incident (leak) report",
    {
      ja: "漏えい等の事故の発生から報告、本人対応、再発防止までを記録します。",
      en: "An incident from discovery to reports, notices to individuals and prevention of a repeat.",
    },
    ["J.4.4.2"],
    [
      fieldsTable([
        ["発生日時・発覚日時", ""],
        ["報告者・報告日時", ""],
        ["事故の概要", ""],
        ["媒体と個人情報の項目", ""],
        ["本人の数（件数）", ""],
        ["要配慮個人情報・財産的被害・不正な目的の有無", ""],
        ["安全管理措置の状況", ""],
        ["被害拡大を防ぐために行ったこと", ""],
        ["原因", ""],
        ["二次被害とそのおそれ", ""],
        ["本人への通知（日付・方法）", ""],
        ["公表の有無", ""],
        ["個人情報保護委員会への報告（速報日・確報日）", ""],
        ["審査機関・委託元への報告", ""],
        ["再発防止策（是正処置報告書の管理番号）", ""],
      ]),
      stamps("代表者", "個人情報保護管理者", "報告者"),
    ],
    5,
  ),
  form(
    "entry-takeout-disposal",
    "F-18",
    "入退室・持出し・廃棄記録",
    "Entry, take-out and disposal log",
    {
      ja: "サーバ室などへの入退室、個人情報の持出しと返却、書類・媒体の廃棄を記録します。",
      en: "Entries to secure areas, taking personal information out and back, disposing of papers and media.",
    },
    ["J.5.1", "J.9.2"],
    [
      h(2, "1. 入退室"),
      table([["日付", "入室時刻", "退室時刻", "氏名", "区域", "目的", "付添者"]], 6),
      h(2, "2. 持出し"),
      table([["持出し日", "持ち出した物", "持出し先・目的", "氏名", "許可者", "返却日"]], 4),
      h(2, "3. 廃棄・消去"),
      table([["廃棄日", "廃棄した物", "方法（裁断・溶解・消去・破壊）", "実施者", "確認者"]], 4),
    ],
    1,
  ),
  form(
    "safety-check",
    "F-19",
    "安全管理措置点検表",
    "Safety measures checklist",
    {
      ja: "組織的・人的・物理的・技術的な安全管理措置が守られているかを定期的に点検します。",
      en: "A regular check of the organizational, human, physical and technical safety measures.",
    },
    ["J.9.2", "J.5.1"],
    [
      fieldsTable([
        ["部門", ""],
        ["点検日", ""],
        ["点検者", ""],
      ]),
      table(
        [
          ["区分", "点検項目", "結果（良・否）", "否の場合の対応"],
          ["組織的", "取扱者と権限が決まっている", "", ""],
          ["人的", "全員の誓約書がそろっている", "", ""],
          ["物理的", "入退室が記録され、来訪者に付き添っている", "", ""],
          ["物理的", "書類と媒体が施錠保管されている", "", ""],
          ["技術的", "退職者・異動者のIDとアクセス権が整理されている", "", ""],
          ["技術的", "ウイルス対策とOSの更新が最新である", "", ""],
          ["技術的", "バックアップが取れ、戻せることを確かめた", "", ""],
        ],
        2,
      ),
    ],
  ),
  form(
    "document-register",
    "F-20",
    "文書管理台帳",
    "Document register",
    {
      ja: "PMSの文書を番号、版、承認者、施行日、見直し予定とともに一覧にします（製品の文書管理の印刷用）。",
      en: "All PMS documents with number, version, approver, effective date and next review (for printing).",
    },
    ["J.4.5.1"],
    [
      table(
        [["文書番号", "文書名", "版", "承認者", "承認日", "施行日", "次回見直し", "保管場所"]],
        10,
      ),
    ],
    null,
  ),
  form(
    "provision-record",
    "F-21",
    "第三者提供・受領記録",
    "Third-party provision and receipt record",
    {
      ja: "個人データを第三者に提供したとき、及び第三者から受け取ったときの記録です。",
      en: "A record of each provision of personal data to, or receipt from, a third party.",
    },
    ["J.8.8.2", "J.8.8.3"],
    [
      h(2, "1. 提供の記録"),
      table(
        [
          [
            "提供日",
            "提供先（名称・住所）",
            "本人を特定する事項",
            "個人データの項目",
            "本人の同意の有無",
            "担当",
          ],
        ],
        4,
      ),
      h(2, "2. 受領の記録"),
      table(
        [
          [
            "受領日",
            "提供元（名称・住所・代表者）",
            "提供元の取得の経緯",
            "本人を特定する事項",
            "個人データの項目",
            "確認者",
          ],
        ],
        4,
      ),
    ],
  ),
  form(
    "consent",
    "F-22",
    "個人情報の取扱いに関する同意書（ひな形）",
    "Consent form template",
    {
      ja: "本人から書面で個人情報を取得するときに示す事項と同意欄のひな形です。業務ごとに書き換えて使います。",
      en: "The notice and consent text shown when collecting personal information in writing; adapt it per use.",
    },
    ["J.8.5", "J.8.3"],
    [
      p([
        f("org.name"),
        "は、ご提供いただく個人情報を次のとおり取り扱います。内容をご確認のうえ、同意いただける場合は署名をお願いします。",
      ]),
      fieldsTable([
        ["事業者の名称", [f("org.name")]],
        ["個人情報保護管理者", [f("pms.manager"), "（連絡先：", f("desk.phone"), "）"]],
        ["利用目的", ""],
        ["第三者への提供", "（提供しない／提供する場合は目的、項目、提供先、方法）"],
        ["取扱いの委託", "（委託することがあります／委託しません）"],
        [
          "開示等の請求",
          ["利用目的の通知、開示、訂正、利用停止などのご請求は、", f("desk.name"), "で承ります。"],
        ],
        [
          "ご提供の任意性",
          "ご提供は任意です。ただし、いただけない場合は（　　　）ができないことがあります。",
        ],
      ]),
      p("上記の内容に同意します。"),
      fieldsTable([
        ["同意日", ""],
        ["氏名（署名）", ""],
      ]),
    ],
  ),
];
