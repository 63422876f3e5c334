/**
 * Entry of the small bundle scripts/run.mjs builds beside the program (dist/front.cjs): what a
 * command can answer before the program loads (see cli/before-loading.ts).
 */
export { answerBeforeLoading } from './cli/before-loading.js';
