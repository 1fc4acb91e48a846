// 教育実施報告書: the record an examiner asks for, per session (title, kind, day and time,
// place or meeting, instructor, the outline from the course's sections, targets, attendance
// and absentees, the e-learning quiz results of the assignees, notes) or per course for its
// e-learning (completions, how, who has not completed). A4 portrait with the 承認・確認・作成
// boxes of the documents' PDFs. Runs on the PDF worker thread; every text is pdfmake text.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  breakLong,
  headCell,
  jaDay,
  jaDayWithWareki,
  labelledRows,
  pageFooter,
  SESSION_KIND_LABELS,
  stampBoxes,
  thinLines,
  timeRange,
} from "./education.pdf-parts.ts";

type Person = { name: string; department: string | null };

export type QuizStats = {
  /** Assignees who submitted at least once, and who passed. */
  takers: number;
  passed: number;
  passMark: number;
  questions: number;
};

type Common = {
  organization: string;
  courseTitle: string;
  audienceLabel: string;
  durationMinutes: number | null;
  /** The course's section titles, in order. */
  outline: string[];
  quiz: QuizStats | null;
  printedOn: string;
};

export type SessionReportInput = Common & {
  mode: "session";
  sessionTitle: string | null;
  kind: string;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  meetingUrl: string | null;
  instructorName: string | null;
  followUpOf: string | null;
  notes: string | null;
  counts: { invited: number; present: number; absent: number; notRecorded: number };
  absentees: Person[];
};

export type CourseReportInput = Common & {
  mode: "course";
  deliveryLabel: string;
  scheduledFrom: string | null;
  scheduledTo: string | null;
  dueOn: string | null;
  targets: number;
  completed: number;
  byVia: Array<{ label: string; count: number }>;
  firstCompletedOn: string | null;
  lastCompletedOn: string | null;
  notCompleted: Person[];
};

export type ReportInput = SessionReportInput | CourseReportInput;

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const SESSION_REPORT_MODULE = import.meta.url;

const heading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: 11,
  margin: [0, 8, 0, 4],
});

function outline(lines: string[]): Content {
  return lines.length
    ? { ol: lines, margin: [8, 0, 0, 4] }
    : { text: "（コースの教材に章がありません）", color: "#666666" };
}

function people(list: Person[], empty: string): Content {
  if (!list.length) return { text: empty };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, 140, "*"],
      body: [
        ["No.", "部署", "氏名"].map(headCell),
        ...list.map((p, i): TableCell[] => [
          { text: String(i + 1), alignment: "right" },
          { text: p.department ?? "" },
          { text: p.name },
        ]),
      ],
    },
    layout: thinLines,
  };
}

function quizLines(q: QuizStats | null): Content {
  if (!q || q.takers === 0) return { text: "確認テストの受験者はいません。" };
  return {
    text:
      `受験者 ${q.takers}名　うち合格 ${q.passed}名` +
      `（問題数 ${q.questions}問、合格点 ${q.passMark}点）`,
  };
}

function sessionBody(r: SessionReportInput): Content[] {
  const where: [string, string] =
    r.kind === "remote" ? ["会議URL", breakLong(r.meetingUrl ?? "")] : ["場所", r.place ?? ""];
  const title = r.sessionTitle ? `${r.courseTitle}（${r.sessionTitle}）` : r.courseTitle;
  return [
    labelledRows([
      ["研修名", title],
      ["形式", `${SESSION_KIND_LABELS[r.kind] ?? r.kind}${r.followUpOf ? "（補講）" : ""}`],
      ["実施日", jaDayWithWareki(r.heldOn)],
      ["時間", timeRange(r.startsAt, r.endsAt)],
      where,
      ["講師", r.instructorName ?? ""],
      ["対象", r.audienceLabel],
    ]),
    heading("1. 教育の内容"),
    outline(r.outline),
    heading("2. 出欠"),
    {
      text:
        `対象者 ${r.counts.invited + r.counts.present + r.counts.absent}名　` +
        `出席 ${r.counts.present}名　欠席 ${r.counts.absent}名` +
        (r.counts.invited ? `　未記録 ${r.counts.invited}名` : ""),
      margin: [0, 0, 0, 4],
    },
    { text: "欠席者", bold: true, margin: [0, 2, 0, 2] },
    people(r.absentees, "欠席者はいません。"),
    heading("3. 確認テスト（eラーニング）"),
    quizLines(r.quiz),
    heading("4. 特記事項"),
    { text: r.notes ?? "特になし" },
  ];
}

function courseBody(r: CourseReportInput): Content[] {
  const rate = r.targets === 0 ? "―" : `${Math.floor((r.completed * 1000) / r.targets) / 10}%`;
  const window =
    r.scheduledFrom || r.scheduledTo ? `${jaDay(r.scheduledFrom)}〜${jaDay(r.scheduledTo)}` : "";
  return [
    labelledRows([
      ["コース名", r.courseTitle],
      ["実施方法", r.deliveryLabel],
      ["対象", r.audienceLabel],
      ["実施期間", window],
      ["受講期限", jaDay(r.dueOn)],
      ["所要時間", r.durationMinutes ? `${r.durationMinutes}分` : ""],
    ]),
    heading("1. 教育の内容"),
    outline(r.outline),
    heading("2. 修了の状況"),
    {
      text: `対象者 ${r.targets}名　修了 ${r.completed}名　修了率 ${rate}`,
      margin: [0, 0, 0, 2],
    },
    {
      text:
        (r.byVia.length
          ? `内訳　${r.byVia.map((v) => `${v.label} ${v.count}名`).join("、")}`
          : "") +
        (r.firstCompletedOn
          ? `\n最初の修了 ${jaDay(r.firstCompletedOn)}　最後の修了 ${jaDay(r.lastCompletedOn)}`
          : ""),
    },
    heading("3. 確認テスト"),
    quizLines(r.quiz),
    heading("4. 未修了者"),
    people(r.notCompleted, "未修了者はいません。"),
  ];
}

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const r = raw as ReportInput;
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [48, 40, 48, 48],
    info: { title: `教育実施報告書 ${r.courseTitle}`, creator: "mamori", producer: "mamori" },
    defaultStyle: { fontSize: 9.5, lineHeight: 1.3 },
    footer: pageFooter,
    content: [
      stampBoxes(),
      {
        text: "教育実施報告書",
        fontSize: 18,
        bold: true,
        alignment: "center",
        margin: [0, 12, 0, 4],
      },
      {
        text: `${r.organization}　作成日 ${jaDay(r.printedOn)}`,
        alignment: "right",
        fontSize: 8,
        margin: [0, 0, 0, 10],
      },
      ...(r.mode === "session" ? sessionBody(r) : courseBody(r)),
    ],
  };
}
