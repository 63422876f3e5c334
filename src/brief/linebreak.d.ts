/** The `linebreak` package (UAX #14), which ships no types. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: `position` is an offset in UTF-16 code units. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
