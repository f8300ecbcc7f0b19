import type { GraphParamData } from '../../src/shared/protocol';
import { button } from '../shared/ui';
import { IndexedGraph } from './indexed-graph';
import { OverlayModel } from './overlay-model';
import { sqnrText } from '../../src/shared/sqnr-text';
import { typeText } from './scene';

/** The side panel for the selected node: what it is, what it reads and writes, and its error after a comparison. */

function row(dl: HTMLElement, label: string, value: string | Node, cls?: string): void {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  if (cls) dd.className = cls;
  if (typeof value === 'string') dd.textContent = value;
  else dd.appendChild(value);
  dl.append(dt, dd);
}

/** One tensor entry: its name (or link), its type in muted text, and its quantization grid on a line of its own. */
function tensorItem(name: HTMLElement, typeLine: string, quant: string | null | undefined): HTMLLIElement {
  const li = document.createElement('li');
  const info = document.createElement('span');
  info.className = 'muted';
  info.textContent = typeLine;
  li.append(name, info);
  if (quant) {
    const q = document.createElement('div');
    q.className = 'muted quant';
    q.textContent = quant;
    li.appendChild(q);
  }
  return li;
}

/** Tensors as a list; each entry jumps to the node at its other end. */
function tensorList(g: IndexedGraph, edges: number[], end: 'from' | 'to', onGoto: (node: number) => void): HTMLElement {
  const ul = document.createElement('ul');
  for (const e of edges) {
    const m = g.edges[e];
    const other = end === 'from' ? g.edgeFrom[e] : g.edgeTo[e];
    const link = document.createElement('button');
    link.className = 'link';
    link.textContent = m.tensor;
    link.title = `${end === 'from' ? 'From' : 'To'} ${g.nodes[other].name}`;
    link.addEventListener('click', () => onGoto(other));
    ul.appendChild(tensorItem(link, ` ${typeText(m.dtype, m.shape)}`, m.quant));
  }
  return ul;
}

/** Parameters the graph does not draw as boxes: name, type, where they come from, their grid. */
function paramList(params: GraphParamData[]): HTMLElement {
  const ul = document.createElement('ul');
  for (const p of params) {
    const name = document.createElement('span');
    name.className = 'mono';
    name.textContent = p.tensor;
    ul.appendChild(tensorItem(name, ` ${typeText(p.dtype, p.shape)}${p.via ? `, from ${p.via}` : ''}`, p.quant));
  }
  return ul;
}

const db = (v: number) => sqnrText(v);

export function renderDetails(panel: HTMLElement, g: IndexedGraph, node: number, overlay: OverlayModel | null, onClose: () => void, onGoto: (node: number) => void): void {
  const n = g.nodes[node];
  panel.replaceChildren();
  panel.hidden = false;
  panel.dataset.node = n.id;
  const head = document.createElement('div');
  head.className = 'details-head';
  const h = document.createElement('h2');
  h.textContent = n.op;
  head.append(h, button('Close', onClose, { title: 'Close the details (Escape)', secondary: true }));
  const dl = document.createElement('dl');
  row(dl, 'Name', n.name, 'mono');
  row(dl, 'Domain', n.domain || 'ai.onnx (default)');
  row(dl, 'Scope', n.scope || '(top level)', 'mono');
  row(dl, 'Output', typeText(n.dtype, n.shape), n.dtype || n.shape ? undefined : 'muted');
  row(dl, 'Layout', n.layout ?? 'plain (NCHW or not an image tensor)');
  if (n.quant) row(dl, 'Quantization', n.quant);
  if (n.inserted) row(dl, 'Inserted', 'by the compiler (it replaces no source node)');
  if (n.origin.length) row(dl, 'Origin', n.origin.join('\n'), 'mono pre');
  const ins = Array.from(g.inList.subarray(g.inStart[node], g.inStart[node + 1]));
  const outs = Array.from(g.outList.subarray(g.outStart[node], g.outStart[node + 1]));
  if (ins.length) row(dl, 'Inputs', tensorList(g, ins, 'from', onGoto));
  if (outs.length) row(dl, 'Consumers', tensorList(g, outs, 'to', onGoto));
  if (n.params?.length) row(dl, 'Parameters', paramList(n.params));
  if (overlay) {
    row(dl, 'SQNR', db(overlay.sqnr[node]), Number.isNaN(overlay.sqnr[node]) ? 'muted' : overlay.sqnr[node] < overlay.threshold ? 'error' : '');
    row(dl, 'Local SQNR', db(overlay.local[node]));
    if (overlay.rank[node] > 0) row(dl, 'Culprit', `#${overlay.rank[node]} (${overlay.kind.get(node) ?? 'unknown'})`, 'error');
  }
  panel.append(head, dl);
}
