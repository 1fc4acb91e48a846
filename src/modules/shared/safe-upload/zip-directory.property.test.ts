// Differential check against JSZip (what exceljs unzips with): whenever the safe reader accepts
// a damaged archive, JSZip must find no entry that inflates past the limits — the reader and
// JSZip read the same entries from the same bytes.
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkArchive } from "./check-archive.ts";
import { UploadRefused } from "./refusal.ts";
import { buildZip, sheetXml, workbookEntries, zeroBomb } from "./test-zip.ts";
import type { ZipLimits } from "./zip-directory.ts";

const limits: ZipLimits = {
  zipEntries: 20,
  zipEntryBytes: 64 * 1024,
  zipTotalBytes: 128 * 1024,
  zipRatio: 200,
};

/** The bytes JSZip inflates per entry, or null when it refuses the archive. */
async function jszipSizes(buf: Buffer): Promise<number[] | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return null;
  }
  const sizes: number[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    try {
      sizes.push((await file.async("uint8array")).length);
    } catch {
      sizes.push(0);
    }
  }
  return sizes;
}

function accepted(buf: Buffer): boolean {
  try {
    checkArchive(buf, limits, { maxRows: 10 });
    return true;
  } catch (err) {
    if (err instanceof UploadRefused) return false;
    throw err;
  }
}

describe("readZipDirectory and checkArchive against JSZip", () => {
  // A small workbook with a 16 MiB zero bomb stored as a 4 KiB part that claims 4 KiB: only a
  // reader that looks at other bytes than JSZip could let it through.
  const good = buildZip([
    ...workbookEntries({ data: sheetXml([["名称"], ["顧客名簿"]]) }),
    { name: "xl/media/pad.bin", data: Buffer.alloc(4096, 1), method: 0 },
    { name: "xl/media/bomb.bin", compressed: zeroBomb(16 * 1024 * 1024), declaredSize: 4096 },
  ]);

  it("never accepts an archive from which JSZip inflates more than the limits", async () => {
    expect(accepted(good)).toBe(false);
    // Half the damage lands in the central directory and end record, where the sizes are.
    const directory = good.readUInt32LE(good.length - 6);
    const at = fc.oneof(
      fc.nat(good.length - 1),
      fc.integer({ min: directory, max: good.length - 1 }),
    );
    const damage = fc.record({
      cut: fc.oneof(fc.constant(good.length), fc.integer({ min: 22, max: good.length })),
      writes: fc.array(fc.tuple(at, fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ cut, writes }) => {
        const bad = Buffer.from(good.subarray(0, cut));
        for (const [at, byte] of writes) if (at < bad.length) bad[at] = byte;
        if (!accepted(bad)) return;
        const sizes = await jszipSizes(bad);
        if (sizes === null) return;
        for (const size of sizes) expect(size).toBeLessThanOrEqual(limits.zipEntryBytes);
        expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(limits.zipTotalBytes);
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws anything but a refusal on damaged archives", () => {
    const honest = buildZip(workbookEntries({ data: sheetXml([["名称"], ["顧客名簿"]]) }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: honest.length }),
        fc.array(fc.tuple(fc.nat(honest.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        (cut, writes) => {
          const bad = Buffer.from(honest.subarray(0, cut));
          for (const [at, byte] of writes) if (at < bad.length) bad[at] = byte;
          accepted(bad);
        },
      ),
      { numRuns: 500 },
    );
  });
});
