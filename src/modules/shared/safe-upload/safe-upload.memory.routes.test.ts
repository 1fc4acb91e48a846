// A file within every ZIP limit that still needs more memory than the parser process may use:
// a 413 naming the limit, the server unharmed, and the next upload read by a fresh process.
import { deflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp } from "../../../test/harness.ts";
import { multipart } from "../../registers-xlsx/test-support.ts";
import { sheetXml, workbook } from "./test-zip.ts";

const ORIGIN = "http://localhost:3000";

/** 33 MB of distinct shared strings in 4 MB: within every ZIP limit, too much for 48 MB. */
const heavy = (() => {
  const parts = ["<sst>"];
  for (let i = 0; i < 1_500_000; i++) parts.push(`<si><t>${i}</t></si>`);
  parts.push("</sst>");
  const strings = Buffer.from(parts.join(""));
  return workbook(undefined, [
    {
      name: "xl/sharedStrings.xml",
      compressed: deflateRawSync(strings, { level: 1 }),
      declaredSize: strings.length,
    },
  ]);
})();

describe.each(dbKinds)("an upload that needs more memory than the parser has (%s)", (kind) => {
  let t: TestApp;
  afterAll(() => t?.close());

  it("ends as 413 with the limit, and the next upload gets a fresh parser", async () => {
    t = await startTestApp(kind, { UPLOAD_WORKER_HEAP_MB: "48" });
    const owner = await t.signUp("記憶 検査");
    const base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社めもり")}`;
    const send = (content: Buffer) => {
      const { boundary, payload } = multipart({ name: "名簿.xlsx", content });
      return t.app.inject({
        method: "POST",
        url: `${base}/people/import`,
        headers: {
          cookie: owner.cookie,
          origin: ORIGIN,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
    };
    const res = await send(heavy);
    expect(res.statusCode, res.body).toBe(413);
    const message =
      "ファイルの読み込みに必要なメモリが上限（48 MB）を超えました。ファイルを分けるか、不要なシートや書式を削除してください。";
    expect(res.json().error).toEqual({
      code: "UPLOAD_WORKER_MEMORY",
      message,
      fields: { file: message },
    });
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    const ok = await send(
      workbook({
        data: sheetXml([
          ["氏名", "雇用区分"],
          ["山田 太郎", "正社員"],
        ]),
      }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ created: 1 });
  });
});
