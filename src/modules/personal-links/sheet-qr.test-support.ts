// For tests: the images a PDF embeds (as pdfkit writes a PNG: Flate with PNG predictors), as
// RGBA pixels, and the QR codes jsQR reads in them.
import jsQR from "jsqr";
import { pdfObjects } from "../exports/pdf-inspect.ts";

export type PdfImage = { width: number; height: number; rgba: Uint8ClampedArray };

const num = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1]);

/** Undoes PNG row filters (bytes per pixel `bpp`, rows of `width * bpp` bytes). */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (stride + 1)] ?? 0;
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][type] ?? 0;
      out[y * stride + x] = ((row[x] ?? 0) + pred) & 0xff;
    }
  }
  return out;
}

export function pdfImages(pdf: Buffer): PdfImage[] {
  const images: PdfImage[] = [];
  for (const o of pdfObjects(pdf).values()) {
    if (!/\/Subtype \/Image/.test(o.dict) || !o.stream) continue;
    const width = num(o.dict, "Width");
    const height = num(o.dict, "Height");
    const colors = /\/DeviceGray/.test(o.dict) ? 1 : 3;
    // PNG predictors (in a DecodeParms object of their own) leave a filter byte per row.
    const filtered = o.stream.length === (width * colors + 1) * height;
    const raw = filtered ? unfilter(o.stream, width, height, colors) : o.stream;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      for (let ch = 0; ch < 3; ch++)
        rgba[i * 4 + ch] = raw[i * colors + (colors === 1 ? 0 : ch)] ?? 0;
      rgba[i * 4 + 3] = 255;
    }
    images.push({ width, height, rgba });
  }
  return images;
}

/** The text of every QR code found in the PDF's images, in the order of the images. */
export function pdfQrTexts(pdf: Buffer): string[] {
  return pdfImages(pdf).flatMap((img) => {
    const code = jsQR(img.rgba, img.width, img.height);
    return code ? [code.data] : [];
  });
}
