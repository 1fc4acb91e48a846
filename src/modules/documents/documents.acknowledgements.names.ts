// Whether the name a person typed to sign a pledge is their name on record: loosely, since
// people type 「山田太郎」, 「山田　太郎」 or 「山田 太郎 」 for the same name, and phones switch
// between full-width and half-width letters. Width (NFKC), spaces of any kind and Latin case
// are ignored; every other character must match.
export function normalizedName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
}

export function sameName(typed: string, onRecord: string): boolean {
  const a = normalizedName(typed);
  return a.length > 0 && a === normalizedName(onRecord);
}
