/**
 * Cases per property: `fallback` in `npm test`, or KITH_FUZZ_RUNS (`npm run fuzz` sets 10,000)
 * when that is more.
 */
export function fuzzRuns(fallback: number): number {
  return Math.max(fallback, Number(process.env.KITH_FUZZ_RUNS ?? "") || 0);
}
