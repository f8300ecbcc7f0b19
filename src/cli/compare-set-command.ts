import * as path from 'path';
import { writeFileAtomic } from '../engine/cache/cache-dir';
import { compareSet, CompareSetOptions } from '../engine/compare/over-set/compare-set';
import { setHtml } from '../engine/compare/over-set/set-html';
import { setMarkdown } from '../engine/compare/over-set/set-markdown';
import { fmtTop1 } from '../engine/compare/report/report-format';
import type { SetReport, Spread } from '../engine/compare/over-set/set-report';
import { classified } from '../engine/process/runtime-error';
import { EXIT_CODES } from '../shared/exit-codes';
import type { SetFlags } from './compare-set-flags';
import { withEngine } from './engine-context';
import { ms } from './format';

const db = (x: number | null) => (x === null ? '-' : x >= 200 ? 'identical' : `${x.toFixed(1)} dB`);
const spreadText = (s: Spread) => `mean ${db(s.mean)}, min ${db(s.min)}, p5 ${db(s.p5)}`;

export function summarizeSet(r: SetReport): string {
  const lines = [`${r.mode} over a set of inputs: ${r.model}`, `  at ${r.target.id}, against ${r.reference} (${r.referenceTarget.id})`];
  lines.push(`inputs: ${r.inputs.source}: ${r.inputs.covered} of ${r.inputs.files} compared${r.inputs.partial ? ' (STOPPED: a partial report)' : ''}; ${r.inputs.jobs} job(s)${r.inputs.preprocess ? `; preprocessing ${r.inputs.preprocess}` : ''}`);
  for (const o of r.output) lines.push(`output ${o.name}: SQNR ${spreadText(o.sqnrDb)}${o.top1Agreement !== null ? `, top-1 agreement ${fmtTop1(o.top1Agreement, o.top1Misses)}` : ''}`);
  lines.push(`layers compared: ${r.layers.length}`);
  const below = r.layers.filter((l) => l.sqnrDb.mean !== null && l.sqnrDb.mean < r.threshold);
  lines.push(below.length ? `first layer below ${r.threshold} dB on the mean: ${below[0].node ?? below[0].tensor} (${spreadText(below[0].sqnrDb)})` : `no layer below ${r.threshold} dB on the mean`);
  if (r.calibration) lines.push(`calibration: ${r.calibration.explanation}`, `  fix: ${r.calibration.fix}`);
  if (r.culprits.length === 0) lines.push('culprits on the aggregate: none');
  r.culprits.slice(0, 5).forEach((c, i) => {
    lines.push(`culprit ${i + 1}: ${c.node} [${c.kind}] local ${db(c.localSqnrDb)} (mean), score ${c.score.toFixed(1)} dB; a culprit alone on ${c.holdsOn} of ${c.of} inputs; worst ${c.worstInput ? path.basename(c.worstInput) : '-'}`);
    lines.push(`  ${c.explanation}`);
    lines.push(`  fix: ${c.fix}`);
  });
  for (const o of r.occasional.slice(0, 5)) lines.push(`on some inputs only: ${o.node} (a culprit alone on ${o.holdsOn} of ${r.inputs.covered})`);
  const clipped = r.ranges.filter((g) => (g.clippedFraction ?? 0) > 1e-4).sort((a, b) => (b.clippedFraction ?? 0) - (a.clippedFraction ?? 0));
  for (const g of clipped.slice(0, 5)) lines.push(`range ${g.node ?? g.tensor}: observed ${g.observed.min} .. ${g.observed.max}, quantized ${g.quant?.min} .. ${g.quant?.max}, ${((g.clippedFraction ?? 0) * 100).toFixed(3)}% clipped; 0.01% range ${g.clip01pct?.low} .. ${g.clip01pct?.high}${g.suggestedScale !== null ? ` (scale ${g.suggestedScale})` : ''}`);
  lines.push(`time: ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}; peak memory ${r.peakRssMb} MiB; sessions made ${r.sessions.created}, reused ${r.sessions.reused}`);
  return lines.join('\n');
}

/**
 * `compare --inputs`: the comparison over a set. Ctrl-C stops it; what was compared by then is still reported
 * (marked partial, with how many inputs it covers) before the cancelled exit code.
 */
export async function runCompareSet(common: Omit<CompareSetOptions, 'engine' | 'inputs' | 'preprocess' | 'jobs' | 'signal'>, set: SetFlags, report: string | undefined, failUnder: number | undefined, json: boolean): Promise<number> {
  let stopped = false;
  const result = await withEngine((engine, signal) => {
    signal.addEventListener('abort', () => (stopped = true), { once: true });
    return classified(common.model, () => compareSet({ ...common, ...set, engine, signal }));
  });
  if (report) writeFileAtomic(path.resolve(report), /\.md$/i.test(report) ? setMarkdown(result) : setHtml(result));
  process.stdout.write((json ? JSON.stringify(result, null, 2) : summarizeSet(result)) + '\n');
  if (stopped) return EXIT_CODES.cancelled;
  if (failUnder !== undefined && result.output.some((o) => o.sqnrDb.mean === null || o.sqnrDb.mean < failUnder)) return 1;
  return 0;
}
