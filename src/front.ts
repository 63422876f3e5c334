/**
 * Entry of the small bundle scripts/run.mjs builds beside the program (dist/front.cjs): what a
 * command can answer before the program loads (see cli/up-to-date.ts).
 */
export { answerIfUpToDate } from './cli/up-to-date.js';
