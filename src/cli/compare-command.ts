import * as fs from 'fs';
import * as path from 'path';
import { writeNpz } from '../engine/io/npz';
import { writeFileAtomic } from '../engine/cache/cache-dir';
import { compareModels, PairValues, resolveMode } from '../engine/compare/compare';
import { CompareReport } from '../engine/compare/compare-report';
import { compareHtml } from '../engine/compare/report/report-html';
import { compareMarkdown } from '../engine/compare/report/report-markdown';
import { fmtTop1, unmatchedModelTitle } from '../engine/compare/report/report-format';
import { badInput } from '../engine/errors';
import { classified } from '../engine/process/runtime-error';
import type { Command } from './command';
import { progressSink } from './progress';
import { cliTargets, resolveTarget, withEngine } from './engine-context';
import { findings, inputSource, ms } from './format';
import { compareTable, dbText } from './compare-table';
import { runCompareSet } from './compare-set-command';
import { setFlags } from './compare-set-flags';
import { EXIT_CODES } from '../shared/exit-codes';

export function summarizeCompare(r: CompareReport): string {
  const against = r.mode === 'compiled-vs-source' ? `the model as written, exact (${r.referenceTarget.id})`
    : r.mode === 'target-vs-target' ? `itself at ${r.referenceTarget.id}`
      : r.mode === 'quant-vs-float' ? `${r.reference} at ${r.referenceTarget.id}` : r.reference;
  const lines = [`${r.mode}: ${r.model}`, `  at ${r.target.id}, against ${against}`];
  const dims = Object.entries(r.input.dims);
  lines.push(`input: ${inputSource(r.input)}; ${r.input.count} sample(s)${dims.length ? `; dims ${dims.map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`);
  for (const rep of r.repairs) lines.push(`repaired in memory: ${rep.id} (${rep.count} changes)`);
  lines.push(`CPU facts: ${r.cpuFacts.machine}`);
  for (const note of r.cpuFacts.notes) lines.push(`  ${note}`);
  for (const o of r.output) lines.push(`output ${o.name}: SQNR ${dbText(o.sqnrDb)}, cosine ${o.cosine?.toFixed(5) ?? '-'}, max abs ${o.maxAbs ?? '-'}${o.top1Agreement !== null ? `, top-1 agreement ${fmtTop1(o.top1Agreement, o.top1Misses)}` : ''}`);
  lines.push(`layers compared: ${r.layers.length}; unmatched: ${r.unmatched.model.length} ${unmatchedModelTitle(r.mode).toLowerCase()}, ${r.unmatched.reference.length} reference tensors with no model counterpart`);
  lines.push(compareTable(r));
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

export const compareCommand: Command<'compare'> = {
  async run(o) {
    const set = setFlags(o);
    const registry = cliTargets();
    const pair = o.compareTargets;
    let target = resolveTarget(registry, o.target);
    let referenceTarget = registry.get('reference');
    if (pair) {
      const ids = pair.split(',').map((s) => s.trim());
      if (ids.length !== 2 || !ids[0] || !ids[1]) throw badInput(undefined, `--compare-targets takes two target ids, A,B; got '${pair}'`);
      if (o.target) throw badInput(undefined, '--compare-targets names both targets; drop --target');
      target = registry.get(ids[0]);
      referenceTarget = registry.get(ids[1]);
    }
    if (pair && o.reference) throw badInput(undefined, '--compare-targets compares the model with itself at two targets; drop --reference');
    resolveMode({ mode: o.mode, reference: o.reference, compareTargets: !!pair });
    const report = o.report;
    if (report && !/\.(md|html?)$/i.test(report)) throw badInput(report, '--report writes Markdown (.md) or HTML (.html)');
    const pairsOut = o.pairsOut;
    if (o.pair && !pairsOut) throw badInput(undefined, '--pair names layers whose values --pairs-out DIR writes; give --pairs-out');
    if (set) {
      return runCompareSet({
        model: o.model, reference: o.reference, mode: o.mode, target, referenceTarget, compareTargets: !!pair,
        dims: o.dims ?? {}, map: o.map, threshold: o.threshold, threads: o.threads, onProgress: progressSink(o.json),
      }, set, report, o.failUnder, !!o.json);
    }
    const pairs = pairsOut ? { tensors: o.pair ?? [], notable: true, onPairs: (p: PairValues[]) => writePairs(pairsOut, p) } : undefined;
    const result = await withEngine((engine, signal) => classified(o.model, () => compareModels({
      model: o.model, reference: o.reference, mode: o.mode, target, referenceTarget, compareTargets: !!pair,
      input: o.input, preprocess: o.preprocess, dims: o.dims ?? {}, map: o.map, threshold: o.threshold, keepFloat: o.keepFloat ?? [], threads: o.threads,
      engine, signal, onProgress: progressSink(o.json), pairs,
    })));
    if (report) writeFileAtomic(path.resolve(report), /\.md$/i.test(report) ? compareMarkdown(result) : compareHtml(result));
    process.stdout.write((o.json ? JSON.stringify(result, null, 2) : summarizeCompare(result)) + '\n');
    if (o.failUnder !== undefined && result.output.some((x) => x.sqnrDb === null || x.sqnrDb < o.failUnder!)) return EXIT_CODES.checkFailed;
    return EXIT_CODES.ok;
  },
};
