// The requirement catalogues the product knows: every version of every catalogue, validated
// when registered. The shipped files are registered when this module loads, so a broken file
// stops the server at startup; tests may register extra versions (e.g. a fixture "v2").

import { compareVersions } from "./catalogue-refs.ts";
import { type Catalogue, parseCatalogue } from "./catalogue-schema.ts";
import pmarkGuideline2023v1 from "./catalogues/pmark-guideline-2023.v1.json" with { type: "json" };

const catalogues = new Map<string, Map<string, Catalogue>>();

/** Validates and adds one catalogue version; a second file for the same version is refused. */
export function registerCatalogue(raw: unknown, source: string): Catalogue {
  const cat = parseCatalogue(raw, source);
  const versions = catalogues.get(cat.id) ?? new Map<string, Catalogue>();
  if (versions.has(cat.version))
    throw new Error(`Requirement catalogue ${cat.id} v${cat.version} is registered twice`);
  versions.set(cat.version, cat);
  catalogues.set(cat.id, versions);
  return cat;
}

/** Versions of one catalogue, oldest first (empty when the id is unknown). */
export function catalogueVersions(id: string): string[] {
  return [...(catalogues.get(id)?.keys() ?? [])].sort(compareVersions);
}

export function newestVersion(id: string): string | undefined {
  return catalogueVersions(id).at(-1);
}

/** One version of a catalogue (the newest when none is named), or undefined. */
export function getCatalogue(id: string, version?: string): Catalogue | undefined {
  const v = version ?? newestVersion(id);
  return v === undefined ? undefined : catalogues.get(id)?.get(v);
}

/** Every registered catalogue version, by id then version. */
export function listCatalogues(): Catalogue[] {
  return [...catalogues.keys()]
    .sort()
    .flatMap((id) => catalogueVersions(id).map((v) => getCatalogue(id, v) as Catalogue));
}

registerCatalogue(pmarkGuideline2023v1, "catalogues/pmark-guideline-2023.v1.json");
