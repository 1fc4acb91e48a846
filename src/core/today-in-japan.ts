/** Today's date in Japan (UTC+9, no daylight saving) as `YYYY-MM-DD`: deadlines count in JST. */
export function todayInJapan(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
