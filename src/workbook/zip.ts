import zlib from 'node:zlib';

/**
 * Re-packs the zip that exceljs writes. exceljs zips with JSZip, which deflates in JavaScript
 * (pako) and dates every entry with the clock. We let it write uncompressed (STORE), then deflate
 * each entry here with Node's zlib and give every entry the build date: the same workbook for the
 * same input, byte for byte, at a fraction of the cost (measured: see the closing note of issue 7).
 *
 * Only what a STORE zip from JSZip holds is accepted (no data descriptors, no zip64, no
 * encryption); anything else is a programming error and throws.
 */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

interface Entry {
  readonly name: Buffer;
  readonly flags: number;
  readonly crc: number;
  readonly data: Buffer;
  readonly extra: Buffer;
  readonly comment: Buffer;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
}

function fail(message: string): never {
  throw new Error(`Re-packing the workbook zip: ${message}`);
}

function readEntries(zip: Buffer): Entry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || zip.readUInt32LE(endAt) !== END) fail('no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) fail(`central directory entry ${i} is damaged`);
    const versionMadeBy = zip.readUInt16LE(at + 4);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const internalAttributes = zip.readUInt16LE(at + 36);
    const externalAttributes = zip.readUInt32LE(at + 38);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const comment = zip.subarray(at + 46 + nameLength + extraLength, at + 46 + nameLength + extraLength + commentLength);
    if (method !== 0 || compressedSize !== size) fail(`${name.toString()} is compressed (method ${method}); expected STORE`);
    if ((flags & 0x0009) !== 0) fail(`${name.toString()} is encrypted or has a data descriptor`);
    if (zip.readUInt32LE(localAt) !== LOCAL) fail(`local header of ${name.toString()} is damaged`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    if (zlib.crc32(data) !== crc) fail(`${name.toString()} does not match its CRC`);
    entries.push({ name, flags, crc, data, extra, comment, versionMadeBy, internalAttributes, externalAttributes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

interface SharedFields {
  readonly version: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly day: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly nameLength: number;
}

/** The run of fields a local header (from byte 4) and a central header (from byte 6) share. */
function writeSharedFields(header: Buffer, at: number, f: SharedFields): void {
  header.writeUInt16LE(f.version, at);
  header.writeUInt16LE(f.flags, at + 2);
  header.writeUInt16LE(f.method, at + 4);
  header.writeUInt16LE(f.time, at + 6);
  header.writeUInt16LE(f.day, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressedSize, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

/** The range an MS-DOS date holds: 1980-01-01 00:00:00 to 2107-12-31 23:59:58. */
const dosRange = { first: Date.UTC(1980, 0, 1), last: Date.UTC(2107, 11, 31, 23, 59, 58) } as const;

/**
 * MS-DOS time and date fields (two-second resolution), from the UTC fields of `date`. A date
 * outside their range (SOURCE_DATE_EPOCH=0 is 1970) is clamped to its first or last moment, whole:
 * clamping the year alone kept the month and day of another year, and reproducible builds dated
 * before 1980 would not sort before those of 1980.
 */
function dosDateTime(given: Date): { time: number; date: number } {
  const date = new Date(Math.min(Math.max(given.getTime(), dosRange.first), dosRange.last));
  const year = date.getUTCFullYear();
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** The names of the entries of a STORE zip, in order. */
export const zipEntryNames = (stored: Buffer): string[] => readEntries(stored).map((e) => e.name.toString());

/**
 * Deflates every entry of a STORE zip (stores it when deflating does not make it smaller) and dates
 * every entry `date`. Entry order, names and attributes are kept; `transform` may rewrite a part;
 * `added` parts follow the existing ones, in their order.
 */
export function repackZip(
  stored: Buffer,
  date: Date,
  transform: (name: string, data: Buffer) => Buffer = (_name, data) => data,
  added: readonly { readonly name: string; readonly data: Buffer }[] = [],
): Buffer {
  const { time, date: day } = dosDateTime(date);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const read = readEntries(stored);
  const empty = Buffer.alloc(0);
  const template = read[0];
  const entries: Entry[] = [
    ...read,
    ...added.map((part) => ({
      name: Buffer.from(part.name, 'utf8'),
      flags: template?.flags ?? 0,
      crc: zlib.crc32(part.data),
      data: part.data,
      extra: empty,
      comment: empty,
      versionMadeBy: template?.versionMadeBy ?? 20,
      internalAttributes: 0,
      externalAttributes: template?.externalAttributes ?? 0,
    })),
  ];
  for (const original of entries) {
    // A part the caller rewrites gets its new bytes and CRC.
    const data = transform(original.name.toString(), original.data);
    const entry = data === original.data ? original : { ...original, data, crc: zlib.crc32(data) };
    // Images are compressed already: level 1 was as small as level 6 on our chart PNGs (412 KB
    // against 410 KB for one workbook's six) at a fraction of the time; XML gets the default 6.
    const level = /\.(png|jpe?g)$/i.test(entry.name.toString()) ? 1 : 6;
    const deflated = entry.data.length > 0 ? zlib.deflateRawSync(entry.data, { level }) : entry.data;
    const method = deflated.length < entry.data.length ? 8 : 0;
    const body = method === 8 ? deflated : entry.data;
    const version = method === 8 ? 20 : 10;
    const shared = {
      version,
      flags: entry.flags,
      method,
      time,
      day,
      crc: entry.crc,
      compressedSize: body.length,
      size: entry.data.length,
      nameLength: entry.name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    writeSharedFields(local, 4, shared);
    local.writeUInt16LE(0, 28); // extra field length
    parts.push(local, entry.name, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(entry.versionMadeBy, 4);
    writeSharedFields(header, 6, shared);
    header.writeUInt16LE(entry.extra.length, 30);
    header.writeUInt16LE(entry.comment.length, 32);
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(entry.internalAttributes, 36);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, entry.name, entry.extra, entry.comment);
    offset += local.length + entry.name.length + body.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
