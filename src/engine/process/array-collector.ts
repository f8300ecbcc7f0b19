/** The collector's own entry point, present when the process runs with --expose-gc (engine-client starts it so). */
export type CollectGarbage = (options: { type: 'minor' | 'major' }) => void;

/**
 * Returns a check, run after each engine call, that asks V8 for a young-generation collection once the process's array
 * memory has grown by `growth` bytes since the last one. A call's feeds and the runtime's outputs are arrays that die
 * with the call, but V8 counts array memory towards a collection only after it has grown by about 64 MiB, so over a
 * set each engine held tens of MiB of dead arrays (a small convnet over 200 inputs: 125-133 MiB per engine against
 * 99-111 at 10 inputs). A young collection frees what died young, which these arrays do, in about a millisecond.
 */
export function arrayCollector(gc: CollectGarbage | undefined, growth: number, arrayBytes = () => process.memoryUsage().arrayBuffers): () => void {
  let base = arrayBytes();
  return () => {
    if (!gc) return;
    const now = arrayBytes();
    // Memory freed since is the new base: growth counts from the lowest point.
    if (now - base < growth) {
      base = Math.min(base, now);
      return;
    }
    gc({ type: 'minor' });
    base = arrayBytes();
  };
}
