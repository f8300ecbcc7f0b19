import type { CompiledNodeJson, CompiledValueJson, CompileFailure } from '../engine/compile/report';
import type { Diagnostic } from '../engine/findings/diagnostic';
import { LAYOUT_OPS, layoutBadge } from '../shared/layout';
import { opLabel } from '../shared/op-key';
import { parameterNodes } from '../shared/parameter-nodes';
import { quantText as quantLine } from '../shared/quant-text';

/**
 * The IR explorer's content, built from a compile report (or a source graph parsed without the runtime) with no
 * VS Code types, so it is tested in plain mocha. Children are computed when a node is expanded: a 10,000-node graph
 * costs one pass to group by scope, and each expand costs only the group opened.
 */

export type IconKind = 'integer' | 'float' | 'layout' | 'group' | 'value' | 'error' | 'warning' | 'info' | 'failure' | 'action';

export interface TreeEntry {
  id: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  icon: IconKind;
  collapsible: boolean;
  /** The compiled (or source) node this row shows, for reveal and for the graph. */
  node?: string;
  /** A command the row runs when clicked (e.g. repair). */
  command?: { id: string; title: string; args: unknown[] };
}

/** What the tree shows: a graph (compiled, or the source when nothing was compiled), findings, a failure. */
export interface IRContent {
  model: string;
  target: string;
  /** `compiled` at the target, or `source` (untrusted workspace, or the compile failed). */
  kind: 'compiled' | 'source';
  /** Why only the source is shown, when it is. */
  note?: string;
  inputs: string[];
  outputs: string[];
  nodes: CompiledNodeJson[];
  values: CompiledValueJson[];
  diagnostics: Diagnostic[];
  failure: CompileFailure | null;
}

const INTEGER_TYPES = /^(u?int(4|8|16|32|64))$/;
const MAX_FILTER_ROWS = 500;

export function shapeText(v: CompiledValueJson | undefined): string {
  return v?.shape ? `[${v.shape.join(',')}]` : '[?]';
}

/** Integer kernels, float ops and layout moves look different at a glance. */
export function nodeIcon(n: CompiledNodeJson, out: CompiledValueJson | undefined): IconKind {
  if (LAYOUT_OPS.has(n.opType) && (n.inserted || n.domain === 'com.microsoft.nchwc')) return 'layout';
  if (/^(QLinear|QGemm|ConvInteger|MatMulInteger|DynamicQuantize)/.test(n.opType) || n.opType === 'QuantizeLinear') return 'integer';
  if (out?.dtype && INTEGER_TYPES.test(out.dtype)) return 'integer';
  return 'float';
}

function valueLine(v: CompiledValueJson | undefined, name: string): string {
  if (!v) return `\`${name}\``;
  const badge = layoutBadge(v.layout);
  const q = v.quant ? quantLine(v.quant) : null;
  return `\`${name}\` ${v.dtype ?? '?'} ${shapeText(v)}${badge ? ` ${badge}${v.layout.kind === 'NCHWc' && v.layout.channels ? ` (${v.layout.channels} channels)` : ''}` : ''}${q ? ` — ${q}` : ''}`;
}

export class IRTreeModel {
  private readonly values: Map<string, CompiledValueJson>;
  private readonly groups = new Map<string, { scopes: string[]; nodes: number[]; count: number; ops: Map<string, number> }>();
  private readonly parents = new Map<string, string>();
  private readonly nodeIndex = new Map<string, number>();
  /** A node's parameter nodes (indices), listed under it rather than in a scope (src/shared/parameter-nodes.ts). */
  private readonly paramsOf = new Map<string, number[]>();
  private filter = '';

  constructor(readonly content: IRContent) {
    this.values = new Map(content.values.map((v) => [v.name, v]));
    content.nodes.forEach((n, i) => this.nodeIndex.set(n.name, i));
    this.group();
  }

  /**
   * Scope trie: every node sits in its scope's group; each group counts the nodes under it. A parameter node (the
   * ~70 `Identity_N` of a QAT export, a weight's DequantizeLinear) sits under the node it feeds, as the graph shows it.
   */
  private group(): void {
    const { owner } = parameterNodes(this.content.nodes, this.content.inputs, this.content.outputs);
    const scopeOf = (n: CompiledNodeJson) => (n.scope && n.scope.startsWith('/') ? n.scope : n.scope ? `/${n.scope}` : '');
    const ensure = (scope: string) => {
      let g = this.groups.get(scope);
      if (!g) {
        g = { scopes: [], nodes: [], count: 0, ops: new Map() };
        this.groups.set(scope, g);
        if (scope) {
          const parent = scope.lastIndexOf('/') > 0 ? scope.slice(0, scope.lastIndexOf('/')) : '';
          ensure(parent).scopes.push(scope);
          this.parents.set(`group:${scope}`, parent ? `group:${parent}` : 'nodes');
        }
      }
      return g;
    };
    this.content.nodes.forEach((n, i) => {
      const ownerName = owner.get(n.name);
      const ownerIndex = ownerName === undefined ? undefined : this.nodeIndex.get(ownerName);
      const home = ownerIndex === undefined ? n : this.content.nodes[ownerIndex];
      const scope = scopeOf(home);
      if (ownerName !== undefined && ownerIndex !== undefined) {
        this.paramsOf.set(ownerName, [...(this.paramsOf.get(ownerName) ?? []), i]);
        this.parents.set(`node:${n.name}`, `node:${ownerName}`);
      } else {
        ensure(scope).nodes.push(i);
        this.parents.set(`node:${n.name}`, scope ? `group:${scope}` : 'nodes');
      }
      for (let s = scope; ; s = s.lastIndexOf('/') > 0 ? s.slice(0, s.lastIndexOf('/')) : '') {
        const g = ensure(s);
        g.count++;
        const k = opLabel(n.domain, n.opType);
        g.ops.set(k, (g.ops.get(k) ?? 0) + 1);
        if (!s) break;
      }
    });
  }

  setFilter(text: string): void {
    this.filter = text.trim().toLowerCase();
  }

  get filterText(): string {
    return this.filter;
  }

  roots(): TreeEntry[] {
    const c = this.content;
    const out: TreeEntry[] = [];
    if (c.failure) out.push({ id: 'failure', label: `Compile failed at level ${c.failure.level}`, description: c.failure.optimizer ?? undefined, icon: 'failure', collapsible: true, tooltip: `**${escapeMd(c.failure.message)}**\n\nCause: ${escapeMd(c.failure.cause)}` });
    if (c.diagnostics.length) out.push({ id: 'findings', label: 'Findings', description: `${c.diagnostics.length}`, icon: c.diagnostics.some((d) => d.severity === 'error') ? 'error' : c.diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'info', collapsible: true });
    out.push({ id: 'inputs', label: 'Inputs', description: `${c.inputs.length}`, icon: 'value', collapsible: c.inputs.length > 0 });
    out.push({ id: 'outputs', label: 'Outputs', description: `${c.outputs.length}`, icon: 'value', collapsible: c.outputs.length > 0 });
    const filtered = this.filter ? ` · filter "${this.filter}"` : '';
    out.push({ id: 'nodes', label: c.kind === 'compiled' ? `Nodes (compiled for ${c.target})` : 'Nodes (source, not compiled)', description: `${c.nodes.length}${filtered}`, icon: 'group', collapsible: c.nodes.length > 0, tooltip: c.note ? escapeMd(c.note) : undefined });
    const inits = c.values.filter((v) => v.initializer).length;
    out.push({ id: 'initializers', label: 'Initializers', description: `${inits}`, icon: 'value', collapsible: inits > 0 });
    return out;
  }

  children(id: string): TreeEntry[] {
    const c = this.content;
    if (id === 'findings') return c.diagnostics.map((d, i) => this.findingEntry(d, i));
    if (id === 'failure' && c.failure) return this.failureEntries(c.failure);
    if (id === 'inputs') return c.inputs.map((n) => this.valueEntry(n, 'input'));
    if (id === 'outputs') return c.outputs.map((n) => this.valueEntry(n, 'output'));
    if (id === 'initializers') return c.values.filter((v) => v.initializer).map((v) => this.valueEntry(v.name, 'init'));
    if (id === 'nodes') return this.filter ? this.filtered() : this.groupChildren('');
    if (id.startsWith('group:')) return this.groupChildren(id.slice(6));
    if (id.startsWith('node:')) return (this.paramsOf.get(id.slice(5)) ?? []).map((i) => this.nodeEntry(this.content.nodes[i]));
    return [];
  }

  /** The row's parent as the tree shows it: folded scopes (one sub-scope and no node) are skipped. */
  parent(id: string): string | undefined {
    let p = this.parents.get(id);
    while (p?.startsWith('group:') && this.passThrough(p.slice(6))) p = this.parents.get(p);
    return p;
  }

  /** The row id of a compiled node, or of the compiled nodes that came from a source node (for reveal). */
  nodeIds(name: string): string[] {
    if (this.nodeIndex.has(name)) return [`node:${name}`];
    return this.content.nodes.filter((n) => n.origin.includes(name)).map((n) => `node:${n.name}`);
  }

  /** A scope with one sub-scope and no nodes of its own is folded into that sub-scope's row ("features/0/0"). */
  private passThrough(scope: string): boolean {
    const g = this.groups.get(scope);
    return !!scope && !!g && g.scopes.length === 1 && g.nodes.length === 0;
  }

  private groupChildren(scope: string): TreeEntry[] {
    const g = this.groups.get(scope);
    if (!g) return [];
    const rel = (s: string) => (scope && s.startsWith(`${scope}/`) ? s.slice(scope.length + 1) : s.replace(/^\//, '')) || s;
    const rows: TreeEntry[] = [];
    for (let s of g.scopes) {
      while (this.passThrough(s)) s = this.groups.get(s)!.scopes[0];
      const sub = this.groups.get(s)!;
      const top = [...sub.ops].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
      rows.push({ id: `group:${s}`, label: rel(s), description: `${sub.count} node${sub.count === 1 ? '' : 's'} · ${top}`, icon: 'group' as const, collapsible: true, tooltip: `\`${s}\`` });
    }
    return [...rows, ...g.nodes.map((i) => this.nodeEntry(this.content.nodes[i]))];
  }

  private filtered(): TreeEntry[] {
    const f = this.filter;
    const hits: TreeEntry[] = [];
    let total = 0;
    for (const n of this.content.nodes) {
      const out = this.values.get(n.outputs[0]);
      const text = `${n.name} ${opLabel(n.domain, n.opType)} ${out?.dtype ?? ''} ${layoutBadge(out?.layout) ?? ''} ${n.outputs.join(' ')}`.toLowerCase();
      if (!text.includes(f)) continue;
      total++;
      // Filter hits come from many scopes: show their full names so equal short names stay apart.
      if (hits.length < MAX_FILTER_ROWS) hits.push({ ...this.nodeEntry(n), label: n.name });
    }
    if (total > hits.length) hits.push({ id: 'filter-more', label: `… ${total - hits.length} more match "${f}"`, icon: 'info', collapsible: false, description: 'refine the filter' });
    if (total === 0) hits.push({ id: 'filter-none', label: `No node matches "${f}"`, icon: 'info', collapsible: false });
    return hits;
  }

  nodeEntry(n: CompiledNodeJson): TreeEntry {
    const out = this.values.get(n.outputs[0]);
    const badge = layoutBadge(out?.layout);
    const label = n.scope && n.name.startsWith(n.scope) ? n.name.slice(n.scope.length).replace(/^\//, '') || n.name : n.name;
    const lines = [
      `**${escapeMd(opLabel(n.domain, n.opType))}** \`${n.name}\`${n.inserted ? ' — inserted by the compiler' : ''}`,
      '',
      `inputs: ${n.inputs.filter(Boolean).map((i) => valueLine(this.values.get(i), i)).join('  \n')}`,
      '',
      `outputs: ${n.outputs.filter(Boolean).map((o) => valueLine(this.values.get(o), o)).join('  \n')}`,
    ];
    if (n.origin.length && !(n.origin.length === 1 && n.origin[0] === n.name)) lines.push('', `from source: ${n.origin.map((o) => `\`${o}\``).join(', ')}`);
    if (this.content.kind === 'source' && !out?.dtype) lines.push('', '_dtype and shape: known once the model compiles (the file does not declare them)_');
    const attrs = Object.entries(n.attributes);
    if (attrs.length) lines.push('', `attributes: ${attrs.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`);
    const params = this.paramsOf.get(n.name)?.length ?? 0;
    if (params) lines.push('', `_${params} parameter node${params === 1 ? '' : 's'} (computed from weights only) listed under it_`);
    return {
      id: `node:${n.name}`,
      label,
      // A source graph rarely declares intermediate types; say nothing rather than "? [?]" (the tooltip says why).
      description: out?.dtype || out?.shape ? `${opLabel(n.domain, n.opType)} · ${out?.dtype ?? '?'} ${shapeText(out)}${badge ? ` · ${badge}` : ''}` : opLabel(n.domain, n.opType),
      tooltip: lines.join('\n'),
      icon: nodeIcon(n, out),
      collapsible: params > 0,
      node: n.name,
    };
  }

  private valueEntry(name: string, kind: string): TreeEntry {
    const v = this.values.get(name);
    const badge = layoutBadge(v?.layout);
    return { id: `${kind}:${name}`, label: name, description: `${v?.dtype ?? '?'} ${shapeText(v)}${badge ? ` · ${badge}` : ''}`, tooltip: valueLine(v, name), icon: v?.dtype && INTEGER_TYPES.test(v.dtype) ? 'integer' : 'value', collapsible: false };
  }

  private findingEntry(d: Diagnostic, i: number): TreeEntry {
    // The message is what a user reads; the code is for looking it up (description, tooltip).
    const first = d.message.match(/^.*?[.;:](?=\s|$)/)?.[0] ?? d.message;
    return {
      id: `finding:${i}`,
      label: first.replace(/[.;:]$/, ''),
      description: d.code,
      tooltip: `${escapeMd(d.message)}${d.fix ? `\n\n**Fix:** ${escapeMd(d.fix)}` : ''}${d.node ? `\n\nnode \`${d.node}\`` : ''}\n\n${d.severity} \`${d.code}\``,
      icon: d.severity,
      collapsible: false,
      node: d.node ?? undefined,
    };
  }

  private failureEntries(f: CompileFailure): TreeEntry[] {
    const rows: TreeEntry[] = [
      { id: 'failure:cause', label: 'Cause', description: f.cause, tooltip: `**Cause**\n\n${escapeMd(f.cause)}`, icon: 'info', collapsible: false },
      { id: 'failure:level', label: 'First failing level', description: f.level, tooltip: `The lowest optimization level at which the runtime refuses the model: \`${f.level}\`. Levels below it compile.`, icon: 'info', collapsible: false },
      { id: 'failure:optimizer', label: 'Optimizer', description: f.optimizer ?? 'none identified', tooltip: f.optimizer ? `The graph rewrite that fails on this model: \`${f.optimizer}\`.` : 'No single graph rewrite was found to be the one that fails.', icon: 'info', collapsible: false },
      { id: 'failure:node', label: 'Node', description: f.node ?? 'not named', tooltip: f.node ? `The node the failure names: \`${f.node}\`.` : 'The runtime\'s error names no node.', icon: 'info', collapsible: false },
      { id: 'failure:targets', label: 'Targets that compile it', description: f.workingTargets.join(', ') || 'none', tooltip: f.workingTargets.length ? `Switch to one of these with QuantLens: Select Target: ${f.workingTargets.join(', ')}.` : 'No built-in target compiles it as written; Repair Model… may.', icon: 'info', collapsible: false },
    ];
    if (f.repairs.length) rows.push({ id: 'failure:repair', label: 'Repair Model…', description: f.repairs.map((r) => r.id).join(' + '), tooltip: f.repairs.map((r) => `**${r.id}** (${r.changes} changes): ${escapeMd(r.description)}`).join('\n\n'), icon: 'action', collapsible: false, command: { id: 'quantlens.repairModel', title: 'Repair Model…', args: [] } });
    return rows;
  }
}

export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
