// 修了証: one person's certificate of completing a course — organization, name, course, the
// day of completion, how (e-learning with the score, or the session attended) and the issuer,
// the PMS manager appointed on the day of completion. A4 landscape, a framed page. Runs on the
// PDF worker thread; every text is pdfmake text.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { jaDay } from "./education.pdf-parts.ts";

export type CertificateInput = {
  organization: string;
  personName: string;
  courseTitle: string;
  completedOn: string;
  /** e.g. 「eラーニング（得点 90点）」「集合研修（2026年5月12日実施）」 */
  how: string;
  issuerName: string | null;
  issuedOn: string;
};

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const CERTIFICATE_MODULE = import.meta.url;

// A4 landscape: 842 × 595 pt.
const W = 841.89;
const H = 595.28;

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const c = raw as CertificateInput;
  const frame = (inset: number, width: number) => ({
    type: "rect" as const,
    x: inset,
    y: inset,
    w: W - 2 * inset,
    h: H - 2 * inset,
    lineWidth: width,
    lineColor: "#1F3864",
  });
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [90, 70, 90, 60],
    info: {
      title: `修了証 ${c.personName} ${c.courseTitle}`,
      creator: "mamori",
      producer: "mamori",
    },
    defaultStyle: { fontSize: 12, lineHeight: 1.4 },
    background: () => ({ canvas: [frame(24, 2.5), frame(32, 0.75)] }),
    content: [
      { text: "修了証", fontSize: 36, bold: true, alignment: "center", margin: [0, 10, 0, 28] },
      { text: `${c.personName}　殿`, fontSize: 22, margin: [0, 0, 0, 24] },
      {
        text: "あなたは下記の個人情報保護教育を修了したことを証します。",
        fontSize: 13,
        margin: [0, 0, 0, 18],
      },
      {
        table: {
          widths: [90, "*"],
          body: [
            [{ text: "教育名", bold: true }, { text: c.courseTitle }],
            [{ text: "修了日", bold: true }, { text: jaDay(c.completedOn) }],
            [{ text: "受講方法", bold: true }, { text: c.how }],
          ],
        },
        layout: "noBorders",
        margin: [40, 0, 0, 30],
      },
      { text: `発行日　${jaDay(c.issuedOn)}`, alignment: "right", margin: [0, 0, 0, 6] },
      { text: c.organization, alignment: "right", fontSize: 14 },
      {
        text: c.issuerName ? `個人情報保護管理者　${c.issuerName}` : "個人情報保護管理者",
        alignment: "right",
      },
    ],
  };
}
