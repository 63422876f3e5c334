import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editText, makeDataDir, validateDir } from '../helpers.js';

// Issue 16: "下降2.0%" holds the figure −2.0 for the phrase check, and only a decline word does.

/** The demo edition with its GDP growth and phrase replaced, in the data and the source document. */
function demoWithGdpGrowth(growth: string, phrase: string) {
  const dataDir = makeDataDir();
  const edition = path.join(dataDir, 'editions', 'demo-2026');
  editText(path.join(edition, 'headline.yaml'), 'growth: 4.0', `growth: ${growth}`);
  editText(path.join(edition, 'headline.yaml'), '、增长4.0%、', `、${phrase}、`);
  editText(path.join(edition, 'source.txt'), '、增长4.0%、', `、${phrase}、`);
  return validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value');
}

describe('plan:source-phrase-has-value and declines', () => {
  it.each(['下降4.0%', '下降了4.0%', '回落4.0%', '减少4.0%', '下滑4.0%'])('accepts growth −4.0 citing %s', (phrase) => {
    expect(demoWithGdpGrowth('-4.0', phrase)).toEqual([]);
  });

  it.each(['增长4.0%', '增速4.0%', '下降至4.0%'])('refuses growth −4.0 citing %s, naming the field and the value', (phrase) => {
    const hits = demoWithGdpGrowth('-4.0', phrase);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('-4');
    expect(hits[0]!.file).toBe('editions/demo-2026/headline.yaml');
    expect(hits[0]!.place.line).toBe(6);
  });
});
