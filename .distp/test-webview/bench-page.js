"use strict";
(() => {
  // node_modules/@dagrejs/dagre/dist/dagre.esm.js
  var Te = Object.defineProperty;
  var Sn = (e, n, t) => n in e ? Te(e, n, { enumerable: true, configurable: true, writable: true, value: t }) : e[n] = t;
  var Mn = (e, n) => {
    for (var t in n) Te(e, t, { get: n[t], enumerable: true });
  };
  var je = (e, n, t) => Sn(e, typeof n != "symbol" ? n + "" : n, t);
  var ie = {};
  Mn(ie, { Graph: () => T, alg: () => H });
  var Pn = Object.defineProperty;
  var Se = (e, n) => {
    for (var t in n) Pn(e, t, { get: n[t], enumerable: true });
  };
  var Q = class {
    constructor(e) {
      this._isDirected = true, this._isMultigraph = false, this._isCompound = false, this._nodes = {}, this._in = {}, this._preds = {}, this._out = {}, this._sucs = {}, this._edgeObjs = {}, this._edgeLabels = {}, this._nodeCount = 0, this._edgeCount = 0, this._defaultNodeLabelFn = () => {
      }, this._defaultEdgeLabelFn = () => {
      }, e && (this._isDirected = "directed" in e ? e.directed : true, this._isMultigraph = "multigraph" in e ? e.multigraph : false, this._isCompound = "compound" in e ? e.compound : false), this._isCompound && (this._parent = {}, this._children = {}, this._children["\0"] = {});
    }
    isDirected() {
      return this._isDirected;
    }
    isMultigraph() {
      return this._isMultigraph;
    }
    isCompound() {
      return this._isCompound;
    }
    setGraph(e) {
      return this._label = e, this;
    }
    graph() {
      return this._label;
    }
    setDefaultNodeLabel(e) {
      return typeof e != "function" ? this._defaultNodeLabelFn = () => e : this._defaultNodeLabelFn = e, this;
    }
    nodeCount() {
      return this._nodeCount;
    }
    nodes() {
      return Object.keys(this._nodes);
    }
    sources() {
      return this.nodes().filter((e) => Object.keys(this._in[e]).length === 0);
    }
    sinks() {
      return this.nodes().filter((e) => Object.keys(this._out[e]).length === 0);
    }
    setNodes(e, n) {
      return e.forEach((t) => {
        n !== void 0 ? this.setNode(t, n) : this.setNode(t);
      }), this;
    }
    setNode(e, n) {
      return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = n), this) : (this._nodes[e] = arguments.length > 1 ? n : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = true), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
    }
    node(e) {
      return this._nodes[e];
    }
    hasNode(e) {
      return e in this._nodes;
    }
    removeNode(e) {
      if (e in this._nodes) {
        let n = (t) => this.removeEdge(this._edgeObjs[t]);
        delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((t) => {
          this.setParent(t);
        }), delete this._children[e]), Object.keys(this._in[e]).forEach(n), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(n), delete this._out[e], delete this._sucs[e], --this._nodeCount;
      }
      return this;
    }
    setParent(e, n) {
      if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
      if (n === void 0) n = "\0";
      else {
        n += "";
        for (let t = n; t !== void 0; t = this.parent(t)) if (t === e) throw new Error("Setting " + n + " as parent of " + e + " would create a cycle");
        this.setNode(n);
      }
      return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = n, this._children[n][e] = true, this;
    }
    parent(e) {
      if (this._isCompound) {
        let n = this._parent[e];
        if (n !== "\0") return n;
      }
    }
    children(e = "\0") {
      if (this._isCompound) {
        let n = this._children[e];
        if (n) return Object.keys(n);
      } else {
        if (e === "\0") return this.nodes();
        if (this.hasNode(e)) return [];
      }
      return [];
    }
    predecessors(e) {
      let n = this._preds[e];
      if (n) return Object.keys(n);
    }
    successors(e) {
      let n = this._sucs[e];
      if (n) return Object.keys(n);
    }
    neighbors(e) {
      let n = this.predecessors(e);
      if (n) {
        let t = new Set(n), r = this.successors(e);
        if (r) for (let o of r) t.add(o);
        return Array.from(t.values());
      }
    }
    isLeaf(e) {
      var n;
      let t;
      return this.isDirected() ? t = this.successors(e) : t = this.neighbors(e), ((n = t == null ? void 0 : t.length) != null ? n : 0) === 0;
    }
    filterNodes(e) {
      let n = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
      n.setGraph(this.graph()), Object.entries(this._nodes).forEach(([o, i]) => {
        e(o) && n.setNode(o, i);
      }), Object.values(this._edgeObjs).forEach((o) => {
        n.hasNode(o.v) && n.hasNode(o.w) && n.setEdge(o, this.edge(o));
      });
      let t = {}, r = (o) => {
        let i = this.parent(o);
        return !i || n.hasNode(i) ? (t[o] = i, i) : i in t ? t[i] : r(i);
      };
      return this._isCompound && n.nodes().forEach((o) => n.setParent(o, r(o))), n;
    }
    setDefaultEdgeLabel(e) {
      return typeof e != "function" ? this._defaultEdgeLabelFn = () => e : this._defaultEdgeLabelFn = e, this;
    }
    edgeCount() {
      return this._edgeCount;
    }
    edges() {
      return Object.values(this._edgeObjs);
    }
    setPath(e, n) {
      return e.reduce((t, r) => (n !== void 0 ? this.setEdge(t, r, n) : this.setEdge(t, r), r)), this;
    }
    setEdge(e, n, t, r) {
      let o, i, s, a, l = false;
      typeof e == "object" && e !== null && "v" in e ? (o = e.v, i = e.w, s = e.name, arguments.length === 2 && (a = n, l = true)) : (o = e, i = n, s = r, arguments.length > 2 && (a = t, l = true)), o = "" + o, i = "" + i, s !== void 0 && (s = "" + s);
      let u = z(this._isDirected, o, i, s);
      if (u in this._edgeLabels) return l && (this._edgeLabels[u] = a), this;
      if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
      this.setNode(o), this.setNode(i), this._edgeLabels[u] = l ? a : this._defaultEdgeLabelFn(o, i, s);
      let d = Fn(this._isDirected, o, i, s);
      return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Re(this._preds[i], o), Re(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
    }
    edge(e, n, t) {
      let r = arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t);
      return this._edgeLabels[r];
    }
    edgeAsObj(e, n, t) {
      let r = arguments.length === 1 ? this.edge(e) : this.edge(e, n, t);
      return typeof r != "object" || r === null ? { label: r } : r;
    }
    hasEdge(e, n, t) {
      return (arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t)) in this._edgeLabels;
    }
    removeEdge(e, n, t) {
      let r = arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t), o = this._edgeObjs[r];
      if (o) {
        let i = o.v, s = o.w;
        delete this._edgeLabels[r], delete this._edgeObjs[r], Ie(this._preds[s], i), Ie(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
      }
      return this;
    }
    inEdges(e, n) {
      return this.isDirected() ? this.filterEdges(this._in[e], e, n) : this.nodeEdges(e, n);
    }
    outEdges(e, n) {
      return this.isDirected() ? this.filterEdges(this._out[e], e, n) : this.nodeEdges(e, n);
    }
    nodeEdges(e, n) {
      if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, n);
    }
    _removeFromParentsChildList(e) {
      delete this._children[this._parent[e]][e];
    }
    filterEdges(e, n, t) {
      if (!e) return;
      let r = Object.values(e);
      return t ? r.filter((o) => o.v === n && o.w === t || o.v === t && o.w === n) : r;
    }
  };
  function Re(e, n) {
    e[n] ? e[n]++ : e[n] = 1;
  }
  function Ie(e, n) {
    e[n] !== void 0 && !--e[n] && delete e[n];
  }
  function z(e, n, t, r) {
    let o = "" + n, i = "" + t;
    if (!e && o > i) {
      let s = o;
      o = i, i = s;
    }
    return o + "" + i + "" + (r === void 0 ? "\0" : r);
  }
  function Fn(e, n, t, r) {
    let o = "" + n, i = "" + t;
    if (!e && o > i) {
      let a = o;
      o = i, i = a;
    }
    let s = { v: o, w: i };
    return r && (s.name = r), s;
  }
  function oe(e, n) {
    return z(e, n.v, n.w, n.name);
  }
  var Dn = {};
  Se(Dn, { read: () => Bn, write: () => An });
  function An(e) {
    let n = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Vn(e), edges: Yn(e) }, t = e.graph();
    return t !== void 0 && (n.value = structuredClone(t)), n;
  }
  function Vn(e) {
    return e.nodes().map((n) => {
      let t = e.node(n), r = e.parent(n), o = { v: n };
      return t !== void 0 && (o.value = t), r !== void 0 && (o.parent = r), o;
    });
  }
  function Yn(e) {
    return e.edges().map((n) => {
      let t = e.edge(n), r = { v: n.v, w: n.w };
      return n.name !== void 0 && (r.name = n.name), t !== void 0 && (r.value = t), r;
    });
  }
  function Bn(e) {
    let n = new Q(e.options);
    return e.value !== void 0 && n.setGraph(e.value), e.nodes.forEach((t) => {
      n.setNode(t.v, t.value), t.parent && n.setParent(t.v, t.parent);
    }), e.edges.forEach((t) => {
      n.setEdge({ v: t.v, w: t.w, name: t.name }, t.value);
    }), n;
  }
  var H = {};
  Se(H, { CycleException: () => K, bellmanFord: () => Me, components: () => zn, dijkstra: () => J, dijkstraAll: () => $n, findCycles: () => Un, floydWarshall: () => Kn, isAcyclic: () => Zn, postorder: () => nt, preorder: () => tt, prim: () => rt, shortestPaths: () => ot, tarjan: () => Fe, topsort: () => De });
  var Wn = () => 1;
  function Me(e, n, t, r) {
    return Xn(e, String(n), t || Wn, r || function(o) {
      var i;
      return (i = e.outEdges(o)) != null ? i : [];
    });
  }
  function Xn(e, n, t, r) {
    let o = {}, i, s = 0, a = e.nodes(), l = function(c) {
      let f = o[c.v], h = o[c.w];
      if (!f || !h) return;
      let g = t(c);
      f.distance + g < h.distance && (o[c.w] = { distance: f.distance + g, predecessor: c.v }, i = true);
    }, u = function() {
      a.forEach(function(c) {
        r(c).forEach(function(f) {
          let h = f.v === c ? f.v : f.w, g = h === f.v ? f.w : f.v;
          l({ v: h, w: g });
        });
      });
    };
    a.forEach(function(c) {
      let f = c === n ? 0 : Number.POSITIVE_INFINITY;
      o[c] = { distance: f, predecessor: "" };
    });
    let d = a.length;
    for (let c = 1; c < d && (i = false, s++, u(), !!i); c++) ;
    if (s === d - 1 && (i = false, u(), i)) throw new Error("The graph contains a negative weight cycle");
    return o;
  }
  function zn(e) {
    let n = {}, t = [], r;
    function o(i) {
      var s, a;
      i in n || (n[i] = true, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
    }
    return e.nodes().forEach(function(i) {
      r = [], o(i), r.length && t.push(r);
    }), t;
  }
  var Pe = class {
    constructor() {
      this._arr = [], this._keyIndices = {};
    }
    size() {
      return this._arr.length;
    }
    keys() {
      return this._arr.map((e) => e.key);
    }
    has(e) {
      return e in this._keyIndices;
    }
    priority(e) {
      let n = this._keyIndices[e];
      if (n !== void 0) return this._arr[n].priority;
    }
    min() {
      if (this.size() === 0) throw new Error("Queue underflow");
      return this._arr[0].key;
    }
    add(e, n) {
      let t = this._keyIndices, r = String(e);
      if (!(r in t)) {
        let o = this._arr, i = o.length;
        return t[r] = i, o.push({ key: r, priority: n }), this._decrease(i), true;
      }
      return false;
    }
    removeMin() {
      if (this.size() === 0) throw new Error("Queue underflow");
      this._swap(0, this._arr.length - 1);
      let e = this._arr.pop();
      return delete this._keyIndices[e.key], this._heapify(0), e.key;
    }
    decrease(e, n) {
      let t = this._keyIndices[e];
      if (t === void 0) throw new Error(`Key not found: ${e}`);
      let r = this._arr[t].priority;
      if (n > r) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${n}`);
      this._arr[t].priority = n, this._decrease(t);
    }
    _heapify(e) {
      let n = this._arr, t = 2 * e, r = t + 1, o = e;
      t < n.length && (o = n[t].priority < n[o].priority ? t : o, r < n.length && (o = n[r].priority < n[o].priority ? r : o), o !== e && (this._swap(e, o), this._heapify(o)));
    }
    _decrease(e) {
      let n = this._arr, t = n[e].priority, r;
      for (; e !== 0 && (r = e >> 1, !(n[r].priority < t)); ) this._swap(e, r), e = r;
    }
    _swap(e, n) {
      let t = this._arr, r = this._keyIndices, o = t[e], i = t[n];
      t[e] = i, t[n] = o, r[i.key] = e, r[o.key] = n;
    }
  };
  var Hn = () => 1;
  function J(e, n, t, r) {
    let o = function(i) {
      var s;
      return (s = e.outEdges(i)) != null ? s : [];
    };
    return qn(e, String(n), t || Hn, r || o);
  }
  function qn(e, n, t, r) {
    let o = {}, i = new Pe(), s, a, l = function(u) {
      let d = u.v !== s ? u.v : u.w, c = o[d];
      if (!c) return;
      let f = t(u), h = a.distance + f;
      if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + u + " Weight: " + f);
      h < c.distance && (c.distance = h, c.predecessor = s, i.decrease(d, h));
    };
    for (e.nodes().forEach(function(u) {
      let d = u === n ? 0 : Number.POSITIVE_INFINITY;
      o[u] = { distance: d, predecessor: "" }, i.add(u, d);
    }); i.size() > 0; ) {
      s = i.removeMin();
      let u = o[s];
      if (!u || u.distance === Number.POSITIVE_INFINITY) break;
      a = u, r(s).forEach(l);
    }
    return o;
  }
  function $n(e, n, t) {
    return e.nodes().reduce(function(r, o) {
      return r[o] = J(e, o, n, t), r;
    }, {});
  }
  function Fe(e) {
    let n = 0, t = [], r = {}, o = [];
    function i(s) {
      var a;
      let l = r[s] = { onStack: true, lowlink: n, index: n++ };
      if (t.push(s), (a = e.successors(s)) == null || a.forEach(function(u) {
        if (u in r) {
          let d = r[u];
          d != null && d.onStack && (l.lowlink = Math.min(l.lowlink, d.index));
        } else {
          i(u);
          let d = r[u];
          d && (l.lowlink = Math.min(l.lowlink, d.lowlink));
        }
      }), l.lowlink === l.index) {
        let u = [], d;
        do {
          d = t.pop();
          let c = r[d];
          c && (c.onStack = false), u.push(d);
        } while (s !== d);
        o.push(u);
      }
    }
    return e.nodes().forEach(function(s) {
      s in r || i(s);
    }), o;
  }
  function Un(e) {
    return Fe(e).filter(function(n) {
      var t;
      let r = n[0];
      return r ? n.length > 1 || n.length === 1 && ((t = e.outEdges(r, r)) != null ? t : []).length > 0 : false;
    });
  }
  var Jn = () => 1;
  function Kn(e, n, t) {
    return Qn(e, n || Jn, t || function(r) {
      var o;
      return (o = e.outEdges(r)) != null ? o : [];
    });
  }
  function Qn(e, n, t) {
    let r = {}, o = e.nodes();
    return o.forEach(function(i) {
      let s = {};
      r[i] = s, s[i] = { distance: 0, predecessor: "" }, o.forEach(function(a) {
        i !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
      }), t(i).forEach(function(a) {
        let l = a.v === i ? a.w : a.v, u = n(a);
        s[l] = { distance: u, predecessor: i };
      });
    }), o.forEach(function(i) {
      let s = r[i];
      s && o.forEach(function(a) {
        let l = r[a];
        l && o.forEach(function(u) {
          let d = l[i], c = s[u], f = l[u];
          if (d && c && f) {
            let h = d.distance + c.distance;
            h < f.distance && (f.distance = h, f.predecessor = c.predecessor);
          }
        });
      });
    }), r;
  }
  var K = class extends Error {
    constructor(e) {
      super(e), this.name = "CycleException";
    }
  };
  function De(e) {
    let n = {}, t = {}, r = [];
    function o(i) {
      var s;
      if (i in t) throw new K();
      i in n || (t[i] = true, n[i] = true, (s = e.predecessors(i)) == null || s.forEach(o), delete t[i], r.push(i));
    }
    if (e.sinks().forEach(o), Object.keys(n).length !== e.nodeCount()) throw new K();
    return r;
  }
  function Zn(e) {
    try {
      De(e);
    } catch (n) {
      if (n instanceof K) return false;
      throw n;
    }
    return true;
  }
  function et(e, n, t, r, o) {
    Array.isArray(n) || (n = [n]);
    let i = ((a) => {
      var l;
      return (l = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? l : [];
    }), s = {};
    return n.forEach(function(a) {
      if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
      o = Ae(e, a, t === "post", s, i, r, o);
    }), o;
  }
  function Ae(e, n, t, r, o, i, s) {
    return n in r || (r[n] = true, t || (s = i(s, n)), o(n).forEach(function(a) {
      s = Ae(e, a, t, r, o, i, s);
    }), t && (s = i(s, n))), s;
  }
  function Ve(e, n, t) {
    return et(e, n, t, function(r, o) {
      return r.push(o), r;
    }, []);
  }
  function nt(e, n) {
    return Ve(e, n, "post");
  }
  function tt(e, n) {
    return Ve(e, n, "pre");
  }
  function rt(e, n) {
    var t;
    let r = new Q(), o = {}, i = new Pe(), s;
    function a(d) {
      let c = d.v === s ? d.w : d.v, f = i.priority(c);
      if (f !== void 0) {
        let h = n(d);
        h < f && (o[c] = s, i.decrease(c, h));
      }
    }
    if (e.nodeCount() === 0) return r;
    e.nodes().forEach(function(d) {
      i.add(d, Number.POSITIVE_INFINITY), r.setNode(d);
    });
    let l = e.nodes()[0];
    l !== void 0 && i.decrease(l, 0);
    let u = false;
    for (; i.size() > 0; ) {
      if (s = i.removeMin(), s in o) r.setEdge(s, o[s]);
      else {
        if (u) throw new Error("Input graph is not connected: " + e);
        u = true;
      }
      (t = e.nodeEdges(s)) == null || t.forEach(a);
    }
    return r;
  }
  function ot(e, n, t, r) {
    return it(e, n, t, r != null ? r : ((o) => {
      var i;
      return (i = e.outEdges(o)) != null ? i : [];
    }));
  }
  function it(e, n, t, r) {
    if (t === void 0) return J(e, n, t, r);
    let o = false, i = e.nodes();
    for (let s = 0; s < i.length; s++) {
      let a = i[s];
      if (a === void 0) continue;
      let l = r(a);
      for (let u = 0; u < l.length; u++) {
        let d = l[u];
        if (!d) continue;
        let c = d.v === a ? d.v : d.w, f = c === d.v ? d.w : d.v;
        t({ v: c, w: f }) < 0 && (o = true);
      }
      if (o) return Me(e, n, t, r);
    }
    return J(e, n, t, r);
  }
  var T = Q;
  function M(e, n, t, r) {
    let o = r;
    for (; e.hasNode(o); ) o = $(r);
    return t.dummy = n, e.setNode(o, t), o;
  }
  function Ye(e) {
    let n = new T().setGraph(e.graph());
    return e.nodes().forEach((t) => n.setNode(t, e.node(t))), e.edges().forEach((t) => {
      let r = n.edge(t.v, t.w) || { weight: 0, minlen: 1 }, o = e.edge(t);
      n.setEdge(t.v, t.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
    }), n;
  }
  function Z(e) {
    let n = new T({ multigraph: e.isMultigraph() }).setGraph(e.graph());
    return e.nodes().forEach((t) => {
      e.children(t).length || n.setNode(t, e.node(t));
    }), e.edges().forEach((t) => {
      n.setEdge(t, e.edge(t));
    }), n;
  }
  function se(e, n) {
    let t = e.x, r = e.y, o = n.x - t, i = n.y - r, s = e.width / 2, a = e.height / 2;
    if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
    let l, u;
    return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), l = a * o / i, u = a) : (o < 0 && (s = -s), l = s, u = s * i / o), { x: t + l, y: r + u };
  }
  function P(e) {
    let n = D(de(e) + 1).map(() => []);
    return e.nodes().forEach((t) => {
      let r = e.node(t), o = r.rank;
      o !== void 0 && (n[o] || (n[o] = []), n[o][r.order] = t);
    }), n;
  }
  function Be(e) {
    let n = e.nodes().map((r) => {
      let o = e.node(r).rank;
      return o === void 0 ? Number.MAX_VALUE : o;
    }), t = S(Math.min, n);
    e.nodes().forEach((r) => {
      let o = e.node(r);
      Object.hasOwn(o, "rank") && (o.rank -= t);
    });
  }
  function We(e) {
    let n = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), t = S(Math.min, n), r = [];
    e.nodes().forEach((s) => {
      let a = e.node(s).rank - t;
      r[a] || (r[a] = []), r[a].push(s);
    });
    let o = 0, i = e.graph().nodeRankFactor;
    Array.from(r).forEach((s, a) => {
      s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((l) => e.node(l).rank += o);
    });
  }
  function ae(e, n, t, r) {
    let o = { width: 0, height: 0 };
    return arguments.length >= 4 && (o.rank = t, o.order = r), M(e, "border", o, n);
  }
  function st(e, n = Xe) {
    let t = [];
    for (let r = 0; r < e.length; r += n) {
      let o = e.slice(r, r + n);
      t.push(o);
    }
    return t;
  }
  var Xe = 65535;
  function S(e, n) {
    if (n.length > Xe) {
      let t = st(n);
      return e(...t.map((r) => e(...r)));
    } else return e(...n);
  }
  function de(e) {
    let t = e.nodes().map((r) => {
      let o = e.node(r).rank;
      return o === void 0 ? Number.MIN_VALUE : o;
    });
    return S(Math.max, t);
  }
  function ze(e, n) {
    let t = { lhs: [], rhs: [] };
    return e.forEach((r) => {
      n(r) ? t.lhs.push(r) : t.rhs.push(r);
    }), t;
  }
  function q(e, n) {
    return n();
  }
  var at = 0;
  function $(e) {
    let n = ++at;
    return e + ("" + n);
  }
  function D(e, n, t = 1) {
    n == null && (n = e, e = 0);
    let r = (i) => i < n;
    t < 0 && (r = (i) => n < i);
    let o = [];
    for (let i = e; r(i); i += t) o.push(i);
    return o;
  }
  function W(e, n) {
    let t = {};
    for (let r of n) e[r] !== void 0 && (t[r] = e[r]);
    return t;
  }
  function X(e, n) {
    let t;
    return typeof n == "string" ? t = (r) => r[n] : t = n, Object.entries(e).reduce((r, [o, i]) => (r[o] = t(i, o), r), {});
  }
  function He(e, n) {
    return e.reduce((t, r, o) => (t[r] = n[o], t), {});
  }
  var V = "\0";
  function ee(e, n, t) {
    var u, d, c, f, h, g;
    if (!(e && n && t && n.dummy === "edge" && t.dummy === "edge" && n.edgeObj && t.edgeObj && e[n.edgeObj.v] && e[t.edgeObj.v] && e[n.edgeObj.w] && e[t.edgeObj.w])) return 0;
    let r = true;
    n.edgeObj.w === t.edgeObj.w && (r = false);
    let o = r ? (d = (u = e[n.edgeObj.v]) == null ? void 0 : u.rank) != null ? d : NaN + 1 : (f = (c = e[n.edgeObj.w]) == null ? void 0 : c.rank) != null ? f : NaN - 1, i = Object.entries(e).find((m) => {
      var L, y;
      return ((L = m[1].edgeObj) == null ? void 0 : L.v) === n.edgeObj.v && ((y = m[1].edgeObj) == null ? void 0 : y.w) === n.edgeObj.w && m[1].rank === o;
    }), s = Object.entries(e).find((m) => {
      var L, y;
      return ((L = m[1].edgeObj) == null ? void 0 : L.v) === t.edgeObj.v && ((y = m[1].edgeObj) == null ? void 0 : y.w) === t.edgeObj.w && m[1].rank === o;
    });
    if (!i || !s) return 0;
    let a = (h = i[1].order) != null ? h : NaN, l = (g = s[1].order) != null ? g : NaN;
    return isNaN(a - l) ? 0 : a - l;
  }
  var ce = class {
    constructor() {
      je(this, "_sentinel");
      let n = {};
      n._next = n._prev = n, this._sentinel = n;
    }
    dequeue() {
      let n = this._sentinel, t = n._prev;
      if (t !== n) return qe(t), t;
    }
    enqueue(n) {
      let t = this._sentinel;
      n._prev && n._next && qe(n), n._next = t._next, t._next._prev = n, t._next = n, n._prev = t;
    }
    toString() {
      let n = [], t = this._sentinel, r = t._prev;
      for (; r !== t; ) n.push(JSON.stringify(r, dt)), r = r._prev;
      return "[" + n.join(", ") + "]";
    }
  };
  function qe(e) {
    e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
  }
  function dt(e, n) {
    if (e !== "_next" && e !== "_prev") return n;
  }
  var $e = ce;
  var lt = () => 1;
  function be(e, n) {
    if (e.nodeCount() <= 1) return [];
    let t = ct(e, n || lt);
    return ut(t.graph, t.buckets, t.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
  }
  function ut(e, n, t) {
    var a;
    let r = [], o = n[n.length - 1], i = n[0], s;
    for (; e.nodeCount(); ) {
      for (; s = i.dequeue(); ) fe(e, n, t, s);
      for (; s = o.dequeue(); ) fe(e, n, t, s);
      if (e.nodeCount()) {
        for (let l = n.length - 2; l > 0; --l) if (s = (a = n[l]) == null ? void 0 : a.dequeue(), s) {
          r = r.concat(fe(e, n, t, s, true) || []);
          break;
        }
      }
    }
    return r;
  }
  function fe(e, n, t, r, o) {
    let i = [], s = o ? i : void 0;
    return (e.inEdges(r.v) || []).forEach((a) => {
      let l = e.edge(a), u = e.node(a.v);
      o && i.push({ v: a.v, w: a.w }), u.out -= l, he(n, t, u);
    }), (e.outEdges(r.v) || []).forEach((a) => {
      let l = e.edge(a), u = a.w, d = e.node(u);
      d.in -= l, he(n, t, d);
    }), e.removeNode(r.v), s;
  }
  function ct(e, n) {
    let t = new T(), r = 0, o = 0;
    e.nodes().forEach((a) => {
      t.setNode(a, { v: a, in: 0, out: 0 });
    }), e.edges().forEach((a) => {
      let l = t.edge(a.v, a.w) || 0, u = n(a), d = l + u;
      t.setEdge(a.v, a.w, d);
      let c = t.node(a.v), f = t.node(a.w);
      o = Math.max(o, c.out += u), r = Math.max(r, f.in += u);
    });
    let i = ft(o + r + 3).map(() => new $e()), s = r + 1;
    return t.nodes().forEach((a) => {
      he(i, s, t.node(a));
    }), { graph: t, buckets: i, zeroIdx: s };
  }
  function he(e, n, t) {
    var r, o, i;
    t.out ? t.in ? (i = e[t.out - t.in + n]) == null || i.enqueue(t) : (o = e[e.length - 1]) == null || o.enqueue(t) : (r = e[0]) == null || r.enqueue(t);
  }
  function ft(e) {
    let n = [];
    for (let t = 0; t < e; t++) n.push(t);
    return n;
  }
  function Ue(e, n) {
    (e.graph().acyclicer === "greedy" ? be(e, r(e)) : ht(e, n != null ? n : null)).forEach((o) => {
      let i = e.edge(o);
      e.removeEdge(o), i.forwardName = o.name, i.reversed = true, e.setEdge(o.w, o.v, i, $("rev"));
    });
    function r(o) {
      return (i) => o.edge(i).weight;
    }
  }
  function ht(e, n) {
    let t = [], r = {}, o = {};
    function i(l) {
      Object.hasOwn(o, l) || (o[l] = true, r[l] = true, e.outEdges(l).forEach((u) => {
        Object.hasOwn(r, u.w) ? t.push(u) : i(u.w);
      }), delete r[l]);
    }
    function s(l) {
      var u;
      Object.hasOwn(o, l) || (o[l] = true, r[l] = true, (u = e.outEdges(l)) == null || u.forEach((d) => {
        var c, f;
        Object.hasOwn(r, d.w) || ((c = n.node(l)) == null ? void 0 : c.rank) > ((f = n.node(d.w)) == null ? void 0 : f.rank) && bt(e, d.w, d) ? t.push(d) : s(d.w);
      }), delete r[l]);
    }
    let a = i;
    return n && typeof n.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), t;
  }
  function Je(e) {
    e.edges().forEach((n) => {
      let t = e.edge(n);
      if (t.reversed) {
        e.removeEdge(n);
        let r = t.forwardName;
        delete t.reversed, delete t.forwardName, e.setEdge(n.w, n.v, t, r);
      }
    });
  }
  function bt(e, n, t) {
    let r = /* @__PURE__ */ new Set();
    function o(i) {
      var s;
      if (e.sources().includes(i)) return true;
      r.add(i);
      for (let a of (s = e.inEdges(i)) != null ? s : []) if (!(a.v === t.v && a.w === t.w) && !r.has(a.v) && o(a.v)) return true;
      return false;
    }
    return o(n);
  }
  function Ke(e) {
    e.graph().dummyChains = [], e.edges().forEach((n) => pt(e, n));
  }
  function pt(e, n) {
    let t = n.v, r = e.node(t).rank, o = n.w, i = e.node(o).rank, s = n.name, a = e.edge(n), l = a.labelRank;
    if (i === r + 1) return;
    e.removeEdge(n);
    let u, d, c;
    for (c = 0, ++r; r < i; ++c, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: n, rank: r }, u = M(e, "edge", d, "_d"), r === l && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(t, u, { weight: a.weight }, s), c === 0 && e.graph().dummyChains.push(u), t = u;
    e.setEdge(t, o, { weight: a.weight }, s);
  }
  function Qe(e) {
    e.graph().dummyChains.forEach((n) => {
      let t = e.node(n), r = t.edgeLabel, o;
      for (e.setEdge(t.edgeObj, r); t.dummy; ) o = e.successors(n)[0], e.removeNode(n), r.points.push({ x: t.x, y: t.y }), t.dummy === "edge-label" && (r.x = t.x, r.y = t.y, r.width = t.width, r.height = t.height), n = o, t = e.node(n);
    });
  }
  function U(e) {
    let n = {};
    function t(r) {
      let o = e.node(r);
      if (Object.hasOwn(n, r)) return o.rank;
      n[r] = true;
      let i = e.outEdges(r), s = i ? i.map((l) => l == null ? Number.POSITIVE_INFINITY : t(l.w) - e.edge(l).minlen) : [], a = S(Math.min, s);
      return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
    }
    e.sources().forEach(t);
  }
  function A(e, n) {
    return e.node(n.w).rank - e.node(n.v).rank - e.edge(n).minlen;
  }
  var ne = Et;
  function Et(e) {
    let n = new T({ directed: false }), t = e.nodes();
    if (t.length === 0) throw new Error("Graph must have at least one node");
    let r = t[0], o = e.nodeCount();
    n.setNode(r, {});
    let i, s;
    for (; Lt(n, e) < o && (i = yt(n, e), !!i); ) s = n.hasNode(i.v) ? A(e, i) : -A(e, i), wt(n, e, s);
    return n;
  }
  function Lt(e, n) {
    function t(r) {
      let o = n.nodeEdges(r);
      o && o.forEach((i) => {
        let s = i.v, a = r === s ? i.w : s;
        !e.hasNode(a) && !A(n, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), t(a));
      });
    }
    return e.nodes().forEach(t), e.nodeCount();
  }
  function yt(e, n) {
    return n.edges().reduce((r, o) => {
      let i = Number.POSITIVE_INFINITY;
      return e.hasNode(o.v) !== e.hasNode(o.w) && (i = A(n, o)), i < r[0] ? [i, o] : r;
    }, [Number.POSITIVE_INFINITY, null])[1];
  }
  function wt(e, n, t) {
    e.nodes().forEach((r) => n.node(r).rank += t);
  }
  var { preorder: Nt, postorder: Gt } = H;
  var en = Y;
  Y.initLowLimValues = pe;
  Y.initCutValues = ge;
  Y.calcCutValue = nn;
  Y.leaveEdge = rn;
  Y.enterEdge = on;
  Y.exchangeEdges = sn;
  function Y(e) {
    e = Ye(e), U(e);
    let n = ne(e);
    pe(n), ge(n, e);
    let t, r;
    for (; t = rn(n); ) r = on(n, e, t), sn(n, e, t, r);
  }
  function ge(e, n) {
    let t = Gt(e, e.nodes());
    t = t.slice(0, t.length - 1), t.forEach((r) => vt(e, n, r));
  }
  function vt(e, n, t) {
    let o = e.node(t).parent, i = e.edge(t, o);
    i.cutvalue = nn(e, n, t);
  }
  function nn(e, n, t) {
    let o = e.node(t).parent, i = true, s = n.edge(t, o), a = 0;
    s || (i = false, s = n.edge(o, t)), a = s.weight;
    let l = n.nodeEdges(t);
    return l && l.forEach((u) => {
      let d = u.v === t, c = d ? u.w : u.v;
      if (c !== o) {
        let f = d === i, h = n.edge(u).weight;
        if (a += f ? h : -h, xt(e, t, c)) {
          let m = e.edge(t, c).cutvalue;
          a += f ? -m : m;
        }
      }
    }), a;
  }
  function pe(e, n) {
    arguments.length < 2 && (n = e.nodes()[0]), tn(e, {}, 1, n);
  }
  function tn(e, n, t, r, o) {
    let i = t, s = e.node(r);
    n[r] = true;
    let a = e.neighbors(r);
    return a && a.forEach((l) => {
      Object.hasOwn(n, l) || (t = tn(e, n, t, l, r));
    }), s.low = i, s.lim = t++, o ? s.parent = o : delete s.parent, t;
  }
  function rn(e) {
    return e.edges().find((n) => e.edge(n).cutvalue < 0);
  }
  function on(e, n, t) {
    let r = t.v, o = t.w;
    n.hasEdge(r, o) || (r = t.w, o = t.v);
    let i = e.node(r), s = e.node(o), a = i, l = false;
    return i.lim > s.lim && (a = s, l = true), n.edges().filter((d) => l === Ze(e, e.node(d.v), a) && l !== Ze(e, e.node(d.w), a)).reduce((d, c) => A(n, c) < A(n, d) ? c : d);
  }
  function sn(e, n, t, r) {
    let o = t.v, i = t.w;
    e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), pe(e), ge(e, n), kt(e, n);
  }
  function kt(e, n) {
    let t = e.nodes().find((o) => !e.node(o).parent);
    if (!t) return;
    let r = Nt(e, [t]);
    r = r.slice(1), r.forEach((o) => {
      let s = e.node(o).parent, a = n.edge(o, s), l = false;
      a || (a = n.edge(s, o), l = true), n.node(o).rank = n.node(s).rank + (l ? a.minlen : -a.minlen);
    });
  }
  function xt(e, n, t) {
    return e.hasEdge(n, t);
  }
  function Ze(e, n, t) {
    return t.low <= n.lim && n.lim <= t.lim;
  }
  var dn = _t;
  function _t(e) {
    let n = e.graph().ranker;
    if (typeof n == "function") return n(e);
    switch (n) {
      case "network-simplex":
        an(e);
        break;
      case "tight-tree":
        Ct(e);
        break;
      case "longest-path":
        Ot(e);
        break;
      case "none":
        break;
      default:
        an(e);
    }
  }
  var Ot = U;
  function Ct(e) {
    U(e), ne(e);
  }
  function an(e) {
    en(e);
  }
  var ln = Tt;
  function Tt(e) {
    let n = Rt(e), t = e.graph();
    if (!Array.isArray(t.dummyChains)) return;
    t.dummyChains.forEach((o) => {
      let i = e.node(o), s = i.edgeObj, a = jt(e, n, s.v, s.w), l = a.path, u = a.lca, d = 0, c = l[d], f = true;
      for (; o !== s.w; ) {
        if (i = e.node(o), f) {
          for (; (c = l[d]) !== u && e.node(c).maxRank < i.rank; ) d++;
          c === u && (f = false);
        }
        if (!f) {
          for (; d < l.length - 1 && e.node(l[d + 1]).minRank <= i.rank; ) d++;
          c = l[d];
        }
        c !== void 0 && e.setParent(o, c), o = e.successors(o)[0];
      }
    });
  }
  function jt(e, n, t, r) {
    let o = [], i = [], s = Math.min(n[t].low, n[r].low), a = Math.max(n[t].lim, n[r].lim), l;
    l = t;
    do
      l = e.parent(l), o.push(l);
    while (l && (n[l].low > s || a > n[l].lim));
    let u = l, d = r;
    for (; (d = e.parent(d)) !== u; ) i.push(d);
    return { path: o.concat(i.reverse()), lca: u };
  }
  function Rt(e) {
    let n = {}, t = 0;
    function r(o) {
      let i = t;
      e.children(o).forEach(r), n[o] = { low: i, lim: t++ };
    }
    return e.children(V).forEach(r), n;
  }
  function un(e) {
    let n = M(e, "root", {}, "_root"), t = It(e), r = Object.values(t), o = S(Math.max, r) - 1, i = 2 * o + 1;
    e.graph().nestingRoot = n, e.edges().forEach((a) => e.edge(a).minlen *= i);
    let s = St(e) + 1;
    e.children(V).forEach((a) => {
      cn(e, n, i, s, o, t, a);
    }), e.graph().nodeRankFactor = i;
  }
  function cn(e, n, t, r, o, i, s) {
    var c;
    let a = e.children(s);
    if (!a.length) {
      s !== n && e.setEdge(n, s, { weight: 0, minlen: t });
      return;
    }
    let l = ae(e, "_bt"), u = ae(e, "_bb"), d = e.node(s);
    e.setParent(l, s), d.borderTop = l, e.setParent(u, s), d.borderBottom = u, a.forEach((f) => {
      var b;
      cn(e, n, t, r, o, i, f);
      let h = e.node(f), g = h.borderTop ? h.borderTop : f, m = h.borderBottom ? h.borderBottom : f, L = h.borderTop ? r : 2 * r, y = g !== m ? 1 : o - ((b = i[s]) != null ? b : 0) + 1;
      e.setEdge(l, g, { weight: L, minlen: y, nestingEdge: true }), e.setEdge(m, u, { weight: L, minlen: y, nestingEdge: true });
    }), e.parent(s) || e.setEdge(n, l, { weight: 0, minlen: o + ((c = i[s]) != null ? c : 0) });
  }
  function It(e) {
    let n = {};
    function t(r, o) {
      let i = e.children(r);
      i && i.length && i.forEach((s) => t(s, o + 1)), n[r] = o;
    }
    return e.children(V).forEach((r) => t(r, 1)), n;
  }
  function St(e) {
    return e.edges().reduce((n, t) => n + e.edge(t).weight, 0);
  }
  function fn(e) {
    let n = e.graph();
    e.removeNode(n.nestingRoot), delete n.nestingRoot, e.edges().forEach((t) => {
      e.edge(t).nestingEdge && e.removeEdge(t);
    });
  }
  var bn = Pt;
  function Pt(e) {
    function n(t) {
      let r = e.children(t), o = e.node(t);
      if (r.length && r.forEach(n), o && Object.hasOwn(o, "minRank")) {
        o.borderLeft = [], o.borderRight = [];
        for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) hn(e, "borderLeft", "_bl", t, o, i), hn(e, "borderRight", "_br", t, o, i);
      }
    }
    e.children(V).forEach(n);
  }
  function hn(e, n, t, r, o, i) {
    let s = { width: 0, height: 0, rank: i, borderType: n }, a = o[n][i - 1], l = M(e, "border", s, t);
    o[n][i] = l, e.setParent(l, r), a && e.setEdge(a, l, { weight: 1 });
  }
  function pn(e) {
    var t;
    let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
    (n === "lr" || n === "rl") && En(e);
  }
  function mn(e) {
    var t;
    let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
    (n === "bt" || n === "rl") && Ft(e), (n === "lr" || n === "rl") && (Dt(e), En(e));
  }
  function En(e) {
    e.nodes().forEach((n) => gn(e.node(n))), e.edges().forEach((n) => gn(e.edge(n)));
  }
  function gn(e) {
    let n = e.width;
    e.width = e.height, e.height = n;
  }
  function Ft(e) {
    e.nodes().forEach((n) => me(e.node(n))), e.edges().forEach((n) => {
      var r;
      let t = e.edge(n);
      (r = t.points) == null || r.forEach(me), Object.hasOwn(t, "y") && me(t);
    });
  }
  function me(e) {
    e.y = -e.y;
  }
  function Dt(e) {
    e.nodes().forEach((n) => Ee(e.node(n))), e.edges().forEach((n) => {
      var r;
      let t = e.edge(n);
      (r = t.points) == null || r.forEach(Ee), Object.hasOwn(t, "x") && Ee(t);
    });
  }
  function Ee(e) {
    let n = e.x;
    e.x = e.y, e.y = n;
  }
  function Le(e, n = null) {
    let t = {}, r = e.nodes().filter((d) => !e.children(d).length), o = r.map((d) => e.node(d).rank), i = S(Math.max, o), s = D(i + 1).map(() => []);
    function a(d) {
      if (t[d]) return;
      t[d] = true;
      let c = e.node(d);
      s[c.rank].push(d);
      let f = e.successors(d);
      f && [...f].sort((g, m) => u(g, m)).forEach(a);
    }
    r.sort((d, c) => e.node(d).rank - e.node(c).rank).forEach(a);
    function u(d, c) {
      let f = e.node(d), h = e.node(c);
      return ee(n, f, h);
    }
    return s;
  }
  function ye(e, n) {
    let t = 0;
    for (let r = 1; r < n.length; ++r) t += Vt(e, n[r - 1], n[r]);
    return t;
  }
  function Vt(e, n, t) {
    let r = He(t, t.map((u, d) => d)), o = n.flatMap((u) => {
      let d = e.outEdges(u);
      return d ? d.map((c) => ({ pos: r[c.w], weight: e.edge(c).weight })).sort((c, f) => c.pos - f.pos) : [];
    }), i = 1;
    for (; i < t.length; ) i <<= 1;
    let s = 2 * i - 1;
    i -= 1;
    let a = new Array(s).fill(0), l = 0;
    return o.forEach((u) => {
      let d = u.pos + i;
      a[d] += u.weight;
      let c = 0;
      for (; d > 0; ) d % 2 && (c += a[d + 1]), d = d - 1 >> 1, a[d] += u.weight;
      l += u.weight * c;
    }), l;
  }
  function we(e, n = []) {
    return n.map((t) => {
      let r = e.inEdges(t);
      if (!r || !r.length) return { v: t };
      {
        let o = r.reduce((i, s) => {
          let a = e.edge(s), l = e.node(s.v);
          return { sum: i.sum + a.weight * l.order, weight: i.weight + a.weight };
        }, { sum: 0, weight: 0 });
        return { v: t, barycenter: o.sum / o.weight, weight: o.weight };
      }
    });
  }
  function Ne(e, n) {
    let t = {};
    e.forEach((o, i) => {
      let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
      o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), t[o.v] = s;
    }), n.edges().forEach((o) => {
      let i = t[o.v], s = t[o.w];
      i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
    });
    let r = Object.values(t).filter((o) => !o.indegree);
    return Yt(r);
  }
  function Yt(e) {
    let n = [];
    function t(o) {
      return (i) => {
        i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && Bt(o, i);
      };
    }
    function r(o) {
      return (i) => {
        i.in.push(o), --i.indegree === 0 && e.push(i);
      };
    }
    for (; e.length; ) {
      let o = e.pop();
      n.push(o), o.in.reverse().forEach(t(o)), o.out.forEach(r(o));
    }
    return n.filter((o) => !o.merged).map((o) => W(o, ["vs", "i", "barycenter", "weight"]));
  }
  function Bt(e, n) {
    let t = 0, r = 0;
    e.weight && (t += e.barycenter * e.weight, r += e.weight), n.weight && (t += n.barycenter * n.weight, r += n.weight), e.vs = n.vs.concat(e.vs), e.barycenter = t / r, e.weight = r, e.i = Math.min(n.i, e.i), n.merged = true;
  }
  function Ge(e, n, t, r, o) {
    let i = {}, s = null, a = null, l = o;
    typeof n == "boolean" ? (l = n, i = {}) : n && (i = n, s = t != null ? t : null, a = r != null ? r : null);
    let u = ze(e, (y) => Object.hasOwn(y, "barycenter")), d = u.lhs, c = u.rhs.sort((y, b) => b.i - y.i), f = [], h = 0, g = 0, m = 0;
    d.sort(Wt(a, s, !!l));
    for (let [y, b] of Object.entries(i)) {
      let p = d.findIndex((E) => E.vs[0] === y);
      d.splice(p + 1, 0, b);
    }
    m = Ln(f, c, m), d.forEach((y) => {
      m += y.vs.length, f.push(y.vs), h += y.barycenter * y.weight, g += y.weight, m = Ln(f, c, m);
    });
    let L = { vs: f.flat(1) };
    return g && (L.barycenter = h / g, L.weight = g), L;
  }
  function Ln(e, n, t) {
    let r;
    for (; n.length && (r = n[n.length - 1]).i <= t; ) n.pop(), e.push(r.vs), t++;
    return t;
  }
  function Wt(e, n, t) {
    return (r, o) => {
      if (r.barycenter < o.barycenter) return -1;
      if (r.barycenter > o.barycenter) return 1;
      if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
        let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = ee(n, i, s);
        if (a !== 0) return a;
      }
      return t ? o.i - r.i : r.i - o.i;
    };
  }
  function te(e, n, t, r, o) {
    var y, b, p, E, w, k, _, O, j, R, I;
    let i = null, s = o;
    typeof r == "boolean" ? (s = r, i = null) : r !== void 0 && (i = r);
    let a = e.children(n), l = e.node(n), u = l ? l.borderLeft : void 0, d = l ? l.borderRight : void 0, c = {};
    u && (a = a.filter((v) => v !== u && v !== d));
    let f = we(e, a);
    f.forEach((v) => {
      if (e.children(v.v).length) {
        let { result: x } = te(e, v.v, t, i, s);
        c[v.v] = x, Object.hasOwn(x, "barycenter") && zt(v, x);
      }
    });
    let h = Ne(f, t);
    Xt(h, c);
    let g = {}, m = false;
    for (let v = 0; v < h.length; v++) for (let x = v + 1; x < h.length; x++) if (!(!h[v] || !h[x] || !((y = h[v]) != null && y.barycenter) || !((b = h[x]) != null && b.barycenter)) && ((p = h[v]) == null ? void 0 : p.barycenter) === h[x].barycenter) {
      let G = (w = (E = h[v]) == null ? void 0 : E.vs[0]) != null ? w : "", N = (_ = (k = h[x]) == null ? void 0 : k.vs[0]) != null ? _ : "", C = e.node(G), B = e.node(N);
      if (C.dummy === "edge" && B.dummy === "edge" && ((O = C.edgeObj) == null ? void 0 : O.v) === ((j = B.edgeObj) == null ? void 0 : j.v) && ((R = C.edgeObj) == null ? void 0 : R.w) === ((I = B.edgeObj) == null ? void 0 : I.w)) if (C.edgeLabel.reversed) {
        g[N] = h[v], h.splice(v, 1), v--;
        break;
      } else g[G] || (g[G] = h[x], h.splice(x, 1), x--);
      else m = true;
    }
    let L = Ge(h, g, i, e, s);
    if (u && d) {
      L.vs = [u, L.vs, d].flat(1);
      let v = e.predecessors(u);
      if (v && v.length) {
        let x = e.node(v[0]), G = e.predecessors(d), N = e.node(G[0]);
        Object.hasOwn(L, "barycenter") || (L.barycenter = 0, L.weight = 0), L.barycenter = (L.barycenter * L.weight + x.order + N.order) / (L.weight + 2), L.weight += 2;
      }
    }
    return Object.defineProperty(L, "result", { value: L, enumerable: false, configurable: true, writable: true }), Object.defineProperty(L, "usedBias", { value: m, enumerable: false, configurable: true, writable: true }), L;
  }
  function Xt(e, n) {
    e.forEach((t) => {
      t.vs = t.vs.flatMap((r) => n[r] ? n[r].vs : r);
    });
  }
  function zt(e, n) {
    e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + n.barycenter * n.weight) / (e.weight + n.weight), e.weight += n.weight) : (e.barycenter = n.barycenter, e.weight = n.weight);
  }
  function ve(e, n, t, r) {
    r || (r = e.nodes());
    let o = Ht(e), i = new T({ compound: true }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
    return r.forEach((s) => {
      let a = e.node(s), l = e.parent(s);
      if (a.rank === n || a.minRank <= n && n <= a.maxRank) {
        i.setNode(s), i.setParent(s, l || o);
        let u = e[t](s);
        u && u.forEach((d) => {
          let c = d.v === s ? d.w : d.v, f = i.edge(c, s), h = f !== void 0 ? f.weight : 0;
          i.setEdge(c, s, { weight: e.edge(d).weight + h });
        }), Object.hasOwn(a, "minRank") && i.setNode(s, { borderLeft: a.borderLeft[n], borderRight: a.borderRight[n] });
      }
    }), i;
  }
  function Ht(e) {
    let n;
    for (; e.hasNode(n = $("_root")); ) ;
    return n;
  }
  function ke(e, n, t) {
    let r = {}, o;
    t.forEach((i) => {
      let s = e.parent(i), a, l;
      for (; s; ) {
        if (a = e.parent(s), a ? (l = r[a], r[a] = s) : (l = o, o = s), l && l !== s) {
          n.setEdge(l, s);
          return;
        }
        s = a;
      }
    });
  }
  function re(e, n = {}, t = null) {
    if (typeof n.customOrder == "function") {
      n.customOrder(e, re);
      return;
    }
    let r = de(e), o = yn(e, D(1, r + 1), "inEdges"), i = yn(e, D(r - 1, -1, -1), "outEdges"), s = Le(e, t);
    if (wn(e, s), n.disableOptimalOrderHeuristic) return;
    let a = Number.POSITIVE_INFINITY, l, u = n.constraints || [];
    for (let d = 0, c = 0; c < 4; ++d, ++c) {
      qt(d % 2 ? o : i, d % 4 >= 2, u, t), s = P(e);
      let f = ye(e, s);
      f < a ? (c = 0, l = Object.assign({}, s), a = f) : f === a && (l = structuredClone(s));
    }
    wn(e, l);
  }
  function yn(e, n, t) {
    let r = /* @__PURE__ */ new Map(), o = (i, s) => {
      r.has(i) || r.set(i, []), r.get(i).push(s);
    };
    for (let i of e.nodes()) {
      let s = e.node(i);
      if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
    }
    return n.map(function(i) {
      return ve(e, i, t, r.get(i) || []);
    });
  }
  function qt(e, n, t, r) {
    let o = true, i = new T();
    e.forEach(function(s) {
      t.forEach((d) => i.setEdge(d.left, d.right));
      let a = s.graph().root, { result: l, usedBias: u } = te(s, a, i, r, o);
      n && u && (o = !o), l.vs.forEach((d, c) => s.node(d).order = c), ke(s, i, l.vs);
    });
  }
  function wn(e, n) {
    Object.values(n).forEach((t) => t.forEach((r, o) => e.node(r).order = o));
  }
  function $t(e, n) {
    let t = {};
    function r(o, i) {
      let s = 0, a = 0, l = o.length, u = i[i.length - 1];
      return i.forEach((d, c) => {
        let f = Jt(e, d), h = f ? e.node(f).order : l;
        (f || d === u) && (i.slice(a, c + 1).forEach((g) => {
          let m = e.predecessors(g);
          m && m.forEach((L) => {
            let y = e.node(L), b = y.order;
            (b < s || h < b) && !(y.dummy && e.node(g).dummy) && Gn(t, L, g);
          });
        }), a = c + 1, s = h);
      }), i;
    }
    return n.length && n.reduce(r), t;
  }
  function Ut(e, n) {
    let t = {};
    function r(a) {
      var l;
      return ((l = e.node(a)) == null ? void 0 : l.dummy) === "border";
    }
    if (!e.nodes().some(r)) return t;
    function i(a, l, u, d, c) {
      D(l, u).forEach((f) => {
        let h = a[f];
        if (h !== void 0 && e.node(h).dummy) {
          let g = e.predecessors(h);
          g && g.forEach((m) => {
            if (m === void 0) return;
            let L = e.node(m);
            L.dummy && (L.order < d || L.order > c) && Gn(t, m, h);
          });
        }
      });
    }
    function s(a, l) {
      let u = -1, d = -1, c = 0;
      return l.forEach((f, h) => {
        if (r(f)) {
          let g = e.predecessors(f);
          if (g && g.length) {
            let m = g[0];
            if (m === void 0) return;
            d = e.node(m).order, i(l, c, h, u, d), c = h, u = d;
          }
        }
        i(l, c, l.length, d, a.length);
      }), l;
    }
    return n.length && n.reduce(s), t;
  }
  function Jt(e, n) {
    if (e.node(n).dummy) {
      let t = e.predecessors(n);
      if (t) return t.find((r) => e.node(r).dummy);
    }
  }
  function Gn(e, n, t) {
    if (n > t) {
      let o = n;
      n = t, t = o;
    }
    let r = e[n];
    r || (e[n] = r = {}), r[t] = true;
  }
  function Kt(e, n, t) {
    if (n > t) {
      let o = n;
      n = t, t = o;
    }
    let r = e[n];
    return r !== void 0 && Object.hasOwn(r, t);
  }
  function Qt(e, n, t, r, o) {
    let i = {}, s = {}, a = {};
    return n.forEach((l) => {
      l.forEach((u, d) => {
        i[u] = u, s[u] = u, a[u] = d;
      });
    }), n.forEach((l) => {
      let u = -1, d = -1, c = false, f = l, h = l.findIndex((g) => (o == null ? void 0 : o.includes(g)) || Nn(g, e, o));
      h > 0 && (f = [l[h], ...l.slice(0, h), ...l.slice(h + 1)], c = true), f.forEach((g) => {
        var L;
        let m = r(g);
        if (m && m.length) {
          o != null && o.includes(g) && (m = m.filter((p) => Nn(p, e, o)));
          let y = m.sort((p, E) => {
            let w = a[p], k = a[E];
            return (w !== void 0 ? w : 0) - (k !== void 0 ? k : 0);
          }), b = (y.length - 1) / 2;
          for (let p = Math.floor(b), E = Math.ceil(b); p <= E; ++p) {
            let w = y[p];
            if (w === void 0) continue;
            let k = a[w];
            if (k !== void 0 && s[g] === g && u < k && a[w] !== d && !Kt(t, g, w)) {
              let _ = i[w];
              _ !== void 0 && (s[w] = g, s[g] = i[g] = _, u = k, c && (u = -1, d = (L = a[w]) != null ? L : -1, c = false));
            }
          }
        }
      });
    }), { root: i, align: s };
  }
  function Zt(e, n, t, r, o = false) {
    let i = {}, s = er(e, n, t, o), a = o ? "borderLeft" : "borderRight";
    function l(h, g) {
      let m = s.nodes().slice(), L = {}, y = m.pop();
      for (; y; ) {
        if (L[y]) h(y);
        else {
          L[y] = true, m.push(y);
          for (let b of g(y)) m.push(b);
        }
        y = m.pop();
      }
    }
    function u(h) {
      let g = s.inEdges(h);
      g ? i[h] = g.reduce((m, L) => {
        var p;
        let y = (p = i[L.v]) != null ? p : 0, b = s.edge(L);
        return Math.max(m, y + (b !== void 0 ? b : 0));
      }, 0) : i[h] = 0;
    }
    function d(h) {
      let g = s.outEdges(h), m = Number.POSITIVE_INFINITY;
      g && (m = g.reduce((y, b) => {
        let p = i[b.w], E = s.edge(b);
        return Math.min(y, (p !== void 0 ? p : 0) - (E !== void 0 ? E : 0));
      }, Number.POSITIVE_INFINITY));
      let L = e.node(h);
      m !== Number.POSITIVE_INFINITY && L.borderType !== a && (i[h] = Math.max(i[h] !== void 0 ? i[h] : 0, m));
    }
    function c(h) {
      return s.predecessors(h) || [];
    }
    function f(h) {
      return s.successors(h) || [];
    }
    return l(u, c), l(d, f), Object.keys(r).forEach((h) => {
      var m;
      let g = t[h];
      g !== void 0 && (i[h] = (m = i[g]) != null ? m : 0);
    }), i;
  }
  function er(e, n, t, r) {
    let o = new T(), i = e.graph(), s = or(i.nodesep, i.edgesep, r);
    return n.forEach((a) => {
      let l;
      a.forEach((u) => {
        let d = t[u];
        if (d !== void 0) {
          if (o.setNode(d), l !== void 0) {
            let c = t[l];
            if (c !== void 0) {
              let f = o.edge(c, d);
              o.setEdge(c, d, Math.max(s(e, u, l), f || 0));
            }
          }
          l = u;
        }
      });
    }), o;
  }
  function nr(e, n) {
    return Object.values(n).reduce((t, r) => {
      let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
      Object.entries(r).forEach(([a, l]) => {
        let u = ir(e, a) / 2;
        o = Math.max(l + u, o), i = Math.min(l - u, i);
      });
      let s = o - i;
      return s < t[0] && (t = [s, r]), t;
    }, [Number.POSITIVE_INFINITY, null])[1];
  }
  function tr(e, n) {
    let t = Object.values(n), r = S(Math.min, t), o = S(Math.max, t);
    ["u", "d"].forEach((i) => {
      ["l", "r"].forEach((s) => {
        let a = i + s, l = e[a];
        if (!l || l === n) return;
        let u = Object.values(l), d = r - S(Math.min, u);
        s !== "l" && (d = o - S(Math.max, u)), d && (e[a] = X(l, (c) => c + d));
      });
    });
  }
  function rr(e, n = void 0) {
    let t = e.ul;
    return t ? X(t, (r, o) => {
      var s, a;
      if (n) {
        let l = n.toLowerCase(), u = e[l];
        if (u && u[o] !== void 0) return u[o];
      }
      let i = Object.values(e).map((l) => {
        let u = l[o];
        return u !== void 0 ? u : 0;
      }).sort((l, u) => l - u);
      return (((s = i[1]) != null ? s : 0) + ((a = i[2]) != null ? a : 0)) / 2;
    }) : {};
  }
  function vn(e, n) {
    let t = P(e), r = Object.assign($t(e, t), Ut(e, t)), o = {}, i;
    ["u", "d"].forEach((a) => {
      i = a === "u" ? t : Object.values(t).reverse(), ["l", "r"].forEach((l) => {
        l === "r" && (i = i.map((f) => Object.values(f).reverse()));
        let d = Qt(e, i, r, (f) => (a === "u" ? e.predecessors(f) : e.successors(f)) || [], n), c = Zt(e, i, d.root, d.align, l === "r");
        l === "r" && (c = X(c, (f) => -f)), o[a + l] = c;
      });
    });
    let s = nr(e, o);
    return tr(o, s), rr(o, e.graph().align);
  }
  function or(e, n, t) {
    return (r, o, i) => {
      let s = r.node(o), a = r.node(i), l = 0, u;
      if (l += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
        case "l":
          u = -s.width / 2;
          break;
        case "r":
          u = s.width / 2;
          break;
      }
      if (u && (l += t ? u : -u), u = void 0, l += (s.dummy ? n : e) / 2, l += (a.dummy ? n : e) / 2, l += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
        case "l":
          u = a.width / 2;
          break;
        case "r":
          u = -a.width / 2;
          break;
      }
      return u && (l += t ? u : -u), l;
    };
  }
  function ir(e, n) {
    return e.node(n).width;
  }
  function Nn(e, n, t) {
    var s;
    if (!t) return false;
    let r = (s = n.node(e)) == null ? void 0 : s.edgeObj;
    if (!r || n.node(e).edgeLabel.reversed) return false;
    let o = t.indexOf(r == null ? void 0 : r.v), i = t.indexOf(r == null ? void 0 : r.w);
    return o !== -1 && i !== -1 && o === (i + 1) % t.length || o === (i - 1) % t.length;
  }
  function kn(e, n) {
    e = Z(e), sr(e), Object.entries(vn(e, n)).forEach(([t, r]) => e.node(t).x = r);
  }
  function sr(e) {
    let n = P(e), t = e.graph(), r = t.ranksep, o = t.rankalign, i = 0;
    n.forEach((s) => {
      let a = s.reduce((l, u) => {
        var c;
        let d = (c = e.node(u).height) != null ? c : 0;
        return l > d ? l : d;
      }, 0);
      s.forEach((l) => {
        let u = e.node(l);
        o === "top" ? u.y = i + u.height / 2 : o === "bottom" ? u.y = i + a - u.height / 2 : u.y = i + a / 2;
      }), i += a + r;
    });
  }
  var xn = /* @__PURE__ */ new WeakMap();
  function Oe(e, n = {}) {
    return In(e, q, n), e;
  }
  function _n(e, n, t) {
    let r = n;
    for (; r !== void 0; ) {
      let o = e.parent(r);
      if (o === t) return r;
      r = o;
    }
  }
  function In(e, n, t) {
    var y;
    let r = e.nodes().filter((b) => e.children(b).length), o = {};
    r.forEach((b) => {
      let p = e.node(b);
      if (p && p.rankdir) {
        let E = new T({ multigraph: true, compound: true });
        E.setGraph({ rankdir: p.rankdir });
        let w = e.children(b);
        w.forEach((G) => {
          let N = { ...e.node(G) };
          E.setNode(G, N);
          let C = e.parent(G);
          C && C !== b && w.includes(C) && E.setParent(G, C);
        });
        let k = /* @__PURE__ */ new Set();
        e.edges().forEach((G) => {
          let N = _n(e, G.v, b), C = _n(e, G.w, b);
          if (N === G.v && C === G.w) E.setEdge(G, { ...e.edge(G) });
          else if (N && C && N !== C) {
            let B = `${N}\0${C}`;
            k.has(B) || (k.add(B), E.setEdge(N, C, { ...e.edge(G) }));
          }
        }), In(E, n, t);
        let _ = Rn(E);
        Cn(_, n, t, null), Tn(E, _);
        let O = 1 / 0, j = 1 / 0, R = -1 / 0, I = -1 / 0;
        E.nodes().forEach((G) => {
          if (G === b) return;
          let N = E.node(G);
          N && typeof N.x == "number" && typeof N.y == "number" && typeof N.width == "number" && typeof N.height == "number" && (O = Math.min(O, N.x - N.width / 2), R = Math.max(R, N.x + N.width / 2), j = Math.min(j, N.y - N.height / 2), I = Math.max(I, N.y + N.height / 2));
        }), (!isFinite(O) || !isFinite(j) || !isFinite(R) || !isFinite(I)) && (O = j = 0, R = I = 0);
        let v = R - O, x = I - j;
        o[b] = { minX: O, minY: j, maxX: R, maxY: I, width: v, height: x, offsetX: O, offsetY: j }, p._dagreClusterSubgraph = E;
      }
    });
    let i = [], s = (b) => {
      let p = [], E = (e.children(b) || []).filter((w) => w !== b);
      for (; E.length > 0; ) {
        let w = E.shift();
        p.push(w), (e.children(w) || []).filter((k) => k !== w).forEach((k) => E.push(k));
      }
      return p;
    }, a = /* @__PURE__ */ new Map();
    r.forEach((b) => {
      let p = e.node(b);
      p && p.rankdir && o[b] && a.set(b, (e.children(b) || []).filter((E) => E !== b));
    });
    let l = new Set([...a.values()].flat()), u = /* @__PURE__ */ new Map();
    a.forEach((b, p) => {
      l.has(p) || u.set(p, s(p));
    });
    let d = new Set([...u.values()].flat()), c = (b) => {
      for (let [p, E] of u) if (E.includes(b)) return p;
      return b;
    }, f = [];
    e.edges().forEach((b) => {
      (d.has(b.v) || d.has(b.w)) && f.push({ edge: b, label: e.edge(b) });
    });
    let h = /* @__PURE__ */ new Map();
    d.forEach((b) => {
      let p = e.parent(b);
      h.set(b, typeof p == "string" ? p : void 0);
    }), u.forEach((b, p) => {
      let E = e.node(p), w = [];
      b.forEach((O) => {
        let j = e.node(O);
        j && (w.push({ id: O, node: j, parent: h.get(O) }), e.removeNode(O));
      });
      let k = f.filter(({ edge: O }) => b.includes(O.v) || b.includes(O.w)), _ = o[p];
      E && (i.push({ clusterId: p, subgraph: E._dagreClusterSubgraph, bounds: _, children: b, removedNodes: w, removedEdges: k }), E.width = _.width, E.height = _.height);
    });
    let g = /* @__PURE__ */ new Set();
    f.forEach(({ edge: b, label: p }) => {
      let E = c(b.v), w = c(b.w);
      if (E !== w && e.hasNode(E) && e.hasNode(w)) {
        let k = `${E}\0${w}`;
        g.has(k) || (g.add(k), e.setEdge(E, w, { ...p, width: 0, height: 0 }));
      }
    });
    let m = Rn(e), L = Cn(m, n, t, (y = xn.get(e)) != null ? y : null);
    xn.set(e, L), Tn(e, m), g.forEach((b) => {
      let p = b.indexOf("\0"), E = b.slice(0, p), w = b.slice(p + 1);
      e.hasEdge(E, w) && e.removeEdge(E, w);
    }), i.forEach(({ clusterId: b, subgraph: p, bounds: E, removedNodes: w, removedEdges: k }) => {
      var v, x;
      let _ = e.node(b), O = (v = _ == null ? void 0 : _.x) != null ? v : 0, j = (x = _ == null ? void 0 : _.y) != null ? x : 0, R = (E.minX + E.maxX) / 2, I = (E.minY + E.maxY) / 2;
      w.forEach(({ id: G, node: N, parent: C }) => {
        e.setNode(G, N), C !== void 0 && e.setParent(G, C);
      }), k.forEach(({ edge: G, label: N }) => {
        e.setEdge(G, N);
      }), p.nodes().forEach((G) => {
        if (G === b) return;
        let N = p.node(G), C = e.node(G);
        C && N && typeof N.x == "number" && typeof N.y == "number" && (C.x = O + (N.x - R), C.y = j + (N.y - I));
      }), On(e, p, O - R, j - I), delete _._dagreClusterSubgraph;
    }), r.forEach((b) => {
      var w, k;
      let p = e.node(b), E = o[b];
      if (p && p.rankdir && p._dagreClusterSubgraph && E) {
        let _ = p._dagreClusterSubgraph, O = (w = p.x) != null ? w : 0, j = (k = p.y) != null ? k : 0, R = (E.minX + E.maxX) / 2, I = (E.minY + E.maxY) / 2;
        _.nodes().forEach((v) => {
          if (v === b) return;
          let x = _.node(v), G = e.node(v);
          if (G && x && typeof x.x == "number" && typeof x.y == "number") {
            let N = x.x - R, C = x.y - I;
            G.x = O + N, G.y = j + C;
          }
        }), On(e, _, O - R, j - I), delete p._dagreClusterSubgraph;
      }
    });
  }
  function On(e, n, t, r) {
    n.edges().forEach((o) => {
      if (!e.hasEdge(o)) return;
      let i = n.edge(o), s = e.edge(o);
      s.points = i.points.map((a) => ({ x: a.x + t, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + t, s.y = i.y + r);
    });
  }
  function Cn(e, n, t, r = null) {
    var l, u;
    let o = (t == null ? void 0 : t.useDynamic) !== false, i = o && (l = r == null ? void 0 : r.graph) != null ? l : null, s = o && (u = r == null ? void 0 : r.rawNodes) != null ? u : null;
    n("    makeSpaceForEdgeLabels", () => br(e)), n("    removeSelfEdges", () => Gr(e)), n("    acyclic", () => Ue(e, i)), n("    nestingGraph.run", () => un(e)), n("    rank", () => dn(Z(e))), n("    injectEdgeLabelProxies", () => gr(e)), n("    removeEmptyRanks", () => We(e)), n("    nestingGraph.cleanup", () => fn(e)), n("    normalizeRanks", () => Be(e)), n("    assignRankMinMax", () => pr(e)), n("    removeEdgeLabelProxies", () => mr(e)), n("    normalize.run", () => Ke(e)), n("    parentDummyChains", () => ln(e)), n("    addBorderSegments", () => bn(e)), n("    order", () => re(e, t, s)), n("    insertSelfEdges", () => vr(e)), n("    adjustCoordinateSystem", () => pn(e)), n("    position", () => kn(e, t.corePath)), n("    positionSelfEdges", () => kr(e));
    let a = JSON.parse(JSON.stringify(e._nodes));
    return n("    removeBorderNodes", () => Nr(e)), n("    normalize.undo", () => Qe(e)), n("    fixupEdgeLabelCoords", () => yr(e)), n("    undoCoordinateSystem", () => mn(e)), n("    translateGraph", () => Er(e)), n("    assignNodeIntersects", () => Lr(e)), n("    reversePoints", () => wr(e)), n("    acyclic.undo", () => Je(e)), { graph: e, rawNodes: a };
  }
  function Tn(e, n) {
    e.nodes().forEach((t) => {
      let r = e.node(t), o = n.node(t);
      r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, n.children(t).length && (r.width = o.width, r.height = o.height));
    }), e.edges().forEach((t) => {
      let r = e.edge(t), o = n.edge(t);
      r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
    }), e.graph().width = n.graph().width, e.graph().height = n.graph().height;
  }
  var ar = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"];
  var dr = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" };
  var lr = ["acyclicer", "ranker", "rankdir", "align", "rankalign"];
  var ur = ["width", "height", "rank"];
  var jn = { width: 0, height: 0 };
  var cr = ["minlen", "weight", "width", "height", "labeloffset"];
  var fr = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" };
  var hr = ["labelpos"];
  function Rn(e) {
    let n = new T({ multigraph: true, compound: true }), t = _e(e.graph());
    return n.setGraph(Object.assign({}, dr, xe(t, ar), W(t, lr))), e.nodes().forEach((r) => {
      let o = _e(e.node(r)), i = xe(o, ur);
      Object.keys(jn).forEach((a) => {
        i[a] === void 0 && (i[a] = jn[a]);
      }), n.setNode(r, i);
      let s = e.parent(r);
      s !== void 0 && n.setParent(r, s);
    }), e.edges().forEach((r) => {
      let o = _e(e.edge(r));
      n.setEdge(r, Object.assign({}, fr, xe(o, cr), W(o, hr)));
    }), n;
  }
  function br(e) {
    let n = e.graph();
    n.ranksep /= 2, e.edges().forEach((t) => {
      var o;
      let r = e.edge(t);
      r.minlen *= 2, ((o = r.labelpos) != null ? o : "r").toLowerCase() !== "c" && (n.rankdir === "TB" || n.rankdir === "BT" ? r.width += r.labeloffset : r.height += r.labeloffset);
    });
  }
  function gr(e) {
    e.edges().forEach((n) => {
      let t = e.edge(n);
      if (t.width && t.height) {
        let r = e.node(n.v), i = { rank: (e.node(n.w).rank - r.rank) / 2 + r.rank, e: n };
        M(e, "edge-proxy", i, "_ep");
      }
    });
  }
  function pr(e) {
    let n = 0;
    e.nodes().forEach((t) => {
      let r = e.node(t);
      r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, n = Math.max(n, r.maxRank));
    }), e.graph().maxRank = n;
  }
  function mr(e) {
    e.nodes().forEach((n) => {
      let t = e.node(n);
      if (t.dummy === "edge-proxy") {
        let r = t;
        e.edge(r.e).labelRank = t.rank, e.removeNode(n);
      }
    });
  }
  function Er(e) {
    let n = Number.POSITIVE_INFINITY, t = 0, r = Number.POSITIVE_INFINITY, o = 0, i = e.graph(), s = i.marginx || 0, a = i.marginy || 0;
    function l(u) {
      let d = u.x, c = u.y, f = u.width, h = u.height;
      n = Math.min(n, d - f / 2), t = Math.max(t, d + f / 2), r = Math.min(r, c - h / 2), o = Math.max(o, c + h / 2);
    }
    e.nodes().forEach((u) => l(e.node(u))), e.edges().forEach((u) => {
      let d = e.edge(u);
      Object.hasOwn(d, "x") && l(d);
    }), n -= s, r -= a, e.nodes().forEach((u) => {
      let d = e.node(u);
      d.x -= n, d.y -= r;
    }), e.edges().forEach((u) => {
      let d = e.edge(u);
      d.points.forEach((c) => {
        c.x -= n, c.y -= r;
      }), Object.hasOwn(d, "x") && (d.x -= n), Object.hasOwn(d, "y") && (d.y -= r);
    }), i.width = t - n + s, i.height = o - r + a;
  }
  function Lr(e) {
    e.edges().forEach((n) => {
      if (n.v === n.w) return;
      let t = e.edge(n), r = e.node(n.v), o = e.node(n.w), i, s;
      t.points ? (i = t.points[0], s = t.points[t.points.length - 1]) : (t.points = [], i = o, s = r), t.points.unshift(se(r, i)), t.points.push(se(o, s));
    });
  }
  function yr(e) {
    e.edges().forEach((n) => {
      let t = e.edge(n);
      if (Object.hasOwn(t, "x")) switch ((t.labelpos === "l" || t.labelpos === "r") && (t.width -= t.labeloffset), t.labelpos) {
        case "l":
          t.x -= t.width / 2 + t.labeloffset;
          break;
        case "r":
          t.x += t.width / 2 + t.labeloffset;
          break;
      }
    });
  }
  function wr(e) {
    e.edges().forEach((n) => {
      let t = e.edge(n);
      t.reversed && t.points.reverse();
    });
  }
  function Nr(e) {
    e.nodes().forEach((n) => {
      if (e.children(n).length) {
        let t = e.node(n), r = e.node(t.borderTop), o = e.node(t.borderBottom), i = e.node(t.borderLeft[t.borderLeft.length - 1]), s = e.node(t.borderRight[t.borderRight.length - 1]);
        t.width = Math.abs(s.x - i.x), t.height = Math.abs(o.y - r.y), t.x = i.x + t.width / 2, t.y = r.y + t.height / 2;
      }
    }), e.nodes().forEach((n) => {
      e.node(n).dummy === "border" && e.removeNode(n);
    });
  }
  function Gr(e) {
    e.edges().forEach((n) => {
      if (n.v === n.w) {
        let t = e.node(n.v);
        t.selfEdges || (t.selfEdges = []), t.selfEdges.push({ e: n, label: e.edge(n) }), e.removeEdge(n);
      }
    });
  }
  function vr(e) {
    P(e).forEach((t) => {
      let r = 0;
      t.forEach((o, i) => {
        let s = e.node(o);
        typeof s.rank != "number" && (s.rank = 0), s.order = i + r, (s.selfEdges || []).forEach((a) => {
          M(e, "selfedge", { width: a.label.width, height: a.label.height, rank: s.rank, order: i + ++r, e: a.e, edgeLabel: a.label }, "_se"), (!Array.isArray(a.label.points) || a.label.points.length !== 7) && (a.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
        }), delete s.selfEdges;
      });
    });
  }
  function kr(e) {
    e.nodes().forEach((n) => {
      let t = e.node(n), r = (o) => typeof o == "number" && isFinite(o);
      if (t.dummy === "selfedge") {
        let o = t, i = e.node(o.e.v), s = r(i == null ? void 0 : i.x) ? i.x : 0, a = r(i == null ? void 0 : i.y) ? i.y : 0, l = r(i == null ? void 0 : i.width) ? i.width : 0, u = r(i == null ? void 0 : i.height) ? i.height : 0, d = r(t.x) ? t.x : s, c = r(t.y) ? t.y : a, f = l / 2, h = u / 2;
        o.edgeLabel.points = [{ x: d + f, y: c - h }, { x: d + f, y: c - h }, { x: d, y: c }, { x: d - f, y: c + h }, { x: d - f, y: c + h }, { x: d, y: c }, { x: d, y: c }], o.edgeLabel.x = d, o.edgeLabel.y = c, e.setEdge(o.e, o.edgeLabel), e.removeNode(n);
      } else t && Array.isArray(t.selfEdges) && t.selfEdges.forEach((o) => {
        if (!Array.isArray(o.label.points) || o.label.points.length !== 7) {
          let i = r(t.x) ? t.x : 0, s = r(t.y) ? t.y : 0, a = r(t.width) ? t.width : 0, l = r(t.height) ? t.height : 0, u = a / 2, d = l / 2;
          o.label.points = [{ x: i + u, y: s - d }, { x: i + u, y: s - d }, { x: i, y: s }, { x: i - u, y: s + d }, { x: i - u, y: s + d }, { x: i, y: s }, { x: i, y: s }];
        }
      });
    });
  }
  function xe(e, n) {
    return X(W(e, n), Number);
  }
  function _e(e) {
    let n = {};
    return e && Object.entries(e).forEach(([t, r]) => {
      typeof t == "string" && (t = t.toLowerCase()), n[t] = r;
    }), n;
  }

  // node_modules/d3-selection/dist/d3-selection.mjs
  var xhtml = "http://www.w3.org/1999/xhtml";
  var namespaces = {
    svg: "http://www.w3.org/2000/svg",
    xhtml,
    xlink: "http://www.w3.org/1999/xlink",
    xml: "http://www.w3.org/XML/1998/namespace",
    xmlns: "http://www.w3.org/2000/xmlns/"
  };
  function namespace(name) {
    var prefix = name += "", i = prefix.indexOf(":");
    if (i >= 0 && (prefix = name.slice(0, i)) !== "xmlns") name = name.slice(i + 1);
    return namespaces.hasOwnProperty(prefix) ? { space: namespaces[prefix], local: name } : name;
  }
  function creatorInherit(name) {
    return function() {
      var document2 = this.ownerDocument, uri = this.namespaceURI;
      return uri === xhtml && document2.documentElement.namespaceURI === xhtml ? document2.createElement(name) : document2.createElementNS(uri, name);
    };
  }
  function creatorFixed(fullname) {
    return function() {
      return this.ownerDocument.createElementNS(fullname.space, fullname.local);
    };
  }
  function creator(name) {
    var fullname = namespace(name);
    return (fullname.local ? creatorFixed : creatorInherit)(fullname);
  }
  function none() {
  }
  function selector(selector2) {
    return selector2 == null ? none : function() {
      return this.querySelector(selector2);
    };
  }
  function selection_select(select2) {
    if (typeof select2 !== "function") select2 = selector(select2);
    for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, subgroup = subgroups[j] = new Array(n), node, subnode, i = 0; i < n; ++i) {
        if ((node = group[i]) && (subnode = select2.call(node, node.__data__, i, group))) {
          if ("__data__" in node) subnode.__data__ = node.__data__;
          subgroup[i] = subnode;
        }
      }
    }
    return new Selection(subgroups, this._parents);
  }
  function array(x) {
    return x == null ? [] : Array.isArray(x) ? x : Array.from(x);
  }
  function empty() {
    return [];
  }
  function selectorAll(selector2) {
    return selector2 == null ? empty : function() {
      return this.querySelectorAll(selector2);
    };
  }
  function arrayAll(select2) {
    return function() {
      return array(select2.apply(this, arguments));
    };
  }
  function selection_selectAll(select2) {
    if (typeof select2 === "function") select2 = arrayAll(select2);
    else select2 = selectorAll(select2);
    for (var groups = this._groups, m = groups.length, subgroups = [], parents = [], j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) {
        if (node = group[i]) {
          subgroups.push(select2.call(node, node.__data__, i, group));
          parents.push(node);
        }
      }
    }
    return new Selection(subgroups, parents);
  }
  function matcher(selector2) {
    return function() {
      return this.matches(selector2);
    };
  }
  function childMatcher(selector2) {
    return function(node) {
      return node.matches(selector2);
    };
  }
  var find = Array.prototype.find;
  function childFind(match) {
    return function() {
      return find.call(this.children, match);
    };
  }
  function childFirst() {
    return this.firstElementChild;
  }
  function selection_selectChild(match) {
    return this.select(match == null ? childFirst : childFind(typeof match === "function" ? match : childMatcher(match)));
  }
  var filter = Array.prototype.filter;
  function children() {
    return Array.from(this.children);
  }
  function childrenFilter(match) {
    return function() {
      return filter.call(this.children, match);
    };
  }
  function selection_selectChildren(match) {
    return this.selectAll(match == null ? children : childrenFilter(typeof match === "function" ? match : childMatcher(match)));
  }
  function selection_filter(match) {
    if (typeof match !== "function") match = matcher(match);
    for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, subgroup = subgroups[j] = [], node, i = 0; i < n; ++i) {
        if ((node = group[i]) && match.call(node, node.__data__, i, group)) {
          subgroup.push(node);
        }
      }
    }
    return new Selection(subgroups, this._parents);
  }
  function sparse(update) {
    return new Array(update.length);
  }
  function selection_enter() {
    return new Selection(this._enter || this._groups.map(sparse), this._parents);
  }
  function EnterNode(parent, datum2) {
    this.ownerDocument = parent.ownerDocument;
    this.namespaceURI = parent.namespaceURI;
    this._next = null;
    this._parent = parent;
    this.__data__ = datum2;
  }
  EnterNode.prototype = {
    constructor: EnterNode,
    appendChild: function(child) {
      return this._parent.insertBefore(child, this._next);
    },
    insertBefore: function(child, next) {
      return this._parent.insertBefore(child, next);
    },
    querySelector: function(selector2) {
      return this._parent.querySelector(selector2);
    },
    querySelectorAll: function(selector2) {
      return this._parent.querySelectorAll(selector2);
    }
  };
  function constant(x) {
    return function() {
      return x;
    };
  }
  function bindIndex(parent, group, enter, update, exit, data) {
    var i = 0, node, groupLength = group.length, dataLength = data.length;
    for (; i < dataLength; ++i) {
      if (node = group[i]) {
        node.__data__ = data[i];
        update[i] = node;
      } else {
        enter[i] = new EnterNode(parent, data[i]);
      }
    }
    for (; i < groupLength; ++i) {
      if (node = group[i]) {
        exit[i] = node;
      }
    }
  }
  function bindKey(parent, group, enter, update, exit, data, key) {
    var i, node, nodeByKeyValue = /* @__PURE__ */ new Map(), groupLength = group.length, dataLength = data.length, keyValues = new Array(groupLength), keyValue;
    for (i = 0; i < groupLength; ++i) {
      if (node = group[i]) {
        keyValues[i] = keyValue = key.call(node, node.__data__, i, group) + "";
        if (nodeByKeyValue.has(keyValue)) {
          exit[i] = node;
        } else {
          nodeByKeyValue.set(keyValue, node);
        }
      }
    }
    for (i = 0; i < dataLength; ++i) {
      keyValue = key.call(parent, data[i], i, data) + "";
      if (node = nodeByKeyValue.get(keyValue)) {
        update[i] = node;
        node.__data__ = data[i];
        nodeByKeyValue.delete(keyValue);
      } else {
        enter[i] = new EnterNode(parent, data[i]);
      }
    }
    for (i = 0; i < groupLength; ++i) {
      if ((node = group[i]) && nodeByKeyValue.get(keyValues[i]) === node) {
        exit[i] = node;
      }
    }
  }
  function datum(node) {
    return node.__data__;
  }
  function selection_data(value, key) {
    if (!arguments.length) return Array.from(this, datum);
    var bind = key ? bindKey : bindIndex, parents = this._parents, groups = this._groups;
    if (typeof value !== "function") value = constant(value);
    for (var m = groups.length, update = new Array(m), enter = new Array(m), exit = new Array(m), j = 0; j < m; ++j) {
      var parent = parents[j], group = groups[j], groupLength = group.length, data = arraylike(value.call(parent, parent && parent.__data__, j, parents)), dataLength = data.length, enterGroup = enter[j] = new Array(dataLength), updateGroup = update[j] = new Array(dataLength), exitGroup = exit[j] = new Array(groupLength);
      bind(parent, group, enterGroup, updateGroup, exitGroup, data, key);
      for (var i0 = 0, i1 = 0, previous, next; i0 < dataLength; ++i0) {
        if (previous = enterGroup[i0]) {
          if (i0 >= i1) i1 = i0 + 1;
          while (!(next = updateGroup[i1]) && ++i1 < dataLength) ;
          previous._next = next || null;
        }
      }
    }
    update = new Selection(update, parents);
    update._enter = enter;
    update._exit = exit;
    return update;
  }
  function arraylike(data) {
    return typeof data === "object" && "length" in data ? data : Array.from(data);
  }
  function selection_exit() {
    return new Selection(this._exit || this._groups.map(sparse), this._parents);
  }
  function selection_join(onenter, onupdate, onexit) {
    var enter = this.enter(), update = this, exit = this.exit();
    if (typeof onenter === "function") {
      enter = onenter(enter);
      if (enter) enter = enter.selection();
    } else {
      enter = enter.append(onenter + "");
    }
    if (onupdate != null) {
      update = onupdate(update);
      if (update) update = update.selection();
    }
    if (onexit == null) exit.remove();
    else onexit(exit);
    return enter && update ? enter.merge(update).order() : update;
  }
  function selection_merge(context) {
    var selection2 = context.selection ? context.selection() : context;
    for (var groups0 = this._groups, groups1 = selection2._groups, m0 = groups0.length, m1 = groups1.length, m = Math.min(m0, m1), merges = new Array(m0), j = 0; j < m; ++j) {
      for (var group0 = groups0[j], group1 = groups1[j], n = group0.length, merge = merges[j] = new Array(n), node, i = 0; i < n; ++i) {
        if (node = group0[i] || group1[i]) {
          merge[i] = node;
        }
      }
    }
    for (; j < m0; ++j) {
      merges[j] = groups0[j];
    }
    return new Selection(merges, this._parents);
  }
  function selection_order() {
    for (var groups = this._groups, j = -1, m = groups.length; ++j < m; ) {
      for (var group = groups[j], i = group.length - 1, next = group[i], node; --i >= 0; ) {
        if (node = group[i]) {
          if (next && node.compareDocumentPosition(next) ^ 4) next.parentNode.insertBefore(node, next);
          next = node;
        }
      }
    }
    return this;
  }
  function selection_sort(compare) {
    if (!compare) compare = ascending;
    function compareNode(a, b) {
      return a && b ? compare(a.__data__, b.__data__) : !a - !b;
    }
    for (var groups = this._groups, m = groups.length, sortgroups = new Array(m), j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, sortgroup = sortgroups[j] = new Array(n), node, i = 0; i < n; ++i) {
        if (node = group[i]) {
          sortgroup[i] = node;
        }
      }
      sortgroup.sort(compareNode);
    }
    return new Selection(sortgroups, this._parents).order();
  }
  function ascending(a, b) {
    return a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN;
  }
  function selection_call() {
    var callback = arguments[0];
    arguments[0] = this;
    callback.apply(null, arguments);
    return this;
  }
  function selection_nodes() {
    return Array.from(this);
  }
  function selection_node() {
    for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) {
      for (var group = groups[j], i = 0, n = group.length; i < n; ++i) {
        var node = group[i];
        if (node) return node;
      }
    }
    return null;
  }
  function selection_size() {
    let size = 0;
    for (const node of this) ++size;
    return size;
  }
  function selection_empty() {
    return !this.node();
  }
  function selection_each(callback) {
    for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) {
      for (var group = groups[j], i = 0, n = group.length, node; i < n; ++i) {
        if (node = group[i]) callback.call(node, node.__data__, i, group);
      }
    }
    return this;
  }
  function attrRemove(name) {
    return function() {
      this.removeAttribute(name);
    };
  }
  function attrRemoveNS(fullname) {
    return function() {
      this.removeAttributeNS(fullname.space, fullname.local);
    };
  }
  function attrConstant(name, value) {
    return function() {
      this.setAttribute(name, value);
    };
  }
  function attrConstantNS(fullname, value) {
    return function() {
      this.setAttributeNS(fullname.space, fullname.local, value);
    };
  }
  function attrFunction(name, value) {
    return function() {
      var v = value.apply(this, arguments);
      if (v == null) this.removeAttribute(name);
      else this.setAttribute(name, v);
    };
  }
  function attrFunctionNS(fullname, value) {
    return function() {
      var v = value.apply(this, arguments);
      if (v == null) this.removeAttributeNS(fullname.space, fullname.local);
      else this.setAttributeNS(fullname.space, fullname.local, v);
    };
  }
  function selection_attr(name, value) {
    var fullname = namespace(name);
    if (arguments.length < 2) {
      var node = this.node();
      return fullname.local ? node.getAttributeNS(fullname.space, fullname.local) : node.getAttribute(fullname);
    }
    return this.each((value == null ? fullname.local ? attrRemoveNS : attrRemove : typeof value === "function" ? fullname.local ? attrFunctionNS : attrFunction : fullname.local ? attrConstantNS : attrConstant)(fullname, value));
  }
  function defaultView(node) {
    return node.ownerDocument && node.ownerDocument.defaultView || node.document && node || node.defaultView;
  }
  function styleRemove(name) {
    return function() {
      this.style.removeProperty(name);
    };
  }
  function styleConstant(name, value, priority) {
    return function() {
      this.style.setProperty(name, value, priority);
    };
  }
  function styleFunction(name, value, priority) {
    return function() {
      var v = value.apply(this, arguments);
      if (v == null) this.style.removeProperty(name);
      else this.style.setProperty(name, v, priority);
    };
  }
  function selection_style(name, value, priority) {
    return arguments.length > 1 ? this.each((value == null ? styleRemove : typeof value === "function" ? styleFunction : styleConstant)(name, value, priority == null ? "" : priority)) : styleValue(this.node(), name);
  }
  function styleValue(node, name) {
    return node.style.getPropertyValue(name) || defaultView(node).getComputedStyle(node, null).getPropertyValue(name);
  }
  function propertyRemove(name) {
    return function() {
      delete this[name];
    };
  }
  function propertyConstant(name, value) {
    return function() {
      this[name] = value;
    };
  }
  function propertyFunction(name, value) {
    return function() {
      var v = value.apply(this, arguments);
      if (v == null) delete this[name];
      else this[name] = v;
    };
  }
  function selection_property(name, value) {
    return arguments.length > 1 ? this.each((value == null ? propertyRemove : typeof value === "function" ? propertyFunction : propertyConstant)(name, value)) : this.node()[name];
  }
  function classArray(string) {
    return string.trim().split(/^|\s+/);
  }
  function classList(node) {
    return node.classList || new ClassList(node);
  }
  function ClassList(node) {
    this._node = node;
    this._names = classArray(node.getAttribute("class") || "");
  }
  ClassList.prototype = {
    add: function(name) {
      var i = this._names.indexOf(name);
      if (i < 0) {
        this._names.push(name);
        this._node.setAttribute("class", this._names.join(" "));
      }
    },
    remove: function(name) {
      var i = this._names.indexOf(name);
      if (i >= 0) {
        this._names.splice(i, 1);
        this._node.setAttribute("class", this._names.join(" "));
      }
    },
    contains: function(name) {
      return this._names.indexOf(name) >= 0;
    }
  };
  function classedAdd(node, names) {
    var list = classList(node), i = -1, n = names.length;
    while (++i < n) list.add(names[i]);
  }
  function classedRemove(node, names) {
    var list = classList(node), i = -1, n = names.length;
    while (++i < n) list.remove(names[i]);
  }
  function classedTrue(names) {
    return function() {
      classedAdd(this, names);
    };
  }
  function classedFalse(names) {
    return function() {
      classedRemove(this, names);
    };
  }
  function classedFunction(names, value) {
    return function() {
      (value.apply(this, arguments) ? classedAdd : classedRemove)(this, names);
    };
  }
  function selection_classed(name, value) {
    var names = classArray(name + "");
    if (arguments.length < 2) {
      var list = classList(this.node()), i = -1, n = names.length;
      while (++i < n) if (!list.contains(names[i])) return false;
      return true;
    }
    return this.each((typeof value === "function" ? classedFunction : value ? classedTrue : classedFalse)(names, value));
  }
  function textRemove() {
    this.textContent = "";
  }
  function textConstant(value) {
    return function() {
      this.textContent = value;
    };
  }
  function textFunction(value) {
    return function() {
      var v = value.apply(this, arguments);
      this.textContent = v == null ? "" : v;
    };
  }
  function selection_text(value) {
    return arguments.length ? this.each(value == null ? textRemove : (typeof value === "function" ? textFunction : textConstant)(value)) : this.node().textContent;
  }
  function htmlRemove() {
    this.innerHTML = "";
  }
  function htmlConstant(value) {
    return function() {
      this.innerHTML = value;
    };
  }
  function htmlFunction(value) {
    return function() {
      var v = value.apply(this, arguments);
      this.innerHTML = v == null ? "" : v;
    };
  }
  function selection_html(value) {
    return arguments.length ? this.each(value == null ? htmlRemove : (typeof value === "function" ? htmlFunction : htmlConstant)(value)) : this.node().innerHTML;
  }
  function raise() {
    if (this.nextSibling) this.parentNode.appendChild(this);
  }
  function selection_raise() {
    return this.each(raise);
  }
  function lower() {
    if (this.previousSibling) this.parentNode.insertBefore(this, this.parentNode.firstChild);
  }
  function selection_lower() {
    return this.each(lower);
  }
  function selection_append(name) {
    var create = typeof name === "function" ? name : creator(name);
    return this.select(function() {
      return this.appendChild(create.apply(this, arguments));
    });
  }
  function constantNull() {
    return null;
  }
  function selection_insert(name, before) {
    var create = typeof name === "function" ? name : creator(name), select2 = before == null ? constantNull : typeof before === "function" ? before : selector(before);
    return this.select(function() {
      return this.insertBefore(create.apply(this, arguments), select2.apply(this, arguments) || null);
    });
  }
  function remove() {
    var parent = this.parentNode;
    if (parent) parent.removeChild(this);
  }
  function selection_remove() {
    return this.each(remove);
  }
  function selection_cloneShallow() {
    var clone = this.cloneNode(false), parent = this.parentNode;
    return parent ? parent.insertBefore(clone, this.nextSibling) : clone;
  }
  function selection_cloneDeep() {
    var clone = this.cloneNode(true), parent = this.parentNode;
    return parent ? parent.insertBefore(clone, this.nextSibling) : clone;
  }
  function selection_clone(deep) {
    return this.select(deep ? selection_cloneDeep : selection_cloneShallow);
  }
  function selection_datum(value) {
    return arguments.length ? this.property("__data__", value) : this.node().__data__;
  }
  function contextListener(listener) {
    return function(event) {
      listener.call(this, event, this.__data__);
    };
  }
  function parseTypenames(typenames) {
    return typenames.trim().split(/^|\s+/).map(function(t) {
      var name = "", i = t.indexOf(".");
      if (i >= 0) name = t.slice(i + 1), t = t.slice(0, i);
      return { type: t, name };
    });
  }
  function onRemove(typename) {
    return function() {
      var on2 = this.__on;
      if (!on2) return;
      for (var j = 0, i = -1, m = on2.length, o; j < m; ++j) {
        if (o = on2[j], (!typename.type || o.type === typename.type) && o.name === typename.name) {
          this.removeEventListener(o.type, o.listener, o.options);
        } else {
          on2[++i] = o;
        }
      }
      if (++i) on2.length = i;
      else delete this.__on;
    };
  }
  function onAdd(typename, value, options) {
    return function() {
      var on2 = this.__on, o, listener = contextListener(value);
      if (on2) for (var j = 0, m = on2.length; j < m; ++j) {
        if ((o = on2[j]).type === typename.type && o.name === typename.name) {
          this.removeEventListener(o.type, o.listener, o.options);
          this.addEventListener(o.type, o.listener = listener, o.options = options);
          o.value = value;
          return;
        }
      }
      this.addEventListener(typename.type, listener, options);
      o = { type: typename.type, name: typename.name, value, listener, options };
      if (!on2) this.__on = [o];
      else on2.push(o);
    };
  }
  function selection_on(typename, value, options) {
    var typenames = parseTypenames(typename + ""), i, n = typenames.length, t;
    if (arguments.length < 2) {
      var on2 = this.node().__on;
      if (on2) for (var j = 0, m = on2.length, o; j < m; ++j) {
        for (i = 0, o = on2[j]; i < n; ++i) {
          if ((t = typenames[i]).type === o.type && t.name === o.name) {
            return o.value;
          }
        }
      }
      return;
    }
    on2 = value ? onAdd : onRemove;
    for (i = 0; i < n; ++i) this.each(on2(typenames[i], value, options));
    return this;
  }
  function dispatchEvent(node, type, params) {
    var window2 = defaultView(node), event = window2.CustomEvent;
    if (typeof event === "function") {
      event = new event(type, params);
    } else {
      event = window2.document.createEvent("Event");
      if (params) event.initEvent(type, params.bubbles, params.cancelable), event.detail = params.detail;
      else event.initEvent(type, false, false);
    }
    node.dispatchEvent(event);
  }
  function dispatchConstant(type, params) {
    return function() {
      return dispatchEvent(this, type, params);
    };
  }
  function dispatchFunction(type, params) {
    return function() {
      return dispatchEvent(this, type, params.apply(this, arguments));
    };
  }
  function selection_dispatch(type, params) {
    return this.each((typeof params === "function" ? dispatchFunction : dispatchConstant)(type, params));
  }
  function* selection_iterator() {
    for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) {
      for (var group = groups[j], i = 0, n = group.length, node; i < n; ++i) {
        if (node = group[i]) yield node;
      }
    }
  }
  var root = [null];
  function Selection(groups, parents) {
    this._groups = groups;
    this._parents = parents;
  }
  function selection() {
    return new Selection([[document.documentElement]], root);
  }
  function selection_selection() {
    return this;
  }
  Selection.prototype = selection.prototype = {
    constructor: Selection,
    select: selection_select,
    selectAll: selection_selectAll,
    selectChild: selection_selectChild,
    selectChildren: selection_selectChildren,
    filter: selection_filter,
    data: selection_data,
    enter: selection_enter,
    exit: selection_exit,
    join: selection_join,
    merge: selection_merge,
    selection: selection_selection,
    order: selection_order,
    sort: selection_sort,
    call: selection_call,
    nodes: selection_nodes,
    node: selection_node,
    size: selection_size,
    empty: selection_empty,
    each: selection_each,
    attr: selection_attr,
    style: selection_style,
    property: selection_property,
    classed: selection_classed,
    text: selection_text,
    html: selection_html,
    raise: selection_raise,
    lower: selection_lower,
    append: selection_append,
    insert: selection_insert,
    remove: selection_remove,
    clone: selection_clone,
    datum: selection_datum,
    on: selection_on,
    dispatch: selection_dispatch,
    [Symbol.iterator]: selection_iterator
  };
  function select(selector2) {
    return typeof selector2 === "string" ? new Selection([[document.querySelector(selector2)]], [document.documentElement]) : new Selection([[selector2]], root);
  }
  var nextId = 0;
  function local() {
    return new Local();
  }
  function Local() {
    this._ = "@" + (++nextId).toString(36);
  }
  Local.prototype = local.prototype = {
    constructor: Local,
    get: function(node) {
      var id = this._;
      while (!(id in node)) if (!(node = node.parentNode)) return;
      return node[id];
    },
    set: function(node, value) {
      return node[this._] = value;
    },
    remove: function(node) {
      return this._ in node && delete node[this._];
    },
    toString: function() {
      return this._;
    }
  };

  // webview/graph/indexed-graph.ts
  function compress(n, ends) {
    const start = new Int32Array(n + 1);
    for (const v of ends) start[v + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const list = new Int32Array(ends.length);
    ends.forEach((v, e) => list[fill[v]++] = e);
    return { start, list };
  }
  function indexGraph(data) {
    const byId = /* @__PURE__ */ new Map();
    data.nodes.forEach((n, i) => {
      if (!byId.has(n.id)) byId.set(n.id, i);
    });
    const edges = data.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
    const edgeFrom = Int32Array.from(edges, (e) => byId.get(e.from));
    const edgeTo = Int32Array.from(edges, (e) => byId.get(e.to));
    const inn = compress(data.nodes.length, edgeTo);
    const out = compress(data.nodes.length, edgeFrom);
    return { data, nodes: data.nodes, byId, edges, edgeFrom, edgeTo, inStart: inn.start, inList: inn.list, outStart: out.start, outList: out.list };
  }

  // webview/graph/layout-protocol.ts
  var SIZES = {
    leafW: 168,
    leafH: 40,
    groupW: 180,
    groupH: 62,
    /** Space around a container's children, and its header with the group's name. */
    pad: 14,
    header: 22
  };

  // webview/graph/nested-layout.ts
  var GAP = { node: 22, rank: 34, edge: 12 };
  var ROOT_MARGIN = 20;
  var CACHE_LIMIT = 2e4;
  var LayoutCache = class {
    /** `limit` 0 keeps nothing (the benchmark measures layouts without reuse). */
    constructor(limit = CACHE_LIMIT) {
      this.limit = limit;
    }
    limit;
    map = /* @__PURE__ */ new Map();
    get(key) {
      return this.map.get(key);
    }
    set(key, l) {
      if (this.limit === 0) return;
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, l);
    }
  };
  function chainOrder(n, edges) {
    if (edges.length !== 2 * (n - 1)) return null;
    const next = new Int32Array(n).fill(-1);
    const indeg = new Int32Array(n);
    for (let e = 0; e < edges.length; e += 2) {
      if (next[edges[e]] !== -1) return null;
      next[edges[e]] = edges[e + 1];
      indeg[edges[e + 1]]++;
    }
    const start = indeg.indexOf(0);
    if (start < 0 || indeg.some((d) => d > 1)) return null;
    const order = [];
    for (let k = start; k !== -1 && order.length <= n; k = next[k]) order.push(k);
    return order.length === n ? order : null;
  }
  function stacked(ws, hs, edges, order) {
    const n = ws.length;
    const w = Math.max(...ws);
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let y = 0;
    for (const k of order) {
      xs[k] = (w - ws[k]) / 2;
      ys[k] = y;
      y += hs[k] + GAP.rank;
    }
    const routes = [];
    for (let e = 0; e < edges.length; e += 2) {
      const [a, b] = [edges[e], edges[e + 1]];
      routes.push(Float64Array.of(w / 2, ys[a] + hs[a], w / 2, ys[b]));
    }
    return { w, h: Math.max(0, y - GAP.rank), xs, ys, routes };
  }
  function layered(ws, hs, edges) {
    const g = new T();
    g.setGraph({ rankdir: "TB", nodesep: GAP.node, ranksep: GAP.rank, edgesep: GAP.edge, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    ws.forEach((w2, k) => g.setNode(String(k), { width: w2, height: hs[k] }));
    for (let e = 0; e < edges.length; e += 2) g.setEdge(String(edges[e]), String(edges[e + 1]));
    Oe(g);
    const n = ws.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let w = 0;
    let h = 0;
    for (let k = 0; k < n; k++) {
      const p = g.node(String(k));
      xs[k] = p.x - ws[k] / 2;
      ys[k] = p.y - hs[k] / 2;
      w = Math.max(w, xs[k] + ws[k]);
      h = Math.max(h, ys[k] + hs[k]);
    }
    const routes = [];
    for (let e = 0; e < edges.length; e += 2) {
      const pts = g.edge(String(edges[e]), String(edges[e + 1]))?.points ?? [];
      routes.push(Float64Array.from(pts.flatMap((p) => [p.x, p.y])));
    }
    return { w, h, xs, ys, routes };
  }
  function layoutNested(req, cache) {
    const t0 = performance.now();
    const w = new Float64Array(req.items);
    const h = new Float64Array(req.items);
    for (let i = 0; i < req.items; i++) {
      w[i] = req.sizes[2 * i];
      h[i] = req.sizes[2 * i + 1];
    }
    let laidOut = 0;
    let reused = 0;
    const locals = [];
    for (const c of req.containers) {
      const ws = c.children.map((i) => w[i]);
      const hs = c.children.map((i) => h[i]);
      const key = `${ws.join(",")}|${hs.join(",")}|${c.edges.join(",")}`;
      let l = cache.get(key);
      if (l) reused++;
      else {
        const order = c.children.length ? chainOrder(c.children.length, c.edges) : [];
        if (order) reused++;
        else laidOut++;
        l = order ? stacked(ws, hs, c.edges, order) : layered(ws, hs, c.edges);
        cache.set(key, l);
      }
      locals.push(l);
      if (c.item === 0) {
        w[0] = l.w + 2 * ROOT_MARGIN;
        h[0] = l.h + 2 * ROOT_MARGIN;
      } else {
        w[c.item] = Math.max(l.w, SIZES.groupW) + 2 * SIZES.pad;
        h[c.item] = l.h + SIZES.header + 2 * SIZES.pad;
      }
    }
    const x = new Float64Array(req.items);
    const y = new Float64Array(req.items);
    const routes = new Array(req.containers.length);
    for (let ci = req.containers.length - 1; ci >= 0; ci--) {
      const c = req.containers[ci];
      const l = locals[ci];
      const ox = c.item === 0 ? ROOT_MARGIN : x[c.item] + SIZES.pad + (w[c.item] - 2 * SIZES.pad - l.w) / 2;
      const oy = c.item === 0 ? ROOT_MARGIN : y[c.item] + SIZES.header + SIZES.pad;
      c.children.forEach((child, k) => {
        x[child] = ox + l.xs[k];
        y[child] = oy + l.ys[k];
      });
      routes[ci] = l.routes.map((r) => r.map((v, j) => v + (j % 2 ? oy : ox)));
    }
    const rects = new Float64Array(4 * req.items);
    for (let i = 0; i < req.items; i++) rects.set([x[i], y[i], w[i], h[i]], 4 * i);
    return { id: req.id, rects, routes, ms: performance.now() - t0, laidOut, reused };
  }

  // src/shared/scopes.ts
  function scopeChain(scope) {
    if (!scope) return [];
    const parts = scope.split("/").filter(Boolean);
    const lead = scope.startsWith("/") ? "/" : "";
    return parts.map((_, i) => lead + parts.slice(0, i + 1).join("/"));
  }

  // webview/graph/scope-tree.ts
  var ROOT = "";
  var MAX_MEMBERS = 64;
  var CHUNK = 32;
  var CHUNK_MARK = "\0";
  function newGroup(id, parent) {
    return { id, label: "", parent, members: [], size: 0, first: Number.MAX_SAFE_INTEGER, ops: [], dtypes: [], chunk: false };
  }
  var memberFirst = (tree, m) => m.kind === "node" ? m.index : tree.groups.get(m.id).first;
  function relativeLabel(id, parent) {
    if (parent && id.startsWith(`${parent}/`)) return id.slice(parent.length + 1);
    return id.replace(/^\/+/, "") || id;
  }
  function memberLabel(tree, nodes, m) {
    if (m.kind === "group") return tree.groups.get(m.id).label;
    const n = nodes[m.index];
    return n.name.slice(n.name.lastIndexOf("/") + 1) || n.op;
  }
  function effectiveScopes(g) {
    return g.nodes.map((n, i) => {
      if (n.scope || !n.inserted) return n.scope;
      const around = [];
      for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) around.push(g.nodes[g.edgeFrom[g.inList[k]]].scope);
      for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) around.push(g.nodes[g.edgeTo[g.outList[k]]].scope);
      if (!around.length || around.some((s) => !s)) return "";
      let common = scopeChain(around[0]);
      for (const s of around.slice(1)) {
        const chain = scopeChain(s);
        let k = 0;
        while (k < common.length && k < chain.length && common[k] === chain[k]) k++;
        common = common.slice(0, k);
      }
      return common[common.length - 1] ?? "";
    });
  }
  function buildScopeTree(nodes, scopes = nodes.map((n) => n.scope)) {
    const tree = { groups: /* @__PURE__ */ new Map([[ROOT, newGroup(ROOT, null)]]), nodeGroup: new Array(nodes.length), under: /* @__PURE__ */ new Map() };
    const { groups } = tree;
    const byScope = /* @__PURE__ */ new Map();
    scopes.forEach((scope, i) => {
      const list = byScope.get(scope);
      if (list) list.push(i);
      else byScope.set(scope, [i]);
    });
    const ensure = (scope) => {
      let g = groups.get(scope);
      if (g) return g;
      const cut = scope.lastIndexOf("/");
      const parent = ensure(cut > 0 ? scope.slice(0, cut) : ROOT);
      g = newGroup(scope, parent.id);
      groups.set(scope, g);
      parent.members.push({ kind: "group", id: scope });
      return g;
    };
    for (const [scope, list] of byScope) {
      const g = ensure(scope);
      for (const i of list) {
        g.members.push({ kind: "node", index: i });
        tree.nodeGroup[i] = g.id;
      }
    }
    const postOrder = [];
    const visit = (g) => {
      for (const m of g.members) if (m.kind === "group") visit(groups.get(m.id));
      postOrder.push(g);
    };
    visit(groups.get(ROOT));
    for (const g of postOrder) {
      g.members.forEach((m, k) => {
        if (m.kind !== "group") return;
        const c = groups.get(m.id);
        if (c.members.length !== 1) return;
        groups.delete(c.id);
        const only = c.members[0];
        if (only.kind === "node") tree.nodeGroup[only.index] = g.id;
        else groups.get(only.id).parent = g.id;
        g.members[k] = only;
      });
    }
    for (const g of postOrder) {
      if (!groups.has(g.id)) continue;
      g.label = g.id === ROOT ? "" : relativeLabel(g.id, g.parent);
    }
    for (const g of postOrder) {
      if (!groups.has(g.id)) continue;
      const ops = /* @__PURE__ */ new Map();
      const dtypes = /* @__PURE__ */ new Map();
      for (const m of g.members) {
        if (m.kind === "node") {
          const n = nodes[m.index];
          g.size++;
          g.first = Math.min(g.first, m.index);
          ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
          const d = n.dtype ?? "?";
          dtypes.set(d, (dtypes.get(d) ?? 0) + 1);
        } else {
          const c = groups.get(m.id);
          g.size += c.size;
          g.first = Math.min(g.first, c.first);
          for (const [k, v] of c.ops) ops.set(k, (ops.get(k) ?? 0) + v);
          for (const [k, v] of c.dtypes) dtypes.set(k, (dtypes.get(k) ?? 0) + v);
        }
      }
      g.ops = [...ops].sort((a, b) => b[1] - a[1]);
      g.dtypes = [...dtypes].sort((a, b) => b[1] - a[1]);
      g.members.sort((a, b) => memberFirst(tree, a) - memberFirst(tree, b));
    }
    for (const g of [...groups.values()]) chunk(tree, nodes, g);
    return tree;
  }
  function chunk(tree, nodes, g) {
    let level = 0;
    while (g.members.length > MAX_MEMBERS) {
      const chunks = [];
      for (let s = 0; s < g.members.length; s += CHUNK) {
        const part = g.members.slice(s, s + CHUNK);
        const id = `${g.id}${CHUNK_MARK}${level}.${s / CHUNK}`;
        const c = newGroup(id, g.id);
        c.chunk = true;
        c.members = part;
        const first = memberLabel(tree, nodes, part[0]);
        const last = memberLabel(tree, nodes, part[part.length - 1]);
        c.label = `${first} \u2026 ${last}`;
        const ops = /* @__PURE__ */ new Map();
        const dtypes = /* @__PURE__ */ new Map();
        for (const m of part) {
          if (m.kind === "node") {
            tree.nodeGroup[m.index] = id;
            const n = nodes[m.index];
            c.size++;
            ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
            dtypes.set(n.dtype ?? "?", (dtypes.get(n.dtype ?? "?") ?? 0) + 1);
          } else {
            const sub = tree.groups.get(m.id);
            sub.parent = id;
            c.size += sub.size;
            for (const [k, v] of sub.ops) ops.set(k, (ops.get(k) ?? 0) + v);
            for (const [k, v] of sub.dtypes) dtypes.set(k, (dtypes.get(k) ?? 0) + v);
          }
          c.first = Math.min(c.first, memberFirst(tree, m));
        }
        c.ops = [...ops].sort((a, b) => b[1] - a[1]);
        c.dtypes = [...dtypes].sort((a, b) => b[1] - a[1]);
        tree.groups.set(id, c);
        chunks.push({ kind: "group", id });
      }
      g.members = chunks;
      level++;
    }
  }
  function nodesUnder(tree, id) {
    let out = tree.under.get(id);
    if (out) return out;
    const list = [];
    const stack = [id];
    while (stack.length) {
      for (const m of tree.groups.get(stack.pop()).members) {
        if (m.kind === "node") list.push(m.index);
        else stack.push(m.id);
      }
    }
    out = Int32Array.from(list);
    tree.under.set(id, out);
    return out;
  }

  // webview/graph/visible-graph.ts
  function visibleGraph(g, tree, expanded) {
    const kinds = [];
    const keys = [];
    const node = [];
    const group = [];
    const parent = [];
    const depth = [];
    const posInParent = [];
    const nodeItem = new Int32Array(g.nodes.length).fill(-1);
    const containers = [];
    const containerOf = /* @__PURE__ */ new Map();
    const add = (kind, key, n2, grp, par, pos) => {
      kinds.push(kind);
      keys.push(key);
      node.push(n2);
      group.push(grp);
      parent.push(par);
      depth.push(par < 0 ? 0 : depth[par] + 1);
      posInParent.push(pos);
      return kinds.length - 1;
    };
    const markFolded = (id, item) => {
      for (const i of nodesUnder(tree, id)) nodeItem[i] = item;
    };
    const open = (id, item) => {
      const children2 = [];
      for (const m of tree.groups.get(id).members) {
        if (m.kind === "node") {
          const leaf = add("leaf", `n${m.index}`, m.index, "", item, children2.length);
          nodeItem[m.index] = leaf;
          children2.push(leaf);
        } else if (expanded.has(m.id)) {
          const frame = add("frame", `g:${m.id}`, -1, m.id, item, children2.length);
          children2.push(frame);
          open(m.id, frame);
        } else {
          const folded = add("folded", `g:${m.id}`, -1, m.id, item, children2.length);
          children2.push(folded);
          markFolded(m.id, folded);
        }
      }
      containerOf.set(item, containers.length);
      containers.push({ item, children: children2, edges: [] });
    };
    open(ROOT, add("root", "g:", -1, ROOT, -1, 0));
    const lifted = containers.map(() => /* @__PURE__ */ new Map());
    const byPair = /* @__PURE__ */ new Map();
    const n = kinds.length;
    for (let e = 0; e < g.edgeFrom.length; e++) {
      const ua = nodeItem[g.edgeFrom[e]];
      const ub = nodeItem[g.edgeTo[e]];
      if (ua === ub) continue;
      const pairKey = ua * n + ub;
      let ve2 = byPair.get(pairKey);
      if (!ve2) {
        let x = ua;
        let y = ub;
        while (depth[x] > depth[y]) x = parent[x];
        while (depth[y] > depth[x]) y = parent[y];
        while (parent[x] !== parent[y]) {
          x = parent[x];
          y = parent[y];
        }
        const ci = containerOf.get(parent[x]);
        const liftKey = posInParent[x] * n + posInParent[y];
        let local2 = lifted[ci].get(liftKey);
        if (local2 === void 0) {
          local2 = containers[ci].edges.length / 2;
          containers[ci].edges.push(posInParent[x], posInParent[y]);
          lifted[ci].set(liftKey, local2);
        }
        ve2 = { from: ua, to: ub, edges: [], container: ci, local: local2, outer: [x, y] };
        byPair.set(pairKey, ve2);
      }
      ve2.edges.push(e);
    }
    const sizes = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      if (kinds[i] === "leaf") sizes.set([SIZES.leafW, SIZES.leafH], 2 * i);
      else if (kinds[i] === "folded") sizes.set([SIZES.groupW, SIZES.groupH], 2 * i);
    }
    return {
      kinds,
      keys,
      node: Int32Array.from(node),
      group,
      parent: Int32Array.from(parent),
      nodeItem,
      edges: [...byPair.values()],
      request: { items: n, sizes, containers }
    };
  }

  // test-webview/bench-api.ts
  var BENCH_GLOBAL = "quantlensBench";

  // test-webview/generated-graph.ts
  function generatedGraph(nodes, hidden = 768) {
    const out = [];
    const edges = [];
    const byId = /* @__PURE__ */ new Map();
    const seq = [1, 128, hidden];
    const add = (name, op, inputs, dtype = "float32", shape = seq, quant = null) => {
      const slash = name.lastIndexOf("/");
      const node = { id: name, name, op, domain: "", dtype, shape, layout: null, scope: slash > 0 ? name.slice(0, slash) : "", inserted: false, origin: [], quant };
      out.push(node);
      byId.set(name, node);
      for (const i of inputs) {
        const from = byId.get(i);
        edges.push({ from: i, to: name, tensor: `${i}_output_0`, dtype: from.dtype, shape: from.shape });
      }
      return name;
    };
    const layerNorm = (scope, x2) => {
      const mean = add(`${scope}/ReduceMean`, "ReduceMean", [x2], "float32", [1, 128, 1]);
      const sub = add(`${scope}/Sub`, "Sub", [x2, mean]);
      const pow = add(`${scope}/Pow`, "Pow", [sub]);
      const var_ = add(`${scope}/ReduceMean_1`, "ReduceMean", [pow], "float32", [1, 128, 1]);
      const eps = add(`${scope}/Add`, "Add", [var_], "float32", [1, 128, 1]);
      const sqrt = add(`${scope}/Sqrt`, "Sqrt", [eps], "float32", [1, 128, 1]);
      const div = add(`${scope}/Div`, "Div", [sub, sqrt]);
      const mul = add(`${scope}/Mul`, "Mul", [div]);
      return add(`${scope}/Add_1`, "Add", [mul]);
    };
    const qlinear = (scope, x2, width = hidden) => {
      const w = add(`${scope}/weight/DequantizeLinear`, "DequantizeLinear", [], "float32", [hidden, width]);
      const mm = add(`${scope}/MatMul`, "MatMul", [x2, w], "float32", [1, 128, width]);
      const q2 = add(`${scope}/QuantizeLinear`, "QuantizeLinear", [mm], "uint8", [1, 128, width], "scale 0.0213, zero point 128");
      return add(`${scope}/DequantizeLinear`, "DequantizeLinear", [q2], "float32", [1, 128, width]);
    };
    const heads = [1, 12, 128, hidden / 12];
    let x = add("/embed/Gather", "Gather", []);
    x = qlinear("/embed/proj", x);
    for (let l = 0; out.length < nodes; l++) {
      const s = `/model/layers.${l}`;
      const h = layerNorm(`${s}/input_layernorm`, x);
      const [q2, k, v] = ["q_proj", "k_proj", "v_proj"].map((p) => qlinear(`${s}/self_attn/${p}`, h));
      const [qr, kr2, vr2] = [q2, k, v].map((t, i) => add(`${s}/self_attn/Reshape${i ? `_${i}` : ""}`, "Reshape", [t], "float32", heads));
      const [qt2, kt2, vt2] = [qr, kr2, vr2].map((t, i) => add(`${s}/self_attn/Transpose${i ? `_${i}` : ""}`, "Transpose", [t], "float32", heads));
      const scores = add(`${s}/self_attn/MatMul`, "MatMul", [qt2, kt2], "float32", [1, 12, 128, 128]);
      const scaled = add(`${s}/self_attn/Div`, "Div", [scores], "float32", [1, 12, 128, 128]);
      const probs = add(`${s}/self_attn/Softmax`, "Softmax", [scaled], "float32", [1, 12, 128, 128]);
      const ctx = add(`${s}/self_attn/MatMul_1`, "MatMul", [probs, vt2], "float32", heads);
      const back = add(`${s}/self_attn/Transpose_3`, "Transpose", [ctx], "float32", heads);
      const merged = add(`${s}/self_attn/Reshape_3`, "Reshape", [back]);
      const o = qlinear(`${s}/self_attn/o_proj`, merged);
      const res = add(`${s}/Add`, "Add", [x, o]);
      const h2 = layerNorm(`${s}/post_attention_layernorm`, res);
      const up = qlinear(`${s}/mlp/fc1`, h2, 4 * hidden);
      const act = add(`${s}/mlp/act/Gelu`, "Gelu", [up], "float32", [1, 128, 4 * hidden]);
      const down = qlinear(`${s}/mlp/fc2`, act);
      x = add(`${s}/Add_1`, "Add", [res, down]);
    }
    const kept = out.slice(0, nodes);
    const ids = new Set(kept.map((n) => n.id));
    return { model: `/models/generated-${nodes}.onnx`, target: "cpu", kind: "compiled", nodes: kept, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
  }

  // test-webview/bench-page.ts
  var longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: "longtask", buffered: true });
  var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  var nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  async function finish(t0, firstDrawingAt, skipAt, error, extra) {
    for (let quiet = 0; quiet < 600; ) {
      const before = longTasks.length;
      await sleep(100);
      quiet = longTasks.length === before ? quiet + 100 : 0;
    }
    const mine = longTasks.filter((t) => t.end > t0 && !(skipAt !== null && t.start <= skipAt && t.end >= skipAt));
    const lastEnd = Math.max(firstDrawingAt, ...mine.map((t) => t.end));
    return {
      firstDrawingMs: firstDrawingAt - t0,
      interactiveMs: lastEnd - t0,
      longestTaskMs: Math.max(0, ...mine.map((t) => t.end - t.start)),
      svgElements: document.querySelectorAll("svg *").length,
      error,
      ...extra
    };
  }
  async function paintedAt() {
    await nextFrame();
    return nextFrame();
  }
  function waitForMark(name, count) {
    return new Promise((resolve) => {
      if (performance.getEntriesByName(name).length >= count) return resolve();
      const obs = new PerformanceObserver(() => {
        if (performance.getEntriesByName(name).length >= count) {
          obs.disconnect();
          resolve();
        }
      });
      obs.observe({ type: "mark" });
    });
  }
  var frames = [];
  var recording = false;
  var api = {
    async ours(nodes, unfoldAll) {
      const g = generatedGraph(nodes);
      let state = null;
      if (unfoldAll) {
        const tree = buildScopeTree(g.nodes, effectiveScopes(indexGraph(g)));
        state = { model: g.model, view: "compiled", expanded: [...tree.groups.keys()], selected: null, transform: null, search: "" };
      }
      await sleep(200);
      const marks = performance.getEntriesByName("quantlens-graph-drawn").length;
      const t0 = performance.now();
      window.postMessage({ type: "init", compiled: g, source: null, overlay: null, state }, "*");
      const sent = performance.now();
      await waitForMark("quantlens-graph-drawn", marks + 1);
      const first = await paintedAt();
      const d = document.getElementById("app").dataset;
      return finish(t0, first, sent, null, { items: Number(d.leaves) + Number(d.folded) + Number(d.frames), layoutMs: Number(d.layoutMs) });
    },
    startFrames() {
      frames = [];
      recording = true;
      const tick = (t) => {
        frames.push(t);
        if (recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      recording = false;
      const d = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
      return {
        frames: d.length,
        meanMs: d.reduce((a, b) => a + b, 0) / Math.max(1, d.length),
        p95Ms: d[Math.floor(d.length * 0.95)] ?? 0,
        maxMs: d[d.length - 1] ?? 0
      };
    },
    layoutWithoutReuse(nodes) {
      const g = generatedGraph(nodes);
      const tree = buildScopeTree(g.nodes, effectiveScopes(indexGraph(g)));
      const vg = visibleGraph(indexGraph(g), tree, new Set(tree.groups.keys()));
      const t0 = performance.now();
      const r = layoutNested({ id: 0, ...vg.request }, new LayoutCache(0));
      return { ms: performance.now() - t0, containers: vg.request.containers.length, laidOut: r.laidOut };
    },
    async baseline(nodes) {
      const g = generatedGraph(nodes);
      await sleep(200);
      const t0 = performance.now();
      let error = null;
      try {
        const G = new T();
        G.setGraph({ rankdir: "TB", nodesep: 22, ranksep: 34 });
        G.setDefaultEdgeLabel(() => ({}));
        for (const n of g.nodes) G.setNode(n.id, { width: 168, height: 40 });
        for (const e of g.edges) G.setEdge(e.from, e.to);
        Oe(G);
        const w = G.graph().width ?? 1;
        const h = G.graph().height ?? 1;
        const svg = select(document.body).append("svg").attr("width", 1280).attr("height", 800);
        const root2 = svg.append("g").attr("transform", `scale(${Math.min(1280 / w, 800 / h)})`);
        for (const e of G.edges()) {
          const pts = G.edge(e).points ?? [];
          root2.append("path").attr("d", `M${pts.map((p) => `${p.x},${p.y}`).join("L")}`).attr("fill", "none").attr("stroke", "#888");
        }
        for (const n of g.nodes) {
          const p = G.node(n.id);
          const node = root2.append("g").attr("transform", `translate(${p.x - 84},${p.y - 20})`);
          node.append("rect").attr("width", 168).attr("height", 40).attr("fill", "#dde").attr("stroke", "#448");
          node.append("text").attr("x", 8).attr("y", 16).text(n.op);
          node.append("text").attr("x", 8).attr("y", 31).text(`${n.dtype} ${n.shape?.join("\xD7")}`);
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const first = await paintedAt();
      return finish(t0, first, null, error, { items: g.nodes.length, layoutMs: null });
    }
  };
  globalThis[BENCH_GLOBAL] = api;
})();
/*! Bundled license information:

@dagrejs/dagre/dist/dagre.esm.js:
  (*! For license information please see dagre.esm.js.LEGAL.txt *)
*/
//# sourceMappingURL=bench-page.js.map
