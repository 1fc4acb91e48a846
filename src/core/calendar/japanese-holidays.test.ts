// Japan's public holidays: whole years listed by hand from the statute's rules and a calendar,
// the special years, the rules that changed, the boundaries, and the business days.
import { describe, expect, it } from "vitest";
import {
  holidayName,
  isBusinessDay,
  isJapaneseHoliday,
  isYearEndClosure,
  japaneseHolidays,
  nextBusinessDay,
  previousBusinessDay,
} from "./japanese-holidays.ts";

const list = (y: number) => japaneseHolidays(y).map((h) => `${h.date.slice(5)} ${h.name}`);

describe("japaneseHolidays, whole years", () => {
  it("2026: 5/3 on a Sunday gives 5/6, and 9/22 lies between two holidays", () => {
    expect(list(2026)).toEqual([
      "01-01 元日",
      "01-12 成人の日",
      "02-11 建国記念の日",
      "02-23 天皇誕生日",
      "03-20 春分の日",
      "04-29 昭和の日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "05-06 振替休日",
      "07-20 海の日",
      "08-11 山の日",
      "09-21 敬老の日",
      "09-22 国民の休日",
      "09-23 秋分の日",
      "10-12 スポーツの日",
      "11-03 文化の日",
      "11-23 勤労感謝の日",
    ]);
  });

  it("2027: 春分の日 on Sunday 3/21 gives Monday 3/22; no day between 9/20 and 9/23", () => {
    expect(list(2027)).toEqual([
      "01-01 元日",
      "01-11 成人の日",
      "02-11 建国記念の日",
      "02-23 天皇誕生日",
      "03-21 春分の日",
      "03-22 振替休日",
      "04-29 昭和の日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "07-19 海の日",
      "08-11 山の日",
      "09-20 敬老の日",
      "09-23 秋分の日",
      "10-11 スポーツの日",
      "11-03 文化の日",
      "11-23 勤労感謝の日",
    ]);
  });

  it("2019: the enthronement, 4/30 and 5/2 between holidays, no Emperor's birthday", () => {
    expect(list(2019)).toEqual([
      "01-01 元日",
      "01-14 成人の日",
      "02-11 建国記念の日",
      "03-21 春分の日",
      "04-29 昭和の日",
      "04-30 国民の休日",
      "05-01 天皇の即位の日",
      "05-02 国民の休日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "05-06 振替休日",
      "07-15 海の日",
      "08-11 山の日",
      "08-12 振替休日",
      "09-16 敬老の日",
      "09-23 秋分の日",
      "10-14 体育の日",
      "10-22 即位礼正殿の儀の行われる日",
      "11-03 文化の日",
      "11-04 振替休日",
      "11-23 勤労感謝の日",
    ]);
    expect(isJapaneseHoliday("2019-12-23")).toBe(false);
    expect(isJapaneseHoliday("2019-02-23")).toBe(false);
  });

  it("2020: the Olympic moves of 海の日, スポーツの日 and 山の日; 2/23 on a Sunday", () => {
    expect(list(2020)).toEqual([
      "01-01 元日",
      "01-13 成人の日",
      "02-11 建国記念の日",
      "02-23 天皇誕生日",
      "02-24 振替休日",
      "03-20 春分の日",
      "04-29 昭和の日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "05-06 振替休日",
      "07-23 海の日",
      "07-24 スポーツの日",
      "08-10 山の日",
      "09-21 敬老の日",
      "09-22 秋分の日",
      "11-03 文化の日",
      "11-23 勤労感謝の日",
    ]);
    expect(isJapaneseHoliday("2020-10-12")).toBe(false); // the second Monday of October
    expect(isJapaneseHoliday("2020-07-20")).toBe(false); // the third Monday of July
  });

  it("2021: the moves again, 山の日 on Sunday 8/8 gives 8/9", () => {
    expect(list(2021)).toEqual([
      "01-01 元日",
      "01-11 成人の日",
      "02-11 建国記念の日",
      "02-23 天皇誕生日",
      "03-20 春分の日",
      "04-29 昭和の日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "07-22 海の日",
      "07-23 スポーツの日",
      "08-08 山の日",
      "08-09 振替休日",
      "09-20 敬老の日",
      "09-23 秋分の日",
      "11-03 文化の日",
      "11-23 勤労感謝の日",
    ]);
    expect(isJapaneseHoliday("2021-10-11")).toBe(false);
    expect(isJapaneseHoliday("2021-08-11")).toBe(false);
  });

  it("2024: five 振替休日 (2/12, 5/6, 8/12, 9/23, 11/4); 2/29 is an ordinary day", () => {
    expect(list(2024)).toEqual([
      "01-01 元日",
      "01-08 成人の日",
      "02-11 建国記念の日",
      "02-12 振替休日",
      "02-23 天皇誕生日",
      "03-20 春分の日",
      "04-29 昭和の日",
      "05-03 憲法記念日",
      "05-04 みどりの日",
      "05-05 こどもの日",
      "05-06 振替休日",
      "07-15 海の日",
      "08-11 山の日",
      "08-12 振替休日",
      "09-16 敬老の日",
      "09-22 秋分の日",
      "09-23 振替休日",
      "10-14 スポーツの日",
      "11-03 文化の日",
      "11-04 振替休日",
      "11-23 勤労感謝の日",
    ]);
    expect(isJapaneseHoliday("2024-02-29")).toBe(false);
    expect(holidayName("2024-02-29")).toBeNull();
    expect(isBusinessDay("2024-02-29")).toBe(true); // a Thursday
  });

  it("2000, the first year: fixed 海の日 and 敬老の日, みどりの日 on 4/29, 5/4 between holidays", () => {
    expect(list(2000)).toEqual([
      "01-01 元日",
      "01-10 成人の日",
      "02-11 建国記念の日",
      "03-20 春分の日",
      "04-29 みどりの日",
      "05-03 憲法記念日",
      "05-04 国民の休日",
      "05-05 こどもの日",
      "07-20 海の日",
      "09-15 敬老の日",
      "09-23 秋分の日",
      "10-09 体育の日",
      "11-03 文化の日",
      "11-23 勤労感謝の日",
      "12-23 天皇誕生日",
    ]);
  });
});

describe("the rules that changed over the years", () => {
  it("before 2007 a Sunday between two holidays stayed a Sunday", () => {
    expect(holidayName("2003-05-04")).toBeNull(); // Sunday between 5/3 and 5/5
    expect(holidayName("2006-05-04")).toBe("国民の休日"); // a Thursday
  });

  it("since 2007 the 振替休日 is the next day that is not a holiday", () => {
    // みどりの日 on Sunday 2008-05-04: 5/5 is こどもの日, so the substitute is 5/6.
    expect(holidayName("2008-05-04")).toBe("みどりの日");
    expect(holidayName("2008-05-05")).toBe("こどもの日");
    expect(holidayName("2008-05-06")).toBe("振替休日");
    expect(holidayName("2009-05-06")).toBe("振替休日"); // 憲法記念日 on Sunday 5/3
    expect(holidayName("2009-09-22")).toBe("国民の休日"); // between 敬老の日 and 秋分の日
  });

  it("the Emperor's birthday on 12/23 until 2018, with its own 振替休日", () => {
    expect(holidayName("2018-12-23")).toBe("天皇誕生日"); // a Sunday
    expect(holidayName("2018-12-24")).toBe("振替休日");
    expect(isJapaneseHoliday("2020-12-23")).toBe(false);
  });

  it("the last year: equinoxes by the formula, and nothing known beyond", () => {
    expect(holidayName("2099-01-01")).toBe("元日");
    expect(holidayName("2099-01-12")).toBe("成人の日");
    expect(holidayName("2099-03-20")).toBe("春分の日");
    expect(holidayName("2099-09-23")).toBe("秋分の日");
    expect(isJapaneseHoliday("2099-12-31")).toBe(false);
    expect(() => isJapaneseHoliday("2100-01-01")).toThrow(RangeError);
    expect(() => isJapaneseHoliday("1999-12-31")).toThrow(RangeError);
    expect(() => holidayName("2026-02-30")).toThrow(RangeError);
    expect(() => isBusinessDay("20261207")).toThrow(RangeError);
    expect(() => nextBusinessDay("2099-12-31")).toThrow(RangeError); // needs 2100-01-01
  });
});

describe("business days", () => {
  it("are weekdays that are not holidays; the year-end closing is not a holiday", () => {
    expect(isBusinessDay("2026-12-07")).toBe(true); // Monday
    expect(isBusinessDay("2026-12-05")).toBe(false); // Saturday
    expect(isBusinessDay("2026-12-06")).toBe(false); // Sunday
    expect(isBusinessDay("2027-01-11")).toBe(false); // 成人の日
    expect(isBusinessDay("2026-12-29")).toBe(true); // closing, but not a public holiday
    expect(isJapaneseHoliday("2027-01-02")).toBe(false);
  });

  it("next and previous skip weekends and holidays, strictly after or before", () => {
    expect(nextBusinessDay("2026-12-07")).toBe("2026-12-08");
    expect(nextBusinessDay("2026-12-31")).toBe("2027-01-04"); // 1/1 holiday, then a weekend
    expect(nextBusinessDay("2026-05-01")).toBe("2026-05-07"); // over Golden Week
    expect(previousBusinessDay("2026-05-07")).toBe("2026-05-01");
    expect(previousBusinessDay("2027-01-12")).toBe("2027-01-08"); // 成人の日 and a weekend
    expect(nextBusinessDay("2027-03-19")).toBe("2027-03-23"); // weekend, then 振替休日 3/22
  });

  it("the year-end closing is 12/29 to 1/3", () => {
    expect(isYearEndClosure("2026-12-28")).toBe(false);
    expect(isYearEndClosure("2026-12-29")).toBe(true);
    expect(isYearEndClosure("2026-12-31")).toBe(true);
    expect(isYearEndClosure("2027-01-03")).toBe(true);
    expect(isYearEndClosure("2027-01-04")).toBe(false);
    expect(() => isYearEndClosure("2100-01-01")).toThrow(RangeError);
  });
});
