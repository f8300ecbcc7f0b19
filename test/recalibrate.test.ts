import * as assert from 'assert';
import { buildIR } from '../src/engine/ir/build-ir';
import { ConstValues } from '../src/engine/ir/const-values';
import { decodeModel, encodeModel } from '../src/engine/onnx/model-file';
import type { ModelMsg } from '../src/engine/onnx/schema';
import { toFloat32 } from '../src/engine/onnx/tensor-codec';
import { convTwin } from './helpers/compare-models';
import { useEngine } from './helpers/engine';
import { activationReaders, outputQuantize } from './helpers/faults';
import { setActivationScales } from './helpers/recalibrate';

const copy = (m: ModelMsg) => decodeModel(encodeModel(m), 'copy');

/** Per conv of the model: its output QuantizeLinear's scale, and its int32 bias with that bias's scale. */
function quantOf(model: ModelMsg, convs: string[]) {
  const { graph: g } = buildIR(model);
  const consts = new ConstValues(model.graph!);
  return convs.map((name) => {
    const conv = g.nodes.find((n) => n.name === name)!;
    const q = outputQuantize(g, conv.index);
    const biasDq = g.nodes[g.values.get(conv.inputs[2])!.producer];
    const inputDq = g.nodes[g.values.get(conv.inputs[0])!.producer];
    return {
      inputScale: inputDq.opType === 'DequantizeLinear' ? toFloat32(consts.get(inputDq.inputs[1])!)[0] : null,
      scale: q >= 0 ? toFloat32(consts.get(g.nodes[q].inputs[1])!)[0] : null,
      readers: q >= 0 ? activationReaders(g, q).map((r) => toFloat32(consts.get(g.nodes[r].inputs[1])!)[0]) : [],
      biasInts: Array.from(consts.get(biasDq.inputs[0])!.data as Int32Array),
      biasScales: Array.from(toFloat32(consts.get(biasDq.inputs[1])!)),
    };
  });
}

// The bench that checks a model calibrated on photographs (bench/calibrated-photos-bench.ts) rests on this helper.
describe('setActivationScales (test helper: a QDQ model recalibrated)', function () {
  this.timeout(120_000);
  const { engine } = useEngine();

  it('sets each layer\'s output scale on its QuantizeLinear and readers, and moves the next conv\'s int32 bias to it', async () => {
    const twin = await convTwin(engine(), { depth: 4 });
    const before = quantOf(twin.qdq, twin.convs);
    const scales = new Map(twin.convs.flatMap((c, i) => (before[i].scale ? [[c, before[i].scale! * 2] as [string, number]] : [])));
    assert.ok(scales.size >= 2, 'the twin has quantized conv outputs');
    const model = copy(twin.qdq);
    assert.deepStrictEqual(setActivationScales(model, scales), [...scales.keys()]);
    const after = quantOf(model, twin.convs);
    twin.convs.forEach((c, i) => {
      const s = scales.get(c);
      if (s === undefined) return;
      assert.strictEqual(after[i].scale, Math.fround(s));
      assert.ok(after[i].readers.length > 0 && after[i].readers.every((r) => r === Math.fround(s)), `${c}: readers on the new scale`);
    });
    // Each conv's bias moves with its input's scale (a rescaled activation, possibly through an Add), and stays the
    // same bias in real terms, within half of its new step.
    let moved = 0;
    for (let i = 0; i < twin.convs.length; i++) {
      const ratio = after[i].inputScale! / before[i].inputScale!;
      if (ratio !== 1) moved++;
      after[i].biasInts.forEach((v, c) => {
        const real = before[i].biasInts[c] * before[i].biasScales[c];
        assert.ok(Math.abs(after[i].biasScales[c] / before[i].biasScales[c] - ratio) < 1e-6, `${twin.convs[i]} channel ${c}: bias scale moved with the input scale`);
        assert.ok(Math.abs(v * after[i].biasScales[c] - real) <= after[i].biasScales[c] / 2 + 1e-9, `${twin.convs[i]} channel ${c}: bias ${v * after[i].biasScales[c]} for ${real}`);
      });
    }
    assert.ok(moved >= 2, `${moved} convs read a rescaled activation`);
  });
});
