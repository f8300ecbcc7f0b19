import { strict as assert } from 'assert';
import * as path from 'path';
import { GraphBuilder, randomValues, rng, tensor } from '../src/engine/builder/model-builder';
import { emulateIntegerKernels } from '../src/engine/emulate/integer-kernels';
import { laneValue, pairsOf, planPairs } from '../src/engine/emulate/pair-plan';
import { encodeModel, readModel } from '../src/engine/onnx/model-file';
import { ModelMsg } from '../src/engine/onnx/schema';
import { Tensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { convPairRule, KERNEL_FAMILIES, KernelFamily, kernelFamily, pairRuleFor } from '../src/engine/targets/kernel-family';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { kernelFacts } from '../src/engine/targets/target-kernels';
import { useEngine } from './helpers/engine';
import { QConv, matMulIntegerReference, qlinearConvReference, qlinearMatMulReference } from './helpers/kernel-semantics';
import { describeFacts, pendingBecause, runtimeFacts } from './helpers/probe';

const x64 = kernelFamily('x64-avx2').pairs!;
const arm = kernelFamily('arm64').pairs!;

describe('emulated kernels: which pair sums can leave int16', () => {
  it('pairs K indices as each family does', () => {
    assert.deepEqual(pairsOf(x64, 5), [[0, 1], [2, 3], [4, -1]]);
    const a = pairsOf(arm, 20);
    assert.deepEqual(a.slice(0, 8), [[0, 8], [1, 9], [2, 10], [3, 11], [4, 12], [5, 13], [6, 14], [7, 15]]);
    assert.deepEqual(a.slice(8), [[16, -1], [17, -1], [18, -1], [19, -1]]);
  });

  it('plans exactly the pairs whose weights allow an overflow', () => {
    const plan = (rule: typeof x64, w: number[], act: 'uint8' | 'int8' = 'uint8') => planPairs((_c, k) => w[k], 1, w.length, rule, act).entries.length;
    assert.equal(plan(x64, [127, 127]), 1, '255 * 254 = 64,770');
    assert.equal(plan(x64, [127, -128]), 0, 'opposite signs stay within int16 for uint8 activations');
    assert.equal(plan(x64, [64, 64]), 0, '255 * 128 = 32,640');
    assert.equal(plan(x64, [65, 64]), 1, '255 * 129 = 32,895');
    assert.equal(plan(x64, [127, 127], 'int8'), 0, 'int8 activations: at most 128 x 254 = 32,512');
    assert.equal(plan(arm, [...new Array(8).fill(-128), ...new Array(8).fill(-128)]), 8, 'arm64: both products -128 x -128 = 16,384');
    assert.equal(plan(arm, [...new Array(8).fill(-128), ...new Array(8).fill(-127)]), 0, '16,384 + 16,256 fits');
    assert.equal(plan(arm, [127, 127, 127]), 0, 'adjacent indices are not partners on arm64');
  });

  it('saturates or wraps a lane', () => {
    assert.equal(laneValue(x64, 64770), 32767);
    assert.equal(laneValue(x64, -40000), -32768);
    assert.equal(laneValue(arm, 32768), -32768);
    assert.equal(laneValue(arm, 1000), 1000);
  });

  it('knows which operands each family pairs', () => {
    assert.equal(pairRuleFor(kernelFamily('x64-avx2'), 'u8s8'), x64);
    assert.equal(pairRuleFor(kernelFamily('x64-avx2'), 's8s8'), null, 'x64 runs s8s8 in an exact kernel');
    assert.equal(pairRuleFor(kernelFamily('x64-avx2'), 'u8u8'), null);
    assert.equal(pairRuleFor(kernelFamily('arm64'), 's8s8'), arm);
    assert.equal(pairRuleFor(kernelFamily('x64-vnni'), 'u8s8'), null);
    const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;
    assert.equal(kernelFacts(target('x64-avx2'), { family: 'x64-vnni' }).pairs, x64, 'an emulated target keeps its family whatever this machine is');
    assert.equal(kernelFacts(target('cpu'), { family: 'x64-avx2' }).pairs, x64, 'a real target takes the measured family');
    assert.equal(kernelFacts(target('cpu-int8-precise'), { family: 'x64-avx2' }).pairs, null, 'x64quantprecision makes x64 kernels exact');
  });
});

/** One QLinearConv case: shapes, attributes and the kind of data that makes lanes overflow on one family or another. */
interface ConvCase {
  name: string;
  cin: number;
  cout: number;
  kernel: number[];
  group?: number;
  strides?: number[];
  pads?: number[];
  dilations?: number[];
  spatial: number[];
  act: 'uint8' | 'int8';
  /** high: activations near the top of uint8 (x64 saturation); low: near zero with -128 weights (arm64 wrap). */
  data: 'high' | 'low';
  perChannel?: boolean;
  /** Every family runs this case exactly (its kernels widen, or take an exact path): no overflow to see. */
  exactEverywhere?: boolean;
}

const CONV_CASES: ConvCase[] = [
  { name: '3x3 32->16, uint8 128..255', cin: 32, cout: 16, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [10, 10], act: 'uint8', data: 'high' },
  { name: '3x3 3->8 stride 2 (odd channels: pairs straddle kernel positions)', cin: 3, cout: 8, kernel: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1], spatial: [11, 9], act: 'uint8', data: 'high', perChannel: true },
  { name: '3x3 20->16 in 2 groups, dilation 2', cin: 20, cout: 16, kernel: [3, 3], group: 2, dilations: [2, 2], pads: [2, 2, 2, 2], spatial: [9, 9], act: 'uint8', data: 'high' },
  { name: 'depthwise 3x3 over 8 channels (exact kernels)', cin: 8, cout: 8, kernel: [3, 3], group: 8, pads: [1, 1, 1, 1], spatial: [8, 8], act: 'uint8', data: 'high', exactEverywhere: true },
  { name: '1-D k5 24->8', cin: 24, cout: 8, kernel: [5], pads: [2, 2], spatial: [17], act: 'uint8', data: 'high' },
  { name: '3x3 32->16, uint8 near 0, weights mostly -128', cin: 32, cout: 16, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [8, 8], act: 'uint8', data: 'low', perChannel: true },
  { name: '3x3 5->8, uint8 near 0, weights mostly -128 (16-blocks straddle positions)', cin: 5, cout: 8, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [7, 7], act: 'uint8', data: 'low' },
  { name: '3x3 16->8 int8 activations near -128, weights mostly -128 (arm64: symmetric GEMM, exact)', cin: 16, cout: 8, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [6, 6], act: 'int8', data: 'low', exactEverywhere: true },
  { name: '3x3 64->16 int8 activations near -128, weights mostly -128 (arm64: indirect symmetric conv, wraps)', cin: 64, cout: 16, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [5, 5], act: 'int8', data: 'low' },
  { name: '3x3 64->12 int8 activations near -128 (arm64: 12 output channels leave the symmetric conv)', cin: 64, cout: 12, kernel: [3, 3], pads: [1, 1, 1, 1], spatial: [5, 5], act: 'int8', data: 'low', exactEverywhere: true },
];

function convCase(c: ConvCase, seed: number): { model: ModelMsg; q: QConv; feed: Tensor } {
  const r = rng(seed);
  const group = c.group ?? 1;
  const cg = c.cin / group;
  const xDims = [1, c.cin, ...c.spatial];
  const wDims = [c.cout, cg, ...c.kernel];
  const xCount = xDims.reduce((a, b) => a * b, 1);
  const wCount = wDims.reduce((a, b) => a * b, 1);
  const low = c.act === 'uint8' ? [0, 3] : [-128, -125];
  const [xlo, xhi] = c.data === 'high' ? (c.act === 'uint8' ? [128, 255] : [100, 127]) : low;
  const x = c.act === 'uint8' ? Uint8Array.from(randomValues(xCount, xlo, xhi, r, true)) : Int8Array.from(randomValues(xCount, xlo, xhi, r, true));
  const wRaw = randomValues(wCount, -128, 127, r, true);
  const w = Int8Array.from(wRaw, (v, i) => (c.data === 'low' && i % 4 !== 3 ? -128 : v));
  const xZero = c.act === 'uint8' ? (c.data === 'high' ? 100 : 2) : -3;
  const wScale = c.perChannel ? randomValues(c.cout, 0.002, 0.006, r) : [0.004];
  const bias = randomValues(c.cout, -3000, 3000, r, true);
  const yDtype = c.act;
  const q: QConv = {
    x, xDims, xZero, xScale: Math.fround(0.02), w, wDims, wZero: 0, wScale: wScale.map(Math.fround), yScale: Math.fround(c.data === 'high' ? 0.4 : 2), yZero: yDtype === 'uint8' ? 128 : 0, yDtype, bias,
    group, strides: c.strides ?? c.kernel.map(() => 1), pads: c.pads ?? c.kernel.flatMap(() => [0, 0]), dilations: c.dilations ?? c.kernel.map(() => 1),
  };
  const b = new GraphBuilder('emulated_conv');
  const input = b.input('x', c.act, xDims);
  const k = (name: string, dtype: 'float32' | 'uint8' | 'int8' | 'int32', dims: number[], v: number[]) => b.constant(name, dtype, dims, v);
  const attrs: Record<string, number[] | number> = { pads: q.pads, strides: q.strides, dilations: q.dilations };
  if (group !== 1) attrs.group = group;
  b.output(b.op('QLinearConv', [
    input, k('xs', 'float32', [], [q.xScale]), k('xz', c.act, [], [xZero]), b.constant('w', 'int8', wDims, Array.from(w)),
    k('ws', 'float32', c.perChannel ? [c.cout] : [], q.wScale), k('wz', 'int8', c.perChannel ? [c.cout] : [], new Array(c.perChannel ? c.cout : 1).fill(0)),
    k('ys', 'float32', [], [q.yScale]), k('yz', yDtype, [], [q.yZero]), k('bias', 'int32', [c.cout], bias),
  ], attrs as never, { name: '/conv/QLinearConv', output: 'y' }));
  return { model: b.model({ opset: 13 }), q, feed: tensor(c.act, xDims, x, 'x') };
}

function differing(a: ArrayLike<number>, b: ArrayLike<number>): { count: number; max: number } {
  let count = 0;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (d) count++;
    max = Math.max(max, d);
  }
  return { count, max };
}

describe('emulated kernels: the graph computes each family\'s instruction semantics, bit for bit, on any machine', function () {
  const ctx = useEngine();
  const run = async (model: ModelMsg, feeds: Record<string, Tensor>, level: 'disabled' | 'all' = 'disabled') =>
    (await ctx.engine().call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level, config: {}, freeDims: {} }, feeds })).outputs;

  /** The compiled graph of a model at a family's configuration, as this machine compiles it. */
  const compiled = async (model: ModelMsg, family: KernelFamily, name: string): Promise<ModelMsg> => {
    const file = path.join(ctx.dir(), `${name}.compiled.onnx`);
    await ctx.engine().call('compile', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'all', config: family.compileConfig, freeDims: {} }, optimizedPath: file, exposeTypes: false });
    return readModel(file).model;
  };

  CONV_CASES.forEach((c, i) => {
    it(`QLinearConv ${c.name}: as written and compiled, every family`, async () => {
      const { model, q, feed } = convCase(c, 100 + i);
      const lines: string[] = [];
      let overflowSeen = false;
      for (const family of KERNEL_FAMILIES) {
        const rule = convPairRule(family, { activation: c.act, weight: 'int8', group: q.group, groupIn: q.wDims[1], outChannels: c.cout, kernelSize: c.kernel.reduce((x, y) => x * y, 1), symmetric: true });
        const expected = qlinearConvReference(q, rule);
        const exact = qlinearConvReference(q, null);
        for (const [form, m] of [['as written', model], ['compiled', await compiled(model, family, `conv${i}-${family.id}`)]] as const) {
          const em = emulateIntegerKernels(m, family);
          assert.equal(em.left.length, 0, JSON.stringify(em.left));
          const got = (await run(em.model, { x: feed })).y.data as ArrayLike<number>;
          const d = differing(got, expected);
          assert.equal(d.count, 0, `${family.id}, ${form}: ${d.count} of ${expected.length} outputs differ from the instruction semantics (max ${d.max})`);
          if (form === 'as written') {
            const off = differing(expected, exact);
            if (off.count) overflowSeen = true;
            lines.push(`${family.id}: ${em.emulated[0].outcome.entries} of ${em.emulated[0].outcome.pairs} pair sums can overflow; ${off.count}/${exact.length} outputs differ from exact (max ${off.max} steps)`);
          }
        }
      }
      console.log(`      ${lines.join('\n      ')}`);
      assert.equal(overflowSeen, !c.exactEverywhere, c.exactEverywhere ? 'no family overflows here' : 'the case makes some family overflow, so the check has teeth');
    });
  });

  it('QLinearMatMul, MatMulInteger, MatMulIntegerToFloat and DynamicQuantizeMatMul, every family', async () => {
    const r = rng(77);
    for (const [act, data] of [['uint8', 'high'], ['uint8', 'low'], ['int8', 'low']] as const) {
      const aDims = [2, 5, 34];
      const [k, n] = [34, 12];
      const count = aDims.reduce((x, y) => x * y, 1);
      const [lo, hi] = data === 'high' ? [128, 255] : act === 'uint8' ? [0, 3] : [-128, -125];
      const a = act === 'uint8' ? Uint8Array.from(randomValues(count, lo, hi, r, true)) : Int8Array.from(randomValues(count, lo, hi, r, true));
      const bv = Int8Array.from(randomValues(k * n, -128, 127, r, true), (v, i) => (data === 'low' && i % 5 ? -128 : v));
      const aZero = act === 'uint8' ? 3 : -2;
      const gb = new GraphBuilder('emulated_matmuls');
      const ai = gb.input('a', act, aDims);
      const bc = gb.constant('b', 'int8', [k, n], Array.from(bv));
      const az = gb.constant('az', act, [], [aZero]);
      const bz = gb.constant('bz', 'int8', [], [0]);
      const as = gb.constant('as', 'float32', [], [0.02]);
      const bs = gb.constant('bs', 'float32', [], [0.004]);
      gb.output(gb.op('MatMulInteger', [ai, bc, az, bz], {}, { name: 'mmi', output: 'acc' }));
      gb.output(gb.op('QLinearMatMul', [ai, as, az, bc, bs, bz, gb.constant('ys', 'float32', [], [0.9]), gb.constant('yz', act, [], [act === 'uint8' ? 128 : 0])], {}, { name: 'qmm', output: 'q' }));
      gb.output(gb.op('MatMulIntegerToFloat', [ai, bc, as, bs, az, bz], {}, { name: 'mmf', domain: 'com.microsoft', output: 'f' }));
      const model = gb.model({ opset: 13, extraOpsets: { 'com.microsoft': 1 } });
      const feed = tensor(act, aDims, a, 'a');
      for (const family of KERNEL_FAMILIES) {
        const rule = pairRuleFor(family, act === 'uint8' ? 'u8s8' : 's8s8');
        const em = emulateIntegerKernels(model, family);
        assert.equal(em.emulated.length, 3, JSON.stringify(em.left));
        const out = await run(em.model, { a: feed });
        const acc = matMulIntegerReference({ a, aDims, aZero, b: bv, bDims: [k, n], bZero: 0 }, rule);
        assert.equal(differing(out.acc.data as Int32Array, acc).count, 0, `${family.id} ${act} ${data}: MatMulInteger`);
        const multiplier = Math.fround(Math.fround(0.02) * Math.fround(0.004));
        assert.equal(differing(toFloat32(out.f), Array.from(acc, (v) => Math.fround(v * multiplier))).count, 0, `${family.id}: MatMulIntegerToFloat`);
        if (act === 'uint8') {
          const q = qlinearMatMulReference({ a, aDims, aZero, b: bv, bDims: [k, n], bZero: 0 }, Math.fround(0.02), Math.fround(0.004), Math.fround(0.9), 128, rule);
          assert.equal(differing(out.q.data as Uint8Array, q).count, 0, `${family.id} ${data}: QLinearMatMul`);
        }
      }
    }
  });
});

/** The families scripts/cpu-legs.sh can run the real kernels of under qemu on any x64 machine. */
const QEMU_LEGS = ['x64-avx2', 'arm64', 'arm64-dotprod'];

describe('emulated kernels against the real kernels of this machine\'s family', function () {
  const ctx = useEngine();
  for (const family of KERNEL_FAMILIES) {
    it(`${family.id}: the emulation equals the real kernel bit for bit, where this CPU is of that family`, async function () {
      const facts = await runtimeFacts(ctx.engine());
      if (facts.family !== family.id) {
        pendingBecause(this, `this CPU's runtime measures as ${facts.family} (${describeFacts(facts)}); ${QEMU_LEGS.includes(family.id)
          ? `scripts/cpu-legs.sh runs this test under qemu as ${family.id}`
          : `it needs a ${family.title} CPU (qemu does not emulate VNNI)`}`);
      }
      const lines: string[] = [];
      for (const [i, c] of CONV_CASES.entries()) {
        const { model, feed } = convCase(c, 300 + i);
        const real = (await ctx.engine().call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'all', config: family.compileConfig, freeDims: {} }, feeds: { x: feed } })).outputs.y.data as ArrayLike<number>;
        const file = path.join(ctx.dir(), `real-${i}.onnx`);
        await ctx.engine().call('compile', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'all', config: family.compileConfig, freeDims: {} }, optimizedPath: file, exposeTypes: false });
        const em = emulateIntegerKernels(readModel(file).model, family);
        const emulated = (await ctx.engine().call('run', { model: { bytes: encodeModel(em.model) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds: { x: feed } })).outputs.y.data as ArrayLike<number>;
        const d = differing(emulated, real);
        lines.push(`${c.name}: ${d.count}/${real.length} differ`);
        assert.equal(d.count, 0, `${c.name}: ${d.count} outputs differ from the real kernel (max ${d.max})`);
      }
      console.log(`      ${describeFacts(facts)}\n      ${lines.join('\n      ')}`);
    });
  }
});
