/**
 * A separate process for the store's multi-process tests (run with `node --import tsx`):
 *   save <db> <label> <count>   opens the store, prints {"ready": true}, waits for a line on stdin,
 *                               then saves <count> experiments, printing each committed id
 *   open <db>                   opens the store and prints {"ok": true} or {"error": {...}}
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { isBacktestPilotError } from '../../tools/errors.js';
import { experimentInput } from './fixtures.js';

const [command, database, label, count] = process.argv.slice(2);

function report(body: unknown): void {
  process.stdout.write(`${JSON.stringify(body)}\n`);
}

try {
  const store = openExperimentStore(database!);
  if (command === 'save') {
    // The test starts every process's saves at once, after all have opened the file.
    report({ ready: true });
    const input = createInterface({ input: process.stdin });
    await once(input, 'line');
    input.close();
    for (let index = 0; index < Number(count); index++) {
      const { id } = saveExperiment(store, experimentInput([{ symbol: 'BTC' }, { symbol: 'ETH' }], { userQuery: `${label} ${index}` }));
      report({ id });
    }
  } else {
    report({ ok: true });
  }
  store.close();
} catch (error) {
  if (!isBacktestPilotError(error)) throw error;
  report({ error: error.toJSON() });
  process.exitCode = 1;
}
