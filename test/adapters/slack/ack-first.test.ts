import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createAckFirst } from '../../../adapters/slack/ack-first.js';

/** Calls `arrived` once per turn of the event loop, as a burst of requests read over several polls would. */
function keepArriving(arrived: () => void): () => void {
  let going = true;
  const tick = () => {
    if (!going) return;
    arrived();
    setImmediate(tick);
  };
  tick();
  return () => {
    going = false;
  };
}

function watch(promise: Promise<void>): { done: boolean } {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
}

describe('createAckFirst', () => {
  it('releases the work after an ack once a turn of the event loop brings no new command', async () => {
    const acks = createAckFirst({ maxWaitMs: 10_000 });
    acks.arrived();

    const released = acks.afterAcks();

    await expect(released).resolves.toBeUndefined();
  });

  it('holds the work while commands keep arriving, and releases it when they stop', async () => {
    const acks = createAckFirst({ maxWaitMs: 10_000 });
    const stop = keepArriving(acks.arrived);
    const waiter = watch(acks.afterAcks());

    for (let turn = 0; turn < 50; turn += 1) await nextTurn();
    const heldWhileArriving = !waiter.done;
    stop();
    for (let turn = 0; turn < 5 && !waiter.done; turn += 1) await nextTurn();

    expect(heldWhileArriving).toBe(true);
    expect(waiter.done).toBe(true);
  });

  it('releases the work after maxWaitMs under a steady stream of commands', async () => {
    const acks = createAckFirst({ maxWaitMs: 20 });
    const stop = keepArriving(acks.arrived);
    const started = performance.now();

    await acks.afterAcks();
    const waited = performance.now() - started;
    stop();

    expect(waited).toBeGreaterThanOrEqual(19);
    expect(waited).toBeLessThan(1_000);
  });

  it('releases one piece of work per turn, so a command arriving between two is acknowledged first', async () => {
    const acks = createAckFirst({ maxWaitMs: 10_000 });
    const first = watch(acks.afterAcks());
    const second = watch(acks.afterAcks());

    while (!first.done) await nextTurn();
    const secondWithFirst = second.done;
    acks.arrived();
    await nextTurn();
    const secondRightAfterCommand = second.done;
    for (let turn = 0; turn < 5 && !second.done; turn += 1) await nextTurn();

    expect(secondWithFirst).toBe(false);
    expect(secondRightAfterCommand).toBe(false);
    expect(second.done).toBe(true);
  });
});
