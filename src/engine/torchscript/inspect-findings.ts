import { diag, Diagnostic, sortDiagnostics } from '../findings/diagnostic';
import { InspectReport, ModuleInfo } from './inspect-report';
import { isFakeQuantOp } from './quant-classify';

/** What the inspection found, each with what to do about it. */
export function inspectFindings(r: Omit<InspectReport, 'diagnostics'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const q = r.quantization;
  const fakeQuant = r.modules.filter((m) => m.kind === 'fake-quant');
  const fused = fakeQuant.filter((m) => /FusedMovingAvgObsFakeQuantize$/.test(m.type ?? ''));
  const fqOps = Object.keys(r.ops).filter(isFakeQuantOp);

  if (r.container === 'legacy-pickle' || r.container === 'plain-pickle' || r.format === 'pickle') out.push(notTorchScript(r));

  if (fakeQuant.length > 0 || fqOps.length > 0) {
    const calls = q.fakeQuantOpCalls > 0 ? ` and ${q.fakeQuantOpCalls} fake-quantize op call(s) per forward (${fqOps.join(', ')})` : '';
    out.push(diag('qat-not-converted', q.state === 'mixed' ? 'warning' : 'error',
      `${fakeQuant.length} fake-quantize module(s)${examples(fakeQuant)}${calls} are still in the model: it was saved before ` +
      'convert. Compilers reject these ops ("The following operators are not implemented: aten::fake_quantize_…") or run the model in float.',
      {
        module: fakeQuant[0]?.name ?? null,
        fix: 'run torch.ao.quantization.convert(model.eval()) before torch.jit.trace/torch.jit.save; or export the QAT model to ONNX at ' +
          'opset 13 or later, where each fake-quantize becomes a QuantizeLinear/DequantizeLinear (QDQ) pair',
      }));
  } else if (q.observerModules > 0) {
    const observers = r.modules.filter((m) => m.kind === 'observer');
    out.push(diag('observers-not-converted', 'error',
      `${q.observerModules} observer module(s)${examples(observers)} are in the model: it was prepared for quantization but never converted, so it runs in float`,
      { module: observers[0]?.name ?? null, fix: 'calibrate, then run torch.ao.quantization.convert(model.eval()) before saving' }));
  }

  if (fused.length > 0 || fqOps.includes('aten::fused_moving_avg_obs_fake_quant')) {
    out.push(diag('fused-fake-quant', 'warning',
      `${fused.length} FusedMovingAvgObsFakeQuantize module(s)${examples(fused)} call aten::fused_moving_avg_obs_fake_quant, which ` +
      'torch.onnx.export cannot export ("aten::fused_moving_avg_obs_fake_quant ... not supported")',
      {
        module: fused[0]?.name ?? null,
        fix: 'convert before exporting; to export the QAT model as QDQ ONNX instead, swap them for FakeQuantize: prepare the model with ' +
          'torch.ao.quantization.get_default_qat_qconfig(backend, version=0), load the trained state_dict, and export at opset 13+',
      }));
  }

  if (q.state === 'mixed') {
    out.push(diag('mixed-quantization', 'warning',
      `the model holds both integer parts (${q.quantizedModules} quantized module(s), ${q.quantizedTensors} quantized tensor(s)) and ` +
      'simulated ones (fake-quantize or observers): a partial convert, or modules added after convert',
      { module: r.modules.find((m) => m.kind === 'fake-quant' || m.kind === 'observer')?.name ?? null, fix: 'convert the whole model in one torch.ao.quantization.convert call, after every module is in place' }));
  }

  const reduced = q.ranges.filter((x) => x.role === 'activation' && x.dtype === 'quint8' && x.qmin === 0 && x.qmax === 127);
  if (reduced.length > 0) {
    const n = reduced.reduce((a, x) => a + x.count, 0);
    out.push(diag('reduced-range', 'info',
      `${n} activation quantizer(s) use 7 bits (quint8 0..127, reduce_range): the fbgemm/x86 choice that keeps int8 kernels without VNNI from ` +
      'saturating. The exported model keeps the 0..127 range.',
      { module: r.modules.find((m) => m.quant && reduced.some((x) => x.qmin === m.quant?.qmin && x.qmax === m.quant?.qmax && m.quant.role === 'activation'))?.name ?? null }));
  }

  if (q.state === 'float' && r.parameters.length > 0) {
    out.push(diag('float-model', 'info', 'no quantization found: no fake-quantize, observer, quantized module, packed parameters or quantized tensor', { module: null }));
  }
  if (r.format === 'torchscript' && r.opsCounted === 'none') {
    out.push(diag('no-forward', 'info', "the root module's forward is not in the archive's code, so ops were not counted", { module: '' }));
  }
  return sortDiagnostics(out);
}

function examples(mods: ModuleInfo[]): string {
  if (mods.length === 0) return '';
  const shown = mods.slice(0, 3).map((m) => m.name || '(root)');
  return ` (${shown.join(', ')}${mods.length > 3 ? `, +${mods.length - 3} more` : ''})`;
}

function notTorchScript(r: Omit<InspectReport, 'diagnostics'>): Diagnostic {
  const how = r.container === 'legacy-pickle'
    ? "a legacy torch.save file (PyTorch before 1.6, or _use_new_zipfile_serialization=False)"
    : r.container === 'plain-pickle' ? 'a plain Python pickle, not written by torch.save' : 'a torch.save archive of pickled Python objects';
  const classes = Object.keys(r.placeholders).filter((c) => !/^(torch|collections|builtins|__builtin__|copyreg|numpy)\./.test(c));
  const needs = classes.length > 0
    ? ` Loading it needs these classes importable (torch.load with weights_only=False): ${classes.slice(0, 5).join(', ')}${classes.length > 5 ? `, +${classes.length - 5} more` : ''}.`
    : '';
  return diag('not-torchscript', 'warning',
    `${how}, not TorchScript: torch.jit.load cannot load it and compilers that take TorchScript cannot read it; the modules shown come from the pickle, and no ops are known.${needs}`,
    {
      module: null,
      fix: 'load it into the model class (torch.load, weights_only=True for a state_dict, then model.load_state_dict), then torch.jit.trace(model, example) and ' +
        'torch.jit.save; or export it to ONNX with torch.onnx.export',
    });
}
