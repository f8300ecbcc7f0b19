import * as assert from 'assert';
import { BINS_PER_OCTAVE, LOG_BINS, logBin, logBinOfBits, MIN_EXP, OCTAVES } from '../src/engine/compare/over-set/log-bins';
import { rng } from '../src/engine/builder/model-builder';

const bits = new Uint32Array(1);
const value = new Float32Array(bits.buffer);
const fromBits = (b: number) => ((bits[0] = b), value[0]);

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
          if (!(a >= 2 ** MIN_EXP)) continue;
          assert.strictEqual(logBinOfBits(at + d), logBin(a), `bin of ${a}`);
          checked++;
        }
      }
    }
    assert.ok(checked > OCTAVES * BINS_PER_OCTAVE * 6);
  });

  it('agrees with log2 on random values and puts the infinite and the huge in the last bin', () => {
    const r = rng(3);
    for (let i = 0; i < 200000; i++) {
      value[0] = (r() < 0.5 ? -1 : 1) * 2 ** (MIN_EXP + r() * (OCTAVES + 4));
      const a = Math.abs(value[0]);
      assert.strictEqual(logBinOfBits(bits[0]), logBin(a), `bin of ${value[0]}`);
    }
    value[0] = Infinity;
    assert.strictEqual(logBinOfBits(bits[0]), LOG_BINS - 1);
    value[0] = -3e38;
    assert.strictEqual(logBinOfBits(bits[0]), LOG_BINS - 1);
  });
});
