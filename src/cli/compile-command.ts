import * as fs from 'fs';
import * as path from 'path';
import { compileModel } from '../engine/compile/compile';
import { CompileReport } from '../engine/compile/report';
import { writeFileAtomic } from '../engine/cache/cache-dir';
import { readModel, writeModel } from '../engine/onnx/model-file';
import { anyAtLeast } from '../engine/findings/diagnostic';
import type { Command } from './command';
import { progressSink } from './progress';
import { cliTargets, resolveTarget, withEngine } from './engine-context';
import { counts, findings, ms } from './format';
import { layoutName } from '../shared/layout';
import { EXIT_CODES } from '../shared/exit-codes';

export function summarize(r: CompileReport): string {
  const lines = [`${r.model}`, `target ${r.target.id} (${r.target.title}; level ${r.target.level}${Object.keys(r.target.config).length ? `; ${Object.entries(r.target.config).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''})`];
  lines.push(`this machine: ${r.cpu.model} (${r.cpu.arch}), measured as ${r.cpu.family}: NCHWc block ${r.cpu.nchwcBlock ?? 'none'}, u8s8 kernels ${r.cpu.u8s8Saturates ? 'saturate' : 'exact'}`);
  lines.push(`integer kernels at ${r.target.id}: ${r.kernels.summary}`);
  const dims = Object.entries(r.symbolicDims);
  if (dims.length) lines.push(`symbolic dims: ${dims.map(([k, v]) => `${k}=${v.value}${v.defaulted ? ' (default)' : ''}`).join(', ')}`);
  lines.push(`source: ${r.source.nodes} nodes: ${counts(r.source.opCounts)}`);
  if (r.compiled) {
    const c = r.compiled;
    const acts = c.values.filter((v) => !v.initializer);
    const dtypes: Record<string, number> = {};
    for (const v of acts) dtypes[v.dtype ?? 'unknown'] = (dtypes[v.dtype ?? 'unknown'] ?? 0) + 1;
    const layouts: Record<string, number> = {};
    for (const v of acts) {
      const k = layoutName(v.layout);
      layouts[k] = (layouts[k] ?? 0) + 1;
    }
    const byDomain: Record<string, number> = {};
    for (const n of c.nodes) byDomain[n.domain || 'ai.onnx'] = (byDomain[n.domain || 'ai.onnx'] ?? 0) + 1;
    lines.push(`compiled: ${c.nodes.length} nodes (${counts(byDomain)}): ${counts(c.opCounts)}`);
    lines.push(`  inserted by the compiler: ${c.nodes.filter((n) => n.inserted).length}; tensors by dtype: ${counts(dtypes)}; by layout: ${counts(layouts)}`);
    lines.push(`  compiled graph: ${r.compiledModelPath}${r.cached ? ' (from cache)' : ''}`);
  }
  if (r.failure) {
    const f = r.failure;
    lines.push(`COMPILE FAILED at level ${f.level}${f.optimizer ? `, optimizer ${f.optimizer}` : ''}${f.node ? `, node ${f.node}` : ''}`);
    lines.push(`  runtime: ${f.message}`);
    lines.push(`  cause: ${f.cause}`);
    for (const rep of f.repairs) lines.push(`  repair: ${rep.id} (${rep.changes} changes): ${rep.description}`);
    lines.push(`  targets that compile it: ${f.workingTargets.join(', ') || 'none'}`);
  }
  lines.push(findings(r.diagnostics));
  lines.push(`time: load ${ms(r.timingsMs.load)}, compile ${ms(r.timingsMs.compile)}, IR ${ms(r.timingsMs.ir)}, total ${ms(r.timingsMs.total)}`);
  return lines.join('\n');
}

export const compileCommand: Command<'compile'> = {
  async run(o) {
    const target = resolveTarget(cliTargets(), o.target);
    const outcome = await withEngine((engine, signal) => compileModel(o.model, { target, engine, dims: o.dims ?? {}, threads: o.threads, signal, onProgress: progressSink(o.json) }), 'runtime-default');
    const report = outcome.report;
    if (o.out) {
      fs.mkdirSync(o.out, { recursive: true });
      const stem = `${path.basename(report.model).replace(/\.onnx$/i, '')}.${target.id}`;
      if (report.compiledModelPath) {
        const dest = path.join(o.out, `${stem}.onnx`);
        writeModel(readModel(report.compiledModelPath, { trusted: true }).model, dest); // external data goes beside it
        report.compiledModelPath = path.resolve(dest);
      }
      writeFileAtomic(path.join(o.out, `${stem}.json`), JSON.stringify(report, null, 2));
    }
    process.stdout.write((o.json ? JSON.stringify(report, null, 2) : summarize(report)) + '\n');
    if (report.failure) return EXIT_CODES['compile-failed'];
    return o.failOn && anyAtLeast(report.diagnostics, o.failOn) ? EXIT_CODES.checkFailed : EXIT_CODES.ok;
  },
};
