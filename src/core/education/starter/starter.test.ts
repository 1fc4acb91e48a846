// The starter course 「個人情報保護の基本」 from an organization's facts: a usable quiz, the
// organization's own names and rules in the text, and a visible 【…：未設定】 for each
// missing fact, never a blank.
import { describe, expect, it } from "vitest";
import { freeTextProblem } from "../../text/text-policy.ts";
import { quizProblems } from "../quiz.ts";
import { MAX_SECTION_BODY } from "../sections.ts";
import {
  fact,
  internalAuditCourse,
  pmsManagerCourse,
  STARTER_KEYS,
  type StarterFacts,
  starterCourse,
  starterCourseFor,
} from "./index.ts";

const full: StarterFacts = {
  orgName: "株式会社さくら商事",
  pmsManagerName: "佐藤 一郎",
  complaintsDeskName: "鈴木 花子",
  auditLeadName: "高橋 次郎",
  incidentContact: "内線 201",
  policyTitle: "個人情報保護方針",
  documentsInForce: [
    { number: "R-01", title: "個人情報保護規程" },
    { number: "R-02", title: "教育規程" },
  ],
};
const empty: StarterFacts = {
  orgName: null,
  pmsManagerName: null,
  complaintsDeskName: "  ",
  documentsInForce: [],
};

const allText = (f: StarterFacts) => {
  const c = starterCourse(f);
  return [
    c.title,
    c.description,
    ...c.sections.flatMap((s) => [s.title, s.body ?? ""]),
    ...c.questions.flatMap((q) => [
      q.prompt,
      q.explanation ?? "",
      ...q.choices.flatMap((ch) => [ch.text, ch.explanation ?? ""]),
    ]),
  ].join("\n");
};

describe("starterCourse (個人情報保護の基本)", () => {
  it("has 8 to 10 text sections and 10 to 12 questions of both kinds, pass mark 80", () => {
    const c = starterCourse(full);
    expect(c.title).toBe("個人情報保護の基本");
    expect(c.key).toBe("pms_basics");
    expect(c.audience).toBe("all_staff");
    expect(c.passMark).toBe(80);
    expect(c.maxAttempts).toBeNull();
    expect(c.durationMinutes).toBe(30);
    expect(c.sections.length).toBeGreaterThanOrEqual(8);
    expect(c.sections.length).toBeLessThanOrEqual(10);
    expect(c.sections.every((s) => s.kind === "text" && (s.body ?? "").length > 0)).toBe(true);
    expect(c.questions.length).toBeGreaterThanOrEqual(10);
    expect(c.questions.length).toBeLessThanOrEqual(12);
    expect(new Set(c.questions.map((q) => q.kind))).toEqual(new Set(["single", "multiple"]));
  });

  it("passes quizProblems, with facts and without", () => {
    expect(quizProblems(starterCourse(full).questions)).toEqual([]);
    expect(quizProblems(starterCourse(empty).questions)).toEqual([]);
  });

  it("explains every choice and every question", () => {
    for (const q of starterCourse(full).questions) {
      expect(q.explanation?.length, q.id).toBeGreaterThan(0);
      for (const ch of q.choices) expect(ch.explanation?.length, ch.id).toBeGreaterThan(0);
    }
  });

  it("keeps the same ids whatever the facts, all distinct", () => {
    const ids = (f: StarterFacts) => {
      const c = starterCourse(f);
      return [
        ...c.sections.map((s) => s.id),
        ...c.questions.flatMap((q) => [q.id, ...q.choices.map((ch) => ch.id)]),
      ];
    };
    expect(ids(full)).toEqual(ids(empty));
    expect(new Set(ids(full)).size).toBe(ids(full).length);
    expect(ids(full).slice(0, 2)).toEqual(["pb-s1", "pb-s2"]);
  });

  it("names the organization, its people, its policy and its rules", () => {
    const t = allText(full);
    expect(t).toContain("株式会社さくら商事では");
    expect(t).toContain("個人情報保護管理者　佐藤 一郎");
    expect(t).toContain("連絡先：内線 201");
    expect(t).toContain("苦情・相談窓口（鈴木 花子）");
    expect(t).toContain("個人情報保護監査責任者（高橋 次郎）");
    expect(t).toContain("「個人情報保護方針」を定め");
    expect(t).toContain("・R-01　個人情報保護規程\n・R-02　教育規程");
    expect(t).not.toContain("未設定");
  });

  it("marks every missing fact as 【…：未設定】 (a blank name too)", () => {
    const t = allText(empty);
    for (const mark of [
      "【会社名：未設定】では",
      "【個人情報保護管理者：未設定】",
      "【苦情・相談窓口：未設定】",
      "【緊急時の連絡先：未設定】",
      "【個人情報保護方針の名称：未設定】",
      "【個人情報保護監査責任者：未設定】",
      "【施行中の社内規程：未設定】",
    ])
      expect(t).toContain(mark);
    expect(t).not.toContain("undefined");
    expect(t).not.toContain("null");
  });

  it("stays within the course limits and the text policy (no markup, no control characters)", () => {
    const c = starterCourse(full);
    for (const s of c.sections) {
      expect((s.body ?? "").length).toBeLessThanOrEqual(MAX_SECTION_BODY);
      expect(freeTextProblem(s.body ?? "", true), s.id).toBeNull();
      expect(freeTextProblem(s.title, false), s.id).toBeNull();
    }
    for (const q of c.questions) {
      expect(freeTextProblem(q.prompt, true), q.id).toBeNull();
      for (const ch of q.choices) expect(freeTextProblem(ch.text, true), ch.id).toBeNull();
    }
  });

  it("is what starterCourseFor gives for pms_basics", () => {
    expect(starterCourseFor("pms_basics", full)).toEqual(starterCourse(full));
  });
});

describe("role courses", () => {
  it("writes the PMS manager's and the internal auditors' courses for their audiences", () => {
    const manager = pmsManagerCourse(full);
    expect(manager).toMatchObject({
      key: "pms_manager",
      audience: "pms_manager",
      title: "個人情報保護管理者の役割",
      passMark: 80,
    });
    const audit = internalAuditCourse(full);
    expect(audit).toMatchObject({
      key: "internal_audit",
      audience: "internal_auditor",
      title: "内部監査の進め方",
    });
    for (const c of [manager, audit]) {
      expect(c.sections.length).toBeGreaterThanOrEqual(4);
      expect(c.questions).toHaveLength(6);
      expect(quizProblems(c.questions)).toEqual([]);
      for (const q of c.questions)
        for (const ch of q.choices) expect(ch.explanation?.length, ch.id).toBeGreaterThan(0);
    }
  });

  it("names the people and rules, or marks them 未設定", () => {
    const text = (c: ReturnType<typeof pmsManagerCourse>) =>
      c.sections.map((s) => s.body).join("\n");
    expect(text(pmsManagerCourse(full))).toContain("現在は佐藤 一郎が任命されています");
    expect(text(pmsManagerCourse(full))).toContain("個人情報保護監査責任者：高橋 次郎");
    expect(text(internalAuditCourse(full))).toContain("・R-02　教育規程");
    expect(text(pmsManagerCourse(empty))).toContain("【個人情報保護管理者：未設定】");
    expect(text(internalAuditCourse(empty))).toContain("【施行中の社内規程：未設定】");
  });

  it("has a course for every starter key, with ids apart from each other", () => {
    const ids = STARTER_KEYS.flatMap((k) => {
      const c = starterCourseFor(k, full);
      expect(c.key).toBe(k);
      return [
        ...c.sections.map((s) => s.id),
        ...c.questions.flatMap((q) => [q.id, ...q.choices.map((ch) => ch.id)]),
      ];
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("fact", () => {
  it("gives the value trimmed, or a placeholder for nothing", () => {
    expect(fact(" 佐藤 ", "管理者")).toBe("佐藤");
    expect(fact("", "管理者")).toBe("【管理者：未設定】");
    expect(fact(null, "管理者")).toBe("【管理者：未設定】");
    expect(fact(undefined, "管理者")).toBe("【管理者：未設定】");
  });
});
