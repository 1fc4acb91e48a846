// The printed sheet through the real route on both databases: issuing and printing in one
// request, the PDF opened and read back (names as text, markup in a name printed as plain
// characters), every QR code decoded and opened, the earlier links revoked, the PDF quota.
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { FONT_POSTSCRIPT_NAME } from "../exports/pdf-font.ts";
import { inspectPdf, pdfObjects } from "../exports/pdf-inspect.ts";
import { urlLines } from "./personal-links.sheet.ts";

// The images a PDF embeds (as pdfkit writes a PNG: Flate with PNG predictors), as RGBA
// pixels, and the QR codes jsQR reads in them.
type PdfImage = { width: number; height: number; rgba: Uint8ClampedArray };

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

function pdfImages(pdf: Buffer): PdfImage[] {
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
function pdfQrTexts(pdf: Buffer): string[] {
  return pdfImages(pdf).flatMap((img) => {
    const code = jsQR(img.rgba, img.width, img.height);
    return code ? [code.data] : [];
  });
}

const HOSTILE = '<script>alert("x")</script>&amp;';
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const squash = (s: string) => s.replace(/\s+/g, "");

describe.each(dbKinds)("personal link sheet (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(kind, { QUOTA_PDF: "2/600", PUBLIC_RATE_LIMIT: "100000/60" });
    owner = await t.signUp("印刷 担当");
    orgId = await t.createOrg(owner, "株式会社いんさつ");
    base = `/api/v1/orgs/${orgId}`;
    const dept = (await t.as(owner).post(`${base}/departments`, { name: "営業部" })).json().id;
    for (const name of ["山田 花子", "佐藤 太郎"]) {
      const res = await t.as(owner).post(`${base}/people`, {
        name,
        employmentType: "regular",
        departmentId: dept,
      });
      people[name] = res.json().id;
    }
    // Markup cannot come in through the API (the text policy refuses it); straight into the
    // table, as an old import or another tool might have left it.
    await t.database.query(
      "insert into person (org_id, id, name, employment_type) values ($1, 'hostile', $2, 'regular')",
      [orgId, HOSTILE],
    );
    people[HOSTILE] = "hostile";
  });
  afterAll(() => t.close());

  it("issues and prints one card per person; each QR code opens that person's page", async () => {
    const earlier = await t.as(owner).post(`${base}/personal-links`, {
      purpose: "policy",
      scope: "people",
      personIds: [people["山田 花子"]],
    });
    const earlierToken = tokenOf(earlier.json().items[0].url);
    const res = await t.app.inject({
      method: "POST",
      url: `${base}/personal-links/sheet.pdf`,
      headers: { cookie: owner.cookie, origin: "http://localhost:3000" },
      payload: { purpose: "policy", scope: "all" },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toContain("no-store");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="personal-links-\d{8}\.pdf"; filename\*=UTF-8''/,
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction/);

    const summary = inspectPdf(pdf);
    expect(summary.pages).toBe(1);
    expect(summary.embeddedFonts.some((f) => f.endsWith(FONT_POSTSCRIPT_NAME))).toBe(true);
    const text = squash(summary.pageTexts.join(""));
    for (const name of Object.keys(people)) expect(text).toContain(squash(`${name}様`));
    expect(text).toContain("株式会社いんさつ");
    expect(text).toContain("営業部");
    expect(text).toContain("用件：方針の確認");
    expect(text).toMatch(/有効期限：\d{4}年\d{1,2}月\d{1,2}日まで/);

    // Every QR code decodes to a link that opens the page of the person printed beside it.
    const urls = pdfQrTexts(pdf);
    expect(urls).toHaveLength(3);
    const opened: string[] = [];
    for (const url of urls) {
      expect(url).toMatch(/^http:\/\/localhost:3000\/p\/[A-Za-z0-9_-]{65}$/);
      for (const line of urlLines(url)) expect(text).toContain(line);
      const page = await t.app.inject({ method: "GET", url: `/api/v1/p/${tokenOf(url)}` });
      expect(page.statusCode, url).toBe(200);
      opened.push(page.json().personName);
    }
    expect(opened.sort()).toEqual(Object.keys(people).sort());

    // The sheet replaced the earlier link; the audit trail says how the links left.
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/p/${earlierToken}` })).statusCode,
    ).toBe(404);
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=personal_link&limit=200`)
    ).json().items as { action: string; changes: Record<string, { new: unknown }> }[];
    expect(
      events.filter((e) => e.action === "create" && e.changes.delivery?.new === "sheet"),
    ).toHaveLength(3);
    expect(events.filter((e) => e.action === "revoke")).toHaveLength(1);
  });

  it("counts the sheet against the PDF quota (429 with retry-after), issuing nothing more", async () => {
    const post = () =>
      t.app.inject({
        method: "POST",
        url: `${base}/personal-links/sheet.pdf`,
        headers: { cookie: owner.cookie, origin: "http://localhost:3000" },
        payload: { purpose: "request", scope: "people", personIds: [people["佐藤 太郎"]] },
      });
    // The first test used one of the two.
    expect((await post()).statusCode).toBe(200);
    const before = (await t.as(owner).get(`${base}/personal-links?purpose=request`)).json().total;
    const refused = await post();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.json().error.code).toBe("QUOTA_EXCEEDED");
    expect((await t.as(owner).get(`${base}/personal-links?purpose=request`)).json().total).toBe(
      before,
    );
  });
});
