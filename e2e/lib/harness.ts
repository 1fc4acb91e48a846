// Runs named steps in order: prints ✓/✗ per step, takes a screenshot after each (also on
// failure) and stops at the first failure.
import { mkdir, readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export type Step<W> = { name: string; run: (world: W) => Promise<void> };

/** Opens a fresh browser context (another person) on the app: run.ts's newPage. */
export type OpenPage = (
  browser: Browser,
  baseUrl: string,
) => Promise<{ context: BrowserContext; page: Page }>;

export class Runner {
  passed = 0;
  failed = 0;
  private count = 0;

  constructor(private readonly screenshotDir: string) {}

  get stopped(): boolean {
    return this.failed > 0;
  }

  /** Empties the screenshot folder so only this run's pictures are there. */
  async prepare(): Promise<void> {
    await mkdir(this.screenshotDir, { recursive: true });
    for (const file of await readdir(this.screenshotDir))
      if (file.endsWith(".png")) await rm(join(this.screenshotDir, file), { force: true });
  }

  /** Runs the steps of one scenario against `page`; returns false when one failed. */
  async scenario<W>(title: string, page: Page, world: W, steps: Step<W>[]): Promise<boolean> {
    if (this.stopped) return false;
    console.log(`\n${title}`);
    for (const step of steps) {
      if (!(await this.step(page, step.name, () => step.run(world)))) return false;
    }
    return true;
  }

  async step(page: Page, name: string, fn: () => Promise<void>): Promise<boolean> {
    if (this.stopped) return false;
    this.count += 1;
    const started = Date.now();
    let error: unknown;
    try {
      await fn();
    } catch (err) {
      error = err;
    }
    const shot = await this.screenshot(page, name);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (error === undefined) {
      this.passed += 1;
      console.log(`  ✓ ${name}  (${seconds} s)`);
      return true;
    }
    this.failed += 1;
    const [reason, ...details] = describe(error).split("\n");
    console.log(`  ✗ ${name}: ${reason}`);
    for (const line of details.filter((l) => l.trim()).slice(0, 12)) console.log(`      ${line}`);
    if (shot) console.log(`      screenshot: ${shot}`);
    return false;
  }

  private async screenshot(page: Page, name: string): Promise<string | null> {
    const slug = name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60);
    const file = join(this.screenshotDir, `${String(this.count).padStart(2, "0")}-${slug}.png`);
    try {
      // The app's header is fixed: from the top, a full-page picture shows it once, in place.
      await page.evaluate(() => window.scrollTo(0, 0)).catch(() => {});
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
      return relative(process.cwd(), file);
    } catch {
      return null; // a closed page cannot be photographed; the step's own error says why
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
