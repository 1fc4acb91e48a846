// Contact details typed by people (the organization's desk, a visitor's inquiry): checked
// leniently, since Japanese numbers are written many ways (03-1234-5678, 0120 123 456,
// +81 3 1234 5678, (03)1234-5678), but never free text where a number belongs.

/** Digits (half or full width), spaces, hyphens of any kind, brackets and a leading +. */
const PHONE_CHARS = /^\+?[0-9０-９\s\-‐－―ー()（）]+$/;

/** Whether `value` reads as a phone number: the allowed characters and 6–15 digits. */
export function isPlausiblePhone(value: string): boolean {
  if (value.length > 30 || !PHONE_CHARS.test(value)) return false;
  const digits = value.replace(/[^0-9０-９]/g, "").length;
  return digits >= 6 && digits <= 15;
}
