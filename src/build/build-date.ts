import { oneLine } from '../diagnostics/escape.js';
import { InputError } from '../diagnostics/input-error.js';

/**
 * SOURCE_DATE_EPOCH as set (unset or empty: none). Anything but a whole number of seconds is an
 * input error naming it (as reproducible-builds.org asks): " 1700000000", "-1", "1.5e9" or "0x10"
 * were taken for unset, so the build was dated with the clock, and a later build with the same
 * value said "Up to date", without a word.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch))
    throw new InputError(
      `SOURCE_DATE_EPOCH is "${oneLine(epoch)}", which is not a whole number of seconds since 1970-01-01. ` +
        "Set it to a time in seconds, such as the last commit's (git log -1 --format=%ct), or unset it.",
    );
  return epoch;
}
