// The Japanese font of every PDF mamori prints: BIZ UDPGothic (SIL Open Font License 1.1),
// shipped as complete TrueType files by the npm package @expo-google-fonts/biz-udpgothic, so
// the server needs no system fonts. pdfkit embeds the glyphs used as a subset (/FontFile2).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import pdfmake from "pdfmake";

const require = createRequire(import.meta.url);
const pkg = "@expo-google-fonts/biz-udpgothic";
export const FONT_FILES = {
  normal: require.resolve(`${pkg}/400Regular/BIZUDPGothic_400Regular.ttf`),
  bold: require.resolve(`${pkg}/700Bold/BIZUDPGothic_700Bold.ttf`),
};
export const FONT_FAMILY = "BIZUDPGothic";
/** The PostScript name pdfkit writes into the PDF (after a subset tag such as "ABCDEF+"). */
export const FONT_POSTSCRIPT_NAME = "BIZUDPGothic-Regular";

let configured = false;

/** Registers the font with pdfmake, and forbids it every other file and every URL. */
export function setUpPdfmake(): typeof pdfmake {
  if (!configured) {
    const { normal, bold } = FONT_FILES;
    pdfmake.setFonts({
      [FONT_FAMILY]: { normal, bold, italics: normal, bolditalics: bold },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path === normal || path === bold);
    configured = true;
  }
  return pdfmake;
}

type Metrics = { unitsPerEm: number; advance: (codePoint: number) => number };
let metrics: Metrics | null = null;

/** Advance widths of the regular face (bold is close enough for wrapping headers). */
function loadMetrics(): Metrics {
  if (metrics) return metrics;
  const font = fontkit.create(readFileSync(FONT_FILES.normal)) as fontkit.Font;
  const cache = new Map<number, number>();
  metrics = {
    unitsPerEm: font.unitsPerEm,
    advance(cp) {
      let w = cache.get(cp);
      if (w === undefined) {
        w = font.glyphForCodePoint(cp).advanceWidth;
        cache.set(cp, w);
      }
      return w;
    },
  };
  return metrics;
}

/** Width in points of one character at `size` points. */
export function charWidth(ch: string, size: number): number {
  const m = loadMetrics();
  return (m.advance(ch.codePointAt(0) ?? 0x20) / m.unitsPerEm) * size;
}
