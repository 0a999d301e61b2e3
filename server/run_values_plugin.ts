/**
 * Forgets a run's bulky values (results, trials, report document; see run_values.ts) once it has
 * answered: they were saved in the experiment store and the artifact service by then.
 */
import { BasePlugin, type InvocationContext } from '@google/adk';
import { forgetRunValues } from '../agents/tools/run_values.js';

export class RunValuesPlugin extends BasePlugin {
  constructor() {
    super('btp_run_values');
  }

  override async afterRunCallback({ invocationContext }: { invocationContext: InvocationContext }): Promise<void> {
    forgetRunValues(invocationContext.invocationId);
  }
}
