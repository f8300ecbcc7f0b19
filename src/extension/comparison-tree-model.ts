import type { CompareReport, Culprit, LayerRow } from '../engine/compare/compare-report';
import { escapeMd } from './ir-tree-model';
import { firstBadRow, isBelow } from './comparison-summary';
import { sqnrText } from '../shared/sqnr-text';

export { comparisonSummary, firstBadRow } from './comparison-summary';

/** One row of the Comparison view, built without VS Code types (tested in mocha). */
export interface ComparisonEntry {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** `culprit`: ranked culprit; `bad`: below the threshold; `ok`; `info`: summary rows. */
  icon: 'culprit' | 'bad' | 'ok' | 'info';
  /** The source node to reveal in the IR view. */
  node: string | null;
  layerIndex: number | null;
}

/** SQNR worded as the graph and the diff word it ("identical", "31.4 dB"). */
export const db = (x: number | null | undefined) => sqnrText(x, '—');

/** A tensor or node path's scope and last part: `/features/7/conv/1/0/Conv` → [`/features/7/conv/1/0`, `Conv`]. */
function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf('/');
  return i < 0 ? ['', p] : [p.slice(0, i), p.slice(i + 1)];
}

/**
 * A scope as the PyTorch module it came from. The exporter repeats each parent's name in its child's scope
 * (`/features/features.2/conv/conv.0/conv.0.0`); a part that extends the one before it adds only its own suffix, so
 * that reads `features.2.conv.0.0`, the name the user's model gives the module. Scopes written plainly
 * (`/features/7/conv`) read `features.7.conv`.
 */
export function moduleName(scope: string): string {
  const out: string[] = [];
  let prev = '';
  for (const part of scope.split('/').filter(Boolean)) {
    out.push(prev && part.startsWith(`${prev}.`) ? part.slice(prev.length + 1) : part);
    prev = part;
  }
  return out.join('.');
}

/**
 * A layer's short name, the way a PyTorch user names the module: `/features/7/conv/1/0/Conv` → `features.7.conv.1.0 Conv`.
 * Short enough that the dB figure after it stays visible at the sidebar's default width.
 */
export function shortLayerName(path: string): string {
  const [scope, last] = splitPath(path);
  const module = moduleName(scope);
  const op = last.replace(/_output_\d+$/, '');
  return module ? `${module} ${op}` : op;
}

/** The ops every quantized layer repeats, as the QDQ format names them for short (the tooltip keeps the full name). */
const SHORT_OPS: Record<string, string> = { QuantizeLinear: 'Q', DequantizeLinear: 'DQ', BatchNormalization: 'BN' };

/**
 * A node or tensor named for a row: its short name with the op abbreviated, and a quantizer named by the module whose
 * output it quantizes (`/features/features.10/conv/activation_post_process/DequantizeLinear` → `features.10.conv DQ`).
 */
function rowName(path: string): string {
  const [scope, last] = splitPath(path);
  const op = last.replace(/_output_\d+$/, '');
  const module = moduleName(scope).replace(/(?<=.)\.activation_post_process(_\d+)?$/, '');
  return [module, SHORT_OPS[op] ?? op].filter(Boolean).join(' ');
}

/**
 * Which tensor of its layer a row measures, for a layer with several rows: the tensor's op (`Div`, `Q`, `DQ`, `Cast`),
 * after its sub-module when the tensor is inside the layer's module (`bn BN`), except the layer's own output
 * fake-quant (`activation_post_process`), which is part of the layer. `named` says whether that names the tensor's
 * module in full; when not, the row's description names the tensor.
 */
function step(tensor: string, node: string): { text: string; named: boolean } {
  const [tScope, tLast] = splitPath(tensor);
  const op = tLast.replace(/_output_\d+$/, '');
  const tModule = moduleName(tScope);
  const lModule = moduleName(splitPath(node)[0]);
  const sub = lModule && tModule.startsWith(`${lModule}.`) ? tModule.slice(lModule.length + 1) : tModule === lModule ? '' : null;
  const shown = (sub ?? '').split('.').filter((p) => p && !/^activation_post_process(_\d+)?$/.test(p)).join('.');
  return { text: `${shown ? `${shown} ` : ''}${SHORT_OPS[op] ?? op}`, named: sub !== null && shown === sub };
}

function layerTooltip(l: LayerRow, c: Culprit | undefined, rank: number | null, threshold: number): string {
  const own = l.node ? splitPath(l.tensor)[0] === splitPath(l.node)[0] : true;
  const lines = [
    `**${escapeMd(l.node ? shortLayerName(l.node) : l.tensor)}**${rank ? ` — culprit #${rank} (${c!.kind})` : ''}`,
    '',
    l.node ? `node \`${l.node}\`${l.opType ? ` (${l.opType})` : ''}` : '',
    // The tensor is what was measured; when it lives in the next layer's scope (a Cast of this layer's output that the
    // next layer reads), say so, so the row's name and its tensor do not seem to disagree.
    `tensor \`${l.tensor}\`${own ? '' : ' (this layer\'s output, where the next layer reads it)'} vs \`${l.referenceTensor}\``,
    `SQNR ${db(l.sqnrDb)} (threshold ${threshold} dB), local ${db(l.localSqnrDb)}, cosine ${l.cosine ?? '—'}, max abs ${l.maxAbs ?? '—'}, mean abs ${l.meanAbs ?? '—'}`,
    `error ${l.errSteps ?? '—'} steps, clipped ${l.clippedFraction === null ? '—' : `${(100 * l.clippedFraction).toFixed(2)}%`}; ${l.dtype ?? '?'} ${l.layout ?? ''}`,
  ].filter((x, i) => x !== '' || i === 1);
  if (l.fused) lines.push('', `Not observable: the target fuses this tensor into \`${escapeMd(l.fused)}\` and never computes it, so it has no figure.`);
  if (l.note) lines.push('', escapeMd(l.note));
  if (c) lines.push('', `**Why:** ${escapeMd(c.explanation)}`, '', `**Fix:** ${escapeMd(c.fix)}`);
  return lines.join('\n');
}

/**
 * Each row's name: the short layer name, so the figure after it stays in sight. A layer can carry several tensors
 * (its conv, BN, the output Q/Clip/DQ, a Cast the next layer reads): its last row, its output, carries the bare layer
 * name; each other row names its tensor's step after the layer's module (`features.2.conv.0.0 › DQ`), so label and
 * tensor agree. (The rows of a comparison over a set are named the same way.)
 */
export function rowNames(layers: ReadonlyArray<{ tensor: string; node: string | null }>): string[] {
  // A layer's output row: its last row whose tensor is the layer's own, or its output quantizer's (Q, Clip, DQ, which
  // the exporter puts in the parent's scope); a Cast the next layer reads, or the graph output, comes after it.
  const outputRow = new Map<string, number>();
  layers.forEach((l, i) => {
    if (l.node && (splitPath(l.tensor)[0] === splitPath(l.node)[0] || /^((Quantize|Dequantize)Linear|Clip)_output_\d+$/.test(splitPath(l.tensor)[1]))) outputRow.set(l.node, i);
  });
  return layers.map((l, i) => {
    if (!l.node) return rowName(l.tensor);
    if (outputRow.get(l.node) === i) return rowName(l.node);
    return `${moduleName(splitPath(l.node)[0]) || splitPath(l.node)[1]} › ${step(l.tensor, l.node).text}`;
  });
}

/**
 * Rows in graph order, or problems first after a comparison (culprits in rank order, then every row below the
 * threshold in graph order, then the rest), so the layer to look at is on top even when there is no culprit.
 */
export function comparisonEntries(r: CompareReport, problemsFirst: boolean): ComparisonEntry[] {
  const rank = new Map<string, number>();
  r.culprits.forEach((c, i) => {
    if (!rank.has(c.node)) rank.set(c.node, i + 1);
  });
  const culpritOf = new Map(r.culprits.map((c) => [c.node, c]));
  // A culprit is shown on its layer's last row (the unit's output), not on every tensor of the layer.
  const lastRowOfNode = new Map<string, number>();
  r.layers.forEach((l, i) => {
    if (l.node) lastRowOfNode.set(l.node, i);
  });
  const names = rowNames(r.layers);
  const rows = r.layers.map((l, i): ComparisonEntry => {
    const isCulpritRow = !!l.node && rank.has(l.node) && lastRowOfNode.get(l.node) === i;
    const c = isCulpritRow ? culpritOf.get(l.node!) : undefined;
    const k = isCulpritRow ? rank.get(l.node!)! : null;
    const below = isBelow(l, r.threshold);
    const name = names[i];
    // Where the label names the layer rather than the tensor measured, the description names the tensor (the tooltip
    // gives its full path), so label and tensor never seem to disagree.
    const tensorName = shortLayerName(l.tensor).replace(/ (Quantize|Dequantize)Linear$/, (_, q: string) => ` ${q[0]}${q === 'Dequantize' ? 'Q' : ''}`);
    const spelled = name === rowName(l.tensor) || (!!l.node && name.includes(' › ') && step(l.tensor, l.node).named);
    const elsewhere = spelled ? '' : `tensor ${tensorName}`;
    return {
      id: `layer:${i}`,
      // A tensor the target fused away has no figure: the row says why rather than "—".
      label: `${k ? `#${k} ` : ''}${name} · ${l.fused && l.sqnrDb === null ? 'fused' : db(l.sqnrDb)}`,
      description: [l.localSqnrDb !== null ? `local ${db(l.localSqnrDb)}` : '', c?.kind ?? '', l.layout && l.layout !== 'NCHW' && l.layout !== 'unknown' ? l.layout : '', elsewhere].filter(Boolean).join(' · '),
      tooltip: layerTooltip(l, c, k, r.threshold),
      icon: c ? 'culprit' : below ? 'bad' : l.fused && l.sqnrDb === null ? 'info' : 'ok',
      node: l.node,
      layerIndex: i,
    };
  });
  if (!problemsFirst) return rows;
  const first = rows.filter((e) => e.icon === 'culprit').sort((a, b) => rank.get(r.layers[a.layerIndex!].node!)! - rank.get(r.layers[b.layerIndex!].node!)!);
  return [...first, ...rows.filter((e) => e.icon === 'bad'), ...rows.filter((e) => e.icon === 'ok'), ...rows.filter((e) => e.icon === 'info')];
}

/** Where Reveal Culprit goes: the top culprit, else the first layer below the threshold; null when nothing is bad. */
export function revealTarget(r: CompareReport): { node: string; why: string } | null {
  const c = r.culprits[0];
  if (c) return { node: c.node, why: `culprit ${shortLayerName(c.node)} (${c.kind})` };
  const bad = firstBadRow(r);
  return bad?.node ? { node: bad.node, why: `first layer below ${r.threshold} dB: ${shortLayerName(bad.node)} (${db(bad.sqnrDb)}); no single culprit` } : null;
}
