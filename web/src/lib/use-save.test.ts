// What a save refreshes, on a real query cache: the readiness and home queries of every
// organization, the declared keys with everything under them, and nothing else.
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { queryKeys } from "./query-keys.ts";
import { refreshAfterSave } from "./use-save.ts";

function cacheWith(keys: readonly (readonly unknown[])[]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  return client;
}

const invalidated = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated ?? false;

describe("refreshAfterSave", () => {
  const keys = [
    queryKeys.readiness("o1"),
    queryKeys.readiness("o2"),
    queryKeys.assessments("o1"),
    queryKeys.obligations("o1", "records", "education"),
    queryKeys.roadmap("o1"),
    queryKeys.myTasks,
    queryKeys.audit("o1", {}, 1),
    queryKeys.people("o1", { page: 1 }),
    queryKeys.people("o1", { page: 2 }),
    queryKeys.people("o2", { page: 1 }),
    queryKeys.departments("o1"),
    queryKeys.inventory("o1", "list", {}),
    queryKeys.orgs,
    queryKeys.session,
    queryKeys.laws,
  ];

  it("refreshes what every save refreshes plus the declared keys, and nothing else", async () => {
    const client = cacheWith(keys);
    await refreshAfterSave(client, [queryKeys.people("o1"), queryKeys.departments("o1")]);
    const refreshed = keys.filter((k) => invalidated(client, k));
    expect(refreshed).toEqual([
      queryKeys.readiness("o1"),
      queryKeys.readiness("o2"),
      queryKeys.assessments("o1"),
      queryKeys.obligations("o1", "records", "education"),
      queryKeys.roadmap("o1"),
      queryKeys.myTasks,
      queryKeys.audit("o1", {}, 1),
      queryKeys.people("o1", { page: 1 }),
      queryKeys.people("o1", { page: 2 }),
      queryKeys.departments("o1"),
    ]);
  });

  it("refreshes the readiness and home queries even when a save declares nothing", async () => {
    const client = cacheWith(keys);
    await refreshAfterSave(client, []);
    expect(invalidated(client, queryKeys.readiness("o1"))).toBe(true);
    expect(invalidated(client, queryKeys.myTasks)).toBe(true);
    expect(invalidated(client, queryKeys.people("o1", { page: 1 }))).toBe(false);
    expect(invalidated(client, queryKeys.orgs)).toBe(false);
  });

  it("refreshes every query for queryKeys.all (a new session)", async () => {
    const client = cacheWith(keys);
    await refreshAfterSave(client, [queryKeys.all]);
    expect(keys.every((k) => invalidated(client, k))).toBe(true);
  });
});
