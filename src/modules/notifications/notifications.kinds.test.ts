// The kinds' texts in both languages, and the registry's guards (no database).
import { describe, expect, it } from "vitest";
import { inAppLink, notificationText } from "./notification-kinds.ts";
import {
  backupFailed,
  dutyReminder,
  invitationExpired,
  memberJoined,
} from "./notifications.kinds.ts";

const duty = (days: number, extra: Partial<Parameters<typeof dutyReminder.title>[1]> = {}) => ({
  dutyId: "legal_review",
  dutyTitle: { ja: "（予備）", en: "(spare)" },
  dueOn: "2026-12-20",
  days,
  ...extra,
});
const text = (kind: { id: string }, payload: object, lang: "ja" | "en") =>
  notificationText(kind.id, payload as Record<string, unknown>, lang);

describe("duty.reminder", () => {
  it("says how many days are left, today, or how late, with the catalogue's title", () => {
    expect(text(dutyReminder, duty(7), "ja")).toEqual({
      title: "あと7日: 法令等一覧の確認",
      body: "期限は 2026年12月20日 です。実施したら記録してください。",
    });
    expect(text(dutyReminder, duty(0), "ja").title).toBe("今日が期限: 法令等一覧の確認");
    expect(text(dutyReminder, duty(-3), "ja")).toEqual({
      title: "期限切れ: 法令等一覧の確認",
      body: "期限（2026年12月20日）を3日過ぎています。実施して記録してください。",
    });
    expect(text(dutyReminder, duty(1), "en").title).toBe(
      "Due in 1 day: Check the register of laws and norms",
    );
    expect(text(dutyReminder, duty(-1), "en").body).toBe(
      "It was due on 2026-12-20, 1 day ago. Do it and record it.",
    );
  });

  it("says a duty was never done, without a due day", () => {
    const never = duty(0, { never: true, dueOn: "2026-12-07" });
    expect(text(dutyReminder, never, "ja")).toEqual({
      title: "未実施: 法令等一覧の確認",
      body: "まだ一度も実施されていません。実施したら記録してください。",
    });
    expect(text(dutyReminder, never, "en")).toEqual({
      title: "Never done: Check the register of laws and norms",
      body: "It has never been done yet. Record it once done.",
    });
    expect(dutyReminder.link(never)).toBe("legal?checkOverdue=true");
  });

  it("takes the payload's title for a duty outside the catalogue, and its path", () => {
    const own = duty(2, { dutyId: "incident.followup", path: "incidents/42" });
    expect(text(dutyReminder, own, "ja").title).toBe("あと2日: （予備）");
    expect(dutyReminder.link(own)).toBe("incidents/42");
    expect(dutyReminder.link(duty(2))).toBe("legal?checkOverdue=true");
    expect(dutyReminder.link(duty(2, { dutyId: "unknown" }))).toBe("obligations");
  });
});

describe("the other kinds", () => {
  it("member.joined names the member and the role", () => {
    const p = { memberName: "山田 花子", role: "auditor" };
    expect(text(memberJoined, p, "ja").body).toBe(
      "山田 花子 さんが招待を承諾し、「監査担当」として参加しました。",
    );
    expect(text(memberJoined, p, "en").body).toBe(
      "山田 花子 accepted the invitation and joined as Auditor.",
    );
  });

  it("invitation.expired names the address and the role", () => {
    const p = { email: "a@example.jp", role: "viewer" };
    expect(text(invitationExpired, p, "ja")).toEqual({
      title: "招待の期限が切れました",
      body: "a@example.jp さんへの招待（閲覧のみ）は承諾されないまま期限が切れました。必要ならもう一度招待してください。",
    });
    expect(invitationExpired.link(p)).toBe("members");
  });

  it("backup.failed gives the day in Japan and the last good backup, or none", () => {
    const p = { failedAt: "2026-12-05T18:30:00.000Z", lastSuccessAt: "2026-12-03T18:00:00.000Z" };
    expect(text(backupFailed, p, "ja").body).toBe(
      "2026年12月6日 の自動バックアップが失敗しました。最後に成功したのは 2026年12月4日 です。管理者画面で原因を確かめてください。",
    );
    expect(text(backupFailed, { ...p, lastSuccessAt: null }, "en").body).toBe(
      "The automatic backup of 2026-12-06 failed. No backup has succeeded yet. Check the cause on the admin page.",
    );
  });
});

describe("the registry", () => {
  it("falls back to a plain heading for an unknown kind or a payload of another shape", () => {
    expect(notificationText("gone.kind", {}, "ja")).toEqual({ title: "お知らせ", body: "" });
    expect(notificationText(dutyReminder.id, { days: 1 }, "en")).toEqual({
      title: "Notification",
      body: "",
    });
  });

  it("makes links under the organization and refuses any that could leave the app", () => {
    expect(inAppLink("org-1", "legal?checkOverdue=true")).toBe(
      "/orgs/org-1/legal?checkOverdue=true",
    );
    for (const bad of ["", "/x", "//evil.example", "https://evil.example", "a/../b", "x y", "a\\b"])
      expect(() => inAppLink("org-1", bad), bad).toThrow(/not an in-app path/);
  });
});
