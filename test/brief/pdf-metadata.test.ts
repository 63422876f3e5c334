/**
 * The brief's document information (title, issuer as author, subject, keywords) is also written as
 * XMP, an XML packet: an issuer like "R&D <Office>" made it malformed. The Info dictionary keeps the
 * text as it is; the XMP packet parses and holds the same text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { demoEditionDir, editText, makeDataDir, repoRoot, tempDir } from '../helpers.js';

describe('the PDF metadata of an issuer with XML characters', () => {
  it('is well-formed XMP and the same text in the Info dictionary', async () => {
    const dataDir = makeDataDir([demoEditionDir]);
    const issuer = `R&D <Office> "of" Demo's District`;
    editText(
      path.join(dataDir, 'editions', 'demo-2026', 'edition.yaml'),
      "en: People's Government of Demo District (invented)}",
      `en: '${issuer.replaceAll("'", "''")}'}`,
    );
    const outDir = tempDir('pdf-metadata-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    const file = path.join(outDir, 'demo-2026', 'en', 'brief.pdf');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toContain(`Author:          ${issuer}`);
    const pdf = readFileSync(file, 'latin1');
    const start = pdf.indexOf('<x:xmpmeta');
    const end = pdf.indexOf('</x:xmpmeta>', start) + '</x:xmpmeta>'.length;
    expect(start).toBeGreaterThan(0);
    const xmp = Buffer.from(pdf.slice(start, end), 'latin1').toString('utf8');
    // An XML parser (python3's, as the other output checks use) reads the packet and finds the issuer as it is.
    const texts = execFileSync(
      'python3',
      [
        '-c',
        'import sys,json,xml.etree.ElementTree as E; print(json.dumps([e.text for e in E.fromstring(sys.stdin.read()).iter() if e.text]))',
      ],
      { input: xmp, encoding: 'utf8' },
    );
    expect(JSON.parse(texts)).toContain(issuer);
  });
});
