import { describe, expect, it } from 'vitest';
import { SimulationWorkspace } from './simulation_workspace.js';

describe('SimulationWorkspace', () => {
  it('hands out arrays of exactly the requested length', () => {
    const workspace = new SimulationWorkspace();
    for (const bars of [5, 3, 8, 0, 8]) {
      const { equity, position } = workspace.outputs(bars);
      expect(equity.length).toBe(bars);
      expect(position.length).toBe(bars);
    }
  });

  it('reuses one buffer while the runs fit in it, and grows it when a run is longer', () => {
    const workspace = new SimulationWorkspace();
    const first = workspace.outputs(10);
    const shorter = workspace.outputs(4);
    expect(shorter.equity.buffer).toBe(first.equity.buffer);
    expect(shorter.position.buffer).toBe(first.position.buffer);
    const longer = workspace.outputs(11);
    expect(longer.equity.buffer).not.toBe(first.equity.buffer);
    expect(workspace.outputs(11).equity).toBe(longer.equity);
  });
});
