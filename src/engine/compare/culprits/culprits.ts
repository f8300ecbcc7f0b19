import type { Culprit } from '../compare-report';
import { explainCulprit } from './explain';
import type { UnitFacts } from './facts';

/** A layer with no specific evidence must stand this far below the model's typical layer to count. */
const OUTLIER_DB = 10;
const EVIDENCE_MARGIN_DB = 10;
/** Without a local measurement, the SQNR must drop this much across the layer. */
const DROP_DB = 10;
const DROP_CEILING_DB = 60;
/** How much tighter than the threshold a layer must agree with an exact reference of the same model. */
const SAME_SOURCE_MARGIN_DB = 15;
/** Above threshold + this, no layer can be a culprit whatever the evidence (callers skip gathering it). */
export const WIDEST_BAR_DB = SAME_SOURCE_MARGIN_DB + EVIDENCE_MARGIN_DB;
/** Whether a layer measured at `db` (its local or its propagated SQNR) could still be a culprit: evidence is worth gathering. */
export function couldBeCulprit(db: number | null, threshold: number): boolean {
  return db !== null && db < threshold + WIDEST_BAR_DB;
}

/** A layer whose local error is within this of its inputs' quantization error only passes on what it was given. */
const INHERITED_DB = 3;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Layers that introduce error, ranked by how much: the local error's shortfall below the threshold, or the drop from
 * the inputs' SQNR to the output's. Normal quantization noise is spread over all layers, so a layer counts only when
 * evidence explains it (clipping, weights, saturation, dtype, layout) or when it stands well below the model's
 * typical layer. Against an exact reference of the same model (compiled-vs-source, target-vs-target) the bar is
 * higher, since quantization noise is on both sides there.
 */
export function findCulprits(facts: UnitFacts[], threshold: number, sameSource = false): Culprit[] {
  const typical = median(facts.flatMap((f) => (f.localSqnrDb !== null ? [f.localSqnrDb] : [])));
  // Against its own exact reference a layer should agree to rounding (a step here and there, 40 dB and more):
  // there, a layer whose local error reaches SAME_SOURCE_MARGIN_DB above the threshold already stands out.
  const limit = sameSource ? threshold + SAME_SOURCE_MARGIN_DB : threshold;
  const out: Culprit[] = [];
  for (const f of facts) {
    // Beyond DROP_CEILING_DB an input is as good as exact: dropping from 200 dB (identical) to 60 dB loses nothing.
    const drop = f.inputSqnrDb !== null && f.sqnrDb !== null ? Math.min(f.inputSqnrDb, DROP_CEILING_DB) - Math.min(f.sqnrDb, DROP_CEILING_DB) : null;
    // The inputs arrive already quantized by their producers: when that alone costs as much as the layer's whole
    // local error, the producer introduced it (its own output range is reported there).
    const inherited = f.inputQuantDb !== null && f.localSqnrDb !== null && f.inputQuantDb < limit + EVIDENCE_MARGIN_DB && f.localSqnrDb >= f.inputQuantDb - INHERITED_DB;
    if (inherited) continue;
    const e = explainCulprit(f);
    const specific = e.kind !== 'unknown' && e.kind !== 'precision' && !e.explainsOnly;
    const shortfall = f.localSqnrDb !== null ? limit + (specific ? EVIDENCE_MARGIN_DB : 0) - f.localSqnrDb : null;
    // Evidence of a defect (bad weight channels, clipping that explains the error, saturation) lowers the bar: such a
    // layer counts up to EVIDENCE_MARGIN_DB above the threshold; a layer without it must also stand out.
    const byLocal = f.localSqnrDb !== null && (specific ? f.localSqnrDb < limit + EVIDENCE_MARGIN_DB : f.localSqnrDb < limit && typical !== null && f.localSqnrDb < typical - OUTLIER_DB);
    const byDrop = f.localSqnrDb === null && drop !== null && drop >= DROP_DB && f.sqnrDb !== null && f.sqnrDb < threshold;
    if (!byLocal && !byDrop) continue;
    const score = Math.max(shortfall ?? -Infinity, drop ?? -Infinity);
    const { explainsOnly: _, ...explained } = e;
    out.push({ node: f.node, tensor: f.tensor, unit: f.unit, score: Math.round(score * 100) / 100, localSqnrDb: f.localSqnrDb, ...explained });
  }
  return out.sort((a, b) => b.score - a.score);
}
