import { describe, expect, it } from "vitest";
import {
  baselineLawEntries,
  getLawEntry,
  LAW_CATALOGUE,
  LAW_KIND_LABELS,
  LAW_KINDS,
  legalEntryName,
} from "./law-catalogue.ts";

const nonEmpty = (s: string) => s.trim().length > 0;

describe("LAW_CATALOGUE structure", () => {
  it("has unique ids and valid kinds", () => {
    const ids = LAW_CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of LAW_CATALOGUE) {
      expect(e.id, e.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(LAW_KINDS, e.id).toContain(e.kind);
    }
    for (const k of LAW_KINDS) expect(nonEmpty(LAW_KIND_LABELS[k].ja)).toBe(true);
  });

  it("has Japanese and English text everywhere", () => {
    for (const e of LAW_CATALOGUE) {
      for (const b of [e.name, e.issuer, e.appliesWhen, ...(e.formalName ? [e.formalName] : [])]) {
        expect(nonEmpty(b.ja) && nonEmpty(b.en), e.id).toBe(true);
      }
      const refs = e.articles.map((a) => a.ref);
      expect(new Set(refs).size, e.id).toBe(refs.length);
      for (const a of e.articles) {
        expect(nonEmpty(a.ref) && nonEmpty(a.title.ja) && nonEmpty(a.title.en), e.id).toBe(true);
      }
    }
  });

  it("says what to check for every unverified entry", () => {
    for (const e of LAW_CATALOGUE) {
      if (e.verified) expect(e.toVerify, e.id).toBeUndefined();
      else expect(nonEmpty(e.toVerify ?? ""), e.id).toBe(true);
    }
  });

  it("contains the entries docs/domain.md#legal-register lists", () => {
    const byKind = (id: string) => getLawEntry(id)?.kind;
    expect(byKind("appi")).toBe("law");
    expect(byKind("appi_cabinet_order")).toBe("cabinet_order");
    expect(byKind("appi_rules")).toBe("ordinance");
    for (const id of [
      "ppc_guideline_general",
      "ppc_guideline_foreign",
      "ppc_guideline_records",
      "ppc_guideline_pseudonymized",
      "medical_care_guidance",
      "finance_guideline",
      "telecom_guideline",
      "jipdec_pms_guideline",
    ]) {
      expect(byKind(id), id).toBe("guideline");
    }
    for (const id of [
      "my_number_act",
      "labour_standards_act",
      "industrial_safety_health_act",
      "employment_security_act",
      "specified_email_act",
    ]) {
      expect(byKind(id), id).toBe("law");
    }
    expect(byKind("jis_q_15001_2023")).toBe("standard");
    expect(getLawEntry("nope")).toBeUndefined();
  });

  it("lists the APPI articles of docs/domain.md#appi-articles", () => {
    const appi = getLawEntry("appi");
    expect(appi?.verified).toBe(true);
    expect(appi?.articles.map((a) => a.ref)).toEqual([
      "2(3)",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "27",
      "28",
      "29",
      "30",
      "31",
      "32",
      "33",
      "34",
      "35",
      "36",
      "37",
      "38",
      "40",
      "41–42",
      "43–46",
    ]);
    expect(appi?.articles.find((a) => a.ref === "23")?.title.ja).toBe("安全管理措置");
    expect(appi?.articles.find((a) => a.ref === "26")?.title.ja).toBe("漏えい等の報告等");
  });

  it("lists J.1–J.11 for the JIPDEC guideline", () => {
    const refs = getLawEntry("jipdec_pms_guideline")?.articles.map((a) => a.ref);
    expect(refs).toEqual(Array.from({ length: 11 }, (_, i) => `J.${i + 1}`));
  });

  it("marks facts not on record in docs/domain.md as unverified", () => {
    for (const id of [
      "my_number_act",
      "labour_standards_act",
      "specified_email_act",
      "appi_rules",
    ]) {
      expect(getLawEntry(id)?.verified, id).toBe(false);
    }
  });

  it("suggests the APPI and the PMS standards for everyone", () => {
    const ids = baselineLawEntries().map((e) => e.id);
    expect(ids).toContain("appi");
    expect(ids).toContain("ppc_guideline_general");
    expect(ids).toContain("jis_q_15001_2023");
    expect(ids).toContain("jipdec_pms_guideline");
    expect(ids).not.toContain("finance_guideline");
  });
});

describe("legalEntryName", () => {
  it("prefers the own name, then the catalogue's in the language, then the law id, then the row id", () => {
    expect(legalEntryName({ name: "社内規程", lawId: "appi", id: "r1" }, "ja")).toBe("社内規程");
    expect(legalEntryName({ name: null, lawId: "appi", id: "r1" }, "ja")).toBe(
      "個人情報の保護に関する法律",
    );
    expect(legalEntryName({ name: null, lawId: "appi", id: "r1" }, "en")).toBe(
      "Act on the Protection of Personal Information",
    );
    expect(legalEntryName({ name: null, lawId: "withdrawn-law", id: "r1" }, "ja")).toBe(
      "withdrawn-law",
    );
    expect(legalEntryName({ name: null, lawId: null, id: "r1" }, "en")).toBe("r1");
  });

  it("titles JIS Q 15001:2023 clause 6 計画策定 (2017: 計画), like the guideline's J.3", () => {
    const jis = getLawEntry("jis_q_15001_2023");
    expect(jis?.articles.find((a) => a.ref === "6")?.title.ja).toBe("計画策定");
    expect(jis?.verified).toBe(false);
    const gl = getLawEntry("jipdec_pms_guideline");
    expect(gl?.articles.find((a) => a.ref === "J.3")?.title.ja).toBe("計画策定");
  });
});
