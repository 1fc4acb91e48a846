// Downloads and reports of the education records, for education.read: a session's 出席簿 and
// 教育実施報告書, a course's report and 理解度, the plan's 教育実施サマリー (JSON, xlsx, PDF)
// and a person's 修了証. Each file is recorded as an export once built (recordExport); names
// end in .pdf / .xlsx so the download quotas apply.
import type { FastifyReply } from "fastify";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { recordExport } from "../audit/index.ts";
import { renderOnWorker } from "../exports/index.ts";
import { ATTENDANCE_SHEET_MODULE } from "./education.attendance-sheet.ts";
import { CERTIFICATE_MODULE } from "./education.certificate.ts";
import {
  assignmentParams,
  educationSummaryOut,
  sessionCourseParams,
  sessionParams,
  sessionPlanParams,
  understandingOut,
} from "./education.records.contract.ts";
import {
  attendanceSheetInput,
  certificateInput,
  courseReportInput,
  sessionReportInput,
} from "./education.records.load.ts";
import { SESSION_REPORT_MODULE } from "./education.session-report.ts";
import { buildEducationSummary } from "./education.summary.ts";
import { SUMMARY_PDF_MODULE } from "./education.summary-pdf.ts";
import { summaryXlsx } from "./education.summary-xlsx.ts";
import { courseUnderstanding } from "./education.understanding.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** attachment; an ASCII name for old clients and the Japanese one (RFC 6266). */
function download(reply: FastifyReply, type: string, ascii: string, name: string, bytes: Buffer) {
  return reply
    .header("content-type", type)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(bytes);
}

const day = (iso: string) => iso.replaceAll("-", "");

export function registerEducationRecordDownloads(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["education"];
  const base = "/orgs/:orgId/education";

  const pdf = async (module: string, input: unknown) =>
    renderOnWorker({ kind: "document", module, input });

  app.get(
    `${base}/sessions/:sessionId/attendance-sheet.pdf`,
    {
      schema: {
        tags,
        params: sessionParams,
        description: "出席簿: the invitees by department with a blank 署名 column (A4).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.read");
      const input = await attendanceSheetInput(db, ctx, req.params.sessionId);
      const bytes = await pdf(ATTENDANCE_SHEET_MODULE, input);
      await recordExport(db, ctx, "education_attendance_sheet", "pdf", input.rows.length);
      const d = day(input.heldOn);
      return download(reply, "application/pdf", `attendance-${d}.pdf`, `出席簿_${d}.pdf`, bytes);
    },
  );

  app.get(
    `${base}/sessions/:sessionId/report.pdf`,
    {
      schema: { tags, params: sessionParams, description: "教育実施報告書 of a session (A4)." },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.read");
      const input = await sessionReportInput(db, ctx, req.params.sessionId);
      const bytes = await pdf(SESSION_REPORT_MODULE, input);
      await recordExport(db, ctx, "education_report", "pdf", input.absentees.length);
      const d = day(input.heldOn);
      return download(
        reply,
        "application/pdf",
        `report-${d}.pdf`,
        `教育実施報告書_${d}.pdf`,
        bytes,
      );
    },
  );

  app.get(
    `${base}/courses/:courseId/report.pdf`,
    {
      schema: {
        tags,
        params: sessionCourseParams,
        description:
          "教育実施報告書 of a course: completions (e-learning and others), who is left.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.read");
      const input = await courseReportInput(db, ctx, req.params.courseId);
      const bytes = await pdf(SESSION_REPORT_MODULE, input);
      await recordExport(db, ctx, "education_report", "pdf", input.notCompleted.length);
      const d = day(input.printedOn);
      return download(
        reply,
        "application/pdf",
        `course-report-${d}.pdf`,
        `教育実施報告書_${d}.pdf`,
        bytes,
      );
    },
  );

  app.get(
    `${base}/courses/:courseId/understanding`,
    {
      schema: {
        tags,
        params: sessionCourseParams,
        response: { 200: understandingOut },
        description:
          "理解度: per question over each person's first attempt (before retries): answered, " +
          "correct, choices; the weakest questions and their departments.",
      },
    },
    async (req) =>
      courseUnderstanding(db, await guards.orgContext(req, "education.read"), req.params.courseId),
  );

  app.get(
    `${base}/plans/:planId/summary`,
    {
      schema: {
        tags,
        params: sessionPlanParams,
        response: { 200: educationSummaryOut },
        description: "教育実施サマリー: per course targets and completions, and the totals.",
      },
    },
    async (req) =>
      buildEducationSummary(db, await guards.orgContext(req, "education.read"), req.params.planId),
  );

  const summaryFile = async (
    req: { params: { orgId: string; planId: string } },
    reply: FastifyReply,
    format: "xlsx" | "pdf",
    ctxOf: () => ReturnType<typeof guards.orgContext>,
  ) => {
    const ctx = await ctxOf();
    const summary = await buildEducationSummary(db, ctx, req.params.planId);
    let bytes: Buffer;
    if (format === "xlsx") {
      const understanding = [];
      for (const c of summary.courses) understanding.push(await courseUnderstanding(db, ctx, c.id));
      bytes = await summaryXlsx(summary, understanding);
    } else bytes = await pdf(SUMMARY_PDF_MODULE, summary);
    await recordExport(db, ctx, "education_summary", format, summary.courses.length);
    const name = `教育実施サマリー_${summary.plan.fiscalYear}年度.${format}`;
    const type = format === "xlsx" ? XLSX_TYPE : "application/pdf";
    return download(
      reply,
      type,
      `education-summary-${summary.plan.fiscalYear}.${format}`,
      name,
      bytes,
    );
  };

  app.get(
    `${base}/plans/:planId/summary.xlsx`,
    {
      schema: {
        tags,
        params: sessionPlanParams,
        description: "教育実施サマリー and 理解度 as an Excel workbook.",
      },
    },
    async (req, reply) =>
      summaryFile(req, reply, "xlsx", () => guards.orgContext(req, "education.read")),
  );

  app.get(
    `${base}/plans/:planId/summary.pdf`,
    {
      schema: { tags, params: sessionPlanParams, description: "教育実施サマリー as a PDF (A4)." },
    },
    async (req, reply) =>
      summaryFile(req, reply, "pdf", () => guards.orgContext(req, "education.read")),
  );

  app.get(
    `${base}/assignments/:assignmentId/certificate.pdf`,
    {
      schema: {
        tags,
        params: assignmentParams,
        description: "修了証 of a completed assignment (404 before completion).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.read");
      const input = await certificateInput(db, ctx, req.params.assignmentId);
      const bytes = await pdf(CERTIFICATE_MODULE, input);
      await recordExport(db, ctx, "education_certificate", "pdf", 1);
      const d = day(input.completedOn);
      return download(
        reply,
        "application/pdf",
        `certificate-${d}.pdf`,
        `修了証_${input.personName}_${d}.pdf`,
        bytes,
      );
    },
  );
}
