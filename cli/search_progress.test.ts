import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSearchProgress } from './search_progress.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

describe('the search progress bar', () => {
  it('counts trials over the iterations against the budget, with the method and the best score', () => {
    const output = capture();
    const progress = createSearchProgress(100, { enabled: true, stream: output.stream, showAfterMs: 0 });
    progress.onProgress({ iteration: 1, method: 'random', evaluated: 20, budget: 20, best_score: 0.5 });
    progress.onProgress({ iteration: 2, method: 'bayes', evaluated: 16, budget: 20, best_score: 0.75 });
    progress.stop();
    expect(output.text()).toContain('Optimising [');
    expect(output.text()).toContain('36/100 trials · iteration 2 (bayes) · best score 0.750');
  });

  it('starts a bar per walk-forward fold', () => {
    const output = capture();
    const progress = createSearchProgress(10, { enabled: true, stream: output.stream, showAfterMs: 0 });
    progress.onProgress({ fold: 1, iteration: 1, method: 'grid', evaluated: 10, budget: 10, best_score: null });
    progress.onProgress({ fold: 2, iteration: 1, method: 'grid', evaluated: 4, budget: 10, best_score: 1 });
    progress.stop();
    expect(output.text()).toContain('Walk-forward fold 1 [');
    expect(output.text()).toContain('Walk-forward fold 2 [');
    expect(output.text()).toContain('4/10 trials');
  });

  it('draws nothing when turned off or for a search that ends quickly', () => {
    const off = capture();
    const quiet = createSearchProgress(10, { enabled: false, stream: off.stream, showAfterMs: 0 });
    quiet.onProgress({ iteration: 1, method: 'grid', evaluated: 5, budget: 10, best_score: 1 });
    const quick = createSearchProgress(10, { enabled: true, stream: off.stream, showAfterMs: 60_000 });
    quick.onProgress({ iteration: 1, method: 'grid', evaluated: 5, budget: 10, best_score: 1 });
    expect(off.text()).toBe('');
  });
});
