// The compiled response serialisers (response-serializer.ts) against zod's: for every response
// schema the app has, any value zod's serializer accepts comes out as the same JSON, and
// nothing undeclared — at any depth — ever leaves the server. Schemas fast-json-stringify
// cannot serialise exactly (unions of shapes, transforms, dates, defaults) keep zod's.
import fc from "fast-check";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { RISK_MATRIX_3X3 } from "../core/registers/risk-matrix-presets.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";
import {
  compiledResponseSchemas,
  fastJsonSchemaOf,
  outputJsonSchema,
  serializerCompiler,
} from "./response-serializer.ts";

type Json = Record<string, unknown>;
const JUNK = "JUNK-must-not-leave";

const ours = (schema: z.core.$ZodType) =>
  serializerCompiler({ schema, method: "GET", url: "/t" }) as (d: unknown) => string;
const zods = (schema: z.core.$ZodType) =>
  zodSerializerCompiler({ schema, method: "GET", url: "/t" } as never) as (d: unknown) => string;

/** Values of a JSON Schema (zod's draft-07 output), with undeclared junk in every object. */
function arb(s: Json): fc.Arbitrary<unknown> {
  const branches = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (branches) return fc.oneof(...branches.map(arb));
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const type = s.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => arb({ ...s, type: t })));
  const n = (k: string) => (typeof s[k] === "number" ? (s[k] as number) : undefined);
  switch (type) {
    case "string": {
      if (typeof s.pattern === "string") return fc.stringMatching(new RegExp(s.pattern));
      if (s.format === "email") return fc.emailAddress();
      if (s.format === "uuid") return fc.uuid();
      const minLength = n("minLength") ?? 0;
      const maxLength = Math.max(minLength, Math.min(n("maxLength") ?? 12, 12));
      return fc.oneof(
        fc.string({ minLength, maxLength }),
        fc.string({ minLength, maxLength, unit: "binary" }),
        fc.constantFrom('"<script>\u2028\\', "会社\u0000名"),
      );
    }
    case "integer":
      return fc.integer({
        min: Math.max(n("minimum") ?? -1e9, -1e9),
        max: Math.min(n("maximum") ?? 1e9, 1e9),
      });
    case "number":
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: n("minimum") ?? -1e12,
        max: n("maximum") ?? 1e12,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arb((s.items ?? {}) as Json), {
        minLength: n("minItems") ?? 0,
        maxLength: Math.max(n("minItems") ?? 0, Math.min(n("maxItems") ?? 3, 3)),
      });
    case "object": {
      const props = (s.properties ?? {}) as Record<string, Json>;
      const required = new Set((s.required ?? []) as string[]);
      const declared = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arb(v)])),
        { requiredKeys: Object.keys(props).filter((k) => required.has(k)) },
      );
      const extra =
        typeof s.additionalProperties === "object"
          ? fc.dictionary(fc.string({ maxLength: 6 }), arb(s.additionalProperties as Json), {
              maxKeys: 3,
            })
          : fc.dictionary(fc.constantFrom("junk", "password", "__secret"), fc.constant(JUNK), {
              maxKeys: 2,
            });
      return fc.tuple(extra, declared).map(([e, d]) => ({ ...e, ...d }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

describe("compiled response serialisers", () => {
  it("leave out every undeclared property, at every depth, and keep nulls", () => {
    const schema = z.object({
      id: z.string(),
      n: z.number().int().nullable(),
      inner: z.object({ a: z.string() }).nullable(),
      list: z.array(z.object({ a: z.string().nullable(), b: z.boolean() })),
      opt: z.string().optional(),
      changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
    });
    expect(fastJsonSchemaOf(schema)).not.toBeNull();
    const data = {
      id: "x",
      n: null,
      inner: { a: "q", password: JUNK },
      list: [{ a: null, b: true, token: JUNK }],
      changes: { name: { old: null, new: { any: "value" }, actor: JUNK } },
      email: JUNK,
    };
    const out = ours(schema)(data);
    expect(out).toBe(
      '{"id":"x","n":null,"inner":{"a":"q"},"list":[{"a":null,"b":true}],"changes":{"name":{"old":null,"new":{"any":"value"}}}}',
    );
    expect(out).toBe(zods(schema)(data));
  });

  it("keeps zod's serializer where fast-json-stringify could not be exact", () => {
    const union = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    for (const schema of [
      union,
      z.object({ u: union }),
      z.object({ d: z.date() }),
      z.object({ t: z.string().transform((s) => s.length) }),
      z.object({ x: z.string().default("x") }),
      z.tuple([z.string(), z.number()]),
    ])
      expect(fastJsonSchemaOf(schema)).toBeNull();
    // And they still answer, through zod: extras stripped inside the union too.
    expect(ours(z.object({ u: union }))({ u: { a: "x", password: JUNK } })).toBe('{"u":{"a":"x"}}');
  });

  it("fails like zod when a required property is missing", () => {
    const schema = z.object({ id: z.string(), name: z.string() });
    expect(() => zods(schema)({ id: "x" })).toThrow();
    expect(() => ours(schema)({ id: "x" })).toThrow();
  });
});

describe("every response schema of the app", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite");
  });
  afterAll(() => t.close());

  it("serialises any value zod accepts exactly as zod does, and nothing undeclared", () => {
    const schemas = compiledResponseSchemas();
    expect(schemas.length).toBeGreaterThan(50);
    const fallbacks: string[] = [];
    const fewAccepted: string[] = [];
    for (const { route, schema } of schemas) {
      if (!fastJsonSchemaOf(schema)) {
        fallbacks.push(route);
        continue;
      }
      const fast = ours(schema);
      const reference = zods(schema);
      let compared = 0;
      fc.assert(
        fc.property(arb(outputJsonSchema(schema)), (data) => {
          let expected: string;
          try {
            expected = reference(data);
          } catch {
            return; // zod refuses the value: a 500 either way
          }
          compared++;
          const got = fast(data);
          // The same JSON; fast-json-stringify writes optional properties after required ones.
          expect(JSON.parse(got), route).toStrictEqual(JSON.parse(expected));
          expect(got).not.toContain(JUNK);
        }),
        { numRuns: 60 },
      );
      // Most generated values must be ones zod accepts, or the comparison says little; a
      // schema with a rule across fields (the risk matrix) is checked on real values below.
      if (compared < 20) fewAccepted.push(route);
    }
    for (const route of fewAccepted)
      expect(route).toMatch(/ \/api\/v1\/orgs\/:orgId\/risk-matrix 200$/);
    // The unions of several shapes (the import results) stay with zod; nothing else does.
    expect(fallbacks.length, fallbacks.join("\n")).toBeLessThan(schemas.length / 10);
  });

  it("serialises the risk matrix (a rule across its fields) as zod does, without extras", () => {
    const found = compiledResponseSchemas().find(
      (c) => c.route === "GET /api/v1/orgs/:orgId/risk-matrix 200",
    );
    expect(found).toBeDefined();
    const schema = found?.schema as z.core.$ZodType;
    const matrix = structuredClone(RISK_MATRIX_3X3) as unknown as Json;
    const data = {
      isDefault: true,
      password: JUNK,
      matrix: {
        ...matrix,
        secret: JUNK,
        riskLevels: (matrix.riskLevels as Json[]).map((l) => ({ ...l, token: JUNK })),
      },
    };
    const out = ours(schema)(data);
    expect(JSON.parse(out)).toStrictEqual(JSON.parse(zods(schema)(data)));
    expect(out).not.toContain(JUNK);
  });
});
