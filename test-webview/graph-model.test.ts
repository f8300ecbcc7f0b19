import { strict as assert } from 'assert';
import type { GraphData, GraphNodeData } from '../src/shared/protocol';
import { indexGraph } from '../webview/graph/indexed-graph';
import { SIZES } from '../webview/graph/layout-protocol';
import { LayoutCache, layoutNested } from '../webview/graph/nested-layout';
import { overlayModel } from '../webview/graph/overlay-model';
import { buildScopeTree, defaultExpanded, effectiveScopes, MAX_MEMBERS, nodesUnder, ROOT } from '../webview/graph/scope-tree';
import { visibleGraph } from '../webview/graph/visible-graph';
import { generatedGraph } from './generated-graph';

/** The graph view's model without a browser: grouping by scope, default folding, what is visible, nested layout, the error path. */

function node(name: string, op = 'Relu', extra: Partial<GraphNodeData> = {}): GraphNodeData {
  const cut = name.lastIndexOf('/');
  return { id: name, name, op, domain: '', dtype: 'float32', shape: [1], layout: null, scope: cut > 0 ? name.slice(0, cut) : '', inserted: false, origin: [], quant: null, ...extra };
}

function graph(nodes: GraphNodeData[], edges: Array<[string, string]>): GraphData {
  return { model: 'm.onnx', target: 'cpu', kind: 'compiled', nodes, edges: edges.map(([from, to]) => ({ from, to, tensor: `${from}:0`, dtype: 'float32', shape: [1] })) };
}

function chain(names: string[]): GraphData {
  return graph(names.map((n) => node(n)), names.slice(1).map((n, i) => [names[i], n]));
}

describe('graph view model', () => {
  it('groups by scope: single-member scopes dissolve, chains of them read as one path', () => {
    const g = chain(['/a/b/Conv', '/a/c/Relu', '/a/c/Add', '/x/y/z/One', '/x/y/z/Two', '/Out']);
    const tree = buildScopeTree(g.nodes);
    assert.deepEqual([...tree.groups.keys()].sort(), [ROOT, '/a', '/a/c', '/x/y/z']);
    assert.equal(tree.nodeGroup[0], '/a', '/a/b holds one node: the node sits in /a');
    assert.equal(tree.groups.get('/x/y/z')!.parent, ROOT);
    assert.equal(tree.groups.get('/x/y/z')!.label, 'x/y/z');
    assert.equal(tree.groups.get('/a')!.size, 3);
    assert.deepEqual(tree.groups.get('/a')!.ops, [['Relu', 3]]);
    assert.deepEqual(tree.groups.get(ROOT)!.members.map((m) => (m.kind === 'node' ? m.index : m.id)), ['/a', '/x/y/z', 5], 'members in graph order');
  });

  it('splits a flat graph into chunks so that no container is large', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `op_${i}`);
    const g = chain(names);
    const tree = buildScopeTree(g.nodes);
    for (const grp of tree.groups.values()) assert.ok(grp.members.length <= MAX_MEMBERS, `${grp.id}: ${grp.members.length} members`);
    assert.deepEqual(Array.from(nodesUnder(tree, ROOT)).sort((a, b) => a - b), names.map((_, i) => i), 'every node once');
    const top = tree.groups.get(ROOT)!.members.map((m) => (m.kind === 'group' ? tree.groups.get(m.id)!.first : m.index));
    assert.deepEqual(top, [...top].sort((a, b) => a - b), 'chunks keep graph order');
    assert.match(tree.groups.get((tree.groups.get(ROOT)!.members[0] as { id: string }).id)!.label, /^op_0 … /);
    // A 3,000-node chain in one dagre layout overflows the JS stack; in chunks it lays out, every container small.
    const ig = indexGraph(g);
    const vg = visibleGraph(ig, tree, new Set(tree.groups.keys()));
    const res = layoutNested({ id: 1, ...vg.request }, new LayoutCache());
    assert.equal(res.rects.length, 4 * vg.kinds.length);
  });

  it('puts a node the compiler inserted in the scope that holds its neighbours', () => {
    const g = chain(['/add/Add', 'Transpose_token_1', '/add/DequantizeLinear', 'Transpose_token_2', '/out/Identity']);
    g.nodes[1].inserted = true;
    g.nodes[3].inserted = true;
    assert.deepEqual(effectiveScopes(indexGraph(g)), ['/add', '/add', '/add', '', '/out']);
  });

  it('folds by default to at most ~300 visible things, siblings alike', () => {
    for (const n of [1_000, 10_000, 50_000]) {
      const g = generatedGraph(n);
      const tree = buildScopeTree(g.nodes, effectiveScopes(indexGraph(g)));
      const open = defaultExpanded(tree);
      const vg = visibleGraph(indexGraph(g), tree, open);
      const shown = vg.kinds.filter((k) => k === 'leaf' || k === 'folded').length;
      assert.ok(shown <= 300 && shown > 20, `${n}: ${shown} shown`);
      const layers = [...tree.groups.keys()].filter((id) => /^\/model\/layers\.\d+$/.test(id));
      const openLayers = layers.filter((id) => open.has(id)).length;
      assert.ok(openLayers === 0 || openLayers === layers.length, `${n}: ${openLayers} of ${layers.length} layers open`);
    }
  });

  it('draws every model edge once between the visible things that hold its ends', () => {
    const g = generatedGraph(2_000);
    const ig = indexGraph(g);
    const tree = buildScopeTree(g.nodes);
    const vg = visibleGraph(ig, tree, defaultExpanded(tree));
    assert.ok(vg.nodeItem.every((i) => i > 0 && (vg.kinds[i] === 'leaf' || vg.kinds[i] === 'folded')));
    let inside = 0;
    for (let e = 0; e < ig.edgeFrom.length; e++) if (vg.nodeItem[ig.edgeFrom[e]] === vg.nodeItem[ig.edgeTo[e]]) inside++;
    assert.equal(vg.edges.reduce((a, ve) => a + ve.edges.length, 0) + inside, ig.edgeFrom.length);
    assert.equal(new Set(vg.edges.map((ve) => `${ve.from}>${ve.to}`)).size, vg.edges.length, 'one drawn edge per pair');
  });

  it('lays out nested containers: children inside their frame, siblings apart, repeated blocks laid out once', () => {
    const g = generatedGraph(10_000);
    const tree = buildScopeTree(g.nodes);
    const vg = visibleGraph(indexGraph(g), tree, new Set(tree.groups.keys()));
    const res = layoutNested({ id: 7, ...vg.request }, new LayoutCache());
    const r = (i: number) => ({ x: res.rects[4 * i], y: res.rects[4 * i + 1], w: res.rects[4 * i + 2], h: res.rects[4 * i + 3] });
    for (const c of vg.request.containers) {
      const f = r(c.item);
      const kids = c.children.map(r);
      for (const k of kids) assert.ok(k.x >= f.x && k.y >= f.y && k.x + k.w <= f.x + f.w + 1e-6 && k.y + k.h <= f.y + f.h + 1e-6, `child outside ${vg.keys[c.item]}`);
      if (c.children.length > 40) continue;
      for (let a = 0; a < kids.length; a++) {
        for (let b = a + 1; b < kids.length; b++) {
          const [p, q] = [kids[a], kids[b]];
          assert.ok(p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y, `overlap in ${vg.keys[c.item]}`);
        }
      }
    }
    assert.equal(vg.kinds.length - 1, 10_000 + tree.groups.size - 1);
    assert.ok(res.laidOut < 20 && res.reused > 1_000, `laid out ${res.laidOut}, reused ${res.reused}`);
    const leaf = vg.kinds.indexOf('leaf');
    assert.deepEqual([r(leaf).w, r(leaf).h], [SIZES.leafW, SIZES.leafH]);
  });

  it('walks the error path back from the top culprit along the worse producer', () => {
    const g = graph(['/in/A', '/b/B', '/c/C', '/d/D'].map((n) => node(n)), [['/in/A', '/b/B'], ['/b/B', '/d/D'], ['/c/C', '/d/D']]);
    const ig = indexGraph(g);
    const tree = buildScopeTree(g.nodes);
    const o = overlayModel(ig, tree, {
      threshold: 20,
      byNode: { '/in/A': { sqnrDb: 35, localSqnrDb: 35 }, '/b/B': { sqnrDb: 12, localSqnrDb: 14 }, '/c/C': { sqnrDb: 40, localSqnrDb: 40 }, '/d/D': { sqnrDb: 9, localSqnrDb: 30 } },
      culprits: [{ node: '/d/D', rank: 2, kind: 'weights' }, { node: '/b/B', rank: 1, kind: 'clipping' }],
    });
    assert.deepEqual(o.path, [0, 1], 'to culprit 1 (/b/B), from the input');
    assert.equal(o.rank[1], 1);
    assert.equal(o.kind.get(3), 'weights');
    const o2 = overlayModel(ig, tree, { threshold: 20, byNode: { '/b/B': { sqnrDb: 12, localSqnrDb: 12 }, '/c/C': { sqnrDb: 40, localSqnrDb: 40 } }, culprits: [{ node: '/d/D', rank: 1, kind: 'weights' }] });
    assert.deepEqual(o2.path, [0, 1, 3], 'through /b/B (12 dB), not /c/C (40 dB)');
  });
});
