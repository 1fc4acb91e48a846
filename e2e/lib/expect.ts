// A few explicit assertions for the e2e steps (playwright-core has no `expect`). Checks on the
// page poll until they hold or the timeout passes, like Playwright's web-first assertions.
import type { Locator, Page, Response } from "playwright-core";

export const TIMEOUT_MS = 15_000;

export class AssertionError extends Error {
  override name = "AssertionError";
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected))
    throw new AssertionError(
      `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
}

/** Polls `check` (null = holds, else why not) until it holds; throws the last reason. */
export async function eventually(
  check: () => Promise<string | null>,
  timeoutMs = TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let reason = "not checked";
  for (;;) {
    try {
      const failure = await check();
      if (failure === null) return;
      reason = failure;
    } catch (err) {
      reason = err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
    }
    if (Date.now() >= deadline) throw new AssertionError(`${reason} (after ${timeoutMs} ms)`);
    await new Promise((r) => setTimeout(r, 100)); // polling interval
  }
}

const matches = (text: string, expected: string | RegExp) =>
  typeof expected === "string" ? text.includes(expected) : expected.test(text);

export async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor({ state: "visible", timeout: TIMEOUT_MS });
  } catch {
    throw new AssertionError(`${what} is not visible (after ${TIMEOUT_MS} ms)`);
  }
}

export async function expectHidden(locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor({ state: "hidden", timeout: TIMEOUT_MS });
  } catch {
    throw new AssertionError(`${what} is still visible (after ${TIMEOUT_MS} ms)`);
  }
}

/** The element's visible text contains `expected` (or matches the pattern). */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  what: string,
): Promise<void> {
  await eventually(async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the visible text is wanted
    const text = (await locator.innerText({ timeout: 1_000 })).replace(/\s+/g, " ");
    return matches(text, expected) ? null : `${what}: expected text ${expected}, got "${text}"`;
  });
}

export async function expectValue(
  locator: Locator,
  expected: string | RegExp,
  what: string,
): Promise<void> {
  await eventually(async () => {
    const value = await locator.inputValue({ timeout: 1_000 });
    const ok = typeof expected === "string" ? value === expected : expected.test(value);
    return ok ? null : `${what}: expected value ${expected}, got "${value}"`;
  });
}

export async function expectCount(locator: Locator, expected: number, what: string) {
  await eventually(async () => {
    const n = await locator.count();
    return n === expected ? null : `${what}: expected ${expected}, found ${n}`;
  });
}

export async function expectUrl(page: Page, pattern: RegExp, what: string): Promise<void> {
  await eventually(async () =>
    pattern.test(page.url()) ? null : `${what}: URL ${page.url()} does not match ${pattern}`,
  );
}

/** Clicks and returns the first response matching `match` (waiting starts before the click). */
export async function clickForResponse(
  page: Page,
  target: Locator,
  match: (r: Response) => boolean,
): Promise<Response> {
  const [response] = await Promise.all([page.waitForResponse(match), target.click()]);
  return response;
}

/** The element's attribute becomes `expected` (or one of them). */
export async function expectAttribute(
  target: Locator,
  name: string,
  expected: string | readonly string[],
  what: string,
): Promise<void> {
  const allowed = typeof expected === "string" ? [expected] : expected;
  await eventually(async () => {
    const value = await target.getAttribute(name, { timeout: 1_000 });
    return value !== null && allowed.includes(value)
      ? null
      : `${what}: ${name} is "${value}", expected ${allowed.map((v) => `"${v}"`).join(" or ")}`;
  });
}
