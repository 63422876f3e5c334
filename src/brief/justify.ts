/**
 * The units a justified Chinese line spreads its slack between: each Chinese character or
 * full-width punctuation mark is a unit, and so is each run of anything else (a number with its
 * decimal point, a Latin word), which keeps its own letter spacing. Consecutive Chinese characters
 * come as one unit marked `spread`: the extra space goes after each of its characters.
 */
export interface JustifiedUnit {
  readonly text: string;
  readonly spread: boolean;
}

const spreadable = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2014\u2026]/u;

export function justifiedUnits(text: string): JustifiedUnit[] {
  const units: JustifiedUnit[] = [];
  let current = '';
  let spread = false;
  for (const ch of text) {
    const s = spreadable.test(ch);
    if (current && s !== spread) {
      units.push({ text: current, spread });
      current = '';
    }
    spread = s;
    current += ch;
  }
  if (current) units.push({ text: current, spread });
  return units;
}
