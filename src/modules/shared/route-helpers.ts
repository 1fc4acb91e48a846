import { z } from "zod";

export const orgParams = z.object({ orgId: z.string().max(200) });
export const orgItemParams = z.object({ orgId: z.string().max(200), id: z.string().max(200) });
