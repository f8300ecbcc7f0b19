import * as assert from 'assert';
import { roundHalfEven, roundHalfUp } from '../src/engine/compare/normalize/rounding';

/** Ties to even, the plain way (the oracle): floor, then the fraction decides. */
function halfEvenOracle(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
}

/** The values where rounding goes wrong: ties, next to ties, at and past 2^51 and 2^52, subnormals, infinities. */
function hardValues(): number[] {
  const out = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001,
    -0.5000000000000001, 2 ** 51 - 0.5, 2 ** 51 + 0.5, -(2 ** 51) - 0.5, 2 ** 52 - 0.5, 2 ** 52 + 1, -(2 ** 52) - 1, 2 ** 60,
    1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, Infinity, -Infinity, NaN];
  let seed = 7;
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  for (let i = 0; i < 20000; i++) {
    const x = (next() - 0.5) * 10 ** (next() * 12 - 4);
    out.push(x, Math.floor(x) + 0.5, -Math.floor(x) - 0.5, Math.fround(x), x * 2 ** -1060);
  }
  return out;
}

/** Equal as numbers, NaN equal to NaN (a zero's sign is not asked for). */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('rounding without a branch on the fraction', () => {
  it('roundHalfEven equals ties-to-even on ties, near-ties, huge, subnormal and non-finite values', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6].map(roundHalfEven), [0, 2, 2, -0, -2, -2, 2, -3]);
    const wrong = hardValues().filter((x) => !same(roundHalfEven(x), halfEvenOracle(x)));
    assert.deepEqual(wrong, []);
  });

  it('roundHalfUp equals Math.round on the same values', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6].map(roundHalfUp), [1, 2, 3, 0, -1, -2, 2, -3]);
    const wrong = hardValues().filter((x) => !same(roundHalfUp(x), Math.round(x)));
    assert.deepEqual(wrong, []);
  });
});
