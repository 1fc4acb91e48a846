// Who a course is for: every audience labelled in both languages, role courses mapped to the
// appointments that receive them, and which audiences are the yearly education of all workers.
import { describe, expect, it } from "vitest";
import {
  AUDIENCE_ROLES,
  COURSE_AUDIENCE_LABELS,
  COURSE_AUDIENCES,
  countsAsYearlyEducation,
} from "./audiences.ts";

describe("course audiences", () => {
  it("labels every audience in Japanese and English", () => {
    for (const a of COURSE_AUDIENCES) {
      expect(COURSE_AUDIENCE_LABELS[a].ja.length).toBeGreaterThan(0);
      expect(COURSE_AUDIENCE_LABELS[a].en.length).toBeGreaterThan(0);
    }
    expect(COURSE_AUDIENCE_LABELS.all_staff.ja).toBe("全従業者");
  });

  it("sends role courses to the holders of the matching appointments", () => {
    expect(AUDIENCE_ROLES.pms_manager).toEqual(["pms_manager"]);
    expect(AUDIENCE_ROLES.internal_auditor).toEqual(["internal_auditor", "audit_lead"]);
    expect(AUDIENCE_ROLES.complaints_desk).toEqual(["complaints_desk"]);
    expect(AUDIENCE_ROLES.all_staff).toBeUndefined();
    expect(AUDIENCE_ROLES.chosen).toBeUndefined();
  });

  it("counts the general courses as the yearly education, not the role courses", () => {
    expect(countsAsYearlyEducation("all_staff")).toBe(true);
    expect(countsAsYearlyEducation("new_hires")).toBe(true);
    expect(countsAsYearlyEducation("chosen")).toBe(true);
    expect(countsAsYearlyEducation("pms_manager")).toBe(false);
    expect(countsAsYearlyEducation("internal_auditor")).toBe(false);
    expect(countsAsYearlyEducation("dept_manager")).toBe(false);
    expect(countsAsYearlyEducation("complaints_desk")).toBe(false);
    expect(countsAsYearlyEducation("unknown")).toBe(false);
  });
});
