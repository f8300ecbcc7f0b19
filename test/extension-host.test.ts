import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CompareReport } from '../src/engine/compare/compare-report';
import { graphJson } from '../src/engine/compile/report';
import { GraphBuilder } from '../src/engine/builder/model-builder';
import { buildIR } from '../src/engine/ir/build-ir';
import { CliRunner } from '../src/extension/cli-runner';
import { modelFileProblem } from '../src/extension/file-check';
import { comparisonEntries, comparisonSummary, moduleName, revealTarget, rowNames } from '../src/extension/comparison-tree-model';
import { contentFromReport, sourceContent } from '../src/extension/ir-content';
import { IRContent, IRTreeModel, TreeEntry } from '../src/extension/ir-tree-model';
import { inspectEntries } from '../src/extension/torchscript-tree-model';
import { targetTexts } from '../src/extension/target-texts';
import { errorOverlay, graphData } from '../src/extension/panels/graph-data';
import { webviewHtml } from '../src/extension/panels/webview-html';
import { compareModels } from '../src/engine/compare/compare';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { isDiffToHost, isGraphToHost, GraphData } from '../src/shared/protocol';

/** The same check the webview applies to `init` (kept local: the protocol exports only message guards). */
function isGraphData(g: GraphData): boolean {
  return typeof g.model === 'string' && Array.isArray(g.nodes) && Array.isArray(g.edges);
}
import { compileFor, realFixtures, repoRoot, requireRealFixtures, saveModel, useEngine } from './helpers/engine';
import { floatConvChain, qdqConvModel } from './helpers/models';
import { describeFacts, pendingBecause, runtimeFacts } from './helpers/probe';

/** A model of `n` Relu nodes in `n / 100` scopes of 10 sub-scopes each: the tree must stay lazy at this size. */
function wideModel(n: number): IRContent {
  const b = new GraphBuilder('wide');
  let x = b.input('x', 'float32', [1, 4]);
  for (let i = 0; i < n; i++) x = b.op('Relu', [x], {}, { name: `/block${Math.floor(i / 100)}/sub${Math.floor(i / 10) % 10}/Relu_${i}` });
  b.output(x);
  const { graph } = buildIR(b.model({ opset: 13 }));
  const j = graphJson(graph);
  return { model: 'wide.onnx', target: 'cpu', kind: 'source', inputs: graph.inputs, outputs: graph.outputs, nodes: j.nodes, values: j.values, diagnostics: [], failure: null };
}

describe('extension host logic (no VS Code)', function () {
  const ctx = useEngine();

  it('builds the IR tree from a compiled QDQ model: scopes, dtypes, NHWC badges, integer icons, findings', async () => {
    const file = saveModel(ctx.dir(), 'qdq.onnx', qdqConvModel({ depthwisePerTensor: true }));
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    const tree = new IRTreeModel(contentFromReport(report, file));
    const roots = tree.roots();
    assert.deepEqual(roots.map((r) => r.id), ['findings', 'inputs', 'outputs', 'nodes', 'initializers']);
    // A finding reads as its message; the code is the description (for looking it up).
    assert.ok(tree.children('findings').some((f) => f.description === 'QL-DEPTHWISE-PER-TENSOR' && !/^QL-/.test(f.label) && f.tooltip!.includes('Fix')));
    const all: TreeEntry[] = [];
    const walk = (id: string) => {
      for (const c of tree.children(id)) {
        all.push(c);
        if (c.collapsible) walk(c.id);
      }
    };
    walk('nodes');
    const convs = all.filter((e) => e.node && e.description?.includes('QLinearConv'));
    assert.ok(convs.length >= 2);
    assert.ok(convs.every((e) => e.icon === 'integer' && /uint8 \[1,8,8,16\] · NHWC/.test(e.description!)), JSON.stringify(convs.map((c) => c.description)));
    assert.ok(all.some((e) => e.icon === 'layout'), 'the inserted transposes look like layout moves');
    assert.ok(convs[0].tooltip!.includes('scale'), 'tooltips show quantization parameters');
    for (const e of all.filter((x) => x.node)) {
      let id: string | undefined = e.id;
      while (id && id !== 'nodes') id = tree.parent(id);
      assert.equal(id, 'nodes', `every node row has a parent chain to the root (${e.id})`);
    }
  });

  it('shows NCHWc badges for a float model at cpu (the block this CPU uses), and filters', async function () {
    const facts = await runtimeFacts(ctx.engine());
    if (facts.nchwcBlock === null) pendingBecause(this, `the runtime makes no NCHWc convs on this CPU (${describeFacts(facts)})`);
    const badge = `NCHW${facts.nchwcBlock}c`;
    const file = saveModel(ctx.dir(), 'float.onnx', floatConvChain());
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    const tree = new IRTreeModel(contentFromReport(report, file));
    tree.setFilter(badge.toLowerCase());
    const hits = tree.children('nodes');
    assert.ok(hits.length >= 2 && hits.every((h) => h.description!.includes(badge)), JSON.stringify(hits.map((h) => h.description)));
    tree.setFilter('no-such-thing');
    assert.match(tree.children('nodes')[0].label, /No node matches/);
  });

  it('folds a scope with one sub-scope (and no node) into one row, and says "1 node"', () => {
    const b = new GraphBuilder('nest');
    let x = b.input('x', 'float32', [1, 4]);
    x = b.op('Relu', [x], {}, { name: '/features/0/0/Conv_token_1' });
    x = b.op('Relu', [x], {}, { name: '/features/1/conv/0/Relu' });
    x = b.op('Relu', [x], {}, { name: '/features/1/conv/0/Relu_1' });
    x = b.op('Relu', [x], {}, { name: '/features/1/Add' });
    b.output(x);
    const { graph } = buildIR(b.model({ opset: 13 }));
    const j = graphJson(graph);
    const tree = new IRTreeModel({ model: 'nest.onnx', target: 'cpu', kind: 'source', inputs: graph.inputs, outputs: graph.outputs, nodes: j.nodes, values: j.values, diagnostics: [], failure: null });
    const top = tree.children('nodes');
    assert.deepEqual(top.map((e) => e.label), ['features'], 'the root scope keeps its row');
    const features = tree.children(top[0].id);
    assert.deepEqual(features.map((e) => [e.label, e.description?.split(' · ')[0]]), [['0/0', '1 node'], ['1', '3 nodes']]);
    assert.deepEqual(tree.children(features[0].id).map((e) => e.node), ['/features/0/0/Conv_token_1']);
    const one = tree.children(features[1].id);
    assert.deepEqual(one.map((e) => [e.label, e.description?.split(' · ')[0]]), [['conv/0', '2 nodes'], ['Add', 'Relu']]);
    // Reveal walks the rows the tree shows: the folded scopes are skipped.
    assert.equal(tree.parent('node:/features/0/0/Conv_token_1'), 'group:/features/0/0');
    assert.equal(tree.parent('group:/features/0/0'), 'group:/features', 'the folded /features/0 is skipped');
    assert.equal(tree.parent('node:/features/1/conv/0/Relu'), 'group:/features/1/conv/0');
    assert.equal(tree.parent('group:/features/1/conv/0'), 'group:/features/1');
    const lone = new IRTreeModel({ ...tree.content, nodes: j.nodes.slice(1, 3) });
    assert.deepEqual(lone.children('nodes').map((e) => [e.label, e.description?.split(' · ')[0]]), [['features/1/conv/0', '2 nodes']]);
  });

  it('lists parameter nodes (a QAT export\'s Identity_N) under the node they feed, not at the root', () => {
    const b = new GraphBuilder('qat');
    const x = b.input('x', 'float32', [1, 4]);
    const s = b.constant('s', 'float32', [], [0.1]);
    const z = b.constant('z', 'uint8', [], [128]);
    // The export shares a quantizer's parameters through Identity nodes with no scope, named Identity_N.
    const s1 = b.op('Identity', [s], {}, { name: 'Identity_0' });
    const z1 = b.op('Identity', [z], {}, { name: 'Identity_1' });
    const q = b.op('QuantizeLinear', [x, s1, z1], {}, { name: '/act/QuantizeLinear' });
    const y = b.op('DequantizeLinear', [q, s1, z1], {}, { name: '/act/DequantizeLinear' });
    b.output(b.op('Relu', [y], {}, { name: '/relu/Relu' }));
    const { graph } = buildIR(b.model({ opset: 13 }));
    const j = graphJson(graph);
    const tree = new IRTreeModel({ model: 'qat.onnx', target: 'cpu', kind: 'source', inputs: graph.inputs, outputs: graph.outputs, nodes: j.nodes, values: j.values, diagnostics: [], failure: null });
    const top = tree.children('nodes');
    assert.deepEqual(top.map((e) => e.label), ['act', 'relu'], 'no Identity_N row at the root');
    assert.equal(top[0].description?.split(' · ')[0], '4 nodes', 'the group counts the parameter nodes it holds');
    const quant = tree.children(top[0].id).find((e) => e.node === '/act/QuantizeLinear')!;
    assert.ok(quant.collapsible && /2 parameter nodes/.test(quant.tooltip!), JSON.stringify(quant));
    assert.deepEqual(tree.children(quant.id).map((e) => e.node), ['Identity_0', 'Identity_1']);
    // Reveal (the graph selecting Identity_0) walks through the node they feed.
    assert.equal(tree.parent('node:Identity_0'), 'node:/act/QuantizeLinear');
    assert.equal(tree.parent('node:/act/QuantizeLinear'), 'group:/act');
  });

  it('words the target picker rows to fit: the note in the description, a whole clause as the detail, all of it behind (i)', () => {
    const row = { id: 'cpu-int8-precise', title: 'CPU, precise u8s8', description: 'As cpu, but uint8 x int8 kernels avoid the int16 pair-sum saturation of x64 CPUs without VNNI (weights converted where needed).', provider: 'cpu', level: 'all', kind: 'real' as const, emulates: null, kernels: 'measured on this machine: x64 with VNNI (exact int32 accumulation)', available: true, reason: null, sameAsCpu: null };
    const plain = targetTexts(row);
    assert.equal(plain.description, 'CPU, precise u8s8');
    // No clause ends within the width: cut at a word, and said so.
    assert.ok(plain.detail.length <= 92 && plain.detail.endsWith(' …') && row.description.startsWith(`${plain.detail.slice(0, -2)} `), plain.detail);
    assert.ok(plain.full.includes(row.description) && plain.full.includes(row.kernels));
    const same = targetTexts({ ...row, sameAsCpu: 'no difference on this CPU: its uint8 x int8 kernels were measured exact (x64 with VNNI); to see what it fixes, compare at the emulated x64-avx2 target' });
    assert.match(same.description, /same as cpu on this CPU$/);
    assert.equal(same.detail, 'Same as cpu here: its uint8 x int8 kernels were measured exact (x64 with VNNI)');
    assert.match(same.full, /compare at the emulated x64-avx2 target/);
    const off = targetTexts({ ...row, available: false, reason: 'provider cuda does not load' });
    assert.match(off.description, /not available$/);
    assert.equal(off.detail, 'Not available here: provider cuda does not load');
  });

  it('stays lazy on 10,000 nodes: a level holds its groups, not the nodes under them; the filter caps its rows', () => {
    const tree = new IRTreeModel(wideModel(10_000));
    const top = tree.children('nodes');
    assert.equal(top.length, 100);
    assert.match(top[0].description!, /^100 nodes · Relu 100/);
    const sub = tree.children(top[0].id);
    assert.equal(sub.length, 10);
    assert.equal(tree.children(sub[0].id).length, 10);
    tree.setFilter('relu_');
    const rows = tree.children('nodes');
    assert.equal(rows.length, 501);
    assert.match(rows[500].label, /9500 more/);
    assert.deepEqual(tree.nodeIds('/block7/sub3/Relu_734'), ['node:/block7/sub3/Relu_734']);
  });

  it('orders comparison rows culprits first, and marks rows below the threshold', () => {
    const layer = (node: string, sqnrDb: number) => ({ tensor: `${node}_out`, compiledOnly: false, referenceTensor: `${node}_out`, node, opType: 'Conv', unit: node, dtype: 'uint8', layout: 'NHWC', sqnrDb, cosine: 1, maxAbs: 0, meanAbs: 0, errSteps: 0, clippedFraction: 0, localSqnrDb: sqnrDb });
    const r = { threshold: 20, layers: [layer('/a', 40), layer('/b', 12), layer('/c', 10)], culprits: [{ node: '/b', tensor: '/b_out', unit: '/b', score: 8, localSqnrDb: 12, kind: 'clipping', explanation: 'x% clipped', fix: 'recalibrate' }], output: [], mode: 'quant-vs-float', target: { id: 'cpu' } } as unknown as CompareReport;
    const first = comparisonEntries(r, true);
    assert.deepEqual(first.map((e) => e.node), ['/b', '/c', '/a'], 'culprits, then the rows below the threshold, then the rest');
    assert.equal(first[0].icon, 'culprit');
    assert.equal(first[0].label, '#1 b · 12.0 dB');
    assert.match(first[0].tooltip, /\*\*Fix:\*\* recalibrate/);
    assert.equal(first[1].icon, 'bad');
    assert.deepEqual(comparisonEntries(r, false).map((e) => e.node), ['/a', '/b', '/c']);
  });

  /** A row as the engine reports one: `tensor` measured for `node`, with its SQNR and (on a layer's last row) local. */
  const row = (node: string, tensor: string, sqnrDb: number, localSqnrDb: number | null) => ({ tensor, compiledOnly: false, referenceTensor: tensor, node, opType: 'Conv', unit: node.slice(0, node.lastIndexOf('/')), dtype: 'uint8', layout: 'NCHW', sqnrDb, cosine: 1, maxAbs: 0, meanAbs: 0, errSteps: 0, clippedFraction: 0, localSqnrDb });

  it('with no culprit, puts rows below the threshold first, says where the error comes from, and reveals the first bad layer', () => {
    // The int8 export's pattern: each layer exact on its own (local identical), the error grows by propagation.
    const layers = [
      row('/f/0/Conv', '/f/0/QuantizeLinear_output_0', 200, null), row('/f/0/Conv', '/f/1/Cast_output_0', 200, 200),
      row('/f/1/Conv', '/f/1/QuantizeLinear_output_0', 25, null), row('/f/1/Conv', '/f/2/Cast_output_0', 25, 200),
      row('/f/2/Conv', '/f/2/QuantizeLinear_output_0', 19.4, null), row('/f/2/Conv', '/f/3/Cast_output_0', 19.4, 200),
      row('/f/3/Conv', '/f/3/QuantizeLinear_output_0', 21, 200),
    ];
    const r = { threshold: 20, layers, culprits: [], firstBad: { tensor: '/f/2/QuantizeLinear_output_0', node: '/f/2/Conv', sqnrDb: 19.4 }, output: [{ name: 'y', sqnrDb: 19.4 }], mode: 'compiled-vs-source', target: { id: 'cpu' } } as unknown as CompareReport;
    const rows = comparisonEntries(r, true);
    assert.deepEqual(rows.slice(0, 2).map((e) => e.layerIndex), [4, 5], 'both rows below 20 dB lead');
    assert.ok(rows.slice(0, 2).every((e) => e.icon === 'bad'));
    assert.deepEqual(rows.slice(2).map((e) => e.layerIndex), [0, 1, 2, 3, 6], 'the rest keep graph order');
    assert.match(comparisonSummary(r), /output 19\.4 dB; no culprit; first below 20 dB: \/f\/2\/Conv/);
    assert.match(comparisonSummary(r), /Each layer computes exactly what the source says; rounding differences propagate/);
    assert.deepEqual(revealTarget(r)?.node, '/f/2/Conv');
    assert.equal(revealTarget({ ...r, layers: layers.map((l) => ({ ...l, sqnrDb: 40 })), firstBad: null }), null);
  });

  it('labels a row with its short layer name and figure, and a row measured on another scope\'s tensor names its step and that tensor', () => {
    const layers = [row('/features/7/conv/1/0/Conv', '/features/7/conv/1/0/QuantizeLinear_output_0', 27.8, null), row('/features/7/conv/1/0/Conv', '/features/7/conv/2/Cast_output_0', 27.8, 200)];
    const r = { threshold: 20, layers, culprits: [], firstBad: null, output: [], mode: 'compiled-vs-source', target: { id: 'cpu' } } as unknown as CompareReport;
    const [own, cast] = comparisonEntries(r, false);
    assert.equal(own.label, 'features.7.conv.1.0 Conv · 27.8 dB');
    assert.match(own.tooltip, /tensor `\/features\/7\/conv\/1\/0\/QuantizeLinear_output_0`/);
    assert.equal(own.description, 'tensor features.7.conv.1.0 Q');
    assert.equal(cast.label, 'features.7.conv.1.0 › Cast · 27.8 dB');
    assert.match(cast.tooltip, /tensor `\/features\/7\/conv\/2\/Cast_output_0` \(this layer's output, where the next layer reads it\)/);
    assert.equal(cast.description, 'local identical · tensor features.7.conv.2 Cast');
    // A tensor the target fused away has no figure: it says so, and comes last when problems come first.
    const relu = { ...row('/features/0/Relu', '/features/0/Relu_output_0', 0, null), sqnrDb: null, fused: '/features/0/Conv_token_3' };
    const withFused = { ...r, layers: [relu, ...layers] } as unknown as CompareReport;
    const entries = comparisonEntries(withFused, true);
    assert.equal(entries[entries.length - 1].label, 'features.0 Relu · fused');
    assert.equal(entries[entries.length - 1].icon, 'info');
    assert.match(entries[entries.length - 1].tooltip, /Not observable: the target fuses this tensor into `\/features\/0\/Conv\\_token\\_3`/);
  });

  it('names the rows of a PyTorch export as its modules: the exporter\'s doubled scopes folded, Q/DQ/BN short, each row\'s tensor in its label or description', () => {
    // Scopes as PyTorch 1.13 exports a fused ConvBNReLU with its output fake-quant (as in ../shared/fixtures/real).
    const conv = '/features/features.1/conv/conv.0/conv.0.0/Conv';
    const apq = '/features/features.1/conv/conv.0/activation_post_process';
    const layers = [
      row(conv, `${conv}_output_0`, 200, null), row(conv, '/features/features.1/conv/conv.0/conv.0.0/bn/BatchNormalization_output_0', 200, null),
      row(`${apq}/DequantizeLinear`, `${apq}/DequantizeLinear_output_0`, 200, null),
      row(conv, `${apq}/QuantizeLinear_output_0`, 200, null), row(conv, `${apq}/Clip_output_0`, 18, 25),
    ];
    assert.deepEqual(rowNames(layers), ['features.1.conv.0.0 › Conv', 'features.1.conv.0.0 › bn BN', 'features.1.conv.0 DQ', 'features.1.conv.0.0 › Q', 'features.1.conv.0.0 Conv']);
    assert.equal(moduleName('/features/features.1/conv/conv.0/conv.0.0'), 'features.1.conv.0.0');
    assert.equal(moduleName('/features/7/conv/1/0'), 'features.7.conv.1.0');
    const r = { threshold: 20, layers, culprits: [], firstBad: null, output: [], mode: 'compiled-vs-source', target: { id: 'cpu' } } as unknown as CompareReport;
    const rows = comparisonEntries(r, false);
    assert.equal(rows[0].description, '', 'a tensor of the layer\'s own module is named by the label alone');
    assert.equal(rows[3].description, 'tensor features.1.conv.0.activation_post_process Q');
    assert.equal(rows[4].label, 'features.1.conv.0.0 Conv · 18.0 dB');
    assert.equal(rows[4].description, 'local 25.0 dB · tensor features.1.conv.0.activation_post_process Clip');
  });

  describe('on a comparison of the real MobileNetV2 QAT export (../shared/fixtures/real; pending where absent)', function () {
    let report: CompareReport;
    before(async function () {
      this.timeout(300_000);
      requireRealFixtures(this, 'mnv2_qat_qdq.onnx');
      const fixture = (name: string) => path.join(realFixtures, name);
      report = await compareModels({ model: fixture('mnv2_qat_qdq.onnx'), input: fixture('input.npy'), target: BUILTIN_TARGETS.find((t) => t.id === 'cpu')!, referenceTarget: BUILTIN_TARGETS.find((t) => t.id === 'reference')!, engine: ctx.engine() });
    });

    it('labels every row with a short name and its figure, and names each row\'s tensor in its label or description', () => {
      const rows = comparisonEntries(report, true);
      assert.equal(rows.length, report.layers.length);
      assert.ok(report.layers.length > 300, `compiled-vs-source pairs every activation: ${report.layers.length} rows`);
      // The figure ends within 42 characters (the longest whole-path labels ran past 130), so it stays in sight.
      const long = rows.filter((e) => e.label.length > 42 || /features\.features|\/|DequantizeLinear|QuantizeLinear/.test(e.label));
      assert.deepEqual(long.map((e) => e.label), []);
      for (const e of rows) {
        const l = report.layers[e.layerIndex!];
        assert.match(e.label, / · (-?\d+\.\d dB|identical|fused)$/);
        // Label and tensor agree: the label names the tensor's step, or the description names the tensor.
        const op = /\/([A-Za-z]+)(_\d+)?_output_\d+$/.exec(l.tensor)?.[1];
        if (op && e.label.includes(' › ')) assert.ok(e.label.includes(`${{ QuantizeLinear: 'Q', DequantizeLinear: 'DQ', BatchNormalization: 'BN' }[op] ?? op} · `), `${e.label} measures ${l.tensor}`);
        if (!e.label.includes(' › ') && l.node && !e.label.startsWith(rowNames([{ tensor: l.tensor, node: null }])[0])) assert.match(e.description, /tensor \S+/, `${e.label} measures ${l.tensor}`);
      }
      // A layer's output row carries the bare layer name: the first conv's, whose output quantizer lives in the parent's scope.
      const first = report.layers.map((l, i) => ({ l, e: rows.find((x) => x.layerIndex === i)! })).filter(({ l }) => l.node === '/features/features.0/features.0.0/Conv');
      assert.ok(first.some(({ e }) => /^features\.0\.0 Conv · /.test(e.label)), JSON.stringify(first.map(({ e }) => e.label)));
      assert.ok(first.every(({ e }) => /^features\.0\.0( Conv| › (Conv|Div|bn BN|Q|Clip|DQ)) · /.test(e.label)), JSON.stringify(first.map(({ e }) => e.label)));
    });
  });

  it('checks a model file before any question: a good model passes; a truncated one, a .npy and a missing file are named', () => {
    const good = saveModel(ctx.dir(), 'good.onnx', qdqConvModel({ perChannel: true }));
    assert.equal(modelFileProblem(good), null);
    const bytes = fs.readFileSync(good);
    const cut = path.join(ctx.dir(), 'cut.onnx');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    assert.match(modelFileProblem(cut)!, /cut\.onnx: .*(truncated|not an ONNX model)/);
    const npy = path.join(ctx.dir(), 'input.npy');
    fs.writeFileSync(npy, Buffer.from('\x93NUMPY'));
    assert.match(modelFileProblem(npy)!, /^input\.npy is not an ONNX model/);
    assert.match(modelFileProblem(path.join(ctx.dir(), 'gone.onnx'))!, /gone\.onnx does not exist/);
  });

  it('shows a TorchScript inspection: state first, findings, modules, ops', () => {
    const rows = inspectEntries({ file: 'm.pt', format: 'torchscript', modules: [{ name: '', type: 'M', kind: 'float' }, { name: 'conv', type: 'torch.ao.nn.qat.Conv2d', kind: 'qat' }], ops: { 'aten::conv2d': 2 }, parameters: [{ name: 'conv.weight', dtype: 'float32', shape: [4, 3, 3, 3], kind: 'parameter' }], quantization: { state: 'qat-unconverted' }, diagnostics: [{ code: 'qat-not-converted', severity: 'error', node: null, tensor: null, message: 'fake-quantize present', fix: 'convert' }] });
    assert.deepEqual(rows.map((r) => r.id), ['state', 'findings', 'modules', 'ops', 'params']);
    assert.match(rows[0].label, /QAT, not converted/);
  });

  it('runs the CLI with progress lines, a clear error for a bad file, and cancel', async () => {
    const runner = new CliRunner(path.join(repoRoot, 'dist', 'cli.js'), () => ({ ...process.env, QUANTLENS_CACHE_DIR: path.join(ctx.dir(), 'cache') }), () => undefined);
    const file = saveModel(ctx.dir(), 'p.onnx', qdqConvModel({ perChannel: true, weightMax: 60 }));
    const progress: string[] = [];
    const ok = await runner.run('compare', { model: file }, { onProgress: (m) => progress.push(m) });
    assert.equal(ok.code, 0);
    assert.equal(ok.json!.mode, 'compiled-vs-source');
    assert.equal(ok.json!.repairedCopy, null, 'a model that compiles as written is compared as written');
    assert.ok(progress.some((m) => m.startsWith('comparing layers')), progress.join(' | '));
    const bad = await runner.run('compile', { model: path.join(ctx.dir(), 'missing.onnx') });
    assert.equal(bad.code, 2);
    assert.match(bad.error!, /missing\.onnx/);
    let cancel: () => void = () => undefined;
    const token = { isCancellationRequested: false, onCancellationRequested: (l: () => void) => { cancel = l; return { dispose: () => undefined }; } };
    const pending = runner.run('compare', { model: file, target: 'cpu-basic' }, { token, onProgress: () => { token.isCancellationRequested = true; cancel(); } });
    const c = await pending;
    assert.equal(c.cancelled, true);
    assert.notEqual(c.code, 0);
  });

  it('builds the graph view data and the error overlay from a real compile and comparison', async () => {
    const file = saveModel(ctx.dir(), 'g.onnx', qdqConvModel({ perChannel: true }));
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    const g = graphData(contentFromReport(report, file));
    assert.equal(g.nodes.length, report.compiled!.nodes.length);
    assert.ok(g.edges.every((e) => g.nodes.some((n) => n.id === e.from) && g.nodes.some((n) => n.id === e.to)));
    assert.ok(g.nodes.some((n) => n.layout === 'NHWC' && n.dtype === 'uint8' && n.quant));
    assert.ok(isGraphData(g));
    const cmp = await compareModels({ model: file, target: BUILTIN_TARGETS.find((t) => t.id === 'cpu')!, referenceTarget: BUILTIN_TARGETS.find((t) => t.id === 'reference')!, engine: ctx.engine() });
    const overlay = errorOverlay(cmp, g);
    const conv = g.nodes.find((n) => n.op === 'QLinearConv')!;
    assert.ok(overlay.byNode[conv.id], 'a fused conv gets its source layer\'s SQNR through its origin');
    assert.equal(overlay.threshold, 20);
  });

  it('writes webview pages with a strict CSP and a nonce on every script', () => {
    const html = webviewHtml({ title: 'Graph <x>', cspSource: 'https://res.example', nonce: 'abc123', scripts: ['https://res.example/graph.js'], styles: ['https://res.example/w.css'], data: { worker: 'https://res.example/w.js' } });
    assert.match(html, /default-src 'none'/);
    assert.match(html, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    assert.match(html, /<script nonce="abc123" src="https:\/\/res\.example\/graph\.js"><\/script>/);
    assert.match(html, /data-worker="https:\/\/res\.example\/w\.js"/);
    assert.match(html, /<title>Graph &#60;x&#62;<\/title>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('accepts only protocol messages from webviews', () => {
    assert.ok(isGraphToHost({ type: 'selectNode', node: '/a/Conv', view: 'compiled' }));
    assert.ok(!isGraphToHost({ type: 'selectNode', node: 42, view: 'compiled' }));
    assert.ok(!isGraphToHost({ type: 'eval', code: 'x' }));
    assert.ok(!isGraphToHost('ready'));
    assert.ok(isDiffToHost({ type: 'state', state: { channel: 3, mode: 'grid' } }));
    assert.ok(!isDiffToHost({ type: 'state', state: { channel: 1.5, mode: 'grid' } }));
  });

  it('shows a model as written without the runtime (untrusted workspaces, failed compiles)', () => {
    const file = saveModel(ctx.dir(), 'untrusted.onnx', qdqConvModel());
    const c = sourceContent(file, 'cpu', 'not trusted');
    assert.equal(c.kind, 'source');
    assert.equal(c.note, 'not trusted');
    const tree = new IRTreeModel(c);
    assert.match(tree.roots().find((r) => r.id === 'nodes')!.label, /source, not compiled/);
    assert.ok(c.nodes.some((n) => n.opType === 'Conv') && !c.nodes.some((n) => n.opType === 'QLinearConv'), 'the source ops, not compiled ones');
    assert.throws(() => sourceContent(path.join(ctx.dir(), 'nope.onnx'), 'cpu', ''), /nope\.onnx/);
  });
});
