import * as assert from 'assert';
import { calibrationFit } from '../src/engine/compare/over-set/calibration-fit';
import type { SetCulprit, SetRange } from '../src/engine/compare/over-set/set-report';

const culprit = (node: string, kind: SetCulprit['kind'], holdsOn: number): SetCulprit =>
  ({ node, tensor: `${node}:out`, unit: node, score: 10, localSqnrDb: 5, kind, explanation: '', fix: '', holdsOn, of: 10, worstInput: null }) as SetCulprit;
const range = (quantized: boolean): SetRange => ({
  tensor: 't', node: 'n', observed: { min: 0, max: 1 }, clippedFraction: 0, clip01pct: null, suggestedScale: null,
  quant: quantized ? { min: 0, max: 1, scale: 1 / 255, zeroPoint: 0, qmin: 0, qmax: 255 } : null,
});
const ranges = (quantized: number, float = 0) => [...Array.from({ length: quantized }, () => range(true)), ...Array.from({ length: float }, () => range(false))];

describe('calibration fit over a set', () => {
  it('is no finding for fewer than three clipping layers, however small the model', () => {
    assert.strictEqual(calibrationFit([culprit('a', 'clipping', 9), culprit('b', 'clipping', 9)], ranges(4), 10), null);
  });

  it('is no finding when the clipping layers are under a quarter of the quantized activations (float tensors do not count)', () => {
    const three = [culprit('a', 'clipping', 9), culprit('b', 'clipping', 9), culprit('c', 'clipping', 9)];
    assert.strictEqual(calibrationFit(three, ranges(13, 40), 10), null);
    assert.ok(calibrationFit(three, ranges(12, 40), 10));
  });

  it('counts clipping culprits only, and gives the median of the inputs they hold on', () => {
    const cs = [culprit('a', 'clipping', 2), culprit('b', 'weights', 10), culprit('c', 'clipping', 7), culprit('d', 'clipping', 9), culprit('e', 'clipping', 10)];
    const cal = calibrationFit(cs, ranges(8), 10)!;
    assert.strictEqual(cal.clippingLayers, 4);
    assert.strictEqual(cal.quantizedActivations, 8);
    assert.strictEqual(cal.medianHoldsOn, 7);
    assert.strictEqual(cal.of, 10);
    assert.match(cal.explanation, /^4 of the 8 quantized activations compared clip/);
    assert.match(cal.fix, /recalibrate/);
  });
});
