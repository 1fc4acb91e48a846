import { benchOrigin } from "../origin.ts";
// The import and export routes called over real HTTP (multipart upload, xlsx download), as the
// browser calls them.
export type Register = "inventory-items" | "risks";
export type Mode = "preview" | "commit";

export async function importFile(opts: {
  address: string;
  orgId: string;
  cookie: string;
  register: Register;
  file: Buffer;
  mode: Mode;
}): Promise<Record<string, unknown>> {
  const form = new FormData();
  form.append("mode", opts.mode);
  form.append("file", new Blob([new Uint8Array(opts.file)]), `${opts.register}.xlsx`);
  const url = `${opts.address}/api/v1/orgs/${opts.orgId}/${opts.register}/import`;
  const res = await fetch(url, {
    method: "POST",
    body: form,
    headers: { cookie: opts.cookie, "accept-language": "ja", ...benchOrigin },
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`${opts.mode} ${opts.register} → ${res.status}: ${text.slice(0, 400)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export async function exportFile(opts: {
  address: string;
  orgId: string;
  cookie: string;
  register: Register;
}): Promise<Buffer> {
  const url = `${opts.address}/api/v1/orgs/${opts.orgId}/${opts.register}/export.xlsx`;
  const res = await fetch(url, { headers: { cookie: opts.cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200)
    throw new Error(`export ${opts.register} → ${res.status}: ${body.toString().slice(0, 400)}`);
  return body;
}

/** Fails the run when an import did not do what the benchmark expects (a benchmark of errors is no benchmark). */
export function expectCounts(
  what: string,
  out: Record<string, unknown>,
  expected: Record<string, number>,
): void {
  const wrong = Object.entries(expected).filter(([k, v]) => out[k] !== v);
  const errors = out.errorCount ?? (Array.isArray(out.errors) ? out.errors.length : 0);
  if (wrong.length || (typeof errors === "number" && errors > 0))
    throw new Error(
      `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(out).slice(0, 600)}`,
    );
}
