import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inspectCommand } from '../src/cli/inspect-command';
import { parseArgv } from '../src/shared/cli-contract';
import { inspectTorchScript } from '../src/engine/torchscript/inspect';
import { InspectReport } from '../src/engine/torchscript/inspect-report';
import {
  call, ClassSpec, dict, float, global, newObj, pickle, PV, qtensor, scriptCode, scriptObject, tensor, torchArchive, tuple,
} from './helpers/torchscript-archive';

const NET = '__torch__.net.Net';
const CONV = '__torch__.torch.nn.intrinsic.qat.modules.conv_fused.ConvBnReLU2d';
const FQ_ACT = '__torch__.torch.ao.quantization.fake_quantize.FakeQuantize';
const FQ_W = '__torch__.torch.ao.quantization.fake_quantize.___torch_mangle_3.FakeQuantize';
const FUSED = '__torch__.torch.ao.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize';
const OBS = '__torch__.torch.ao.quantization.observer.MovingAverageMinMaxObserver';
const OBS_W = '__torch__.torch.ao.quantization.observer.MovingAveragePerChannelMinMaxObserver';

let dir = '';
let storageKey = 0;
const key = (): string => String(storageKey++);

function write(name: string, bytes: Uint8Array): string {
  if (!dir) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-ts-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

// A QAT model saved before convert: two conv layers, each with a weight and an output fake-quantize.
function actFakeQuant(cls = FQ_ACT): PV {
  return scriptObject(cls, {
    scale: tensor('FloatStorage', key(), [1]), zero_point: tensor('IntStorage', key(), [1]), fake_quant_enabled: tensor('LongStorage', key(), [1]),
    quant_min: 0, quant_max: 127, dtype: 13, qscheme: 0, ch_axis: -1,
    activation_post_process: scriptObject(OBS, { min_val: tensor('FloatStorage', key(), []), reduce_range: true, quant_min: 0, quant_max: 127, dtype: 13, qscheme: 0 }, true),
  }, true);
}

function weightFakeQuant(): PV {
  return scriptObject(FQ_W, {
    scale: tensor('FloatStorage', key(), [4]), zero_point: tensor('IntStorage', key(), [4]), fake_quant_enabled: tensor('LongStorage', key(), [1]),
    quant_min: -128, quant_max: 127, dtype: 12, qscheme: 3, ch_axis: 0,
    activation_post_process: scriptObject(OBS_W, { min_val: tensor('FloatStorage', key(), [4]), reduce_range: false, quant_min: -128, quant_max: 127, dtype: 12, qscheme: 3, ch_axis: 0 }, true),
  }, true);
}

function qatConv(actClass = FQ_ACT): PV {
  return scriptObject(CONV, { weight: tensor('FloatStorage', key(), [4, 3, 3, 3], true), weight_fake_quant: weightFakeQuant(), activation_post_process: actFakeQuant(actClass) });
}

function qatClasses(fused: boolean): ClassSpec[] {
  const actOp = fused
    ? 'torch.fused_moving_avg_obs_fake_quant(argument_1, observer_enabled, fake_quant_enabled, min_val, max_val, scale, zero_point, 0.01, 0, 127, -1)'
    : 'torch.fake_quantize_per_tensor_affine(argument_1, 0.1, 0, 0, 127)';
  return [
    { qualified: NET, methods: { forward: ['conv2 = self.conv2', 'conv = self.conv', '_0 = (conv2).forward((conv).forward(argument_1, ), )', 'return _0'] } },
    {
      qualified: CONV, parameters: ['weight'], attributes: { weight_fake_quant: FQ_W, activation_post_process: fused ? FUSED : FQ_ACT },
      methods: {
        forward: [
          'activation_post_process = self.activation_post_process', 'weight_fake_quant = self.weight_fake_quant', 'weight = self.weight',
          '_0 = (weight_fake_quant).forward(weight, )',
          '_1 = torch._convolution(argument_1, _0, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1, False, False, True, True)',
          'return (activation_post_process).forward(torch.relu(_1), )',
        ],
      },
    },
    {
      qualified: fused ? FUSED : FQ_ACT, buffers: ['scale', 'zero_point', 'fake_quant_enabled'],
      methods: {
        forward: [`_0 = ${actOp}`, 'return _0'],
        // Never reached from forward: neither the observer's ops nor an op named inside a string may count.
        calculate_qparams: ['activation_post_process = self.activation_post_process', 'return (activation_post_process).calculate_qparams()'],
        extra_repr: ['_0 = "torch.fake_quantize_per_tensor_affine(x) # not code"', 'return _0'],
      },
    },
    {
      qualified: FQ_W, buffers: ['scale', 'zero_point', 'fake_quant_enabled'],
      methods: { forward: ['scale = self.scale', 'zero_point = self.zero_point', '_0 = torch.fake_quantize_per_channel_affine(argument_1, scale, zero_point, 0, -128, 127)', 'return _0'] },
    },
    { qualified: OBS, buffers: ['min_val'], methods: { forward: ['_0 = torch.aminmax(argument_1)', 'return argument_1'], calculate_qparams: ['return torch.clamp(argument_1, 0)'] } },
    { qualified: OBS_W, buffers: ['min_val'], methods: { forward: ['_0 = torch.aminmax(argument_1)', 'return argument_1'] } },
  ];
}

function qatArchive(fused = false): Uint8Array {
  return torchArchive({
    name: 'qat', data: scriptObject(NET, { conv: qatConv(fused ? FUSED : FQ_ACT), conv2: qatConv(fused ? FUSED : FQ_ACT) }),
    constants: tuple(tensor('DoubleStorage', 'c0', [])), code: scriptCode(qatClasses(fused)), version: '4',
  });
}

// The same model converted to int8: a quantized conv (tuple state from __getstate__), a quantized linear (packed
// params object), quantize and dequantize.
const QNET = '__torch__.net.QNet';
const QCONV = '__torch__.torch.ao.nn.quantized.modules.conv.Conv2d';
const QLINEAR = '__torch__.torch.ao.nn.quantized.modules.linear.Linear';
const QUANT = '__torch__.torch.ao.nn.quantized.modules.Quantize';
const DEQUANT = '__torch__.torch.ao.nn.quantized.modules.DeQuantize';

function convertedRoot(extra: Record<string, PV> = {}): PV {
  const convState = tuple(3, 4, tuple(1, 1), tuple(1, 1), tuple(0, 0), tuple(1, 1), false, tuple(0, 0), 1, 'zeros',
    qtensor('QInt8Storage', key(), [4, 3, 1, 1], { axis: 0, scalesKey: key(), zeroPointsKey: key() }), tensor('FloatStorage', key(), [4]), float(0.05), 3, false);
  const packed = newObj(global('__torch__.torch.classes.quantized', 'LinearPackedParamsBase'),
    tuple(qtensor('QInt8Storage', key(), [2, 4], { scale: 0.02, zeroPoint: 0 }), tensor('FloatStorage', key(), [2])));
  return scriptObject(QNET, {
    quant: scriptObject(QUANT, { scale: tensor('FloatStorage', key(), [1]), zero_point: tensor('LongStorage', key(), [1]) }),
    conv: newObj(global('__torch__.torch.ao.nn.quantized.modules.conv', 'Conv2d'), convState),
    fc: scriptObject(QLINEAR, { _packed_params: packed }),
    dequant: scriptObject(DEQUANT, {}),
    ...extra,
  });
}

function convertedClasses(): ClassSpec[] {
  const setstate = ['self.in_channels = (state)[0]', 'self.out_channels = (state)[1]', 'self.groups = (state)[8]',
    '_1 = (self).set_weight_bias((state)[10], (state)[11], )', 'self.scale = (state)[12]', 'self.zero_point = (state)[13]', 'return None'];
  return [
    {
      qualified: QNET,
      methods: { forward: ['dequant = self.dequant', 'fc = self.fc', 'conv = self.conv', 'quant = self.quant', '_0 = (conv).forward((quant).forward(argument_1, ), )', '_1 = torch.flatten(_0, 1)', 'return (dequant).forward((fc).forward(_1, ), )'] },
    },
    {
      qualified: QCONV, attributes: { _packed_params: '__torch__.torch.classes.quantized.Conv2dPackedParamsBase', scale: 'float' },
      methods: {
        '__setstate__(state: Tuple[int, int, Tensor, Optional[Tensor], float, int])': setstate,
        'set_weight_bias(w: Tensor, b: Optional[Tensor])': ['_0 = ops.quantized.conv2d_prepack(w, b, [1, 1], [0, 0], [1, 1], 1)', 'self._packed_params = _0', 'return None'],
        '_weight_bias()': ['_packed_params = self._packed_params', 'return (_packed_params).unpack()'],
        forward: ['_packed_params = self._packed_params', 'input = ops.quantized.conv2d(argument_1, _packed_params, 0.05, 3)', 'return input'],
      },
    },
    {
      qualified: QLINEAR, attributes: { _packed_params: '__torch__.torch.classes.quantized.LinearPackedParamsBase' },
      methods: { forward: ['_packed_params = self._packed_params', 'Xq = ops.quantized.linear(argument_1, _packed_params, 0.3, 63)', 'return Xq'] },
    },
    { qualified: QUANT, buffers: ['scale', 'zero_point'], methods: { forward: ['input = torch.quantize_per_tensor(argument_1, 0.1, 0, 13)', 'return input'] } },
    { qualified: DEQUANT, methods: { forward: ['return torch.dequantize(argument_1)'] } },
  ];
}

function convertedArchive(extra: Record<string, PV> = {}, classes: ClassSpec[] = []): Uint8Array {
  return torchArchive({ name: 'int8', data: convertedRoot(extra), constants: tuple(), code: scriptCode([...convertedClasses(), ...classes]) });
}

function codes(r: InspectReport): string[] {
  return r.diagnostics.map((d) => d.code);
}

describe('inspect TorchScript: archives built by the tests', () => {
  it('finds a QAT model saved before convert: fake-quantize modules, their ops, 7-bit activations', () => {
    const r = inspectTorchScript(write('qat.pt', qatArchive()));
    assert.equal(r.format, 'torchscript');
    assert.deepEqual(r.archive, { name: 'qat', version: '4', entries: r.archive?.entries });
    assert.equal(r.quantization.state, 'qat-unconverted');
    assert.equal(r.quantization.fakeQuantModules, 4);
    assert.equal(r.quantization.observerModules, 0, 'observers inside fake-quantize modules are not standalone');
    assert.equal(r.quantization.qatModules, 2);
    // One forward: each conv calls its two fake-quantize modules; observers, calculate_qparams and strings do not count.
    assert.deepEqual(r.ops, {
      'aten::_convolution': 2, 'aten::fake_quantize_per_channel_affine': 2, 'aten::fake_quantize_per_tensor_affine': 2, 'aten::relu': 2,
    });
    assert.equal(r.opsCounted, 'forward');
    assert.equal(r.quantization.fakeQuantOpCalls, 4);
    const act = r.quantization.ranges.find((x) => x.role === 'activation');
    assert.deepEqual(act, { role: 'activation', dtype: 'quint8', qmin: 0, qmax: 127, bits: 7, reduceRange: true, scheme: 'per-tensor', symmetric: false, axis: null, count: 2 });
    const w = r.quantization.ranges.find((x) => x.role === 'weight');
    assert.deepEqual(w, { role: 'weight', dtype: 'qint8', qmin: -128, qmax: 127, bits: 8, reduceRange: false, scheme: 'per-channel', symmetric: true, axis: 0, count: 2 });

    const m = r.modules.find((x) => x.name === 'conv.weight_fake_quant');
    assert.equal(m?.type, 'torch.ao.quantization.fake_quantize.FakeQuantize', 'mangling is dropped from type names');
    assert.equal(m?.kind, 'fake-quant');
    assert.deepEqual(r.modules.map((x) => x.name).slice(0, 3), ['', 'conv', 'conv.weight_fake_quant']);

    assert.deepEqual(r.parameters.find((p) => p.name === 'conv.weight'), { name: 'conv.weight', dtype: 'float32', shape: [4, 3, 3, 3], kind: 'parameter', module: 'conv', requiresGrad: true });
    assert.equal(r.parameters.find((p) => p.name === 'conv.activation_post_process.scale')?.kind, 'buffer');
    assert.equal(r.parameters.find((p) => p.name === 'CONSTANTS.c0')?.dtype, 'float64');

    const d = r.diagnostics.find((x) => x.code === 'qat-not-converted');
    assert.equal(d?.severity, 'error');
    assert.equal(d?.module, 'conv.weight_fake_quant');
    assert.match(d?.fix ?? '', /torch\.ao\.quantization\.convert/);
    assert.match(d?.fix ?? '', /opset 13/);
    for (const x of r.diagnostics) for (const k of ['code', 'severity', 'node', 'tensor', 'module', 'message', 'fix']) assert.ok(k in x, k);
    assert.ok(codes(r).includes('reduced-range'));
    assert.ok(!codes(r).includes('fused-fake-quant'));
  });

  it('says fused fake-quantize modules cannot be exported to ONNX', () => {
    const r = inspectTorchScript(write('fused.pt', qatArchive(true)));
    assert.equal(r.quantization.fusedFakeQuantModules, 2);
    assert.equal(r.ops['aten::fused_moving_avg_obs_fake_quant'], 2);
    const d = r.diagnostics.find((x) => x.code === 'fused-fake-quant');
    assert.equal(d?.severity, 'warning');
    assert.equal(d?.module, 'conv.activation_post_process');
    assert.match(d?.fix ?? '', /FakeQuantize/);
  });

  it('finds a converted model: quantized ops, packed params, per-channel and per-tensor int8 weights', () => {
    const r = inspectTorchScript(write('int8.pt', convertedArchive()));
    assert.equal(r.quantization.state, 'converted');
    assert.deepEqual(r.ops, { 'aten::dequantize': 1, 'aten::flatten': 1, 'aten::quantize_per_tensor': 1, 'quantized::conv2d': 1, 'quantized::linear': 1 });
    assert.equal(r.quantization.quantizedOpCalls, 4);
    assert.equal(r.quantization.packedParams, 2);
    assert.equal(r.quantization.quantizedTensors, 2);
    assert.deepEqual(r.parameters.find((p) => p.name === 'conv.weight'), {
      name: 'conv.weight', dtype: 'qint8', shape: [4, 3, 1, 1], kind: 'packed', module: 'conv', quantization: { qscheme: 'per_channel_affine', axis: 0, channels: 4 },
    });
    assert.equal(r.parameters.find((p) => p.name === 'conv.bias')?.dtype, 'float32');
    assert.deepEqual(r.parameters.find((p) => p.name === 'fc._packed_params.weight')?.quantization, { qscheme: 'per_tensor_affine', scale: 0.02, zeroPoint: 0 });
    assert.equal(r.parameters.find((p) => p.name === 'fc._packed_params.bias')?.shape[0], 2);
    assert.deepEqual(r.modules.map((m) => m.kind), ['float', 'quantized', 'quantized', 'quantized', 'quantized']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('calls a model with integer parts and fake-quantize together mixed', () => {
    const r = inspectTorchScript(write('mixed.pt', convertedArchive({ act: actFakeQuant() }, [qatClasses(false)[2], qatClasses(false)[4]])));
    assert.equal(r.quantization.state, 'mixed');
    assert.ok(codes(r).includes('mixed-quantization'));
    assert.equal(r.diagnostics.find((d) => d.code === 'qat-not-converted')?.severity, 'warning');
  });

  it('calls a model without quantization float', () => {
    const cls = '__torch__.torch.nn.modules.conv.Conv2d';
    const data = scriptObject(NET, { conv: scriptObject(cls, { weight: tensor('FloatStorage', '0', [2, 2, 1, 1], true) }) });
    const code = scriptCode([
      { qualified: NET, methods: { forward: ['conv = self.conv', 'return (conv).forward(argument_1, )'] } },
      { qualified: cls, parameters: ['weight'], methods: { forward: ['weight = self.weight', 'return torch.conv2d(argument_1, weight)'] } },
    ]);
    const r = inspectTorchScript(write('float.pt', torchArchive({ name: 'f', data, code })));
    assert.equal(r.quantization.state, 'float');
    assert.deepEqual(r.ops, { 'aten::conv2d': 1 });
    assert.deepEqual(codes(r), ['float-model']);
  });

  it('counts ops through getattr submodules, shared classes and free functions', () => {
    const SEQ = '__torch__.torch.nn.modules.container.Sequential';
    const RELU = '__torch__.torch.nn.modules.activation.ReLU';
    const data = scriptObject(SEQ, { 0: scriptObject(RELU, {}), 1: scriptObject(RELU, {}) });
    const code = scriptCode([
      { qualified: SEQ, methods: { forward: ['_1 = getattr(self, "1")', '_0 = getattr(self, "0")', '_2 = __torch__.m.helper', 'return (_1).forward(_2((_0).forward(argument_1, ), ), )'] } },
      { qualified: RELU, methods: { forward: ['return torch.relu(argument_1)'] } },
    ]);
    code['__torch__/m.py'] = 'def helper(x: Tensor) -> Tensor:\n  _0 = ops.prim.dtype(x)\n  return torch.sigmoid(x)\n';
    const r = inspectTorchScript(write('seq.pt', torchArchive({ name: 's', data, code })));
    assert.deepEqual(r.ops, { 'aten::relu': 2, 'aten::sigmoid': 1, 'prim::dtype': 1 });
    assert.deepEqual(r.modules.map((m) => m.name), ['', '0', '1']);
  });
});

describe('inspect: torch.save files (pickles, not TorchScript)', () => {
  const od = (entries: Array<[string, PV]>): PV => call(global('collections', 'OrderedDict'), entries.map(([k, v]) => tuple(k, v)));

  it('recognises a zipped state_dict of a QAT model as a pickle and explains it', () => {
    const sd = od([
      ['conv.weight', tensor('FloatStorage', '0', [4, 3, 3, 3])],
      ['conv.weight_fake_quant.fake_quant_enabled', tensor('LongStorage', '1', [1])],
      ['conv.weight_fake_quant.scale', tensor('FloatStorage', '2', [4])],
      ['conv.activation_post_process.activation_post_process.min_val', tensor('FloatStorage', '3', [])],
    ]);
    const r = inspectTorchScript(write('sd.pth', torchArchive({ name: 'archive', data: sd })));
    assert.equal(r.format, 'pickle');
    assert.equal(r.container, 'zip');
    assert.equal(r.opsCounted, 'none');
    assert.deepEqual(r.ops, {});
    assert.equal(r.quantization.state, 'qat-unconverted');
    assert.deepEqual(r.modules.map((m) => [m.name, m.type, m.kind]), [
      ['conv', null, 'float'], ['conv.weight_fake_quant', null, 'fake-quant'], ['conv.activation_post_process.activation_post_process', null, 'observer'],
    ]);
    assert.deepEqual(r.parameters.map((p) => p.name), ['conv.weight', 'conv.weight_fake_quant.fake_quant_enabled', 'conv.weight_fake_quant.scale', 'conv.activation_post_process.activation_post_process.min_val']);
    const d = r.diagnostics.find((x) => x.code === 'not-torchscript');
    assert.equal(d?.severity, 'warning');
    assert.match(d?.message ?? '', /torch\.jit\.load cannot load it/);
    assert.match(d?.fix ?? '', /torch\.jit\.trace/);
  });

  it('reads a legacy (pre-1.6) torch.save file of a whole pickled model', () => {
    const param = call(global('torch._utils', '_rebuild_parameter'), tensor('FloatStorage', '7', [8, 4]), true, od([]));
    const linear = newObj(global('torch.nn.modules.linear', 'Linear'), dict({ training: false, _parameters: od([['weight', param]]), _buffers: od([]), _modules: od([]), in_features: 4 }));
    const model = newObj(global('mynet', 'Net'), dict({ training: false, _parameters: od([]), _buffers: od([]), _modules: od([['fc', linear]]) }));
    const magic = 0x1950a86a20f9469cfc6cn;
    // The legacy layout: magic number, protocol version, sys info, the object, storage keys, then raw storages.
    const bytes = Buffer.concat([pickle(magic), pickle(1001), pickle(dict({ protocol_version: 1001, little_endian: true })), pickle(model, 4), pickle(['7']), Buffer.alloc(128)]);
    const r = inspectTorchScript(write('legacy.pt', bytes));
    assert.equal(r.format, 'pickle');
    assert.equal(r.container, 'legacy-pickle');
    assert.deepEqual(r.modules.map((m) => [m.name, m.type]), [['', 'mynet.Net'], ['fc', 'torch.nn.modules.linear.Linear']]);
    assert.deepEqual(r.parameters, [{ name: 'fc.weight', dtype: 'float32', shape: [8, 4], kind: 'parameter', module: 'fc', requiresGrad: true }]);
    assert.equal(r.placeholders['mynet.Net'], 1);
    assert.match(r.diagnostics.find((d) => d.code === 'not-torchscript')?.message ?? '', /legacy torch\.save.*importable.*mynet\.Net/);
  });
});

describe('quantlens inspect (command)', () => {
  async function runCommand(...argv: string[]): Promise<{ code: number; out: string }> {
    const chunks: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const code = await inspectCommand.run(parseArgv('inspect', argv));
      return { code, out: chunks.join('') };
    } finally {
      process.stdout.write = original;
    }
  }

  it('prints the JSON contract and exits 1 only when --fail-on is met', async () => {
    const qat = write('cmd-qat.pt', qatArchive());
    const json = await runCommand(qat, '--json');
    assert.equal(json.code, 0);
    const j = JSON.parse(json.out);
    for (const k of ['file', 'format', 'modules', 'ops', 'parameters', 'quantization', 'diagnostics']) assert.ok(k in j, k);
    assert.equal(j.quantization.state, 'qat-unconverted');
    assert.equal((await runCommand(qat, '--fail-on', 'error')).code, 1);
    const int8 = write('cmd-int8.pt', convertedArchive());
    assert.equal((await runCommand(int8, '--fail-on', 'warning')).code, 0);
  });

  it('prints a compact summary with state, counts and findings with fixes', async () => {
    const { out } = await runCommand(write('cmd-fused.pt', qatArchive(true)));
    assert.match(out, /TorchScript archive 'qat'/);
    assert.match(out, /quantization: qat-unconverted/);
    assert.match(out, /4 fake-quantize modules \(2 fused\)/);
    assert.match(out, /activation quint8 0\.\.127 \(7-bit, reduce_range\) per-tensor x2/);
    assert.match(out, /ops per forward: .*aten::fused_moving_avg_obs_fake_quant 2/);
    assert.match(out, /ERROR +qat-not-converted +\[conv\.weight_fake_quant\]/);
    assert.match(out, /fix: run torch\.ao\.quantization\.convert/);
  });

  it('refuses bad arguments as bad input', async () => {
    await assert.rejects(runCommand(), /inspect takes one/);
    await assert.rejects(runCommand('a.pt', '--fail-on', 'info'), /--fail-on takes error or warning/);
  });
});

/** The PyTorch-made MobileNetV2 files in ../shared/fixtures/real (see its README); skipped where absent. */
describe('inspect: real TorchScript fixtures', function () {
  const real = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures', 'real');
  before(function () {
    if (!fs.existsSync(path.join(real, 'mnv2_int8_ts.pt'))) {
      console.log(`    (skipped: ${real} is not on this machine)`);
      this.skip();
    }
  });

  it('mnv2_qat_fused_ts.pt: saved before convert, fused fake-quantize, 7-bit activations', () => {
    const r = inspectTorchScript(path.join(real, 'mnv2_qat_fused_ts.pt'));
    assert.equal(r.format, 'torchscript');
    assert.equal(r.quantization.state, 'qat-unconverted');
    assert.equal(r.quantization.fakeQuantModules, 124);
    assert.equal(r.quantization.fusedFakeQuantModules, 124);
    // 124 modules, 117 calls: the skip_add of the 7 blocks without a residual is never called.
    assert.equal(r.ops['aten::fused_moving_avg_obs_fake_quant'], 117);
    assert.equal(r.ops['aten::_convolution'], 52);
    const act = r.quantization.ranges.find((x) => x.role === 'activation');
    assert.deepEqual([act?.dtype, act?.qmin, act?.qmax, act?.bits, act?.reduceRange, act?.count], ['quint8', 0, 127, 7, true, 71]);
    const w = r.quantization.ranges.find((x) => x.role === 'weight');
    assert.deepEqual([w?.dtype, w?.scheme, w?.symmetric, w?.count], ['qint8', 'per-channel', true, 53]);
    assert.deepEqual(codes(r), ['qat-not-converted', 'fused-fake-quant', 'reduced-range']);
    assert.equal(r.diagnostics[0].module, 'features.0.0.weight_fake_quant');
    assert.deepEqual(r.parameters.find((p) => p.name === 'features.0.0.weight')?.shape, [32, 3, 3, 3]);
  });

  it('mnv2_int8_ts.pt: converted, quantized ops and packed params', () => {
    const r = inspectTorchScript(path.join(real, 'mnv2_int8_ts.pt'));
    assert.equal(r.quantization.state, 'converted');
    assert.deepEqual(r.ops, {
      'quantized::conv2d_relu': 35, 'quantized::conv2d': 17, 'quantized::add': 10, 'aten::adaptive_avg_pool2d': 1, 'aten::dequantize': 1,
      'aten::flatten': 1, 'aten::quantize_per_tensor': 1, 'quantized::linear': 1,
    });
    assert.equal(r.quantization.packedParams, 53);
    assert.equal(r.quantization.quantizedTensors, 53);
    assert.deepEqual(r.parameters.find((p) => p.name === 'features.0.0.weight'), {
      name: 'features.0.0.weight', dtype: 'qint8', shape: [32, 3, 3, 3], kind: 'packed', module: 'features.0.0', quantization: { qscheme: 'per_channel_affine', axis: 0, channels: 32 },
    });
    assert.deepEqual(r.diagnostics, []);
  });
});
