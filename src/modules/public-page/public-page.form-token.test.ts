// The inquiry form's token: made for one page by this installation, good from 3 seconds to 2
// hours after the page was made, refused when altered.
import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken } from "./public-page.form-token.ts";

const key = { bytes: Buffer.from("a-key-of-at-least-thirty-two-characters!!", "utf8") };
const other = { bytes: Buffer.from("another-key-of-at-least-thirty-two-chars", "utf8") };
const at = new Date("2025-06-01T03:00:00Z");
const later = (ms: number) => new Date(at.getTime() + ms);

describe("form tokens", () => {
  it("hold from 3 seconds to 2 hours after issue", () => {
    const token = issueFormToken(key, "acme", at);
    expect(checkFormToken(key, "acme", token, later(2_999))).toBe("too_fast");
    expect(checkFormToken(key, "acme", token, later(3_000))).toBe("ok");
    expect(checkFormToken(key, "acme", token, later(2 * 3600_000))).toBe("ok");
    expect(checkFormToken(key, "acme", token, later(2 * 3600_000 + 1))).toBe("expired");
    // Issued in the future (a clock moved back, or a made-up time): not ours.
    expect(checkFormToken(key, "acme", token, later(-1))).toBe("invalid");
  });

  it("are refused for another page, another installation or any change", () => {
    const token = issueFormToken(key, "acme", at);
    const now = later(10_000);
    expect(checkFormToken(key, "acme-2", token, now)).toBe("invalid");
    expect(checkFormToken(other, "acme", token, now)).toBe("invalid");
    const [issued, mac = ""] = token.split(".");
    const earlier = (Number.parseInt(issued ?? "", 36) - 60_000).toString(36);
    expect(checkFormToken(key, "acme", `${earlier}.${mac}`, now)).toBe("invalid");
    const flipped = mac.slice(0, -1) + (mac.endsWith("A") ? "B" : "A");
    expect(checkFormToken(key, "acme", `${issued}.${flipped}`, now)).toBe("invalid");
    for (const bad of ["", "x", `${issued}.`, `${issued}.${mac}.x`, `<b>.${mac}`])
      expect(checkFormToken(key, "acme", bad, now)).toBe("invalid");
  });
});
