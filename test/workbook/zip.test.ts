import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repackZip } from '../../src/workbook/zip.js';

async function storedZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>'.repeat(50));
  zip.folder('xl/media');
  zip.file('xl/media/image1.png', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
  zip.file('xl/表格.xml', '数据'.repeat(400));
  zip.file('empty.txt', '');
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
}

describe('workbook zip re-packing', () => {
  it('keeps every entry, its name and bytes, deflates what shrinks, and dates entries with the build date', async () => {
    const stored = await storedZip();
    const date = new Date('2025-03-04T05:06:08Z');
    const packed = repackZip(stored, date);
    expect(packed.length).toBeLessThan(stored.length);
    const before = await JSZip.loadAsync(stored);
    const after = await JSZip.loadAsync(packed);
    expect(Object.keys(after.files)).toEqual(Object.keys(before.files));
    for (const name of Object.keys(before.files)) {
      const a = before.files[name]!;
      const b = after.files[name]!;
      expect(b.dir).toBe(a.dir);
      if (!a.dir) expect(Buffer.from(await b.async('uint8array'))).toEqual(Buffer.from(await a.async('uint8array')));
    }
    // DOS dates have two-second resolution; JSZip reads them as local time fields.
    const entryDate = after.files['xl/表格.xml']!.date;
    expect([
      entryDate.getFullYear(),
      entryDate.getMonth() + 1,
      entryDate.getDate(),
      entryDate.getHours(),
      entryDate.getMinutes(),
      entryDate.getSeconds(),
    ]).toEqual([2025, 3, 4, 5, 6, 8]);
  });

  // Issue 28, eighth pass (hostile7): SOURCE_DATE_EPOCH before 1980 or after 2107 (outside an MS-DOS
  // date) had its year clamped alone, keeping another year's month, day and time (1970-07-04 gave
  // 1980-07-04 12:00); the entry date is now the range's first or last moment.
  it('clamps a date outside the MS-DOS range (1980–2107) to its first or last moment', async () => {
    const fields = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
    for (const [given, expected] of [
      ['1970-01-01T00:00:00Z', [1980, 1, 1, 0, 0, 0]],
      ['1979-07-04T12:00:00Z', [1980, 1, 1, 0, 0, 0]],
      ['1980-01-01T00:00:01Z', [1980, 1, 1, 0, 0, 0]],
      ['2107-12-31T23:59:59Z', [2107, 12, 31, 23, 59, 58]],
      ['2108-06-15T08:00:00Z', [2107, 12, 31, 23, 59, 58]],
      ['9999-12-31T23:59:59Z', [2107, 12, 31, 23, 59, 58]],
    ] as const) {
      const packed = await JSZip.loadAsync(repackZip(await storedZip(), new Date(given)));
      for (const file of Object.values(packed.files)) expect(fields(file.date), `${given} ${file.name}`).toEqual(expected);
    }
  });

  it('gives the same bytes for the same input whatever the clock', async () => {
    const date = new Date('2025-01-15T00:00:00Z');
    const first = repackZip(await storedZip(), date);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(repackZip(await storedZip(), date).equals(first)).toBe(true);
  });

  it('refuses a zip that is already compressed or damaged', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(1000));
    const deflated = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(() => repackZip(deflated, new Date(0))).toThrow(/expected STORE/);
    const stored = await storedZip();
    const damaged = Buffer.from(stored);
    // A byte inside the first entry's data (after the 30-byte header and its 19-byte name): its CRC no longer matches.
    damaged[60] = damaged[60]! ^ 0xff;
    expect(() => repackZip(damaged, new Date(0))).toThrow(/Re-packing the workbook zip/);
    expect(() => repackZip(Buffer.from('not a zip'), new Date(0))).toThrow(/no end of central directory/);
  });
});
