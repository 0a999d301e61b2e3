import { Session } from 'node:inspector/promises';
import { setTimeout as delay } from 'node:timers/promises';

interface SamplingNode {
  callFrame: { url: string };
  selfSize: number;
  children: SamplingNode[];
}

function sumSelfSize(node: SamplingNode, include: (url: string) => boolean): number {
  let total = include(node.callFrame.url) ? node.selfSize : 0;
  for (const child of node.children) total += sumSelfSize(child, include);
  return total;
}

async function sampleOnce(session: Session, run: () => void, include: (url: string) => boolean): Promise<number> {
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  run();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  return sumSelfSize(profile.head as SamplingNode, include);
}

/**
 * Bytes of JS heap that `run` allocates in code whose source URL passes `include`, in steady
 * state, measured with V8's sampling heap profiler (one sample per ~256 bytes, objects already
 * collected included). Typed array buffers live outside the JS heap, so code that only fills
 * preallocated Float64Arrays shows a few hundred bytes however many bars it reads, while one
 * object or array per bar shows at least 16 bytes per bar in every run.
 *
 * Steady state = the least of up to `attempts` runs, stopping once one is below `enough`: V8
 * optimises on a background thread, and until it has, interpreted code boxes intermediate
 * doubles, which is V8's doing, not the measured code's (under a loaded CPU that can take a while).
 */
export async function measureSteadyStateAllocation(
  run: () => void,
  include: (url: string) => boolean,
  enough: number,
  attempts = 8,
): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    let fewest = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < attempts && fewest >= enough; attempt++) {
      run();
      await delay(10 * attempt);
      fewest = Math.min(fewest, await sampleOnce(session, run, include));
    }
    return fewest;
  } finally {
    session.disconnect();
  }
}
