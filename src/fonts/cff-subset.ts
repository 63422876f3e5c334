/**
 * Compact subroutines for the subsets of a CID-keyed CFF font (the Chinese face).
 *
 * fontkit subsets a CFF font by keeping every subroutine slot and blanking the unused ones, so
 * that the charstrings' subroutine numbers stay valid. Noto Sans Hans has one font dictionary with
 * 22,293 local subroutines: every subset carried an index of that many entries (about 90 KB before
 * compression), and writing it was most of the cost of embedding a font in a brief. Here the
 * subset keeps only the subroutines its glyphs call, renumbered in their old order, and every call
 * in the kept charstrings and subroutines is rewritten to the new number (Adobe Technical Note
 * #5177, the Type 2 charstring format: a call's operand is the subroutine's index less a bias that
 * depends on how many subroutines there are).
 *
 * The charstrings are interpreted only as far as needed to find the calls: numbers, stem hints
 * (a hintmask is followed by one bit per stem) and calls. Whatever this reader does not expect
 * (arithmetic operators, a call whose number is not written just before it in the same charstring,
 * a subroutine that reads differently from two callers) gives undefined, and the caller keeps
 * fontkit's own subset. Tests compare the pages drawn with both subsets pixel for pixel.
 */

/** A charstring or subroutine in the font file. */
interface Slice {
  readonly offset: number;
  readonly length: number;
}

/** What of fontkit's CFF table this reads (its `CFF ` table object). */
export interface CffTable {
  readonly isCIDFont: boolean;
  readonly stream: { readonly buffer: Uint8Array };
  readonly globalSubrIndex: readonly Slice[];
  readonly topDict: { readonly CharStrings: readonly Slice[]; readonly FDArray?: readonly { Private?: { Subrs?: readonly Slice[] } }[] };
  fdForGlyph(gid: number): number | null;
}

/** The subset's charstrings, global subroutines and each font dictionary's local subroutines (by old dictionary index). */
export interface CompactSubrs {
  readonly charstrings: Uint8Array[];
  readonly gsubrs: Uint8Array[];
  readonly localSubrs: ReadonlyMap<number, Uint8Array[]>;
}

/** The bias of a subroutine index with `count` entries. */
export const subrBias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/** A Type 2 integer operand. */
export function encodeInteger(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  if (value >= 108 && value <= 1131) return [247 + ((value - 108) >> 8), (value - 108) & 0xff];
  if (value >= -1131 && value <= -108) return [251 + ((-value - 108) >> 8), (-value - 108) & 0xff];
  return [28, (value >> 8) & 0xff, value & 0xff];
}

/** Where a call's operand is written in a body, and what it calls (old index). */
interface Call {
  readonly start: number;
  readonly end: number;
  readonly global: boolean;
  readonly index: number;
}

/** A body read once: its calls (and, for a global subroutine with local calls, whose local subroutines). */
interface Read {
  readonly calls: Call[];
  fd: number | undefined;
}

class Unexpected extends Error {}

/** Stack-clearing operators of the escape byte 12 that this reader accepts: dotsection and the flex family. */
const escapeClearing = new Set([0, 34, 35, 36, 37]);
const maxDepth = 10;
/** The Type 2 operand stack holds at most 48 operands. */
const maxStack = 48;

/** One glyph read: its font dictionary, its calls, and each subroutine it reaches with that subroutine's calls. */
interface GlyphRead {
  readonly fd: number | null;
  readonly calls: Call[];
  readonly globals: Map<number, Read>;
  readonly locals: Map<number, Read>;
}

/** Does a subroutine read the same as it read before (same calls at the same places, same local context)? */
function sameRead(known: Read, read: Read): boolean {
  return known.fd === read.fd && known.calls.length === read.calls.length && known.calls.every((c, i) => c.start === read.calls[i]!.start);
}

/** Adds a subroutine's read to those of a glyph or subset; throws when it reads differently from before. */
function note(reads: Map<number, Read>, index: number, read: Read): void {
  const known = reads.get(index);
  if (!known) reads.set(index, read);
  else if (!sameRead(known, read)) throw new Unexpected(`subroutine ${index} reads differently from two callers`);
}

/** Reads a glyph's charstring and the subroutines it calls, as far as finding the calls needs. */
function readGlyph(cff: CffTable, gid: number, bytes: Uint8Array): GlyphRead {
  const slice = cff.topDict.CharStrings[gid];
  if (!slice) throw new Unexpected(`no charstring for glyph ${gid}`);
  const fd = cff.fdForGlyph(gid);
  const gsubrs = cff.globalSubrIndex;
  const locals = fd === null ? [] : (cff.topDict.FDArray?.[fd]?.Private?.Subrs ?? []);
  const glyph: GlyphRead = { fd, calls: [], globals: new Map(), locals: new Map() };
  // The operand stack: each operand's value and, for a literal, where it is written and in which body.
  const values = new Float64Array(maxStack);
  const starts = new Int32Array(maxStack);
  const ends = new Int32Array(maxStack);
  const bodies: (Slice | undefined)[] = new Array(maxStack);
  let depthOfStack = 0;
  let stems = 0;
  let ended = false;
  const read = (body: Slice, depth: number): Call[] => {
    if (depth > maxDepth) throw new Unexpected('subroutines nested too deep');
    const calls: Call[] = [];
    let pos = body.offset;
    const end = body.offset + body.length;
    while (pos < end && !ended) {
      const start = pos;
      const op = bytes[pos++]!;
      if (op >= 32 || op === 28) {
        let value: number;
        if (op === 28) {
          value = ((bytes[pos]! << 24) >> 16) | bytes[pos + 1]!;
          pos += 2;
        } else if (op <= 246) value = op - 139;
        else if (op <= 250) value = (op - 247) * 256 + bytes[pos++]! + 108;
        else if (op <= 254) value = -(op - 251) * 256 - bytes[pos++]! - 108;
        else {
          // 16.16 fixed: never a subroutine number.
          value = Number.NaN;
          pos += 4;
        }
        if (depthOfStack >= maxStack) throw new Unexpected('operand stack overflow');
        values[depthOfStack] = value;
        starts[depthOfStack] = start;
        ends[depthOfStack] = pos;
        bodies[depthOfStack] = body;
        depthOfStack++;
        continue;
      }
      switch (op) {
        case 1: // hstem
        case 3: // vstem
        case 18: // hstemhm
        case 23: // vstemhm
          stems += depthOfStack >> 1;
          depthOfStack = 0;
          break;
        case 19: // hintmask
        case 20: // cntrmask
          stems += depthOfStack >> 1;
          depthOfStack = 0;
          pos += (stems + 7) >> 3;
          break;
        case 10: // callsubr
        case 29: {
          // callgsubr
          const top = --depthOfStack;
          if (top < 0 || bodies[top] !== body || !Number.isInteger(values[top]))
            throw new Unexpected('a call whose number is not written before it');
          const global = op === 29;
          const list = global ? gsubrs : locals;
          const index = values[top]! + subrBias(list.length);
          const subr = list[index];
          if (!subr) throw new Unexpected(`a call of subroutine ${index}, which does not exist`);
          calls.push({ start: starts[top]!, end: ends[top]!, global, index });
          const subCalls = read(subr, depth + 1);
          // A global subroutine that calls local ones is tied to the glyph's font dictionary.
          const tied = global && subCalls.some((c) => !c.global);
          note(global ? glyph.globals : glyph.locals, index, { calls: subCalls, fd: tied ? (fd ?? undefined) : undefined });
          break;
        }
        case 11: // return
          return calls;
        case 14: // endchar
          ended = true;
          return calls;
        case 12: {
          const escaped = bytes[pos++]!;
          if (!escapeClearing.has(escaped)) throw new Unexpected(`operator 12 ${escaped}`);
          depthOfStack = 0;
          break;
        }
        case 4:
        case 5:
        case 6:
        case 7:
        case 8:
        case 21:
        case 22:
        case 24:
        case 25:
        case 26:
        case 27:
        case 30:
        case 31:
          depthOfStack = 0;
          break;
        default:
          throw new Unexpected(`operator ${op}`);
      }
    }
    return calls;
  };
  glyph.calls.push(...read(slice, 0));
  return glyph;
}

/**
 * Glyphs read before, by font: a glyph reads the same in every subset, and a brief's subsets share
 * most of their glyphs. null: a glyph this reader does not expect.
 */
const glyphReads = new WeakMap<CffTable, Map<number, GlyphRead | null>>();

export function compactSubrs(cff: CffTable, glyphs: readonly number[]): CompactSubrs | undefined {
  if (!cff.isCIDFont || !cff.topDict.FDArray) return undefined;
  const bytes = cff.stream.buffer;
  const gsubrs = cff.globalSubrIndex;
  let known = glyphReads.get(cff);
  if (!known) glyphReads.set(cff, (known = new Map()));
  const globalReads = new Map<number, Read>();
  const localReads = new Map<number, Map<number, Read>>();
  const reads: GlyphRead[] = [];
  try {
    for (const gid of glyphs) {
      let glyph = known.get(gid);
      if (glyph === undefined) {
        try {
          glyph = readGlyph(cff, gid, bytes);
        } catch (error) {
          if (!(error instanceof Unexpected)) throw error;
          glyph = null;
        }
        known.set(gid, glyph);
      }
      if (glyph === null) return undefined;
      reads.push(glyph);
      for (const [index, read] of glyph.globals) note(globalReads, index, read);
      let locals = localReads.get(glyph.fd ?? -1);
      if (!locals) localReads.set(glyph.fd ?? -1, (locals = new Map()));
      for (const [index, read] of glyph.locals) note(locals, index, read);
    }
  } catch (error) {
    if (error instanceof Unexpected) return undefined;
    throw error;
  }

  // New numbers: the used subroutines in their old order.
  const renumber = (used: Iterable<number>) => new Map([...used].sort((a, b) => a - b).map((old, i) => [old, i]));
  const globalNumbers = renumber(globalReads.keys());
  const localNumbers = new Map([...localReads].map(([fd, reads]) => [fd, renumber(reads.keys())]));
  const rewrite = (body: Slice, calls: readonly Call[], fd: number): Uint8Array => {
    if (calls.length === 0) return bytes.slice(body.offset, body.offset + body.length);
    const operands = calls.map((call) => {
      const numbers = call.global ? globalNumbers : localNumbers.get(fd)!;
      return encodeInteger(numbers.get(call.index)! - subrBias(numbers.size));
    });
    const length = calls.reduce((n, call, i) => n - (call.end - call.start) + operands[i]!.length, body.length);
    const out = new Uint8Array(length);
    let from = body.offset;
    let to = 0;
    calls.forEach((call, i) => {
      out.set(bytes.subarray(from, call.start), to);
      to += call.start - from;
      out.set(operands[i]!, to);
      to += operands[i]!.length;
      from = call.end;
    });
    out.set(bytes.subarray(from, body.offset + body.length), to);
    return out;
  };
  const charstrings = glyphs.map((gid, i) => rewrite(cff.topDict.CharStrings[gid]!, reads[i]!.calls, reads[i]!.fd ?? -1));
  const globals = [...globalNumbers.keys()].map((old) =>
    rewrite(gsubrs[old]!, globalReads.get(old)!.calls, globalReads.get(old)!.fd ?? -1),
  );
  const localSubrs = new Map<number, Uint8Array[]>();
  for (const [fd, numbers] of localNumbers) {
    if (fd < 0) continue;
    const locals = cff.topDict.FDArray[fd]?.Private?.Subrs ?? [];
    const fdReads = localReads.get(fd)!;
    localSubrs.set(
      fd,
      [...numbers.keys()].map((old) => rewrite(locals[old]!, fdReads.get(old)!.calls, fd)),
    );
  }
  return { charstrings, gsubrs: globals, localSubrs };
}
