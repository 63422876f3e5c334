/**
 * Terminal output: colour when the stream is a terminal that has colours, overridden by the
 * NO_COLOR (https://no-color.org) and FORCE_COLOR conventions; a progress bar on a terminal only.
 */
export interface OutputStream {
  readonly isTTY?: boolean;
  hasColors?(): boolean;
}

/** FORCE_COLOR (not "0" / "false") forces colour; NO_COLOR (non-empty) turns it off; else a colour terminal. Empty values count as unset. */
export function colourEnabled(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR || undefined; // empty means unset, as for NO_COLOR
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (force !== undefined) return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

const codes = { red: [31, 39], yellow: [33, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] } as const;
export type Colour = keyof typeof codes;

export function painter(enabled: boolean): (colour: Colour, text: string) => string {
  return (colour, text) => (enabled ? `\u001b[${codes[colour][0]}m${text}\u001b[${codes[colour][1]}m` : text);
}

/** `[#####-----] 3/10` — one line, redrawn in place on a terminal. */
export function progressBar(done: number, total: number, width = 24): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}
