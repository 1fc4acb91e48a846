// 公表事項's draft: the purposes from the register, the fee and the accredited body written in,
// placeholders where data is missing, and a text the document register accepts.
import { describe, expect, it } from "vitest";
import { checkContent, contentLines } from "../documents/content.ts";
import { disclosureContent, purposeRows } from "./disclosure.ts";

describe("purposeRows", () => {
  it("lists each purpose once, line by line, with the items stating it, in order met", () => {
    expect(
      purposeRows([
        { name: "会員名簿", purpose: "・商品の発送\n・新商品のご案内" },
        { name: "顧客名簿", purpose: "商品の発送" },
        { name: "空", purpose: null },
        { name: "顧客名簿", purpose: "  " },
      ]),
    ).toEqual([
      { purpose: "商品の発送", items: ["会員名簿", "顧客名簿"] },
      { purpose: "新商品のご案内", items: ["会員名簿"] },
    ]);
  });
});

describe("disclosureContent", () => {
  it("is valid content with the six parts, the purposes, the fee and the accredited body", () => {
    const content = disclosureContent({
      purposes: [{ purpose: "商品の発送", items: ["顧客名簿"] }],
      requestFee: "1件につき1,000円",
      accreditedOrgName: "一般財団法人サンプル協会",
    });
    expect(checkContent(content).ok).toBe(true);
    const lines = contentLines(content, { "org.name": "株式会社サンプル" }, (k) => `【${k}】`);
    for (const heading of [
      "1. 事業者の名称、住所及び代表者の氏名",
      "2. 保有個人データの利用目的",
      "3. 開示等の請求に応じる手続",
      "4. 保有個人データの安全管理のために講じた措置",
      "5. 苦情及び相談の窓口",
      "6. 認定個人情報保護団体",
    ])
      expect(lines).toContain(heading);
    expect(lines).toContain("顧客名簿 | 商品の発送");
    expect(lines).toContain("手数料（利用目的の通知及び開示の請求）：1件につき1,000円");
    expect(lines).toContain("一般財団法人サンプル協会");
    expect(lines).toContain("窓口 | 【desk.name】");
  });

  it("marks what is missing instead of leaving it blank", () => {
    const lines = contentLines(
      disclosureContent({ purposes: [], requestFee: " ", accreditedOrgName: null }),
    );
    expect(lines).toContain("手数料（利用目的の通知及び開示の請求）：【手数料：未入力】");
    expect(lines.some((l) => l.startsWith("【利用目的：未入力】"))).toBe(true);
    expect(lines).toContain("当社が対象事業者となっている認定個人情報保護団体はありません。");
  });
});
