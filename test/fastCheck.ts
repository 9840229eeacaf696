/**
 * Every fast-check property runs from one seed, so a run can be repeated exactly: a fixed one by
 * default (`npm test` gives the same cases on every machine and never fails at random), `FC_SEED=<n>`
 * to repeat a run — fast-check's failure message names its seed — and `FC_SEED=random` to explore
 * new cases, printing the seed it drew.
 */
import fc from 'fast-check';

const FIXED_SEED = 20261202;

function seedOf(setting: string | undefined): number {
  if (!setting) return FIXED_SEED;
  if (setting === 'random') {
    const drawn = (Math.random() * 2 ** 32) | 0;
    console.log(`fast-check seed ${drawn}: repeat with FC_SEED=${drawn}`);
    return drawn;
  }
  const seed = Number(setting);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be a whole number or "random", not "${setting}"`);
  return seed;
}

fc.configureGlobal({ seed: seedOf(process.env.FC_SEED) });
