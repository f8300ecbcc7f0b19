import * as assert from 'assert';
import { BINS_PER_OCTAVE, LOG_BINS, logBin, MIN_EXP, OCTAVES, SLOTS, slotOfBits } from '../src/engine/compare/over-set/log-bins';
import { rng } from '../src/engine/builder/model-builder';
import { RangeFold } from '../src/engine/compare/over-set/range-fold';

const bits = new Uint32Array(1);
const value = new Float32Array(bits.buffer);
const fromBits = (b: number) => ((bits[0] = b), value[0]);
/** The slot by its definition: zeros (and NaN) last, else the log2 bin on the value's side (negative first). */
const slotOf = (v: number) => (!(Math.abs(v) >= 2 ** MIN_EXP) ? SLOTS - 1 : (v > 0 ? LOG_BINS : 0) + logBin(Math.abs(v)));
const slotOfValue = (v: number) => ((value[0] = v), slotOfBits(bits[0]));

describe('log bins of a set\'s ranges', () => {
  it('reads the bin from a float32\'s bits exactly as log2 defines it, at every bin edge of every octave', () => {
    let checked = 0;
    for (let e = MIN_EXP; e < MIN_EXP + OCTAVES + 2; e++) {
      for (let j = 0; j <= BINS_PER_OCTAVE; j++) {
        // The float32 nearest the edge 2^(e + j/32), and its neighbours on both sides.
        value[0] = 2 ** (e + j / BINS_PER_OCTAVE);
        const at = bits[0];
        for (let d = -3; d <= 3; d++) {
          const a = fromBits(at + d);
          assert.strictEqual(slotOfBits(at + d), slotOf(a), `slot of ${a}`);
          assert.strictEqual(slotOfValue(-a), slotOf(-a), `slot of ${-a}`);
          checked++;
        }
      }
    }
    assert.ok(checked > OCTAVES * BINS_PER_OCTAVE * 6);
  });

  it('agrees with log2 on random values and puts the infinite and the huge in the last bin, the tiny and NaN with the zeros', () => {
    const r = rng(3);
    for (let i = 0; i < 200000; i++) {
      value[0] = (r() < 0.5 ? -1 : 1) * 2 ** (MIN_EXP + r() * (OCTAVES + 4));
      assert.strictEqual(slotOfBits(bits[0]), slotOf(value[0]), `slot of ${value[0]}`);
    }
    assert.strictEqual(slotOfValue(Infinity), 2 * LOG_BINS - 1);
    assert.strictEqual(slotOfValue(-3e38), LOG_BINS - 1);
    assert.strictEqual(slotOfValue(-Infinity), LOG_BINS - 1);
    for (const zero of [0, -0, NaN, -NaN, 1e-40, -1e-40, 2 ** (MIN_EXP - 1), 5.9e-8]) assert.strictEqual(slotOfValue(zero), SLOTS - 1, `slot of ${zero}`);
    assert.strictEqual(slotOfValue(2 ** MIN_EXP), LOG_BINS);
    assert.strictEqual(slotOfValue(-(2 ** MIN_EXP)), 0);
  });

  it('folds merged from several jobs (through a structured clone, as worker threads send them) equal one fold over every value', () => {
    const r = rng(11);
    const chunks = Array.from({ length: 5 }, (_, k) => Float32Array.from({ length: 1000 + k }, () => (r() - 0.3) * 10 ** (4 * r() - 2)));
    const quant = { scale: [0.05], zeroPoint: [10], dtype: 'uint8' } as never;
    const one = new RangeFold();
    for (const c of chunks) one.add(c, quant);
    const [a, b] = [new RangeFold(), new RangeFold()];
    chunks.forEach((c, k) => (k % 2 ? b : a).add(c, quant));
    const merged = new RangeFold();
    merged.merge(structuredClone(b.state()));
    merged.merge(structuredClone(a.state()));
    assert.deepStrictEqual(merged.state(), one.state());
    assert.deepStrictEqual(merged.clipRange(), one.clipRange());
  });
});
