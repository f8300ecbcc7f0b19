import { strict as assert } from 'assert';
import { fp16Values, Fp16Range, toHalf, FP16_MAX, FP16_MIN_NORMAL, FP16_TINY } from '../src/engine/compare/evidence/fp16-range';
import { explainFp16 } from '../src/engine/compare/culprits/explain-fp16';
import { fp16RangeFindings } from '../src/engine/compare/report/fp16-findings';
import type { UnitFacts } from '../src/engine/compare/culprits/facts';
import { randomValues, rng } from '../src/engine/builder/model-builder';

/** A float16 layer with nothing wrong: finite normal weights, values within float16's normal range. */
function range(o: Partial<Fp16Range> = {}): Fp16Range {
  return { side: 'model', weights: 100, infWeights: 0, subnormalWeights: 0, flushedWeights: null, weightDb: null, nonFinite: 0, inputsOverflow: false, values: fp16Values([0.5, -1, 2], [0.5, -1, 2]), ...o };
}

function facts(node: string, fp16: Fp16Range): UnitFacts {
  return {
    node, tensor: `${node}_out`, unit: `/${node}`, sqnrDb: 70, inputSqnrDb: 200, localSqnrDb: 70, inputQuantDb: null, quant: null, clippedFraction: null,
    clipDb: null, coverScale: null, levelsUsed: null, weights: null, saturation: null, lanes: null, dtype: null, layout: null, fp16,
  };
}

describe('fp16 range evidence', () => {
  it('rounds to float16 as the format does: inf past 65504, subnormal steps of 2^-24 below 2^-14, 0 below 2^-25', () => {
    assert.equal(toHalf(FP16_MAX), FP16_MAX);
    assert.equal(toHalf(65520), Infinity);
    assert.equal(toHalf(FP16_MIN_NORMAL), FP16_MIN_NORMAL);
    assert.equal(toHalf(3.4 * FP16_TINY), 3 * FP16_TINY);
    assert.equal(toHalf(0.4 * FP16_TINY), 0);
    assert.equal(toHalf(-0.6 * FP16_TINY), -FP16_TINY);
  });

  it('measures values past 65504, below the normal range and flushed, on the worse side', () => {
    const normal = randomValues(1000, -3, 3, rng(1));
    const clean = fp16Values(normal, normal);
    assert.deepEqual([clean.nonFinite, clean.overflow, clean.flushed], [0, 0, 0]);
    assert.ok(clean.subnormal < 0.001 && clean.roundDb > 60, JSON.stringify(clean));

    const big = normal.map((x, i) => (i % 10 === 0 ? 1e5 : x));
    const over = fp16Values(normal, big);
    assert.equal(over.overflow, 0.1);
    assert.equal(over.maxAbs, 1e5);

    // Values around 1e-7: every one below the normal range, those under 2^-25 (about 3e-8) become 0.
    const tiny = normal.map((x) => x * 5e-8);
    const small = fp16Values(tiny, normal);
    assert.equal(small.subnormal, 1);
    assert.ok(small.flushed > 0.1 && small.flushed < 0.5, JSON.stringify(small));
    assert.ok(small.roundDb < 30, JSON.stringify(small));

    const inf = fp16Values([1, Infinity, NaN, 2], [1, 2, 3, 4]);
    assert.equal(inf.nonFinite, 0.5);
  });

  it('explains a layer only by what its range did; the reference\'s float16 loss is said to be the reference\'s', () => {
    assert.equal(explainFp16(range(), 'n'), null);
    assert.equal(explainFp16(null, 'n'), null);

    const infWeights = explainFp16(range({ infWeights: 3 }), '/conv1/Conv')!;
    assert.match(infWeights.explanation, /^This layer runs in float16, and 3 of its 100 float16 weights are stored as inf/);
    assert.match(infWeights.fix, /node_block_list=\['\/conv1\/Conv'\]/);

    const over = range({ values: fp16Values([1e5, 1, 1, 1], [1e5, 1, 1, 1]) });
    assert.match(explainFp16(over, 'n')!.explanation, /25\.0% of its values grow past 65504 \(up to 1\.00e\+5\)/);
    // Values that arrive already past float16's range are the producer's.
    assert.equal(explainFp16({ ...over, inputsOverflow: true }, 'n'), null);

    const flushed = explainFp16(range({ side: 'reference', subnormalWeights: 80, flushedWeights: 20, weightDb: 12 }), 'n')!;
    assert.match(flushed.explanation, /^The reference runs this layer in float16, and 80 of its 100 float16 weights are below 6\.1e-5.*\(20 of them as 0\): as stored they keep 12\.0 dB/);
    assert.match(flushed.fix, /the reference's, not this model's/);
    // Weights rounding keeps 70 dB: float16's ordinary precision, no evidence.
    assert.equal(explainFp16(range({ subnormalWeights: 1, flushedWeights: 0, weightDb: 70 }), 'n'), null);

    const tiny = randomValues(500, -1, 1, rng(2)).map((x) => x * 1e-7);
    assert.match(explainFp16(range({ values: fp16Values(tiny, tiny) }), 'n')!.explanation, /100\.0% of its non-zero values are below 6\.1e-5/);
  });

  it('reports values past 65504 or below the normal range where no culprit says so, first layer named', () => {
    const over = facts('/a', range({ values: fp16Values([1e5, 1], [1e5, 1]) }));
    const tiny = randomValues(100, 0, 1, rng(3)).map((x) => x * 1e-7);
    const small = facts('/b', range({ values: fp16Values(tiny, tiny) }));
    const clean = facts('/c', range());
    const found = fp16RangeFindings([clean, over, small], []);
    assert.deepEqual(found.map((d) => [d.code, d.node]), [['QL-FP16-OVERFLOW', '/a'], ['QL-FP16-SUBNORMAL', '/b']]);
    assert.match(found[0].message, /\/a: 50\.0% of its values, up to 1\.00e\+5/);
    // A layer reported as an fp16-range culprit is not reported again.
    const culprit = { node: '/a', tensor: '/a_out', unit: '/a', score: 10, localSqnrDb: -200, kind: 'fp16-range' as const, explanation: '', fix: '' };
    assert.deepEqual(fp16RangeFindings([clean, over, small], [culprit]).map((d) => d.code), ['QL-FP16-SUBNORMAL']);
    assert.deepEqual(fp16RangeFindings([clean], []), []);
  });
});
