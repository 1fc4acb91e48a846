import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size.ts";

describe("formatFileSize", () => {
  it("picks the unit a person expects", () => {
    expect(formatFileSize(0)).toBe("0 B");
    expect(formatFileSize(850)).toBe("850 B");
    expect(formatFileSize(1024)).toBe("1 KB");
    expect(formatFileSize(12_800)).toBe("13 KB");
    expect(formatFileSize(3.4 * 1024 * 1024)).toBe("3.4 MB");
    expect(formatFileSize(150 * 1024 * 1024)).toBe("150 MB");
    expect(formatFileSize(2 * 1024 ** 3)).toBe("2 GB");
  });
});
