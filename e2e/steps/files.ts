// Shared services: files attached to a register item. The owner attaches a PDF on the item's
// 添付ファイル tab and downloads it: the bytes' SHA-256 matches and the Japanese name comes back.
// Then the viewer (issue 4's) opens the same tab: the file is listed and downloads, but there is
// no upload or delete control, and a delete sent anyway is refused (403) and deletes nothing.
import { createHash } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { assert, assertEqual, expectText, expectVisible } from "../lib/expect.ts";
import { downloadBy } from "../lib/files.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { type ListOf, need, orgApi, type World } from "../lib/world.ts";
import { roleUsers } from "./roles.ts";

const NAME = "委託先との覚書（e2e）.pdf";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

type ApiAttachment = { id: string; name: string; sha256: string; sizeBytes: number };
/** What the owner's steps leave for the viewer's. */
const shared: { itemId: string | null; attachmentId: string | null } = {
  itemId: null,
  attachmentId: null,
};

async function openFilesTab(page: Page, baseUrl: string, orgId: string, itemId: string) {
  await page.goto(`${baseUrl}/orgs/${orgId}/inventory?item=${itemId}&tab=files`);
  await expectVisible(page.getByTestId("attachments-panel"), "the 添付ファイル tab");
}

const attachPdf: Step<World> = {
  name: "台帳の項目: attach a PDF on its 添付ファイル tab (201, listed with name, size, who, day)",
  run: async (w) => {
    const item = need(w.item, "the e2e register item");
    shared.itemId = item.id;
    const { page } = w;
    await openFilesTab(page, w.baseUrl, w.orgId, item.id);
    const input = page.getByTestId("attachments-panel").locator('input[type="file"]');
    const [res] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === "POST" && r.url().includes("/attachments/owners/"),
      ),
      input.setInputFiles({ name: NAME, mimeType: "application/pdf", buffer: PDF }),
    ]);
    assertEqual(res.status(), 201, "POST attachment status");
    const row = page.getByTestId("attachment-row").filter({ hasText: NAME });
    await expectVisible(row, "the attached file's row");
    await expectText(row, w.user.name, "who attached it");
    const [y, m, d] = w.today.split("-").map(Number);
    await expectText(row, `${y}年${m}月${d}日`, "the day it was attached");
    const listed = await orgApi<ListOf<ApiAttachment>>(
      w,
      "GET",
      `/attachments/owners/inventory_item/${item.id}`,
    );
    const stored = listed.items.find((a) => a.name === NAME);
    assertEqual(stored?.sha256, sha256(PDF), "the stored checksum");
    shared.attachmentId = need(stored?.id, "the attachment id");
  },
};

const downloadPdf: Step<World> = {
  name: "台帳の項目: download the PDF; same SHA-256, the Japanese name kept",
  run: async (w) => {
    const { page } = w;
    const link = page
      .getByTestId("attachment-row")
      .filter({ hasText: NAME })
      .getByTestId("attachment-download");
    const file = await downloadBy(page, link);
    assertEqual(sha256(file.body), sha256(PDF), "SHA-256 of the download");
    assertEqual(file.filename, NAME, "the downloaded file's name");
  },
};

type ViewerWorld = { page: Page; baseUrl: string; orgId: string };

const viewerReadsOnly: Step<ViewerWorld> = {
  name: "as the viewer: the file is listed and downloads (same SHA-256); no upload or delete",
  run: async (w) => {
    const { page } = w;
    await openFilesTab(page, w.baseUrl, w.orgId, need(shared.itemId, "the item"));
    const row = page.getByTestId("attachment-row").filter({ hasText: NAME });
    await expectVisible(row, "the file's row");
    assertEqual(await page.getByTestId("attachments-upload").count(), 0, "upload buttons");
    assertEqual(await page.getByTestId("attachment-delete").count(), 0, "delete buttons");
    const file = await downloadBy(page, row.getByTestId("attachment-download"));
    assertEqual(sha256(file.body), sha256(PDF), "SHA-256 of the viewer's download");
  },
};

const viewerCannotDelete: Step<ViewerWorld> = {
  name: "as the viewer: a delete sent anyway is refused (403) and the file stays",
  run: async (w) => {
    const { page } = w;
    const id = need(shared.attachmentId, "the attachment");
    const res = await page.request.delete(`${w.baseUrl}/api/v1/orgs/${w.orgId}/attachments/${id}`, {
      headers: { Origin: w.baseUrl, Accept: "application/json" },
    });
    assertEqual(res.status(), 403, "DELETE as a viewer");
    const list = await page.request.get(
      `${w.baseUrl}/api/v1/orgs/${w.orgId}/attachments/owners/inventory_item/${need(shared.itemId, "the item")}`,
    );
    assertEqual(list.status(), 200, "the viewer's list");
    const items = ((await list.json()) as ListOf<ApiAttachment>).items;
    assert(
      items.some((a) => a.id === id),
      "the file is still attached",
    );
  },
};

/** The owner's steps on the main scenario's page, then the viewer's in a context of its own. */
export async function filesScenarios(
  runner: Runner,
  owner: World,
  browser: Browser,
  open: OpenPage,
): Promise<void> {
  if (runner.stopped) return;
  const attached = await runner.scenario(
    "Shared services: files attached to a register item",
    owner.page,
    owner,
    [attachPdf, downloadPdf],
  );
  const viewer = roleUsers.get("viewer");
  if (!attached || !viewer) return;
  const { context, page } = await open(browser, owner.baseUrl);
  try {
    await context.addCookies(viewer.cookies);
    const w: ViewerWorld = { page, baseUrl: owner.baseUrl, orgId: owner.orgId };
    await runner.scenario("Shared services: files as the viewer", page, w, [
      viewerReadsOnly,
      viewerCannotDelete,
    ]);
  } finally {
    await context.close();
  }
}
