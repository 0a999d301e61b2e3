import { describe, expect, it } from 'vitest';
import { RunAdmission } from './run_admission.js';

describe('RunAdmission', () => {
  it('starts up to maxConcurrent at once, queues first in first out, and refuses past the queue at once', async () => {
    const admission = new RunAdmission({ maxConcurrent: 2, maxQueued: 2, maxWaitMs: 10_000 });
    const first = await admission.admit();
    const second = await admission.admit();
    const order: number[] = [];
    const third = admission.admit().then((release) => { order.push(3); return release; });
    const fourth = admission.admit().then((release) => { order.push(4); return release; });
    const started = performance.now();
    await expect(admission.admit()).rejects.toMatchObject({ code: 'overloaded' });
    expect(performance.now() - started).toBeLessThan(100);
    expect([admission.active, admission.queued]).toEqual([2, 2]);
    first();
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
    expect([admission.active, admission.queued]).toEqual([0, 0]);
  });

  it('refuses a queued run that could not start before its deadline with queue_timeout, and frees its place', async () => {
    const admission = new RunAdmission({ maxConcurrent: 1, maxQueued: 5, maxWaitMs: 50 });
    const holder = await admission.admit();
    await expect(admission.admit()).rejects.toMatchObject({ code: 'queue_timeout' });
    expect(admission.queued).toBe(0);
    holder();
    const next = await admission.admit();
    next();
    next();
    expect(admission.active).toBe(0);
  });

  it('reserves synchronously: refused in the same tick when full; a place given back leaves the queue or frees the slot', async () => {
    const admission = new RunAdmission({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const running = admission.reserve();
    const waiting = admission.reserve();
    const refused = admission.reserve();
    expect(refused).toMatchObject({ code: 'overloaded' });
    if (!('ready' in running) || !('ready' in waiting)) throw new Error('expected two places');
    expect([admission.active, admission.queued]).toEqual([1, 1]);
    waiting.cancel();
    expect([admission.active, admission.queued]).toEqual([1, 0]);
    const next = admission.reserve();
    running.cancel();
    running.cancel();
    if (!('ready' in next)) throw new Error('expected a place');
    await next.ready;
    expect([admission.active, admission.queued]).toEqual([1, 0]);
    next.cancel();
    expect(admission.active).toBe(0);
  });

  it('says whether a run would be refused without taking a place', () => {
    const admission = new RunAdmission({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 10_000 });
    expect(admission.refusal()).toBeUndefined();
    admission.reserve();
    expect(admission.refusal()).toBeUndefined();
    admission.reserve();
    expect(admission.refusal()).toMatchObject({ code: 'overloaded', message: 'the server is running 1 requests and 1 more are waiting; try again shortly' });
    expect([admission.active, admission.queued]).toEqual([1, 1]);
  });
});
