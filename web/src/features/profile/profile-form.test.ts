import { describe, expect, it } from "vitest";
import type { Profile } from "../../api/types.ts";
import { toFormValues, toPayload } from "./profile-form.ts";

const profile = {
  name: "株式会社サンプル",
  corporateNumber: null,
  representative: "山田 太郎",
  headOffice: null,
  industry: "service",
  capital: 10_000_000,
  noCapital: false,
  employeeCount: null,
  offices: [{ address: "大阪市北区", business: "営業" }],
  scope: null,
} as unknown as Profile;

describe("profile form", () => {
  it("turns missing values into empty fields", () => {
    const v = toFormValues(profile);
    expect(v.corporateNumber).toBe("");
    expect(v.headOffice).toBe("");
    expect(v.capital).toBe(10_000_000);
    expect(v.employeeCount).toBe("");
    expect(v.offices).toHaveLength(1);
    expect(v.offices[0]).toMatchObject({ address: "大阪市北区", business: "営業" });
    expect(typeof v.offices[0]?.key).toBe("string");
  });

  it("sends numbers as numbers, empty ones as null, offices without their keys", () => {
    const v = { ...toFormValues(profile), capital: "30,000,000", employeeCount: " " };
    const body = toPayload(v);
    expect(body.capital).toBe(30_000_000);
    expect(body.employeeCount).toBeNull();
    expect(body.offices).toEqual([{ address: "大阪市北区", business: "営業" }]);
    expect(toPayload({ ...v, employeeCount: 42 }).employeeCount).toBe(42);
  });

  it("sends the desk fields as typed, empty ones as empty text (cleared by the server)", () => {
    const v = toFormValues({ ...profile, deskName: "お客様相談室", deskPhone: null } as Profile);
    expect(v.deskName).toBe("お客様相談室");
    expect(v.deskPhone).toBe("");
    expect(toPayload({ ...v, requestFee: "無料" })).toMatchObject({
      deskName: "お客様相談室",
      deskPhone: "",
      requestFee: "無料",
    });
  });

  it("sends 資本金なし without an amount, and an amount without it", () => {
    const v = toFormValues({ ...profile, capital: null, noCapital: true } as Profile);
    expect(v.noCapital).toBe(true);
    expect(v.capital).toBe("");
    expect(toPayload({ ...v, capital: 5_000_000 })).toMatchObject({
      capital: null,
      noCapital: true,
    });
    expect(toPayload({ ...v, noCapital: false, capital: "5,000,000" })).toMatchObject({
      capital: 5_000_000,
      noCapital: false,
    });
  });
});
