// Expected dates in Japanese sentences, written independently of the product's formatter:
// "2025-06-15" → "2025年6月15日".
export function kanjiDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}
