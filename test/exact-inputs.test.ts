import { strict as assert } from 'assert';
import { compareModels, CompareOptions } from '../src/engine/compare/compare';
import type { CompareReport, LayerRow } from '../src/engine/compare/compare-report';
import { ExactRows, sameBits } from '../src/engine/compare/local/exact-inputs';
import { SQNR_CAP_DB } from '../src/engine/compare/metrics/pair-metrics';
import type { ModelMsg } from '../src/engine/onnx/schema';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { saveModel, useEngine } from './helpers/engine';
import { dynamicUNetTwins } from './helpers/large-unet';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/**
 * Per ConvInteger layer of the dynamic-int8 U-Net: the float tensor its DynamicQuantizeLinear quantizes (what the
 * layer reads), and the tensors after it, in order, through the ops that end the layer (Cast, Mul, Add, Relu, Identity).
 */
function convLayers(model: ModelMsg): Array<{ reads: string; chain: string[] }> {
  const nodes = model.graph!.node;
  const producer = new Map(nodes.flatMap((n) => n.output.map((o) => [o, n] as const)));
  const consumers = (t: string) => nodes.filter((n) => n.input.includes(t));
  return nodes.filter((n) => n.op_type === 'ConvInteger').map((n) => {
    const dql = producer.get(n.input[0])!;
    assert.equal(dql.op_type, 'DynamicQuantizeLinear');
    const chain = [n.output[0]];
    for (let next = consumers(n.output[0]); next.length === 1 && ['Cast', 'Mul', 'Add', 'Relu', 'Identity'].includes(next[0].op_type); next = consumers(next[0].output[0])) chain.push(next[0].output[0]);
    return { reads: dql.input[0], chain };
  });
}

/**
 * Each layer's row, and the oracle from the report's own values: the layer read exactly the reference's values when
 * what it quantizes is the graph input or a row the comparison found equal (SQNR at the cap: no error at all).
 */
function readExactly(r: CompareReport, layers: ReturnType<typeof convLayers>, graphInput: string): Map<LayerRow, boolean> {
  const byTensor = new Map(r.layers.map((l) => [l.tensor, l]));
  const out = new Map<LayerRow, boolean>();
  for (const { reads, chain } of layers) {
    const row = chain.map((t) => byTensor.get(t)).find((l) => l && l.localSqnrDb !== null);
    if (row) out.set(row, reads === graphInput || byTensor.get(reads)?.sqnrDb === SQNR_CAP_DB);
  }
  return out;
}

describe('compare: a layer that read exactly the reference\'s values is not run alone', function () {
  const ctx = useEngine();
  const twins = dynamicUNetTwins({ size: 32, convsPerLevel: [2, 2, 2, 2, 2, 2, 2, 2] });
  const layers = convLayers(twins.quant);
  const graphInput = twins.quant.graph!.input[0].name;
  const compare = (o: Partial<CompareOptions>): Promise<CompareReport> =>
    compareModels({ model: saveModel(ctx.dir(), 'unet-int8.onnx', twins.quant), target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine(), ...o });

  it('against its float twin: only the first layer (it reads the input), whose local SQNR is its own pair, as its copy gives it', async function () {
    const float = saveModel(ctx.dir(), 'unet-float.onnx', twins.float);
    const r = await compare({ reference: float, mode: 'quant-vs-float' });
    const exact = readExactly(r, layers, graphInput);
    assert.equal(exact.size, twins.convs, 'every layer has a local SQNR');
    for (const [l, want] of exact) assert.equal(!!l.localFromModel, want, `${l.tensor}: read exactly ${want}, marked ${!!l.localFromModel}`);
    const first = [...exact].filter(([, e]) => e).map(([l]) => l);
    assert.equal(first.length, 1, 'the float twin differs from the int8 model after the first layer');
    assert.equal(first[0].localSqnrDb, first[0].sqnrDb);

    // Its copy run alone, as every layer ran before: the same local SQNR.
    const fedExactly = ExactRows.prototype.fedExactly;
    ExactRows.prototype.fedExactly = () => false;
    try {
      const copies = await compare({ reference: float, mode: 'quant-vs-float' });
      const again = copies.layers.find((l) => l.tensor === first[0].tensor)!;
      assert.equal(again.localFromModel, undefined);
      assert.equal(again.localSqnrDb, first[0].localSqnrDb);
      assert.deepEqual(copies.layers.map((l) => l.sqnrDb), r.layers.map((l) => l.sqnrDb));
    } finally {
      ExactRows.prototype.fedExactly = fedExactly;
    }
  });

  it('against its exact source: each layer whose input the compiled model computed exactly, on this CPU', async function () {
    const r = await compare({ mode: 'compiled-vs-source' });
    const exact = readExactly(r, layers, graphInput);
    assert.equal(exact.size, twins.convs);
    for (const [l, want] of exact) {
      assert.equal(!!l.localFromModel, want, `${l.tensor}: read exactly ${want}, marked ${!!l.localFromModel}`);
      if (want) assert.equal(l.localSqnrDb, l.sqnrDb);
    }
    assert.ok([...exact.values()].some((e) => e), 'the first layer reads the input itself');
  });
});

describe('ExactRows: which rows held exactly the reference\'s values', () => {
  it('compares bits: -0 is not +0, equal NaNs are equal, a different length is not the same', () => {
    assert.ok(sameBits(Float32Array.from([1, 0, NaN]), Float32Array.from([1, 0, NaN])));
    assert.ok(!sameBits(Float32Array.from([1, 0]), Float32Array.from([1, -0])));
    assert.ok(!sameBits(Float32Array.from([1, 2]), Float32Array.from([1, 2, 3])));
    // A view into a larger buffer reads its own values.
    const big = Float32Array.from([9, 1, 2, 9]);
    assert.ok(sameBits(big.subarray(1, 3), Float32Array.from([1, 2])));
  });

  it('a row is exact only when every input\'s pair was, and the metrics found no difference', () => {
    const rows = new ExactRows(new Set([0, 1, 2, 3, 4]));
    const a = Float32Array.from([1, 2]);
    rows.note(0, { reference: a, actual: Float32Array.from([1, 2]), equal: true });
    rows.note(0, { reference: a, actual: Float32Array.from([1, 2.5]), equal: false });
    rows.note(1, { reference: a, actual: Float32Array.from([1, 2]), equal: true });
    rows.note(2, null);
    rows.note(3, { reference: a, actual: Float32Array.from([1, 2]), equal: true });
    const only = (row: number) => ({ unit: 0, input: 'i', from: `t${row}`, start: `t${row}`, via: [] as string[], quantize: null, dtype: 'float32' as const, inputQuant: null });
    const fake = (row: number) => ({
      source: { inputs: [] } as never,
      rows: { rows: [], unitRow: new Map(), rowOf: (t: string) => (t === `t${row}` ? row : null) },
      chosen: () => ({ tensor: `t${row}` }) as never,
      samples: [],
    });
    const fed = (row: number) => rows.fedExactly({ unit: 0, tensor: 'out' }, [only(row)], fake(row));
    assert.equal(fed(0), false, 'inexact on its second input');
    assert.equal(fed(1), true);
    assert.equal(fed(2), false, 'not compared');
    assert.equal(fed(4), undefined, 'not measured yet');
    // A float16 or integer row that was exact held the reference's values; a graph input only when float32 on both sides.
    assert.equal(rows.fedExactly({ unit: 0, tensor: 'out' }, [{ ...only(3), dtype: 'float16' }], fake(3)), true);
    const input = { ...fake(3), source: { inputs: ['t3'] } as never, samples: [{ t3: { dtype: 'uint8' as const, dims: [1], data: new Uint8Array(1) } }] };
    assert.equal(rows.fedExactly({ unit: 0, tensor: 'out' }, [only(3)], input), false, 'a uint8 graph input');
    // The copy starts before the quantization of the exact row's tensor: it redoes a static one exactly, not a dynamic one.
    const before = { ...fake(3), rows: { ...fake(3).rows, rowOf: () => 3 } };
    const grid = { scale: [0.1], zeroPoint: [0], axis: null, dtype: 'uint8', qmin: 0, qmax: 255 } as never;
    assert.equal(rows.fedExactly({ unit: 0, tensor: 'out' }, [{ ...only(3), start: 't3-float', via: ['t3'], inputQuant: grid }], before), true);
    const dynamic = { scale: [], zeroPoint: [], axis: null, dtype: 'uint8', qmin: 0, qmax: 255, runtime: true } as never;
    assert.equal(rows.fedExactly({ unit: 0, tensor: 'out' }, [{ ...only(3), start: 't3-float', via: ['t3'], inputQuant: dynamic }], before), false);
  });
});
