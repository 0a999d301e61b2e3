import fc from 'fast-check';

// FC_NUM_RUNS=2000 npx vitest run … searches harder than the default 100 runs per property (a
// property's own numRuns still wins); FC_SEED replays a failure CI reported.
const numRuns = Number(process.env.FC_NUM_RUNS);
const seed = Number(process.env.FC_SEED);
fc.configureGlobal({
  ...(Number.isInteger(numRuns) && numRuns > 0 ? { numRuns } : {}),
  ...(Number.isInteger(seed) ? { seed } : {}),
});
