import { strict as assert } from 'assert';
import * as path from 'path';
import { expandIntegerOps } from '../src/engine/compare/sides/expand-integer-ops';
import { keepFloat } from '../src/engine/compare/what-if/keep-float';
import { readNpy } from '../src/engine/io/npy';
import { encodeModel, readModel } from '../src/engine/onnx/model-file';
import { ModelMsg, num } from '../src/engine/onnx/schema';
import { Tensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { tensor } from '../src/engine/builder/model-builder';
import { realFixtures, requireRealFixtures, useEngine } from './helpers/engine';
import { describeFacts, runtimeFacts } from './helpers/probe';
import { integerOpCases, qatConvChain, qdqConvModel, qlinearConvChain, qlinearConvModel, quantMatMulModel, saturatingQLinearConv } from './helpers/models';

/** How far apart two outputs are: the largest difference and how many elements differ at all. */
function difference(a: Tensor, b: Tensor): { max: number; differing: number; count: number } {
  assert.deepEqual(a.dims, b.dims);
  const x = toFloat32(a);
  const y = toFloat32(b);
  let max = 0;
  let differing = 0;
  for (let i = 0; i < x.length; i++) {
    const d = Math.abs(x[i] - y[i]);
    if (d > 0) differing++;
    max = Math.max(max, d);
  }
  return { max, differing, count: x.length };
}

const nodeNames = (m: ModelMsg) => m.graph!.node.map((n) => n.name);

describe('expand integer ops to their exact definition', function () {
  const ctx = useEngine();
  const run = async (model: ModelMsg, feeds: Record<string, Tensor>, fetch?: string[]) =>
    (await ctx.engine().call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds, fetch })).outputs;

  for (const c of integerOpCases()) {
    it(`${c.title}: matches the runtime's kernel where it does not saturate`, async () => {
      const { model, expanded } = expandIntegerOps(c.model);
      assert.deepEqual(expanded, [{ node: `/op/${c.opType}`, opType: c.opType }]);
      const g = model.graph!;
      assert.ok(!g.node.some((n) => n.op_type === c.opType), 'the integer op is gone');
      const floatOp = g.node.find((n) => n.name === `/op/${c.opType}`)!;
      assert.ok(floatOp && floatOp.domain === '', 'the float op keeps the node name');
      assert.deepEqual(g.output.map((o) => o.name), ['y']);
      assert.equal(new Set(nodeNames(model)).size, g.node.length, 'node names are unique');
      const before = (await run(c.model, c.feeds)).y;
      const after = (await run(model, c.feeds)).y;
      assert.equal(after.dtype, before.dtype, 'the output keeps its dtype');
      const d = difference(before, after);
      if (c.output === 'exact') assert.equal(d.max, 0);
      else if (c.output === 'float') assert.ok(d.max <= 1e-5 * Math.max(...Array.from(toFloat32(before), Math.abs)), `max diff ${d.max}`);
      else assert.ok(d.max <= 1, `${d.max} steps`);
      console.log(`      ${c.opType}: ${d.differing}/${d.count} outputs differ, max ${c.output === 'quantized' ? `${d.max} step` : d.max.toExponential(2)}`);
    });
  }

  it('computes the u8s8 conv exactly (within 1 step), whether or not this CPU\'s kernel saturates', async () => {
    const s = saturatingQLinearConv();
    const exact = exactQLinearConv(s);
    const original = (await run(s.model, { x: s.x })).y.data as Uint8Array;
    const expanded = (await run(expandIntegerOps(s.model).model, { x: s.x })).y.data as Uint8Array;
    const off = (got: Uint8Array) => {
      let over1 = 0;
      let max = 0;
      got.forEach((v, i) => { const d = Math.abs(v - exact[i]); max = Math.max(max, d); if (d > 1) over1++; });
      return { over1, max };
    };
    const e = off(expanded);
    const o = off(original);
    const facts = await runtimeFacts(ctx.engine());
    console.log(`      exact vs expanded: ${e.over1}/${exact.length} off by more than 1 step (max ${e.max}); exact vs runtime kernel: ${o.over1} (max ${o.max}) on ${describeFacts(facts)}`);
    assert.equal(e.max <= 1, true, `expanded is ${e.max} steps off`);
    // Where the probe measured saturating u8s8 kernels (x64 without VNNI) most outputs are far off; elsewhere the
    // kernel is exact too, and the expansion must agree with it.
    if (facts.u8s8Saturates) assert.ok(o.over1 > exact.length / 4, `the runtime kernel is off by more than one step at ${o.over1} outputs`);
    else assert.equal(o.max <= 1, true, `this CPU's kernel is exact per the probe, yet ${o.over1} outputs are off (max ${o.max})`);
  });

  it('keeps output names, dtypes and graph outputs, and adds nodes with unique derived names', () => {
    const m = qlinearConvModel();
    const { model, expanded } = expandIntegerOps(m);
    assert.deepEqual(expanded, [{ node: '/conv/QLinearConv', opType: 'QLinearConv' }]);
    const ops = model.graph!.node.map((n) => `${n.op_type}:${n.name}`);
    assert.deepEqual(ops, ['DequantizeLinear:x__ql_float_dq', 'Conv:/conv/QLinearConv', 'QuantizeLinear:/conv/QLinearConv__ql_quantize']);
    const q = model.graph!.node[2];
    assert.deepEqual(q.input, ['y__ql_float', 'ys', 'yz']);
    assert.deepEqual(q.output, ['y']);
    const inits = model.graph!.initializer.map((t) => t.name);
    assert.ok(inits.includes('w__ql_float') && !inits.includes('w'), 'the weight is dequantized ahead of time and the int8 copy dropped');
    // The input is not touched.
    assert.equal(m.graph!.node[0].op_type, 'QLinearConv');
    assert.ok(m.graph!.initializer.some((t) => t.name === 'w'));
  });

  it('returns a QDQ-only model unchanged in content', () => {
    const m = qdqConvModel({ perChannel: true });
    const { model, expanded } = expandIntegerOps(m);
    assert.deepEqual(expanded, []);
    assert.notEqual(model, m);
    assert.deepEqual(encodeModel(model), encodeModel(m));
  });

  it('expands a dynamically quantized MatMulInteger whose zero point is computed at run time', async () => {
    const m = quantMatMulModel();
    const { model, expanded } = expandIntegerOps(m);
    assert.deepEqual(expanded, [{ node: '/fc2/MatMulInteger', opType: 'MatMulInteger' }]);
    const x = tensor('float32', [1, 6, 16], Array.from({ length: 96 }, (_, i) => Math.sin(i) * 2));
    const before = await run(m, { x });
    const after = await run(model, { x });
    assert.equal(difference(before.y2, after.y2).max, 0);
    assert.equal(difference(before.y1, after.y1).max, 0);
  });

  it('refuses to raise an opset across a change of meaning', () => {
    const m = qlinearConvModel();
    // Per-channel weights that are not constant need DequantizeLinear with `axis` (opset 13); opset 12 with a
    // Squeeze (whose axes moved to an input at 13) cannot simply be raised.
    m.opset_import[0].version = 12;
    const g = m.graph!;
    g.initializer = g.initializer.filter((t) => t.name !== 'w');
    g.input.push({ name: 'w', type: { tensor_type: { elem_type: 3, shape: { dim: [4, 8, 3, 3].map((d) => ({ dim_value: d })) } } } });
    g.node.push({ ...g.node[0], name: '/sq', op_type: 'Squeeze', domain: '', input: ['y'], output: ['z'], attribute: [] });
    assert.throws(() => expandIntegerOps(m), /opset 13.*Squeeze/);
    g.node.pop();
    const raised = expandIntegerOps(m).model;
    assert.equal(num(raised.opset_import[0].version), 13);
    assert.ok(raised.graph!.node.some((n) => n.op_type === 'DequantizeLinear' && n.input[0] === 'w' && n.attribute.some((a) => a.name === 'axis')));
  });
});

/** The exact QLinearConv: int32 accumulation, then requantization with round-half-to-even and saturation. */
function exactQLinearConv(s: ReturnType<typeof saturatingQLinearConv>): number[] {
  const { c, m, h, w } = s.dims;
  const x = s.x.data as Uint8Array;
  const out: number[] = [];
  for (let o = 0; o < m; o++) {
    const multiplier = Math.fround(s.xs) * s.ws[o] / Math.fround(s.ys);
    for (let oy = 0; oy < h; oy++) {
      for (let ox = 0; ox < w; ox++) {
        let acc = s.bias[o];
        for (let ci = 0; ci < c; ci++) {
          for (let ky = 0; ky < 3; ky++) {
            for (let kx = 0; kx < 3; kx++) {
              const iy = oy + ky - 1;
              const ix = ox + kx - 1;
              if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
              acc += (x[(ci * h + iy) * w + ix] - s.xz) * s.w[((o * c + ci) * 3 + ky) * 3 + kx];
            }
          }
        }
        out.push(Math.min(255, Math.max(0, roundHalfEven(acc * multiplier) + s.yz)));
      }
    }
  }
  return out;
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

describe('keep float (the what-if "remove this layer\'s quantization")', function () {
  const ctx = useEngine();
  const run = async (model: ModelMsg, feeds: Record<string, Tensor>, fetch?: string[]) =>
    (await ctx.engine().call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds, fetch })).outputs;
  const x = tensor('float32', [1, 4, 8, 8], Array.from({ length: 256 }, (_, i) => Math.sin(i * 0.7) * 3));

  it('bypasses the weight fake-quant and the output Q/DQ of a QAT conv, and the layer then computes in float', async () => {
    const m = qatConvChain();
    const { model, removed } = keepFloat(m, '/conv1/Conv');
    assert.deepEqual(removed, ['/conv1/weight/QuantizeLinear', '/conv1/weight/DequantizeLinear', '/conv1/QuantizeLinear', '/conv1/DequantizeLinear']);
    for (const name of removed) assert.ok(!nodeNames(model).includes(name), `${name} is gone`);
    assert.ok(nodeNames(m).includes('/conv1/QuantizeLinear'), 'the input model is not touched');
    const g = model.graph!;
    assert.equal(g.node.find((n) => n.name === '/conv1/Conv')!.input[1], '/conv1.weight');
    assert.equal(g.node.find((n) => n.name === '/conv2/Conv')!.input[0], '/conv1/Relu_output_0');
    assert.ok(!g.initializer.some((t) => t.name === '/conv1.scale'), 'the bypassed pair\'s parameters are dropped');

    const fetch = ['/input/DequantizeLinear_output_0', '/conv1/Relu_output_0'];
    const after = await run(model, { x }, fetch);
    const before = await run(m, { x }, fetch);
    const input = toFloat32(after[fetch[0]]);
    const float = floatConvDivRelu(input, readInit(m, '/conv1.weight'), readInit(m, '/conv1.bias'));
    const got = toFloat32(after[fetch[1]]);
    const maxDiff = (a: Float32Array) => Math.max(...Array.from(a, (v, i) => Math.abs(v - float[i])));
    assert.ok(maxDiff(got) < 1e-5, `the layer's output is the float computation (max diff ${maxDiff(got)})`);
    assert.ok(maxDiff(toFloat32(before[fetch[1]])) > 1e-4, 'with its weights quantized it was not');
  });

  it('keeps a graph output\'s name when the bypassed DequantizeLinear was that output', async () => {
    const m = qatConvChain();
    const { model, removed } = keepFloat(m, '/conv2/Conv');
    assert.ok(removed.includes('/conv2/DequantizeLinear') && removed.includes('/conv2/weight/QuantizeLinear'));
    const id = model.graph!.node.find((n) => n.output[0] === 'y')!;
    assert.equal(id.op_type, 'Identity');
    assert.deepEqual(id.input, ['/conv2/Conv_output_0']);
    const out = await run(model, { x }, ['y', '/conv2/Conv_output_0']);
    assert.deepEqual(toFloat32(out.y), toFloat32(out['/conv2/Conv_output_0']));
  });

  it('expands integer ops first, so a QLinearConv layer can be kept in float by its name', async () => {
    const { model, removed } = keepFloat(qlinearConvChain(), '/conv1/QLinearConv');
    assert.equal(removed.length, 2);
    const byName = new Map(model.graph!.node.map((n) => [n.name, n]));
    assert.equal(byName.get(removed[0])!, undefined);
    const conv2 = byName.get('/conv2/QLinearConv')!;
    assert.equal(conv2.op_type, 'Conv');
    assert.equal(conv2.input[0], byName.get('/conv1/QLinearConv')!.output[0], 'the second conv reads the first one\'s float output');
    const feeds = { x: tensor('uint8', [1, 4, 6, 6], Array.from({ length: 144 }, (_, i) => (i * 37) % 128)) };
    assert.equal((await run(model, feeds)).y.dtype, 'uint8');
  });

  it('says clearly when the node does not exist or has nothing to remove', () => {
    assert.throws(() => keepFloat(qatConvChain(), '/nope/Conv'), /no node named '\/nope\/Conv'/);
    assert.throws(() => keepFloat(qatConvChain(), '/conv1/QuantizeLinear'), /compute node/);
    assert.throws(() => keepFloat(qdqConvModel(), '/output/Identity'), /nothing to remove/);
  });
});

function readInit(m: ModelMsg, name: string): { dims: number[]; data: Float32Array } {
  const t = m.graph!.initializer.find((i) => i.name === name)!;
  return { dims: t.dims.map(num), data: new Float32Array(t.raw_data.slice().buffer) };
}

/** relu((conv3x3_pad1(x, w) + b) / 2) in double precision, for [1, C, H, W] inputs. */
function floatConvDivRelu(x: Float32Array, w: { dims: number[]; data: Float32Array }, b: { data: Float32Array }): Float64Array {
  const [m, c] = w.dims;
  const h = 8;
  const wd = 8;
  const out = new Float64Array(m * h * wd);
  for (let o = 0; o < m; o++) {
    for (let oy = 0; oy < h; oy++) {
      for (let ox = 0; ox < wd; ox++) {
        let acc = b.data[o];
        for (let ci = 0; ci < c; ci++) {
          for (let ky = 0; ky < 3; ky++) {
            for (let kx = 0; kx < 3; kx++) {
              const iy = oy + ky - 1;
              const ix = ox + kx - 1;
              if (iy >= 0 && iy < h && ix >= 0 && ix < wd) acc += x[(ci * h + iy) * wd + ix] * w.data[((o * c + ci) * 3 + ky) * 3 + kx];
            }
          }
        }
        out[(o * h + oy) * wd + ox] = Math.max(0, acc / 2);
      }
    }
  }
  return out;
}

describe('expand and keep float on the real MobileNetV2 fixtures', function () {
  const ctx = useEngine();
  const fixture = (name: string) => path.join(realFixtures, name);
  before(function () {
    requireRealFixtures(this, 'mnv2_int8.onnx');
  });
  const run = async (model: ModelMsg, feeds: Record<string, Tensor>, fetch?: string[]) =>
    (await ctx.engine().call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds, fetch })).outputs;

  it('expands the int8 model as compiled at cpu-no-layout (QLinearConv, QLinearAdd, ...) and reproduces its output', async () => {
    const optimizedPath = path.join(ctx.dir(), 'mnv2_int8.extended.onnx');
    await ctx.engine().call('compile', { model: { path: fixture('mnv2_int8.onnx') }, session: { provider: 'cpu', level: 'extended', config: {}, freeDims: {} }, optimizedPath, exposeTypes: false });
    const compiled = readModel(optimizedPath).model;
    const { model, expanded } = expandIntegerOps(compiled);
    const counts: Record<string, number> = {};
    for (const e of expanded) counts[e.opType] = (counts[e.opType] ?? 0) + 1;
    console.log(`      expanded: ${JSON.stringify(counts)}`);
    assert.equal(counts.QLinearConv, 52);
    const input = readNpy(fixture('input.npy'));
    const name = compiled.graph!.input[0].name;
    const before = await run(compiled, { [name]: input });
    const after = await run(model, { [name]: input });
    for (const out of Object.keys(before)) {
      const d = difference(before[out], after[out]);
      const range = Math.max(...Array.from(toFloat32(before[out]), Math.abs));
      console.log(`      output ${out}: max diff ${d.max.toExponential(3)} (|output| up to ${range.toFixed(3)})`);
      // 7-bit activations: the kernels do not saturate, so only rounding ties differ (a step here and there).
      assert.ok(d.max < 0.05 * range, `${out}: ${d.max}`);
    }
  });

  it('keeps one conv of the QAT QDQ export in float, through its Div, BatchNormalization and Clip', async () => {
    const m = readModel(fixture('mnv2_qat_qdq.onnx')).model;
    assert.deepEqual(expandIntegerOps(m).expanded, []);
    const conv = m.graph!.node.find((n) => n.op_type === 'Conv')!;
    const { model, removed } = keepFloat(m, conv.name);
    assert.deepEqual(removed.map((r) => m.graph!.node.find((n) => n.name === r)!.op_type), ['QuantizeLinear', 'DequantizeLinear', 'QuantizeLinear', 'DequantizeLinear']);
    const left = new Set(nodeNames(model));
    const outputQ = m.graph!.node.find((n) => n.name === removed[2])!;
    const clip = m.graph!.node.find((n) => n.input[0] === outputQ.output[0])!;
    assert.equal(clip.op_type, 'Clip');
    assert.ok(!left.has(clip.name) && !left.has(m.graph!.node.find((n) => n.output[0] === clip.input[2])!.name), 'the Clip between the pair and its bound are gone');
    assert.equal(model.graph!.node.length, m.graph!.node.length - 6);
    const input = readNpy(fixture('input.npy'));
    const name = m.graph!.input[0].name;
    const before = Object.values(await run(m, { [name]: input }))[0];
    const after = Object.values(await run(model, { [name]: input }))[0];
    assert.deepEqual(after.dims, [1, 4]);
    console.log(`      output with ${conv.name} in float: max change ${difference(before, after).max.toExponential(3)}`);
  });
});
