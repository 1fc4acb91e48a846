// Property: control characters and broken UTF-16 sent into any string of any route — path
// parameter, query parameter or body field, found in the OpenAPI document — never give a 500.
// The account routes (hidden from the document) and the upload routes' multipart fields are
// added by hand.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, sameOrigin, startTestApp, type TestApp, type TestUser } from "../test/harness.ts";

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  minimum?: number;
  minItems?: number;
  minLength?: number;
  const?: unknown;
};
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** Text that must be refused cleanly: C0 controls, DEL and lone surrogates, alone or mixed in. */
const hostileChar = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u001b",
  "\u007f",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
);
const hostileText = fc
  .tuple(fc.string({ maxLength: 5 }), hostileChar, fc.string({ maxLength: 5 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/**
 * Percent-encodes text for a URL the way an attacker would: a lone surrogate becomes the bytes
 * UTF-8 would give it (invalid UTF-8), which encodeURIComponent refuses to write.
 */
function encodeHostile(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) {
      const bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** A plausible value for a schema, so that only the one hostile string is wrong. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o) => o.type !== "null") ?? options[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "email") return "sample@example.jp";
      if (schema.format === "date") return "2026-04-01";
      return "見本";
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, depth + 1));
    case "object": {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? [])
        out[key] = sample(schema.properties?.[key], depth + 1);
      return out;
    }
    default:
      return null;
  }
}

/** Paths to every string field of a body schema (properties and array items, nested). */
function stringPaths(schema: Schema | undefined, prefix: (string | number)[] = [], depth = 0) {
  const paths: (string | number)[][] = [];
  if (!schema || depth > 6) return paths;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    for (const o of options) paths.push(...stringPaths(o, prefix, depth + 1));
    return paths;
  }
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.includes("string")) paths.push(prefix);
  if (type.includes("object"))
    for (const [key, child] of Object.entries(schema.properties ?? {}))
      paths.push(...stringPaths(child, [...prefix, key], depth + 1));
  if (type.includes("array")) paths.push(...stringPaths(schema.items, [...prefix, 0], depth + 1));
  return paths;
}

function withValueAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Record<string | number, unknown> | unknown[] =
    typeof head === "number"
      ? [...((Array.isArray(base) ? base : []) as unknown[])]
      : { ...((base && typeof base === "object" ? base : {}) as object) };
  (container as Record<string | number, unknown>)[head] = withValueAt(
    (container as Record<string | number, unknown>)[head],
    rest,
    value,
  );
  return container;
}

type Target = { method: string; path: string; op: Operation };

describe.each(dbKinds)("hostile text into every route (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let targets: Target[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("敵対 検査");
    orgId = await t.createOrg(owner, "株式会社ぷろぱてぃ");
    const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    targets = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
  });
  afterAll(() => t.close());

  async function send(method: string, url: string, payload?: unknown) {
    const res = await t.app.inject({
      method: method as "GET",
      url,
      headers: { cookie: owner.cookie, ...sameOrigin },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    return res;
  }

  const urlFor = (target: Target, pathValues: Record<string, string>, query: string) =>
    target.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeHostile(pathValues[name] ?? (name === "orgId" ? orgId : "x")),
    ) + query;

  it("covers the API's routes", () => {
    expect(targets.length).toBeGreaterThan(60);
  });

  it("never answers 500 to a hostile path or query parameter", async () => {
    const failures: string[] = [];
    for (const target of targets) {
      const params = target.op.parameters ?? [];
      const body = target.op.requestBody?.content?.["application/json"]?.schema;
      const payload = body ? sample(body) : undefined;
      for (const param of params.filter((p) => p.in === "path" || p.in === "query")) {
        await fc.assert(
          fc.asyncProperty(hostileText, async (bad) => {
            const url =
              param.in === "path"
                ? urlFor(target, { [param.name]: bad }, "")
                : urlFor(target, {}, `?${param.name}=${encodeHostile(bad)}`);
            const res = await send(target.method, url, payload);
            if (res.statusCode >= 500)
              failures.push(`${target.method} ${target.path} ${param.in}.${param.name}`);
            return res.statusCode < 500;
          }),
          { numRuns: 3 },
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it("never answers 500 to a hostile string in any body field", async () => {
    const failures: string[] = [];
    let fields = 0;
    for (const target of targets) {
      const body = target.op.requestBody?.content?.["application/json"]?.schema;
      if (!body) continue;
      const base = sample(body);
      for (const path of stringPaths(body)) {
        fields++;
        await fc.assert(
          fc.asyncProperty(hostileText, async (bad) => {
            const res = await send(
              target.method,
              urlFor(target, {}, ""),
              withValueAt(base, path, bad),
            );
            if (res.statusCode >= 500)
              failures.push(`${target.method} ${target.path} body.${path.join(".")}`);
            return res.statusCode < 500;
          }),
          { numRuns: 3 },
        );
      }
    }
    expect(fields).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });

  it("never answers 500 to hostile account fields", async () => {
    const routes: [string, Record<string, string>][] = [
      [
        "/api/auth/sign-up/email",
        { name: "名前", email: "x@example.jp", password: "correct-horse-battery" },
      ],
      ["/api/auth/sign-in/email", { email: owner.email, password: "correct-horse-battery" }],
      ["/api/auth/change-password", { currentPassword: "a", newPassword: "b" }],
    ];
    for (const [url, body] of routes)
      for (const field of Object.keys(body))
        await fc.assert(
          fc.asyncProperty(hostileText, async (bad) => {
            const res = await send("POST", url, { ...body, [field]: bad });
            return res.statusCode >= 400 && res.statusCode < 500;
          }),
          { numRuns: 5 },
        );
  });

  it("never answers 500 to hostile multipart fields and file names on the upload routes", async () => {
    const uploads = targets.filter((x) => x.method === "POST" && x.path.endsWith("/import"));
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    for (const target of uploads)
      await fc.assert(
        fc.asyncProperty(
          hostileText,
          fc.constantFrom("filename", "sheet", "mapping", "mode"),
          async (bad, where) => {
            const boundary = "----hostile";
            const field = (name: string, value: string) =>
              `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
            const filename = where === "filename" ? bad : "people.csv";
            const parts = [
              where === "filename"
                ? ""
                : field(where, where === "mapping" ? `{"name":"${bad}"}` : bad),
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n氏名\r\n山田 太郎\r\n`,
              `--${boundary}--\r\n`,
            ];
            const res = await t.app.inject({
              method: "POST",
              url: urlFor(target, {}, ""),
              headers: {
                cookie: owner.cookie,
                ...sameOrigin,
                "content-type": `multipart/form-data; boundary=${boundary}`,
              },
              payload: Buffer.from(parts.join(""), "utf8"),
            });
            return res.statusCode < 500;
          },
        ),
        { numRuns: 4 },
      );
  });
});
