import { strict as assert } from 'assert';
import { contentFromReport, sourceContent } from '../src/extension/ir-content';
import { graphData } from '../src/extension/panels/graph-data';
import { SQNR_CAP_DB } from '../src/engine/compare/metrics/pair-metrics';
import { isHostToGraph } from '../src/shared/protocol';
import { parameterNodes } from '../src/shared/parameter-nodes';
import { quantText } from '../src/shared/quant-text';
import { sqnrText, SQNR_IDENTICAL_DB } from '../src/shared/sqnr-text';
import { dynamicInt8Model } from './helpers/dynamic-int8';
import { compileFor, saveModel, useEngine } from './helpers/engine';
import { qdqConvModel } from './helpers/models';

/** The graph view's data built from the IR, for models whose tensors the graph must describe in words. */
describe('graph data', function () {
  this.timeout(60_000);
  const ctx = useEngine();

  it('describes a dynamic-int8 model: tensors quantized at run time say so (compiled and as written)', async () => {
    const file = saveModel(ctx.dir(), 'dyn.onnx', dynamicInt8Model());
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    for (const content of [contentFromReport(report, file), sourceContent(file, 'cpu', 'the model as written')]) {
      const g = graphData(content);
      assert.ok(isHostToGraph({ type: 'init', compiled: null, source: g, overlay: null, state: null }), 'the data passes the protocol guard');
      const dql = g.nodes.filter((n) => n.op === 'DynamicQuantizeLinear');
      if (content.kind === 'source') {
        assert.equal(dql.length, 2);
        for (const n of dql) assert.equal(n.quant, 'quantized at run time', n.name);
      }
      // The integer ops' activation input (x_q, f_q) is described by its run-time quantization, wherever it flows.
      const runtime = g.edges.filter((e) => e.quant?.startsWith('quantized at run time'));
      assert.ok(runtime.length >= 1, `${content.kind}: ${JSON.stringify(g.edges.map((e) => [e.tensor, e.quant]))}`);
      for (const n of g.nodes) assert.doesNotMatch(n.quant ?? '', /undefined|NaN/, n.name);
    }
  });

  it('lists parameter computations on the node they feed instead of drawing them', () => {
    const file = saveModel(ctx.dir(), 'qdq-src.onnx', qdqConvModel({ perChannel: true }));
    const g = graphData(sourceContent(file, 'cpu', 'the model as written'));
    assert.equal(g.nodes.filter((n) => n.name.endsWith('/weight/DequantizeLinear')).length, 0, 'weight DequantizeLinear nodes are not drawn');
    const conv = g.nodes.find((n) => n.name === '/conv1/Conv')!;
    const w = conv.params?.find((p) => p.via === 'DequantizeLinear');
    assert.ok(w, JSON.stringify(conv.params));
    assert.equal(w.quant, 'scale per channel (axis 0, 16 channels), zero point per channel');
    assert.equal(g.paramOf?.['/conv1/weight/DequantizeLinear'], '/conv1/Conv', 'selecting the hidden node shows the conv');
    assert.ok(g.nodes.some((n) => n.name === '/input/QuantizeLinear'), 'activation quantizers stay');
    for (const e of g.edges) assert.ok(g.nodes.some((n) => n.id === e.from) && g.nodes.some((n) => n.id === e.to), `edge ${e.tensor} joins drawn nodes`);
  });

  it('finds parameter nodes through chains, keeps a node that writes a graph output, and keeps a graph no input reaches', () => {
    const nodes = [
      { name: 'c', inputs: [], outputs: ['zp0'] },
      { name: 'id', inputs: ['zp0'], outputs: ['zp'] },
      { name: 'q', inputs: ['x', 's', 'zp'], outputs: ['xq'] },
      { name: 'k', inputs: [], outputs: ['y2'] },
    ];
    const p = parameterNodes(nodes, ['x'], ['xq', 'y2']);
    assert.deepEqual([...p.hidden].sort(), ['c', 'id']);
    assert.equal(p.owner.get('c'), 'q', 'the Constant belongs to the quantizer its Identity feeds');
    assert.equal(p.owner.get('id'), 'q');
    assert.equal(parameterNodes([{ name: 'k', inputs: [], outputs: ['y'] }, { name: 'r', inputs: ['y'], outputs: ['z'] }], [], []).hidden.size, 0, 'nothing would be left: all shown');
  });

  it('words quantization parameters once for every view', () => {
    assert.equal(quantText({ scale: [0.0123456], zeroPoint: [128], axis: null }), 'scale 0.01235, zero point 128');
    assert.equal(quantText({ scale: [0.1, 0.2, 0.3], zeroPoint: [0, 0, 0], axis: 0 }), 'scale per channel (axis 0, 3 channels), zero point per channel');
    assert.equal(quantText({ scale: [], zeroPoint: [], axis: null }), 'quantized at run time');
    assert.equal(quantText({ scale: [], zeroPoint: [128], axis: null }), 'quantized at run time (zero point 128)');
  });

  it('words SQNR as the reports do: the engine\'s cap is "identical"', () => {
    assert.equal(SQNR_IDENTICAL_DB, SQNR_CAP_DB);
    assert.equal(sqnrText(SQNR_CAP_DB), 'identical');
    assert.equal(sqnrText(31.44), '31.4 dB');
    assert.equal(sqnrText(null), 'not measured');
    assert.equal(sqnrText(NaN, '—'), '—');
  });

  it('accepts a failure message for the graph page and refuses a malformed one', () => {
    assert.ok(isHostToGraph({ type: 'failure', model: '/m/a.onnx', message: 'a.onnx: not a model' }));
    assert.ok(!isHostToGraph({ type: 'failure', model: '/m/a.onnx' }));
  });
});
