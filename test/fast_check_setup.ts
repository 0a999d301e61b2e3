import fc from 'fast-check';

// FC_NUM_RUNS=2000 npx vitest run … searches harder than the default 100 runs per property (a
// property's own numRuns still wins); FC_SEED replays a failure CI reported.
function integerFromEnvironment(name: string, minimum: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number of at least ${minimum}, got "${raw}"`);
  return value;
}

const numRuns = integerFromEnvironment('FC_NUM_RUNS', 1);
const seed = integerFromEnvironment('FC_SEED', -(2 ** 31));
fc.configureGlobal({ ...(numRuns === undefined ? {} : { numRuns }), ...(seed === undefined ? {} : { seed }) });
