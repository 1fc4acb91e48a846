// Bulk actions on the rows chosen in a list (e.g. 見直し済み, 確認済み).
import { api } from "./client.ts";

/** What a dialog acting on the rows chosen in a list is given. */
export type BulkDialogProps = {
  orgId: string;
  ids: string[];
  opened: boolean;
  /** After the rows are recorded and the lists refreshed (e.g. clears the selection). */
  onDone: () => void;
  onClose: () => void;
};

/** The bulk endpoints take at most this many ids per request. */
const CHUNK = 500;

/** Posts the ids in chunks the API accepts, each with the same fields; the rows updated in all. */
export async function postInChunks(
  path: string,
  ids: string[],
  fields: Record<string, unknown>,
): Promise<number> {
  let updated = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const res = await api.post<{ updated: number }>(path, { ids: chunk, ...fields });
    updated += res.updated;
  }
  return updated;
}
