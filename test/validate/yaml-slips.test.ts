import path from 'node:path';
import { expect, it } from 'vitest';
import { rule } from '../../src/diagnostics/rules/plan/schema-unknown-key.js';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

// Issue 24: an unquoted comma in a label is a YAML slip, not a misspelt field; the message says to quote.
it('an unquoted comma inside { } gets a message about quoting, at the word that became a field', () => {
  const dataDir = makeDataDir([demoEditionDir]);
  editText(
    path.join(dataDir, 'editions', path.basename(demoEditionDir), 'headline.yaml'),
    'en: Gross domestic product (GDP)}',
    'en: Gross domestic product, GDP}',
  );
  const hit = validateDir(dataDir).diagnostics.find((d) => d.ruleId === 'plan:schema-unknown-key')!;
  const message = rule.messages.commaInText('GDP', 'en', 'en: "Gross domestic product, GDP"');
  expect(hit).toMatchObject({ message: message.en, messageZh: message.zh, place: { line: 3, column: 53 } });
});

it('a misspelt field is still told it is unknown, with the field it most likely means', () => {
  const dataDir = makeDataDir([demoEditionDir]);
  editText(path.join(dataDir, 'editions', path.basename(demoEditionDir), 'headline.yaml'), '    growth: 4.0', '    grwoth: 4.0');
  const hit = validateDir(dataDir).diagnostics.find((d) => d.ruleId === 'plan:schema-unknown-key')!;
  expect(hit.message).toBe(rule.messages.unknownKey('grwoth', 'growth').en);
});
