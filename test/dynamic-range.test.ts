import { strict as assert } from 'assert';
import { rng } from '../src/engine/builder/model-builder';
import { dynamicRange, FEW_STEPS } from '../src/engine/compare/evidence/dynamic-range';

/** The definition: the grid of min(0, x)..max(0, x) in 255 steps, and the 90th percentile of |x| by a full sort. */
function byDefinition(x: Float32Array): { scale: number; fewStepsShare: number; outlierRatio: number } {
  const lo = Math.min(0, ...x);
  const hi = Math.max(0, ...x);
  const scale = (hi - lo) / 255;
  const mags = Array.from(x, Math.abs).filter((m) => m !== 0);
  const few = mags.filter((m) => Math.round(m / scale) <= FEW_STEPS).length;
  const sorted = Float32Array.from(mags).sort();
  const p90 = sorted[Math.min(mags.length - 1, Math.floor(0.9 * mags.length))];
  return { scale, fewStepsShare: few / mags.length, outlierRatio: p90 > 0 ? Math.max(hi, -lo) / p90 : Infinity };
}

describe('compare: the range a dynamic quantization computes (outliers against the bulk)', () => {
  it('gives the 90th percentile exactly, as a full sort does, on bulk-and-outlier, tiny, equal and signed values', () => {
    const r = rng(12);
    const cases: Array<[string, Float32Array]> = [
      ['an outlier channel of 64', Float32Array.from({ length: 64 * 50 }, (_, i) => (i % 64 === 5 ? 40 : 1) * (r() - 0.4))],
      ['mostly zeros', Float32Array.from({ length: 3000 }, () => (r() < 0.8 ? 0 : r() * 3))],
      ['values below 2^-24 beside normal ones', Float32Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 1e-9 * (1 + r()) : r() - 0.5))],
      ['all equal', new Float32Array(1000).fill(0.25)],
      ['negative only, huge ones too', Float32Array.from({ length: 1500 }, (_, i) => -(i % 100 === 0 ? 3e30 : r() * 10))],
      ['a single non-zero value', Float32Array.from([0, 0, -0, 2.5, 0])],
      // Thousands of values in each bin of the magnitudes' high bits: the 90th percentile is selected within one.
      ['a large tensor whose bulk shares a few bins', Float32Array.from({ length: 60000 }, (_, i) => (i % 997 === 0 ? 50 : 1 + r() / 64) * (i % 2 ? 1 : -1))],
    ];
    for (const [name, x] of cases) {
      const got = dynamicRange('t', x)!;
      const want = byDefinition(x);
      assert.equal(got.scale, want.scale, name);
      assert.equal(got.fewStepsShare, want.fewStepsShare, name);
      assert.equal(got.outlierRatio, want.outlierRatio, name);
    }
    assert.equal(dynamicRange('t', new Float32Array(10)), null, 'all zeros: no grid');
  });
});
