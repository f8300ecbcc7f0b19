import { strict as assert } from 'assert';
import { randomValues, rng } from '../src/engine/builder/model-builder';
import { encodeModel } from '../src/engine/onnx/model-file';
import { Tensor } from '../src/engine/onnx/tensor-codec';
import { dynamicUNetTwins } from './helpers/large-unet';
import { useEngine } from './helpers/engine';

/** Capture in graph order (segment-capture.ts): each chunk runs only the nodes since the last one, same values. */
describe('capture streams: chunks in graph order run each node about once', function () {
  const ctx = useEngine();
  const session = { provider: 'cpu', level: 'disabled' as const, config: {}, freeDims: {} };
  const { quant } = dynamicUNetTwins({ size: 32, convsPerLevel: [2, 2, 2, 2, 2, 2, 2, 2] });
  const bytes = encodeModel(quant);
  const samples = [0, 1].map((k): Record<string, Tensor> => ({ input: { name: 'input', dtype: 'float32', dims: [1, 3, 32, 32], data: Float32Array.from(randomValues(3 * 32 * 32, -1, 1, rng(k + 3))) } }));
  const tensors = quant.graph!.node.flatMap((n) => n.output);
  // Chunks of 7 tensors in graph order, and a last chunk that reaches back (a restart from the first node).
  const chunks = [...Array.from({ length: Math.ceil(tensors.length / 7) }, (_, i) => tensors.slice(7 * i, 7 * i + 7)), [tensors[3], tensors.at(-1)!]];

  it('gives the values of a whole-model capture, and runs every node once until a chunk reaches back', async () => {
    const engine = ctx.engine();
    let ran = 0;
    for (const [i, fetch] of chunks.entries()) {
      const whole = await engine.call('capture', { model: { bytes }, session, feeds: samples, fetch });
      const streamed = await engine.call('capture', { model: { bytes }, session, feeds: samples, fetch, stream: { key: 'test:model' } });
      assert.equal(whole.streamedNodes, undefined);
      assert.ok(streamed.streamedNodes !== undefined, `chunk ${i} fell back to a whole run`);
      if (i < chunks.length - 1) ran += streamed.streamedNodes!;
      else assert.ok(streamed.streamedNodes! > 0 && streamed.streamedNodes! <= quant.graph!.node.length, 'a chunk reaching back restarts');
      for (const [k, sample] of whole.outputs.entries()) {
        for (const name of fetch) assert.deepEqual(streamed.outputs[k][name].data, sample[name].data, `${name}, sample ${k}`);
      }
    }
    assert.equal(ran, quant.graph!.node.length, 'every node ran once over the chunks in order');
    await engine.call('capture', { model: { bytes }, session, feeds: [], fetch: [], stream: { key: 'test:model', end: true } });
  });

  it('runs every node once when chunks of one node each also fetch the tensors of nodes calls back, told as later fetches', async () => {
    // Large inputs make chunks of two or three rows: the inputs of a chunk's layers were made several calls before,
    // some long before (a copy starts up to 64 nodes upstream).
    const engine = ctx.engine();
    const nodes = quant.graph!.node;
    const back = (i: number) => (i >= 3 ? nodes[i - 3].output : []).concat(i >= 40 && i % 10 === 0 ? nodes[i - 40].output : []);
    const fetches = nodes.map((n, i) => [...new Set([...n.output, ...back(i)].filter(Boolean))]);
    let ran = 0;
    for (let i = 0; i < nodes.length; i++) {
      const fetch = fetches[i];
      const later = [...new Set(fetches.slice(i + 1).flat())];
      const streamed = await engine.call('capture', { model: { bytes }, session, feeds: samples, fetch, stream: { key: 'test3:model', later } });
      assert.ok(streamed.streamedNodes !== undefined, `node ${i} fell back to a whole run`);
      ran += streamed.streamedNodes!;
      if (i % 25 === 0) {
        const whole = await engine.call('capture', { model: { bytes }, session, feeds: samples, fetch });
        for (const name of fetch) assert.deepEqual(streamed.outputs[1][name].data, whole.outputs[1][name].data, name);
      }
    }
    assert.equal(ran, nodes.length, 'no restart');
    await engine.call('capture', { model: { bytes }, session, feeds: [], fetch: [], stream: { key: 'test3:model', end: true } });
  });

  it('lets a tensor go once no later node reads it and no later call will fetch it: fetching it again restarts', async () => {
    const engine = ctx.engine();
    const nodes = quant.graph!.node;
    // A tensor made early whose last reader is also early (no skip connection reads it later).
    const lastReader = (t: string) => Math.max(...nodes.map((n, i) => (n.input.includes(t) ? i : -1)));
    const at = nodes.findIndex((n, i) => i > 0 && lastReader(n.output[0]) > i && lastReader(n.output[0]) < 12);
    const t = nodes[at].output[0];
    const call = (fetch: string[], later: string[] = []) => engine.call('capture', { model: { bytes }, session, feeds: samples, fetch, stream: { key: 'test4:model', later } });
    // Told that a later call fetches it, the stream keeps it past its last reader: fetched again, nothing runs.
    await call([nodes[20].output[0]], [t]);
    assert.equal((await call([t])).streamedNodes, 0);
    // Not told: gone once its last reader ran, so fetching it again runs the graph from the first node up to it.
    await call([nodes[30].output[0]]);
    assert.equal((await call([t])).streamedNodes, at + 1, 'restarted from the first node');
    await engine.call('capture', { model: { bytes }, session, feeds: [], fetch: [], stream: { key: 'test4:model', end: true } });
  });

  it('starts over on other inputs under the same key, and leaves sessions with optimizations on to whole runs', async () => {
    const engine = ctx.engine();
    const fetch = [tensors[10]];
    const a = await engine.call('capture', { model: { bytes }, session, feeds: [samples[0]], fetch, stream: { key: 'test2:model' } });
    const b = await engine.call('capture', { model: { bytes }, session, feeds: [samples[1]], fetch, stream: { key: 'test2:model' } });
    const whole = await engine.call('capture', { model: { bytes }, session, feeds: [samples[1]], fetch });
    assert.deepEqual(b.outputs[0][fetch[0]].data, whole.outputs[0][fetch[0]].data);
    assert.notDeepEqual(a.outputs[0][fetch[0]].data, b.outputs[0][fetch[0]].data);
    const all = await engine.call('capture', { model: { bytes }, session: { ...session, level: 'all' as const }, feeds: [samples[0]], fetch, stream: { key: 'test2:model' } });
    assert.equal(all.streamedNodes, undefined);
  });

  it('takes the model and feeds once: later calls of the stream say held and send neither, with the same values; a key that holds none is refused', async () => {
    const engine = ctx.engine();
    for (const [i, fetch] of chunks.slice(0, 4).entries()) {
      const whole = await engine.call('capture', { model: { bytes }, session, feeds: samples, fetch });
      const streamed = await engine.call('capture', { model: { bytes: i === 0 ? bytes : new Uint8Array() }, session, feeds: i === 0 ? samples : [], fetch, stream: { key: 'test5:model', held: i > 0 } });
      assert.equal(streamed.outputs.length, samples.length, `chunk ${i}: one result per sample the first call sent`);
      for (const [k, sample] of whole.outputs.entries()) for (const name of fetch) assert.deepEqual(streamed.outputs[k][name].data, sample[name].data, `${name}, sample ${k}`);
    }
    await engine.call('capture', { model: { bytes }, session, feeds: [], fetch: [], stream: { key: 'test5:model', end: true } });
    await assert.rejects(engine.call('capture', { model: { bytes: new Uint8Array() }, session, feeds: [], fetch: chunks[0], stream: { key: 'test5:model', held: true } }), /holds no model and feeds: its first call must send them/);
  });

});
