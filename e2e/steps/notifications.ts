// Shared services: notifications. A member joins by an invitation (through the API, as a second
// person would); the owner's bell counts 1, the popover says who joined, opening it marks it
// read and leads to メンバーと招待, and the bell goes back to 0. Then the owner chooses
// "アプリ内のみ" on お知らせ, and the choice is kept.
import { request } from "playwright-core";
import { assertEqual, eventually, expectText, expectUrl, expectVisible } from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

const JOINER = "通知 五郎";

const bellCount = (w: World) => w.page.getByTestId("notification-bell").getAttribute("data-count");

async function expectBell(w: World, count: string, what: string) {
  await eventually(async () => {
    const shown = await bellCount(w);
    return shown === count ? null : `${what}: the bell counts ${shown}, expected ${count}`;
  });
}

/** Invites an address and accepts as a new user with a request context of its own. */
async function joinAsMember(w: World): Promise<void> {
  const email = `e2e-${Date.now().toString(36)}-notified@example.com`;
  const invitation = await orgApi<{ id: string; link: string }>(w, "POST", "/invitations", {
    email,
    role: "member",
  });
  const token = invitation.link.split("/").pop() ?? "";
  const api = await request.newContext({
    baseURL: w.baseUrl,
    extraHTTPHeaders: { Origin: w.baseUrl, Accept: "application/json" },
  });
  try {
    const signUp = await api.post("/api/auth/sign-up/email", {
      data: { name: JOINER, email, password: w.user.password },
    });
    assertEqual(signUp.status(), 200, "sign-up of the new member");
    const accept = await api.post(`/api/v1/invitations/${invitation.id}/accept`, {
      data: { token },
    });
    assertEqual(accept.status(), 200, "the new member accepts the invitation");
  } finally {
    await api.dispose();
  }
}

export const bellCountsJoin: Step<World> = {
  name: "a member joins: the owner's bell shows 1",
  run: async (w) => {
    // Earlier joins (the role scenarios) are read first, so the new one is the only unread.
    await orgApi(w, "POST", "/notifications/read-all");
    // The main scenario ends in English; these steps read the Japanese texts.
    await w.page.evaluate(() => localStorage.setItem("mamori.lang", "ja"));
    await w.page.goto(`${w.baseUrl}/orgs/${w.orgId}/dashboard`);
    await expectBell(w, "0", "before the join");
    await joinAsMember(w);
    // The bell asks again when the window regains focus or every minute; a reload is sooner.
    await w.page.reload();
    await expectBell(w, "1", "after the join");
  },
};

export const openNotification: Step<World> = {
  name: "open the bell: who joined; opening it marks it read and leads to メンバーと招待; 0",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("notification-bell").click();
    const item = page.getByTestId("notification-item").first();
    await expectVisible(item, "the newest notification");
    await expectText(item, "メンバーが参加しました", "its title");
    await expectText(
      item,
      `${JOINER} さんが招待を承諾し、「従業者」として参加しました。`,
      "its body",
    );
    await expectText(item, /\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/, "when (YYYY年M月D日 H:mm)");
    assertEqual(await item.getAttribute("data-unread"), "true", "unread before opening");
    await item.click();
    await expectUrl(page, new RegExp(`/orgs/${w.orgId}/members$`), "the members page");
    await expectBell(w, "0", "after opening it");
    const unread = await orgApi<{ count: number }>(w, "GET", "/notifications/unread-count");
    assertEqual(unread.count, 0, "the unread count on the server");
  },
};

export const chooseInAppOnly: Step<World> = {
  name: "お知らせ: listed as read; the owner chooses アプリ内のみ and the choice is kept",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-notifications").click();
    await expectText(page.locator("main h1"), "お知らせ", "page title");
    const first = page.getByTestId("notification-item").first();
    await expectText(first, JOINER, "the join in the list");
    assertEqual(await first.getAttribute("data-unread"), "false", "read in the list");
    await page.getByTestId("notification-channel-in-app").click();
    await page.getByTestId("notification-preference-save").click();
    await expectText(page.locator(".mantine-Notification-root"), "保存しました", "saved");
    await page.reload();
    await eventually(async () =>
      (await page.getByTestId("notification-channel-in-app").isChecked())
        ? null
        : "アプリ内のみ is not checked after a reload",
    );
    const pref = await orgApi<{ channel: string }>(w, "GET", "/notification-preference");
    assertEqual(pref.channel, "in_app", "the stored preference");
  },
};

export const notificationSteps: Step<World>[] = [bellCountsJoin, openNotification, chooseInAppOnly];
