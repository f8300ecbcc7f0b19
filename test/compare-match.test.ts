import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TwinMatch, matchFloatTwin } from '../src/engine/compare/align/float-twin-match';
import { partitionUnits } from '../src/engine/compare/align/units';
import { weightEvidence } from '../src/engine/compare/evidence/weight-evidence';
import { buildIR } from '../src/engine/ir/build-ir';
import { readModel } from '../src/engine/onnx/model-file';
import { ModelMsg } from '../src/engine/onnx/schema';
import { realFixtures, requireRealFixtures } from './helpers/engine';
import { TwinModels, dynamicReshapeModel, qatConvBnTwins, qdqResidualTwins, qlinearResidualTwins, quantAttentionTwins } from './helpers/models';

/** Pairs as [model anchor, reference anchor, how], and the unmatched anchors of each side. */
function summary(m: TwinMatch) {
  return {
    pairs: m.pairs.map((p) => [p.model.name, p.reference.name, p.how]),
    unmatched: { model: m.unmatched.model.map((u) => u.name), reference: m.unmatched.reference.map((u) => u.name) },
  };
}

function match(t: { quant: ModelMsg; float: ModelMsg }): TwinMatch {
  return matchFloatTwin(buildIR(t.quant).graph, buildIR(t.float).graph);
}

/** Weight evidence of every pair, keyed by the quantized anchor's name. */
function evidence(t: TwinModels) {
  const q = buildIR(t.quant);
  const f = buildIR(t.float);
  const m = matchFloatTwin(q.graph, f.graph);
  return new Map(m.pairs.map((p) => [p.model.name, weightEvidence(p.model, q.graph, q.consts, p.reference, f.graph, f.consts)]));
}

describe('layer units and float-twin matching', () => {
  it('makes one unit of a QAT conv with its fake-quantized weights, Div, BN, Relu, Q, Clip and DQ', () => {
    const g = buildIR(qatConvBnTwins().quant).graph;
    const units = partitionUnits(g);
    assert.deepEqual(units.map((u) => u.name), ['/features/features.0/Conv', '/features/features.1/Conv', '/features/features.2/Conv']);
    const u = units[0];
    const ops = (s: string) => `/features/features.0/${s}_output_0`;
    assert.deepEqual(u.chain, [ops('Conv'), ops('Div'), ops('bn/BatchNormalization'), ops('Relu'),
      ops('activation_post_process/QuantizeLinear'), ops('activation_post_process/Clip'), ops('activation_post_process/DequantizeLinear')]);
    assert.equal(u.output, ops('activation_post_process/DequantizeLinear'));
    assert.deepEqual(u.inputs, ['/activation_post_process/DequantizeLinear_output_0']);
    assert.equal(u.kind, 'Conv');
    assert.deepEqual(u.weightShape, [8, 3, 3, 3]);
    assert.deepEqual(u.outputShape, [1, 8, 8, 8]);
    const names = u.nodes.map((k) => g.nodes[k].name);
    assert.ok(names.includes('/features/features.0/weight_fake_quant/QuantizeLinear') && names.includes('/features/features.0/weight_fake_quant/DequantizeLinear'));
    // The input's own Q/Clip/DQ belong to no unit: there is no compute op before them.
    const owned = new Set(units.flatMap((x) => x.nodes));
    assert.ok(g.nodes.filter((n) => n.name.startsWith('/activation_post_process/')).every((n) => !owned.has(n.index)));
    assert.deepEqual(units[1].weightShape, [8, 1, 3, 3]);
  });

  it('keeps shape computations (Shape -> Gather -> Unsqueeze -> Concat) out of the units', () => {
    const g = buildIR(dynamicReshapeModel()).graph;
    const units = partitionUnits(g);
    assert.deepEqual(units.map((u) => [u.name, u.kind, u.inputs.length]), [['/conv/Conv', 'Conv', 1], ['/Reshape', 'Reshape', 1], ['/fc/MatMul', 'MatMul', 1]]);
    assert.deepEqual(units[0].outputShape, ['batch', 8, 4, 4]);
    assert.deepEqual(units[0].chain, ['/conv/Conv_output_0', '/relu/Relu_output_0']);
    const reshapeNodes = units[1].nodes.map((k) => g.nodes[k].name);
    assert.ok(['/Shape', '/Gather', '/Unsqueeze', '/Concat'].every((n) => reshapeNodes.includes(n)), reshapeNodes.join(','));
    assert.deepEqual(units[2].weightShape, [128, 3]);
  });

  it('pairs a QDQ conv chain with BN and Div with float twins that fold BN, or keep it', () => {
    const t = qatConvBnTwins();
    const expected = {
      pairs: [
        ['/features/features.0/Conv', '/features/features.0/features.0.0/Conv', 'structure+shape'],
        ['/features/features.1/Conv', '/features/features.1/features.1.0/Conv', 'structure+shape'],
        ['/features/features.2/Conv', '/features/features.2/features.2.0/Conv', 'graph-output'],
      ],
      unmatched: { model: [], reference: [] },
    };
    const folded = match(t);
    assert.deepEqual(summary(folded), expected);
    assert.equal(folded.pairs[0].reference.output, '/features/features.0/features.0.2/Relu_output_0');
    assert.deepEqual(summary(match({ quant: t.quant, float: t.unfolded })), expected);
    // Fake-quantized folded weights against raw weights times BN's scale: the chain's Div and BN are accounted for.
    for (const float of [t.float, t.unfolded]) {
      for (const [name, e] of evidence({ quant: t.quant, float })) {
        assert.ok(e, name);
        assert.equal(e.badChannels, 0, `${name}: ${e.detail}`);
        assert.ok(e.worst.errSteps <= 0.51, e.detail);
      }
    }
  });

  it('pairs a QOperator chain with a residual QLinearAdd, and reads QLinearConv weights', () => {
    const t = qlinearResidualTwins();
    const m = match(t);
    assert.deepEqual(summary(m), {
      pairs: [
        ['/conv1/QLinearConv', '/conv1/Conv', 'structure+shape'],
        ['/conv2/QLinearConv', '/conv2/Conv', 'structure+shape'],
        ['/add/QLinearAdd', '/add/Add', 'graph-output'],
      ],
      unmatched: { model: [], reference: [] },
    });
    assert.deepEqual(m.pairs.map((p) => p.model.kind), ['Conv', 'Conv', 'Add']);
    assert.equal(m.pairs[0].model.output, '/conv1/QLinearConv_output_0');
    assert.equal(m.pairs[0].reference.output, '/conv1/Relu_output_0');
    for (const [name, e] of evidence(t)) if (name.endsWith('QLinearConv')) assert.equal(e?.badChannels, 0, name);
  });

  it('pairs a QDQ residual block whose convs have the same weight shape by connectivity', () => {
    const m = match(qdqResidualTwins());
    assert.deepEqual(summary(m), {
      pairs: [
        ['/conv1/Conv', '/block/conv1/Conv', 'structure+shape'],
        ['/conv2/Conv', '/block/conv2/Conv', 'structure+shape'],
        ['/add/Add', '/block/Add', 'graph-output'],
      ],
      unmatched: { model: [], reference: [] },
    });
    assert.equal(m.pairs[0].model.output, '/conv1/DequantizeLinear_output_0');
    assert.equal(m.pairs[0].reference.output, '/block/relu/Relu_output_0');
  });

  it('pairs a transformer block: q/k/v by name when the float side builds them in another order, an extra Reshape left over', () => {
    const m = match(quantAttentionTwins({ floatOrder: ['v', 'k', 'q'] }));
    assert.deepEqual(summary(m), {
      pairs: [
        ['/encoder/ln/LayerNormalization', '/encoder/ln/LayerNormalization', 'structure+shape'],
        ['/encoder/attn/q/MatMul', '/encoder/attn/q/MatMul', 'structure+name'],
        ['/encoder/attn/k/MatMul', '/encoder/attn/k/MatMul', 'structure+name'],
        ['/encoder/attn/v/MatMul', '/encoder/attn/v/MatMul', 'structure+shape'],
        ['/encoder/attn/Transpose', '/encoder/attn/Transpose', 'structure+shape'],
        ['/encoder/attn/scores/MatMul', '/encoder/attn/scores/MatMul', 'structure+shape'],
        ['/encoder/attn/Softmax', '/encoder/attn/Softmax', 'structure+shape'],
        ['/encoder/attn/context/MatMul', '/encoder/attn/context/MatMul', 'structure+shape'],
        ['/encoder/attn/o/MatMul', '/encoder/attn/o/MatMul', 'structure+shape'],
        ['/encoder/Add', '/encoder/Add', 'graph-output'],
      ],
      unmatched: { model: [], reference: ['/encoder/attn/Reshape'] },
    });
    // The bias Add and the output Q/DQ are part of the projection's unit.
    assert.equal(m.pairs[1].model.output, '/encoder/attn/q/DequantizeLinear_output_0');
    assert.equal(m.pairs[1].reference.output, '/encoder/attn/q/Add_output_0');
    // MatMul weights are [in, out]: channels are the last axis.
    const weighted = [...evidence(quantAttentionTwins({ floatOrder: ['v', 'k', 'q'] }))].filter(([, e]) => e);
    assert.deepEqual(weighted.map(([name, e]) => [name, e!.channels, e!.badChannels]), ['q', 'k', 'v', 'o'].map((k) => [`/encoder/attn/${k}/MatMul`, 16, 0]));
  });

  it('falls back to graph order among equal candidates when the quantized graph has no names', () => {
    const m = match(quantAttentionTwins({ quantNames: false }));
    assert.equal(m.pairs.length, 10);
    const qkv = m.pairs.filter((p) => p.model.kind === 'MatMul' && p.model.weightShape).map((p) => [p.reference.name, p.how]);
    assert.deepEqual(qkv, [
      ['/encoder/attn/q/MatMul', 'structure+order'],
      ['/encoder/attn/k/MatMul', 'structure+order'],
      ['/encoder/attn/v/MatMul', 'structure+shape'],
      ['/encoder/attn/o/MatMul', 'structure+shape'],
    ]);
  });

  it('never pairs units of different kinds or shapes', () => {
    const t = qdqResidualTwins();
    const other = qatConvBnTwins().float;
    const m = match({ quant: t.quant, float: other });
    for (const p of m.pairs) {
      assert.equal(p.model.kind, p.reference.kind);
      assert.deepEqual(p.model.weightShape, p.reference.weightShape);
    }
    assert.equal(m.pairs.length, 0, JSON.stringify(summary(m)));
  });
});

describe('weight evidence against the float twin', () => {
  it('finds nothing on a clean QDQ model', () => {
    const e = evidence(qdqResidualTwins());
    for (const name of ['/conv1/Conv', '/conv2/Conv']) {
      const w = e.get(name)!;
      assert.equal(w.channels, 8);
      assert.equal(w.badChannels, 0, w.detail);
      assert.equal(w.kind, null);
      assert.equal(w.zeroPointNonZero, 0);
      assert.ok(w.worst.errSteps < 1e-3 && Math.abs(w.worst.ratio - 1) < 1e-6, w.detail);
    }
    assert.equal(e.get('/add/Add'), null);
  });

  it('names a zero point raised by 8 in three channels', () => {
    const w = evidence(qdqResidualTwins({ zeroPointChannels: [1, 4, 6] })).get('/conv1/Conv')!;
    assert.deepEqual(w.badChannelList, [1, 4, 6]);
    assert.equal(w.badChannels, 3);
    assert.equal(w.kind, 'zero-point');
    assert.equal(w.zeroPointNonZero, 3);
    assert.ok(Math.abs(w.worst.offsetSteps + 8) < 1e-3 && Math.abs(w.worst.errSteps - 8) < 1e-3, w.detail);
    assert.match(w.detail, /3 of 8 output channels .* zero-point error/);
  });

  it('names a scale multiplied by 1.5 in two channels', () => {
    const e = evidence(qdqResidualTwins({ scaleChannels: [0, 5] }));
    const w = e.get('/conv2/Conv')!;
    assert.deepEqual(w.badChannelList, [0, 5]);
    assert.equal(w.kind, 'scale');
    assert.ok(Math.abs(w.worst.ratio - 1.5) < 1e-4, w.detail);
    assert.equal(e.get('/conv1/Conv')!.badChannels, 0);
  });
});

describe('float-twin matching on the real MobileNetV2 exports', function () {
  // Made with PyTorch 1.13 (see the fixtures' README); the table names each unit's tensor in every export.
  const dir = [realFixtures, path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'real')].find((d) => fs.existsSync(path.join(d, 'mnv2_unit_table.json')));
  const load = (name: string) => buildIR(readModel(path.join(dir!, name)).model);
  let table: Record<string, Record<string, string>> = {};
  before(function () {
    if (!dir) requireRealFixtures(this, 'mnv2_unit_table.json');
    table = JSON.parse(fs.readFileSync(path.join(dir!, 'mnv2_unit_table.json'), 'utf8')).units;
  });

  const rate = (model: string, onChain: boolean) => {
    const float = load('mnv2_float_qatw.onnx');
    const m = matchFloatTwin(load(model).graph, float.graph);
    const names = Object.keys(table);
    const missed = names.filter((unit) => {
      const want = table[unit][model];
      return !m.pairs.some((p) => (onChain ? p.model.chain.includes(want) : p.model.output === want) && p.reference.output === table[unit]['mnv2_float_qatw.onnx']);
    });
    const r = (names.length - missed.length) / names.length;
    console.log(`    ${model} vs mnv2_float_qatw.onnx: ${names.length - missed.length}/${names.length} table units paired with the table's tensors (${(100 * r).toFixed(1)}%); ${m.pairs.length} pairs; missed: ${missed.join(', ') || 'none'}`);
    return { r, m };
  };

  it('pairs the QAT QDQ export with its float twin, unit outputs as the table names them', () => {
    const { r, m } = rate('mnv2_qat_qdq.onnx', false);
    assert.ok(r >= 0.95, `pairing rate ${r}`);
    assert.deepEqual([m.unmatched.model.length, m.unmatched.reference.length], [0, 0]);
  });

  it('pairs the int8 export with the float twin (its table tensor is the QuantizeLinear output, in the chain)', () => {
    const { r } = rate('mnv2_int8.onnx', true);
    assert.ok(r >= 0.95, `pairing rate ${r}`);
  });

  it('finds the non-symmetric weight zero points of the QAT export and its clipped weights', () => {
    const q = load('mnv2_qat_qdq.onnx');
    const f = load('mnv2_float_qatw.onnx');
    const m = matchFloatTwin(q.graph, f.graph);
    const all = m.pairs.map((p) => ({ p, e: weightEvidence(p.model, q.graph, q.consts, p.reference, f.graph, f.consts) })).filter((x) => x.e);
    const withZp = all.filter((x) => x.e!.zeroPointNonZero > 0);
    const zp = withZp.reduce((a, x) => a + x.e!.zeroPointNonZero, 0);
    const channels = all.reduce((a, x) => a + x.e!.channels, 0);
    const bad = all.reduce((a, x) => a + x.e!.badChannels, 0);
    const clipped = all.reduce((a, x) => a + x.e!.clippedChannels, 0);
    const kinds: Record<string, number> = {};
    for (const x of all) if (x.e!.kind) kinds[x.e!.kind] = (kinds[x.e!.kind] ?? 0) + 1;
    const worst = all.reduce((a, x) => (x.e!.worst.errSteps > a.e!.worst.errSteps ? x : a));
    console.log(`    ${all.length} layers with weights, ${channels} channels; ${withZp.length} layers with ${zp} non-zero int8 weight zero points; ${bad} channels off by more than 1.5 steps, ${clipped} of them only where weights lie beyond the grid (layers by kind: ${JSON.stringify(kinds)})`);
    console.log(`    worst: ${worst.p.model.name}: ${worst.e!.detail}`);
    assert.equal(channels, 17060);
    // Every channel off by more than 1.5 steps is off only where the float weight lies beyond the grid's ends.
    assert.ok(bad > 0 && clipped === bad, `${clipped} of ${bad}`);
    assert.equal(withZp.length, 17);
    assert.equal(zp, 402);
    assert.ok(withZp.every((x) => x.p.model.weightShape![1] === 1), 'the non-symmetric zero points are in depthwise convs');
  });
});
