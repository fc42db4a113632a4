import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** V8's collector entry point as `--expose-gc` installs it: `{ type: 'minor' }` runs a scavenge. */
export type GarbageCollector = (options?: { type: 'minor' }) => void;

/**
 * V8's `gc` function, obtained at runtime rather than by a start flag, so every way of starting the
 * API (npm scripts, the image, compose, the demo through ts-node, jest) gets it without one more
 * flag to keep in step. The flag is set only for as long as it takes to create one context that
 * carries `gc`, then unset: no other code sees a global `gc`. A process started with
 * `--expose-gc` already has one, which is used as it is. Returns null when the runtime refuses
 * (another engine, a flag V8 no longer knows): the caller then does without.
 */
export function obtainGarbageCollector(): GarbageCollector | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as GarbageCollector;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    if (typeof gc !== 'function') return null;
    // One scavenge now, so an engine whose gc rejects the options fails here and not mid-transfer.
    (gc as GarbageCollector)({ type: 'minor' });
    return gc as GarbageCollector;
  } catch {
    return null;
  }
}
