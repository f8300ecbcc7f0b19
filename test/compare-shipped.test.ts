import { strict as assert } from 'assert';
import * as path from 'path';
import { writeNpy } from '../src/engine/io/npy';
import { compareModels, CompareOptions, PairValues } from '../src/engine/compare/compare';
import { CompareReport } from '../src/engine/compare/compare-report';
import { compareMarkdown } from '../src/engine/compare/report/report-markdown';
import { compareHtml } from '../src/engine/compare/report/report-html';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { compileFor, saveModel, useEngine } from './helpers/engine';
import { encodeModel, readModel } from '../src/engine/onnx/model-file';
import { Tensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { GraphBuilder, randomValues, rng } from '../src/engine/builder/model-builder';
import { EngineClient } from '../src/engine/process/engine-client';
import { bertBlockTwins, dynamicInt8Twins, dynamicMlpTwins, fp16Attention, fp16Twins, QatTransformer, swishConvNet, TransformerOptions } from './helpers/shipped-models';

function show(r: CompareReport): void {
  for (const l of r.layers) console.log(`      ${l.tensor} | ${l.referenceTensor} | ${l.sqnrDb} | ${l.localSqnrDb} | ${l.dtype} | ${l.note ?? ''}`);
  for (const c of r.culprits) console.log(`      culprit ${c.node} ${c.kind} ${c.score}: ${c.explanation}`);
  console.log(`      unmatched ${JSON.stringify(r.unmatched)}`);
}

const session = { provider: 'cpu', level: 'disabled' as const, config: {}, freeDims: {} };

/** The QAT transformer and its float twin, calibrated on one input (the comparison's input). */
async function transformerTwins(engine: EngineClient, o: TransformerOptions = {}): Promise<{ quant: ReturnType<QatTransformer['quant']>; float: ReturnType<QatTransformer['float']>; input: Tensor }> {
  const t = new QatTransformer(o);
  const float = t.float();
  const input: Tensor = { name: 'x', dtype: 'float32', dims: [1, 8, 32], data: Float32Array.from(randomValues(256, -2, 2, rng(5))) };
  const fetch = t.points.filter((p) => p !== 'x');
  const run = await engine.call('run', { model: { bytes: encodeModel(float) }, session, feeds: { x: input }, fetch });
  const maxAbs = (v: Float32Array) => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const ranges = new Map<string, number>([['x', maxAbs(input.data as Float32Array)], ...fetch.map((p): [string, number] => [p, maxAbs(toFloat32(run.outputs[p]))])]);
  return { quant: t.quant(ranges), float, input };
}

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/** Models as they ship (fusions the runtime makes, transformers, dynamic int8, fp16): no comparison of different quantities. */
describe('compare: models as they ship', function () {
  const ctx = useEngine();
  const compare = (model: string, o: Partial<CompareOptions> = {}): Promise<CompareReport> =>
    compareModels({ model, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine(), ...o });

  for (const t of ['cpu', 'cpu-no-layout']) {
    it(`says a tensor the compiler fused away (x * sigmoid(x)) is not observable, and never pairs it with another tensor (${t})`, async () => {
      const file = saveModel(ctx.dir(), `swish-${t}.onnx`, swishConvNet());
      const compiled = await compileFor(file, t, ctx.engine());
      const compiledNodes = new Set(compiled.compiled!.nodes.map((n) => n.name));
      const r = await compare(file, { target: target(t) });
      // A float model compiled for this CPU: every compared value is the source's to float rounding.
      for (const l of r.layers) {
        if (l.fused) {
          assert.ok(compiledNodes.has(l.fused), `${l.tensor} is said to be fused into ${l.fused}, which the compiled graph does not hold`);
          assert.equal(l.sqnrDb, null);
          assert.match(l.note ?? '', /not observable \(fused into /);
        } else {
          assert.ok(l.sqnrDb !== null && l.sqnrDb > 60, `${l.tensor}: ${l.sqnrDb} dB (${l.note ?? ''}) — a float model compiled here pairs only equal values`);
        }
      }
      assert.deepEqual(r.culprits, []);
      for (let i = 0; i < 3; i++) {
        const mul = r.layers.find((l) => l.tensor === `/block${i}/act/Mul_output_0`);
        assert.ok(mul && mul.sqnrDb !== null, `the swish output of block ${i} is compared`);
        assert.ok(r.layers.some((l) => l.tensor === `/block${i}/act/Sigmoid_output_0`), `block ${i}'s sigmoid is either compared or marked fused`);
      }
      // Where the runtime fused the swish (QuickGelu), the sigmoid is marked fused into that node.
      const quickGelu = compiled.compiled!.nodes.filter((n) => n.opType === 'QuickGelu');
      for (const q of quickGelu) {
        const sig = q.origin.find((o) => o.endsWith('/Sigmoid'));
        if (!sig) continue;
        const row = r.layers.find((l) => l.node === sig);
        assert.equal(row?.fused, q.name, JSON.stringify(row));
      }
      // The reports say it in words.
      if (r.layers.some((l) => l.fused)) {
        assert.match(compareMarkdown(r), /not observable \(fused into /);
        assert.match(compareHtml(r), /not observable \(fused into /);
      }
    });
  }

  describe('a QAT transformer (decomposed LayerNorm, 7-bit QuantizeLinear -> Clip -> DequantizeLinear)', () => {
    async function files(name: string, o: TransformerOptions = {}): Promise<{ quant: string; float: string; input: string }> {
      const m = await transformerTwins(ctx.engine(), o);
      const input = path.join(ctx.dir(), `${name}-x.npy`);
      writeNpy(input, m.input);
      return { quant: saveModel(ctx.dir(), `${name}-qat.onnx`, m.quant), float: saveModel(ctx.dir(), `${name}-float.onnx`, m.float), input };
    }

    it('compares every pair on real values (integers dequantized on their own grid) and finds no culprit on the clean model', async () => {
      const f = await files('clean');
      const m = readModel(f.quant).model;
      const everyTensor = m.graph!.node!.flatMap((n) => n.output ?? []);
      let kept: PairValues[] = [];
      const r = await compare(f.quant, { reference: f.float, input: f.input, pairs: { tensors: everyTensor, notable: false, onPairs: (p) => { kept = p; } } });
      if (process.env.QL_DEBUG) show(r);
      assert.ok(r.layers.length >= 30, JSON.stringify(r.layers.map((l) => l.tensor)));
      // Structurally: every pair of an integer capture was dequantized, and its values sit on that grid.
      const byTensor = new Map(kept.map((p) => [p.tensor, p]));
      let integerPairs = 0;
      for (const l of r.layers) {
        if (l.fused) continue;
        const p = byTensor.get(l.tensor);
        assert.ok(p, `pair of ${l.tensor} kept`);
        if (!l.dtype || !/int/.test(l.dtype)) continue;
        integerPairs++;
        assert.ok(p.quant && p.quant.scale.length === 1, `${l.tensor} (${l.dtype}) compared without its grid`);
        const [s, z] = [p.quant.scale[0], p.quant.zeroPoint[0]];
        const off = p.actual.reduce((m, v) => Math.max(m, Math.abs(v / s + z - Math.round(v / s + z))), 0);
        assert.ok(off < 1e-3, `${l.tensor}: values ${off} steps off the grid of scale ${s}`);
      }
      assert.ok(integerPairs >= 10, `${integerPairs} integer captures`);
      // The heads' own Transposes (k's is 0,2,3,1) move data: they are not a channels-last layout to undo.
      assert.deepEqual(r.unmatched.model.filter((u) => /\(shape \[/.test(u)), []);
      assert.ok(r.layers.some((l) => l.tensor === '/block0/attn/k/Transpose_output_0' && l.sqnrDb !== null));
      for (const l of r.layers) assert.ok(l.sqnrDb === null || l.sqnrDb > 20, `${l.tensor}: ${l.sqnrDb} dB (${l.note ?? ''})`);
      assert.deepEqual(r.culprits.map((c) => `${c.node} ${c.kind}`), []);
    });

    it('finds an activation scale divided by 8 in one block: that layer, as clipping', async () => {
      const f = await files('fault', { faultAt: '/block1/attn/o/Add_output_0' });
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      if (process.env.QL_DEBUG) show(r);
      assert.ok(r.culprits.length >= 1);
      assert.equal(r.culprits[0].node, '/block1/attn/o/MatMul', JSON.stringify(r.culprits));
      assert.equal(r.culprits[0].kind, 'clipping', r.culprits[0].explanation);
      assert.ok(r.culprits.every((c) => c.kind !== 'unknown'), JSON.stringify(r.culprits));
    });

    it('reads weights through the Transpose PyTorch exports a Linear with, and explains a shifted bias (kind weights), which the what-if undoes', async () => {
      // Seen on a PyTorch 1.13 eager-QAT transformer: no weight evidence for any linear (the weights sit behind a
      // Transpose), and a layer whose bias was shifted was 'unknown' with a what-if that changed nothing (the bias is
      // the Add after the MatMul, which the twin's weights did not replace).
      const clean = await files('torch-clean', { torchLinears: true });
      const c = await compare(clean.quant, { reference: clean.float, input: clean.input });
      assert.deepEqual(c.culprits.map((x) => `${x.node} ${x.kind}`), []);
      assert.deepEqual(c.diagnostics.filter((d) => d.code.startsWith('QL-WEIGHT')).map((d) => d.message), []);
      const f = await files('torch-bias', { torchLinears: true, biasFault: { linear: '/block1/attn/v', add: 0.5 } });
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      if (process.env.QL_DEBUG) show(r);
      assert.equal(r.culprits[0]?.node, '/block1/attn/v/MatMul', JSON.stringify(r.culprits));
      assert.equal(r.culprits[0].kind, 'weights', r.culprits[0].explanation);
      assert.match(r.culprits[0].explanation, /The bias differs from the float twin's in 32 of 32 output channels/);
      const w = r.whatIf[0];
      assert.ok(w && w.outputSqnrAfter !== null && w.outputSqnrBefore !== null && w.outputSqnrAfter > w.outputSqnrBefore + 6, JSON.stringify(r.whatIf));
    });

    it('finds a weight scale x8 (the weights on a grid 8x coarser than they need): that layer, kind weights', async () => {
      // Seen on a PyTorch 1.13 eager-QAT transformer: v's weight scale x8 cost 6 dB at that layer and was not found
      // (the weights still sit on their grid, so against the twin they err by rounding only).
      const f = await files('torch-coarse', { torchLinears: true, weightScaleFault: { linear: '/block0/attn/v', factor: 8 } });
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      if (process.env.QL_DEBUG) show(r);
      assert.equal(r.culprits[0]?.node, '/block0/attn/v/MatMul', JSON.stringify(r.culprits));
      assert.equal(r.culprits[0].kind, 'weights', r.culprits[0].explanation);
      assert.match(r.culprits[0].explanation, /the weight scale is about 8x larger than the weights need/);
    });

    it('finds a LayerNorm output scale divided by 8, though the runtime fuses the LayerNorm (its inner tensors are not observable)', async () => {
      // Found on a real PyTorch 1.13 QAT export: the fused LayerNorm's unit had no input SQNR (its Sub and Sqrt inputs
      // are fused away), so its drop from the residual stream was not seen and the layers after it inherited the loss.
      const f = await files('fault-ln', { faultAt: '/block1/ln1/Add_1_output_0', floatResidual: true });
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      if (process.env.QL_DEBUG) show(r);
      assert.ok(r.layers.some((l) => l.node?.startsWith('/block1/ln1/') && l.fused), 'the runtime fuses the LayerNorm here');
      assert.ok(r.culprits.length >= 1, 'a culprit');
      assert.match(r.culprits[0].node, /^\/block1\/ln1\//, JSON.stringify(r.culprits));
      assert.equal(r.culprits[0].kind, 'clipping', r.culprits[0].explanation);
      const clean = await files('clean-ln', { floatResidual: true });
      assert.deepEqual((await compare(clean.quant, { reference: clean.float, input: clean.input })).culprits.map((c) => `${c.node} ${c.kind}`), [], 'the same model without the fault has no culprit');
    });
  });

  describe('dynamic int8 (DynamicQuantizeLinear -> ConvInteger / MatMulInteger, as quantize_dynamic writes it)', () => {
    function dynamicFiles(name: string, spread = 1): { quant: string; float: string; half: string; input: string } {
      const m = dynamicInt8Twins(spread !== 1 ? { quietChannel: 3 } : {});
      const r = rng(9);
      const data = Float32Array.from(randomValues(8 * 64, -1, 1, r));
      // An outlier channel: a few values far outside the rest stretch the per-tensor range computed at run time.
      if (spread !== 1) for (let i = 0; i < 4; i++) data[3 * 64 + i * 9] *= spread;
      const input = path.join(ctx.dir(), `${name}-x.npy`);
      writeNpy(input, { name: 'x', dtype: 'float32', dims: [1, 8, 8, 8], data });
      return { quant: saveModel(ctx.dir(), `${name}-dyn.onnx`, m.quant), float: saveModel(ctx.dir(), `${name}-float.onnx`, m.float), half: saveModel(ctx.dir(), `${name}-fp16.onnx`, m.half), input };
    }

    it('finds one outlier channel of 64 that stretches a linear\'s run-time range behind a fused LayerNorm: that layer, run alone, kind dynamic-range', async () => {
      // Seen on a PyTorch transformer quantized the way quantize_dynamic does it: the layer was 'unknown' with no
      // local SQNR (its DynamicQuantizeLinear outputs had no reference value to feed), and the 99th percentile of
      // |x| sat inside the outlier channel (1.6% of the values), so the outliers were not seen as such.
      const input = path.join(ctx.dir(), 'mlp-x.npy');
      writeNpy(input, { name: 'x', dtype: 'float32', dims: [1, 16, 64], data: Float32Array.from(randomValues(1024, -1, 1, rng(9))) });
      const run = async (name: string, outlier: number) => {
        const m = dynamicMlpTwins({ outlier });
        const quant = saveModel(ctx.dir(), `${name}-dyn.onnx`, m.quant);
        return compare(quant, { reference: saveModel(ctx.dir(), `${name}-float.onnx`, m.float), input });
      };
      const r = await run('mlp-outlier', 100);
      if (process.env.QL_DEBUG) show(r);
      assert.ok(r.layers.some((l) => l.node?.startsWith('/ln/') && l.fused), 'the runtime fuses the LayerNorm here');
      assert.ok(r.culprits.length >= 1, 'a culprit');
      const c = r.culprits[0];
      assert.equal(c.node, '/mlp/fc1/MatMul_quant', JSON.stringify(r.culprits));
      assert.equal(c.kind, 'dynamic-range', c.explanation);
      assert.notEqual(c.localSqnrDb, null, 'the layer ran alone, with the DynamicQuantizeLinear in front of it');
      assert.match(c.fix, /nodes_to_exclude=\['\/mlp\/fc1\/MatMul'\]/, 'the float model\'s node name');
      assert.deepEqual((await run('mlp-clean', 1)).culprits.map((x) => `${x.node} ${x.kind}`), [], 'no culprit without the outlier');
    });

    it('compares a BERT block as the transformer optimizer and quantize_dynamic publish it (QAttention against Attention), every layer run alone', async () => {
      // Seen on such a block: QAttention could not run alone ("Type 'tensor(float)' of input x_quantized is invalid"):
      // its copy was fed the float reference where it takes the DynamicQuantizeLinear's uint8 output.
      const m = bertBlockTwins();
      const quant = saveModel(ctx.dir(), 'bert-int8.onnx', m.quant);
      const float = saveModel(ctx.dir(), 'bert-float.onnx', m.float);
      const input = path.join(ctx.dir(), 'bert-x.npy');
      writeNpy(input, { name: 'x', dtype: 'float32', dims: [1, 16, 64], data: Float32Array.from(randomValues(1024, -1, 1, rng(12))) });
      for (const reference of [float, undefined]) {
        const r = await compare(quant, { reference, input });
        if (process.env.QL_DEBUG) show(r);
        assert.deepEqual(r.diagnostics.filter((d) => d.code === 'QL-LOCAL-SKIPPED').map((d) => d.message), [], r.mode);
        const att = r.layers.find((l) => l.node === '/attn/Attention_quant' && l.sqnrDb !== null && l.localSqnrDb !== null);
        assert.ok(att, `${r.mode}: QAttention compared and run alone: ${JSON.stringify(r.layers.filter((l) => l.node === '/attn/Attention_quant'))}`);
        assert.ok(att.sqnrDb! > 25, `${r.mode}: ${att.sqnrDb} dB`);
        assert.deepEqual(r.culprits, [], r.mode);
      }
    });

    it('compares against its exact reference, its float twin and its fp16 sibling, dequantizing with the scale and zero point computed at run time', async () => {
      const f = dynamicFiles('clean');
      for (const reference of [undefined, f.float, f.half]) {
        let kept: PairValues[] = [];
        const r = await compare(f.quant, { reference, input: f.input, pairs: { tensors: ['/conv1/Conv_input_quantized'], notable: false, onPairs: (p) => { kept = p; } } });
        if (reference) assert.deepEqual(r.layers.map((l) => l.tensor), ['/conv0/Relu_output_0', '/conv1/Relu_output_0', '/flatten/Reshape_output_0', 'logits'], reference);
        if (process.env.QL_DEBUG) show(r);
        assert.deepEqual(r.culprits.map((c) => `${c.node} ${c.kind}`), []);
        assert.deepEqual(r.runtimeQuantized, ['/conv0/Conv_input_quantized', '/conv1/Conv_input_quantized', '/fc/MatMul_input_quantized']);
        // Against the exact reference the uint8 tensors quantized at run time are compared on the grid computed then.
        if (!reference) {
          const dq = kept.find((p) => p.tensor === '/conv1/Conv_input_quantized');
          assert.ok(dq?.quant && dq.quant.scale.length === 1 && dq.quant.scale[0] > 0, JSON.stringify(dq?.quant));
          const [s, z] = [dq.quant.scale[0], dq.quant.zeroPoint[0]];
          assert.ok(dq.actual.every((v) => Math.abs(v / s + z - Math.round(v / s + z)) < 1e-3), 'dequantized values on the run-time grid');
        }
        for (const l of r.layers) assert.ok(l.sqnrDb === null || l.sqnrDb > 25, `${r.mode} ${l.tensor}: ${l.sqnrDb} dB (${l.note ?? ''})`);
      }
    });

    it('finds a per-tensor run-time range that outliers dominate: that layer, kind dynamic-range, with its fix', async () => {
      const f = dynamicFiles('outliers', 400);
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      if (process.env.QL_DEBUG) show(r);
      assert.ok(r.culprits.length >= 1, JSON.stringify(r.layers.map((l) => [l.tensor, l.sqnrDb])));
      assert.equal(r.culprits[0].node, '/conv0/Conv_quant_ConvInteger');
      assert.equal(r.culprits[0].kind, 'dynamic-range', r.culprits[0].explanation);
      assert.match(r.culprits[0].explanation, /one range per tensor/);
      assert.match(r.culprits[0].fix, /per channel/);
      assert.match(r.culprits[0].fix, /exclude/);
    });

    it("compares the runtime's fused DynamicQuantizeMatMul against its exact reference", async () => {
      const r0 = rng(13);
      const b = new GraphBuilder('dynamic_matmul');
      const x = b.input('x', 'float32', [4, 16]);
      const w = b.constant('w_quantized', 'int8', [16, 8], randomValues(128, -127, 127, r0, true));
      const ws = b.constant('w_scale', 'float32', [8], randomValues(8, 0.002, 0.004, r0));
      const wz = b.constant('w_zero_point', 'int8', [8], new Array(8).fill(0));
      b.output(b.op('DynamicQuantizeMatMul', [x, w, ws, wz], {}, { name: '/fc/DynamicQuantizeMatMul', domain: 'com.microsoft', output: 'y' }));
      const file = saveModel(ctx.dir(), 'dqmm.onnx', b.model({ opset: 13, extraOpsets: { 'com.microsoft': 1 } }));
      const r = await compare(file);
      if (process.env.QL_DEBUG) show(r);
      assert.deepEqual(r.runtimeQuantized, ['x']);
      const y = r.layers.find((l) => l.tensor === 'y');
      assert.ok(y && y.sqnrDb !== null && y.sqnrDb > 40, JSON.stringify(r.layers));
      assert.deepEqual(r.culprits, []);
    });
  });

  describe('fp16 (float16 weights and activations, Casts in and out)', () => {
    function fp16Files(name: string, o: Parameters<typeof fp16Twins>[0] = {}): { half: string; float: string; input: string } {
      const m = fp16Twins(o);
      const input = path.join(ctx.dir(), `${name}-x.npy`);
      writeNpy(input, { name: 'x', dtype: 'float32', dims: [1, 8, 8, 8], data: Float32Array.from(randomValues(512, -1, 1, rng(3))) });
      return { half: saveModel(ctx.dir(), `${name}-fp16.onnx`, m.half), float: saveModel(ctx.dir(), `${name}-fp32.onnx`, m.float), input };
    }
    it('runs every layer of an fp16 attention alone, its inputs typed as the graph computes them (undeclared types, Constant nodes)', async () => {
      // Seen on a PyTorch transformer converted to float16: 8 layers 'could not run alone' ("Type parameter (T) of
      // Optype (Div) bound to different types"): their inputs were fed as float32 where the graph computes float16.
      const file = saveModel(ctx.dir(), 'attention-fp16.onnx', fp16Attention());
      const input = path.join(ctx.dir(), 'attention-x.npy');
      writeNpy(input, { name: 'x', dtype: 'float32', dims: [1, 8, 16], data: Float32Array.from(randomValues(128, -1, 1, rng(8))) });
      const r = await compare(file, { input });
      if (process.env.QL_DEBUG) show(r);
      assert.deepEqual(r.diagnostics.filter((d) => d.code === 'QL-LOCAL-SKIPPED').map((d) => d.message), []);
      // The scaled scores (MatMul and Div, one unit) and the residual Add with its output Cast (one unit, whose row is y).
      for (const tensor of ['/attn/Div_output_0', 'y']) {
        const row = r.layers.find((l) => l.tensor === tensor);
        assert.ok(row && row.localSqnrDb !== null, `${tensor} has a local SQNR: ${JSON.stringify(row)}`);
      }
      assert.deepEqual(r.culprits, []);
      // The runtime's float32 copies of the float16 weights are weights, not activations gone missing.
      assert.deepEqual(r.unmatched.model.filter((t) => /weight|bias/.test(t)), [], JSON.stringify(r.unmatched.model));
    });

    const fp16Codes = (r: CompareReport) => r.diagnostics.filter((d) => d.code.startsWith('QL-FP16')).map((d) => d.code);
    /** The fp16 model as the subject (against its float32 twin and against its exact reference) and as the reference. */
    const directions = (f: { half: string; float: string }) => [
      { as: 'subject', model: f.half, reference: f.float as string | undefined },
      { as: 'reference', model: f.float, reference: f.half as string | undefined },
      { as: 'subject (compiled-vs-source)', model: f.half, reference: undefined },
    ];

    it('compares a clean fp16 model with its float32 twin, as its reference and with its exact reference, with no culprit and no fp16 finding', async () => {
      const f = fp16Files('half-clean');
      for (const d of directions(f)) {
        const r = await compare(d.model, { reference: d.reference, input: f.input });
        if (process.env.QL_DEBUG) show(r);
        const compared = r.layers.filter((l) => !l.fused);
        assert.ok(compared.length >= 3, JSON.stringify(r.layers.map((l) => l.tensor)));
        for (const l of compared) assert.ok(l.sqnrDb !== null && l.sqnrDb > 50, `${d.as}: ${l.tensor}: ${l.sqnrDb} dB`);
        // Every layer runs alone too: an fp16 layer's copy takes its inputs as float16.
        assert.ok(r.layers.filter((l) => l.localSqnrDb !== null).length >= 3, `${d.as}: ${JSON.stringify(r.layers.map((l) => [l.tensor, l.localSqnrDb]))}`);
        assert.deepEqual(r.culprits, [], d.as);
        assert.deepEqual(fp16Codes(r), [], d.as);
      }
    });

    it('finds weights that overflow fp16 when converted: that layer, kind fp16-range, on either side', async () => {
      const f = fp16Files('half-overflow', { gain: 1e6 });
      for (const d of directions(f)) {
        const r = await compare(d.model, { reference: d.reference, input: f.input });
        if (process.env.QL_DEBUG) show(r);
        assert.ok(r.culprits.length >= 1, JSON.stringify(r.layers.map((l) => [l.tensor, l.sqnrDb])));
        assert.equal(r.culprits[0].node, '/conv1/Conv', d.as);
        assert.equal(r.culprits[0].kind, 'fp16-range', r.culprits[0].explanation);
        assert.match(r.culprits[0].explanation, /float16 weights are stored as inf/);
        // The inf reaches the next layers through their inputs: only the layer that made it is blamed.
        assert.deepEqual(r.culprits.map((c) => c.node), ['/conv1/Conv'], d.as);
        assert.match(r.culprits[0].explanation, d.as === 'reference' ? /^The reference runs this layer in float16/ : /^This layer runs in float16/);
        assert.match(r.culprits[0].fix, d.as === 'reference' ? /the reference's, not this model's/ : /node_block_list=\['\/conv1\/Conv'\]/);
      }
    });

    it('finds activations that grow past 65504 from weights float16 holds: that layer, kind fp16-range, on either side', async () => {
      // Weights up to 3.5e4 and biases up to 3e4 are finite in float16; the layer's outputs reach about 1.4e5.
      const f = fp16Files('half-activations', { gain: 3e5 });
      for (const d of directions(f)) {
        const r = await compare(d.model, { reference: d.reference, input: f.input });
        if (process.env.QL_DEBUG) show(r);
        assert.deepEqual(r.culprits.map((c) => [c.node, c.kind]), [['/conv1/Conv', 'fp16-range']], `${d.as}: ${r.culprits.map((c) => c.explanation).join(' | ')}`);
        assert.match(r.culprits[0].explanation, /of its values (grow past 65504|are inf or nan)/);
        assert.doesNotMatch(r.culprits[0].explanation, /weights/);
      }
    });

    it('finds a layer scaled by 1e-6, its weights and values below float16\'s normal range: that layer, kind fp16-range, as subject and as reference (a finding against the exact reference)', async () => {
      const f = fp16Files('half-flush', { gain: 1e-6 });
      for (const d of directions(f)) {
        const r = await compare(d.model, { reference: d.reference, input: f.input });
        if (process.env.QL_DEBUG) show(r);
        if (!d.reference && r.culprits.length === 0) {
          // Against its exact reference the weights are the same on both sides; where this target kept the values in
          // float32 (the reference reads them as float16), the layer has no loss of its own: a finding names it.
          const found = r.diagnostics.find((x) => x.code === 'QL-FP16-SUBNORMAL');
          assert.ok(found && found.node === '/conv1/Conv', `${d.as}: ${JSON.stringify(r.diagnostics)}`);
          continue;
        }
        assert.deepEqual(r.culprits.map((c) => [c.node, c.kind]), [['/conv1/Conv', 'fp16-range']], `${d.as}: ${r.culprits.map((c) => c.explanation).join(' | ')}`);
        const why = r.culprits[0].explanation;
        // Measured against the float32 twin's weights: most are subnormal in float16, a share stored as 0.
        const m = /(\d+) of its (\d+) float16 weights are below 6\.1e-5.*\((\d+) of them as 0\): as stored they keep (-?[\d.]+) dB/.exec(why);
        assert.ok(m, why);
        assert.ok(Number(m[1]) > Number(m[2]) / 2 && Number(m[3]) > 0 && Number(m[4]) < 40, why);
        assert.match(why, /100\.0% of its non-zero values are below 6\.1e-5/);
      }
    });

    it('says where values fall below float16\'s normal range: a culprit where they are rounded to float16, a finding where they were not', async () => {
      // The output multiplied by 2^-20 (exact in float16): only the values leave the normal range, not the weights.
      const f = fp16Files('half-tail', { tail: 2 ** -20 });
      for (const d of directions(f)) {
        const r = await compare(d.model, { reference: d.reference, input: f.input });
        if (process.env.QL_DEBUG) show(r);
        const y = r.layers.find((l) => l.tensor === 'y')!;
        if (y.sqnrDb !== null && y.sqnrDb > 50) {
          // This target kept the chain in float32 up to the output: nothing lost here, so a finding and no culprit.
          assert.deepEqual(r.culprits, [], d.as);
          const found = r.diagnostics.find((x) => x.code === 'QL-FP16-SUBNORMAL');
          assert.ok(found && found.node === '/conv2/Conv', `${d.as}: ${JSON.stringify(r.diagnostics)}`);
          assert.match(found.message, /100\.0% of its non-zero values/);
        } else {
          assert.deepEqual(r.culprits.map((c) => [c.node, c.kind]), [['/conv2/Conv', 'fp16-range']], `${d.as}: ${JSON.stringify(r.layers.map((l) => [l.tensor, l.sqnrDb]))}`);
          assert.match(r.culprits[0].explanation, /non-zero values are below 6\.1e-5.*rounded to float16 they keep/);
          assert.doesNotMatch(r.culprits[0].explanation, /weights/);
        }
      }
    });
  });
});
