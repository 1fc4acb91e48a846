import { describe, expect, it } from "vitest";
import { avatarInitials } from "./avatar-initials.ts";

describe("avatar initials", () => {
  it("show the start of a Japanese family name, never one character of each part", () => {
    expect(avatarInitials("佐藤 花子")).toBe("佐藤");
    expect(avatarInitials("佐藤　花子")).toBe("佐藤");
    expect(avatarInitials("林 太郎")).toBe("林");
    expect(avatarInitials("長谷川 一郎")).toBe("長谷");
    expect(avatarInitials("さとう はなこ")).toBe("さと");
    expect(avatarInitials("佐藤花子")).toBe("佐藤");
  });

  it("show the initials of a Latin name", () => {
    expect(avatarInitials("John Smith")).toBe("JS");
    expect(avatarInitials("mary ann lee")).toBe("ML");
    expect(avatarInitials("Cher")).toBe("C");
  });

  it("show nothing for no name", () => {
    expect(avatarInitials("")).toBe("");
    expect(avatarInitials("   ")).toBe("");
    expect(avatarInitials(undefined)).toBe("");
  });
});
