import { strict as assert } from 'assert';
import { couldBeCulprit, findCulprits, WIDEST_BAR_DB } from '../src/engine/compare/culprits/culprits';
import { explainCulprit } from '../src/engine/compare/culprits/explain';
import type { UnitFacts } from '../src/engine/compare/culprits/facts';
import { kernelFamily } from '../src/engine/targets/kernel-family';

/** The lanes of x64 kernels without VNNI: uint8 x int8 pair sums saturate in int16. */
const family = kernelFamily('x64-avx2');
const avx2 = { family: family.title, rule: family.pairs!, fix: family.fix };

/** A layer that measured well: 40 dB on its own and overall, inputs exact, no evidence of anything. */
function layer(node: string, o: Partial<UnitFacts> = {}): UnitFacts {
  return {
    node, tensor: `${node}_out`, unit: `/${node}`, sqnrDb: 40, inputSqnrDb: 200, localSqnrDb: 40, inputQuantDb: null,
    quant: { scale: 0.1, zeroPoint: 0, qmin: 0, qmax: 255, dtype: 'uint8' }, clippedFraction: 0, clipDb: null,
    coverScale: null, levelsUsed: 200, weights: null, saturation: null, lanes: null, dtype: null,
    layout: null, ...o,
  };
}

const healthy = ['a', 'b', 'c', 'd', 'e'].map((n) => layer(n));

describe('culprits: explanations from evidence', () => {
  it('trusts weight evidence first, then clipping, saturation, dtype, layout, precision', () => {
    const weights = { channels: 16, badChannels: 3, kind: 'zero-point' as const, detail: 'zero points +8' };
    const all: Partial<UnitFacts> = {
      weights, clippedFraction: 0.1, saturation: { pairs: 100, saturated: 5, fraction: 0.05, worstPairSum: 40000, sampled: false }, lanes: avx2,
      dtype: { model: 'float16', reference: 'float32' }, layout: 'NHWC', levelsUsed: 4,
    };
    const kinds: string[] = [];
    let f = layer('x', all);
    for (const drop of ['weights', 'clippedFraction', 'saturation', 'dtype', 'layout', 'levelsUsed'] as const) {
      kinds.push(explainCulprit(f).kind);
      f = { ...f, [drop]: drop === 'clippedFraction' ? 0 : drop === 'levelsUsed' ? 200 : null };
    }
    kinds.push(explainCulprit(f).kind);
    assert.deepEqual(kinds, ['weights', 'clipping', 'saturation', 'dtype', 'layout', 'precision', 'unknown']);
  });

  it('counts a little clipping only when clipping alone explains the local error', () => {
    assert.equal(explainCulprit(layer('x', { clippedFraction: 0.001, clipDb: 30, localSqnrDb: 12 })).kind, 'unknown');
    const e = explainCulprit(layer('x', { clippedFraction: 0.001, clipDb: 13, localSqnrDb: 12, coverScale: 0.4 }));
    assert.equal(e.kind, 'clipping');
    assert.match(e.explanation, /0\.1% of the reference values/);
    assert.match(e.explanation, /uint8 output can hold \(\[0\.000e\+0, 25\.50\] with scale 0\.1000, zero point 0\)/);
    assert.match(e.explanation, /4\.0x/);
    assert.match(e.fix, /--keep-float x/);
  });

  it('explains saturation by the kernel family\'s lanes, and only where the target\'s kernels have them', () => {
    const saturation = { pairs: 1000, saturated: 8, fraction: 0.008, worstPairSum: 41000, sampled: true };
    const e = explainCulprit(layer('x', { saturation, lanes: avx2 }));
    assert.equal(e.kind, 'saturation');
    assert.match(e.explanation, /0\.8% of the pairs \(8 of 1000, sampled; worst 41000\)/);
    assert.ok(e.explanation.includes(`on ${avx2.family} the kernel adds pairs of uint8 x int8 products in int16 and saturates them`), e.explanation);
    assert.match(e.fix, /cpu-int8-precise/);
    assert.equal(explainCulprit(layer('x', { saturation, lanes: null })).kind, 'unknown');
  });
});

describe('culprits: ranking', () => {
  it('finds no culprit in a model whose layers are all alike, however low the threshold is set', () => {
    assert.deepEqual(findCulprits(healthy, 50), []);
  });

  it('blames a layer without evidence only when it stands out from the typical layer', () => {
    const slightly = findCulprits([...healthy, layer('f', { localSqnrDb: 33, sqnrDb: 33 })], 35);
    assert.deepEqual(slightly, []);
    const far = findCulprits([...healthy, layer('f', { localSqnrDb: 12, sqnrDb: 12, inputSqnrDb: 14 })], 20);
    assert.deepEqual(far.map((c) => [c.node, c.kind, c.score]), [['f', 'unknown', 8]]);
  });

  it('lowers the bar for a layer with evidence of a defect, and ranks by how far it falls short', () => {
    const clip = layer('clip', { localSqnrDb: 25, sqnrDb: 25, inputSqnrDb: 27, clippedFraction: 0.05 });
    const worse = layer('worse', { localSqnrDb: 15, sqnrDb: 15, inputSqnrDb: 17, clippedFraction: 0.2 });
    const c = findCulprits([...healthy, clip, worse], 20);
    assert.deepEqual(c.map((x) => [x.node, x.kind, x.score]), [['worse', 'clipping', 15], ['clip', 'clipping', 5]]);
  });

  it('names weights clipped by a trailing observer as the cause of a layer that stands out, without lowering the bar for it', () => {
    // Seen on a PyTorch 1.13 eager-QAT ResNet-18 export: the first conv at 18.8 dB on its own was 'unknown' while a
    // model-wide finding said its float weights reach 65 steps past the int8 grid.
    const clippedWeights = { channels: 64, clipped: 12, worstSteps: 65.2, worstChannel: 34 };
    const far = findCulprits([...healthy, layer('conv1', { localSqnrDb: 12, sqnrDb: 12, inputSqnrDb: 14, clippedWeights })], 20);
    assert.deepEqual(far.map((c) => [c.node, c.kind, c.score]), [['conv1', 'weights', 8]]);
    assert.match(far[0].explanation, /12 of 64 output channels .* clipped \(worst: channel 34, 65\.2 steps beyond\)/);
    assert.ok(!('explainsOnly' in far[0]), 'the flag is the culprit logic\'s, not the report\'s');
    // At 25 dB, with the typical layer at 40, a layer with only this evidence is not blamed (a clipping one would be).
    assert.deepEqual(findCulprits([...healthy, layer('mild', { localSqnrDb: 25, sqnrDb: 25, inputSqnrDb: 200, clippedWeights })], 20), []);
    // Specific evidence still comes first.
    assert.equal(explainCulprit(layer('x', { clippedWeights, clippedFraction: 0.1 })).kind, 'clipping');
  });

  it('does not blame a layer for what its inputs brought: the producer introduced it', () => {
    const inherited = layer('consumer', { localSqnrDb: 15, sqnrDb: 15, inputQuantDb: 16 });
    assert.deepEqual(findCulprits([...healthy, inherited], 20).map((c) => c.node), []);
    const ownError = layer('consumer', { localSqnrDb: 5, sqnrDb: 5, inputQuantDb: 16 });
    assert.deepEqual(findCulprits([...healthy, ownError], 20).map((c) => c.node), ['consumer']);
  });

  it('without a local measurement, ranks by the drop from the inputs, capped where an input is as good as exact', () => {
    const c = findCulprits([...healthy, layer('f', { localSqnrDb: null, inputSqnrDb: 200, sqnrDb: 10 })], 20);
    assert.deepEqual(c.map((x) => [x.node, x.score]), [['f', 50]]);
    assert.deepEqual(findCulprits([...healthy, layer('g', { localSqnrDb: null, inputSqnrDb: 25, sqnrDb: 19 })], 20), []);
  });

  it('asks more of a layer against an exact reference of the same model', () => {
    const f = layer('f', { localSqnrDb: 28, sqnrDb: 28, clippedFraction: 0.01 });
    assert.deepEqual(findCulprits([...healthy, f], 10).map((c) => c.node), []);
    assert.deepEqual(findCulprits([...healthy, f], 10, true).map((c) => c.node), ['f']);
  });

  it('gathers evidence only below the widest bar any layer could be blamed under', () => {
    assert.ok(couldBeCulprit(20 + WIDEST_BAR_DB - 0.01, 20));
    assert.ok(!couldBeCulprit(20 + WIDEST_BAR_DB, 20));
    assert.ok(!couldBeCulprit(null, 20));
    // Nothing above that bar is ever a culprit, whatever the evidence.
    const everything = layer('f', { localSqnrDb: 20 + WIDEST_BAR_DB, sqnrDb: 20 + WIDEST_BAR_DB, clippedFraction: 0.5, dtype: { model: 'float16', reference: 'float32' } });
    assert.deepEqual(findCulprits([...healthy, everything], 20, true), []);
  });
});
