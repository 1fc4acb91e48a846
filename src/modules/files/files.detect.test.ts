// The type of a file by its bytes, and whether its name agrees.
import { describe, expect, it } from "vitest";
import { buildZip } from "../shared/safe-upload/test-zip.ts";
import { decodeFileText, detectFile, judgeFile, looksLikeMail } from "./files.detect.ts";
import {
  csvShiftJis,
  docx,
  eml,
  heicBytes,
  html,
  JPEG,
  PNG,
  pdfBytes,
  plainZip,
  pptx,
  xlsx,
} from "./test-support.ts";

const kindOf = (b: Buffer) => {
  const d = detectFile(b);
  return "problem" in d ? d.problem : d.kind;
};

describe("detectFile", () => {
  it("tells the allowed kinds by their bytes", () => {
    expect(kindOf(pdfBytes())).toBe("pdf");
    expect(kindOf(PNG)).toBe("png");
    expect(kindOf(JPEG)).toBe("jpeg");
    expect(kindOf(heicBytes())).toBe("heic");
    expect(kindOf(heicBytes("mif1"))).toBe("heic");
    expect(kindOf(xlsx())).toBe("xlsx");
    expect(kindOf(docx())).toBe("docx");
    expect(kindOf(pptx())).toBe("pptx");
    expect(kindOf(plainZip())).toBe("zip");
    expect(kindOf(csvShiftJis())).toBe("text");
    expect(kindOf(eml())).toBe("mail");
  });

  it("needs the content-types part and the main part to call an archive Office", () => {
    expect(kindOf(buildZip([{ name: "word/document.xml", data: "<w/>" }]))).toBe("zip");
  });

  it("refuses empty, binary, NUL-bearing and markup content", () => {
    expect(kindOf(Buffer.alloc(0))).toBe("empty");
    expect(kindOf(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBe("not_allowed");
    expect(kindOf(Buffer.from("abc\u0000def"))).toBe("not_allowed");
    expect(kindOf(html())).toBe("markup");
    expect(kindOf(Buffer.from('  <svg onload="alert(1)"/>'))).toBe("markup");
    expect(kindOf(Buffer.from("GIF89a\u0001\u0000"))).toBe("not_allowed");
    expect(kindOf(Buffer.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]))).toBe(
      "not_allowed",
    );
  });

  it("reads UTF-8 and Shift_JIS text, nothing else", () => {
    expect(decodeFileText(Buffer.from("\uFEFF日本語"))).toEqual({
      text: "日本語",
      charset: "utf-8",
    });
    expect(decodeFileText(csvShiftJis())?.charset).toBe("shift_jis");
    expect(decodeFileText(Buffer.from([0x82, 0xa0, 0x82]))).toBeNull();
  });

  it("takes mail headers only as the first lines", () => {
    expect(looksLikeMail("From: a@example.jp\nSubject: x\n\nbody")).toBe(true);
    expect(looksLikeMail("From: a@example.jp\n\nSubject: x")).toBe(false);
    expect(looksLikeMail("note\nFrom: a@example.jp\nDate: x\n\n")).toBe(false);
  });
});

describe("judgeFile", () => {
  const judge = (b: Buffer, name: string, zip = false) => judgeFile(detectFile(b), name, zip);

  it("accepts a name that agrees with the content, or has no extension", () => {
    expect(judge(pdfBytes(), "規程.PDF")).toMatchObject({ ok: true, kind: "pdf" });
    expect(judge(pdfBytes(), "規程")).toMatchObject({ ok: true, kind: "pdf" });
    expect(judge(JPEG, "photo.jpeg")).toMatchObject({ ok: true, mediaType: "image/jpeg" });
    expect(judge(eml(), "通知.eml")).toMatchObject({ ok: true, mediaType: "message/rfc822" });
    expect(judge(eml(), "通知")).toMatchObject({ ok: true, kind: "eml" });
    expect(judge(eml(), "通知.txt")).toMatchObject({ ok: true, kind: "txt" });
    expect(judge(csvShiftJis(), "a.csv")).toMatchObject({
      mediaType: "text/csv; charset=shift_jis",
    });
  });

  it("calls a file claiming an allowed kind but holding another a mismatch", () => {
    expect(judge(html(), "a.pdf")).toEqual({ ok: false, problem: "mismatch", content: "markup" });
    expect(judge(PNG, "a.jpg")).toEqual({ ok: false, problem: "mismatch", content: "png" });
    expect(judge(Buffer.from("text"), "a.eml")).toMatchObject({ problem: "mismatch" });
    expect(judge(Buffer.from("text"), "a.html")).toMatchObject({ problem: "mismatch" });
    expect(judge(Buffer.from([0x4d, 0x5a, 0x90, 0]), "a.docx")).toMatchObject({ content: "other" });
  });

  it("refuses other kinds, and ZIP unless allowed", () => {
    expect(judge(html(), "a.html")).toEqual({ ok: false, problem: "not_allowed" });
    expect(judge(plainZip(), "a.zip")).toEqual({ ok: false, problem: "not_allowed" });
    expect(judge(plainZip(), "a.zip", true)).toMatchObject({ ok: true, kind: "zip" });
    expect(judge(docx(), "a.zip", true)).toMatchObject({ problem: "mismatch", content: "docx" });
  });
});
