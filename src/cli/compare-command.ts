import * as fs from 'fs';
import * as path from 'path';
import { writeNpz } from '../engine/io/npz';
import { writeFileAtomic } from '../engine/cache/cache-dir';
import { compareModels, PairValues, resolveMode } from '../engine/compare/compare';
import { CompareMode, CompareReport } from '../engine/compare/compare-report';
import { compareHtml } from '../engine/compare/report/report-html';
import { compareMarkdown } from '../engine/compare/report/report-markdown';
import { badInput } from '../engine/errors';
import { classified } from '../engine/process/runtime-error';
import { flag, has, parseArgs, parseDims } from './args';
import type { Command } from './command';
import { progressSink } from './progress';
import { cliTargets, resolveTarget, withEngine } from './engine-context';
import { findings, ms } from './format';
import { COMPARE_MODES, isCompareMode } from '../shared/compare-modes';
import { SET_FLAGS, setFlags } from './compare-set-flags';
import { runCompareSet } from './compare-set-command';

function dbText(x: number | null): string {
  return x === null ? '-' : x >= 200 ? 'identical' : `${x.toFixed(1)} dB`;
}

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw badInput(undefined, `--${name} takes a number (dB), got '${value}'`);
  return n;
}

export function summarizeCompare(r: CompareReport): string {
  const against = r.mode === 'compiled-vs-source' ? `the model as written, exact (${r.referenceTarget.id})`
    : r.mode === 'target-vs-target' ? `itself at ${r.referenceTarget.id}`
      : r.mode === 'quant-vs-float' ? `${r.reference} at ${r.referenceTarget.id}` : r.reference;
  const lines = [`${r.mode}: ${r.model}`, `  at ${r.target.id}, against ${against}`];
  const dims = Object.entries(r.input.dims);
  lines.push(`input: ${r.input.source === 'random' ? `random (seed ${r.input.seed})` : r.input.paths.join(', ')}; ${r.input.count} sample(s)${dims.length ? `; dims ${dims.map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`);
  for (const rep of r.repairs) lines.push(`repaired in memory: ${rep.id} (${rep.count} changes)`);
  lines.push(`CPU facts: ${r.cpuFacts.machine}`);
  for (const note of r.cpuFacts.notes) lines.push(`  ${note}`);
  for (const o of r.output) lines.push(`output ${o.name}: SQNR ${dbText(o.sqnrDb)}, cosine ${o.cosine?.toFixed(5) ?? '-'}, max abs ${o.maxAbs ?? '-'}${o.top1Agreement !== null ? `, top-1 agreement ${(100 * o.top1Agreement).toFixed(1)}%` : ''}`);
  lines.push(`layers compared: ${r.layers.length}; unmatched: ${r.unmatched.model.length} model, ${r.unmatched.reference.length} reference`);
  lines.push(r.firstBad ? `first layer below ${r.threshold} dB: ${r.firstBad.node ?? r.firstBad.tensor} (${dbText(r.firstBad.sqnrDb)})` : `no layer below ${r.threshold} dB`);
  if (r.culprits.length === 0) lines.push('culprits: none (no layer introduces error beyond normal quantization noise)');
  r.culprits.slice(0, 5).forEach((c, i) => {
    lines.push(`culprit ${i + 1}: ${c.node} [${c.kind}] local ${dbText(c.localSqnrDb)}, score ${c.score.toFixed(1)} dB`);
    lines.push(`  ${c.explanation}`);
    lines.push(`  fix: ${c.fix}`);
  });
  for (const w of r.whatIf) lines.push(`what-if ${w.layer} in float: output SQNR ${dbText(w.outputSqnrBefore)} -> ${dbText(w.outputSqnrAfter)}`);
  lines.push(findings(r.diagnostics));
  lines.push(`time: ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}; peak memory ${r.peakRssMb} MiB`);
  return lines.join('\n');
}

/** The pairs' values for the tensor diff: an index (pairs.json) and one .npz per pair (`reference`, `actual`). */
function writePairs(dir: string, pairs: PairValues[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const index = pairs.map((p, i) => {
    const file = `pair-${i}.npz`;
    writeNpz(path.join(dir, file), { reference: { dtype: 'float32', dims: p.dims, data: p.reference }, actual: { dtype: 'float32', dims: p.dims, data: p.actual } });
    const q = p.quant && p.quant.scale.length === 1 && p.quant.qmin !== null && p.quant.qmax !== null ? { scale: p.quant.scale[0], zeroPoint: p.quant.zeroPoint[0] ?? 0, qmin: p.quant.qmin, qmax: p.quant.qmax } : null;
    return { tensor: p.tensor, referenceTensor: p.referenceTensor, node: p.node, dims: p.dims, quant: q, layoutNote: p.layoutNote, file };
  });
  writeFileAtomic(path.join(dir, 'pairs.json'), JSON.stringify(index, null, 2));
}

export const compareCommand: Command = {
  usage: 'compare MODEL [--reference REF] [--mode MODE] [--compare-targets A,B] [--target ID] [--input FILE|DIR] [--map FILE] [--threshold DB] [--keep-float LAYER]... [--json] [--report FILE.md|FILE.html] [--fail-under DB] [--dim NAME=VALUE]... [--pairs-out DIR [--pair LAYER]...] [--inputs DIR|GLOB [--preprocess SPEC.json] [--jobs N]]',
  async run(argv) {
    const args = parseArgs(argv, { booleans: ['json'], values: ['reference', 'mode', 'compare-targets', 'target', 'input', 'map', 'threshold', 'keep-float', 'report', 'fail-under', 'dim', 'threads', 'pairs-out', 'pair', ...SET_FLAGS] });
    const set = setFlags(args);
    if (args.positional.length !== 1) throw badInput(undefined, 'compare takes one model file');
    const registry = cliTargets();
    const modeFlag = flag(args, 'mode');
    if (modeFlag && !isCompareMode(modeFlag)) throw badInput(undefined, `--mode takes ${COMPARE_MODES.join(', ')}; got '${modeFlag}'`);
    const pair = flag(args, 'compare-targets');
    let target = resolveTarget(registry, flag(args, 'target'));
    let referenceTarget = registry.get('reference');
    if (pair) {
      const ids = pair.split(',').map((s) => s.trim());
      if (ids.length !== 2 || !ids[0] || !ids[1]) throw badInput(undefined, `--compare-targets takes two target ids, A,B; got '${pair}'`);
      if (flag(args, 'target')) throw badInput(undefined, '--compare-targets names both targets; drop --target');
      target = registry.get(ids[0]);
      referenceTarget = registry.get(ids[1]);
    }
    const reference = flag(args, 'reference');
    if (pair && reference) throw badInput(undefined, '--compare-targets compares the model with itself at two targets; drop --reference');
    resolveMode({ mode: modeFlag as CompareMode | undefined, reference, compareTargets: !!pair });
    const report = flag(args, 'report');
    if (report && !/\.(md|html?)$/i.test(report)) throw badInput(report, '--report writes Markdown (.md) or HTML (.html)');
    const failUnder = numberFlag(flag(args, 'fail-under'), 'fail-under');
    const pairsOut = flag(args, 'pairs-out');
    if (args.flags.get('pair') && !pairsOut) throw badInput(undefined, '--pair names layers whose values --pairs-out DIR writes; give --pairs-out');
    const pairs = pairsOut ? { tensors: args.flags.get('pair') ?? [], notable: true, onPairs: (p: PairValues[]) => writePairs(pairsOut, p) } : undefined;
    const common = {
      model: args.positional[0], reference, mode: modeFlag as CompareMode | undefined, target, referenceTarget, compareTargets: !!pair,
      dims: parseDims(args.flags.get('dim')), map: flag(args, 'map'), threshold: numberFlag(flag(args, 'threshold'), 'threshold'),
      threads: flag(args, 'threads') ? Number(flag(args, 'threads')) : undefined, onProgress: progressSink(args),
    };
    if (set) return runCompareSet(common, set, report, failUnder, has(args, 'json'));
    const result = await withEngine((engine, signal) => classified(args.positional[0], () => compareModels({
      model: args.positional[0], reference, mode: modeFlag as CompareMode | undefined, target, referenceTarget, compareTargets: !!pair,
      input: flag(args, 'input'), dims: parseDims(args.flags.get('dim')), map: flag(args, 'map'),
      threshold: numberFlag(flag(args, 'threshold'), 'threshold'), keepFloat: args.flags.get('keep-float') ?? [],
      threads: flag(args, 'threads') ? Number(flag(args, 'threads')) : undefined,
      engine, signal, onProgress: progressSink(args), pairs,
    })));
    if (report) writeFileAtomic(path.resolve(report), /\.md$/i.test(report) ? compareMarkdown(result) : compareHtml(result));
    process.stdout.write((has(args, 'json') ? JSON.stringify(result, null, 2) : summarizeCompare(result)) + '\n');
    if (failUnder !== undefined && result.output.some((o) => o.sqnrDb === null || o.sqnrDb < failUnder)) return 1;
    return 0;
  },
};
