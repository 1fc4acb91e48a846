// File names made safe, and the Content-Disposition of a download (RFC 6266 / RFC 5987).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiFallback,
  contentDisposition,
  MAX_NAME_LENGTH,
  sanitizeFileName,
} from "./files.names.ts";

describe("sanitizeFileName", () => {
  it("keeps ordinary Japanese names as they are", () => {
    expect(sanitizeFileName("個人情報保護方針（2026年版）.pdf")).toBe(
      "個人情報保護方針（2026年版）.pdf",
    );
  });

  it("drops paths, control characters, markup and leading dots", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\fakepath\\報告.docx")).toBe("報告.docx");
    expect(sanitizeFileName("a\r\nb\u0000c\u0085.txt")).toBe("abc.txt");
    expect(sanitizeFileName('<b>"x"</b>.pdf')).toBe("b_.pdf");
    expect(sanitizeFileName("<img onerror=x>.pdf")).toBe("_img onerror=x_.pdf");
    expect(sanitizeFileName("..")).toBe("file");
    expect(sanitizeFileName("  .hidden  ")).toBe("hidden");
    expect(sanitizeFileName("\ud800.txt")).toBe("txt");
    expect(sanitizeFileName(undefined)).toBe("file");
  });

  it("cuts long names to 200 characters, keeping the extension", () => {
    const name = sanitizeFileName(`${"漢".repeat(300)}.xlsx`);
    expect([...name]).toHaveLength(MAX_NAME_LENGTH);
    expect(name.endsWith(".xlsx")).toBe(true);
    expect([...sanitizeFileName("😀".repeat(250))]).toHaveLength(MAX_NAME_LENGTH);
  });

  it("never returns control characters, separators, markup or a lone surrogate", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        const name = sanitizeFileName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        const controls = [...name].filter((ch) => {
          const c = ch.codePointAt(0) ?? 0;
          return c < 0x20 || (c >= 0x7f && c <= 0x9f);
        });
        expect(controls).toEqual([]);
        expect(name).not.toMatch(/[/\\<>"]/);
        expect(name).not.toMatch(/^[.\s]/);
        expect(() => encodeURIComponent(name)).not.toThrow();
      }),
    );
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("委託先一覧 2026.xlsx")).toBe(
      `attachment; filename="2026.xlsx"; filename*=UTF-8''%E5%A7%94%E8%A8%97%E5%85%88%E4%B8%80%E8%A6%A7%202026.xlsx`,
    );
    expect(contentDisposition("report (final).pdf")).toBe(
      `attachment; filename="report (final).pdf"; filename*=UTF-8''report%20%28final%29.pdf`,
    );
    expect(asciiFallback("Minutes 議事録.txt")).toBe("Minutes.txt");
  });

  it("is always one header line of visible ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (raw) => {
        expect(contentDisposition(raw)).toMatch(
          /^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/,
        );
      }),
    );
  });
});
