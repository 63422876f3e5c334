/**
 * pdfkit turns every operator it writes into a stream (a line such as `1 0 0 1 72 700 Tm`) into a
 * Uint8Array of its own, then joins them all when the stream ends: a brief writes tens of thousands
 * of such lines, and the small arrays were a tenth of pdfkit's time in a profile of 20 editions,
 * plus the garbage. This keeps a stream's text lines as strings until something else is written
 * or the stream ends, then converts them at once: the same bytes (each character's low byte, as
 * pdfkit does), in the same order.
 */

interface PdfReferenceLike {
  write(chunk: unknown): unknown;
  finalize(): unknown;
}

type Pending = PdfReferenceLike & { pendingLines?: string[] };

const patched = new WeakSet<object>();

/** Patches the prototype of pdfkit's object references (`doc._root` is one) once per process. */
export function batchStreamWrites(doc: object): void {
  const root = (doc as { _root?: object })._root;
  const proto = root ? (Object.getPrototypeOf(root) as PdfReferenceLike | null) : null;
  if (!proto || typeof proto.write !== 'function' || typeof proto.finalize !== 'function' || patched.has(proto)) return;
  patched.add(proto);
  const write = proto.write;
  const finalize = proto.finalize;
  const flush = (ref: Pending) => {
    const lines = ref.pendingLines;
    if (!lines || lines.length === 0) return;
    ref.pendingLines = [];
    // pdfkit writes each string line followed by a newline, one byte per character.
    write.call(ref, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  };
  proto.write = function (this: Pending, chunk: unknown) {
    if (typeof chunk !== 'string') {
      flush(this);
      return write.call(this, chunk);
    }
    (this.pendingLines ??= []).push(chunk);
    return undefined;
  };
  proto.finalize = function (this: Pending) {
    flush(this);
    return finalize.call(this);
  };
}
