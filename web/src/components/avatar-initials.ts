// What the user's round avatar shows. Mantine's own initials take the first letter of each
// word, which for 佐藤 花子 gives 「佐花」, a name nobody has. A Japanese name starts with the
// family name: its first two characters (佐藤, 林); a Latin name keeps its initials (JS).

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶ]/u;

export function avatarInitials(name: string | null | undefined): string {
  const words = (name ?? "")
    .trim()
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  const first = words[0];
  if (!first) return "";
  if (CJK.test(first)) return [...first].slice(0, 2).join("");
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .filter((w): w is string => Boolean(w))
    .map((w) => [...w][0]?.toUpperCase() ?? "")
    .join("");
}
