// Response serialisation: each route's zod response schema compiled once into a
// fast-json-stringify function (through zod's JSON Schema), instead of a zod parse and a
// JSON.stringify per response. Only declared fields leave the server either way:
// fast-json-stringify writes the properties a schema lists and nothing else, at every level.
// Schemas it cannot serialise exactly as zod would — unions of several shapes, transforms,
// dates, tuples, references — keep fastify-type-provider-zod's serializer.
import fastJson from "fast-json-stringify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type Json = Record<string, unknown>;

/** Keywords that change what fast-json-stringify writes in ways zod's parse would not. */
const UNSUPPORTED = [
  "allOf",
  "not",
  "$ref",
  "$defs",
  "definitions",
  "if",
  "then",
  "else",
  "patternProperties",
  "prefixItems",
  "dependentSchemas",
  "dependencies",
  "nullable",
  "default",
];

/** Keywords that only validate (zod checked them on the way in) or describe. */
const DROPPED = [
  "$schema",
  "$id",
  "id",
  "title",
  "description",
  "examples",
  "const",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "propertyNames",
  "contentEncoding",
  "contentMediaType",
];

class Unsupported extends Error {}

const isAny = (s: unknown) => typeof s === "object" && s !== null && Object.keys(s).length === 0;
const isNull = (s: unknown) =>
  (s as Json | null)?.type === "null" && Object.keys(s as Json).length === 1;

function withNull(s: Json): Json {
  if (isAny(s)) return s; // anything includes null
  const type = s.type;
  if (typeof type === "string") return { ...s, type: type === "null" ? "null" : [type, "null"] };
  if (Array.isArray(type)) return { ...s, type: type.includes("null") ? type : [...type, "null"] };
  throw new Unsupported("nullable without a type");
}

/**
 * A zod output JSON Schema (draft-07) rewritten for fast-json-stringify: `X | null` as a type
 * list (fast-json-stringify would otherwise pick a branch by validating with ajv, where
 * `additionalProperties: false` refuses objects zod strips), `additionalProperties: false`
 * dropped (undeclared properties are left out without it), properties that accept anything
 * no longer required (zod accepts them missing). Throws Unsupported for anything else.
 */
export function forFastJson(node: unknown): Json {
  if (typeof node !== "object" || node === null || Array.isArray(node))
    throw new Unsupported("schema is not an object");
  const s = node as Json;
  for (const k of UNSUPPORTED) if (k in s) throw new Unsupported(k);
  for (const key of ["anyOf", "oneOf"]) {
    const branches = s[key];
    if (!Array.isArray(branches)) continue;
    const rest = Object.keys(s).filter((k) => k !== key && !DROPPED.includes(k));
    if (rest.length) throw new Unsupported(`${key} beside ${rest.join(", ")}`);
    const shapes = branches.filter((b) => !isNull(b));
    if (shapes.length !== 1) throw new Unsupported(`${key} of ${shapes.length} shapes`);
    const one = forFastJson(shapes[0]);
    return shapes.length === branches.length ? one : withNull(one);
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (DROPPED.includes(k)) continue;
    if (k === "format") {
      // Only these change output (Date objects); zod has no Date in our output schemas.
      if (v === "date-time" || v === "date" || v === "time") throw new Unsupported(`format ${v}`);
      continue;
    }
    if (k === "properties") {
      const props: Json = {};
      for (const [name, sub] of Object.entries(v as Json)) props[name] = forFastJson(sub);
      out.properties = props;
    } else if (k === "items") {
      out.items = forFastJson(v);
    } else if (k === "additionalProperties") {
      if (v === false) continue;
      if (v === true) out.additionalProperties = true;
      else out.additionalProperties = forFastJson(v);
    } else if (k === "required") {
      const props = (s.properties ?? {}) as Json;
      out.required = (v as string[]).filter((name) => !isAny(props[name]));
    } else if (k === "type") {
      out.type = v;
    } else {
      throw new Unsupported(`keyword ${k}`);
    }
  }
  if (!("type" in out) && !isAny(out)) throw new Unsupported("no type");
  return out;
}

type RouteSchema = { schema: unknown; method: string; url: string; httpStatus?: string };

function zodSchemaOf(maybe: unknown): z.core.$ZodType {
  if (maybe instanceof z.core.$ZodType) return maybe;
  const inner = (maybe as { properties?: unknown } | null)?.properties;
  if (inner instanceof z.core.$ZodType) return inner;
  throw new Error(`not a zod response schema: ${JSON.stringify(maybe)}`);
}

/** The JSON Schema fast-json-stringify serialises `schema` with, or null when zod must. */
export function fastJsonSchemaOf(schema: z.core.$ZodType): Json | null {
  try {
    return forFastJson(outputJsonSchema(schema));
  } catch {
    return null; // Unsupported, or zod cannot represent it (transforms, dates …)
  }
}

/** zod's own JSON Schema of what a schema outputs (draft-07, nothing shared by reference). */
export const outputJsonSchema = (schema: z.core.$ZodType): Json =>
  z.toJSONSchema(schema, {
    io: "output",
    target: "draft-7",
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
  }) as Json;

/** Every response schema compiled so far, by route and status (tests check them all). */
const compiledRoutes = new Map<string, { route: string; schema: z.core.$ZodType }>();
export const compiledResponseSchemas = () => [...compiledRoutes.values()];

/**
 * Fastify's serializerCompiler: fast-json-stringify where the schema allows it, else the zod
 * serializer of fastify-type-provider-zod. Compiled on a route's first response, so starting
 * the app stays as quick as before.
 */
export function serializerCompiler(route: RouteSchema): (data: unknown) => string {
  const key = `${route.method} ${route.url} ${route.httpStatus ?? ""}`;
  compiledRoutes.set(key, { route: key, schema: zodSchemaOf(route.schema) });
  let serialize: ((data: unknown) => string) | null = null;
  return (data) => {
    if (!serialize) {
      const json = fastJsonSchemaOf(zodSchemaOf(route.schema));
      serialize = json
        ? (fastJson(json as never) as (d: unknown) => string)
        : (zodSerializerCompiler(route as never) as (d: unknown) => string);
    }
    return serialize(data);
  };
}
