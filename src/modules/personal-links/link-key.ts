// Where the link-signing key comes from: LINK_SIGNING_KEY, else the file link-signing.key in
// the data folder (the PGlite folder itself, or DATA_DIR with PostgreSQL, as the audit key),
// created on first use with mode 0600. Loaded on the first issue or resolve, not at start, so
// an instance that never uses personal links never writes the file. Like the audit key it is
// never stored in the database or a backup: a restore elsewhere without the file (or another
// LINK_SIGNING_KEY) makes every earlier link invalid, and links are issued anew.
import { join } from "node:path";
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import { readOrCreateKeyFile } from "../shared/key-file.ts";
import { type LinkKey, makeLinkKey } from "./link-token.ts";

export const LINK_KEY_FILE = "link-signing.key";

const loaded = new Map<string, LinkKey>();

export function linkKeyPath(
  config: Pick<Config, "dataDir">,
  database: Pick<Database, "kind" | "location">,
): string {
  return join(database.kind === "pglite" ? database.location : config.dataDir, LINK_KEY_FILE);
}

/** What a capability that mails or prints links needs to issue them. */
export type LinkOptions = {
  key: LinkKey;
  /** The app's public address (BASE_URL), which the links start with. */
  baseUrl: string;
  /** The instance's default link lifetime (PERSONAL_LINK_DAYS). */
  defaultDays: number;
};

/** The link options of this instance (reads, or on first use creates, the signing key). */
export const linkOptionsOf = (
  config: Pick<Config, "baseUrl" | "personalLinkDays" | "dataDir" | "linkSigningKey">,
  database: Pick<Database, "kind" | "location">,
): LinkOptions => ({
  key: linkKeyOf(config, database),
  baseUrl: config.baseUrl,
  defaultDays: config.personalLinkDays,
});

export function linkKeyOf(
  config: Pick<Config, "dataDir" | "linkSigningKey">,
  database: Pick<Database, "kind" | "location">,
): LinkKey {
  const source = config.linkSigningKey
    ? `env:${config.linkSigningKey}`
    : linkKeyPath(config, database);
  let key = loaded.get(source);
  if (!key) {
    key = makeLinkKey(config.linkSigningKey ?? readOrCreateKeyFile(source));
    loaded.set(source, key);
  }
  return key;
}
