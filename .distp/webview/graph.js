"use strict";
(() => {
  // src/shared/protocol.ts
  var isObj = (x2) => typeof x2 === "object" && x2 !== null && !Array.isArray(x2);
  var isStr = (x2) => typeof x2 === "string";
  var isView = (x2) => x2 === "compiled" || x2 === "source";
  function isGraphState(x2) {
    if (!isObj(x2) || !isStr(x2.model) || !isView(x2.view) || !Array.isArray(x2.expanded) || !x2.expanded.every(isStr) || !(x2.selected === null || isStr(x2.selected)) || !isStr(x2.search)) return false;
    const t = x2.transform;
    return t === null || isObj(t) && [t.x, t.y, t.k].every((v) => typeof v === "number" && Number.isFinite(v));
  }
  function isGraphToHost(m) {
    if (!isObj(m)) return false;
    switch (m.type) {
      case "ready":
        return true;
      case "selectNode":
        return isStr(m.node) && m.node.length < 1e4 && isView(m.view);
      case "state":
        return isGraphState(m.state);
      default:
        return false;
    }
  }
  function isGraphData(x2) {
    return isObj(x2) && isStr(x2.model) && isStr(x2.target) && isView(x2.kind) && Array.isArray(x2.nodes) && Array.isArray(x2.edges) && x2.nodes.every((n) => isObj(n) && isStr(n.id) && isStr(n.name) && isStr(n.op) && isStr(n.scope)) && x2.edges.every((e) => isObj(e) && isStr(e.from) && isStr(e.to) && isStr(e.tensor));
  }
  function isOverlay(x2) {
    return isObj(x2) && typeof x2.threshold === "number" && isObj(x2.byNode) && Array.isArray(x2.culprits);
  }
  function isHostToGraph(m) {
    if (!isObj(m)) return false;
    switch (m.type) {
      case "init":
        return (m.compiled === null || isGraphData(m.compiled)) && (m.source === null || isGraphData(m.source)) && (m.overlay === null || isOverlay(m.overlay)) && (m.state === null || isGraphState(m.state));
      case "overlay":
        return m.overlay === null || isOverlay(m.overlay);
      case "select":
        return isStr(m.node);
      case "failure":
        return isStr(m.model) && isStr(m.message);
      default:
        return false;
    }
  }

  // webview/shared/host.ts
  function connect(accept, onMessage) {
    const api2 = window.__quantlensHost ?? acquireVsCodeApi();
    window.addEventListener("message", (e) => {
      if (accept(e.data)) onMessage(e.data);
      else console.warn("quantlens: dropped a message that is not part of the protocol");
    });
    return {
      post: (m) => api2.postMessage(m),
      getState: () => api2.getState(),
      setState: (s2) => api2.setState(s2)
    };
  }

  // node_modules/d3-array/dist/d3-array.mjs
  function ascending(a2, b) {
    return a2 == null || b == null ? NaN : a2 < b ? -1 : a2 > b ? 1 : a2 >= b ? 0 : NaN;
  }
  function descending(a2, b) {
    return a2 == null || b == null ? NaN : b < a2 ? -1 : b > a2 ? 1 : b >= a2 ? 0 : NaN;
  }
  function bisector(f) {
    let compare1, compare2, delta;
    if (f.length !== 2) {
      compare1 = ascending;
      compare2 = (d, x2) => ascending(f(d), x2);
      delta = (d, x2) => f(d) - x2;
    } else {
      compare1 = f === ascending || f === descending ? f : zero;
      compare2 = f;
      delta = f;
    }
    function left(a2, x2, lo = 0, hi = a2.length) {
      if (lo < hi) {
        if (compare1(x2, x2) !== 0) return hi;
        do {
          const mid = lo + hi >>> 1;
          if (compare2(a2[mid], x2) < 0) lo = mid + 1;
          else hi = mid;
        } while (lo < hi);
      }
      return lo;
    }
    function right(a2, x2, lo = 0, hi = a2.length) {
      if (lo < hi) {
        if (compare1(x2, x2) !== 0) return hi;
        do {
          const mid = lo + hi >>> 1;
          if (compare2(a2[mid], x2) <= 0) lo = mid + 1;
          else hi = mid;
        } while (lo < hi);
      }
      return lo;
    }
    function center(a2, x2, lo = 0, hi = a2.length) {
      const i = left(a2, x2, lo, hi - 1);
      return i > lo && delta(a2[i - 1], x2) > -delta(a2[i], x2) ? i - 1 : i;
    }
    return { left, center, right };
  }
  function zero() {
    return 0;
  }
  function number(x2) {
    return x2 === null ? NaN : +x2;
  }
  var ascendingBisect = bisector(ascending);
  var bisectRight = ascendingBisect.right;
  var bisectLeft = ascendingBisect.left;
  var bisectCenter = bisector(number).center;
  var blur2 = Blur2(blurf);
  var blurImage = Blur2(blurfImage);
  function Blur2(blur) {
    return function(data, rx, ry = rx) {
      if (!((rx = +rx) >= 0)) throw new RangeError("invalid rx");
      if (!((ry = +ry) >= 0)) throw new RangeError("invalid ry");
      let { data: values, width, height } = data;
      if (!((width = Math.floor(width)) >= 0)) throw new RangeError("invalid width");
      if (!((height = Math.floor(height !== void 0 ? height : values.length / width)) >= 0)) throw new RangeError("invalid height");
      if (!width || !height || !rx && !ry) return data;
      const blurx = rx && blur(rx);
      const blury = ry && blur(ry);
      const temp = values.slice();
      if (blurx && blury) {
        blurh(blurx, temp, values, width, height);
        blurh(blurx, values, temp, width, height);
        blurh(blurx, temp, values, width, height);
        blurv(blury, values, temp, width, height);
        blurv(blury, temp, values, width, height);
        blurv(blury, values, temp, width, height);
      } else if (blurx) {
        blurh(blurx, values, temp, width, height);
        blurh(blurx, temp, values, width, height);
        blurh(blurx, values, temp, width, height);
      } else if (blury) {
        blurv(blury, values, temp, width, height);
        blurv(blury, temp, values, width, height);
        blurv(blury, values, temp, width, height);
      }
      return data;
    };
  }
  function blurh(blur, T2, S2, w, h) {
    for (let y2 = 0, n = w * h; y2 < n; ) {
      blur(T2, S2, y2, y2 += w, 1);
    }
  }
  function blurv(blur, T2, S2, w, h) {
    for (let x2 = 0, n = w * h; x2 < w; ++x2) {
      blur(T2, S2, x2, x2 + n, w);
    }
  }
  function blurfImage(radius) {
    const blur = blurf(radius);
    return (T2, S2, start2, stop, step) => {
      start2 <<= 2, stop <<= 2, step <<= 2;
      blur(T2, S2, start2 + 0, stop + 0, step);
      blur(T2, S2, start2 + 1, stop + 1, step);
      blur(T2, S2, start2 + 2, stop + 2, step);
      blur(T2, S2, start2 + 3, stop + 3, step);
    };
  }
  function blurf(radius) {
    const radius0 = Math.floor(radius);
    if (radius0 === radius) return bluri(radius);
    const t = radius - radius0;
    const w = 2 * radius + 1;
    return (T2, S2, start2, stop, step) => {
      if (!((stop -= step) >= start2)) return;
      let sum = radius0 * S2[start2];
      const s0 = step * radius0;
      const s1 = s0 + step;
      for (let i = start2, j = start2 + s0; i < j; i += step) {
        sum += S2[Math.min(stop, i)];
      }
      for (let i = start2, j = stop; i <= j; i += step) {
        sum += S2[Math.min(stop, i + s0)];
        T2[i] = (sum + t * (S2[Math.max(start2, i - s1)] + S2[Math.min(stop, i + s1)])) / w;
        sum -= S2[Math.max(start2, i - s0)];
      }
    };
  }
  function bluri(radius) {
    const w = 2 * radius + 1;
    return (T2, S2, start2, stop, step) => {
      if (!((stop -= step) >= start2)) return;
      let sum = radius * S2[start2];
      const s2 = step * radius;
      for (let i = start2, j = start2 + s2; i < j; i += step) {
        sum += S2[Math.min(stop, i)];
      }
      for (let i = start2, j = stop; i <= j; i += step) {
        sum += S2[Math.min(stop, i + s2)];
        T2[i] = sum / w;
        sum -= S2[Math.max(start2, i - s2)];
      }
    };
  }
  var array = Array.prototype;
  var slice = array.slice;
  var e10 = Math.sqrt(50);
  var e5 = Math.sqrt(10);
  var e2 = Math.sqrt(2);
  function tickSpec(start2, stop, count) {
    const step = (stop - start2) / Math.max(0, count), power = Math.floor(Math.log10(step)), error = step / Math.pow(10, power), factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
    let i1, i2, inc;
    if (power < 0) {
      inc = Math.pow(10, -power) / factor;
      i1 = Math.round(start2 * inc);
      i2 = Math.round(stop * inc);
      if (i1 / inc < start2) ++i1;
      if (i2 / inc > stop) --i2;
      inc = -inc;
    } else {
      inc = Math.pow(10, power) * factor;
      i1 = Math.round(start2 / inc);
      i2 = Math.round(stop / inc);
      if (i1 * inc < start2) ++i1;
      if (i2 * inc > stop) --i2;
    }
    if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start2, stop, count * 2);
    return [i1, i2, inc];
  }
  function ticks(start2, stop, count) {
    stop = +stop, start2 = +start2, count = +count;
    if (!(count > 0)) return [];
    if (start2 === stop) return [start2];
    const reverse = stop < start2, [i1, i2, inc] = reverse ? tickSpec(stop, start2, count) : tickSpec(start2, stop, count);
    if (!(i2 >= i1)) return [];
    const n = i2 - i1 + 1, ticks2 = new Array(n);
    if (reverse) {
      if (inc < 0) for (let i = 0; i < n; ++i) ticks2[i] = (i2 - i) / -inc;
      else for (let i = 0; i < n; ++i) ticks2[i] = (i2 - i) * inc;
    } else {
      if (inc < 0) for (let i = 0; i < n; ++i) ticks2[i] = (i1 + i) / -inc;
      else for (let i = 0; i < n; ++i) ticks2[i] = (i1 + i) * inc;
    }
    return ticks2;
  }
  function tickIncrement(start2, stop, count) {
    stop = +stop, start2 = +start2, count = +count;
    return tickSpec(start2, stop, count)[2];
  }
  function tickStep(start2, stop, count) {
    stop = +stop, start2 = +start2, count = +count;
    const reverse = stop < start2, inc = reverse ? tickIncrement(stop, start2, count) : tickIncrement(start2, stop, count);
    return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
  }
  var shuffle = shuffler(Math.random);
  function shuffler(random) {
    return function shuffle2(array4, i0 = 0, i1 = array4.length) {
      let m = i1 - (i0 = +i0);
      while (m) {
        const i = random() * m-- | 0, t = array4[m + i0];
        array4[m + i0] = array4[i + i0];
        array4[i + i0] = t;
      }
      return array4;
    };
  }

  // node_modules/d3-dispatch/dist/d3-dispatch.mjs
  var noop = { value: () => {
  } };
  function dispatch() {
    for (var i = 0, n = arguments.length, _ = {}, t; i < n; ++i) {
      if (!(t = arguments[i] + "") || t in _ || /[\s.]/.test(t)) throw new Error("illegal type: " + t);
      _[t] = [];
    }
    return new Dispatch(_);
  }
  function Dispatch(_) {
    this._ = _;
  }
  function parseTypenames(typenames, types) {
    return typenames.trim().split(/^|\s+/).map(function(t) {
      var name = "", i = t.indexOf(".");
      if (i >= 0) name = t.slice(i + 1), t = t.slice(0, i);
      if (t && !types.hasOwnProperty(t)) throw new Error("unknown type: " + t);
      return { type: t, name };
    });
  }
  Dispatch.prototype = dispatch.prototype = {
    constructor: Dispatch,
    on: function(typename, callback) {
      var _ = this._, T2 = parseTypenames(typename + "", _), t, i = -1, n = T2.length;
      if (arguments.length < 2) {
        while (++i < n) if ((t = (typename = T2[i]).type) && (t = get(_[t], typename.name))) return t;
        return;
      }
      if (callback != null && typeof callback !== "function") throw new Error("invalid callback: " + callback);
      while (++i < n) {
        if (t = (typename = T2[i]).type) _[t] = set(_[t], typename.name, callback);
        else if (callback == null) for (t in _) _[t] = set(_[t], typename.name, null);
      }
      return this;
    },
    copy: function() {
      var copy = {}, _ = this._;
      for (var t in _) copy[t] = _[t].slice();
      return new Dispatch(copy);
    },
    call: function(type, that) {
      if ((n = arguments.length - 2) > 0) for (var args = new Array(n), i = 0, n, t; i < n; ++i) args[i] = arguments[i + 2];
      if (!this._.hasOwnProperty(type)) throw new Error("unknown type: " + type);
      for (t = this._[type], i = 0, n = t.length; i < n; ++i) t[i].value.apply(that, args);
    },
    apply: function(type, that, args) {
      if (!this._.hasOwnProperty(type)) throw new Error("unknown type: " + type);
      for (var t = this._[type], i = 0, n = t.length; i < n; ++i) t[i].value.apply(that, args);
    }
  };
  function get(type, name) {
    for (var i = 0, n = type.length, c; i < n; ++i) {
      if ((c = type[i]).name === name) {
        return c.value;
      }
    }
  }
  function set(type, name, callback) {
    for (var i = 0, n = type.length; i < n; ++i) {
      if (type[i].name === name) {
        type[i] = noop, type = type.slice(0, i).concat(type.slice(i + 1));
        break;
      }
    }
    if (callback != null) type.push({ name, value: callback });
    return type;
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
  function array2(x2) {
    return x2 == null ? [] : Array.isArray(x2) ? x2 : Array.from(x2);
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
      return array2(select2.apply(this, arguments));
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
  function constant(x2) {
    return function() {
      return x2;
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
  function selection_data(value2, key) {
    if (!arguments.length) return Array.from(this, datum);
    var bind = key ? bindKey : bindIndex, parents = this._parents, groups = this._groups;
    if (typeof value2 !== "function") value2 = constant(value2);
    for (var m = groups.length, update = new Array(m), enter = new Array(m), exit = new Array(m), j = 0; j < m; ++j) {
      var parent = parents[j], group = groups[j], groupLength = group.length, data = arraylike(value2.call(parent, parent && parent.__data__, j, parents)), dataLength = data.length, enterGroup = enter[j] = new Array(dataLength), updateGroup = update[j] = new Array(dataLength), exitGroup = exit[j] = new Array(groupLength);
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
    if (!compare) compare = ascending2;
    function compareNode(a2, b) {
      return a2 && b ? compare(a2.__data__, b.__data__) : !a2 - !b;
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
  function ascending2(a2, b) {
    return a2 < b ? -1 : a2 > b ? 1 : a2 >= b ? 0 : NaN;
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
  function attrConstant(name, value2) {
    return function() {
      this.setAttribute(name, value2);
    };
  }
  function attrConstantNS(fullname, value2) {
    return function() {
      this.setAttributeNS(fullname.space, fullname.local, value2);
    };
  }
  function attrFunction(name, value2) {
    return function() {
      var v = value2.apply(this, arguments);
      if (v == null) this.removeAttribute(name);
      else this.setAttribute(name, v);
    };
  }
  function attrFunctionNS(fullname, value2) {
    return function() {
      var v = value2.apply(this, arguments);
      if (v == null) this.removeAttributeNS(fullname.space, fullname.local);
      else this.setAttributeNS(fullname.space, fullname.local, v);
    };
  }
  function selection_attr(name, value2) {
    var fullname = namespace(name);
    if (arguments.length < 2) {
      var node = this.node();
      return fullname.local ? node.getAttributeNS(fullname.space, fullname.local) : node.getAttribute(fullname);
    }
    return this.each((value2 == null ? fullname.local ? attrRemoveNS : attrRemove : typeof value2 === "function" ? fullname.local ? attrFunctionNS : attrFunction : fullname.local ? attrConstantNS : attrConstant)(fullname, value2));
  }
  function defaultView(node) {
    return node.ownerDocument && node.ownerDocument.defaultView || node.document && node || node.defaultView;
  }
  function styleRemove(name) {
    return function() {
      this.style.removeProperty(name);
    };
  }
  function styleConstant(name, value2, priority) {
    return function() {
      this.style.setProperty(name, value2, priority);
    };
  }
  function styleFunction(name, value2, priority) {
    return function() {
      var v = value2.apply(this, arguments);
      if (v == null) this.style.removeProperty(name);
      else this.style.setProperty(name, v, priority);
    };
  }
  function selection_style(name, value2, priority) {
    return arguments.length > 1 ? this.each((value2 == null ? styleRemove : typeof value2 === "function" ? styleFunction : styleConstant)(name, value2, priority == null ? "" : priority)) : styleValue(this.node(), name);
  }
  function styleValue(node, name) {
    return node.style.getPropertyValue(name) || defaultView(node).getComputedStyle(node, null).getPropertyValue(name);
  }
  function propertyRemove(name) {
    return function() {
      delete this[name];
    };
  }
  function propertyConstant(name, value2) {
    return function() {
      this[name] = value2;
    };
  }
  function propertyFunction(name, value2) {
    return function() {
      var v = value2.apply(this, arguments);
      if (v == null) delete this[name];
      else this[name] = v;
    };
  }
  function selection_property(name, value2) {
    return arguments.length > 1 ? this.each((value2 == null ? propertyRemove : typeof value2 === "function" ? propertyFunction : propertyConstant)(name, value2)) : this.node()[name];
  }
  function classArray(string2) {
    return string2.trim().split(/^|\s+/);
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
  function classedFunction(names, value2) {
    return function() {
      (value2.apply(this, arguments) ? classedAdd : classedRemove)(this, names);
    };
  }
  function selection_classed(name, value2) {
    var names = classArray(name + "");
    if (arguments.length < 2) {
      var list = classList(this.node()), i = -1, n = names.length;
      while (++i < n) if (!list.contains(names[i])) return false;
      return true;
    }
    return this.each((typeof value2 === "function" ? classedFunction : value2 ? classedTrue : classedFalse)(names, value2));
  }
  function textRemove() {
    this.textContent = "";
  }
  function textConstant(value2) {
    return function() {
      this.textContent = value2;
    };
  }
  function textFunction(value2) {
    return function() {
      var v = value2.apply(this, arguments);
      this.textContent = v == null ? "" : v;
    };
  }
  function selection_text(value2) {
    return arguments.length ? this.each(value2 == null ? textRemove : (typeof value2 === "function" ? textFunction : textConstant)(value2)) : this.node().textContent;
  }
  function htmlRemove() {
    this.innerHTML = "";
  }
  function htmlConstant(value2) {
    return function() {
      this.innerHTML = value2;
    };
  }
  function htmlFunction(value2) {
    return function() {
      var v = value2.apply(this, arguments);
      this.innerHTML = v == null ? "" : v;
    };
  }
  function selection_html(value2) {
    return arguments.length ? this.each(value2 == null ? htmlRemove : (typeof value2 === "function" ? htmlFunction : htmlConstant)(value2)) : this.node().innerHTML;
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
    var create4 = typeof name === "function" ? name : creator(name);
    return this.select(function() {
      return this.appendChild(create4.apply(this, arguments));
    });
  }
  function constantNull() {
    return null;
  }
  function selection_insert(name, before) {
    var create4 = typeof name === "function" ? name : creator(name), select2 = before == null ? constantNull : typeof before === "function" ? before : selector(before);
    return this.select(function() {
      return this.insertBefore(create4.apply(this, arguments), select2.apply(this, arguments) || null);
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
  function selection_datum(value2) {
    return arguments.length ? this.property("__data__", value2) : this.node().__data__;
  }
  function contextListener(listener) {
    return function(event) {
      listener.call(this, event, this.__data__);
    };
  }
  function parseTypenames2(typenames) {
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
  function onAdd(typename, value2, options) {
    return function() {
      var on2 = this.__on, o, listener = contextListener(value2);
      if (on2) for (var j = 0, m = on2.length; j < m; ++j) {
        if ((o = on2[j]).type === typename.type && o.name === typename.name) {
          this.removeEventListener(o.type, o.listener, o.options);
          this.addEventListener(o.type, o.listener = listener, o.options = options);
          o.value = value2;
          return;
        }
      }
      this.addEventListener(typename.type, listener, options);
      o = { type: typename.type, name: typename.name, value: value2, listener, options };
      if (!on2) this.__on = [o];
      else on2.push(o);
    };
  }
  function selection_on(typename, value2, options) {
    var typenames = parseTypenames2(typename + ""), i, n = typenames.length, t;
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
    on2 = value2 ? onAdd : onRemove;
    for (i = 0; i < n; ++i) this.each(on2(typenames[i], value2, options));
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
      var id2 = this._;
      while (!(id2 in node)) if (!(node = node.parentNode)) return;
      return node[id2];
    },
    set: function(node, value2) {
      return node[this._] = value2;
    },
    remove: function(node) {
      return this._ in node && delete node[this._];
    },
    toString: function() {
      return this._;
    }
  };
  function sourceEvent(event) {
    let sourceEvent2;
    while (sourceEvent2 = event.sourceEvent) event = sourceEvent2;
    return event;
  }
  function pointer(event, node) {
    event = sourceEvent(event);
    if (node === void 0) node = event.currentTarget;
    if (node) {
      var svg = node.ownerSVGElement || node;
      if (svg.createSVGPoint) {
        var point2 = svg.createSVGPoint();
        point2.x = event.clientX, point2.y = event.clientY;
        point2 = point2.matrixTransform(node.getScreenCTM().inverse());
        return [point2.x, point2.y];
      }
      if (node.getBoundingClientRect) {
        var rect = node.getBoundingClientRect();
        return [event.clientX - rect.left - node.clientLeft, event.clientY - rect.top - node.clientTop];
      }
    }
    return [event.pageX, event.pageY];
  }

  // node_modules/d3-drag/dist/d3-drag.mjs
  var nonpassivecapture = { capture: true, passive: false };
  function noevent(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
  function nodrag(view2) {
    var root2 = view2.document.documentElement, selection2 = select(view2).on("dragstart.drag", noevent, nonpassivecapture);
    if ("onselectstart" in root2) {
      selection2.on("selectstart.drag", noevent, nonpassivecapture);
    } else {
      root2.__noselect = root2.style.MozUserSelect;
      root2.style.MozUserSelect = "none";
    }
  }
  function yesdrag(view2, noclick) {
    var root2 = view2.document.documentElement, selection2 = select(view2).on("dragstart.drag", null);
    if (noclick) {
      selection2.on("click.drag", noevent, nonpassivecapture);
      setTimeout(function() {
        selection2.on("click.drag", null);
      }, 0);
    }
    if ("onselectstart" in root2) {
      selection2.on("selectstart.drag", null);
    } else {
      root2.style.MozUserSelect = root2.__noselect;
      delete root2.__noselect;
    }
  }
  function DragEvent(type, {
    sourceEvent: sourceEvent2,
    subject,
    target,
    identifier,
    active,
    x: x2,
    y: y2,
    dx,
    dy,
    dispatch: dispatch2
  }) {
    Object.defineProperties(this, {
      type: { value: type, enumerable: true, configurable: true },
      sourceEvent: { value: sourceEvent2, enumerable: true, configurable: true },
      subject: { value: subject, enumerable: true, configurable: true },
      target: { value: target, enumerable: true, configurable: true },
      identifier: { value: identifier, enumerable: true, configurable: true },
      active: { value: active, enumerable: true, configurable: true },
      x: { value: x2, enumerable: true, configurable: true },
      y: { value: y2, enumerable: true, configurable: true },
      dx: { value: dx, enumerable: true, configurable: true },
      dy: { value: dy, enumerable: true, configurable: true },
      _: { value: dispatch2 }
    });
  }
  DragEvent.prototype.on = function() {
    var value2 = this._.on.apply(this._, arguments);
    return value2 === this._ ? this : value2;
  };

  // node_modules/d3-color/dist/d3-color.mjs
  function define(constructor, factory, prototype) {
    constructor.prototype = factory.prototype = prototype;
    prototype.constructor = constructor;
  }
  function extend(parent, definition) {
    var prototype = Object.create(parent.prototype);
    for (var key in definition) prototype[key] = definition[key];
    return prototype;
  }
  function Color() {
  }
  var darker = 0.7;
  var brighter = 1 / darker;
  var reI = "\\s*([+-]?\\d+)\\s*";
  var reN = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*";
  var reP = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*";
  var reHex = /^#([0-9a-f]{3,8})$/;
  var reRgbInteger = new RegExp(`^rgb\\(${reI},${reI},${reI}\\)$`);
  var reRgbPercent = new RegExp(`^rgb\\(${reP},${reP},${reP}\\)$`);
  var reRgbaInteger = new RegExp(`^rgba\\(${reI},${reI},${reI},${reN}\\)$`);
  var reRgbaPercent = new RegExp(`^rgba\\(${reP},${reP},${reP},${reN}\\)$`);
  var reHslPercent = new RegExp(`^hsl\\(${reN},${reP},${reP}\\)$`);
  var reHslaPercent = new RegExp(`^hsla\\(${reN},${reP},${reP},${reN}\\)$`);
  var named = {
    aliceblue: 15792383,
    antiquewhite: 16444375,
    aqua: 65535,
    aquamarine: 8388564,
    azure: 15794175,
    beige: 16119260,
    bisque: 16770244,
    black: 0,
    blanchedalmond: 16772045,
    blue: 255,
    blueviolet: 9055202,
    brown: 10824234,
    burlywood: 14596231,
    cadetblue: 6266528,
    chartreuse: 8388352,
    chocolate: 13789470,
    coral: 16744272,
    cornflowerblue: 6591981,
    cornsilk: 16775388,
    crimson: 14423100,
    cyan: 65535,
    darkblue: 139,
    darkcyan: 35723,
    darkgoldenrod: 12092939,
    darkgray: 11119017,
    darkgreen: 25600,
    darkgrey: 11119017,
    darkkhaki: 12433259,
    darkmagenta: 9109643,
    darkolivegreen: 5597999,
    darkorange: 16747520,
    darkorchid: 10040012,
    darkred: 9109504,
    darksalmon: 15308410,
    darkseagreen: 9419919,
    darkslateblue: 4734347,
    darkslategray: 3100495,
    darkslategrey: 3100495,
    darkturquoise: 52945,
    darkviolet: 9699539,
    deeppink: 16716947,
    deepskyblue: 49151,
    dimgray: 6908265,
    dimgrey: 6908265,
    dodgerblue: 2003199,
    firebrick: 11674146,
    floralwhite: 16775920,
    forestgreen: 2263842,
    fuchsia: 16711935,
    gainsboro: 14474460,
    ghostwhite: 16316671,
    gold: 16766720,
    goldenrod: 14329120,
    gray: 8421504,
    green: 32768,
    greenyellow: 11403055,
    grey: 8421504,
    honeydew: 15794160,
    hotpink: 16738740,
    indianred: 13458524,
    indigo: 4915330,
    ivory: 16777200,
    khaki: 15787660,
    lavender: 15132410,
    lavenderblush: 16773365,
    lawngreen: 8190976,
    lemonchiffon: 16775885,
    lightblue: 11393254,
    lightcoral: 15761536,
    lightcyan: 14745599,
    lightgoldenrodyellow: 16448210,
    lightgray: 13882323,
    lightgreen: 9498256,
    lightgrey: 13882323,
    lightpink: 16758465,
    lightsalmon: 16752762,
    lightseagreen: 2142890,
    lightskyblue: 8900346,
    lightslategray: 7833753,
    lightslategrey: 7833753,
    lightsteelblue: 11584734,
    lightyellow: 16777184,
    lime: 65280,
    limegreen: 3329330,
    linen: 16445670,
    magenta: 16711935,
    maroon: 8388608,
    mediumaquamarine: 6737322,
    mediumblue: 205,
    mediumorchid: 12211667,
    mediumpurple: 9662683,
    mediumseagreen: 3978097,
    mediumslateblue: 8087790,
    mediumspringgreen: 64154,
    mediumturquoise: 4772300,
    mediumvioletred: 13047173,
    midnightblue: 1644912,
    mintcream: 16121850,
    mistyrose: 16770273,
    moccasin: 16770229,
    navajowhite: 16768685,
    navy: 128,
    oldlace: 16643558,
    olive: 8421376,
    olivedrab: 7048739,
    orange: 16753920,
    orangered: 16729344,
    orchid: 14315734,
    palegoldenrod: 15657130,
    palegreen: 10025880,
    paleturquoise: 11529966,
    palevioletred: 14381203,
    papayawhip: 16773077,
    peachpuff: 16767673,
    peru: 13468991,
    pink: 16761035,
    plum: 14524637,
    powderblue: 11591910,
    purple: 8388736,
    rebeccapurple: 6697881,
    red: 16711680,
    rosybrown: 12357519,
    royalblue: 4286945,
    saddlebrown: 9127187,
    salmon: 16416882,
    sandybrown: 16032864,
    seagreen: 3050327,
    seashell: 16774638,
    sienna: 10506797,
    silver: 12632256,
    skyblue: 8900331,
    slateblue: 6970061,
    slategray: 7372944,
    slategrey: 7372944,
    snow: 16775930,
    springgreen: 65407,
    steelblue: 4620980,
    tan: 13808780,
    teal: 32896,
    thistle: 14204888,
    tomato: 16737095,
    turquoise: 4251856,
    violet: 15631086,
    wheat: 16113331,
    white: 16777215,
    whitesmoke: 16119285,
    yellow: 16776960,
    yellowgreen: 10145074
  };
  define(Color, color, {
    copy(channels) {
      return Object.assign(new this.constructor(), this, channels);
    },
    displayable() {
      return this.rgb().displayable();
    },
    hex: color_formatHex,
    // Deprecated! Use color.formatHex.
    formatHex: color_formatHex,
    formatHex8: color_formatHex8,
    formatHsl: color_formatHsl,
    formatRgb: color_formatRgb,
    toString: color_formatRgb
  });
  function color_formatHex() {
    return this.rgb().formatHex();
  }
  function color_formatHex8() {
    return this.rgb().formatHex8();
  }
  function color_formatHsl() {
    return hslConvert(this).formatHsl();
  }
  function color_formatRgb() {
    return this.rgb().formatRgb();
  }
  function color(format2) {
    var m, l;
    format2 = (format2 + "").trim().toLowerCase();
    return (m = reHex.exec(format2)) ? (l = m[1].length, m = parseInt(m[1], 16), l === 6 ? rgbn(m) : l === 3 ? new Rgb(m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, (m & 15) << 4 | m & 15, 1) : l === 8 ? rgba(m >> 24 & 255, m >> 16 & 255, m >> 8 & 255, (m & 255) / 255) : l === 4 ? rgba(m >> 12 & 15 | m >> 8 & 240, m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, ((m & 15) << 4 | m & 15) / 255) : null) : (m = reRgbInteger.exec(format2)) ? new Rgb(m[1], m[2], m[3], 1) : (m = reRgbPercent.exec(format2)) ? new Rgb(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, 1) : (m = reRgbaInteger.exec(format2)) ? rgba(m[1], m[2], m[3], m[4]) : (m = reRgbaPercent.exec(format2)) ? rgba(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, m[4]) : (m = reHslPercent.exec(format2)) ? hsla(m[1], m[2] / 100, m[3] / 100, 1) : (m = reHslaPercent.exec(format2)) ? hsla(m[1], m[2] / 100, m[3] / 100, m[4]) : named.hasOwnProperty(format2) ? rgbn(named[format2]) : format2 === "transparent" ? new Rgb(NaN, NaN, NaN, 0) : null;
  }
  function rgbn(n) {
    return new Rgb(n >> 16 & 255, n >> 8 & 255, n & 255, 1);
  }
  function rgba(r, g, b, a2) {
    if (a2 <= 0) r = g = b = NaN;
    return new Rgb(r, g, b, a2);
  }
  function rgbConvert(o) {
    if (!(o instanceof Color)) o = color(o);
    if (!o) return new Rgb();
    o = o.rgb();
    return new Rgb(o.r, o.g, o.b, o.opacity);
  }
  function rgb(r, g, b, opacity) {
    return arguments.length === 1 ? rgbConvert(r) : new Rgb(r, g, b, opacity == null ? 1 : opacity);
  }
  function Rgb(r, g, b, opacity) {
    this.r = +r;
    this.g = +g;
    this.b = +b;
    this.opacity = +opacity;
  }
  define(Rgb, rgb, extend(Color, {
    brighter(k2) {
      k2 = k2 == null ? brighter : Math.pow(brighter, k2);
      return new Rgb(this.r * k2, this.g * k2, this.b * k2, this.opacity);
    },
    darker(k2) {
      k2 = k2 == null ? darker : Math.pow(darker, k2);
      return new Rgb(this.r * k2, this.g * k2, this.b * k2, this.opacity);
    },
    rgb() {
      return this;
    },
    clamp() {
      return new Rgb(clampi(this.r), clampi(this.g), clampi(this.b), clampa(this.opacity));
    },
    displayable() {
      return -0.5 <= this.r && this.r < 255.5 && (-0.5 <= this.g && this.g < 255.5) && (-0.5 <= this.b && this.b < 255.5) && (0 <= this.opacity && this.opacity <= 1);
    },
    hex: rgb_formatHex,
    // Deprecated! Use color.formatHex.
    formatHex: rgb_formatHex,
    formatHex8: rgb_formatHex8,
    formatRgb: rgb_formatRgb,
    toString: rgb_formatRgb
  }));
  function rgb_formatHex() {
    return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}`;
  }
  function rgb_formatHex8() {
    return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}${hex((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
  }
  function rgb_formatRgb() {
    const a2 = clampa(this.opacity);
    return `${a2 === 1 ? "rgb(" : "rgba("}${clampi(this.r)}, ${clampi(this.g)}, ${clampi(this.b)}${a2 === 1 ? ")" : `, ${a2})`}`;
  }
  function clampa(opacity) {
    return isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
  }
  function clampi(value2) {
    return Math.max(0, Math.min(255, Math.round(value2) || 0));
  }
  function hex(value2) {
    value2 = clampi(value2);
    return (value2 < 16 ? "0" : "") + value2.toString(16);
  }
  function hsla(h, s2, l, a2) {
    if (a2 <= 0) h = s2 = l = NaN;
    else if (l <= 0 || l >= 1) h = s2 = NaN;
    else if (s2 <= 0) h = NaN;
    return new Hsl(h, s2, l, a2);
  }
  function hslConvert(o) {
    if (o instanceof Hsl) return new Hsl(o.h, o.s, o.l, o.opacity);
    if (!(o instanceof Color)) o = color(o);
    if (!o) return new Hsl();
    if (o instanceof Hsl) return o;
    o = o.rgb();
    var r = o.r / 255, g = o.g / 255, b = o.b / 255, min = Math.min(r, g, b), max = Math.max(r, g, b), h = NaN, s2 = max - min, l = (max + min) / 2;
    if (s2) {
      if (r === max) h = (g - b) / s2 + (g < b) * 6;
      else if (g === max) h = (b - r) / s2 + 2;
      else h = (r - g) / s2 + 4;
      s2 /= l < 0.5 ? max + min : 2 - max - min;
      h *= 60;
    } else {
      s2 = l > 0 && l < 1 ? 0 : h;
    }
    return new Hsl(h, s2, l, o.opacity);
  }
  function hsl(h, s2, l, opacity) {
    return arguments.length === 1 ? hslConvert(h) : new Hsl(h, s2, l, opacity == null ? 1 : opacity);
  }
  function Hsl(h, s2, l, opacity) {
    this.h = +h;
    this.s = +s2;
    this.l = +l;
    this.opacity = +opacity;
  }
  define(Hsl, hsl, extend(Color, {
    brighter(k2) {
      k2 = k2 == null ? brighter : Math.pow(brighter, k2);
      return new Hsl(this.h, this.s, this.l * k2, this.opacity);
    },
    darker(k2) {
      k2 = k2 == null ? darker : Math.pow(darker, k2);
      return new Hsl(this.h, this.s, this.l * k2, this.opacity);
    },
    rgb() {
      var h = this.h % 360 + (this.h < 0) * 360, s2 = isNaN(h) || isNaN(this.s) ? 0 : this.s, l = this.l, m2 = l + (l < 0.5 ? l : 1 - l) * s2, m1 = 2 * l - m2;
      return new Rgb(
        hsl2rgb(h >= 240 ? h - 240 : h + 120, m1, m2),
        hsl2rgb(h, m1, m2),
        hsl2rgb(h < 120 ? h + 240 : h - 120, m1, m2),
        this.opacity
      );
    },
    clamp() {
      return new Hsl(clamph(this.h), clampt(this.s), clampt(this.l), clampa(this.opacity));
    },
    displayable() {
      return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && (0 <= this.l && this.l <= 1) && (0 <= this.opacity && this.opacity <= 1);
    },
    formatHsl() {
      const a2 = clampa(this.opacity);
      return `${a2 === 1 ? "hsl(" : "hsla("}${clamph(this.h)}, ${clampt(this.s) * 100}%, ${clampt(this.l) * 100}%${a2 === 1 ? ")" : `, ${a2})`}`;
    }
  }));
  function clamph(value2) {
    value2 = (value2 || 0) % 360;
    return value2 < 0 ? value2 + 360 : value2;
  }
  function clampt(value2) {
    return Math.max(0, Math.min(1, value2 || 0));
  }
  function hsl2rgb(h, m1, m2) {
    return (h < 60 ? m1 + (m2 - m1) * h / 60 : h < 180 ? m2 : h < 240 ? m1 + (m2 - m1) * (240 - h) / 60 : m1) * 255;
  }
  var radians = Math.PI / 180;
  var degrees = 180 / Math.PI;
  var K = 18;
  var Xn = 0.96422;
  var Yn = 1;
  var Zn = 0.82521;
  var t0 = 4 / 29;
  var t1 = 6 / 29;
  var t2 = 3 * t1 * t1;
  var t3 = t1 * t1 * t1;
  function labConvert(o) {
    if (o instanceof Lab) return new Lab(o.l, o.a, o.b, o.opacity);
    if (o instanceof Hcl) return hcl2lab(o);
    if (!(o instanceof Rgb)) o = rgbConvert(o);
    var r = rgb2lrgb(o.r), g = rgb2lrgb(o.g), b = rgb2lrgb(o.b), y2 = xyz2lab((0.2225045 * r + 0.7168786 * g + 0.0606169 * b) / Yn), x2, z2;
    if (r === g && g === b) x2 = z2 = y2;
    else {
      x2 = xyz2lab((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / Xn);
      z2 = xyz2lab((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / Zn);
    }
    return new Lab(116 * y2 - 16, 500 * (x2 - y2), 200 * (y2 - z2), o.opacity);
  }
  function lab(l, a2, b, opacity) {
    return arguments.length === 1 ? labConvert(l) : new Lab(l, a2, b, opacity == null ? 1 : opacity);
  }
  function Lab(l, a2, b, opacity) {
    this.l = +l;
    this.a = +a2;
    this.b = +b;
    this.opacity = +opacity;
  }
  define(Lab, lab, extend(Color, {
    brighter(k2) {
      return new Lab(this.l + K * (k2 == null ? 1 : k2), this.a, this.b, this.opacity);
    },
    darker(k2) {
      return new Lab(this.l - K * (k2 == null ? 1 : k2), this.a, this.b, this.opacity);
    },
    rgb() {
      var y2 = (this.l + 16) / 116, x2 = isNaN(this.a) ? y2 : y2 + this.a / 500, z2 = isNaN(this.b) ? y2 : y2 - this.b / 200;
      x2 = Xn * lab2xyz(x2);
      y2 = Yn * lab2xyz(y2);
      z2 = Zn * lab2xyz(z2);
      return new Rgb(
        lrgb2rgb(3.1338561 * x2 - 1.6168667 * y2 - 0.4906146 * z2),
        lrgb2rgb(-0.9787684 * x2 + 1.9161415 * y2 + 0.033454 * z2),
        lrgb2rgb(0.0719453 * x2 - 0.2289914 * y2 + 1.4052427 * z2),
        this.opacity
      );
    }
  }));
  function xyz2lab(t) {
    return t > t3 ? Math.pow(t, 1 / 3) : t / t2 + t0;
  }
  function lab2xyz(t) {
    return t > t1 ? t * t * t : t2 * (t - t0);
  }
  function lrgb2rgb(x2) {
    return 255 * (x2 <= 31308e-7 ? 12.92 * x2 : 1.055 * Math.pow(x2, 1 / 2.4) - 0.055);
  }
  function rgb2lrgb(x2) {
    return (x2 /= 255) <= 0.04045 ? x2 / 12.92 : Math.pow((x2 + 0.055) / 1.055, 2.4);
  }
  function hclConvert(o) {
    if (o instanceof Hcl) return new Hcl(o.h, o.c, o.l, o.opacity);
    if (!(o instanceof Lab)) o = labConvert(o);
    if (o.a === 0 && o.b === 0) return new Hcl(NaN, 0 < o.l && o.l < 100 ? 0 : NaN, o.l, o.opacity);
    var h = Math.atan2(o.b, o.a) * degrees;
    return new Hcl(h < 0 ? h + 360 : h, Math.sqrt(o.a * o.a + o.b * o.b), o.l, o.opacity);
  }
  function hcl(h, c, l, opacity) {
    return arguments.length === 1 ? hclConvert(h) : new Hcl(h, c, l, opacity == null ? 1 : opacity);
  }
  function Hcl(h, c, l, opacity) {
    this.h = +h;
    this.c = +c;
    this.l = +l;
    this.opacity = +opacity;
  }
  function hcl2lab(o) {
    if (isNaN(o.h)) return new Lab(o.l, 0, 0, o.opacity);
    var h = o.h * radians;
    return new Lab(o.l, Math.cos(h) * o.c, Math.sin(h) * o.c, o.opacity);
  }
  define(Hcl, hcl, extend(Color, {
    brighter(k2) {
      return new Hcl(this.h, this.c, this.l + K * (k2 == null ? 1 : k2), this.opacity);
    },
    darker(k2) {
      return new Hcl(this.h, this.c, this.l - K * (k2 == null ? 1 : k2), this.opacity);
    },
    rgb() {
      return hcl2lab(this).rgb();
    }
  }));
  var A = -0.14861;
  var B = 1.78277;
  var C = -0.29227;
  var D = -0.90649;
  var E = 1.97294;
  var ED = E * D;
  var EB = E * B;
  var BC_DA = B * C - D * A;
  function cubehelixConvert(o) {
    if (o instanceof Cubehelix) return new Cubehelix(o.h, o.s, o.l, o.opacity);
    if (!(o instanceof Rgb)) o = rgbConvert(o);
    var r = o.r / 255, g = o.g / 255, b = o.b / 255, l = (BC_DA * b + ED * r - EB * g) / (BC_DA + ED - EB), bl = b - l, k2 = (E * (g - l) - C * bl) / D, s2 = Math.sqrt(k2 * k2 + bl * bl) / (E * l * (1 - l)), h = s2 ? Math.atan2(k2, bl) * degrees - 120 : NaN;
    return new Cubehelix(h < 0 ? h + 360 : h, s2, l, o.opacity);
  }
  function cubehelix(h, s2, l, opacity) {
    return arguments.length === 1 ? cubehelixConvert(h) : new Cubehelix(h, s2, l, opacity == null ? 1 : opacity);
  }
  function Cubehelix(h, s2, l, opacity) {
    this.h = +h;
    this.s = +s2;
    this.l = +l;
    this.opacity = +opacity;
  }
  define(Cubehelix, cubehelix, extend(Color, {
    brighter(k2) {
      k2 = k2 == null ? brighter : Math.pow(brighter, k2);
      return new Cubehelix(this.h, this.s, this.l * k2, this.opacity);
    },
    darker(k2) {
      k2 = k2 == null ? darker : Math.pow(darker, k2);
      return new Cubehelix(this.h, this.s, this.l * k2, this.opacity);
    },
    rgb() {
      var h = isNaN(this.h) ? 0 : (this.h + 120) * radians, l = +this.l, a2 = isNaN(this.s) ? 0 : this.s * l * (1 - l), cosh2 = Math.cos(h), sinh2 = Math.sin(h);
      return new Rgb(
        255 * (l + a2 * (A * cosh2 + B * sinh2)),
        255 * (l + a2 * (C * cosh2 + D * sinh2)),
        255 * (l + a2 * (E * cosh2)),
        this.opacity
      );
    }
  }));

  // node_modules/d3-interpolate/dist/d3-interpolate.mjs
  function basis(t12, v0, v1, v2, v3) {
    var t22 = t12 * t12, t32 = t22 * t12;
    return ((1 - 3 * t12 + 3 * t22 - t32) * v0 + (4 - 6 * t22 + 3 * t32) * v1 + (1 + 3 * t12 + 3 * t22 - 3 * t32) * v2 + t32 * v3) / 6;
  }
  function basis$1(values) {
    var n = values.length - 1;
    return function(t) {
      var i = t <= 0 ? t = 0 : t >= 1 ? (t = 1, n - 1) : Math.floor(t * n), v1 = values[i], v2 = values[i + 1], v0 = i > 0 ? values[i - 1] : 2 * v1 - v2, v3 = i < n - 1 ? values[i + 2] : 2 * v2 - v1;
      return basis((t - i / n) * n, v0, v1, v2, v3);
    };
  }
  function basisClosed(values) {
    var n = values.length;
    return function(t) {
      var i = Math.floor(((t %= 1) < 0 ? ++t : t) * n), v0 = values[(i + n - 1) % n], v1 = values[i % n], v2 = values[(i + 1) % n], v3 = values[(i + 2) % n];
      return basis((t - i / n) * n, v0, v1, v2, v3);
    };
  }
  var constant2 = (x2) => () => x2;
  function linear(a2, d) {
    return function(t) {
      return a2 + t * d;
    };
  }
  function exponential(a2, b, y2) {
    return a2 = Math.pow(a2, y2), b = Math.pow(b, y2) - a2, y2 = 1 / y2, function(t) {
      return Math.pow(a2 + t * b, y2);
    };
  }
  function hue$1(a2, b) {
    var d = b - a2;
    return d ? linear(a2, d > 180 || d < -180 ? d - 360 * Math.round(d / 360) : d) : constant2(isNaN(a2) ? b : a2);
  }
  function gamma(y2) {
    return (y2 = +y2) === 1 ? nogamma : function(a2, b) {
      return b - a2 ? exponential(a2, b, y2) : constant2(isNaN(a2) ? b : a2);
    };
  }
  function nogamma(a2, b) {
    var d = b - a2;
    return d ? linear(a2, d) : constant2(isNaN(a2) ? b : a2);
  }
  var rgb2 = (function rgbGamma(y2) {
    var color2 = gamma(y2);
    function rgb3(start2, end) {
      var r = color2((start2 = rgb(start2)).r, (end = rgb(end)).r), g = color2(start2.g, end.g), b = color2(start2.b, end.b), opacity = nogamma(start2.opacity, end.opacity);
      return function(t) {
        start2.r = r(t);
        start2.g = g(t);
        start2.b = b(t);
        start2.opacity = opacity(t);
        return start2 + "";
      };
    }
    rgb3.gamma = rgbGamma;
    return rgb3;
  })(1);
  function rgbSpline(spline) {
    return function(colors) {
      var n = colors.length, r = new Array(n), g = new Array(n), b = new Array(n), i, color2;
      for (i = 0; i < n; ++i) {
        color2 = rgb(colors[i]);
        r[i] = color2.r || 0;
        g[i] = color2.g || 0;
        b[i] = color2.b || 0;
      }
      r = spline(r);
      g = spline(g);
      b = spline(b);
      color2.opacity = 1;
      return function(t) {
        color2.r = r(t);
        color2.g = g(t);
        color2.b = b(t);
        return color2 + "";
      };
    };
  }
  var rgbBasis = rgbSpline(basis$1);
  var rgbBasisClosed = rgbSpline(basisClosed);
  function numberArray(a2, b) {
    if (!b) b = [];
    var n = a2 ? Math.min(b.length, a2.length) : 0, c = b.slice(), i;
    return function(t) {
      for (i = 0; i < n; ++i) c[i] = a2[i] * (1 - t) + b[i] * t;
      return c;
    };
  }
  function isNumberArray(x2) {
    return ArrayBuffer.isView(x2) && !(x2 instanceof DataView);
  }
  function genericArray(a2, b) {
    var nb = b ? b.length : 0, na = a2 ? Math.min(nb, a2.length) : 0, x2 = new Array(na), c = new Array(nb), i;
    for (i = 0; i < na; ++i) x2[i] = value(a2[i], b[i]);
    for (; i < nb; ++i) c[i] = b[i];
    return function(t) {
      for (i = 0; i < na; ++i) c[i] = x2[i](t);
      return c;
    };
  }
  function date(a2, b) {
    var d = /* @__PURE__ */ new Date();
    return a2 = +a2, b = +b, function(t) {
      return d.setTime(a2 * (1 - t) + b * t), d;
    };
  }
  function number2(a2, b) {
    return a2 = +a2, b = +b, function(t) {
      return a2 * (1 - t) + b * t;
    };
  }
  function object(a2, b) {
    var i = {}, c = {}, k2;
    if (a2 === null || typeof a2 !== "object") a2 = {};
    if (b === null || typeof b !== "object") b = {};
    for (k2 in b) {
      if (k2 in a2) {
        i[k2] = value(a2[k2], b[k2]);
      } else {
        c[k2] = b[k2];
      }
    }
    return function(t) {
      for (k2 in i) c[k2] = i[k2](t);
      return c;
    };
  }
  var reA = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g;
  var reB = new RegExp(reA.source, "g");
  function zero2(b) {
    return function() {
      return b;
    };
  }
  function one(b) {
    return function(t) {
      return b(t) + "";
    };
  }
  function string(a2, b) {
    var bi = reA.lastIndex = reB.lastIndex = 0, am, bm, bs, i = -1, s2 = [], q2 = [];
    a2 = a2 + "", b = b + "";
    while ((am = reA.exec(a2)) && (bm = reB.exec(b))) {
      if ((bs = bm.index) > bi) {
        bs = b.slice(bi, bs);
        if (s2[i]) s2[i] += bs;
        else s2[++i] = bs;
      }
      if ((am = am[0]) === (bm = bm[0])) {
        if (s2[i]) s2[i] += bm;
        else s2[++i] = bm;
      } else {
        s2[++i] = null;
        q2.push({ i, x: number2(am, bm) });
      }
      bi = reB.lastIndex;
    }
    if (bi < b.length) {
      bs = b.slice(bi);
      if (s2[i]) s2[i] += bs;
      else s2[++i] = bs;
    }
    return s2.length < 2 ? q2[0] ? one(q2[0].x) : zero2(b) : (b = q2.length, function(t) {
      for (var i2 = 0, o; i2 < b; ++i2) s2[(o = q2[i2]).i] = o.x(t);
      return s2.join("");
    });
  }
  function value(a2, b) {
    var t = typeof b, c;
    return b == null || t === "boolean" ? constant2(b) : (t === "number" ? number2 : t === "string" ? (c = color(b)) ? (b = c, rgb2) : string : b instanceof color ? rgb2 : b instanceof Date ? date : isNumberArray(b) ? numberArray : Array.isArray(b) ? genericArray : typeof b.valueOf !== "function" && typeof b.toString !== "function" || isNaN(b) ? object : number2)(a2, b);
  }
  function round(a2, b) {
    return a2 = +a2, b = +b, function(t) {
      return Math.round(a2 * (1 - t) + b * t);
    };
  }
  var degrees2 = 180 / Math.PI;
  var identity = {
    translateX: 0,
    translateY: 0,
    rotate: 0,
    skewX: 0,
    scaleX: 1,
    scaleY: 1
  };
  function decompose(a2, b, c, d, e, f) {
    var scaleX, scaleY, skewX;
    if (scaleX = Math.sqrt(a2 * a2 + b * b)) a2 /= scaleX, b /= scaleX;
    if (skewX = a2 * c + b * d) c -= a2 * skewX, d -= b * skewX;
    if (scaleY = Math.sqrt(c * c + d * d)) c /= scaleY, d /= scaleY, skewX /= scaleY;
    if (a2 * d < b * c) a2 = -a2, b = -b, skewX = -skewX, scaleX = -scaleX;
    return {
      translateX: e,
      translateY: f,
      rotate: Math.atan2(b, a2) * degrees2,
      skewX: Math.atan(skewX) * degrees2,
      scaleX,
      scaleY
    };
  }
  var svgNode;
  function parseCss(value2) {
    const m = new (typeof DOMMatrix === "function" ? DOMMatrix : WebKitCSSMatrix)(value2 + "");
    return m.isIdentity ? identity : decompose(m.a, m.b, m.c, m.d, m.e, m.f);
  }
  function parseSvg(value2) {
    if (value2 == null) return identity;
    if (!svgNode) svgNode = document.createElementNS("http://www.w3.org/2000/svg", "g");
    svgNode.setAttribute("transform", value2);
    if (!(value2 = svgNode.transform.baseVal.consolidate())) return identity;
    value2 = value2.matrix;
    return decompose(value2.a, value2.b, value2.c, value2.d, value2.e, value2.f);
  }
  function interpolateTransform(parse, pxComma, pxParen, degParen) {
    function pop(s2) {
      return s2.length ? s2.pop() + " " : "";
    }
    function translate(xa, ya, xb, yb, s2, q2) {
      if (xa !== xb || ya !== yb) {
        var i = s2.push("translate(", null, pxComma, null, pxParen);
        q2.push({ i: i - 4, x: number2(xa, xb) }, { i: i - 2, x: number2(ya, yb) });
      } else if (xb || yb) {
        s2.push("translate(" + xb + pxComma + yb + pxParen);
      }
    }
    function rotate(a2, b, s2, q2) {
      if (a2 !== b) {
        if (a2 - b > 180) b += 360;
        else if (b - a2 > 180) a2 += 360;
        q2.push({ i: s2.push(pop(s2) + "rotate(", null, degParen) - 2, x: number2(a2, b) });
      } else if (b) {
        s2.push(pop(s2) + "rotate(" + b + degParen);
      }
    }
    function skewX(a2, b, s2, q2) {
      if (a2 !== b) {
        q2.push({ i: s2.push(pop(s2) + "skewX(", null, degParen) - 2, x: number2(a2, b) });
      } else if (b) {
        s2.push(pop(s2) + "skewX(" + b + degParen);
      }
    }
    function scale(xa, ya, xb, yb, s2, q2) {
      if (xa !== xb || ya !== yb) {
        var i = s2.push(pop(s2) + "scale(", null, ",", null, ")");
        q2.push({ i: i - 4, x: number2(xa, xb) }, { i: i - 2, x: number2(ya, yb) });
      } else if (xb !== 1 || yb !== 1) {
        s2.push(pop(s2) + "scale(" + xb + "," + yb + ")");
      }
    }
    return function(a2, b) {
      var s2 = [], q2 = [];
      a2 = parse(a2), b = parse(b);
      translate(a2.translateX, a2.translateY, b.translateX, b.translateY, s2, q2);
      rotate(a2.rotate, b.rotate, s2, q2);
      skewX(a2.skewX, b.skewX, s2, q2);
      scale(a2.scaleX, a2.scaleY, b.scaleX, b.scaleY, s2, q2);
      a2 = b = null;
      return function(t) {
        var i = -1, n = q2.length, o;
        while (++i < n) s2[(o = q2[i]).i] = o.x(t);
        return s2.join("");
      };
    };
  }
  var interpolateTransformCss = interpolateTransform(parseCss, "px, ", "px)", "deg)");
  var interpolateTransformSvg = interpolateTransform(parseSvg, ", ", ")", ")");
  var epsilon2 = 1e-12;
  function cosh(x2) {
    return ((x2 = Math.exp(x2)) + 1 / x2) / 2;
  }
  function sinh(x2) {
    return ((x2 = Math.exp(x2)) - 1 / x2) / 2;
  }
  function tanh(x2) {
    return ((x2 = Math.exp(2 * x2)) - 1) / (x2 + 1);
  }
  var zoom = (function zoomRho(rho, rho2, rho4) {
    function zoom3(p0, p1) {
      var ux0 = p0[0], uy0 = p0[1], w0 = p0[2], ux1 = p1[0], uy1 = p1[1], w1 = p1[2], dx = ux1 - ux0, dy = uy1 - uy0, d2 = dx * dx + dy * dy, i, S2;
      if (d2 < epsilon2) {
        S2 = Math.log(w1 / w0) / rho;
        i = function(t) {
          return [
            ux0 + t * dx,
            uy0 + t * dy,
            w0 * Math.exp(rho * t * S2)
          ];
        };
      } else {
        var d1 = Math.sqrt(d2), b02 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1), b12 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1), r0 = Math.log(Math.sqrt(b02 * b02 + 1) - b02), r1 = Math.log(Math.sqrt(b12 * b12 + 1) - b12);
        S2 = (r1 - r0) / rho;
        i = function(t) {
          var s2 = t * S2, coshr0 = cosh(r0), u = w0 / (rho2 * d1) * (coshr0 * tanh(rho * s2 + r0) - sinh(r0));
          return [
            ux0 + u * dx,
            uy0 + u * dy,
            w0 * coshr0 / cosh(rho * s2 + r0)
          ];
        };
      }
      i.duration = Math.abs(S2) * 1e3 * rho / Math.SQRT2;
      return i;
    }
    zoom3.rho = function(_) {
      var _1 = Math.max(1e-3, +_), _2 = _1 * _1, _4 = _2 * _2;
      return zoomRho(_1, _2, _4);
    };
    return zoom3;
  })(Math.SQRT2, 2, 4);
  function hsl2(hue) {
    return function(start2, end) {
      var h = hue((start2 = hsl(start2)).h, (end = hsl(end)).h), s2 = nogamma(start2.s, end.s), l = nogamma(start2.l, end.l), opacity = nogamma(start2.opacity, end.opacity);
      return function(t) {
        start2.h = h(t);
        start2.s = s2(t);
        start2.l = l(t);
        start2.opacity = opacity(t);
        return start2 + "";
      };
    };
  }
  var hsl_default = hsl2(hue$1);
  var hslLong = hsl2(nogamma);
  function lab2(start2, end) {
    var l = nogamma((start2 = lab(start2)).l, (end = lab(end)).l), a2 = nogamma(start2.a, end.a), b = nogamma(start2.b, end.b), opacity = nogamma(start2.opacity, end.opacity);
    return function(t) {
      start2.l = l(t);
      start2.a = a2(t);
      start2.b = b(t);
      start2.opacity = opacity(t);
      return start2 + "";
    };
  }
  function hcl2(hue) {
    return function(start2, end) {
      var h = hue((start2 = hcl(start2)).h, (end = hcl(end)).h), c = nogamma(start2.c, end.c), l = nogamma(start2.l, end.l), opacity = nogamma(start2.opacity, end.opacity);
      return function(t) {
        start2.h = h(t);
        start2.c = c(t);
        start2.l = l(t);
        start2.opacity = opacity(t);
        return start2 + "";
      };
    };
  }
  var hcl_default = hcl2(hue$1);
  var hclLong = hcl2(nogamma);
  function cubehelix2(hue) {
    return (function cubehelixGamma(y2) {
      y2 = +y2;
      function cubehelix3(start2, end) {
        var h = hue((start2 = cubehelix(start2)).h, (end = cubehelix(end)).h), s2 = nogamma(start2.s, end.s), l = nogamma(start2.l, end.l), opacity = nogamma(start2.opacity, end.opacity);
        return function(t) {
          start2.h = h(t);
          start2.s = s2(t);
          start2.l = l(Math.pow(t, y2));
          start2.opacity = opacity(t);
          return start2 + "";
        };
      }
      cubehelix3.gamma = cubehelixGamma;
      return cubehelix3;
    })(1);
  }
  var cubehelix_default = cubehelix2(hue$1);
  var cubehelixLong = cubehelix2(nogamma);

  // node_modules/d3-timer/dist/d3-timer.mjs
  var frame = 0;
  var timeout$1 = 0;
  var interval$1 = 0;
  var pokeDelay = 1e3;
  var taskHead;
  var taskTail;
  var clockLast = 0;
  var clockNow = 0;
  var clockSkew = 0;
  var clock = typeof performance === "object" && performance.now ? performance : Date;
  var setFrame = typeof window === "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(f) {
    setTimeout(f, 17);
  };
  function now() {
    return clockNow || (setFrame(clearNow), clockNow = clock.now() + clockSkew);
  }
  function clearNow() {
    clockNow = 0;
  }
  function Timer() {
    this._call = this._time = this._next = null;
  }
  Timer.prototype = timer.prototype = {
    constructor: Timer,
    restart: function(callback, delay, time) {
      if (typeof callback !== "function") throw new TypeError("callback is not a function");
      time = (time == null ? now() : +time) + (delay == null ? 0 : +delay);
      if (!this._next && taskTail !== this) {
        if (taskTail) taskTail._next = this;
        else taskHead = this;
        taskTail = this;
      }
      this._call = callback;
      this._time = time;
      sleep();
    },
    stop: function() {
      if (this._call) {
        this._call = null;
        this._time = Infinity;
        sleep();
      }
    }
  };
  function timer(callback, delay, time) {
    var t = new Timer();
    t.restart(callback, delay, time);
    return t;
  }
  function timerFlush() {
    now();
    ++frame;
    var t = taskHead, e;
    while (t) {
      if ((e = clockNow - t._time) >= 0) t._call.call(void 0, e);
      t = t._next;
    }
    --frame;
  }
  function wake() {
    clockNow = (clockLast = clock.now()) + clockSkew;
    frame = timeout$1 = 0;
    try {
      timerFlush();
    } finally {
      frame = 0;
      nap();
      clockNow = 0;
    }
  }
  function poke() {
    var now2 = clock.now(), delay = now2 - clockLast;
    if (delay > pokeDelay) clockSkew -= delay, clockLast = now2;
  }
  function nap() {
    var t02, t12 = taskHead, t22, time = Infinity;
    while (t12) {
      if (t12._call) {
        if (time > t12._time) time = t12._time;
        t02 = t12, t12 = t12._next;
      } else {
        t22 = t12._next, t12._next = null;
        t12 = t02 ? t02._next = t22 : taskHead = t22;
      }
    }
    taskTail = t02;
    sleep(time);
  }
  function sleep(time) {
    if (frame) return;
    if (timeout$1) timeout$1 = clearTimeout(timeout$1);
    var delay = time - clockNow;
    if (delay > 24) {
      if (time < Infinity) timeout$1 = setTimeout(wake, Math.ceil(time - clock.now() - clockSkew) + 1);
      if (interval$1) interval$1 = clearInterval(interval$1);
    } else {
      if (!interval$1) clockLast = clock.now(), interval$1 = setInterval(poke, pokeDelay);
      frame = 1, setFrame(wake);
    }
  }
  function timeout(callback, delay, time) {
    var t = new Timer();
    delay = delay == null ? 0 : +delay;
    t.restart((elapsed) => {
      t.stop();
      callback(elapsed + delay);
    }, delay, time);
    return t;
  }

  // node_modules/d3-ease/dist/d3-ease.mjs
  function cubicInOut(t) {
    return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
  }
  var exponent = 3;
  var polyIn = (function custom(e) {
    e = +e;
    function polyIn2(t) {
      return Math.pow(t, e);
    }
    polyIn2.exponent = custom;
    return polyIn2;
  })(exponent);
  var polyOut = (function custom2(e) {
    e = +e;
    function polyOut2(t) {
      return 1 - Math.pow(1 - t, e);
    }
    polyOut2.exponent = custom2;
    return polyOut2;
  })(exponent);
  var polyInOut = (function custom3(e) {
    e = +e;
    function polyInOut2(t) {
      return ((t *= 2) <= 1 ? Math.pow(t, e) : 2 - Math.pow(2 - t, e)) / 2;
    }
    polyInOut2.exponent = custom3;
    return polyInOut2;
  })(exponent);
  var pi = Math.PI;
  var halfPi = pi / 2;
  function tpmt(x2) {
    return (Math.pow(2, -10 * x2) - 9765625e-10) * 1.0009775171065494;
  }
  var b1 = 4 / 11;
  var b2 = 6 / 11;
  var b3 = 8 / 11;
  var b4 = 3 / 4;
  var b5 = 9 / 11;
  var b6 = 10 / 11;
  var b7 = 15 / 16;
  var b8 = 21 / 22;
  var b9 = 63 / 64;
  var b0 = 1 / b1 / b1;
  var overshoot = 1.70158;
  var backIn = (function custom4(s2) {
    s2 = +s2;
    function backIn2(t) {
      return (t = +t) * t * (s2 * (t - 1) + t);
    }
    backIn2.overshoot = custom4;
    return backIn2;
  })(overshoot);
  var backOut = (function custom5(s2) {
    s2 = +s2;
    function backOut2(t) {
      return --t * t * ((t + 1) * s2 + t) + 1;
    }
    backOut2.overshoot = custom5;
    return backOut2;
  })(overshoot);
  var backInOut = (function custom6(s2) {
    s2 = +s2;
    function backInOut2(t) {
      return ((t *= 2) < 1 ? t * t * ((s2 + 1) * t - s2) : (t -= 2) * t * ((s2 + 1) * t + s2) + 2) / 2;
    }
    backInOut2.overshoot = custom6;
    return backInOut2;
  })(overshoot);
  var tau = 2 * Math.PI;
  var amplitude = 1;
  var period = 0.3;
  var elasticIn = (function custom7(a2, p) {
    var s2 = Math.asin(1 / (a2 = Math.max(1, a2))) * (p /= tau);
    function elasticIn2(t) {
      return a2 * tpmt(- --t) * Math.sin((s2 - t) / p);
    }
    elasticIn2.amplitude = function(a3) {
      return custom7(a3, p * tau);
    };
    elasticIn2.period = function(p2) {
      return custom7(a2, p2);
    };
    return elasticIn2;
  })(amplitude, period);
  var elasticOut = (function custom8(a2, p) {
    var s2 = Math.asin(1 / (a2 = Math.max(1, a2))) * (p /= tau);
    function elasticOut2(t) {
      return 1 - a2 * tpmt(t = +t) * Math.sin((t + s2) / p);
    }
    elasticOut2.amplitude = function(a3) {
      return custom8(a3, p * tau);
    };
    elasticOut2.period = function(p2) {
      return custom8(a2, p2);
    };
    return elasticOut2;
  })(amplitude, period);
  var elasticInOut = (function custom9(a2, p) {
    var s2 = Math.asin(1 / (a2 = Math.max(1, a2))) * (p /= tau);
    function elasticInOut2(t) {
      return ((t = t * 2 - 1) < 0 ? a2 * tpmt(-t) * Math.sin((s2 - t) / p) : 2 - a2 * tpmt(t) * Math.sin((s2 + t) / p)) / 2;
    }
    elasticInOut2.amplitude = function(a3) {
      return custom9(a3, p * tau);
    };
    elasticInOut2.period = function(p2) {
      return custom9(a2, p2);
    };
    return elasticInOut2;
  })(amplitude, period);

  // node_modules/d3-transition/dist/d3-transition.mjs
  var emptyOn = dispatch("start", "end", "cancel", "interrupt");
  var emptyTween = [];
  var CREATED = 0;
  var SCHEDULED = 1;
  var STARTING = 2;
  var STARTED = 3;
  var RUNNING = 4;
  var ENDING = 5;
  var ENDED = 6;
  function schedule(node, name, id2, index, group, timing) {
    var schedules = node.__transition;
    if (!schedules) node.__transition = {};
    else if (id2 in schedules) return;
    create(node, id2, {
      name,
      index,
      // For context during callback.
      group,
      // For context during callback.
      on: emptyOn,
      tween: emptyTween,
      time: timing.time,
      delay: timing.delay,
      duration: timing.duration,
      ease: timing.ease,
      timer: null,
      state: CREATED
    });
  }
  function init(node, id2) {
    var schedule2 = get2(node, id2);
    if (schedule2.state > CREATED) throw new Error("too late; already scheduled");
    return schedule2;
  }
  function set2(node, id2) {
    var schedule2 = get2(node, id2);
    if (schedule2.state > STARTED) throw new Error("too late; already running");
    return schedule2;
  }
  function get2(node, id2) {
    var schedule2 = node.__transition;
    if (!schedule2 || !(schedule2 = schedule2[id2])) throw new Error("transition not found");
    return schedule2;
  }
  function create(node, id2, self2) {
    var schedules = node.__transition, tween;
    schedules[id2] = self2;
    self2.timer = timer(schedule2, 0, self2.time);
    function schedule2(elapsed) {
      self2.state = SCHEDULED;
      self2.timer.restart(start2, self2.delay, self2.time);
      if (self2.delay <= elapsed) start2(elapsed - self2.delay);
    }
    function start2(elapsed) {
      var i, j, n, o;
      if (self2.state !== SCHEDULED) return stop();
      for (i in schedules) {
        o = schedules[i];
        if (o.name !== self2.name) continue;
        if (o.state === STARTED) return timeout(start2);
        if (o.state === RUNNING) {
          o.state = ENDED;
          o.timer.stop();
          o.on.call("interrupt", node, node.__data__, o.index, o.group);
          delete schedules[i];
        } else if (+i < id2) {
          o.state = ENDED;
          o.timer.stop();
          o.on.call("cancel", node, node.__data__, o.index, o.group);
          delete schedules[i];
        }
      }
      timeout(function() {
        if (self2.state === STARTED) {
          self2.state = RUNNING;
          self2.timer.restart(tick, self2.delay, self2.time);
          tick(elapsed);
        }
      });
      self2.state = STARTING;
      self2.on.call("start", node, node.__data__, self2.index, self2.group);
      if (self2.state !== STARTING) return;
      self2.state = STARTED;
      tween = new Array(n = self2.tween.length);
      for (i = 0, j = -1; i < n; ++i) {
        if (o = self2.tween[i].value.call(node, node.__data__, self2.index, self2.group)) {
          tween[++j] = o;
        }
      }
      tween.length = j + 1;
    }
    function tick(elapsed) {
      var t = elapsed < self2.duration ? self2.ease.call(null, elapsed / self2.duration) : (self2.timer.restart(stop), self2.state = ENDING, 1), i = -1, n = tween.length;
      while (++i < n) {
        tween[i].call(node, t);
      }
      if (self2.state === ENDING) {
        self2.on.call("end", node, node.__data__, self2.index, self2.group);
        stop();
      }
    }
    function stop() {
      self2.state = ENDED;
      self2.timer.stop();
      delete schedules[id2];
      for (var i in schedules) return;
      delete node.__transition;
    }
  }
  function interrupt(node, name) {
    var schedules = node.__transition, schedule2, active, empty2 = true, i;
    if (!schedules) return;
    name = name == null ? null : name + "";
    for (i in schedules) {
      if ((schedule2 = schedules[i]).name !== name) {
        empty2 = false;
        continue;
      }
      active = schedule2.state > STARTING && schedule2.state < ENDING;
      schedule2.state = ENDED;
      schedule2.timer.stop();
      schedule2.on.call(active ? "interrupt" : "cancel", node, node.__data__, schedule2.index, schedule2.group);
      delete schedules[i];
    }
    if (empty2) delete node.__transition;
  }
  function selection_interrupt(name) {
    return this.each(function() {
      interrupt(this, name);
    });
  }
  function tweenRemove(id2, name) {
    var tween0, tween1;
    return function() {
      var schedule2 = set2(this, id2), tween = schedule2.tween;
      if (tween !== tween0) {
        tween1 = tween0 = tween;
        for (var i = 0, n = tween1.length; i < n; ++i) {
          if (tween1[i].name === name) {
            tween1 = tween1.slice();
            tween1.splice(i, 1);
            break;
          }
        }
      }
      schedule2.tween = tween1;
    };
  }
  function tweenFunction(id2, name, value2) {
    var tween0, tween1;
    if (typeof value2 !== "function") throw new Error();
    return function() {
      var schedule2 = set2(this, id2), tween = schedule2.tween;
      if (tween !== tween0) {
        tween1 = (tween0 = tween).slice();
        for (var t = { name, value: value2 }, i = 0, n = tween1.length; i < n; ++i) {
          if (tween1[i].name === name) {
            tween1[i] = t;
            break;
          }
        }
        if (i === n) tween1.push(t);
      }
      schedule2.tween = tween1;
    };
  }
  function transition_tween(name, value2) {
    var id2 = this._id;
    name += "";
    if (arguments.length < 2) {
      var tween = get2(this.node(), id2).tween;
      for (var i = 0, n = tween.length, t; i < n; ++i) {
        if ((t = tween[i]).name === name) {
          return t.value;
        }
      }
      return null;
    }
    return this.each((value2 == null ? tweenRemove : tweenFunction)(id2, name, value2));
  }
  function tweenValue(transition2, name, value2) {
    var id2 = transition2._id;
    transition2.each(function() {
      var schedule2 = set2(this, id2);
      (schedule2.value || (schedule2.value = {}))[name] = value2.apply(this, arguments);
    });
    return function(node) {
      return get2(node, id2).value[name];
    };
  }
  function interpolate(a2, b) {
    var c;
    return (typeof b === "number" ? number2 : b instanceof color ? rgb2 : (c = color(b)) ? (b = c, rgb2) : string)(a2, b);
  }
  function attrRemove2(name) {
    return function() {
      this.removeAttribute(name);
    };
  }
  function attrRemoveNS2(fullname) {
    return function() {
      this.removeAttributeNS(fullname.space, fullname.local);
    };
  }
  function attrConstant2(name, interpolate2, value1) {
    var string00, string1 = value1 + "", interpolate0;
    return function() {
      var string0 = this.getAttribute(name);
      return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate2(string00 = string0, value1);
    };
  }
  function attrConstantNS2(fullname, interpolate2, value1) {
    var string00, string1 = value1 + "", interpolate0;
    return function() {
      var string0 = this.getAttributeNS(fullname.space, fullname.local);
      return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate2(string00 = string0, value1);
    };
  }
  function attrFunction2(name, interpolate2, value2) {
    var string00, string10, interpolate0;
    return function() {
      var string0, value1 = value2(this), string1;
      if (value1 == null) return void this.removeAttribute(name);
      string0 = this.getAttribute(name);
      string1 = value1 + "";
      return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate2(string00 = string0, value1));
    };
  }
  function attrFunctionNS2(fullname, interpolate2, value2) {
    var string00, string10, interpolate0;
    return function() {
      var string0, value1 = value2(this), string1;
      if (value1 == null) return void this.removeAttributeNS(fullname.space, fullname.local);
      string0 = this.getAttributeNS(fullname.space, fullname.local);
      string1 = value1 + "";
      return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate2(string00 = string0, value1));
    };
  }
  function transition_attr(name, value2) {
    var fullname = namespace(name), i = fullname === "transform" ? interpolateTransformSvg : interpolate;
    return this.attrTween(name, typeof value2 === "function" ? (fullname.local ? attrFunctionNS2 : attrFunction2)(fullname, i, tweenValue(this, "attr." + name, value2)) : value2 == null ? (fullname.local ? attrRemoveNS2 : attrRemove2)(fullname) : (fullname.local ? attrConstantNS2 : attrConstant2)(fullname, i, value2));
  }
  function attrInterpolate(name, i) {
    return function(t) {
      this.setAttribute(name, i.call(this, t));
    };
  }
  function attrInterpolateNS(fullname, i) {
    return function(t) {
      this.setAttributeNS(fullname.space, fullname.local, i.call(this, t));
    };
  }
  function attrTweenNS(fullname, value2) {
    var t02, i0;
    function tween() {
      var i = value2.apply(this, arguments);
      if (i !== i0) t02 = (i0 = i) && attrInterpolateNS(fullname, i);
      return t02;
    }
    tween._value = value2;
    return tween;
  }
  function attrTween(name, value2) {
    var t02, i0;
    function tween() {
      var i = value2.apply(this, arguments);
      if (i !== i0) t02 = (i0 = i) && attrInterpolate(name, i);
      return t02;
    }
    tween._value = value2;
    return tween;
  }
  function transition_attrTween(name, value2) {
    var key = "attr." + name;
    if (arguments.length < 2) return (key = this.tween(key)) && key._value;
    if (value2 == null) return this.tween(key, null);
    if (typeof value2 !== "function") throw new Error();
    var fullname = namespace(name);
    return this.tween(key, (fullname.local ? attrTweenNS : attrTween)(fullname, value2));
  }
  function delayFunction(id2, value2) {
    return function() {
      init(this, id2).delay = +value2.apply(this, arguments);
    };
  }
  function delayConstant(id2, value2) {
    return value2 = +value2, function() {
      init(this, id2).delay = value2;
    };
  }
  function transition_delay(value2) {
    var id2 = this._id;
    return arguments.length ? this.each((typeof value2 === "function" ? delayFunction : delayConstant)(id2, value2)) : get2(this.node(), id2).delay;
  }
  function durationFunction(id2, value2) {
    return function() {
      set2(this, id2).duration = +value2.apply(this, arguments);
    };
  }
  function durationConstant(id2, value2) {
    return value2 = +value2, function() {
      set2(this, id2).duration = value2;
    };
  }
  function transition_duration(value2) {
    var id2 = this._id;
    return arguments.length ? this.each((typeof value2 === "function" ? durationFunction : durationConstant)(id2, value2)) : get2(this.node(), id2).duration;
  }
  function easeConstant(id2, value2) {
    if (typeof value2 !== "function") throw new Error();
    return function() {
      set2(this, id2).ease = value2;
    };
  }
  function transition_ease(value2) {
    var id2 = this._id;
    return arguments.length ? this.each(easeConstant(id2, value2)) : get2(this.node(), id2).ease;
  }
  function easeVarying(id2, value2) {
    return function() {
      var v = value2.apply(this, arguments);
      if (typeof v !== "function") throw new Error();
      set2(this, id2).ease = v;
    };
  }
  function transition_easeVarying(value2) {
    if (typeof value2 !== "function") throw new Error();
    return this.each(easeVarying(this._id, value2));
  }
  function transition_filter(match) {
    if (typeof match !== "function") match = matcher(match);
    for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, subgroup = subgroups[j] = [], node, i = 0; i < n; ++i) {
        if ((node = group[i]) && match.call(node, node.__data__, i, group)) {
          subgroup.push(node);
        }
      }
    }
    return new Transition(subgroups, this._parents, this._name, this._id);
  }
  function transition_merge(transition2) {
    if (transition2._id !== this._id) throw new Error();
    for (var groups0 = this._groups, groups1 = transition2._groups, m0 = groups0.length, m1 = groups1.length, m = Math.min(m0, m1), merges = new Array(m0), j = 0; j < m; ++j) {
      for (var group0 = groups0[j], group1 = groups1[j], n = group0.length, merge = merges[j] = new Array(n), node, i = 0; i < n; ++i) {
        if (node = group0[i] || group1[i]) {
          merge[i] = node;
        }
      }
    }
    for (; j < m0; ++j) {
      merges[j] = groups0[j];
    }
    return new Transition(merges, this._parents, this._name, this._id);
  }
  function start(name) {
    return (name + "").trim().split(/^|\s+/).every(function(t) {
      var i = t.indexOf(".");
      if (i >= 0) t = t.slice(0, i);
      return !t || t === "start";
    });
  }
  function onFunction(id2, name, listener) {
    var on0, on1, sit = start(name) ? init : set2;
    return function() {
      var schedule2 = sit(this, id2), on2 = schedule2.on;
      if (on2 !== on0) (on1 = (on0 = on2).copy()).on(name, listener);
      schedule2.on = on1;
    };
  }
  function transition_on(name, listener) {
    var id2 = this._id;
    return arguments.length < 2 ? get2(this.node(), id2).on.on(name) : this.each(onFunction(id2, name, listener));
  }
  function removeFunction(id2) {
    return function() {
      var parent = this.parentNode;
      for (var i in this.__transition) if (+i !== id2) return;
      if (parent) parent.removeChild(this);
    };
  }
  function transition_remove() {
    return this.on("end.remove", removeFunction(this._id));
  }
  function transition_select(select2) {
    var name = this._name, id2 = this._id;
    if (typeof select2 !== "function") select2 = selector(select2);
    for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, subgroup = subgroups[j] = new Array(n), node, subnode, i = 0; i < n; ++i) {
        if ((node = group[i]) && (subnode = select2.call(node, node.__data__, i, group))) {
          if ("__data__" in node) subnode.__data__ = node.__data__;
          subgroup[i] = subnode;
          schedule(subgroup[i], name, id2, i, subgroup, get2(node, id2));
        }
      }
    }
    return new Transition(subgroups, this._parents, name, id2);
  }
  function transition_selectAll(select2) {
    var name = this._name, id2 = this._id;
    if (typeof select2 !== "function") select2 = selectorAll(select2);
    for (var groups = this._groups, m = groups.length, subgroups = [], parents = [], j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) {
        if (node = group[i]) {
          for (var children2 = select2.call(node, node.__data__, i, group), child, inherit2 = get2(node, id2), k2 = 0, l = children2.length; k2 < l; ++k2) {
            if (child = children2[k2]) {
              schedule(child, name, id2, k2, children2, inherit2);
            }
          }
          subgroups.push(children2);
          parents.push(node);
        }
      }
    }
    return new Transition(subgroups, parents, name, id2);
  }
  var Selection2 = selection.prototype.constructor;
  function transition_selection() {
    return new Selection2(this._groups, this._parents);
  }
  function styleNull(name, interpolate2) {
    var string00, string10, interpolate0;
    return function() {
      var string0 = styleValue(this, name), string1 = (this.style.removeProperty(name), styleValue(this, name));
      return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : interpolate0 = interpolate2(string00 = string0, string10 = string1);
    };
  }
  function styleRemove2(name) {
    return function() {
      this.style.removeProperty(name);
    };
  }
  function styleConstant2(name, interpolate2, value1) {
    var string00, string1 = value1 + "", interpolate0;
    return function() {
      var string0 = styleValue(this, name);
      return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate2(string00 = string0, value1);
    };
  }
  function styleFunction2(name, interpolate2, value2) {
    var string00, string10, interpolate0;
    return function() {
      var string0 = styleValue(this, name), value1 = value2(this), string1 = value1 + "";
      if (value1 == null) string1 = value1 = (this.style.removeProperty(name), styleValue(this, name));
      return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate2(string00 = string0, value1));
    };
  }
  function styleMaybeRemove(id2, name) {
    var on0, on1, listener0, key = "style." + name, event = "end." + key, remove2;
    return function() {
      var schedule2 = set2(this, id2), on2 = schedule2.on, listener = schedule2.value[key] == null ? remove2 || (remove2 = styleRemove2(name)) : void 0;
      if (on2 !== on0 || listener0 !== listener) (on1 = (on0 = on2).copy()).on(event, listener0 = listener);
      schedule2.on = on1;
    };
  }
  function transition_style(name, value2, priority) {
    var i = (name += "") === "transform" ? interpolateTransformCss : interpolate;
    return value2 == null ? this.styleTween(name, styleNull(name, i)).on("end.style." + name, styleRemove2(name)) : typeof value2 === "function" ? this.styleTween(name, styleFunction2(name, i, tweenValue(this, "style." + name, value2))).each(styleMaybeRemove(this._id, name)) : this.styleTween(name, styleConstant2(name, i, value2), priority).on("end.style." + name, null);
  }
  function styleInterpolate(name, i, priority) {
    return function(t) {
      this.style.setProperty(name, i.call(this, t), priority);
    };
  }
  function styleTween(name, value2, priority) {
    var t, i0;
    function tween() {
      var i = value2.apply(this, arguments);
      if (i !== i0) t = (i0 = i) && styleInterpolate(name, i, priority);
      return t;
    }
    tween._value = value2;
    return tween;
  }
  function transition_styleTween(name, value2, priority) {
    var key = "style." + (name += "");
    if (arguments.length < 2) return (key = this.tween(key)) && key._value;
    if (value2 == null) return this.tween(key, null);
    if (typeof value2 !== "function") throw new Error();
    return this.tween(key, styleTween(name, value2, priority == null ? "" : priority));
  }
  function textConstant2(value2) {
    return function() {
      this.textContent = value2;
    };
  }
  function textFunction2(value2) {
    return function() {
      var value1 = value2(this);
      this.textContent = value1 == null ? "" : value1;
    };
  }
  function transition_text(value2) {
    return this.tween("text", typeof value2 === "function" ? textFunction2(tweenValue(this, "text", value2)) : textConstant2(value2 == null ? "" : value2 + ""));
  }
  function textInterpolate(i) {
    return function(t) {
      this.textContent = i.call(this, t);
    };
  }
  function textTween(value2) {
    var t02, i0;
    function tween() {
      var i = value2.apply(this, arguments);
      if (i !== i0) t02 = (i0 = i) && textInterpolate(i);
      return t02;
    }
    tween._value = value2;
    return tween;
  }
  function transition_textTween(value2) {
    var key = "text";
    if (arguments.length < 1) return (key = this.tween(key)) && key._value;
    if (value2 == null) return this.tween(key, null);
    if (typeof value2 !== "function") throw new Error();
    return this.tween(key, textTween(value2));
  }
  function transition_transition() {
    var name = this._name, id0 = this._id, id1 = newId();
    for (var groups = this._groups, m = groups.length, j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) {
        if (node = group[i]) {
          var inherit2 = get2(node, id0);
          schedule(node, name, id1, i, group, {
            time: inherit2.time + inherit2.delay + inherit2.duration,
            delay: 0,
            duration: inherit2.duration,
            ease: inherit2.ease
          });
        }
      }
    }
    return new Transition(groups, this._parents, name, id1);
  }
  function transition_end() {
    var on0, on1, that = this, id2 = that._id, size = that.size();
    return new Promise(function(resolve, reject) {
      var cancel = { value: reject }, end = { value: function() {
        if (--size === 0) resolve();
      } };
      that.each(function() {
        var schedule2 = set2(this, id2), on2 = schedule2.on;
        if (on2 !== on0) {
          on1 = (on0 = on2).copy();
          on1._.cancel.push(cancel);
          on1._.interrupt.push(cancel);
          on1._.end.push(end);
        }
        schedule2.on = on1;
      });
      if (size === 0) resolve();
    });
  }
  var id = 0;
  function Transition(groups, parents, name, id2) {
    this._groups = groups;
    this._parents = parents;
    this._name = name;
    this._id = id2;
  }
  function transition(name) {
    return selection().transition(name);
  }
  function newId() {
    return ++id;
  }
  var selection_prototype = selection.prototype;
  Transition.prototype = transition.prototype = {
    constructor: Transition,
    select: transition_select,
    selectAll: transition_selectAll,
    selectChild: selection_prototype.selectChild,
    selectChildren: selection_prototype.selectChildren,
    filter: transition_filter,
    merge: transition_merge,
    selection: transition_selection,
    transition: transition_transition,
    call: selection_prototype.call,
    nodes: selection_prototype.nodes,
    node: selection_prototype.node,
    size: selection_prototype.size,
    empty: selection_prototype.empty,
    each: selection_prototype.each,
    on: transition_on,
    attr: transition_attr,
    attrTween: transition_attrTween,
    style: transition_style,
    styleTween: transition_styleTween,
    text: transition_text,
    textTween: transition_textTween,
    remove: transition_remove,
    tween: transition_tween,
    delay: transition_delay,
    duration: transition_duration,
    ease: transition_ease,
    easeVarying: transition_easeVarying,
    end: transition_end,
    [Symbol.iterator]: selection_prototype[Symbol.iterator]
  };
  var defaultTiming = {
    time: null,
    // Set on use.
    delay: 0,
    duration: 250,
    ease: cubicInOut
  };
  function inherit(node, id2) {
    var timing;
    while (!(timing = node.__transition) || !(timing = timing[id2])) {
      if (!(node = node.parentNode)) {
        throw new Error(`transition ${id2} not found`);
      }
    }
    return timing;
  }
  function selection_transition(name) {
    var id2, timing;
    if (name instanceof Transition) {
      id2 = name._id, name = name._name;
    } else {
      id2 = newId(), (timing = defaultTiming).time = now(), name = name == null ? null : name + "";
    }
    for (var groups = this._groups, m = groups.length, j = 0; j < m; ++j) {
      for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) {
        if (node = group[i]) {
          schedule(node, name, id2, i, group, timing || inherit(node, id2));
        }
      }
    }
    return new Transition(groups, this._parents, name, id2);
  }
  selection.prototype.interrupt = selection_interrupt;
  selection.prototype.transition = selection_transition;

  // node_modules/d3-path/dist/d3-path.mjs
  var pi2 = Math.PI;
  var tau2 = 2 * pi2;
  var epsilon = 1e-6;
  var tauEpsilon = tau2 - epsilon;
  function append(strings) {
    this._ += strings[0];
    for (let i = 1, n = strings.length; i < n; ++i) {
      this._ += arguments[i] + strings[i];
    }
  }
  function appendRound(digits) {
    let d = Math.floor(digits);
    if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
    if (d > 15) return append;
    const k2 = 10 ** d;
    return function(strings) {
      this._ += strings[0];
      for (let i = 1, n = strings.length; i < n; ++i) {
        this._ += Math.round(arguments[i] * k2) / k2 + strings[i];
      }
    };
  }
  function equal(x0, y0, x1, y1) {
    return x0 === x1 && y0 === y1;
  }
  function equalRound(digits) {
    const d = Math.floor(digits);
    if (!(d <= 15)) return equal;
    const k2 = 10 ** d;
    const r = function(value2) {
      return Math.round(value2 * k2);
    };
    return function(x0, y0, x1, y1) {
      return r(x0) === r(x1) && r(y0) === r(y1);
    };
  }
  var Path = class {
    constructor(digits) {
      this._x0 = this._y0 = // start of current subpath
      this._x1 = this._y1 = null;
      this._ = "";
      this._append = digits == null ? append : appendRound(digits);
      this._equal = digits == null ? equal : equalRound(digits);
    }
    moveTo(x2, y2) {
      this._append`M${this._x0 = this._x1 = +x2},${this._y0 = this._y1 = +y2}`;
    }
    closePath() {
      if (this._x1 !== null) {
        this._x1 = this._x0, this._y1 = this._y0;
        this._append`Z`;
      }
    }
    lineTo(x2, y2) {
      this._append`L${this._x1 = +x2},${this._y1 = +y2}`;
    }
    quadraticCurveTo(x1, y1, x2, y2) {
      this._append`Q${+x1},${+y1},${this._x1 = +x2},${this._y1 = +y2}`;
    }
    bezierCurveTo(x1, y1, x2, y2, x3, y3) {
      this._append`C${+x1},${+y1},${+x2},${+y2},${this._x1 = +x3},${this._y1 = +y3}`;
    }
    arcTo(x1, y1, x2, y2, r) {
      x1 = +x1, y1 = +y1, x2 = +x2, y2 = +y2, r = +r;
      if (r < 0) throw new Error(`negative radius: ${r}`);
      let x0 = this._x1, y0 = this._y1, x21 = x2 - x1, y21 = y2 - y1, x01 = x0 - x1, y01 = y0 - y1, l01_2 = x01 * x01 + y01 * y01;
      if (this._x1 === null) {
        this._append`M${this._x1 = x1},${this._y1 = y1}`;
      } else if (!(l01_2 > epsilon)) ;
      else if (!(Math.abs(y01 * x21 - y21 * x01) > epsilon) || !r) {
        this._append`L${this._x1 = x1},${this._y1 = y1}`;
      } else {
        let x20 = x2 - x0, y20 = y2 - y0, l21_2 = x21 * x21 + y21 * y21, l20_2 = x20 * x20 + y20 * y20, l21 = Math.sqrt(l21_2), l01 = Math.sqrt(l01_2), l = r * Math.tan((pi2 - Math.acos((l21_2 + l01_2 - l20_2) / (2 * l21 * l01))) / 2), t01 = l / l01, t21 = l / l21;
        if (Math.abs(t01 - 1) > epsilon) {
          this._append`L${x1 + t01 * x01},${y1 + t01 * y01}`;
        }
        this._append`A${r},${r},0,0,${+(y01 * x20 > x01 * y20)},${this._x1 = x1 + t21 * x21},${this._y1 = y1 + t21 * y21}`;
      }
    }
    arc(x2, y2, r, a0, a1, ccw) {
      x2 = +x2, y2 = +y2, r = +r, ccw = !!ccw;
      if (r < 0) throw new Error(`negative radius: ${r}`);
      let dx = r * Math.cos(a0), dy = r * Math.sin(a0), x0 = x2 + dx, y0 = y2 + dy, cw = 1 ^ ccw, da = ccw ? a0 - a1 : a1 - a0;
      if (this._x1 === null) {
        this._append`M${x0},${y0}`;
      } else if (Math.abs(this._x1 - x0) > epsilon || Math.abs(this._y1 - y0) > epsilon) {
        this._append`L${x0},${y0}`;
      }
      if (!r) return;
      if (da < 0) da = da % tau2 + tau2;
      if (da > tauEpsilon) {
        this._append`A${r},${r},0,1,${cw},${x2 - dx},${y2 - dy}A${r},${r},0,1,${cw},${this._x1 = x0},${this._y1 = y0}`;
      } else if (da > epsilon) {
        const x1 = x2 + r * Math.cos(a1);
        const y1 = y2 + r * Math.sin(a1);
        if (da >= pi2 && this._equal(x0, y0, x1, y1)) {
          da /= 2;
          let a00 = a0 + da;
          this._append`A${r},${r},0,${+(da >= pi2)},${cw},${x2 + r * Math.cos(a00)},${y2 + r * Math.sin(a00)}`;
        }
        this._append`A${r},${r},0,${+(da >= pi2)},${cw},${this._x1 = x1},${this._y1 = y1}`;
      }
    }
    rect(x2, y2, w, h) {
      this._append`M${this._x0 = this._x1 = +x2},${this._y0 = this._y1 = +y2}h${w = +w}v${+h}h${-w}Z`;
    }
    toString() {
      return this._;
    }
  };
  function path() {
    return new Path();
  }
  path.prototype = Path.prototype;

  // node_modules/d3-format/dist/d3-format.mjs
  function formatDecimal(x2) {
    return Math.abs(x2 = Math.round(x2)) >= 1e21 ? x2.toLocaleString("en").replace(/,/g, "") : x2.toString(10);
  }
  function formatDecimalParts(x2, p) {
    if (!isFinite(x2) || x2 === 0) return null;
    var i = (x2 = p ? x2.toExponential(p - 1) : x2.toExponential()).indexOf("e"), coefficient = x2.slice(0, i);
    return [
      coefficient.length > 1 ? coefficient[0] + coefficient.slice(2) : coefficient,
      +x2.slice(i + 1)
    ];
  }
  function exponent2(x2) {
    return x2 = formatDecimalParts(Math.abs(x2)), x2 ? x2[1] : NaN;
  }
  function formatGroup(grouping, thousands) {
    return function(value2, width) {
      var i = value2.length, t = [], j = 0, g = grouping[0], length = 0;
      while (i > 0 && g > 0) {
        if (length + g + 1 > width) g = Math.max(1, width - length);
        t.push(value2.substring(i -= g, i + g));
        if ((length += g + 1) > width) break;
        g = grouping[j = (j + 1) % grouping.length];
      }
      return t.reverse().join(thousands);
    };
  }
  function formatNumerals(numerals) {
    return function(value2) {
      return value2.replace(/[0-9]/g, function(i) {
        return numerals[+i];
      });
    };
  }
  var re = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
  function formatSpecifier(specifier) {
    if (!(match = re.exec(specifier))) throw new Error("invalid format: " + specifier);
    var match;
    return new FormatSpecifier({
      fill: match[1],
      align: match[2],
      sign: match[3],
      symbol: match[4],
      zero: match[5],
      width: match[6],
      comma: match[7],
      precision: match[8] && match[8].slice(1),
      trim: match[9],
      type: match[10]
    });
  }
  formatSpecifier.prototype = FormatSpecifier.prototype;
  function FormatSpecifier(specifier) {
    this.fill = specifier.fill === void 0 ? " " : specifier.fill + "";
    this.align = specifier.align === void 0 ? ">" : specifier.align + "";
    this.sign = specifier.sign === void 0 ? "-" : specifier.sign + "";
    this.symbol = specifier.symbol === void 0 ? "" : specifier.symbol + "";
    this.zero = !!specifier.zero;
    this.width = specifier.width === void 0 ? void 0 : +specifier.width;
    this.comma = !!specifier.comma;
    this.precision = specifier.precision === void 0 ? void 0 : +specifier.precision;
    this.trim = !!specifier.trim;
    this.type = specifier.type === void 0 ? "" : specifier.type + "";
  }
  FormatSpecifier.prototype.toString = function() {
    return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
  };
  function formatTrim(s2) {
    out: for (var n = s2.length, i = 1, i0 = -1, i1; i < n; ++i) {
      switch (s2[i]) {
        case ".":
          i0 = i1 = i;
          break;
        case "0":
          if (i0 === 0) i0 = i;
          i1 = i;
          break;
        default:
          if (!+s2[i]) break out;
          if (i0 > 0) i0 = 0;
          break;
      }
    }
    return i0 > 0 ? s2.slice(0, i0) + s2.slice(i1 + 1) : s2;
  }
  var prefixExponent;
  function formatPrefixAuto(x2, p) {
    var d = formatDecimalParts(x2, p);
    if (!d) return prefixExponent = void 0, x2.toPrecision(p);
    var coefficient = d[0], exponent3 = d[1], i = exponent3 - (prefixExponent = Math.max(-8, Math.min(8, Math.floor(exponent3 / 3))) * 3) + 1, n = coefficient.length;
    return i === n ? coefficient : i > n ? coefficient + new Array(i - n + 1).join("0") : i > 0 ? coefficient.slice(0, i) + "." + coefficient.slice(i) : "0." + new Array(1 - i).join("0") + formatDecimalParts(x2, Math.max(0, p + i - 1))[0];
  }
  function formatRounded(x2, p) {
    var d = formatDecimalParts(x2, p);
    if (!d) return x2 + "";
    var coefficient = d[0], exponent3 = d[1];
    return exponent3 < 0 ? "0." + new Array(-exponent3).join("0") + coefficient : coefficient.length > exponent3 + 1 ? coefficient.slice(0, exponent3 + 1) + "." + coefficient.slice(exponent3 + 1) : coefficient + new Array(exponent3 - coefficient.length + 2).join("0");
  }
  var formatTypes = {
    "%": (x2, p) => (x2 * 100).toFixed(p),
    "b": (x2) => Math.round(x2).toString(2),
    "c": (x2) => x2 + "",
    "d": formatDecimal,
    "e": (x2, p) => x2.toExponential(p),
    "f": (x2, p) => x2.toFixed(p),
    "g": (x2, p) => x2.toPrecision(p),
    "o": (x2) => Math.round(x2).toString(8),
    "p": (x2, p) => formatRounded(x2 * 100, p),
    "r": formatRounded,
    "s": formatPrefixAuto,
    "X": (x2) => Math.round(x2).toString(16).toUpperCase(),
    "x": (x2) => Math.round(x2).toString(16)
  };
  function identity2(x2) {
    return x2;
  }
  var map = Array.prototype.map;
  var prefixes = ["y", "z", "a", "f", "p", "n", "\xB5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];
  function formatLocale(locale2) {
    var group = locale2.grouping === void 0 || locale2.thousands === void 0 ? identity2 : formatGroup(map.call(locale2.grouping, Number), locale2.thousands + ""), currencyPrefix = locale2.currency === void 0 ? "" : locale2.currency[0] + "", currencySuffix = locale2.currency === void 0 ? "" : locale2.currency[1] + "", decimal = locale2.decimal === void 0 ? "." : locale2.decimal + "", numerals = locale2.numerals === void 0 ? identity2 : formatNumerals(map.call(locale2.numerals, String)), percent = locale2.percent === void 0 ? "%" : locale2.percent + "", minus = locale2.minus === void 0 ? "\u2212" : locale2.minus + "", nan = locale2.nan === void 0 ? "NaN" : locale2.nan + "";
    function newFormat(specifier, options) {
      specifier = formatSpecifier(specifier);
      var fill = specifier.fill, align = specifier.align, sign2 = specifier.sign, symbol = specifier.symbol, zero3 = specifier.zero, width = specifier.width, comma = specifier.comma, precision = specifier.precision, trim = specifier.trim, type = specifier.type;
      if (type === "n") comma = true, type = "g";
      else if (!formatTypes[type]) precision === void 0 && (precision = 12), trim = true, type = "g";
      if (zero3 || fill === "0" && align === "=") zero3 = true, fill = "0", align = "=";
      var prefix = (options && options.prefix !== void 0 ? options.prefix : "") + (symbol === "$" ? currencyPrefix : symbol === "#" && /[boxX]/.test(type) ? "0" + type.toLowerCase() : ""), suffix = (symbol === "$" ? currencySuffix : /[%p]/.test(type) ? percent : "") + (options && options.suffix !== void 0 ? options.suffix : "");
      var formatType = formatTypes[type], maybeSuffix = /[defgprs%]/.test(type);
      precision = precision === void 0 ? 6 : /[gprs]/.test(type) ? Math.max(1, Math.min(21, precision)) : Math.max(0, Math.min(20, precision));
      function format2(value2) {
        var valuePrefix = prefix, valueSuffix = suffix, i, n, c;
        if (type === "c") {
          valueSuffix = formatType(value2) + valueSuffix;
          value2 = "";
        } else {
          value2 = +value2;
          var valueNegative = value2 < 0 || 1 / value2 < 0;
          value2 = isNaN(value2) ? nan : formatType(Math.abs(value2), precision);
          if (trim) value2 = formatTrim(value2);
          if (valueNegative && +value2 === 0 && sign2 !== "+") valueNegative = false;
          valuePrefix = (valueNegative ? sign2 === "(" ? sign2 : minus : sign2 === "-" || sign2 === "(" ? "" : sign2) + valuePrefix;
          valueSuffix = (type === "s" && !isNaN(value2) && prefixExponent !== void 0 ? prefixes[8 + prefixExponent / 3] : "") + valueSuffix + (valueNegative && sign2 === "(" ? ")" : "");
          if (maybeSuffix) {
            i = -1, n = value2.length;
            while (++i < n) {
              if (c = value2.charCodeAt(i), 48 > c || c > 57) {
                valueSuffix = (c === 46 ? decimal + value2.slice(i + 1) : value2.slice(i)) + valueSuffix;
                value2 = value2.slice(0, i);
                break;
              }
            }
          }
        }
        if (comma && !zero3) value2 = group(value2, Infinity);
        var length = valuePrefix.length + value2.length + valueSuffix.length, padding = length < width ? new Array(width - length + 1).join(fill) : "";
        if (comma && zero3) value2 = group(padding + value2, padding.length ? width - valueSuffix.length : Infinity), padding = "";
        switch (align) {
          case "<":
            value2 = valuePrefix + value2 + valueSuffix + padding;
            break;
          case "=":
            value2 = valuePrefix + padding + value2 + valueSuffix;
            break;
          case "^":
            value2 = padding.slice(0, length = padding.length >> 1) + valuePrefix + value2 + valueSuffix + padding.slice(length);
            break;
          default:
            value2 = padding + valuePrefix + value2 + valueSuffix;
            break;
        }
        return numerals(value2);
      }
      format2.toString = function() {
        return specifier + "";
      };
      return format2;
    }
    function formatPrefix2(specifier, value2) {
      var e = Math.max(-8, Math.min(8, Math.floor(exponent2(value2) / 3))) * 3, k2 = Math.pow(10, -e), f = newFormat((specifier = formatSpecifier(specifier), specifier.type = "f", specifier), { suffix: prefixes[8 + e / 3] });
      return function(value3) {
        return f(k2 * value3);
      };
    }
    return {
      format: newFormat,
      formatPrefix: formatPrefix2
    };
  }
  var locale;
  var format;
  var formatPrefix;
  defaultLocale({
    thousands: ",",
    grouping: [3],
    currency: ["$", ""]
  });
  function defaultLocale(definition) {
    locale = formatLocale(definition);
    format = locale.format;
    formatPrefix = locale.formatPrefix;
    return locale;
  }
  function precisionFixed(step) {
    return Math.max(0, -exponent2(Math.abs(step)));
  }
  function precisionPrefix(step, value2) {
    return Math.max(0, Math.max(-8, Math.min(8, Math.floor(exponent2(value2) / 3))) * 3 - exponent2(Math.abs(step)));
  }
  function precisionRound(step, max) {
    step = Math.abs(step), max = Math.abs(max) - step;
    return Math.max(0, exponent2(max) - exponent2(step)) + 1;
  }

  // node_modules/d3-scale/dist/d3-scale.mjs
  function initRange(domain, range3) {
    switch (arguments.length) {
      case 0:
        break;
      case 1:
        this.range(domain);
        break;
      default:
        this.range(range3).domain(domain);
        break;
    }
    return this;
  }
  function constants(x2) {
    return function() {
      return x2;
    };
  }
  function number$1(x2) {
    return +x2;
  }
  var unit = [0, 1];
  function identity$1(x2) {
    return x2;
  }
  function normalize(a2, b) {
    return (b -= a2 = +a2) ? function(x2) {
      return (x2 - a2) / b;
    } : constants(isNaN(b) ? NaN : 0.5);
  }
  function clamper(a2, b) {
    var t;
    if (a2 > b) t = a2, a2 = b, b = t;
    return function(x2) {
      return Math.max(a2, Math.min(b, x2));
    };
  }
  function bimap(domain, range3, interpolate2) {
    var d0 = domain[0], d1 = domain[1], r0 = range3[0], r1 = range3[1];
    if (d1 < d0) d0 = normalize(d1, d0), r0 = interpolate2(r1, r0);
    else d0 = normalize(d0, d1), r0 = interpolate2(r0, r1);
    return function(x2) {
      return r0(d0(x2));
    };
  }
  function polymap(domain, range3, interpolate2) {
    var j = Math.min(domain.length, range3.length) - 1, d = new Array(j), r = new Array(j), i = -1;
    if (domain[j] < domain[0]) {
      domain = domain.slice().reverse();
      range3 = range3.slice().reverse();
    }
    while (++i < j) {
      d[i] = normalize(domain[i], domain[i + 1]);
      r[i] = interpolate2(range3[i], range3[i + 1]);
    }
    return function(x2) {
      var i2 = bisectRight(domain, x2, 1, j) - 1;
      return r[i2](d[i2](x2));
    };
  }
  function copy$1(source, target) {
    return target.domain(source.domain()).range(source.range()).interpolate(source.interpolate()).clamp(source.clamp()).unknown(source.unknown());
  }
  function transformer$2() {
    var domain = unit, range3 = unit, interpolate$1 = value, transform2, untransform, unknown, clamp = identity$1, piecewise2, output, input;
    function rescale() {
      var n = Math.min(domain.length, range3.length);
      if (clamp !== identity$1) clamp = clamper(domain[0], domain[n - 1]);
      piecewise2 = n > 2 ? polymap : bimap;
      output = input = null;
      return scale;
    }
    function scale(x2) {
      return x2 == null || isNaN(x2 = +x2) ? unknown : (output || (output = piecewise2(domain.map(transform2), range3, interpolate$1)))(transform2(clamp(x2)));
    }
    scale.invert = function(y2) {
      return clamp(untransform((input || (input = piecewise2(range3, domain.map(transform2), number2)))(y2)));
    };
    scale.domain = function(_) {
      return arguments.length ? (domain = Array.from(_, number$1), rescale()) : domain.slice();
    };
    scale.range = function(_) {
      return arguments.length ? (range3 = Array.from(_), rescale()) : range3.slice();
    };
    scale.rangeRound = function(_) {
      return range3 = Array.from(_), interpolate$1 = round, rescale();
    };
    scale.clamp = function(_) {
      return arguments.length ? (clamp = _ ? true : identity$1, rescale()) : clamp !== identity$1;
    };
    scale.interpolate = function(_) {
      return arguments.length ? (interpolate$1 = _, rescale()) : interpolate$1;
    };
    scale.unknown = function(_) {
      return arguments.length ? (unknown = _, scale) : unknown;
    };
    return function(t, u) {
      transform2 = t, untransform = u;
      return rescale();
    };
  }
  function continuous() {
    return transformer$2()(identity$1, identity$1);
  }
  function tickFormat(start2, stop, count, specifier) {
    var step = tickStep(start2, stop, count), precision;
    specifier = formatSpecifier(specifier == null ? ",f" : specifier);
    switch (specifier.type) {
      case "s": {
        var value2 = Math.max(Math.abs(start2), Math.abs(stop));
        if (specifier.precision == null && !isNaN(precision = precisionPrefix(step, value2))) specifier.precision = precision;
        return formatPrefix(specifier, value2);
      }
      case "":
      case "e":
      case "g":
      case "p":
      case "r": {
        if (specifier.precision == null && !isNaN(precision = precisionRound(step, Math.max(Math.abs(start2), Math.abs(stop))))) specifier.precision = precision - (specifier.type === "e");
        break;
      }
      case "f":
      case "%": {
        if (specifier.precision == null && !isNaN(precision = precisionFixed(step))) specifier.precision = precision - (specifier.type === "%") * 2;
        break;
      }
    }
    return format(specifier);
  }
  function linearish(scale) {
    var domain = scale.domain;
    scale.ticks = function(count) {
      var d = domain();
      return ticks(d[0], d[d.length - 1], count == null ? 10 : count);
    };
    scale.tickFormat = function(count, specifier) {
      var d = domain();
      return tickFormat(d[0], d[d.length - 1], count == null ? 10 : count, specifier);
    };
    scale.nice = function(count) {
      if (count == null) count = 10;
      var d = domain();
      var i0 = 0;
      var i1 = d.length - 1;
      var start2 = d[i0];
      var stop = d[i1];
      var prestep;
      var step;
      var maxIter = 10;
      if (stop < start2) {
        step = start2, start2 = stop, stop = step;
        step = i0, i0 = i1, i1 = step;
      }
      while (maxIter-- > 0) {
        step = tickIncrement(start2, stop, count);
        if (step === prestep) {
          d[i0] = start2;
          d[i1] = stop;
          return domain(d);
        } else if (step > 0) {
          start2 = Math.floor(start2 / step) * step;
          stop = Math.ceil(stop / step) * step;
        } else if (step < 0) {
          start2 = Math.ceil(start2 * step) / step;
          stop = Math.floor(stop * step) / step;
        } else {
          break;
        }
        prestep = step;
      }
      return scale;
    };
    return scale;
  }
  function linear2() {
    var scale = continuous();
    scale.copy = function() {
      return copy$1(scale, linear2());
    };
    initRange.apply(scale, arguments);
    return linearish(scale);
  }

  // node_modules/d3-shape/dist/d3-shape.mjs
  function constant3(x2) {
    return function constant5() {
      return x2;
    };
  }
  var cos = Math.cos;
  var sin = Math.sin;
  var sqrt = Math.sqrt;
  var epsilon3 = 1e-12;
  var pi3 = Math.PI;
  var halfPi2 = pi3 / 2;
  var tau3 = 2 * pi3;
  function withPath(shape) {
    let digits = 3;
    shape.digits = function(_) {
      if (!arguments.length) return digits;
      if (_ == null) {
        digits = null;
      } else {
        const d = Math.floor(_);
        if (!(d >= 0)) throw new RangeError(`invalid digits: ${_}`);
        digits = d;
      }
      return shape;
    };
    return () => new Path(digits);
  }
  var slice2 = Array.prototype.slice;
  function array3(x2) {
    return typeof x2 === "object" && "length" in x2 ? x2 : Array.from(x2);
  }
  function Linear(context) {
    this._context = context;
  }
  Linear.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._point = 0;
    },
    lineEnd: function() {
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
        // falls through
        default:
          this._context.lineTo(x2, y2);
          break;
      }
    }
  };
  function curveLinear(context) {
    return new Linear(context);
  }
  function x(p) {
    return p[0];
  }
  function y(p) {
    return p[1];
  }
  function line(x$1, y$1) {
    var defined = constant3(true), context = null, curve = curveLinear, output = null, path2 = withPath(line2);
    x$1 = typeof x$1 === "function" ? x$1 : x$1 === void 0 ? x : constant3(x$1);
    y$1 = typeof y$1 === "function" ? y$1 : y$1 === void 0 ? y : constant3(y$1);
    function line2(data) {
      var i, n = (data = array3(data)).length, d, defined0 = false, buffer;
      if (context == null) output = curve(buffer = path2());
      for (i = 0; i <= n; ++i) {
        if (!(i < n && defined(d = data[i], i, data)) === defined0) {
          if (defined0 = !defined0) output.lineStart();
          else output.lineEnd();
        }
        if (defined0) output.point(+x$1(d, i, data), +y$1(d, i, data));
      }
      if (buffer) return output = null, buffer + "" || null;
    }
    line2.x = function(_) {
      return arguments.length ? (x$1 = typeof _ === "function" ? _ : constant3(+_), line2) : x$1;
    };
    line2.y = function(_) {
      return arguments.length ? (y$1 = typeof _ === "function" ? _ : constant3(+_), line2) : y$1;
    };
    line2.defined = function(_) {
      return arguments.length ? (defined = typeof _ === "function" ? _ : constant3(!!_), line2) : defined;
    };
    line2.curve = function(_) {
      return arguments.length ? (curve = _, context != null && (output = curve(context)), line2) : curve;
    };
    line2.context = function(_) {
      return arguments.length ? (_ == null ? context = output = null : output = curve(context = _), line2) : context;
    };
    return line2;
  }
  var curveRadialLinear = curveRadial(curveLinear);
  function Radial(curve) {
    this._curve = curve;
  }
  Radial.prototype = {
    areaStart: function() {
      this._curve.areaStart();
    },
    areaEnd: function() {
      this._curve.areaEnd();
    },
    lineStart: function() {
      this._curve.lineStart();
    },
    lineEnd: function() {
      this._curve.lineEnd();
    },
    point: function(a2, r) {
      this._curve.point(r * Math.sin(a2), r * -Math.cos(a2));
    }
  };
  function curveRadial(curve) {
    function radial(context) {
      return new Radial(curve(context));
    }
    radial._curve = curve;
    return radial;
  }
  var sqrt3$2 = sqrt(3);
  var tan30 = sqrt(1 / 3);
  var tan30_2 = tan30 * 2;
  var kr = sin(pi3 / 10) / sin(7 * pi3 / 10);
  var kx = sin(tau3 / 10) * kr;
  var ky = -cos(tau3 / 10) * kr;
  var sqrt3$1 = sqrt(3);
  var sqrt3 = sqrt(3);
  var s = sqrt(3) / 2;
  var k = 1 / sqrt(12);
  var a = (k / 2 + 1) * 3;
  function noop2() {
  }
  function point$3(that, x2, y2) {
    that._context.bezierCurveTo(
      (2 * that._x0 + that._x1) / 3,
      (2 * that._y0 + that._y1) / 3,
      (that._x0 + 2 * that._x1) / 3,
      (that._y0 + 2 * that._y1) / 3,
      (that._x0 + 4 * that._x1 + x2) / 6,
      (that._y0 + 4 * that._y1 + y2) / 6
    );
  }
  function Basis(context) {
    this._context = context;
  }
  Basis.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._y0 = this._y1 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 3:
          point$3(this, this._x1, this._y1);
        // falls through
        case 2:
          this._context.lineTo(this._x1, this._y1);
          break;
      }
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
          this._context.lineTo((5 * this._x0 + this._x1) / 6, (5 * this._y0 + this._y1) / 6);
        // falls through
        default:
          point$3(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = x2;
      this._y0 = this._y1, this._y1 = y2;
    }
  };
  function basis2(context) {
    return new Basis(context);
  }
  function BasisClosed(context) {
    this._context = context;
  }
  BasisClosed.prototype = {
    areaStart: noop2,
    areaEnd: noop2,
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 1: {
          this._context.moveTo(this._x2, this._y2);
          this._context.closePath();
          break;
        }
        case 2: {
          this._context.moveTo((this._x2 + 2 * this._x3) / 3, (this._y2 + 2 * this._y3) / 3);
          this._context.lineTo((this._x3 + 2 * this._x2) / 3, (this._y3 + 2 * this._y2) / 3);
          this._context.closePath();
          break;
        }
        case 3: {
          this.point(this._x2, this._y2);
          this.point(this._x3, this._y3);
          this.point(this._x4, this._y4);
          break;
        }
      }
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._x2 = x2, this._y2 = y2;
          break;
        case 1:
          this._point = 2;
          this._x3 = x2, this._y3 = y2;
          break;
        case 2:
          this._point = 3;
          this._x4 = x2, this._y4 = y2;
          this._context.moveTo((this._x0 + 4 * this._x1 + x2) / 6, (this._y0 + 4 * this._y1 + y2) / 6);
          break;
        default:
          point$3(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = x2;
      this._y0 = this._y1, this._y1 = y2;
    }
  };
  function BasisOpen(context) {
    this._context = context;
  }
  BasisOpen.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._y0 = this._y1 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
          var x0 = (this._x0 + 4 * this._x1 + x2) / 6, y0 = (this._y0 + 4 * this._y1 + y2) / 6;
          this._line ? this._context.lineTo(x0, y0) : this._context.moveTo(x0, y0);
          break;
        case 3:
          this._point = 4;
        // falls through
        default:
          point$3(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = x2;
      this._y0 = this._y1, this._y1 = y2;
    }
  };
  function Bundle(context, beta) {
    this._basis = new Basis(context);
    this._beta = beta;
  }
  Bundle.prototype = {
    lineStart: function() {
      this._x = [];
      this._y = [];
      this._basis.lineStart();
    },
    lineEnd: function() {
      var x2 = this._x, y2 = this._y, j = x2.length - 1;
      if (j > 0) {
        var x0 = x2[0], y0 = y2[0], dx = x2[j] - x0, dy = y2[j] - y0, i = -1, t;
        while (++i <= j) {
          t = i / j;
          this._basis.point(
            this._beta * x2[i] + (1 - this._beta) * (x0 + t * dx),
            this._beta * y2[i] + (1 - this._beta) * (y0 + t * dy)
          );
        }
      }
      this._x = this._y = null;
      this._basis.lineEnd();
    },
    point: function(x2, y2) {
      this._x.push(+x2);
      this._y.push(+y2);
    }
  };
  var bundle = (function custom10(beta) {
    function bundle2(context) {
      return beta === 1 ? new Basis(context) : new Bundle(context, beta);
    }
    bundle2.beta = function(beta2) {
      return custom10(+beta2);
    };
    return bundle2;
  })(0.85);
  function point$2(that, x2, y2) {
    that._context.bezierCurveTo(
      that._x1 + that._k * (that._x2 - that._x0),
      that._y1 + that._k * (that._y2 - that._y0),
      that._x2 + that._k * (that._x1 - x2),
      that._y2 + that._k * (that._y1 - y2),
      that._x2,
      that._y2
    );
  }
  function Cardinal(context, tension) {
    this._context = context;
    this._k = (1 - tension) / 6;
  }
  Cardinal.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 2:
          this._context.lineTo(this._x2, this._y2);
          break;
        case 3:
          point$2(this, this._x1, this._y1);
          break;
      }
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
          this._x1 = x2, this._y1 = y2;
          break;
        case 2:
          this._point = 3;
        // falls through
        default:
          point$2(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var cardinal = (function custom11(tension) {
    function cardinal2(context) {
      return new Cardinal(context, tension);
    }
    cardinal2.tension = function(tension2) {
      return custom11(+tension2);
    };
    return cardinal2;
  })(0);
  function CardinalClosed(context, tension) {
    this._context = context;
    this._k = (1 - tension) / 6;
  }
  CardinalClosed.prototype = {
    areaStart: noop2,
    areaEnd: noop2,
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 1: {
          this._context.moveTo(this._x3, this._y3);
          this._context.closePath();
          break;
        }
        case 2: {
          this._context.lineTo(this._x3, this._y3);
          this._context.closePath();
          break;
        }
        case 3: {
          this.point(this._x3, this._y3);
          this.point(this._x4, this._y4);
          this.point(this._x5, this._y5);
          break;
        }
      }
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._x3 = x2, this._y3 = y2;
          break;
        case 1:
          this._point = 2;
          this._context.moveTo(this._x4 = x2, this._y4 = y2);
          break;
        case 2:
          this._point = 3;
          this._x5 = x2, this._y5 = y2;
          break;
        default:
          point$2(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var cardinalClosed = (function custom12(tension) {
    function cardinal2(context) {
      return new CardinalClosed(context, tension);
    }
    cardinal2.tension = function(tension2) {
      return custom12(+tension2);
    };
    return cardinal2;
  })(0);
  function CardinalOpen(context, tension) {
    this._context = context;
    this._k = (1 - tension) / 6;
  }
  CardinalOpen.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
          this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
          break;
        case 3:
          this._point = 4;
        // falls through
        default:
          point$2(this, x2, y2);
          break;
      }
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var cardinalOpen = (function custom13(tension) {
    function cardinal2(context) {
      return new CardinalOpen(context, tension);
    }
    cardinal2.tension = function(tension2) {
      return custom13(+tension2);
    };
    return cardinal2;
  })(0);
  function point$1(that, x2, y2) {
    var x1 = that._x1, y1 = that._y1, x22 = that._x2, y22 = that._y2;
    if (that._l01_a > epsilon3) {
      var a2 = 2 * that._l01_2a + 3 * that._l01_a * that._l12_a + that._l12_2a, n = 3 * that._l01_a * (that._l01_a + that._l12_a);
      x1 = (x1 * a2 - that._x0 * that._l12_2a + that._x2 * that._l01_2a) / n;
      y1 = (y1 * a2 - that._y0 * that._l12_2a + that._y2 * that._l01_2a) / n;
    }
    if (that._l23_a > epsilon3) {
      var b = 2 * that._l23_2a + 3 * that._l23_a * that._l12_a + that._l12_2a, m = 3 * that._l23_a * (that._l23_a + that._l12_a);
      x22 = (x22 * b + that._x1 * that._l23_2a - x2 * that._l12_2a) / m;
      y22 = (y22 * b + that._y1 * that._l23_2a - y2 * that._l12_2a) / m;
    }
    that._context.bezierCurveTo(x1, y1, x22, y22, that._x2, that._y2);
  }
  function CatmullRom(context, alpha) {
    this._context = context;
    this._alpha = alpha;
  }
  CatmullRom.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
      this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 2:
          this._context.lineTo(this._x2, this._y2);
          break;
        case 3:
          this.point(this._x2, this._y2);
          break;
      }
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      if (this._point) {
        var x23 = this._x2 - x2, y23 = this._y2 - y2;
        this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
      }
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
        // falls through
        default:
          point$1(this, x2, y2);
          break;
      }
      this._l01_a = this._l12_a, this._l12_a = this._l23_a;
      this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var catmullRom = (function custom14(alpha) {
    function catmullRom2(context) {
      return alpha ? new CatmullRom(context, alpha) : new Cardinal(context, 0);
    }
    catmullRom2.alpha = function(alpha2) {
      return custom14(+alpha2);
    };
    return catmullRom2;
  })(0.5);
  function CatmullRomClosed(context, alpha) {
    this._context = context;
    this._alpha = alpha;
  }
  CatmullRomClosed.prototype = {
    areaStart: noop2,
    areaEnd: noop2,
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
      this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 1: {
          this._context.moveTo(this._x3, this._y3);
          this._context.closePath();
          break;
        }
        case 2: {
          this._context.lineTo(this._x3, this._y3);
          this._context.closePath();
          break;
        }
        case 3: {
          this.point(this._x3, this._y3);
          this.point(this._x4, this._y4);
          this.point(this._x5, this._y5);
          break;
        }
      }
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      if (this._point) {
        var x23 = this._x2 - x2, y23 = this._y2 - y2;
        this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
      }
      switch (this._point) {
        case 0:
          this._point = 1;
          this._x3 = x2, this._y3 = y2;
          break;
        case 1:
          this._point = 2;
          this._context.moveTo(this._x4 = x2, this._y4 = y2);
          break;
        case 2:
          this._point = 3;
          this._x5 = x2, this._y5 = y2;
          break;
        default:
          point$1(this, x2, y2);
          break;
      }
      this._l01_a = this._l12_a, this._l12_a = this._l23_a;
      this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var catmullRomClosed = (function custom15(alpha) {
    function catmullRom2(context) {
      return alpha ? new CatmullRomClosed(context, alpha) : new CardinalClosed(context, 0);
    }
    catmullRom2.alpha = function(alpha2) {
      return custom15(+alpha2);
    };
    return catmullRom2;
  })(0.5);
  function CatmullRomOpen(context, alpha) {
    this._context = context;
    this._alpha = alpha;
  }
  CatmullRomOpen.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
      this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
    },
    lineEnd: function() {
      if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      if (this._point) {
        var x23 = this._x2 - x2, y23 = this._y2 - y2;
        this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
      }
      switch (this._point) {
        case 0:
          this._point = 1;
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
          this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
          break;
        case 3:
          this._point = 4;
        // falls through
        default:
          point$1(this, x2, y2);
          break;
      }
      this._l01_a = this._l12_a, this._l12_a = this._l23_a;
      this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
      this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
      this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
    }
  };
  var catmullRomOpen = (function custom16(alpha) {
    function catmullRom2(context) {
      return alpha ? new CatmullRomOpen(context, alpha) : new CardinalOpen(context, 0);
    }
    catmullRom2.alpha = function(alpha2) {
      return custom16(+alpha2);
    };
    return catmullRom2;
  })(0.5);
  function LinearClosed(context) {
    this._context = context;
  }
  LinearClosed.prototype = {
    areaStart: noop2,
    areaEnd: noop2,
    lineStart: function() {
      this._point = 0;
    },
    lineEnd: function() {
      if (this._point) this._context.closePath();
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      if (this._point) this._context.lineTo(x2, y2);
      else this._point = 1, this._context.moveTo(x2, y2);
    }
  };
  function sign(x2) {
    return x2 < 0 ? -1 : 1;
  }
  function slope3(that, x2, y2) {
    var h0 = that._x1 - that._x0, h1 = x2 - that._x1, s0 = (that._y1 - that._y0) / (h0 || h1 < 0 && -0), s1 = (y2 - that._y1) / (h1 || h0 < 0 && -0), p = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  function slope2(that, t) {
    var h = that._x1 - that._x0;
    return h ? (3 * (that._y1 - that._y0) / h - t) / 2 : t;
  }
  function point(that, t02, t12) {
    var x0 = that._x0, y0 = that._y0, x1 = that._x1, y1 = that._y1, dx = (x1 - x0) / 3;
    that._context.bezierCurveTo(x0 + dx, y0 + dx * t02, x1 - dx, y1 - dx * t12, x1, y1);
  }
  function MonotoneX(context) {
    this._context = context;
  }
  MonotoneX.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x0 = this._x1 = this._y0 = this._y1 = this._t0 = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      switch (this._point) {
        case 2:
          this._context.lineTo(this._x1, this._y1);
          break;
        case 3:
          point(this, this._t0, slope2(this, this._t0));
          break;
      }
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      var t12 = NaN;
      x2 = +x2, y2 = +y2;
      if (x2 === this._x1 && y2 === this._y1) return;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
          break;
        case 2:
          this._point = 3;
          point(this, slope2(this, t12 = slope3(this, x2, y2)), t12);
          break;
        default:
          point(this, this._t0, t12 = slope3(this, x2, y2));
          break;
      }
      this._x0 = this._x1, this._x1 = x2;
      this._y0 = this._y1, this._y1 = y2;
      this._t0 = t12;
    }
  };
  function MonotoneY(context) {
    this._context = new ReflectContext(context);
  }
  (MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function(x2, y2) {
    MonotoneX.prototype.point.call(this, y2, x2);
  };
  function ReflectContext(context) {
    this._context = context;
  }
  ReflectContext.prototype = {
    moveTo: function(x2, y2) {
      this._context.moveTo(y2, x2);
    },
    closePath: function() {
      this._context.closePath();
    },
    lineTo: function(x2, y2) {
      this._context.lineTo(y2, x2);
    },
    bezierCurveTo: function(x1, y1, x2, y2, x3, y3) {
      this._context.bezierCurveTo(y1, x1, y2, x2, y3, x3);
    }
  };
  function Natural(context) {
    this._context = context;
  }
  Natural.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x = [];
      this._y = [];
    },
    lineEnd: function() {
      var x2 = this._x, y2 = this._y, n = x2.length;
      if (n) {
        this._line ? this._context.lineTo(x2[0], y2[0]) : this._context.moveTo(x2[0], y2[0]);
        if (n === 2) {
          this._context.lineTo(x2[1], y2[1]);
        } else {
          var px = controlPoints(x2), py = controlPoints(y2);
          for (var i0 = 0, i1 = 1; i1 < n; ++i0, ++i1) {
            this._context.bezierCurveTo(px[0][i0], py[0][i0], px[1][i0], py[1][i0], x2[i1], y2[i1]);
          }
        }
      }
      if (this._line || this._line !== 0 && n === 1) this._context.closePath();
      this._line = 1 - this._line;
      this._x = this._y = null;
    },
    point: function(x2, y2) {
      this._x.push(+x2);
      this._y.push(+y2);
    }
  };
  function controlPoints(x2) {
    var i, n = x2.length - 1, m, a2 = new Array(n), b = new Array(n), r = new Array(n);
    a2[0] = 0, b[0] = 2, r[0] = x2[0] + 2 * x2[1];
    for (i = 1; i < n - 1; ++i) a2[i] = 1, b[i] = 4, r[i] = 4 * x2[i] + 2 * x2[i + 1];
    a2[n - 1] = 2, b[n - 1] = 7, r[n - 1] = 8 * x2[n - 1] + x2[n];
    for (i = 1; i < n; ++i) m = a2[i] / b[i - 1], b[i] -= m, r[i] -= m * r[i - 1];
    a2[n - 1] = r[n - 1] / b[n - 1];
    for (i = n - 2; i >= 0; --i) a2[i] = (r[i] - a2[i + 1]) / b[i];
    b[n - 1] = (x2[n] + a2[n - 1]) / 2;
    for (i = 0; i < n - 1; ++i) b[i] = 2 * x2[i + 1] - a2[i + 1];
    return [a2, b];
  }
  function Step(context, t) {
    this._context = context;
    this._t = t;
  }
  Step.prototype = {
    areaStart: function() {
      this._line = 0;
    },
    areaEnd: function() {
      this._line = NaN;
    },
    lineStart: function() {
      this._x = this._y = NaN;
      this._point = 0;
    },
    lineEnd: function() {
      if (0 < this._t && this._t < 1 && this._point === 2) this._context.lineTo(this._x, this._y);
      if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
      if (this._line >= 0) this._t = 1 - this._t, this._line = 1 - this._line;
    },
    point: function(x2, y2) {
      x2 = +x2, y2 = +y2;
      switch (this._point) {
        case 0:
          this._point = 1;
          this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
          break;
        case 1:
          this._point = 2;
        // falls through
        default: {
          if (this._t <= 0) {
            this._context.lineTo(this._x, y2);
            this._context.lineTo(x2, y2);
          } else {
            var x1 = this._x * (1 - this._t) + x2 * this._t;
            this._context.lineTo(x1, this._y);
            this._context.lineTo(x1, y2);
          }
          break;
        }
      }
      this._x = x2, this._y = y2;
    }
  };

  // node_modules/d3-zoom/dist/d3-zoom.mjs
  var constant4 = (x2) => () => x2;
  function ZoomEvent(type, {
    sourceEvent: sourceEvent2,
    target,
    transform: transform2,
    dispatch: dispatch2
  }) {
    Object.defineProperties(this, {
      type: { value: type, enumerable: true, configurable: true },
      sourceEvent: { value: sourceEvent2, enumerable: true, configurable: true },
      target: { value: target, enumerable: true, configurable: true },
      transform: { value: transform2, enumerable: true, configurable: true },
      _: { value: dispatch2 }
    });
  }
  function Transform(k2, x2, y2) {
    this.k = k2;
    this.x = x2;
    this.y = y2;
  }
  Transform.prototype = {
    constructor: Transform,
    scale: function(k2) {
      return k2 === 1 ? this : new Transform(this.k * k2, this.x, this.y);
    },
    translate: function(x2, y2) {
      return x2 === 0 & y2 === 0 ? this : new Transform(this.k, this.x + this.k * x2, this.y + this.k * y2);
    },
    apply: function(point2) {
      return [point2[0] * this.k + this.x, point2[1] * this.k + this.y];
    },
    applyX: function(x2) {
      return x2 * this.k + this.x;
    },
    applyY: function(y2) {
      return y2 * this.k + this.y;
    },
    invert: function(location) {
      return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
    },
    invertX: function(x2) {
      return (x2 - this.x) / this.k;
    },
    invertY: function(y2) {
      return (y2 - this.y) / this.k;
    },
    rescaleX: function(x2) {
      return x2.copy().domain(x2.range().map(this.invertX, this).map(x2.invert, x2));
    },
    rescaleY: function(y2) {
      return y2.copy().domain(y2.range().map(this.invertY, this).map(y2.invert, y2));
    },
    toString: function() {
      return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
    }
  };
  var identity3 = new Transform(1, 0, 0);
  transform.prototype = Transform.prototype;
  function transform(node) {
    while (!node.__zoom) if (!(node = node.parentNode)) return identity3;
    return node.__zoom;
  }
  function nopropagation(event) {
    event.stopImmediatePropagation();
  }
  function noevent2(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
  function defaultFilter(event) {
    return (!event.ctrlKey || event.type === "wheel") && !event.button;
  }
  function defaultExtent() {
    var e = this;
    if (e instanceof SVGElement) {
      e = e.ownerSVGElement || e;
      if (e.hasAttribute("viewBox")) {
        e = e.viewBox.baseVal;
        return [[e.x, e.y], [e.x + e.width, e.y + e.height]];
      }
      return [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]];
    }
    return [[0, 0], [e.clientWidth, e.clientHeight]];
  }
  function defaultTransform() {
    return this.__zoom || identity3;
  }
  function defaultWheelDelta(event) {
    return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 2e-3) * (event.ctrlKey ? 10 : 1);
  }
  function defaultTouchable() {
    return navigator.maxTouchPoints || "ontouchstart" in this;
  }
  function defaultConstrain(transform2, extent, translateExtent) {
    var dx0 = transform2.invertX(extent[0][0]) - translateExtent[0][0], dx1 = transform2.invertX(extent[1][0]) - translateExtent[1][0], dy0 = transform2.invertY(extent[0][1]) - translateExtent[0][1], dy1 = transform2.invertY(extent[1][1]) - translateExtent[1][1];
    return transform2.translate(
      dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
      dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1)
    );
  }
  function zoom2() {
    var filter2 = defaultFilter, extent = defaultExtent, constrain = defaultConstrain, wheelDelta = defaultWheelDelta, touchable = defaultTouchable, scaleExtent = [0, Infinity], translateExtent = [[-Infinity, -Infinity], [Infinity, Infinity]], duration = 250, interpolate2 = zoom, listeners = dispatch("start", "zoom", "end"), touchstarting, touchfirst, touchending, touchDelay = 500, wheelDelay = 150, clickDistance2 = 0, tapDistance = 10;
    function zoom3(selection2) {
      selection2.property("__zoom", defaultTransform).on("wheel.zoom", wheeled, { passive: false }).on("mousedown.zoom", mousedowned).on("dblclick.zoom", dblclicked).filter(touchable).on("touchstart.zoom", touchstarted).on("touchmove.zoom", touchmoved).on("touchend.zoom touchcancel.zoom", touchended).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
    }
    zoom3.transform = function(collection, transform2, point2, event) {
      var selection2 = collection.selection ? collection.selection() : collection;
      selection2.property("__zoom", defaultTransform);
      if (collection !== selection2) {
        schedule2(collection, transform2, point2, event);
      } else {
        selection2.interrupt().each(function() {
          gesture(this, arguments).event(event).start().zoom(null, typeof transform2 === "function" ? transform2.apply(this, arguments) : transform2).end();
        });
      }
    };
    zoom3.scaleBy = function(selection2, k2, p, event) {
      zoom3.scaleTo(selection2, function() {
        var k0 = this.__zoom.k, k1 = typeof k2 === "function" ? k2.apply(this, arguments) : k2;
        return k0 * k1;
      }, p, event);
    };
    zoom3.scaleTo = function(selection2, k2, p, event) {
      zoom3.transform(selection2, function() {
        var e = extent.apply(this, arguments), t02 = this.__zoom, p0 = p == null ? centroid(e) : typeof p === "function" ? p.apply(this, arguments) : p, p1 = t02.invert(p0), k1 = typeof k2 === "function" ? k2.apply(this, arguments) : k2;
        return constrain(translate(scale(t02, k1), p0, p1), e, translateExtent);
      }, p, event);
    };
    zoom3.translateBy = function(selection2, x2, y2, event) {
      zoom3.transform(selection2, function() {
        return constrain(this.__zoom.translate(
          typeof x2 === "function" ? x2.apply(this, arguments) : x2,
          typeof y2 === "function" ? y2.apply(this, arguments) : y2
        ), extent.apply(this, arguments), translateExtent);
      }, null, event);
    };
    zoom3.translateTo = function(selection2, x2, y2, p, event) {
      zoom3.transform(selection2, function() {
        var e = extent.apply(this, arguments), t = this.__zoom, p0 = p == null ? centroid(e) : typeof p === "function" ? p.apply(this, arguments) : p;
        return constrain(identity3.translate(p0[0], p0[1]).scale(t.k).translate(
          typeof x2 === "function" ? -x2.apply(this, arguments) : -x2,
          typeof y2 === "function" ? -y2.apply(this, arguments) : -y2
        ), e, translateExtent);
      }, p, event);
    };
    function scale(transform2, k2) {
      k2 = Math.max(scaleExtent[0], Math.min(scaleExtent[1], k2));
      return k2 === transform2.k ? transform2 : new Transform(k2, transform2.x, transform2.y);
    }
    function translate(transform2, p0, p1) {
      var x2 = p0[0] - p1[0] * transform2.k, y2 = p0[1] - p1[1] * transform2.k;
      return x2 === transform2.x && y2 === transform2.y ? transform2 : new Transform(transform2.k, x2, y2);
    }
    function centroid(extent2) {
      return [(+extent2[0][0] + +extent2[1][0]) / 2, (+extent2[0][1] + +extent2[1][1]) / 2];
    }
    function schedule2(transition2, transform2, point2, event) {
      transition2.on("start.zoom", function() {
        gesture(this, arguments).event(event).start();
      }).on("interrupt.zoom end.zoom", function() {
        gesture(this, arguments).event(event).end();
      }).tween("zoom", function() {
        var that = this, args = arguments, g = gesture(that, args).event(event), e = extent.apply(that, args), p = point2 == null ? centroid(e) : typeof point2 === "function" ? point2.apply(that, args) : point2, w = Math.max(e[1][0] - e[0][0], e[1][1] - e[0][1]), a2 = that.__zoom, b = typeof transform2 === "function" ? transform2.apply(that, args) : transform2, i = interpolate2(a2.invert(p).concat(w / a2.k), b.invert(p).concat(w / b.k));
        return function(t) {
          if (t === 1) t = b;
          else {
            var l = i(t), k2 = w / l[2];
            t = new Transform(k2, p[0] - l[0] * k2, p[1] - l[1] * k2);
          }
          g.zoom(null, t);
        };
      });
    }
    function gesture(that, args, clean) {
      return !clean && that.__zooming || new Gesture(that, args);
    }
    function Gesture(that, args) {
      this.that = that;
      this.args = args;
      this.active = 0;
      this.sourceEvent = null;
      this.extent = extent.apply(that, args);
      this.taps = 0;
    }
    Gesture.prototype = {
      event: function(event) {
        if (event) this.sourceEvent = event;
        return this;
      },
      start: function() {
        if (++this.active === 1) {
          this.that.__zooming = this;
          this.emit("start");
        }
        return this;
      },
      zoom: function(key, transform2) {
        if (this.mouse && key !== "mouse") this.mouse[1] = transform2.invert(this.mouse[0]);
        if (this.touch0 && key !== "touch") this.touch0[1] = transform2.invert(this.touch0[0]);
        if (this.touch1 && key !== "touch") this.touch1[1] = transform2.invert(this.touch1[0]);
        this.that.__zoom = transform2;
        this.emit("zoom");
        return this;
      },
      end: function() {
        if (--this.active === 0) {
          delete this.that.__zooming;
          this.emit("end");
        }
        return this;
      },
      emit: function(type) {
        var d = select(this.that).datum();
        listeners.call(
          type,
          this.that,
          new ZoomEvent(type, {
            sourceEvent: this.sourceEvent,
            target: zoom3,
            transform: this.that.__zoom,
            dispatch: listeners
          }),
          d
        );
      }
    };
    function wheeled(event, ...args) {
      if (!filter2.apply(this, arguments)) return;
      var g = gesture(this, args).event(event), t = this.__zoom, k2 = Math.max(scaleExtent[0], Math.min(scaleExtent[1], t.k * Math.pow(2, wheelDelta.apply(this, arguments)))), p = pointer(event);
      if (g.wheel) {
        if (g.mouse[0][0] !== p[0] || g.mouse[0][1] !== p[1]) {
          g.mouse[1] = t.invert(g.mouse[0] = p);
        }
        clearTimeout(g.wheel);
      } else if (t.k === k2) return;
      else {
        g.mouse = [p, t.invert(p)];
        interrupt(this);
        g.start();
      }
      noevent2(event);
      g.wheel = setTimeout(wheelidled, wheelDelay);
      g.zoom("mouse", constrain(translate(scale(t, k2), g.mouse[0], g.mouse[1]), g.extent, translateExtent));
      function wheelidled() {
        g.wheel = null;
        g.end();
      }
    }
    function mousedowned(event, ...args) {
      if (touchending || !filter2.apply(this, arguments)) return;
      var currentTarget = event.currentTarget, g = gesture(this, args, true).event(event), v = select(event.view).on("mousemove.zoom", mousemoved, true).on("mouseup.zoom", mouseupped, true), p = pointer(event, currentTarget), x0 = event.clientX, y0 = event.clientY;
      nodrag(event.view);
      nopropagation(event);
      g.mouse = [p, this.__zoom.invert(p)];
      interrupt(this);
      g.start();
      function mousemoved(event2) {
        noevent2(event2);
        if (!g.moved) {
          var dx = event2.clientX - x0, dy = event2.clientY - y0;
          g.moved = dx * dx + dy * dy > clickDistance2;
        }
        g.event(event2).zoom("mouse", constrain(translate(g.that.__zoom, g.mouse[0] = pointer(event2, currentTarget), g.mouse[1]), g.extent, translateExtent));
      }
      function mouseupped(event2) {
        v.on("mousemove.zoom mouseup.zoom", null);
        yesdrag(event2.view, g.moved);
        noevent2(event2);
        g.event(event2).end();
      }
    }
    function dblclicked(event, ...args) {
      if (!filter2.apply(this, arguments)) return;
      var t02 = this.__zoom, p0 = pointer(event.changedTouches ? event.changedTouches[0] : event, this), p1 = t02.invert(p0), k1 = t02.k * (event.shiftKey ? 0.5 : 2), t12 = constrain(translate(scale(t02, k1), p0, p1), extent.apply(this, args), translateExtent);
      noevent2(event);
      if (duration > 0) select(this).transition().duration(duration).call(schedule2, t12, p0, event);
      else select(this).call(zoom3.transform, t12, p0, event);
    }
    function touchstarted(event, ...args) {
      if (!filter2.apply(this, arguments)) return;
      var touches = event.touches, n = touches.length, g = gesture(this, args, event.changedTouches.length === n).event(event), started, i, t, p;
      nopropagation(event);
      for (i = 0; i < n; ++i) {
        t = touches[i], p = pointer(t, this);
        p = [p, this.__zoom.invert(p), t.identifier];
        if (!g.touch0) g.touch0 = p, started = true, g.taps = 1 + !!touchstarting;
        else if (!g.touch1 && g.touch0[2] !== p[2]) g.touch1 = p, g.taps = 0;
      }
      if (touchstarting) touchstarting = clearTimeout(touchstarting);
      if (started) {
        if (g.taps < 2) touchfirst = p[0], touchstarting = setTimeout(function() {
          touchstarting = null;
        }, touchDelay);
        interrupt(this);
        g.start();
      }
    }
    function touchmoved(event, ...args) {
      if (!this.__zooming) return;
      var g = gesture(this, args).event(event), touches = event.changedTouches, n = touches.length, i, t, p, l;
      noevent2(event);
      for (i = 0; i < n; ++i) {
        t = touches[i], p = pointer(t, this);
        if (g.touch0 && g.touch0[2] === t.identifier) g.touch0[0] = p;
        else if (g.touch1 && g.touch1[2] === t.identifier) g.touch1[0] = p;
      }
      t = g.that.__zoom;
      if (g.touch1) {
        var p0 = g.touch0[0], l0 = g.touch0[1], p1 = g.touch1[0], l1 = g.touch1[1], dp = (dp = p1[0] - p0[0]) * dp + (dp = p1[1] - p0[1]) * dp, dl = (dl = l1[0] - l0[0]) * dl + (dl = l1[1] - l0[1]) * dl;
        t = scale(t, Math.sqrt(dp / dl));
        p = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2];
        l = [(l0[0] + l1[0]) / 2, (l0[1] + l1[1]) / 2];
      } else if (g.touch0) p = g.touch0[0], l = g.touch0[1];
      else return;
      g.zoom("touch", constrain(translate(t, p, l), g.extent, translateExtent));
    }
    function touchended(event, ...args) {
      if (!this.__zooming) return;
      var g = gesture(this, args).event(event), touches = event.changedTouches, n = touches.length, i, t;
      nopropagation(event);
      if (touchending) clearTimeout(touchending);
      touchending = setTimeout(function() {
        touchending = null;
      }, touchDelay);
      for (i = 0; i < n; ++i) {
        t = touches[i];
        if (g.touch0 && g.touch0[2] === t.identifier) delete g.touch0;
        else if (g.touch1 && g.touch1[2] === t.identifier) delete g.touch1;
      }
      if (g.touch1 && !g.touch0) g.touch0 = g.touch1, delete g.touch1;
      if (g.touch0) g.touch0[1] = this.__zoom.invert(g.touch0[0]);
      else {
        g.end();
        if (g.taps === 2) {
          t = pointer(t, this);
          if (Math.hypot(touchfirst[0] - t[0], touchfirst[1] - t[1]) < tapDistance) {
            var p = select(this).on("dblclick.zoom");
            if (p) p.apply(this, arguments);
          }
        }
      }
    }
    zoom3.wheelDelta = function(_) {
      return arguments.length ? (wheelDelta = typeof _ === "function" ? _ : constant4(+_), zoom3) : wheelDelta;
    };
    zoom3.filter = function(_) {
      return arguments.length ? (filter2 = typeof _ === "function" ? _ : constant4(!!_), zoom3) : filter2;
    };
    zoom3.touchable = function(_) {
      return arguments.length ? (touchable = typeof _ === "function" ? _ : constant4(!!_), zoom3) : touchable;
    };
    zoom3.extent = function(_) {
      return arguments.length ? (extent = typeof _ === "function" ? _ : constant4([[+_[0][0], +_[0][1]], [+_[1][0], +_[1][1]]]), zoom3) : extent;
    };
    zoom3.scaleExtent = function(_) {
      return arguments.length ? (scaleExtent[0] = +_[0], scaleExtent[1] = +_[1], zoom3) : [scaleExtent[0], scaleExtent[1]];
    };
    zoom3.translateExtent = function(_) {
      return arguments.length ? (translateExtent[0][0] = +_[0][0], translateExtent[1][0] = +_[1][0], translateExtent[0][1] = +_[0][1], translateExtent[1][1] = +_[1][1], zoom3) : [[translateExtent[0][0], translateExtent[0][1]], [translateExtent[1][0], translateExtent[1][1]]];
    };
    zoom3.constrain = function(_) {
      return arguments.length ? (constrain = _, zoom3) : constrain;
    };
    zoom3.duration = function(_) {
      return arguments.length ? (duration = +_, zoom3) : duration;
    };
    zoom3.interpolate = function(_) {
      return arguments.length ? (interpolate2 = _, zoom3) : interpolate2;
    };
    zoom3.on = function() {
      var value2 = listeners.on.apply(listeners, arguments);
      return value2 === listeners ? zoom3 : value2;
    };
    zoom3.clickDistance = function(_) {
      return arguments.length ? (clickDistance2 = (_ = +_) * _, zoom3) : Math.sqrt(clickDistance2);
    };
    zoom3.tapDistance = function(_) {
      return arguments.length ? (tapDistance = +_, zoom3) : tapDistance;
    };
    return zoom3;
  }

  // webview/graph/colors.ts
  function dtypeFamily(d) {
    if (!d || d === "?") return "none";
    if (d === "float32" || d === "float64" || d === "double" || d === "float") return "float";
    if (d === "float16" || d === "bfloat16" || d.startsWith("float8")) return "half";
    if (d === "uint8") return "uint8";
    if (d === "int8") return "int8";
    if (/^u?int(4|16|32)$/.test(d)) return "wide";
    return "other";
  }
  var FAMILY_VAR = {
    float: "--vscode-charts-blue",
    half: "--vscode-charts-purple",
    uint8: "--vscode-charts-green",
    int8: "--vscode-charts-yellow",
    wide: "--vscode-charts-orange",
    other: "--vscode-charts-foreground",
    none: "--vscode-descriptionForeground"
  };
  var FALLBACK = {
    "--vscode-charts-blue": "#3794ff",
    "--vscode-charts-purple": "#b180d7",
    "--vscode-charts-green": "#89d185",
    "--vscode-charts-yellow": "#cca700",
    "--vscode-charts-orange": "#d18616",
    "--vscode-charts-red": "#f14c4c",
    "--vscode-charts-foreground": "#cccccc",
    "--vscode-charts-lines": "#808080",
    "--vscode-descriptionForeground": "#9d9d9d",
    "--vscode-foreground": "#cccccc",
    "--vscode-editor-background": "#1e1e1e",
    "--vscode-focusBorder": "#0078d4",
    "--vscode-editor-findMatchBorder": "#d18616"
  };
  function readPalette(threshold = 20, el2 = document.documentElement) {
    const css2 = getComputedStyle(el2);
    const v = (name) => css2.getPropertyValue(name).trim() || FALLBACK[name] || "#888888";
    const red = v("--vscode-charts-red");
    const stops = [threshold - 12, threshold, threshold + 20];
    const scale = linear2().domain(stops).range([red, v("--vscode-charts-yellow"), v("--vscode-charts-green")]).interpolate(lab2).clamp(true);
    const byFamily = /* @__PURE__ */ new Map();
    return {
      foreground: v("--vscode-foreground"),
      muted: v("--vscode-descriptionForeground"),
      background: v("--vscode-editor-background"),
      lines: v("--vscode-charts-lines"),
      focus: v("--vscode-focusBorder"),
      match: v("--vscode-editor-findMatchBorder"),
      red,
      dtype(d) {
        const f = dtypeFamily(d);
        let c = byFamily.get(f);
        if (!c) byFamily.set(f, c = v(FAMILY_VAR[f]));
        return c;
      },
      sqnr: (db2) => scale(db2),
      sqnrStops: stops.map((db2) => ({ db: db2, color: scale(db2) }))
    };
  }

  // webview/graph/decor-model.ts
  var EMPTY = { selected: -1, matches: /* @__PURE__ */ new Set(), current: -1, overlay: null, pathItems: /* @__PURE__ */ new Set(), pathEdges: /* @__PURE__ */ new Set() };
  function buildDecor(vg, d) {
    if (!vg) return EMPTY;
    const items = vg.kinds.length;
    const pathItems = /* @__PURE__ */ new Set();
    const pathEdges = /* @__PURE__ */ new Set();
    let overlay = null;
    const o = d.overlay;
    if (o) {
      const sqnr = new Float64Array(items).fill(NaN);
      const rank = new Int32Array(items);
      for (let i = 0; i < items; i++) {
        if (vg.kinds[i] === "leaf") {
          sqnr[i] = o.sqnr[vg.node[i]];
          rank[i] = o.rank[vg.node[i]];
        } else if (vg.kinds[i] === "folded") {
          sqnr[i] = o.groupSqnr.get(vg.group[i]) ?? NaN;
          rank[i] = o.groupRank.get(vg.group[i]) ?? 0;
        }
      }
      overlay = { sqnr, rank };
      const edgeAt = new Map(vg.edges.map((e, i) => [e.from * items + e.to, i]));
      let prev = -1;
      for (const node of o.path) {
        const it2 = vg.nodeItem[node];
        pathItems.add(it2);
        if (prev >= 0 && prev !== it2) {
          const e = edgeAt.get(prev * items + it2);
          if (e !== void 0) pathEdges.add(e);
        }
        prev = it2;
      }
    }
    return {
      selected: d.selected >= 0 ? vg.nodeItem[d.selected] : -1,
      matches: new Set(d.matches.map((m) => vg.nodeItem[m])),
      current: d.current >= 0 ? vg.nodeItem[d.matches[d.current]] : -1,
      overlay,
      pathItems,
      pathEdges
    };
  }

  // node_modules/@microsoft/fast-element/dist/esm/platform.js
  var $global = (function() {
    if (typeof globalThis !== "undefined") {
      return globalThis;
    }
    if (typeof global !== "undefined") {
      return global;
    }
    if (typeof self !== "undefined") {
      return self;
    }
    if (typeof window !== "undefined") {
      return window;
    }
    try {
      return new Function("return this")();
    } catch (_a) {
      return {};
    }
  })();
  if ($global.trustedTypes === void 0) {
    $global.trustedTypes = { createPolicy: (n, r) => r };
  }
  var propConfig = {
    configurable: false,
    enumerable: false,
    writable: false
  };
  if ($global.FAST === void 0) {
    Reflect.defineProperty($global, "FAST", Object.assign({ value: /* @__PURE__ */ Object.create(null) }, propConfig));
  }
  var FAST = $global.FAST;
  if (FAST.getById === void 0) {
    const storage = /* @__PURE__ */ Object.create(null);
    Reflect.defineProperty(FAST, "getById", Object.assign({ value(id2, initialize) {
      let found = storage[id2];
      if (found === void 0) {
        found = initialize ? storage[id2] = initialize() : null;
      }
      return found;
    } }, propConfig));
  }
  var emptyArray = Object.freeze([]);
  function createMetadataLocator() {
    const metadataLookup = /* @__PURE__ */ new WeakMap();
    return function(target) {
      let metadata = metadataLookup.get(target);
      if (metadata === void 0) {
        let currentTarget = Reflect.getPrototypeOf(target);
        while (metadata === void 0 && currentTarget !== null) {
          metadata = metadataLookup.get(currentTarget);
          currentTarget = Reflect.getPrototypeOf(currentTarget);
        }
        metadata = metadata === void 0 ? [] : metadata.slice(0);
        metadataLookup.set(target, metadata);
      }
      return metadata;
    };
  }

  // node_modules/@microsoft/fast-element/dist/esm/dom.js
  var updateQueue = $global.FAST.getById(1, () => {
    const tasks = [];
    const pendingErrors = [];
    function throwFirstError() {
      if (pendingErrors.length) {
        throw pendingErrors.shift();
      }
    }
    function tryRunTask(task) {
      try {
        task.call();
      } catch (error) {
        pendingErrors.push(error);
        setTimeout(throwFirstError, 0);
      }
    }
    function process() {
      const capacity = 1024;
      let index = 0;
      while (index < tasks.length) {
        tryRunTask(tasks[index]);
        index++;
        if (index > capacity) {
          for (let scan = 0, newLength = tasks.length - index; scan < newLength; scan++) {
            tasks[scan] = tasks[scan + index];
          }
          tasks.length -= index;
          index = 0;
        }
      }
      tasks.length = 0;
    }
    function enqueue(callable) {
      if (tasks.length < 1) {
        $global.requestAnimationFrame(process);
      }
      tasks.push(callable);
    }
    return Object.freeze({
      enqueue,
      process
    });
  });
  var fastHTMLPolicy = $global.trustedTypes.createPolicy("fast-html", {
    createHTML: (html2) => html2
  });
  var htmlPolicy = fastHTMLPolicy;
  var marker = `fast-${Math.random().toString(36).substring(2, 8)}`;
  var _interpolationStart = `${marker}{`;
  var _interpolationEnd = `}${marker}`;
  var DOM = Object.freeze({
    /**
     * Indicates whether the DOM supports the adoptedStyleSheets feature.
     */
    supportsAdoptedStyleSheets: Array.isArray(document.adoptedStyleSheets) && "replace" in CSSStyleSheet.prototype,
    /**
     * Sets the HTML trusted types policy used by the templating engine.
     * @param policy - The policy to set for HTML.
     * @remarks
     * This API can only be called once, for security reasons. It should be
     * called by the application developer at the start of their program.
     */
    setHTMLPolicy(policy) {
      if (htmlPolicy !== fastHTMLPolicy) {
        throw new Error("The HTML policy can only be set once.");
      }
      htmlPolicy = policy;
    },
    /**
     * Turns a string into trusted HTML using the configured trusted types policy.
     * @param html - The string to turn into trusted HTML.
     * @remarks
     * Used internally by the template engine when creating templates
     * and setting innerHTML.
     */
    createHTML(html2) {
      return htmlPolicy.createHTML(html2);
    },
    /**
     * Determines if the provided node is a template marker used by the runtime.
     * @param node - The node to test.
     */
    isMarker(node) {
      return node && node.nodeType === 8 && node.data.startsWith(marker);
    },
    /**
     * Given a marker node, extract the {@link HTMLDirective} index from the placeholder.
     * @param node - The marker node to extract the index from.
     */
    extractDirectiveIndexFromMarker(node) {
      return parseInt(node.data.replace(`${marker}:`, ""));
    },
    /**
     * Creates a placeholder string suitable for marking out a location *within*
     * an attribute value or HTML content.
     * @param index - The directive index to create the placeholder for.
     * @remarks
     * Used internally by binding directives.
     */
    createInterpolationPlaceholder(index) {
      return `${_interpolationStart}${index}${_interpolationEnd}`;
    },
    /**
     * Creates a placeholder that manifests itself as an attribute on an
     * element.
     * @param attributeName - The name of the custom attribute.
     * @param index - The directive index to create the placeholder for.
     * @remarks
     * Used internally by attribute directives such as `ref`, `slotted`, and `children`.
     */
    createCustomAttributePlaceholder(attributeName, index) {
      return `${attributeName}="${this.createInterpolationPlaceholder(index)}"`;
    },
    /**
     * Creates a placeholder that manifests itself as a marker within the DOM structure.
     * @param index - The directive index to create the placeholder for.
     * @remarks
     * Used internally by structural directives such as `repeat`.
     */
    createBlockPlaceholder(index) {
      return `<!--${marker}:${index}-->`;
    },
    /**
     * Schedules DOM update work in the next async batch.
     * @param callable - The callable function or object to queue.
     */
    queueUpdate: updateQueue.enqueue,
    /**
     * Immediately processes all work previously scheduled
     * through queueUpdate.
     * @remarks
     * This also forces nextUpdate promises
     * to resolve.
     */
    processUpdates: updateQueue.process,
    /**
     * Resolves with the next DOM update.
     */
    nextUpdate() {
      return new Promise(updateQueue.enqueue);
    },
    /**
     * Sets an attribute value on an element.
     * @param element - The element to set the attribute value on.
     * @param attributeName - The attribute name to set.
     * @param value - The value of the attribute to set.
     * @remarks
     * If the value is `null` or `undefined`, the attribute is removed, otherwise
     * it is set to the provided value using the standard `setAttribute` API.
     */
    setAttribute(element, attributeName, value2) {
      if (value2 === null || value2 === void 0) {
        element.removeAttribute(attributeName);
      } else {
        element.setAttribute(attributeName, value2);
      }
    },
    /**
     * Sets a boolean attribute value.
     * @param element - The element to set the boolean attribute value on.
     * @param attributeName - The attribute name to set.
     * @param value - The value of the attribute to set.
     * @remarks
     * If the value is true, the attribute is added; otherwise it is removed.
     */
    setBooleanAttribute(element, attributeName, value2) {
      value2 ? element.setAttribute(attributeName, "") : element.removeAttribute(attributeName);
    },
    /**
     * Removes all the child nodes of the provided parent node.
     * @param parent - The node to remove the children from.
     */
    removeChildNodes(parent) {
      for (let child = parent.firstChild; child !== null; child = parent.firstChild) {
        parent.removeChild(child);
      }
    },
    /**
     * Creates a TreeWalker configured to walk a template fragment.
     * @param fragment - The fragment to walk.
     */
    createTemplateWalker(fragment) {
      return document.createTreeWalker(
        fragment,
        133,
        // element, text, comment
        null,
        false
      );
    }
  });

  // node_modules/@microsoft/fast-element/dist/esm/observation/notifier.js
  var SubscriberSet = class {
    /**
     * Creates an instance of SubscriberSet for the specified source.
     * @param source - The object source that subscribers will receive notifications from.
     * @param initialSubscriber - An initial subscriber to changes.
     */
    constructor(source, initialSubscriber) {
      this.sub1 = void 0;
      this.sub2 = void 0;
      this.spillover = void 0;
      this.source = source;
      this.sub1 = initialSubscriber;
    }
    /**
     * Checks whether the provided subscriber has been added to this set.
     * @param subscriber - The subscriber to test for inclusion in this set.
     */
    has(subscriber) {
      return this.spillover === void 0 ? this.sub1 === subscriber || this.sub2 === subscriber : this.spillover.indexOf(subscriber) !== -1;
    }
    /**
     * Subscribes to notification of changes in an object's state.
     * @param subscriber - The object that is subscribing for change notification.
     */
    subscribe(subscriber) {
      const spillover = this.spillover;
      if (spillover === void 0) {
        if (this.has(subscriber)) {
          return;
        }
        if (this.sub1 === void 0) {
          this.sub1 = subscriber;
          return;
        }
        if (this.sub2 === void 0) {
          this.sub2 = subscriber;
          return;
        }
        this.spillover = [this.sub1, this.sub2, subscriber];
        this.sub1 = void 0;
        this.sub2 = void 0;
      } else {
        const index = spillover.indexOf(subscriber);
        if (index === -1) {
          spillover.push(subscriber);
        }
      }
    }
    /**
     * Unsubscribes from notification of changes in an object's state.
     * @param subscriber - The object that is unsubscribing from change notification.
     */
    unsubscribe(subscriber) {
      const spillover = this.spillover;
      if (spillover === void 0) {
        if (this.sub1 === subscriber) {
          this.sub1 = void 0;
        } else if (this.sub2 === subscriber) {
          this.sub2 = void 0;
        }
      } else {
        const index = spillover.indexOf(subscriber);
        if (index !== -1) {
          spillover.splice(index, 1);
        }
      }
    }
    /**
     * Notifies all subscribers.
     * @param args - Data passed along to subscribers during notification.
     */
    notify(args) {
      const spillover = this.spillover;
      const source = this.source;
      if (spillover === void 0) {
        const sub1 = this.sub1;
        const sub2 = this.sub2;
        if (sub1 !== void 0) {
          sub1.handleChange(source, args);
        }
        if (sub2 !== void 0) {
          sub2.handleChange(source, args);
        }
      } else {
        for (let i = 0, ii = spillover.length; i < ii; ++i) {
          spillover[i].handleChange(source, args);
        }
      }
    }
  };
  var PropertyChangeNotifier = class {
    /**
     * Creates an instance of PropertyChangeNotifier for the specified source.
     * @param source - The object source that subscribers will receive notifications from.
     */
    constructor(source) {
      this.subscribers = {};
      this.sourceSubscribers = null;
      this.source = source;
    }
    /**
     * Notifies all subscribers, based on the specified property.
     * @param propertyName - The property name, passed along to subscribers during notification.
     */
    notify(propertyName) {
      var _a;
      const subscribers = this.subscribers[propertyName];
      if (subscribers !== void 0) {
        subscribers.notify(propertyName);
      }
      (_a = this.sourceSubscribers) === null || _a === void 0 ? void 0 : _a.notify(propertyName);
    }
    /**
     * Subscribes to notification of changes in an object's state.
     * @param subscriber - The object that is subscribing for change notification.
     * @param propertyToWatch - The name of the property that the subscriber is interested in watching for changes.
     */
    subscribe(subscriber, propertyToWatch) {
      var _a;
      if (propertyToWatch) {
        let subscribers = this.subscribers[propertyToWatch];
        if (subscribers === void 0) {
          this.subscribers[propertyToWatch] = subscribers = new SubscriberSet(this.source);
        }
        subscribers.subscribe(subscriber);
      } else {
        this.sourceSubscribers = (_a = this.sourceSubscribers) !== null && _a !== void 0 ? _a : new SubscriberSet(this.source);
        this.sourceSubscribers.subscribe(subscriber);
      }
    }
    /**
     * Unsubscribes from notification of changes in an object's state.
     * @param subscriber - The object that is unsubscribing from change notification.
     * @param propertyToUnwatch - The name of the property that the subscriber is no longer interested in watching.
     */
    unsubscribe(subscriber, propertyToUnwatch) {
      var _a;
      if (propertyToUnwatch) {
        const subscribers = this.subscribers[propertyToUnwatch];
        if (subscribers !== void 0) {
          subscribers.unsubscribe(subscriber);
        }
      } else {
        (_a = this.sourceSubscribers) === null || _a === void 0 ? void 0 : _a.unsubscribe(subscriber);
      }
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/observation/observable.js
  var Observable = FAST.getById(2, () => {
    const volatileRegex = /(:|&&|\|\||if)/;
    const notifierLookup = /* @__PURE__ */ new WeakMap();
    const queueUpdate = DOM.queueUpdate;
    let watcher = void 0;
    let createArrayObserver = (array4) => {
      throw new Error("Must call enableArrayObservation before observing arrays.");
    };
    function getNotifier(source) {
      let found = source.$fastController || notifierLookup.get(source);
      if (found === void 0) {
        if (Array.isArray(source)) {
          found = createArrayObserver(source);
        } else {
          notifierLookup.set(source, found = new PropertyChangeNotifier(source));
        }
      }
      return found;
    }
    const getAccessors = createMetadataLocator();
    class DefaultObservableAccessor {
      constructor(name) {
        this.name = name;
        this.field = `_${name}`;
        this.callback = `${name}Changed`;
      }
      getValue(source) {
        if (watcher !== void 0) {
          watcher.watch(source, this.name);
        }
        return source[this.field];
      }
      setValue(source, newValue) {
        const field = this.field;
        const oldValue = source[field];
        if (oldValue !== newValue) {
          source[field] = newValue;
          const callback = source[this.callback];
          if (typeof callback === "function") {
            callback.call(source, oldValue, newValue);
          }
          getNotifier(source).notify(this.name);
        }
      }
    }
    class BindingObserverImplementation extends SubscriberSet {
      constructor(binding, initialSubscriber, isVolatileBinding = false) {
        super(binding, initialSubscriber);
        this.binding = binding;
        this.isVolatileBinding = isVolatileBinding;
        this.needsRefresh = true;
        this.needsQueue = true;
        this.first = this;
        this.last = null;
        this.propertySource = void 0;
        this.propertyName = void 0;
        this.notifier = void 0;
        this.next = void 0;
      }
      observe(source, context) {
        if (this.needsRefresh && this.last !== null) {
          this.disconnect();
        }
        const previousWatcher = watcher;
        watcher = this.needsRefresh ? this : void 0;
        this.needsRefresh = this.isVolatileBinding;
        const result = this.binding(source, context);
        watcher = previousWatcher;
        return result;
      }
      disconnect() {
        if (this.last !== null) {
          let current = this.first;
          while (current !== void 0) {
            current.notifier.unsubscribe(this, current.propertyName);
            current = current.next;
          }
          this.last = null;
          this.needsRefresh = this.needsQueue = true;
        }
      }
      watch(propertySource, propertyName) {
        const prev = this.last;
        const notifier = getNotifier(propertySource);
        const current = prev === null ? this.first : {};
        current.propertySource = propertySource;
        current.propertyName = propertyName;
        current.notifier = notifier;
        notifier.subscribe(this, propertyName);
        if (prev !== null) {
          if (!this.needsRefresh) {
            let prevValue;
            watcher = void 0;
            prevValue = prev.propertySource[prev.propertyName];
            watcher = this;
            if (propertySource === prevValue) {
              this.needsRefresh = true;
            }
          }
          prev.next = current;
        }
        this.last = current;
      }
      handleChange() {
        if (this.needsQueue) {
          this.needsQueue = false;
          queueUpdate(this);
        }
      }
      call() {
        if (this.last !== null) {
          this.needsQueue = true;
          this.notify(this);
        }
      }
      records() {
        let next = this.first;
        return {
          next: () => {
            const current = next;
            if (current === void 0) {
              return { value: void 0, done: true };
            } else {
              next = next.next;
              return {
                value: current,
                done: false
              };
            }
          },
          [Symbol.iterator]: function() {
            return this;
          }
        };
      }
    }
    return Object.freeze({
      /**
       * @internal
       * @param factory - The factory used to create array observers.
       */
      setArrayObserverFactory(factory) {
        createArrayObserver = factory;
      },
      /**
       * Gets a notifier for an object or Array.
       * @param source - The object or Array to get the notifier for.
       */
      getNotifier,
      /**
       * Records a property change for a source object.
       * @param source - The object to record the change against.
       * @param propertyName - The property to track as changed.
       */
      track(source, propertyName) {
        if (watcher !== void 0) {
          watcher.watch(source, propertyName);
        }
      },
      /**
       * Notifies watchers that the currently executing property getter or function is volatile
       * with respect to its observable dependencies.
       */
      trackVolatile() {
        if (watcher !== void 0) {
          watcher.needsRefresh = true;
        }
      },
      /**
       * Notifies subscribers of a source object of changes.
       * @param source - the object to notify of changes.
       * @param args - The change args to pass to subscribers.
       */
      notify(source, args) {
        getNotifier(source).notify(args);
      },
      /**
       * Defines an observable property on an object or prototype.
       * @param target - The target object to define the observable on.
       * @param nameOrAccessor - The name of the property to define as observable;
       * or a custom accessor that specifies the property name and accessor implementation.
       */
      defineProperty(target, nameOrAccessor) {
        if (typeof nameOrAccessor === "string") {
          nameOrAccessor = new DefaultObservableAccessor(nameOrAccessor);
        }
        getAccessors(target).push(nameOrAccessor);
        Reflect.defineProperty(target, nameOrAccessor.name, {
          enumerable: true,
          get: function() {
            return nameOrAccessor.getValue(this);
          },
          set: function(newValue) {
            nameOrAccessor.setValue(this, newValue);
          }
        });
      },
      /**
       * Finds all the observable accessors defined on the target,
       * including its prototype chain.
       * @param target - The target object to search for accessor on.
       */
      getAccessors,
      /**
       * Creates a {@link BindingObserver} that can watch the
       * provided {@link Binding} for changes.
       * @param binding - The binding to observe.
       * @param initialSubscriber - An initial subscriber to changes in the binding value.
       * @param isVolatileBinding - Indicates whether the binding's dependency list must be re-evaluated on every value evaluation.
       */
      binding(binding, initialSubscriber, isVolatileBinding = this.isVolatileBinding(binding)) {
        return new BindingObserverImplementation(binding, initialSubscriber, isVolatileBinding);
      },
      /**
       * Determines whether a binding expression is volatile and needs to have its dependency list re-evaluated
       * on every evaluation of the value.
       * @param binding - The binding to inspect.
       */
      isVolatileBinding(binding) {
        return volatileRegex.test(binding.toString());
      }
    });
  });
  function observable(target, nameOrAccessor) {
    Observable.defineProperty(target, nameOrAccessor);
  }
  function volatile(target, name, descriptor) {
    return Object.assign({}, descriptor, {
      get: function() {
        Observable.trackVolatile();
        return descriptor.get.apply(this);
      }
    });
  }
  var contextEvent = FAST.getById(3, () => {
    let current = null;
    return {
      get() {
        return current;
      },
      set(event) {
        current = event;
      }
    };
  });
  var ExecutionContext = class {
    constructor() {
      this.index = 0;
      this.length = 0;
      this.parent = null;
      this.parentContext = null;
    }
    /**
     * The current event within an event handler.
     */
    get event() {
      return contextEvent.get();
    }
    /**
     * Indicates whether the current item within a repeat context
     * has an even index.
     */
    get isEven() {
      return this.index % 2 === 0;
    }
    /**
     * Indicates whether the current item within a repeat context
     * has an odd index.
     */
    get isOdd() {
      return this.index % 2 !== 0;
    }
    /**
     * Indicates whether the current item within a repeat context
     * is the first item in the collection.
     */
    get isFirst() {
      return this.index === 0;
    }
    /**
     * Indicates whether the current item within a repeat context
     * is somewhere in the middle of the collection.
     */
    get isInMiddle() {
      return !this.isFirst && !this.isLast;
    }
    /**
     * Indicates whether the current item within a repeat context
     * is the last item in the collection.
     */
    get isLast() {
      return this.index === this.length - 1;
    }
    /**
     * Sets the event for the current execution context.
     * @param event - The event to set.
     * @internal
     */
    static setEvent(event) {
      contextEvent.set(event);
    }
  };
  Observable.defineProperty(ExecutionContext.prototype, "index");
  Observable.defineProperty(ExecutionContext.prototype, "length");
  var defaultExecutionContext = Object.seal(new ExecutionContext());

  // node_modules/@microsoft/fast-element/dist/esm/templating/html-directive.js
  var HTMLDirective = class {
    constructor() {
      this.targetIndex = 0;
    }
  };
  var TargetedHTMLDirective = class extends HTMLDirective {
    constructor() {
      super(...arguments);
      this.createPlaceholder = DOM.createInterpolationPlaceholder;
    }
  };
  var AttachedBehaviorHTMLDirective = class extends HTMLDirective {
    /**
     *
     * @param name - The name of the behavior; used as a custom attribute on the element.
     * @param behavior - The behavior to instantiate and attach to the element.
     * @param options - Options to pass to the behavior during creation.
     */
    constructor(name, behavior, options) {
      super();
      this.name = name;
      this.behavior = behavior;
      this.options = options;
    }
    /**
     * Creates a placeholder string based on the directive's index within the template.
     * @param index - The index of the directive within the template.
     * @remarks
     * Creates a custom attribute placeholder.
     */
    createPlaceholder(index) {
      return DOM.createCustomAttributePlaceholder(this.name, index);
    }
    /**
     * Creates a behavior for the provided target node.
     * @param target - The node instance to create the behavior for.
     * @remarks
     * Creates an instance of the `behavior` type this directive was constructed with
     * and passes the target and options to that `behavior`'s constructor.
     */
    createBehavior(target) {
      return new this.behavior(target, this.options);
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/templating/binding.js
  function normalBind(source, context) {
    this.source = source;
    this.context = context;
    if (this.bindingObserver === null) {
      this.bindingObserver = Observable.binding(this.binding, this, this.isBindingVolatile);
    }
    this.updateTarget(this.bindingObserver.observe(source, context));
  }
  function triggerBind(source, context) {
    this.source = source;
    this.context = context;
    this.target.addEventListener(this.targetName, this);
  }
  function normalUnbind() {
    this.bindingObserver.disconnect();
    this.source = null;
    this.context = null;
  }
  function contentUnbind() {
    this.bindingObserver.disconnect();
    this.source = null;
    this.context = null;
    const view2 = this.target.$fastView;
    if (view2 !== void 0 && view2.isComposed) {
      view2.unbind();
      view2.needsBindOnly = true;
    }
  }
  function triggerUnbind() {
    this.target.removeEventListener(this.targetName, this);
    this.source = null;
    this.context = null;
  }
  function updateAttributeTarget(value2) {
    DOM.setAttribute(this.target, this.targetName, value2);
  }
  function updateBooleanAttributeTarget(value2) {
    DOM.setBooleanAttribute(this.target, this.targetName, value2);
  }
  function updateContentTarget(value2) {
    if (value2 === null || value2 === void 0) {
      value2 = "";
    }
    if (value2.create) {
      this.target.textContent = "";
      let view2 = this.target.$fastView;
      if (view2 === void 0) {
        view2 = value2.create();
      } else {
        if (this.target.$fastTemplate !== value2) {
          if (view2.isComposed) {
            view2.remove();
            view2.unbind();
          }
          view2 = value2.create();
        }
      }
      if (!view2.isComposed) {
        view2.isComposed = true;
        view2.bind(this.source, this.context);
        view2.insertBefore(this.target);
        this.target.$fastView = view2;
        this.target.$fastTemplate = value2;
      } else if (view2.needsBindOnly) {
        view2.needsBindOnly = false;
        view2.bind(this.source, this.context);
      }
    } else {
      const view2 = this.target.$fastView;
      if (view2 !== void 0 && view2.isComposed) {
        view2.isComposed = false;
        view2.remove();
        if (view2.needsBindOnly) {
          view2.needsBindOnly = false;
        } else {
          view2.unbind();
        }
      }
      this.target.textContent = value2;
    }
  }
  function updatePropertyTarget(value2) {
    this.target[this.targetName] = value2;
  }
  function updateClassTarget(value2) {
    const classVersions = this.classVersions || /* @__PURE__ */ Object.create(null);
    const target = this.target;
    let version = this.version || 0;
    if (value2 !== null && value2 !== void 0 && value2.length) {
      const names = value2.split(/\s+/);
      for (let i = 0, ii = names.length; i < ii; ++i) {
        const currentName = names[i];
        if (currentName === "") {
          continue;
        }
        classVersions[currentName] = version;
        target.classList.add(currentName);
      }
    }
    this.classVersions = classVersions;
    this.version = version + 1;
    if (version === 0) {
      return;
    }
    version -= 1;
    for (const name in classVersions) {
      if (classVersions[name] === version) {
        target.classList.remove(name);
      }
    }
  }
  var HTMLBindingDirective = class extends TargetedHTMLDirective {
    /**
     * Creates an instance of BindingDirective.
     * @param binding - A binding that returns the data used to update the DOM.
     */
    constructor(binding) {
      super();
      this.binding = binding;
      this.bind = normalBind;
      this.unbind = normalUnbind;
      this.updateTarget = updateAttributeTarget;
      this.isBindingVolatile = Observable.isVolatileBinding(this.binding);
    }
    /**
     * Gets/sets the name of the attribute or property that this
     * binding is targeting.
     */
    get targetName() {
      return this.originalTargetName;
    }
    set targetName(value2) {
      this.originalTargetName = value2;
      if (value2 === void 0) {
        return;
      }
      switch (value2[0]) {
        case ":":
          this.cleanedTargetName = value2.substr(1);
          this.updateTarget = updatePropertyTarget;
          if (this.cleanedTargetName === "innerHTML") {
            const binding = this.binding;
            this.binding = (s2, c) => DOM.createHTML(binding(s2, c));
          }
          break;
        case "?":
          this.cleanedTargetName = value2.substr(1);
          this.updateTarget = updateBooleanAttributeTarget;
          break;
        case "@":
          this.cleanedTargetName = value2.substr(1);
          this.bind = triggerBind;
          this.unbind = triggerUnbind;
          break;
        default:
          this.cleanedTargetName = value2;
          if (value2 === "class") {
            this.updateTarget = updateClassTarget;
          }
          break;
      }
    }
    /**
     * Makes this binding target the content of an element rather than
     * a particular attribute or property.
     */
    targetAtContent() {
      this.updateTarget = updateContentTarget;
      this.unbind = contentUnbind;
    }
    /**
     * Creates the runtime BindingBehavior instance based on the configuration
     * information stored in the BindingDirective.
     * @param target - The target node that the binding behavior should attach to.
     */
    createBehavior(target) {
      return new BindingBehavior(target, this.binding, this.isBindingVolatile, this.bind, this.unbind, this.updateTarget, this.cleanedTargetName);
    }
  };
  var BindingBehavior = class {
    /**
     * Creates an instance of BindingBehavior.
     * @param target - The target of the data updates.
     * @param binding - The binding that returns the latest value for an update.
     * @param isBindingVolatile - Indicates whether the binding has volatile dependencies.
     * @param bind - The operation to perform during binding.
     * @param unbind - The operation to perform during unbinding.
     * @param updateTarget - The operation to perform when updating.
     * @param targetName - The name of the target attribute or property to update.
     */
    constructor(target, binding, isBindingVolatile, bind, unbind, updateTarget, targetName) {
      this.source = null;
      this.context = null;
      this.bindingObserver = null;
      this.target = target;
      this.binding = binding;
      this.isBindingVolatile = isBindingVolatile;
      this.bind = bind;
      this.unbind = unbind;
      this.updateTarget = updateTarget;
      this.targetName = targetName;
    }
    /** @internal */
    handleChange() {
      this.updateTarget(this.bindingObserver.observe(this.source, this.context));
    }
    /** @internal */
    handleEvent(event) {
      ExecutionContext.setEvent(event);
      const result = this.binding(this.source, this.context);
      ExecutionContext.setEvent(null);
      if (result !== true) {
        event.preventDefault();
      }
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/templating/compiler.js
  var sharedContext = null;
  var CompilationContext = class _CompilationContext {
    addFactory(factory) {
      factory.targetIndex = this.targetIndex;
      this.behaviorFactories.push(factory);
    }
    captureContentBinding(directive) {
      directive.targetAtContent();
      this.addFactory(directive);
    }
    reset() {
      this.behaviorFactories = [];
      this.targetIndex = -1;
    }
    release() {
      sharedContext = this;
    }
    static borrow(directives) {
      const shareable = sharedContext || new _CompilationContext();
      shareable.directives = directives;
      shareable.reset();
      sharedContext = null;
      return shareable;
    }
  };
  function createAggregateBinding(parts) {
    if (parts.length === 1) {
      return parts[0];
    }
    let targetName;
    const partCount = parts.length;
    const finalParts = parts.map((x2) => {
      if (typeof x2 === "string") {
        return () => x2;
      }
      targetName = x2.targetName || targetName;
      return x2.binding;
    });
    const binding = (scope, context) => {
      let output = "";
      for (let i = 0; i < partCount; ++i) {
        output += finalParts[i](scope, context);
      }
      return output;
    };
    const directive = new HTMLBindingDirective(binding);
    directive.targetName = targetName;
    return directive;
  }
  var interpolationEndLength = _interpolationEnd.length;
  function parseContent(context, value2) {
    const valueParts = value2.split(_interpolationStart);
    if (valueParts.length === 1) {
      return null;
    }
    const bindingParts = [];
    for (let i = 0, ii = valueParts.length; i < ii; ++i) {
      const current = valueParts[i];
      const index = current.indexOf(_interpolationEnd);
      let literal;
      if (index === -1) {
        literal = current;
      } else {
        const directiveIndex = parseInt(current.substring(0, index));
        bindingParts.push(context.directives[directiveIndex]);
        literal = current.substring(index + interpolationEndLength);
      }
      if (literal !== "") {
        bindingParts.push(literal);
      }
    }
    return bindingParts;
  }
  function compileAttributes(context, node, includeBasicValues = false) {
    const attributes = node.attributes;
    for (let i = 0, ii = attributes.length; i < ii; ++i) {
      const attr2 = attributes[i];
      const attrValue = attr2.value;
      const parseResult = parseContent(context, attrValue);
      let result = null;
      if (parseResult === null) {
        if (includeBasicValues) {
          result = new HTMLBindingDirective(() => attrValue);
          result.targetName = attr2.name;
        }
      } else {
        result = createAggregateBinding(parseResult);
      }
      if (result !== null) {
        node.removeAttributeNode(attr2);
        i--;
        ii--;
        context.addFactory(result);
      }
    }
  }
  function compileContent(context, node, walker) {
    const parseResult = parseContent(context, node.textContent);
    if (parseResult !== null) {
      let lastNode = node;
      for (let i = 0, ii = parseResult.length; i < ii; ++i) {
        const currentPart = parseResult[i];
        const currentNode = i === 0 ? node : lastNode.parentNode.insertBefore(document.createTextNode(""), lastNode.nextSibling);
        if (typeof currentPart === "string") {
          currentNode.textContent = currentPart;
        } else {
          currentNode.textContent = " ";
          context.captureContentBinding(currentPart);
        }
        lastNode = currentNode;
        context.targetIndex++;
        if (currentNode !== node) {
          walker.nextNode();
        }
      }
      context.targetIndex--;
    }
  }
  function compileTemplate(template, directives) {
    const fragment = template.content;
    document.adoptNode(fragment);
    const context = CompilationContext.borrow(directives);
    compileAttributes(context, template, true);
    const hostBehaviorFactories = context.behaviorFactories;
    context.reset();
    const walker = DOM.createTemplateWalker(fragment);
    let node;
    while (node = walker.nextNode()) {
      context.targetIndex++;
      switch (node.nodeType) {
        case 1:
          compileAttributes(context, node);
          break;
        case 3:
          compileContent(context, node, walker);
          break;
        case 8:
          if (DOM.isMarker(node)) {
            context.addFactory(directives[DOM.extractDirectiveIndexFromMarker(node)]);
          }
      }
    }
    let targetOffset = 0;
    if (
      // If the first node in a fragment is a marker, that means it's an unstable first node,
      // because something like a when, repeat, etc. could add nodes before the marker.
      // To mitigate this, we insert a stable first node. However, if we insert a node,
      // that will alter the result of the TreeWalker. So, we also need to offset the target index.
      DOM.isMarker(fragment.firstChild) || // Or if there is only one node and a directive, it means the template's content
      // is *only* the directive. In that case, HTMLView.dispose() misses any nodes inserted by
      // the directive. Inserting a new node ensures proper disposal of nodes added by the directive.
      fragment.childNodes.length === 1 && directives.length
    ) {
      fragment.insertBefore(document.createComment(""), fragment.firstChild);
      targetOffset = -1;
    }
    const viewBehaviorFactories = context.behaviorFactories;
    context.release();
    return {
      fragment,
      viewBehaviorFactories,
      hostBehaviorFactories,
      targetOffset
    };
  }

  // node_modules/@microsoft/fast-element/dist/esm/templating/view.js
  var range2 = document.createRange();
  var HTMLView = class {
    /**
     * Constructs an instance of HTMLView.
     * @param fragment - The html fragment that contains the nodes for this view.
     * @param behaviors - The behaviors to be applied to this view.
     */
    constructor(fragment, behaviors) {
      this.fragment = fragment;
      this.behaviors = behaviors;
      this.source = null;
      this.context = null;
      this.firstChild = fragment.firstChild;
      this.lastChild = fragment.lastChild;
    }
    /**
     * Appends the view's DOM nodes to the referenced node.
     * @param node - The parent node to append the view's DOM nodes to.
     */
    appendTo(node) {
      node.appendChild(this.fragment);
    }
    /**
     * Inserts the view's DOM nodes before the referenced node.
     * @param node - The node to insert the view's DOM before.
     */
    insertBefore(node) {
      if (this.fragment.hasChildNodes()) {
        node.parentNode.insertBefore(this.fragment, node);
      } else {
        const end = this.lastChild;
        if (node.previousSibling === end)
          return;
        const parentNode = node.parentNode;
        let current = this.firstChild;
        let next;
        while (current !== end) {
          next = current.nextSibling;
          parentNode.insertBefore(current, node);
          current = next;
        }
        parentNode.insertBefore(end, node);
      }
    }
    /**
     * Removes the view's DOM nodes.
     * The nodes are not disposed and the view can later be re-inserted.
     */
    remove() {
      const fragment = this.fragment;
      const end = this.lastChild;
      let current = this.firstChild;
      let next;
      while (current !== end) {
        next = current.nextSibling;
        fragment.appendChild(current);
        current = next;
      }
      fragment.appendChild(end);
    }
    /**
     * Removes the view and unbinds its behaviors, disposing of DOM nodes afterward.
     * Once a view has been disposed, it cannot be inserted or bound again.
     */
    dispose() {
      const parent = this.firstChild.parentNode;
      const end = this.lastChild;
      let current = this.firstChild;
      let next;
      while (current !== end) {
        next = current.nextSibling;
        parent.removeChild(current);
        current = next;
      }
      parent.removeChild(end);
      const behaviors = this.behaviors;
      const oldSource = this.source;
      for (let i = 0, ii = behaviors.length; i < ii; ++i) {
        behaviors[i].unbind(oldSource);
      }
    }
    /**
     * Binds a view's behaviors to its binding source.
     * @param source - The binding source for the view's binding behaviors.
     * @param context - The execution context to run the behaviors within.
     */
    bind(source, context) {
      const behaviors = this.behaviors;
      if (this.source === source) {
        return;
      } else if (this.source !== null) {
        const oldSource = this.source;
        this.source = source;
        this.context = context;
        for (let i = 0, ii = behaviors.length; i < ii; ++i) {
          const current = behaviors[i];
          current.unbind(oldSource);
          current.bind(source, context);
        }
      } else {
        this.source = source;
        this.context = context;
        for (let i = 0, ii = behaviors.length; i < ii; ++i) {
          behaviors[i].bind(source, context);
        }
      }
    }
    /**
     * Unbinds a view's behaviors from its binding source.
     */
    unbind() {
      if (this.source === null) {
        return;
      }
      const behaviors = this.behaviors;
      const oldSource = this.source;
      for (let i = 0, ii = behaviors.length; i < ii; ++i) {
        behaviors[i].unbind(oldSource);
      }
      this.source = null;
    }
    /**
     * Efficiently disposes of a contiguous range of synthetic view instances.
     * @param views - A contiguous range of views to be disposed.
     */
    static disposeContiguousBatch(views) {
      if (views.length === 0) {
        return;
      }
      range2.setStartBefore(views[0].firstChild);
      range2.setEndAfter(views[views.length - 1].lastChild);
      range2.deleteContents();
      for (let i = 0, ii = views.length; i < ii; ++i) {
        const view2 = views[i];
        const behaviors = view2.behaviors;
        const oldSource = view2.source;
        for (let j = 0, jj = behaviors.length; j < jj; ++j) {
          behaviors[j].unbind(oldSource);
        }
      }
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/templating/template.js
  var ViewTemplate = class {
    /**
     * Creates an instance of ViewTemplate.
     * @param html - The html representing what this template will instantiate, including placeholders for directives.
     * @param directives - The directives that will be connected to placeholders in the html.
     */
    constructor(html2, directives) {
      this.behaviorCount = 0;
      this.hasHostBehaviors = false;
      this.fragment = null;
      this.targetOffset = 0;
      this.viewBehaviorFactories = null;
      this.hostBehaviorFactories = null;
      this.html = html2;
      this.directives = directives;
    }
    /**
     * Creates an HTMLView instance based on this template definition.
     * @param hostBindingTarget - The element that host behaviors will be bound to.
     */
    create(hostBindingTarget) {
      if (this.fragment === null) {
        let template;
        const html2 = this.html;
        if (typeof html2 === "string") {
          template = document.createElement("template");
          template.innerHTML = DOM.createHTML(html2);
          const fec = template.content.firstElementChild;
          if (fec !== null && fec.tagName === "TEMPLATE") {
            template = fec;
          }
        } else {
          template = html2;
        }
        const result = compileTemplate(template, this.directives);
        this.fragment = result.fragment;
        this.viewBehaviorFactories = result.viewBehaviorFactories;
        this.hostBehaviorFactories = result.hostBehaviorFactories;
        this.targetOffset = result.targetOffset;
        this.behaviorCount = this.viewBehaviorFactories.length + this.hostBehaviorFactories.length;
        this.hasHostBehaviors = this.hostBehaviorFactories.length > 0;
      }
      const fragment = this.fragment.cloneNode(true);
      const viewFactories = this.viewBehaviorFactories;
      const behaviors = new Array(this.behaviorCount);
      const walker = DOM.createTemplateWalker(fragment);
      let behaviorIndex = 0;
      let targetIndex = this.targetOffset;
      let node = walker.nextNode();
      for (let ii = viewFactories.length; behaviorIndex < ii; ++behaviorIndex) {
        const factory = viewFactories[behaviorIndex];
        const factoryIndex = factory.targetIndex;
        while (node !== null) {
          if (targetIndex === factoryIndex) {
            behaviors[behaviorIndex] = factory.createBehavior(node);
            break;
          } else {
            node = walker.nextNode();
            targetIndex++;
          }
        }
      }
      if (this.hasHostBehaviors) {
        const hostFactories = this.hostBehaviorFactories;
        for (let i = 0, ii = hostFactories.length; i < ii; ++i, ++behaviorIndex) {
          behaviors[behaviorIndex] = hostFactories[i].createBehavior(hostBindingTarget);
        }
      }
      return new HTMLView(fragment, behaviors);
    }
    /**
     * Creates an HTMLView from this template, binds it to the source, and then appends it to the host.
     * @param source - The data source to bind the template to.
     * @param host - The Element where the template will be rendered.
     * @param hostBindingTarget - An HTML element to target the host bindings at if different from the
     * host that the template is being attached to.
     */
    render(source, host, hostBindingTarget) {
      if (typeof host === "string") {
        host = document.getElementById(host);
      }
      if (hostBindingTarget === void 0) {
        hostBindingTarget = host;
      }
      const view2 = this.create(hostBindingTarget);
      view2.bind(source, defaultExecutionContext);
      view2.appendTo(host);
      return view2;
    }
  };
  var lastAttributeNameRegex = (
    /* eslint-disable-next-line no-control-regex */
    /([ \x09\x0a\x0c\x0d])([^\0-\x1F\x7F-\x9F "'>=/]+)([ \x09\x0a\x0c\x0d]*=[ \x09\x0a\x0c\x0d]*(?:[^ \x09\x0a\x0c\x0d"'`<>=]*|"[^"]*|'[^']*))$/
  );
  function html(strings, ...values) {
    const directives = [];
    let html2 = "";
    for (let i = 0, ii = strings.length - 1; i < ii; ++i) {
      const currentString = strings[i];
      let value2 = values[i];
      html2 += currentString;
      if (value2 instanceof ViewTemplate) {
        const template = value2;
        value2 = () => template;
      }
      if (typeof value2 === "function") {
        value2 = new HTMLBindingDirective(value2);
      }
      if (value2 instanceof TargetedHTMLDirective) {
        const match = lastAttributeNameRegex.exec(currentString);
        if (match !== null) {
          value2.targetName = match[2];
        }
      }
      if (value2 instanceof HTMLDirective) {
        html2 += value2.createPlaceholder(directives.length);
        directives.push(value2);
      } else {
        html2 += value2;
      }
    }
    html2 += strings[strings.length - 1];
    return new ViewTemplate(html2, directives);
  }

  // node_modules/@microsoft/fast-element/dist/esm/styles/element-styles.js
  var ElementStyles = class {
    constructor() {
      this.targets = /* @__PURE__ */ new WeakSet();
    }
    /** @internal */
    addStylesTo(target) {
      this.targets.add(target);
    }
    /** @internal */
    removeStylesFrom(target) {
      this.targets.delete(target);
    }
    /** @internal */
    isAttachedTo(target) {
      return this.targets.has(target);
    }
    /**
     * Associates behaviors with this set of styles.
     * @param behaviors - The behaviors to associate.
     */
    withBehaviors(...behaviors) {
      this.behaviors = this.behaviors === null ? behaviors : this.behaviors.concat(behaviors);
      return this;
    }
  };
  ElementStyles.create = (() => {
    if (DOM.supportsAdoptedStyleSheets) {
      const styleSheetCache = /* @__PURE__ */ new Map();
      return (styles) => (
        // eslint-disable-next-line @typescript-eslint/no-use-before-define
        new AdoptedStyleSheetsStyles(styles, styleSheetCache)
      );
    }
    return (styles) => new StyleElementStyles(styles);
  })();
  function reduceStyles(styles) {
    return styles.map((x2) => x2 instanceof ElementStyles ? reduceStyles(x2.styles) : [x2]).reduce((prev, curr) => prev.concat(curr), []);
  }
  function reduceBehaviors(styles) {
    return styles.map((x2) => x2 instanceof ElementStyles ? x2.behaviors : null).reduce((prev, curr) => {
      if (curr === null) {
        return prev;
      }
      if (prev === null) {
        prev = [];
      }
      return prev.concat(curr);
    }, null);
  }
  var prependToAdoptedStyleSheetsSymbol = /* @__PURE__ */ Symbol("prependToAdoptedStyleSheets");
  function separateSheetsToPrepend(sheets) {
    const prepend = [];
    const append2 = [];
    sheets.forEach((x2) => (x2[prependToAdoptedStyleSheetsSymbol] ? prepend : append2).push(x2));
    return { prepend, append: append2 };
  }
  var addAdoptedStyleSheets = (target, sheets) => {
    const { prepend, append: append2 } = separateSheetsToPrepend(sheets);
    target.adoptedStyleSheets = [...prepend, ...target.adoptedStyleSheets, ...append2];
  };
  var removeAdoptedStyleSheets = (target, sheets) => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((x2) => sheets.indexOf(x2) === -1);
  };
  if (DOM.supportsAdoptedStyleSheets) {
    try {
      document.adoptedStyleSheets.push();
      document.adoptedStyleSheets.splice();
      addAdoptedStyleSheets = (target, sheets) => {
        const { prepend, append: append2 } = separateSheetsToPrepend(sheets);
        target.adoptedStyleSheets.splice(0, 0, ...prepend);
        target.adoptedStyleSheets.push(...append2);
      };
      removeAdoptedStyleSheets = (target, sheets) => {
        for (const sheet of sheets) {
          const index = target.adoptedStyleSheets.indexOf(sheet);
          if (index !== -1) {
            target.adoptedStyleSheets.splice(index, 1);
          }
        }
      };
    } catch (e) {
    }
  }
  var AdoptedStyleSheetsStyles = class extends ElementStyles {
    constructor(styles, styleSheetCache) {
      super();
      this.styles = styles;
      this.styleSheetCache = styleSheetCache;
      this._styleSheets = void 0;
      this.behaviors = reduceBehaviors(styles);
    }
    get styleSheets() {
      if (this._styleSheets === void 0) {
        const styles = this.styles;
        const styleSheetCache = this.styleSheetCache;
        this._styleSheets = reduceStyles(styles).map((x2) => {
          if (x2 instanceof CSSStyleSheet) {
            return x2;
          }
          let sheet = styleSheetCache.get(x2);
          if (sheet === void 0) {
            sheet = new CSSStyleSheet();
            sheet.replaceSync(x2);
            styleSheetCache.set(x2, sheet);
          }
          return sheet;
        });
      }
      return this._styleSheets;
    }
    addStylesTo(target) {
      addAdoptedStyleSheets(target, this.styleSheets);
      super.addStylesTo(target);
    }
    removeStylesFrom(target) {
      removeAdoptedStyleSheets(target, this.styleSheets);
      super.removeStylesFrom(target);
    }
  };
  var styleClassId = 0;
  function getNextStyleClass() {
    return `fast-style-class-${++styleClassId}`;
  }
  var StyleElementStyles = class extends ElementStyles {
    constructor(styles) {
      super();
      this.styles = styles;
      this.behaviors = null;
      this.behaviors = reduceBehaviors(styles);
      this.styleSheets = reduceStyles(styles);
      this.styleClass = getNextStyleClass();
    }
    addStylesTo(target) {
      const styleSheets = this.styleSheets;
      const styleClass = this.styleClass;
      target = this.normalizeTarget(target);
      for (let i = 0; i < styleSheets.length; i++) {
        const element = document.createElement("style");
        element.innerHTML = styleSheets[i];
        element.className = styleClass;
        target.append(element);
      }
      super.addStylesTo(target);
    }
    removeStylesFrom(target) {
      target = this.normalizeTarget(target);
      const styles = target.querySelectorAll(`.${this.styleClass}`);
      for (let i = 0, ii = styles.length; i < ii; ++i) {
        target.removeChild(styles[i]);
      }
      super.removeStylesFrom(target);
    }
    isAttachedTo(target) {
      return super.isAttachedTo(this.normalizeTarget(target));
    }
    normalizeTarget(target) {
      return target === document ? document.body : target;
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/components/attributes.js
  var AttributeConfiguration = Object.freeze({
    /**
     * Locates all attribute configurations associated with a type.
     */
    locate: createMetadataLocator()
  });
  var booleanConverter = {
    toView(value2) {
      return value2 ? "true" : "false";
    },
    fromView(value2) {
      if (value2 === null || value2 === void 0 || value2 === "false" || value2 === false || value2 === 0) {
        return false;
      }
      return true;
    }
  };
  var nullableNumberConverter = {
    toView(value2) {
      if (value2 === null || value2 === void 0) {
        return null;
      }
      const number3 = value2 * 1;
      return isNaN(number3) ? null : number3.toString();
    },
    fromView(value2) {
      if (value2 === null || value2 === void 0) {
        return null;
      }
      const number3 = value2 * 1;
      return isNaN(number3) ? null : number3;
    }
  };
  var AttributeDefinition = class _AttributeDefinition {
    /**
     * Creates an instance of AttributeDefinition.
     * @param Owner - The class constructor that owns this attribute.
     * @param name - The name of the property associated with the attribute.
     * @param attribute - The name of the attribute in HTML.
     * @param mode - The {@link AttributeMode} that describes the behavior of this attribute.
     * @param converter - A {@link ValueConverter} that integrates with the property getter/setter
     * to convert values to and from a DOM string.
     */
    constructor(Owner, name, attribute = name.toLowerCase(), mode = "reflect", converter) {
      this.guards = /* @__PURE__ */ new Set();
      this.Owner = Owner;
      this.name = name;
      this.attribute = attribute;
      this.mode = mode;
      this.converter = converter;
      this.fieldName = `_${name}`;
      this.callbackName = `${name}Changed`;
      this.hasCallback = this.callbackName in Owner.prototype;
      if (mode === "boolean" && converter === void 0) {
        this.converter = booleanConverter;
      }
    }
    /**
     * Sets the value of the attribute/property on the source element.
     * @param source - The source element to access.
     * @param value - The value to set the attribute/property to.
     */
    setValue(source, newValue) {
      const oldValue = source[this.fieldName];
      const converter = this.converter;
      if (converter !== void 0) {
        newValue = converter.fromView(newValue);
      }
      if (oldValue !== newValue) {
        source[this.fieldName] = newValue;
        this.tryReflectToAttribute(source);
        if (this.hasCallback) {
          source[this.callbackName](oldValue, newValue);
        }
        source.$fastController.notify(this.name);
      }
    }
    /**
     * Gets the value of the attribute/property on the source element.
     * @param source - The source element to access.
     */
    getValue(source) {
      Observable.track(source, this.name);
      return source[this.fieldName];
    }
    /** @internal */
    onAttributeChangedCallback(element, value2) {
      if (this.guards.has(element)) {
        return;
      }
      this.guards.add(element);
      this.setValue(element, value2);
      this.guards.delete(element);
    }
    tryReflectToAttribute(element) {
      const mode = this.mode;
      const guards = this.guards;
      if (guards.has(element) || mode === "fromView") {
        return;
      }
      DOM.queueUpdate(() => {
        guards.add(element);
        const latestValue = element[this.fieldName];
        switch (mode) {
          case "reflect":
            const converter = this.converter;
            DOM.setAttribute(element, this.attribute, converter !== void 0 ? converter.toView(latestValue) : latestValue);
            break;
          case "boolean":
            DOM.setBooleanAttribute(element, this.attribute, latestValue);
            break;
        }
        guards.delete(element);
      });
    }
    /**
     * Collects all attribute definitions associated with the owner.
     * @param Owner - The class constructor to collect attribute for.
     * @param attributeLists - Any existing attributes to collect and merge with those associated with the owner.
     * @internal
     */
    static collect(Owner, ...attributeLists) {
      const attributes = [];
      attributeLists.push(AttributeConfiguration.locate(Owner));
      for (let i = 0, ii = attributeLists.length; i < ii; ++i) {
        const list = attributeLists[i];
        if (list === void 0) {
          continue;
        }
        for (let j = 0, jj = list.length; j < jj; ++j) {
          const config = list[j];
          if (typeof config === "string") {
            attributes.push(new _AttributeDefinition(Owner, config));
          } else {
            attributes.push(new _AttributeDefinition(Owner, config.property, config.attribute, config.mode, config.converter));
          }
        }
      }
      return attributes;
    }
  };
  function attr(configOrTarget, prop) {
    let config;
    function decorator($target, $prop) {
      if (arguments.length > 1) {
        config.property = $prop;
      }
      AttributeConfiguration.locate($target.constructor).push(config);
    }
    if (arguments.length > 1) {
      config = {};
      decorator(configOrTarget, prop);
      return;
    }
    config = configOrTarget === void 0 ? {} : configOrTarget;
    return decorator;
  }

  // node_modules/@microsoft/fast-element/dist/esm/components/fast-definitions.js
  var defaultShadowOptions = { mode: "open" };
  var defaultElementOptions = {};
  var fastRegistry = FAST.getById(4, () => {
    const typeToDefinition = /* @__PURE__ */ new Map();
    return Object.freeze({
      register(definition) {
        if (typeToDefinition.has(definition.type)) {
          return false;
        }
        typeToDefinition.set(definition.type, definition);
        return true;
      },
      getByType(key) {
        return typeToDefinition.get(key);
      }
    });
  });
  var FASTElementDefinition = class {
    /**
     * Creates an instance of FASTElementDefinition.
     * @param type - The type this definition is being created for.
     * @param nameOrConfig - The name of the element to define or a config object
     * that describes the element to define.
     */
    constructor(type, nameOrConfig = type.definition) {
      if (typeof nameOrConfig === "string") {
        nameOrConfig = { name: nameOrConfig };
      }
      this.type = type;
      this.name = nameOrConfig.name;
      this.template = nameOrConfig.template;
      const attributes = AttributeDefinition.collect(type, nameOrConfig.attributes);
      const observedAttributes = new Array(attributes.length);
      const propertyLookup = {};
      const attributeLookup = {};
      for (let i = 0, ii = attributes.length; i < ii; ++i) {
        const current = attributes[i];
        observedAttributes[i] = current.attribute;
        propertyLookup[current.name] = current;
        attributeLookup[current.attribute] = current;
      }
      this.attributes = attributes;
      this.observedAttributes = observedAttributes;
      this.propertyLookup = propertyLookup;
      this.attributeLookup = attributeLookup;
      this.shadowOptions = nameOrConfig.shadowOptions === void 0 ? defaultShadowOptions : nameOrConfig.shadowOptions === null ? void 0 : Object.assign(Object.assign({}, defaultShadowOptions), nameOrConfig.shadowOptions);
      this.elementOptions = nameOrConfig.elementOptions === void 0 ? defaultElementOptions : Object.assign(Object.assign({}, defaultElementOptions), nameOrConfig.elementOptions);
      this.styles = nameOrConfig.styles === void 0 ? void 0 : Array.isArray(nameOrConfig.styles) ? ElementStyles.create(nameOrConfig.styles) : nameOrConfig.styles instanceof ElementStyles ? nameOrConfig.styles : ElementStyles.create([nameOrConfig.styles]);
    }
    /**
     * Indicates if this element has been defined in at least one registry.
     */
    get isDefined() {
      return !!fastRegistry.getByType(this.type);
    }
    /**
     * Defines a custom element based on this definition.
     * @param registry - The element registry to define the element in.
     */
    define(registry = customElements) {
      const type = this.type;
      if (fastRegistry.register(this)) {
        const attributes = this.attributes;
        const proto = type.prototype;
        for (let i = 0, ii = attributes.length; i < ii; ++i) {
          Observable.defineProperty(proto, attributes[i]);
        }
        Reflect.defineProperty(type, "observedAttributes", {
          value: this.observedAttributes,
          enumerable: true
        });
      }
      if (!registry.get(this.name)) {
        registry.define(this.name, type, this.elementOptions);
      }
      return this;
    }
  };
  FASTElementDefinition.forType = fastRegistry.getByType;

  // node_modules/@microsoft/fast-element/dist/esm/components/controller.js
  var shadowRoots = /* @__PURE__ */ new WeakMap();
  var defaultEventOptions = {
    bubbles: true,
    composed: true,
    cancelable: true
  };
  function getShadowRoot(element) {
    return element.shadowRoot || shadowRoots.get(element) || null;
  }
  var Controller = class _Controller extends PropertyChangeNotifier {
    /**
     * Creates a Controller to control the specified element.
     * @param element - The element to be controlled by this controller.
     * @param definition - The element definition metadata that instructs this
     * controller in how to handle rendering and other platform integrations.
     * @internal
     */
    constructor(element, definition) {
      super(element);
      this.boundObservables = null;
      this.behaviors = null;
      this.needsInitialization = true;
      this._template = null;
      this._styles = null;
      this._isConnected = false;
      this.$fastController = this;
      this.view = null;
      this.element = element;
      this.definition = definition;
      const shadowOptions = definition.shadowOptions;
      if (shadowOptions !== void 0) {
        const shadowRoot = element.attachShadow(shadowOptions);
        if (shadowOptions.mode === "closed") {
          shadowRoots.set(element, shadowRoot);
        }
      }
      const accessors = Observable.getAccessors(element);
      if (accessors.length > 0) {
        const boundObservables = this.boundObservables = /* @__PURE__ */ Object.create(null);
        for (let i = 0, ii = accessors.length; i < ii; ++i) {
          const propertyName = accessors[i].name;
          const value2 = element[propertyName];
          if (value2 !== void 0) {
            delete element[propertyName];
            boundObservables[propertyName] = value2;
          }
        }
      }
    }
    /**
     * Indicates whether or not the custom element has been
     * connected to the document.
     */
    get isConnected() {
      Observable.track(this, "isConnected");
      return this._isConnected;
    }
    setIsConnected(value2) {
      this._isConnected = value2;
      Observable.notify(this, "isConnected");
    }
    /**
     * Gets/sets the template used to render the component.
     * @remarks
     * This value can only be accurately read after connect but can be set at any time.
     */
    get template() {
      return this._template;
    }
    set template(value2) {
      if (this._template === value2) {
        return;
      }
      this._template = value2;
      if (!this.needsInitialization) {
        this.renderTemplate(value2);
      }
    }
    /**
     * Gets/sets the primary styles used for the component.
     * @remarks
     * This value can only be accurately read after connect but can be set at any time.
     */
    get styles() {
      return this._styles;
    }
    set styles(value2) {
      if (this._styles === value2) {
        return;
      }
      if (this._styles !== null) {
        this.removeStyles(this._styles);
      }
      this._styles = value2;
      if (!this.needsInitialization && value2 !== null) {
        this.addStyles(value2);
      }
    }
    /**
     * Adds styles to this element. Providing an HTMLStyleElement will attach the element instance to the shadowRoot.
     * @param styles - The styles to add.
     */
    addStyles(styles) {
      const target = getShadowRoot(this.element) || this.element.getRootNode();
      if (styles instanceof HTMLStyleElement) {
        target.append(styles);
      } else if (!styles.isAttachedTo(target)) {
        const sourceBehaviors = styles.behaviors;
        styles.addStylesTo(target);
        if (sourceBehaviors !== null) {
          this.addBehaviors(sourceBehaviors);
        }
      }
    }
    /**
     * Removes styles from this element. Providing an HTMLStyleElement will detach the element instance from the shadowRoot.
     * @param styles - the styles to remove.
     */
    removeStyles(styles) {
      const target = getShadowRoot(this.element) || this.element.getRootNode();
      if (styles instanceof HTMLStyleElement) {
        target.removeChild(styles);
      } else if (styles.isAttachedTo(target)) {
        const sourceBehaviors = styles.behaviors;
        styles.removeStylesFrom(target);
        if (sourceBehaviors !== null) {
          this.removeBehaviors(sourceBehaviors);
        }
      }
    }
    /**
     * Adds behaviors to this element.
     * @param behaviors - The behaviors to add.
     */
    addBehaviors(behaviors) {
      const targetBehaviors = this.behaviors || (this.behaviors = /* @__PURE__ */ new Map());
      const length = behaviors.length;
      const behaviorsToBind = [];
      for (let i = 0; i < length; ++i) {
        const behavior = behaviors[i];
        if (targetBehaviors.has(behavior)) {
          targetBehaviors.set(behavior, targetBehaviors.get(behavior) + 1);
        } else {
          targetBehaviors.set(behavior, 1);
          behaviorsToBind.push(behavior);
        }
      }
      if (this._isConnected) {
        const element = this.element;
        for (let i = 0; i < behaviorsToBind.length; ++i) {
          behaviorsToBind[i].bind(element, defaultExecutionContext);
        }
      }
    }
    /**
     * Removes behaviors from this element.
     * @param behaviors - The behaviors to remove.
     * @param force - Forces unbinding of behaviors.
     */
    removeBehaviors(behaviors, force = false) {
      const targetBehaviors = this.behaviors;
      if (targetBehaviors === null) {
        return;
      }
      const length = behaviors.length;
      const behaviorsToUnbind = [];
      for (let i = 0; i < length; ++i) {
        const behavior = behaviors[i];
        if (targetBehaviors.has(behavior)) {
          const count = targetBehaviors.get(behavior) - 1;
          count === 0 || force ? targetBehaviors.delete(behavior) && behaviorsToUnbind.push(behavior) : targetBehaviors.set(behavior, count);
        }
      }
      if (this._isConnected) {
        const element = this.element;
        for (let i = 0; i < behaviorsToUnbind.length; ++i) {
          behaviorsToUnbind[i].unbind(element);
        }
      }
    }
    /**
     * Runs connected lifecycle behavior on the associated element.
     */
    onConnectedCallback() {
      if (this._isConnected) {
        return;
      }
      const element = this.element;
      if (this.needsInitialization) {
        this.finishInitialization();
      } else if (this.view !== null) {
        this.view.bind(element, defaultExecutionContext);
      }
      const behaviors = this.behaviors;
      if (behaviors !== null) {
        for (const [behavior] of behaviors) {
          behavior.bind(element, defaultExecutionContext);
        }
      }
      this.setIsConnected(true);
    }
    /**
     * Runs disconnected lifecycle behavior on the associated element.
     */
    onDisconnectedCallback() {
      if (!this._isConnected) {
        return;
      }
      this.setIsConnected(false);
      const view2 = this.view;
      if (view2 !== null) {
        view2.unbind();
      }
      const behaviors = this.behaviors;
      if (behaviors !== null) {
        const element = this.element;
        for (const [behavior] of behaviors) {
          behavior.unbind(element);
        }
      }
    }
    /**
     * Runs the attribute changed callback for the associated element.
     * @param name - The name of the attribute that changed.
     * @param oldValue - The previous value of the attribute.
     * @param newValue - The new value of the attribute.
     */
    onAttributeChangedCallback(name, oldValue, newValue) {
      const attrDef = this.definition.attributeLookup[name];
      if (attrDef !== void 0) {
        attrDef.onAttributeChangedCallback(this.element, newValue);
      }
    }
    /**
     * Emits a custom HTML event.
     * @param type - The type name of the event.
     * @param detail - The event detail object to send with the event.
     * @param options - The event options. By default bubbles and composed.
     * @remarks
     * Only emits events if connected.
     */
    emit(type, detail, options) {
      if (this._isConnected) {
        return this.element.dispatchEvent(new CustomEvent(type, Object.assign(Object.assign({ detail }, defaultEventOptions), options)));
      }
      return false;
    }
    finishInitialization() {
      const element = this.element;
      const boundObservables = this.boundObservables;
      if (boundObservables !== null) {
        const propertyNames = Object.keys(boundObservables);
        for (let i = 0, ii = propertyNames.length; i < ii; ++i) {
          const propertyName = propertyNames[i];
          element[propertyName] = boundObservables[propertyName];
        }
        this.boundObservables = null;
      }
      const definition = this.definition;
      if (this._template === null) {
        if (this.element.resolveTemplate) {
          this._template = this.element.resolveTemplate();
        } else if (definition.template) {
          this._template = definition.template || null;
        }
      }
      if (this._template !== null) {
        this.renderTemplate(this._template);
      }
      if (this._styles === null) {
        if (this.element.resolveStyles) {
          this._styles = this.element.resolveStyles();
        } else if (definition.styles) {
          this._styles = definition.styles || null;
        }
      }
      if (this._styles !== null) {
        this.addStyles(this._styles);
      }
      this.needsInitialization = false;
    }
    renderTemplate(template) {
      const element = this.element;
      const host = getShadowRoot(element) || element;
      if (this.view !== null) {
        this.view.dispose();
        this.view = null;
      } else if (!this.needsInitialization) {
        DOM.removeChildNodes(host);
      }
      if (template) {
        this.view = template.render(element, host, element);
      }
    }
    /**
     * Locates or creates a controller for the specified element.
     * @param element - The element to return the controller for.
     * @remarks
     * The specified element must have a {@link FASTElementDefinition}
     * registered either through the use of the {@link customElement}
     * decorator or a call to `FASTElement.define`.
     */
    static forCustomElement(element) {
      const controller = element.$fastController;
      if (controller !== void 0) {
        return controller;
      }
      const definition = FASTElementDefinition.forType(element.constructor);
      if (definition === void 0) {
        throw new Error("Missing FASTElement definition.");
      }
      return element.$fastController = new _Controller(element, definition);
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/components/fast-element.js
  function createFASTElement(BaseType) {
    return class extends BaseType {
      constructor() {
        super();
        Controller.forCustomElement(this);
      }
      $emit(type, detail, options) {
        return this.$fastController.emit(type, detail, options);
      }
      connectedCallback() {
        this.$fastController.onConnectedCallback();
      }
      disconnectedCallback() {
        this.$fastController.onDisconnectedCallback();
      }
      attributeChangedCallback(name, oldValue, newValue) {
        this.$fastController.onAttributeChangedCallback(name, oldValue, newValue);
      }
    };
  }
  var FASTElement = Object.assign(createFASTElement(HTMLElement), {
    /**
     * Creates a new FASTElement base class inherited from the
     * provided base type.
     * @param BaseType - The base element type to inherit from.
     */
    from(BaseType) {
      return createFASTElement(BaseType);
    },
    /**
     * Defines a platform custom element based on the provided type and definition.
     * @param type - The custom element type to define.
     * @param nameOrDef - The name of the element to define or a definition object
     * that describes the element to define.
     */
    define(type, nameOrDef) {
      return new FASTElementDefinition(type, nameOrDef).define().type;
    }
  });

  // node_modules/@microsoft/fast-element/dist/esm/styles/css-directive.js
  var CSSDirective = class {
    /**
     * Creates a CSS fragment to interpolate into the CSS document.
     * @returns - the string to interpolate into CSS
     */
    createCSS() {
      return "";
    }
    /**
     * Creates a behavior to bind to the host element.
     * @returns - the behavior to bind to the host element, or undefined.
     */
    createBehavior() {
      return void 0;
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/styles/css.js
  function collectStyles(strings, values) {
    const styles = [];
    let cssString = "";
    const behaviors = [];
    for (let i = 0, ii = strings.length - 1; i < ii; ++i) {
      cssString += strings[i];
      let value2 = values[i];
      if (value2 instanceof CSSDirective) {
        const behavior = value2.createBehavior();
        value2 = value2.createCSS();
        if (behavior) {
          behaviors.push(behavior);
        }
      }
      if (value2 instanceof ElementStyles || value2 instanceof CSSStyleSheet) {
        if (cssString.trim() !== "") {
          styles.push(cssString);
          cssString = "";
        }
        styles.push(value2);
      } else {
        cssString += value2;
      }
    }
    cssString += strings[strings.length - 1];
    if (cssString.trim() !== "") {
      styles.push(cssString);
    }
    return {
      styles,
      behaviors
    };
  }
  function css(strings, ...values) {
    const { styles, behaviors } = collectStyles(strings, values);
    const elementStyles = ElementStyles.create(styles);
    if (behaviors.length) {
      elementStyles.withBehaviors(...behaviors);
    }
    return elementStyles;
  }

  // node_modules/@microsoft/fast-element/dist/esm/templating/ref.js
  var RefBehavior = class {
    /**
     * Creates an instance of RefBehavior.
     * @param target - The element to reference.
     * @param propertyName - The name of the property to assign the reference to.
     */
    constructor(target, propertyName) {
      this.target = target;
      this.propertyName = propertyName;
    }
    /**
     * Bind this behavior to the source.
     * @param source - The source to bind to.
     * @param context - The execution context that the binding is operating within.
     */
    bind(source) {
      source[this.propertyName] = this.target;
    }
    /**
     * Unbinds this behavior from the source.
     * @param source - The source to unbind from.
     */
    /* eslint-disable-next-line @typescript-eslint/no-empty-function */
    unbind() {
    }
  };
  function ref(propertyName) {
    return new AttachedBehaviorHTMLDirective("fast-ref", RefBehavior, propertyName);
  }

  // node_modules/@microsoft/fast-element/dist/esm/interfaces.js
  var isFunction = (object2) => typeof object2 === "function";

  // node_modules/@microsoft/fast-element/dist/esm/templating/when.js
  var noTemplate = () => null;
  function normalizeBinding(value2) {
    return value2 === void 0 ? noTemplate : isFunction(value2) ? value2 : () => value2;
  }
  function when(binding, templateOrTemplateBinding, elseTemplateOrTemplateBinding) {
    const dataBinding = isFunction(binding) ? binding : () => binding;
    const templateBinding = normalizeBinding(templateOrTemplateBinding);
    const elseBinding = normalizeBinding(elseTemplateOrTemplateBinding);
    return (source, context) => dataBinding(source, context) ? templateBinding(source, context) : elseBinding(source, context);
  }

  // node_modules/@microsoft/fast-element/dist/esm/templating/node-observation.js
  var NodeObservationBehavior = class {
    /**
     * Creates an instance of NodeObservationBehavior.
     * @param target - The target to assign the nodes property on.
     * @param options - The options to use in configuring node observation.
     */
    constructor(target, options) {
      this.target = target;
      this.options = options;
      this.source = null;
    }
    /**
     * Bind this behavior to the source.
     * @param source - The source to bind to.
     * @param context - The execution context that the binding is operating within.
     */
    bind(source) {
      const name = this.options.property;
      this.shouldUpdate = Observable.getAccessors(source).some((x2) => x2.name === name);
      this.source = source;
      this.updateTarget(this.computeNodes());
      if (this.shouldUpdate) {
        this.observe();
      }
    }
    /**
     * Unbinds this behavior from the source.
     * @param source - The source to unbind from.
     */
    unbind() {
      this.updateTarget(emptyArray);
      this.source = null;
      if (this.shouldUpdate) {
        this.disconnect();
      }
    }
    /** @internal */
    handleEvent() {
      this.updateTarget(this.computeNodes());
    }
    computeNodes() {
      let nodes = this.getNodes();
      if (this.options.filter !== void 0) {
        nodes = nodes.filter(this.options.filter);
      }
      return nodes;
    }
    updateTarget(value2) {
      this.source[this.options.property] = value2;
    }
  };

  // node_modules/@microsoft/fast-element/dist/esm/templating/slotted.js
  var SlottedBehavior = class extends NodeObservationBehavior {
    /**
     * Creates an instance of SlottedBehavior.
     * @param target - The slot element target to observe.
     * @param options - The options to use when observing the slot.
     */
    constructor(target, options) {
      super(target, options);
    }
    /**
     * Begins observation of the nodes.
     */
    observe() {
      this.target.addEventListener("slotchange", this);
    }
    /**
     * Disconnects observation of the nodes.
     */
    disconnect() {
      this.target.removeEventListener("slotchange", this);
    }
    /**
     * Retrieves the nodes that should be assigned to the target.
     */
    getNodes() {
      return this.target.assignedNodes(this.options);
    }
  };
  function slotted(propertyOrOptions) {
    if (typeof propertyOrOptions === "string") {
      propertyOrOptions = { property: propertyOrOptions };
    }
    return new AttachedBehaviorHTMLDirective("fast-slotted", SlottedBehavior, propertyOrOptions);
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/patterns/start-end.js
  var StartEnd = class {
    handleStartContentChange() {
      this.startContainer.classList.toggle("start", this.start.assignedNodes().length > 0);
    }
    handleEndContentChange() {
      this.endContainer.classList.toggle("end", this.end.assignedNodes().length > 0);
    }
  };
  var endSlotTemplate = (context, definition) => html`
    <span
        part="end"
        ${ref("endContainer")}
        class=${(x2) => definition.end ? "end" : void 0}
    >
        <slot name="end" ${ref("end")} @slotchange="${(x2) => x2.handleEndContentChange()}">
            ${definition.end || ""}
        </slot>
    </span>
`;
  var startSlotTemplate = (context, definition) => html`
    <span
        part="start"
        ${ref("startContainer")}
        class="${(x2) => definition.start ? "start" : void 0}"
    >
        <slot
            name="start"
            ${ref("start")}
            @slotchange="${(x2) => x2.handleStartContentChange()}"
        >
            ${definition.start || ""}
        </slot>
    </span>
`;
  var endTemplate = html`
    <span part="end" ${ref("endContainer")}>
        <slot
            name="end"
            ${ref("end")}
            @slotchange="${(x2) => x2.handleEndContentChange()}"
        ></slot>
    </span>
`;
  var startTemplate = html`
    <span part="start" ${ref("startContainer")}>
        <slot
            name="start"
            ${ref("start")}
            @slotchange="${(x2) => x2.handleStartContentChange()}"
        ></slot>
    </span>
`;

  // node_modules/@microsoft/fast-foundation/node_modules/tslib/tslib.es6.js
  function __decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/di/di.js
  var metadataByTarget = /* @__PURE__ */ new Map();
  if (!("metadata" in Reflect)) {
    Reflect.metadata = function(key, value2) {
      return function(target) {
        Reflect.defineMetadata(key, value2, target);
      };
    };
    Reflect.defineMetadata = function(key, value2, target) {
      let metadata = metadataByTarget.get(target);
      if (metadata === void 0) {
        metadataByTarget.set(target, metadata = /* @__PURE__ */ new Map());
      }
      metadata.set(key, value2);
    };
    Reflect.getOwnMetadata = function(key, target) {
      const metadata = metadataByTarget.get(target);
      if (metadata !== void 0) {
        return metadata.get(key);
      }
      return void 0;
    };
  }
  var ResolverBuilder = class {
    /**
     *
     * @param container - The container to create resolvers for.
     * @param key - The key to register resolvers under.
     */
    constructor(container, key) {
      this.container = container;
      this.key = key;
    }
    /**
     * Creates a resolver for an existing object instance.
     * @param value - The instance to resolve.
     * @returns The resolver.
     */
    instance(value2) {
      return this.registerResolver(0, value2);
    }
    /**
     * Creates a resolver that enforces a singleton lifetime.
     * @param value - The type to create and cache the singleton for.
     * @returns The resolver.
     */
    singleton(value2) {
      return this.registerResolver(1, value2);
    }
    /**
     * Creates a resolver that creates a new instance for every dependency request.
     * @param value - The type to create instances of.
     * @returns - The resolver.
     */
    transient(value2) {
      return this.registerResolver(2, value2);
    }
    /**
     * Creates a resolver that invokes a callback function for every dependency resolution
     * request, allowing custom logic to return the dependency.
     * @param value - The callback to call during resolution.
     * @returns The resolver.
     */
    callback(value2) {
      return this.registerResolver(3, value2);
    }
    /**
     * Creates a resolver that invokes a callback function the first time that a dependency
     * resolution is requested. The returned value is then cached and provided for all
     * subsequent requests.
     * @param value - The callback to call during the first resolution.
     * @returns The resolver.
     */
    cachedCallback(value2) {
      return this.registerResolver(3, cacheCallbackResult(value2));
    }
    /**
     * Aliases the current key to a different key.
     * @param destinationKey - The key to point the alias to.
     * @returns The resolver.
     */
    aliasTo(destinationKey) {
      return this.registerResolver(5, destinationKey);
    }
    registerResolver(strategy, state) {
      const { container, key } = this;
      this.container = this.key = void 0;
      return container.registerResolver(key, new ResolverImpl(key, strategy, state));
    }
  };
  function cloneArrayWithPossibleProps(source) {
    const clone = source.slice();
    const keys = Object.keys(source);
    const len = keys.length;
    let key;
    for (let i = 0; i < len; ++i) {
      key = keys[i];
      if (!isArrayIndex(key)) {
        clone[key] = source[key];
      }
    }
    return clone;
  }
  var DefaultResolver = Object.freeze({
    /**
     * Disables auto-registration and throws for all un-registered dependencies.
     * @param key - The key to create the resolver for.
     */
    none(key) {
      throw Error(`${key.toString()} not registered, did you forget to add @singleton()?`);
    },
    /**
     * Provides default singleton resolution behavior during auto-registration.
     * @param key - The key to create the resolver for.
     * @returns The resolver.
     */
    singleton(key) {
      return new ResolverImpl(key, 1, key);
    },
    /**
     * Provides default transient resolution behavior during auto-registration.
     * @param key - The key to create the resolver for.
     * @returns The resolver.
     */
    transient(key) {
      return new ResolverImpl(key, 2, key);
    }
  });
  var ContainerConfiguration = Object.freeze({
    /**
     * The default configuration used when creating a DOM-disconnected container.
     * @remarks
     * The default creates a root container, with no parent container. It does not handle
     * owner requests and it uses singleton resolution behavior for auto-registration.
     */
    default: Object.freeze({
      parentLocator: () => null,
      responsibleForOwnerRequests: false,
      defaultResolver: DefaultResolver.singleton
    })
  });
  var dependencyLookup = /* @__PURE__ */ new Map();
  function getParamTypes(key) {
    return (Type) => {
      return Reflect.getOwnMetadata(key, Type);
    };
  }
  var rootDOMContainer = null;
  var DI = Object.freeze({
    /**
     * Creates a new dependency injection container.
     * @param config - The configuration for the container.
     * @returns A newly created dependency injection container.
     */
    createContainer(config) {
      return new ContainerImpl(null, Object.assign({}, ContainerConfiguration.default, config));
    },
    /**
     * Finds the dependency injection container responsible for providing dependencies
     * to the specified node.
     * @param node - The node to find the responsible container for.
     * @returns The container responsible for providing dependencies to the node.
     * @remarks
     * This will be the same as the parent container if the specified node
     * does not itself host a container configured with responsibleForOwnerRequests.
     */
    findResponsibleContainer(node) {
      const owned = node.$$container$$;
      if (owned && owned.responsibleForOwnerRequests) {
        return owned;
      }
      return DI.findParentContainer(node);
    },
    /**
     * Find the dependency injection container up the DOM tree from this node.
     * @param node - The node to find the parent container for.
     * @returns The parent container of this node.
     * @remarks
     * This will be the same as the responsible container if the specified node
     * does not itself host a container configured with responsibleForOwnerRequests.
     */
    findParentContainer(node) {
      const event = new CustomEvent(DILocateParentEventType, {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { container: void 0 }
      });
      node.dispatchEvent(event);
      return event.detail.container || DI.getOrCreateDOMContainer();
    },
    /**
     * Returns a dependency injection container if one is explicitly owned by the specified
     * node. If one is not owned, then a new container is created and assigned to the node.
     * @param node - The node to find or create the container for.
     * @param config - The configuration for the container if one needs to be created.
     * @returns The located or created container.
     * @remarks
     * This API does not search for a responsible or parent container. It looks only for a container
     * directly defined on the specified node and creates one at that location if one does not
     * already exist.
     */
    getOrCreateDOMContainer(node, config) {
      if (!node) {
        return rootDOMContainer || (rootDOMContainer = new ContainerImpl(null, Object.assign({}, ContainerConfiguration.default, config, {
          parentLocator: () => null
        })));
      }
      return node.$$container$$ || new ContainerImpl(node, Object.assign({}, ContainerConfiguration.default, config, {
        parentLocator: DI.findParentContainer
      }));
    },
    /**
     * Gets the "design:paramtypes" metadata for the specified type.
     * @param Type - The type to get the metadata for.
     * @returns The metadata array or undefined if no metadata is found.
     */
    getDesignParamtypes: getParamTypes("design:paramtypes"),
    /**
     * Gets the "di:paramtypes" metadata for the specified type.
     * @param Type - The type to get the metadata for.
     * @returns The metadata array or undefined if no metadata is found.
     */
    getAnnotationParamtypes: getParamTypes("di:paramtypes"),
    /**
     *
     * @param Type - Gets the "di:paramtypes" metadata for the specified type. If none is found,
     * an empty metadata array is created and added.
     * @returns The metadata array.
     */
    getOrCreateAnnotationParamTypes(Type) {
      let annotationParamtypes = this.getAnnotationParamtypes(Type);
      if (annotationParamtypes === void 0) {
        Reflect.defineMetadata("di:paramtypes", annotationParamtypes = [], Type);
      }
      return annotationParamtypes;
    },
    /**
     * Gets the dependency keys representing what is needed to instantiate the specified type.
     * @param Type - The type to get the dependencies for.
     * @returns An array of dependency keys.
     */
    getDependencies(Type) {
      let dependencies = dependencyLookup.get(Type);
      if (dependencies === void 0) {
        const inject2 = Type.inject;
        if (inject2 === void 0) {
          const designParamtypes = DI.getDesignParamtypes(Type);
          const annotationParamtypes = DI.getAnnotationParamtypes(Type);
          if (designParamtypes === void 0) {
            if (annotationParamtypes === void 0) {
              const Proto = Object.getPrototypeOf(Type);
              if (typeof Proto === "function" && Proto !== Function.prototype) {
                dependencies = cloneArrayWithPossibleProps(DI.getDependencies(Proto));
              } else {
                dependencies = [];
              }
            } else {
              dependencies = cloneArrayWithPossibleProps(annotationParamtypes);
            }
          } else if (annotationParamtypes === void 0) {
            dependencies = cloneArrayWithPossibleProps(designParamtypes);
          } else {
            dependencies = cloneArrayWithPossibleProps(designParamtypes);
            let len = annotationParamtypes.length;
            let auAnnotationParamtype;
            for (let i = 0; i < len; ++i) {
              auAnnotationParamtype = annotationParamtypes[i];
              if (auAnnotationParamtype !== void 0) {
                dependencies[i] = auAnnotationParamtype;
              }
            }
            const keys = Object.keys(annotationParamtypes);
            len = keys.length;
            let key;
            for (let i = 0; i < len; ++i) {
              key = keys[i];
              if (!isArrayIndex(key)) {
                dependencies[key] = annotationParamtypes[key];
              }
            }
          }
        } else {
          dependencies = cloneArrayWithPossibleProps(inject2);
        }
        dependencyLookup.set(Type, dependencies);
      }
      return dependencies;
    },
    /**
     * Defines a property on a web component class. The value of this property will
     * be resolved from the dependency injection container responsible for the element
     * instance, based on where it is connected in the DOM.
     * @param target - The target to define the property on.
     * @param propertyName - The name of the property to define.
     * @param key - The dependency injection key.
     * @param respectConnection - Indicates whether or not to update the property value if the
     * hosting component is disconnected and then re-connected at a different location in the DOM.
     * @remarks
     * The respectConnection option is only applicable to elements that descend from FASTElement.
     */
    defineProperty(target, propertyName, key, respectConnection = false) {
      const diPropertyKey = `$di_${propertyName}`;
      Reflect.defineProperty(target, propertyName, {
        get: function() {
          let value2 = this[diPropertyKey];
          if (value2 === void 0) {
            const container = this instanceof HTMLElement ? DI.findResponsibleContainer(this) : DI.getOrCreateDOMContainer();
            value2 = container.get(key);
            this[diPropertyKey] = value2;
            if (respectConnection && this instanceof FASTElement) {
              const notifier = this.$fastController;
              const handleChange = () => {
                const newContainer = DI.findResponsibleContainer(this);
                const newValue = newContainer.get(key);
                const oldValue = this[diPropertyKey];
                if (newValue !== oldValue) {
                  this[diPropertyKey] = value2;
                  notifier.notify(propertyName);
                }
              };
              notifier.subscribe({ handleChange }, "isConnected");
            }
          }
          return value2;
        }
      });
    },
    /**
     * Creates a dependency injection key.
     * @param nameConfigOrCallback - A friendly name for the key or a lambda that configures a
     * default resolution for the dependency.
     * @param configuror - If a friendly name was provided for the first parameter, then an optional
     * lambda that configures a default resolution for the dependency can be provided second.
     * @returns The created key.
     * @remarks
     * The created key can be used as a property decorator or constructor parameter decorator,
     * in addition to its standard use in an inject array or through direct container APIs.
     */
    createInterface(nameConfigOrCallback, configuror) {
      const configure = typeof nameConfigOrCallback === "function" ? nameConfigOrCallback : configuror;
      const friendlyName = typeof nameConfigOrCallback === "string" ? nameConfigOrCallback : nameConfigOrCallback && "friendlyName" in nameConfigOrCallback ? nameConfigOrCallback.friendlyName || defaultFriendlyName : defaultFriendlyName;
      const respectConnection = typeof nameConfigOrCallback === "string" ? false : nameConfigOrCallback && "respectConnection" in nameConfigOrCallback ? nameConfigOrCallback.respectConnection || false : false;
      const Interface = function(target, property, index) {
        if (target == null || new.target !== void 0) {
          throw new Error(`No registration for interface: '${Interface.friendlyName}'`);
        }
        if (property) {
          DI.defineProperty(target, property, Interface, respectConnection);
        } else {
          const annotationParamtypes = DI.getOrCreateAnnotationParamTypes(target);
          annotationParamtypes[index] = Interface;
        }
      };
      Interface.$isInterface = true;
      Interface.friendlyName = friendlyName == null ? "(anonymous)" : friendlyName;
      if (configure != null) {
        Interface.register = function(container, key) {
          return configure(new ResolverBuilder(container, key !== null && key !== void 0 ? key : Interface));
        };
      }
      Interface.toString = function toString() {
        return `InterfaceSymbol<${Interface.friendlyName}>`;
      };
      return Interface;
    },
    /**
     * A decorator that specifies what to inject into its target.
     * @param dependencies - The dependencies to inject.
     * @returns The decorator to be applied to the target class.
     * @remarks
     * The decorator can be used to decorate a class, listing all of the classes dependencies.
     * Or it can be used to decorate a constructor paramter, indicating what to inject for that
     * parameter.
     * Or it can be used for a web component property, indicating what that property should resolve to.
     */
    inject(...dependencies) {
      return function(target, key, descriptor) {
        if (typeof descriptor === "number") {
          const annotationParamtypes = DI.getOrCreateAnnotationParamTypes(target);
          const dep = dependencies[0];
          if (dep !== void 0) {
            annotationParamtypes[descriptor] = dep;
          }
        } else if (key) {
          DI.defineProperty(target, key, dependencies[0]);
        } else {
          const annotationParamtypes = descriptor ? DI.getOrCreateAnnotationParamTypes(descriptor.value) : DI.getOrCreateAnnotationParamTypes(target);
          let dep;
          for (let i = 0; i < dependencies.length; ++i) {
            dep = dependencies[i];
            if (dep !== void 0) {
              annotationParamtypes[i] = dep;
            }
          }
        }
      };
    },
    /**
     * Registers the `target` class as a transient dependency; each time the dependency is resolved
     * a new instance will be created.
     *
     * @param target - The class / constructor function to register as transient.
     * @returns The same class, with a static `register` method that takes a container and returns the appropriate resolver.
     *
     * @example
     * On an existing class
     * ```ts
     * class Foo { }
     * DI.transient(Foo);
     * ```
     *
     * @example
     * Inline declaration
     *
     * ```ts
     * const Foo = DI.transient(class { });
     * // Foo is now strongly typed with register
     * Foo.register(container);
     * ```
     *
     * @public
     */
    transient(target) {
      target.register = function register2(container) {
        const registration = Registration.transient(target, target);
        return registration.register(container);
      };
      target.registerInRequestor = false;
      return target;
    },
    /**
     * Registers the `target` class as a singleton dependency; the class will only be created once. Each
     * consecutive time the dependency is resolved, the same instance will be returned.
     *
     * @param target - The class / constructor function to register as a singleton.
     * @returns The same class, with a static `register` method that takes a container and returns the appropriate resolver.
     * @example
     * On an existing class
     * ```ts
     * class Foo { }
     * DI.singleton(Foo);
     * ```
     *
     * @example
     * Inline declaration
     * ```ts
     * const Foo = DI.singleton(class { });
     * // Foo is now strongly typed with register
     * Foo.register(container);
     * ```
     *
     * @public
     */
    singleton(target, options = defaultSingletonOptions) {
      target.register = function register2(container) {
        const registration = Registration.singleton(target, target);
        return registration.register(container);
      };
      target.registerInRequestor = options.scoped;
      return target;
    }
  });
  var Container = DI.createInterface("Container");
  function createResolver(getter) {
    return function(key) {
      const resolver = function(target, property, descriptor) {
        DI.inject(resolver)(target, property, descriptor);
      };
      resolver.$isResolver = true;
      resolver.resolve = function(handler, requestor) {
        return getter(key, handler, requestor);
      };
      return resolver;
    };
  }
  var inject = DI.inject;
  var defaultSingletonOptions = { scoped: false };
  function createAllResolver(getter) {
    return function(key, searchAncestors) {
      searchAncestors = !!searchAncestors;
      const resolver = function(target, property, descriptor) {
        DI.inject(resolver)(target, property, descriptor);
      };
      resolver.$isResolver = true;
      resolver.resolve = function(handler, requestor) {
        return getter(key, handler, requestor, searchAncestors);
      };
      return resolver;
    };
  }
  var all = createAllResolver((key, handler, requestor, searchAncestors) => requestor.getAll(key, searchAncestors));
  var lazy = createResolver((key, handler, requestor) => {
    return () => requestor.get(key);
  });
  var optional = createResolver((key, handler, requestor) => {
    if (requestor.has(key, true)) {
      return requestor.get(key);
    } else {
      return void 0;
    }
  });
  function ignore(target, property, descriptor) {
    DI.inject(ignore)(target, property, descriptor);
  }
  ignore.$isResolver = true;
  ignore.resolve = () => void 0;
  var newInstanceForScope = createResolver((key, handler, requestor) => {
    const instance = createNewInstance(key, handler);
    const resolver = new ResolverImpl(key, 0, instance);
    requestor.registerResolver(key, resolver);
    return instance;
  });
  var newInstanceOf = createResolver((key, handler, _requestor) => createNewInstance(key, handler));
  function createNewInstance(key, handler) {
    return handler.getFactory(key).construct(handler);
  }
  var ResolverImpl = class {
    constructor(key, strategy, state) {
      this.key = key;
      this.strategy = strategy;
      this.state = state;
      this.resolving = false;
    }
    get $isResolver() {
      return true;
    }
    register(container) {
      return container.registerResolver(this.key, this);
    }
    resolve(handler, requestor) {
      switch (this.strategy) {
        case 0:
          return this.state;
        case 1: {
          if (this.resolving) {
            throw new Error(`Cyclic dependency found: ${this.state.name}`);
          }
          this.resolving = true;
          this.state = handler.getFactory(this.state).construct(requestor);
          this.strategy = 0;
          this.resolving = false;
          return this.state;
        }
        case 2: {
          const factory = handler.getFactory(this.state);
          if (factory === null) {
            throw new Error(`Resolver for ${String(this.key)} returned a null factory`);
          }
          return factory.construct(requestor);
        }
        case 3:
          return this.state(handler, requestor, this);
        case 4:
          return this.state[0].resolve(handler, requestor);
        case 5:
          return requestor.get(this.state);
        default:
          throw new Error(`Invalid resolver strategy specified: ${this.strategy}.`);
      }
    }
    getFactory(container) {
      var _a, _b, _c;
      switch (this.strategy) {
        case 1:
        case 2:
          return container.getFactory(this.state);
        case 5:
          return (_c = (_b = (_a = container.getResolver(this.state)) === null || _a === void 0 ? void 0 : _a.getFactory) === null || _b === void 0 ? void 0 : _b.call(_a, container)) !== null && _c !== void 0 ? _c : null;
        default:
          return null;
      }
    }
  };
  function containerGetKey(d) {
    return this.get(d);
  }
  function transformInstance(inst, transform2) {
    return transform2(inst);
  }
  var FactoryImpl = class {
    constructor(Type, dependencies) {
      this.Type = Type;
      this.dependencies = dependencies;
      this.transformers = null;
    }
    construct(container, dynamicDependencies) {
      let instance;
      if (dynamicDependencies === void 0) {
        instance = new this.Type(...this.dependencies.map(containerGetKey, container));
      } else {
        instance = new this.Type(...this.dependencies.map(containerGetKey, container), ...dynamicDependencies);
      }
      if (this.transformers == null) {
        return instance;
      }
      return this.transformers.reduce(transformInstance, instance);
    }
    registerTransformer(transformer) {
      (this.transformers || (this.transformers = [])).push(transformer);
    }
  };
  var containerResolver = {
    $isResolver: true,
    resolve(handler, requestor) {
      return requestor;
    }
  };
  function isRegistry(obj) {
    return typeof obj.register === "function";
  }
  function isSelfRegistry(obj) {
    return isRegistry(obj) && typeof obj.registerInRequestor === "boolean";
  }
  function isRegisterInRequester(obj) {
    return isSelfRegistry(obj) && obj.registerInRequestor;
  }
  function isClass(obj) {
    return obj.prototype !== void 0;
  }
  var InstrinsicTypeNames = /* @__PURE__ */ new Set([
    "Array",
    "ArrayBuffer",
    "Boolean",
    "DataView",
    "Date",
    "Error",
    "EvalError",
    "Float32Array",
    "Float64Array",
    "Function",
    "Int8Array",
    "Int16Array",
    "Int32Array",
    "Map",
    "Number",
    "Object",
    "Promise",
    "RangeError",
    "ReferenceError",
    "RegExp",
    "Set",
    "SharedArrayBuffer",
    "String",
    "SyntaxError",
    "TypeError",
    "Uint8Array",
    "Uint8ClampedArray",
    "Uint16Array",
    "Uint32Array",
    "URIError",
    "WeakMap",
    "WeakSet"
  ]);
  var DILocateParentEventType = "__DI_LOCATE_PARENT__";
  var factories = /* @__PURE__ */ new Map();
  var ContainerImpl = class _ContainerImpl {
    constructor(owner, config) {
      this.owner = owner;
      this.config = config;
      this._parent = void 0;
      this.registerDepth = 0;
      this.context = null;
      if (owner !== null) {
        owner.$$container$$ = this;
      }
      this.resolvers = /* @__PURE__ */ new Map();
      this.resolvers.set(Container, containerResolver);
      if (owner instanceof Node) {
        owner.addEventListener(DILocateParentEventType, (e) => {
          if (e.composedPath()[0] !== this.owner) {
            e.detail.container = this;
            e.stopImmediatePropagation();
          }
        });
      }
    }
    get parent() {
      if (this._parent === void 0) {
        this._parent = this.config.parentLocator(this.owner);
      }
      return this._parent;
    }
    get depth() {
      return this.parent === null ? 0 : this.parent.depth + 1;
    }
    get responsibleForOwnerRequests() {
      return this.config.responsibleForOwnerRequests;
    }
    registerWithContext(context, ...params) {
      this.context = context;
      this.register(...params);
      this.context = null;
      return this;
    }
    register(...params) {
      if (++this.registerDepth === 100) {
        throw new Error("Unable to autoregister dependency");
      }
      let current;
      let keys;
      let value2;
      let j;
      let jj;
      const context = this.context;
      for (let i = 0, ii = params.length; i < ii; ++i) {
        current = params[i];
        if (!isObject(current)) {
          continue;
        }
        if (isRegistry(current)) {
          current.register(this, context);
        } else if (isClass(current)) {
          Registration.singleton(current, current).register(this);
        } else {
          keys = Object.keys(current);
          j = 0;
          jj = keys.length;
          for (; j < jj; ++j) {
            value2 = current[keys[j]];
            if (!isObject(value2)) {
              continue;
            }
            if (isRegistry(value2)) {
              value2.register(this, context);
            } else {
              this.register(value2);
            }
          }
        }
      }
      --this.registerDepth;
      return this;
    }
    registerResolver(key, resolver) {
      validateKey(key);
      const resolvers = this.resolvers;
      const result = resolvers.get(key);
      if (result == null) {
        resolvers.set(key, resolver);
      } else if (result instanceof ResolverImpl && result.strategy === 4) {
        result.state.push(resolver);
      } else {
        resolvers.set(key, new ResolverImpl(key, 4, [result, resolver]));
      }
      return resolver;
    }
    registerTransformer(key, transformer) {
      const resolver = this.getResolver(key);
      if (resolver == null) {
        return false;
      }
      if (resolver.getFactory) {
        const factory = resolver.getFactory(this);
        if (factory == null) {
          return false;
        }
        factory.registerTransformer(transformer);
        return true;
      }
      return false;
    }
    getResolver(key, autoRegister = true) {
      validateKey(key);
      if (key.resolve !== void 0) {
        return key;
      }
      let current = this;
      let resolver;
      while (current != null) {
        resolver = current.resolvers.get(key);
        if (resolver == null) {
          if (current.parent == null) {
            const handler = isRegisterInRequester(key) ? this : current;
            return autoRegister ? this.jitRegister(key, handler) : null;
          }
          current = current.parent;
        } else {
          return resolver;
        }
      }
      return null;
    }
    has(key, searchAncestors = false) {
      return this.resolvers.has(key) ? true : searchAncestors && this.parent != null ? this.parent.has(key, true) : false;
    }
    get(key) {
      validateKey(key);
      if (key.$isResolver) {
        return key.resolve(this, this);
      }
      let current = this;
      let resolver;
      while (current != null) {
        resolver = current.resolvers.get(key);
        if (resolver == null) {
          if (current.parent == null) {
            const handler = isRegisterInRequester(key) ? this : current;
            resolver = this.jitRegister(key, handler);
            return resolver.resolve(current, this);
          }
          current = current.parent;
        } else {
          return resolver.resolve(current, this);
        }
      }
      throw new Error(`Unable to resolve key: ${String(key)}`);
    }
    getAll(key, searchAncestors = false) {
      validateKey(key);
      const requestor = this;
      let current = requestor;
      let resolver;
      if (searchAncestors) {
        let resolutions = emptyArray;
        while (current != null) {
          resolver = current.resolvers.get(key);
          if (resolver != null) {
            resolutions = resolutions.concat(
              /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
              buildAllResponse(resolver, current, requestor)
            );
          }
          current = current.parent;
        }
        return resolutions;
      } else {
        while (current != null) {
          resolver = current.resolvers.get(key);
          if (resolver == null) {
            current = current.parent;
            if (current == null) {
              return emptyArray;
            }
          } else {
            return buildAllResponse(resolver, current, requestor);
          }
        }
      }
      return emptyArray;
    }
    getFactory(Type) {
      let factory = factories.get(Type);
      if (factory === void 0) {
        if (isNativeFunction(Type)) {
          throw new Error(`${Type.name} is a native function and therefore cannot be safely constructed by DI. If this is intentional, please use a callback or cachedCallback resolver.`);
        }
        factories.set(Type, factory = new FactoryImpl(Type, DI.getDependencies(Type)));
      }
      return factory;
    }
    registerFactory(key, factory) {
      factories.set(key, factory);
    }
    createChild(config) {
      return new _ContainerImpl(null, Object.assign({}, this.config, config, { parentLocator: () => this }));
    }
    jitRegister(keyAsValue, handler) {
      if (typeof keyAsValue !== "function") {
        throw new Error(`Attempted to jitRegister something that is not a constructor: '${keyAsValue}'. Did you forget to register this dependency?`);
      }
      if (InstrinsicTypeNames.has(keyAsValue.name)) {
        throw new Error(`Attempted to jitRegister an intrinsic type: ${keyAsValue.name}. Did you forget to add @inject(Key)`);
      }
      if (isRegistry(keyAsValue)) {
        const registrationResolver = keyAsValue.register(handler);
        if (!(registrationResolver instanceof Object) || registrationResolver.resolve == null) {
          const newResolver = handler.resolvers.get(keyAsValue);
          if (newResolver != void 0) {
            return newResolver;
          }
          throw new Error("A valid resolver was not returned from the static register method");
        }
        return registrationResolver;
      } else if (keyAsValue.$isInterface) {
        throw new Error(`Attempted to jitRegister an interface: ${keyAsValue.friendlyName}`);
      } else {
        const resolver = this.config.defaultResolver(keyAsValue, handler);
        handler.resolvers.set(keyAsValue, resolver);
        return resolver;
      }
    }
  };
  var cache = /* @__PURE__ */ new WeakMap();
  function cacheCallbackResult(fun) {
    return function(handler, requestor, resolver) {
      if (cache.has(resolver)) {
        return cache.get(resolver);
      }
      const t = fun(handler, requestor, resolver);
      cache.set(resolver, t);
      return t;
    };
  }
  var Registration = Object.freeze({
    /**
     * Allows you to pass an instance.
     * Every time you request this {@link Key} you will get this instance back.
     *
     * @example
     * ```
     * Registration.instance(Foo, new Foo()));
     * ```
     *
     * @param key - The key to register the instance under.
     * @param value - The instance to return when the key is requested.
     */
    instance(key, value2) {
      return new ResolverImpl(key, 0, value2);
    },
    /**
     * Creates an instance from the class.
     * Every time you request this {@link Key} you will get the same one back.
     *
     * @example
     * ```
     * Registration.singleton(Foo, Foo);
     * ```
     *
     * @param key - The key to register the singleton under.
     * @param value - The class to instantiate as a singleton when first requested.
     */
    singleton(key, value2) {
      return new ResolverImpl(key, 1, value2);
    },
    /**
     * Creates an instance from a class.
     * Every time you request this {@link Key} you will get a new instance.
     *
     * @example
     * ```
     * Registration.instance(Foo, Foo);
     * ```
     *
     * @param key - The key to register the instance type under.
     * @param value - The class to instantiate each time the key is requested.
     */
    transient(key, value2) {
      return new ResolverImpl(key, 2, value2);
    },
    /**
     * Delegates to a callback function to provide the dependency.
     * Every time you request this {@link Key} the callback will be invoked to provide
     * the dependency.
     *
     * @example
     * ```
     * Registration.callback(Foo, () => new Foo());
     * Registration.callback(Bar, (c: Container) => new Bar(c.get(Foo)));
     * ```
     *
     * @param key - The key to register the callback for.
     * @param callback - The function that is expected to return the dependency.
     */
    callback(key, callback) {
      return new ResolverImpl(key, 3, callback);
    },
    /**
     * Delegates to a callback function to provide the dependency and then caches the
     * dependency for future requests.
     *
     * @example
     * ```
     * Registration.cachedCallback(Foo, () => new Foo());
     * Registration.cachedCallback(Bar, (c: Container) => new Bar(c.get(Foo)));
     * ```
     *
     * @param key - The key to register the callback for.
     * @param callback - The function that is expected to return the dependency.
     * @remarks
     * If you pass the same Registration to another container, the same cached value will be used.
     * Should all references to the resolver returned be removed, the cache will expire.
     */
    cachedCallback(key, callback) {
      return new ResolverImpl(key, 3, cacheCallbackResult(callback));
    },
    /**
     * Creates an alternate {@link Key} to retrieve an instance by.
     *
     * @example
     * ```
     * Register.singleton(Foo, Foo)
     * Register.aliasTo(Foo, MyFoos);
     *
     * container.getAll(MyFoos) // contains an instance of Foo
     * ```
     *
     * @param originalKey - The original key that has been registered.
     * @param aliasKey - The alias to the original key.
     */
    aliasTo(originalKey, aliasKey) {
      return new ResolverImpl(aliasKey, 5, originalKey);
    }
  });
  function validateKey(key) {
    if (key === null || key === void 0) {
      throw new Error("key/value cannot be null or undefined. Are you trying to inject/register something that doesn't exist with DI?");
    }
  }
  function buildAllResponse(resolver, handler, requestor) {
    if (resolver instanceof ResolverImpl && resolver.strategy === 4) {
      const state = resolver.state;
      let i = state.length;
      const results = new Array(i);
      while (i--) {
        results[i] = state[i].resolve(handler, requestor);
      }
      return results;
    }
    return [resolver.resolve(handler, requestor)];
  }
  var defaultFriendlyName = "(anonymous)";
  function isObject(value2) {
    return typeof value2 === "object" && value2 !== null || typeof value2 === "function";
  }
  var isNativeFunction = /* @__PURE__ */ (function() {
    const lookup = /* @__PURE__ */ new WeakMap();
    let isNative = false;
    let sourceText = "";
    let i = 0;
    return function(fn2) {
      isNative = lookup.get(fn2);
      if (isNative === void 0) {
        sourceText = fn2.toString();
        i = sourceText.length;
        isNative = // 29 is the length of 'function () { [native code] }' which is the smallest length of a native function string
        i >= 29 && // 100 seems to be a safe upper bound of the max length of a native function. In Chrome and FF it's 56, in Edge it's 61.
        i <= 100 && // This whole heuristic *could* be tricked by a comment. Do we need to care about that?
        sourceText.charCodeAt(i - 1) === 125 && // }
        // TODO: the spec is a little vague about the precise constraints, so we do need to test this across various browsers to make sure just one whitespace is a safe assumption.
        sourceText.charCodeAt(i - 2) <= 32 && // whitespace
        sourceText.charCodeAt(i - 3) === 93 && // ]
        sourceText.charCodeAt(i - 4) === 101 && // e
        sourceText.charCodeAt(i - 5) === 100 && // d
        sourceText.charCodeAt(i - 6) === 111 && // o
        sourceText.charCodeAt(i - 7) === 99 && // c
        sourceText.charCodeAt(i - 8) === 32 && //
        sourceText.charCodeAt(i - 9) === 101 && // e
        sourceText.charCodeAt(i - 10) === 118 && // v
        sourceText.charCodeAt(i - 11) === 105 && // i
        sourceText.charCodeAt(i - 12) === 116 && // t
        sourceText.charCodeAt(i - 13) === 97 && // a
        sourceText.charCodeAt(i - 14) === 110 && // n
        sourceText.charCodeAt(i - 15) === 88;
        lookup.set(fn2, isNative);
      }
      return isNative;
    };
  })();
  var isNumericLookup = {};
  function isArrayIndex(value2) {
    switch (typeof value2) {
      case "number":
        return value2 >= 0 && (value2 | 0) === value2;
      case "string": {
        const result = isNumericLookup[value2];
        if (result !== void 0) {
          return result;
        }
        const length = value2.length;
        if (length === 0) {
          return isNumericLookup[value2] = false;
        }
        let ch = 0;
        for (let i = 0; i < length; ++i) {
          ch = value2.charCodeAt(i);
          if (i === 0 && ch === 48 && length > 1 || ch < 48 || ch > 57) {
            return isNumericLookup[value2] = false;
          }
        }
        return isNumericLookup[value2] = true;
      }
      default:
        return false;
    }
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/design-system/component-presentation.js
  function presentationKeyFromTag(tagName) {
    return `${tagName.toLowerCase()}:presentation`;
  }
  var presentationRegistry = /* @__PURE__ */ new Map();
  var ComponentPresentation = Object.freeze({
    /**
     * Defines a component presentation for an element.
     * @param tagName - The element name to define the presentation for.
     * @param presentation - The presentation that will be applied to matching elements.
     * @param container - The dependency injection container to register the configuration in.
     * @public
     */
    define(tagName, presentation, container) {
      const key = presentationKeyFromTag(tagName);
      const existing = presentationRegistry.get(key);
      if (existing === void 0) {
        presentationRegistry.set(key, presentation);
      } else {
        presentationRegistry.set(key, false);
      }
      container.register(Registration.instance(key, presentation));
    },
    /**
     * Finds a component presentation for the specified element name,
     * searching the DOM hierarchy starting from the provided element.
     * @param tagName - The name of the element to locate the presentation for.
     * @param element - The element to begin the search from.
     * @returns The component presentation or null if none is found.
     * @public
     */
    forTag(tagName, element) {
      const key = presentationKeyFromTag(tagName);
      const existing = presentationRegistry.get(key);
      if (existing === false) {
        const container = DI.findResponsibleContainer(element);
        return container.get(key);
      }
      return existing || null;
    }
  });
  var DefaultComponentPresentation = class {
    /**
     * Creates an instance of DefaultComponentPresentation.
     * @param template - The template to apply to the element.
     * @param styles - The styles to apply to the element.
     * @public
     */
    constructor(template, styles) {
      this.template = template || null;
      this.styles = styles === void 0 ? null : Array.isArray(styles) ? ElementStyles.create(styles) : styles instanceof ElementStyles ? styles : ElementStyles.create([styles]);
    }
    /**
     * Applies the presentation details to the specified element.
     * @param element - The element to apply the presentation details to.
     * @public
     */
    applyTo(element) {
      const controller = element.$fastController;
      if (controller.template === null) {
        controller.template = this.template;
      }
      if (controller.styles === null) {
        controller.styles = this.styles;
      }
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/foundation-element/foundation-element.js
  var FoundationElement = class _FoundationElement extends FASTElement {
    constructor() {
      super(...arguments);
      this._presentation = void 0;
    }
    /**
     * A property which resolves the ComponentPresentation instance
     * for the current component.
     * @public
     */
    get $presentation() {
      if (this._presentation === void 0) {
        this._presentation = ComponentPresentation.forTag(this.tagName, this);
      }
      return this._presentation;
    }
    templateChanged() {
      if (this.template !== void 0) {
        this.$fastController.template = this.template;
      }
    }
    stylesChanged() {
      if (this.styles !== void 0) {
        this.$fastController.styles = this.styles;
      }
    }
    /**
     * The connected callback for this FASTElement.
     * @remarks
     * This method is invoked by the platform whenever this FoundationElement
     * becomes connected to the document.
     * @public
     */
    connectedCallback() {
      if (this.$presentation !== null) {
        this.$presentation.applyTo(this);
      }
      super.connectedCallback();
    }
    /**
     * Defines an element registry function with a set of element definition defaults.
     * @param elementDefinition - The definition of the element to create the registry
     * function for.
     * @public
     */
    static compose(elementDefinition) {
      return (overrideDefinition = {}) => new FoundationElementRegistry(this === _FoundationElement ? class extends _FoundationElement {
      } : this, elementDefinition, overrideDefinition);
    }
  };
  __decorate([
    observable
  ], FoundationElement.prototype, "template", void 0);
  __decorate([
    observable
  ], FoundationElement.prototype, "styles", void 0);
  function resolveOption(option, context, definition) {
    if (typeof option === "function") {
      return option(context, definition);
    }
    return option;
  }
  var FoundationElementRegistry = class {
    constructor(type, elementDefinition, overrideDefinition) {
      this.type = type;
      this.elementDefinition = elementDefinition;
      this.overrideDefinition = overrideDefinition;
      this.definition = Object.assign(Object.assign({}, this.elementDefinition), this.overrideDefinition);
    }
    register(container, context) {
      const definition = this.definition;
      const overrideDefinition = this.overrideDefinition;
      const prefix = definition.prefix || context.elementPrefix;
      const name = `${prefix}-${definition.baseName}`;
      context.tryDefineElement({
        name,
        type: this.type,
        baseClass: this.elementDefinition.baseClass,
        callback: (x2) => {
          const presentation = new DefaultComponentPresentation(resolveOption(definition.template, x2, definition), resolveOption(definition.styles, x2, definition));
          x2.definePresentation(presentation);
          let shadowOptions = resolveOption(definition.shadowOptions, x2, definition);
          if (x2.shadowRootMode) {
            if (shadowOptions) {
              if (!overrideDefinition.shadowOptions) {
                shadowOptions.mode = x2.shadowRootMode;
              }
            } else if (shadowOptions !== null) {
              shadowOptions = { mode: x2.shadowRootMode };
            }
          }
          x2.defineElement({
            elementOptions: resolveOption(definition.elementOptions, x2, definition),
            shadowOptions,
            attributes: resolveOption(definition.attributes, x2, definition)
          });
        }
      });
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/apply-mixins.js
  function applyMixins(derivedCtor, ...baseCtors) {
    const derivedAttributes = AttributeConfiguration.locate(derivedCtor);
    baseCtors.forEach((baseCtor) => {
      Object.getOwnPropertyNames(baseCtor.prototype).forEach((name) => {
        if (name !== "constructor") {
          Object.defineProperty(
            derivedCtor.prototype,
            name,
            /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
            Object.getOwnPropertyDescriptor(baseCtor.prototype, name)
          );
        }
      });
      const baseAttributes = AttributeConfiguration.locate(baseCtor);
      baseAttributes.forEach((x2) => derivedAttributes.push(x2));
    });
  }

  // node_modules/@microsoft/fast-web-utilities/dist/array.js
  function findLastIndex(array4, predicate) {
    let k2 = array4.length;
    while (k2--) {
      if (predicate(array4[k2], k2, array4)) {
        return k2;
      }
    }
    return -1;
  }

  // node_modules/exenv-es6/dist/can-use-dom.js
  function canUseDOM() {
    return !!(typeof window !== "undefined" && window.document && window.document.createElement);
  }

  // node_modules/@microsoft/fast-web-utilities/dist/dom.js
  function isHTMLElement(...args) {
    return args.every((arg) => arg instanceof HTMLElement);
  }
  function getNonce() {
    const node = document.querySelector('meta[property="csp-nonce"]');
    if (node) {
      return node.getAttribute("content");
    } else {
      return null;
    }
  }
  var _canUseFocusVisible;
  function canUseFocusVisible() {
    if (typeof _canUseFocusVisible === "boolean") {
      return _canUseFocusVisible;
    }
    if (!canUseDOM()) {
      _canUseFocusVisible = false;
      return _canUseFocusVisible;
    }
    const styleElement = document.createElement("style");
    const styleNonce = getNonce();
    if (styleNonce !== null) {
      styleElement.setAttribute("nonce", styleNonce);
    }
    document.head.appendChild(styleElement);
    try {
      styleElement.sheet.insertRule("foo:focus-visible {color:inherit}", 0);
      _canUseFocusVisible = true;
    } catch (e) {
      _canUseFocusVisible = false;
    } finally {
      document.head.removeChild(styleElement);
    }
    return _canUseFocusVisible;
  }

  // node_modules/@microsoft/fast-web-utilities/dist/key-codes.js
  var KeyCodes;
  (function(KeyCodes2) {
    KeyCodes2[KeyCodes2["alt"] = 18] = "alt";
    KeyCodes2[KeyCodes2["arrowDown"] = 40] = "arrowDown";
    KeyCodes2[KeyCodes2["arrowLeft"] = 37] = "arrowLeft";
    KeyCodes2[KeyCodes2["arrowRight"] = 39] = "arrowRight";
    KeyCodes2[KeyCodes2["arrowUp"] = 38] = "arrowUp";
    KeyCodes2[KeyCodes2["back"] = 8] = "back";
    KeyCodes2[KeyCodes2["backSlash"] = 220] = "backSlash";
    KeyCodes2[KeyCodes2["break"] = 19] = "break";
    KeyCodes2[KeyCodes2["capsLock"] = 20] = "capsLock";
    KeyCodes2[KeyCodes2["closeBracket"] = 221] = "closeBracket";
    KeyCodes2[KeyCodes2["colon"] = 186] = "colon";
    KeyCodes2[KeyCodes2["colon2"] = 59] = "colon2";
    KeyCodes2[KeyCodes2["comma"] = 188] = "comma";
    KeyCodes2[KeyCodes2["ctrl"] = 17] = "ctrl";
    KeyCodes2[KeyCodes2["delete"] = 46] = "delete";
    KeyCodes2[KeyCodes2["end"] = 35] = "end";
    KeyCodes2[KeyCodes2["enter"] = 13] = "enter";
    KeyCodes2[KeyCodes2["equals"] = 187] = "equals";
    KeyCodes2[KeyCodes2["equals2"] = 61] = "equals2";
    KeyCodes2[KeyCodes2["equals3"] = 107] = "equals3";
    KeyCodes2[KeyCodes2["escape"] = 27] = "escape";
    KeyCodes2[KeyCodes2["forwardSlash"] = 191] = "forwardSlash";
    KeyCodes2[KeyCodes2["function1"] = 112] = "function1";
    KeyCodes2[KeyCodes2["function10"] = 121] = "function10";
    KeyCodes2[KeyCodes2["function11"] = 122] = "function11";
    KeyCodes2[KeyCodes2["function12"] = 123] = "function12";
    KeyCodes2[KeyCodes2["function2"] = 113] = "function2";
    KeyCodes2[KeyCodes2["function3"] = 114] = "function3";
    KeyCodes2[KeyCodes2["function4"] = 115] = "function4";
    KeyCodes2[KeyCodes2["function5"] = 116] = "function5";
    KeyCodes2[KeyCodes2["function6"] = 117] = "function6";
    KeyCodes2[KeyCodes2["function7"] = 118] = "function7";
    KeyCodes2[KeyCodes2["function8"] = 119] = "function8";
    KeyCodes2[KeyCodes2["function9"] = 120] = "function9";
    KeyCodes2[KeyCodes2["home"] = 36] = "home";
    KeyCodes2[KeyCodes2["insert"] = 45] = "insert";
    KeyCodes2[KeyCodes2["menu"] = 93] = "menu";
    KeyCodes2[KeyCodes2["minus"] = 189] = "minus";
    KeyCodes2[KeyCodes2["minus2"] = 109] = "minus2";
    KeyCodes2[KeyCodes2["numLock"] = 144] = "numLock";
    KeyCodes2[KeyCodes2["numPad0"] = 96] = "numPad0";
    KeyCodes2[KeyCodes2["numPad1"] = 97] = "numPad1";
    KeyCodes2[KeyCodes2["numPad2"] = 98] = "numPad2";
    KeyCodes2[KeyCodes2["numPad3"] = 99] = "numPad3";
    KeyCodes2[KeyCodes2["numPad4"] = 100] = "numPad4";
    KeyCodes2[KeyCodes2["numPad5"] = 101] = "numPad5";
    KeyCodes2[KeyCodes2["numPad6"] = 102] = "numPad6";
    KeyCodes2[KeyCodes2["numPad7"] = 103] = "numPad7";
    KeyCodes2[KeyCodes2["numPad8"] = 104] = "numPad8";
    KeyCodes2[KeyCodes2["numPad9"] = 105] = "numPad9";
    KeyCodes2[KeyCodes2["numPadDivide"] = 111] = "numPadDivide";
    KeyCodes2[KeyCodes2["numPadDot"] = 110] = "numPadDot";
    KeyCodes2[KeyCodes2["numPadMinus"] = 109] = "numPadMinus";
    KeyCodes2[KeyCodes2["numPadMultiply"] = 106] = "numPadMultiply";
    KeyCodes2[KeyCodes2["numPadPlus"] = 107] = "numPadPlus";
    KeyCodes2[KeyCodes2["openBracket"] = 219] = "openBracket";
    KeyCodes2[KeyCodes2["pageDown"] = 34] = "pageDown";
    KeyCodes2[KeyCodes2["pageUp"] = 33] = "pageUp";
    KeyCodes2[KeyCodes2["period"] = 190] = "period";
    KeyCodes2[KeyCodes2["print"] = 44] = "print";
    KeyCodes2[KeyCodes2["quote"] = 222] = "quote";
    KeyCodes2[KeyCodes2["scrollLock"] = 145] = "scrollLock";
    KeyCodes2[KeyCodes2["shift"] = 16] = "shift";
    KeyCodes2[KeyCodes2["space"] = 32] = "space";
    KeyCodes2[KeyCodes2["tab"] = 9] = "tab";
    KeyCodes2[KeyCodes2["tilde"] = 192] = "tilde";
    KeyCodes2[KeyCodes2["windowsLeft"] = 91] = "windowsLeft";
    KeyCodes2[KeyCodes2["windowsOpera"] = 219] = "windowsOpera";
    KeyCodes2[KeyCodes2["windowsRight"] = 92] = "windowsRight";
  })(KeyCodes || (KeyCodes = {}));
  var keyArrowDown = "ArrowDown";
  var keyArrowUp = "ArrowUp";
  var keyEnter = "Enter";
  var keyEscape = "Escape";
  var keyHome = "Home";
  var keyEnd = "End";
  var keySpace = " ";
  var keyTab = "Tab";

  // node_modules/@microsoft/fast-web-utilities/dist/numbers.js
  function inRange(value2, min, max = 0) {
    [min, max] = [min, max].sort((a2, b) => a2 - b);
    return min <= value2 && value2 < max;
  }

  // node_modules/@microsoft/fast-web-utilities/dist/strings.js
  var uniqueIdCounter = 0;
  function uniqueId(prefix = "") {
    return `${prefix}${uniqueIdCounter++}`;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/patterns/aria-global.js
  var ARIAGlobalStatesAndProperties = class {
  };
  __decorate([
    attr({ attribute: "aria-atomic" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaAtomic", void 0);
  __decorate([
    attr({ attribute: "aria-busy" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaBusy", void 0);
  __decorate([
    attr({ attribute: "aria-controls" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaControls", void 0);
  __decorate([
    attr({ attribute: "aria-current" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaCurrent", void 0);
  __decorate([
    attr({ attribute: "aria-describedby" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaDescribedby", void 0);
  __decorate([
    attr({ attribute: "aria-details" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaDetails", void 0);
  __decorate([
    attr({ attribute: "aria-disabled" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaDisabled", void 0);
  __decorate([
    attr({ attribute: "aria-errormessage" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaErrormessage", void 0);
  __decorate([
    attr({ attribute: "aria-flowto" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaFlowto", void 0);
  __decorate([
    attr({ attribute: "aria-haspopup" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaHaspopup", void 0);
  __decorate([
    attr({ attribute: "aria-hidden" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaHidden", void 0);
  __decorate([
    attr({ attribute: "aria-invalid" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaInvalid", void 0);
  __decorate([
    attr({ attribute: "aria-keyshortcuts" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaKeyshortcuts", void 0);
  __decorate([
    attr({ attribute: "aria-label" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaLabel", void 0);
  __decorate([
    attr({ attribute: "aria-labelledby" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaLabelledby", void 0);
  __decorate([
    attr({ attribute: "aria-live" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaLive", void 0);
  __decorate([
    attr({ attribute: "aria-owns" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaOwns", void 0);
  __decorate([
    attr({ attribute: "aria-relevant" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaRelevant", void 0);
  __decorate([
    attr({ attribute: "aria-roledescription" })
  ], ARIAGlobalStatesAndProperties.prototype, "ariaRoledescription", void 0);

  // node_modules/@microsoft/fast-foundation/dist/esm/button/button.template.js
  var buttonTemplate = (context, definition) => html`
    <button
        class="control"
        part="control"
        ?autofocus="${(x2) => x2.autofocus}"
        ?disabled="${(x2) => x2.disabled}"
        form="${(x2) => x2.formId}"
        formaction="${(x2) => x2.formaction}"
        formenctype="${(x2) => x2.formenctype}"
        formmethod="${(x2) => x2.formmethod}"
        formnovalidate="${(x2) => x2.formnovalidate}"
        formtarget="${(x2) => x2.formtarget}"
        name="${(x2) => x2.name}"
        type="${(x2) => x2.type}"
        value="${(x2) => x2.value}"
        aria-atomic="${(x2) => x2.ariaAtomic}"
        aria-busy="${(x2) => x2.ariaBusy}"
        aria-controls="${(x2) => x2.ariaControls}"
        aria-current="${(x2) => x2.ariaCurrent}"
        aria-describedby="${(x2) => x2.ariaDescribedby}"
        aria-details="${(x2) => x2.ariaDetails}"
        aria-disabled="${(x2) => x2.ariaDisabled}"
        aria-errormessage="${(x2) => x2.ariaErrormessage}"
        aria-expanded="${(x2) => x2.ariaExpanded}"
        aria-flowto="${(x2) => x2.ariaFlowto}"
        aria-haspopup="${(x2) => x2.ariaHaspopup}"
        aria-hidden="${(x2) => x2.ariaHidden}"
        aria-invalid="${(x2) => x2.ariaInvalid}"
        aria-keyshortcuts="${(x2) => x2.ariaKeyshortcuts}"
        aria-label="${(x2) => x2.ariaLabel}"
        aria-labelledby="${(x2) => x2.ariaLabelledby}"
        aria-live="${(x2) => x2.ariaLive}"
        aria-owns="${(x2) => x2.ariaOwns}"
        aria-pressed="${(x2) => x2.ariaPressed}"
        aria-relevant="${(x2) => x2.ariaRelevant}"
        aria-roledescription="${(x2) => x2.ariaRoledescription}"
        ${ref("control")}
    >
        ${startSlotTemplate(context, definition)}
        <span class="content" part="content">
            <slot ${slotted("defaultSlottedContent")}></slot>
        </span>
        ${endSlotTemplate(context, definition)}
    </button>
`;

  // node_modules/@microsoft/fast-foundation/dist/esm/form-associated/form-associated.js
  var proxySlotName = "form-associated-proxy";
  var ElementInternalsKey = "ElementInternals";
  var supportsElementInternals = ElementInternalsKey in window && "setFormValue" in window[ElementInternalsKey].prototype;
  var InternalsMap = /* @__PURE__ */ new WeakMap();
  function FormAssociated(BaseCtor) {
    const C2 = class extends BaseCtor {
      constructor(...args) {
        super(...args);
        this.dirtyValue = false;
        this.disabled = false;
        this.proxyEventsToBlock = ["change", "click"];
        this.proxyInitialized = false;
        this.required = false;
        this.initialValue = this.initialValue || "";
        if (!this.elementInternals) {
          this.formResetCallback = this.formResetCallback.bind(this);
        }
      }
      /**
       * Must evaluate to true to enable elementInternals.
       * Feature detects API support and resolve respectively
       *
       * @internal
       */
      static get formAssociated() {
        return supportsElementInternals;
      }
      /**
       * Returns the validity state of the element
       *
       * @alpha
       */
      get validity() {
        return this.elementInternals ? this.elementInternals.validity : this.proxy.validity;
      }
      /**
       * Retrieve a reference to the associated form.
       * Returns null if not associated to any form.
       *
       * @alpha
       */
      get form() {
        return this.elementInternals ? this.elementInternals.form : this.proxy.form;
      }
      /**
       * Retrieve the localized validation message,
       * or custom validation message if set.
       *
       * @alpha
       */
      get validationMessage() {
        return this.elementInternals ? this.elementInternals.validationMessage : this.proxy.validationMessage;
      }
      /**
       * Whether the element will be validated when the
       * form is submitted
       */
      get willValidate() {
        return this.elementInternals ? this.elementInternals.willValidate : this.proxy.willValidate;
      }
      /**
       * A reference to all associated label elements
       */
      get labels() {
        if (this.elementInternals) {
          return Object.freeze(Array.from(this.elementInternals.labels));
        } else if (this.proxy instanceof HTMLElement && this.proxy.ownerDocument && this.id) {
          const parentLabels = this.proxy.labels;
          const forLabels = Array.from(this.proxy.getRootNode().querySelectorAll(`[for='${this.id}']`));
          const labels = parentLabels ? forLabels.concat(Array.from(parentLabels)) : forLabels;
          return Object.freeze(labels);
        } else {
          return emptyArray;
        }
      }
      /**
       * Invoked when the `value` property changes
       * @param previous - the previous value
       * @param next - the new value
       *
       * @remarks
       * If elements extending `FormAssociated` implement a `valueChanged` method
       * They must be sure to invoke `super.valueChanged(previous, next)` to ensure
       * proper functioning of `FormAssociated`
       */
      valueChanged(previous, next) {
        this.dirtyValue = true;
        if (this.proxy instanceof HTMLElement) {
          this.proxy.value = this.value;
        }
        this.currentValue = this.value;
        this.setFormValue(this.value);
        this.validate();
      }
      currentValueChanged() {
        this.value = this.currentValue;
      }
      /**
       * Invoked when the `initialValue` property changes
       *
       * @param previous - the previous value
       * @param next - the new value
       *
       * @remarks
       * If elements extending `FormAssociated` implement a `initialValueChanged` method
       * They must be sure to invoke `super.initialValueChanged(previous, next)` to ensure
       * proper functioning of `FormAssociated`
       */
      initialValueChanged(previous, next) {
        if (!this.dirtyValue) {
          this.value = this.initialValue;
          this.dirtyValue = false;
        }
      }
      /**
       * Invoked when the `disabled` property changes
       *
       * @param previous - the previous value
       * @param next - the new value
       *
       * @remarks
       * If elements extending `FormAssociated` implement a `disabledChanged` method
       * They must be sure to invoke `super.disabledChanged(previous, next)` to ensure
       * proper functioning of `FormAssociated`
       */
      disabledChanged(previous, next) {
        if (this.proxy instanceof HTMLElement) {
          this.proxy.disabled = this.disabled;
        }
        DOM.queueUpdate(() => this.classList.toggle("disabled", this.disabled));
      }
      /**
       * Invoked when the `name` property changes
       *
       * @param previous - the previous value
       * @param next - the new value
       *
       * @remarks
       * If elements extending `FormAssociated` implement a `nameChanged` method
       * They must be sure to invoke `super.nameChanged(previous, next)` to ensure
       * proper functioning of `FormAssociated`
       */
      nameChanged(previous, next) {
        if (this.proxy instanceof HTMLElement) {
          this.proxy.name = this.name;
        }
      }
      /**
       * Invoked when the `required` property changes
       *
       * @param previous - the previous value
       * @param next - the new value
       *
       * @remarks
       * If elements extending `FormAssociated` implement a `requiredChanged` method
       * They must be sure to invoke `super.requiredChanged(previous, next)` to ensure
       * proper functioning of `FormAssociated`
       */
      requiredChanged(prev, next) {
        if (this.proxy instanceof HTMLElement) {
          this.proxy.required = this.required;
        }
        DOM.queueUpdate(() => this.classList.toggle("required", this.required));
        this.validate();
      }
      /**
       * The element internals object. Will only exist
       * in browsers supporting the attachInternals API
       */
      get elementInternals() {
        if (!supportsElementInternals) {
          return null;
        }
        let internals = InternalsMap.get(this);
        if (!internals) {
          internals = this.attachInternals();
          InternalsMap.set(this, internals);
        }
        return internals;
      }
      /**
       * @internal
       */
      connectedCallback() {
        super.connectedCallback();
        this.addEventListener("keypress", this._keypressHandler);
        if (!this.value) {
          this.value = this.initialValue;
          this.dirtyValue = false;
        }
        if (!this.elementInternals) {
          this.attachProxy();
          if (this.form) {
            this.form.addEventListener("reset", this.formResetCallback);
          }
        }
      }
      /**
       * @internal
       */
      disconnectedCallback() {
        super.disconnectedCallback();
        this.proxyEventsToBlock.forEach((name) => this.proxy.removeEventListener(name, this.stopPropagation));
        if (!this.elementInternals && this.form) {
          this.form.removeEventListener("reset", this.formResetCallback);
        }
      }
      /**
       * Return the current validity of the element.
       */
      checkValidity() {
        return this.elementInternals ? this.elementInternals.checkValidity() : this.proxy.checkValidity();
      }
      /**
       * Return the current validity of the element.
       * If false, fires an invalid event at the element.
       */
      reportValidity() {
        return this.elementInternals ? this.elementInternals.reportValidity() : this.proxy.reportValidity();
      }
      /**
       * Set the validity of the control. In cases when the elementInternals object is not
       * available (and the proxy element is used to report validity), this function will
       * do nothing unless a message is provided, at which point the setCustomValidity method
       * of the proxy element will be invoked with the provided message.
       * @param flags - Validity flags
       * @param message - Optional message to supply
       * @param anchor - Optional element used by UA to display an interactive validation UI
       */
      setValidity(flags, message, anchor) {
        if (this.elementInternals) {
          this.elementInternals.setValidity(flags, message, anchor);
        } else if (typeof message === "string") {
          this.proxy.setCustomValidity(message);
        }
      }
      /**
       * Invoked when a connected component's form or fieldset has its disabled
       * state changed.
       * @param disabled - the disabled value of the form / fieldset
       */
      formDisabledCallback(disabled) {
        this.disabled = disabled;
      }
      formResetCallback() {
        this.value = this.initialValue;
        this.dirtyValue = false;
      }
      /**
       * Attach the proxy element to the DOM
       */
      attachProxy() {
        var _a;
        if (!this.proxyInitialized) {
          this.proxyInitialized = true;
          this.proxy.style.display = "none";
          this.proxyEventsToBlock.forEach((name) => this.proxy.addEventListener(name, this.stopPropagation));
          this.proxy.disabled = this.disabled;
          this.proxy.required = this.required;
          if (typeof this.name === "string") {
            this.proxy.name = this.name;
          }
          if (typeof this.value === "string") {
            this.proxy.value = this.value;
          }
          this.proxy.setAttribute("slot", proxySlotName);
          this.proxySlot = document.createElement("slot");
          this.proxySlot.setAttribute("name", proxySlotName);
        }
        (_a = this.shadowRoot) === null || _a === void 0 ? void 0 : _a.appendChild(this.proxySlot);
        this.appendChild(this.proxy);
      }
      /**
       * Detach the proxy element from the DOM
       */
      detachProxy() {
        var _a;
        this.removeChild(this.proxy);
        (_a = this.shadowRoot) === null || _a === void 0 ? void 0 : _a.removeChild(this.proxySlot);
      }
      /** {@inheritDoc (FormAssociated:interface).validate} */
      validate(anchor) {
        if (this.proxy instanceof HTMLElement) {
          this.setValidity(this.proxy.validity, this.proxy.validationMessage, anchor);
        }
      }
      /**
       * Associates the provided value (and optional state) with the parent form.
       * @param value - The value to set
       * @param state - The state object provided to during session restores and when autofilling.
       */
      setFormValue(value2, state) {
        if (this.elementInternals) {
          this.elementInternals.setFormValue(value2, state || value2);
        }
      }
      _keypressHandler(e) {
        switch (e.key) {
          case keyEnter:
            if (this.form instanceof HTMLFormElement) {
              const defaultButton = this.form.querySelector("[type=submit]");
              defaultButton === null || defaultButton === void 0 ? void 0 : defaultButton.click();
            }
            break;
        }
      }
      /**
       * Used to stop propagation of proxy element events
       * @param e - Event object
       */
      stopPropagation(e) {
        e.stopPropagation();
      }
    };
    attr({ mode: "boolean" })(C2.prototype, "disabled");
    attr({ mode: "fromView", attribute: "value" })(C2.prototype, "initialValue");
    attr({ attribute: "current-value" })(C2.prototype, "currentValue");
    attr(C2.prototype, "name");
    attr({ mode: "boolean" })(C2.prototype, "required");
    observable(C2.prototype, "value");
    return C2;
  }
  function CheckableFormAssociated(BaseCtor) {
    class C2 extends FormAssociated(BaseCtor) {
    }
    class D3 extends C2 {
      constructor(...args) {
        super(args);
        this.dirtyChecked = false;
        this.checkedAttribute = false;
        this.checked = false;
        this.dirtyChecked = false;
      }
      checkedAttributeChanged() {
        this.defaultChecked = this.checkedAttribute;
      }
      /**
       * @internal
       */
      defaultCheckedChanged() {
        if (!this.dirtyChecked) {
          this.checked = this.defaultChecked;
          this.dirtyChecked = false;
        }
      }
      checkedChanged(prev, next) {
        if (!this.dirtyChecked) {
          this.dirtyChecked = true;
        }
        this.currentChecked = this.checked;
        this.updateForm();
        if (this.proxy instanceof HTMLInputElement) {
          this.proxy.checked = this.checked;
        }
        if (prev !== void 0) {
          this.$emit("change");
        }
        this.validate();
      }
      currentCheckedChanged(prev, next) {
        this.checked = this.currentChecked;
      }
      updateForm() {
        const value2 = this.checked ? this.value : null;
        this.setFormValue(value2, value2);
      }
      connectedCallback() {
        super.connectedCallback();
        this.updateForm();
      }
      formResetCallback() {
        super.formResetCallback();
        this.checked = !!this.checkedAttribute;
        this.dirtyChecked = false;
      }
    }
    attr({ attribute: "checked", mode: "boolean" })(D3.prototype, "checkedAttribute");
    attr({ attribute: "current-checked", converter: booleanConverter })(D3.prototype, "currentChecked");
    observable(D3.prototype, "defaultChecked");
    observable(D3.prototype, "checked");
    return D3;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/button/button.form-associated.js
  var _Button = class extends FoundationElement {
  };
  var FormAssociatedButton = class extends FormAssociated(_Button) {
    constructor() {
      super(...arguments);
      this.proxy = document.createElement("input");
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/button/button.js
  var Button = class extends FormAssociatedButton {
    constructor() {
      super(...arguments);
      this.handleClick = (e) => {
        var _a;
        if (this.disabled && ((_a = this.defaultSlottedContent) === null || _a === void 0 ? void 0 : _a.length) <= 1) {
          e.stopPropagation();
        }
      };
      this.handleSubmission = () => {
        if (!this.form) {
          return;
        }
        const attached = this.proxy.isConnected;
        if (!attached) {
          this.attachProxy();
        }
        typeof this.form.requestSubmit === "function" ? this.form.requestSubmit(this.proxy) : this.proxy.click();
        if (!attached) {
          this.detachProxy();
        }
      };
      this.handleFormReset = () => {
        var _a;
        (_a = this.form) === null || _a === void 0 ? void 0 : _a.reset();
      };
      this.handleUnsupportedDelegatesFocus = () => {
        var _a;
        if (window.ShadowRoot && !window.ShadowRoot.prototype.hasOwnProperty("delegatesFocus") && ((_a = this.$fastController.definition.shadowOptions) === null || _a === void 0 ? void 0 : _a.delegatesFocus)) {
          this.focus = () => {
            this.control.focus();
          };
        }
      };
    }
    formactionChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.formAction = this.formaction;
      }
    }
    formenctypeChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.formEnctype = this.formenctype;
      }
    }
    formmethodChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.formMethod = this.formmethod;
      }
    }
    formnovalidateChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.formNoValidate = this.formnovalidate;
      }
    }
    formtargetChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.formTarget = this.formtarget;
      }
    }
    typeChanged(previous, next) {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.type = this.type;
      }
      next === "submit" && this.addEventListener("click", this.handleSubmission);
      previous === "submit" && this.removeEventListener("click", this.handleSubmission);
      next === "reset" && this.addEventListener("click", this.handleFormReset);
      previous === "reset" && this.removeEventListener("click", this.handleFormReset);
    }
    /** {@inheritDoc (FormAssociated:interface).validate} */
    validate() {
      super.validate(this.control);
    }
    /**
     * @internal
     */
    connectedCallback() {
      var _a;
      super.connectedCallback();
      this.proxy.setAttribute("type", this.type);
      this.handleUnsupportedDelegatesFocus();
      const elements = Array.from((_a = this.control) === null || _a === void 0 ? void 0 : _a.children);
      if (elements) {
        elements.forEach((span) => {
          span.addEventListener("click", this.handleClick);
        });
      }
    }
    /**
     * @internal
     */
    disconnectedCallback() {
      var _a;
      super.disconnectedCallback();
      const elements = Array.from((_a = this.control) === null || _a === void 0 ? void 0 : _a.children);
      if (elements) {
        elements.forEach((span) => {
          span.removeEventListener("click", this.handleClick);
        });
      }
    }
  };
  __decorate([
    attr({ mode: "boolean" })
  ], Button.prototype, "autofocus", void 0);
  __decorate([
    attr({ attribute: "form" })
  ], Button.prototype, "formId", void 0);
  __decorate([
    attr
  ], Button.prototype, "formaction", void 0);
  __decorate([
    attr
  ], Button.prototype, "formenctype", void 0);
  __decorate([
    attr
  ], Button.prototype, "formmethod", void 0);
  __decorate([
    attr({ mode: "boolean" })
  ], Button.prototype, "formnovalidate", void 0);
  __decorate([
    attr
  ], Button.prototype, "formtarget", void 0);
  __decorate([
    attr
  ], Button.prototype, "type", void 0);
  __decorate([
    observable
  ], Button.prototype, "defaultSlottedContent", void 0);
  var DelegatesARIAButton = class {
  };
  __decorate([
    attr({ attribute: "aria-expanded" })
  ], DelegatesARIAButton.prototype, "ariaExpanded", void 0);
  __decorate([
    attr({ attribute: "aria-pressed" })
  ], DelegatesARIAButton.prototype, "ariaPressed", void 0);
  applyMixins(DelegatesARIAButton, ARIAGlobalStatesAndProperties);
  applyMixins(Button, StartEnd, DelegatesARIAButton);

  // node_modules/@microsoft/fast-foundation/dist/esm/checkbox/checkbox.template.js
  var checkboxTemplate = (context, definition) => html`
    <template
        role="checkbox"
        aria-checked="${(x2) => x2.checked}"
        aria-required="${(x2) => x2.required}"
        aria-disabled="${(x2) => x2.disabled}"
        aria-readonly="${(x2) => x2.readOnly}"
        tabindex="${(x2) => x2.disabled ? null : 0}"
        @keypress="${(x2, c) => x2.keypressHandler(c.event)}"
        @click="${(x2, c) => x2.clickHandler(c.event)}"
        class="${(x2) => x2.readOnly ? "readonly" : ""} ${(x2) => x2.checked ? "checked" : ""} ${(x2) => x2.indeterminate ? "indeterminate" : ""}"
    >
        <div part="control" class="control">
            <slot name="checked-indicator">
                ${definition.checkedIndicator || ""}
            </slot>
            <slot name="indeterminate-indicator">
                ${definition.indeterminateIndicator || ""}
            </slot>
        </div>
        <label
            part="label"
            class="${(x2) => x2.defaultSlottedNodes && x2.defaultSlottedNodes.length ? "label" : "label label__hidden"}"
        >
            <slot ${slotted("defaultSlottedNodes")}></slot>
        </label>
    </template>
`;

  // node_modules/@microsoft/fast-foundation/dist/esm/checkbox/checkbox.form-associated.js
  var _Checkbox = class extends FoundationElement {
  };
  var FormAssociatedCheckbox = class extends CheckableFormAssociated(_Checkbox) {
    constructor() {
      super(...arguments);
      this.proxy = document.createElement("input");
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/checkbox/checkbox.js
  var Checkbox = class extends FormAssociatedCheckbox {
    constructor() {
      super();
      this.initialValue = "on";
      this.indeterminate = false;
      this.keypressHandler = (e) => {
        if (this.readOnly) {
          return;
        }
        switch (e.key) {
          case keySpace:
            if (this.indeterminate) {
              this.indeterminate = false;
            }
            this.checked = !this.checked;
            break;
        }
      };
      this.clickHandler = (e) => {
        if (!this.disabled && !this.readOnly) {
          if (this.indeterminate) {
            this.indeterminate = false;
          }
          this.checked = !this.checked;
        }
      };
      this.proxy.setAttribute("type", "checkbox");
    }
    readOnlyChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.readOnly = this.readOnly;
      }
    }
  };
  __decorate([
    attr({ attribute: "readonly", mode: "boolean" })
  ], Checkbox.prototype, "readOnly", void 0);
  __decorate([
    observable
  ], Checkbox.prototype, "defaultSlottedNodes", void 0);
  __decorate([
    observable
  ], Checkbox.prototype, "indeterminate", void 0);

  // node_modules/@microsoft/fast-foundation/dist/esm/listbox-option/listbox-option.js
  function isListboxOption(el2) {
    return isHTMLElement(el2) && (el2.getAttribute("role") === "option" || el2 instanceof HTMLOptionElement);
  }
  var ListboxOption = class extends FoundationElement {
    constructor(text, value2, defaultSelected, selected) {
      super();
      this.defaultSelected = false;
      this.dirtySelected = false;
      this.selected = this.defaultSelected;
      this.dirtyValue = false;
      if (text) {
        this.textContent = text;
      }
      if (value2) {
        this.initialValue = value2;
      }
      if (defaultSelected) {
        this.defaultSelected = defaultSelected;
      }
      if (selected) {
        this.selected = selected;
      }
      this.proxy = new Option(`${this.textContent}`, this.initialValue, this.defaultSelected, this.selected);
      this.proxy.disabled = this.disabled;
    }
    /**
     * Updates the ariaChecked property when the checked property changes.
     *
     * @param prev - the previous checked value
     * @param next - the current checked value
     *
     * @public
     */
    checkedChanged(prev, next) {
      if (typeof next === "boolean") {
        this.ariaChecked = next ? "true" : "false";
        return;
      }
      this.ariaChecked = null;
    }
    /**
     * Updates the proxy's text content when the default slot changes.
     * @param prev - the previous content value
     * @param next - the current content value
     *
     * @internal
     */
    contentChanged(prev, next) {
      if (this.proxy instanceof HTMLOptionElement) {
        this.proxy.textContent = this.textContent;
      }
      this.$emit("contentchange", null, { bubbles: true });
    }
    defaultSelectedChanged() {
      if (!this.dirtySelected) {
        this.selected = this.defaultSelected;
        if (this.proxy instanceof HTMLOptionElement) {
          this.proxy.selected = this.defaultSelected;
        }
      }
    }
    disabledChanged(prev, next) {
      this.ariaDisabled = this.disabled ? "true" : "false";
      if (this.proxy instanceof HTMLOptionElement) {
        this.proxy.disabled = this.disabled;
      }
    }
    selectedAttributeChanged() {
      this.defaultSelected = this.selectedAttribute;
      if (this.proxy instanceof HTMLOptionElement) {
        this.proxy.defaultSelected = this.defaultSelected;
      }
    }
    selectedChanged() {
      this.ariaSelected = this.selected ? "true" : "false";
      if (!this.dirtySelected) {
        this.dirtySelected = true;
      }
      if (this.proxy instanceof HTMLOptionElement) {
        this.proxy.selected = this.selected;
      }
    }
    initialValueChanged(previous, next) {
      if (!this.dirtyValue) {
        this.value = this.initialValue;
        this.dirtyValue = false;
      }
    }
    get label() {
      var _a;
      return (_a = this.value) !== null && _a !== void 0 ? _a : this.text;
    }
    get text() {
      var _a, _b;
      return (_b = (_a = this.textContent) === null || _a === void 0 ? void 0 : _a.replace(/\s+/g, " ").trim()) !== null && _b !== void 0 ? _b : "";
    }
    set value(next) {
      const newValue = `${next !== null && next !== void 0 ? next : ""}`;
      this._value = newValue;
      this.dirtyValue = true;
      if (this.proxy instanceof HTMLOptionElement) {
        this.proxy.value = newValue;
      }
      Observable.notify(this, "value");
    }
    get value() {
      var _a;
      Observable.track(this, "value");
      return (_a = this._value) !== null && _a !== void 0 ? _a : this.text;
    }
    get form() {
      return this.proxy ? this.proxy.form : null;
    }
  };
  __decorate([
    observable
  ], ListboxOption.prototype, "checked", void 0);
  __decorate([
    observable
  ], ListboxOption.prototype, "content", void 0);
  __decorate([
    observable
  ], ListboxOption.prototype, "defaultSelected", void 0);
  __decorate([
    attr({ mode: "boolean" })
  ], ListboxOption.prototype, "disabled", void 0);
  __decorate([
    attr({ attribute: "selected", mode: "boolean" })
  ], ListboxOption.prototype, "selectedAttribute", void 0);
  __decorate([
    observable
  ], ListboxOption.prototype, "selected", void 0);
  __decorate([
    attr({ attribute: "value", mode: "fromView" })
  ], ListboxOption.prototype, "initialValue", void 0);
  var DelegatesARIAListboxOption = class {
  };
  __decorate([
    observable
  ], DelegatesARIAListboxOption.prototype, "ariaChecked", void 0);
  __decorate([
    observable
  ], DelegatesARIAListboxOption.prototype, "ariaPosInSet", void 0);
  __decorate([
    observable
  ], DelegatesARIAListboxOption.prototype, "ariaSelected", void 0);
  __decorate([
    observable
  ], DelegatesARIAListboxOption.prototype, "ariaSetSize", void 0);
  applyMixins(DelegatesARIAListboxOption, ARIAGlobalStatesAndProperties);
  applyMixins(ListboxOption, StartEnd, DelegatesARIAListboxOption);

  // node_modules/@microsoft/fast-foundation/dist/esm/listbox/listbox.js
  var Listbox = class _Listbox extends FoundationElement {
    constructor() {
      super(...arguments);
      this._options = [];
      this.selectedIndex = -1;
      this.selectedOptions = [];
      this.shouldSkipFocus = false;
      this.typeaheadBuffer = "";
      this.typeaheadExpired = true;
      this.typeaheadTimeout = -1;
    }
    /**
     * The first selected option.
     *
     * @internal
     */
    get firstSelectedOption() {
      var _a;
      return (_a = this.selectedOptions[0]) !== null && _a !== void 0 ? _a : null;
    }
    /**
     * Returns true if there is one or more selectable option.
     *
     * @internal
     */
    get hasSelectableOptions() {
      return this.options.length > 0 && !this.options.every((o) => o.disabled);
    }
    /**
     * The number of options.
     *
     * @public
     */
    get length() {
      var _a, _b;
      return (_b = (_a = this.options) === null || _a === void 0 ? void 0 : _a.length) !== null && _b !== void 0 ? _b : 0;
    }
    /**
     * The list of options.
     *
     * @public
     */
    get options() {
      Observable.track(this, "options");
      return this._options;
    }
    set options(value2) {
      this._options = value2;
      Observable.notify(this, "options");
    }
    /**
     * Flag for the typeahead timeout expiration.
     *
     * @deprecated use `Listbox.typeaheadExpired`
     * @internal
     */
    get typeAheadExpired() {
      return this.typeaheadExpired;
    }
    set typeAheadExpired(value2) {
      this.typeaheadExpired = value2;
    }
    /**
     * Handle click events for listbox options.
     *
     * @internal
     */
    clickHandler(e) {
      const captured = e.target.closest(`option,[role=option]`);
      if (captured && !captured.disabled) {
        this.selectedIndex = this.options.indexOf(captured);
        return true;
      }
    }
    /**
     * Ensures that the provided option is focused and scrolled into view.
     *
     * @param optionToFocus - The option to focus
     * @internal
     */
    focusAndScrollOptionIntoView(optionToFocus = this.firstSelectedOption) {
      if (this.contains(document.activeElement) && optionToFocus !== null) {
        optionToFocus.focus();
        requestAnimationFrame(() => {
          optionToFocus.scrollIntoView({ block: "nearest" });
        });
      }
    }
    /**
     * Handles `focusin` actions for the component. When the component receives focus,
     * the list of selected options is refreshed and the first selected option is scrolled
     * into view.
     *
     * @internal
     */
    focusinHandler(e) {
      if (!this.shouldSkipFocus && e.target === e.currentTarget) {
        this.setSelectedOptions();
        this.focusAndScrollOptionIntoView();
      }
      this.shouldSkipFocus = false;
    }
    /**
     * Returns the options which match the current typeahead buffer.
     *
     * @internal
     */
    getTypeaheadMatches() {
      const pattern = this.typeaheadBuffer.replace(/[.*+\-?^${}()|[\]\\]/g, "\\$&");
      const re3 = new RegExp(`^${pattern}`, "gi");
      return this.options.filter((o) => o.text.trim().match(re3));
    }
    /**
     * Determines the index of the next option which is selectable, if any.
     *
     * @param prev - the previous selected index
     * @param next - the next index to select
     *
     * @internal
     */
    getSelectableIndex(prev = this.selectedIndex, next) {
      const direction = prev > next ? -1 : prev < next ? 1 : 0;
      const potentialDirection = prev + direction;
      let nextSelectableOption = null;
      switch (direction) {
        case -1: {
          nextSelectableOption = this.options.reduceRight((nextSelectableOption2, thisOption, index) => !nextSelectableOption2 && !thisOption.disabled && index < potentialDirection ? thisOption : nextSelectableOption2, nextSelectableOption);
          break;
        }
        case 1: {
          nextSelectableOption = this.options.reduce((nextSelectableOption2, thisOption, index) => !nextSelectableOption2 && !thisOption.disabled && index > potentialDirection ? thisOption : nextSelectableOption2, nextSelectableOption);
          break;
        }
      }
      return this.options.indexOf(nextSelectableOption);
    }
    /**
     * Handles external changes to child options.
     *
     * @param source - the source object
     * @param propertyName - the property
     *
     * @internal
     */
    handleChange(source, propertyName) {
      switch (propertyName) {
        case "selected": {
          if (_Listbox.slottedOptionFilter(source)) {
            this.selectedIndex = this.options.indexOf(source);
          }
          this.setSelectedOptions();
          break;
        }
      }
    }
    /**
     * Moves focus to an option whose label matches characters typed by the user.
     * Consecutive keystrokes are batched into a buffer of search text used
     * to match against the set of options.  If `TYPE_AHEAD_TIMEOUT_MS` passes
     * between consecutive keystrokes, the search restarts.
     *
     * @param key - the key to be evaluated
     *
     * @internal
     */
    handleTypeAhead(key) {
      if (this.typeaheadTimeout) {
        window.clearTimeout(this.typeaheadTimeout);
      }
      this.typeaheadTimeout = window.setTimeout(() => this.typeaheadExpired = true, _Listbox.TYPE_AHEAD_TIMEOUT_MS);
      if (key.length > 1) {
        return;
      }
      this.typeaheadBuffer = `${this.typeaheadExpired ? "" : this.typeaheadBuffer}${key}`;
    }
    /**
     * Handles `keydown` actions for listbox navigation and typeahead.
     *
     * @internal
     */
    keydownHandler(e) {
      if (this.disabled) {
        return true;
      }
      this.shouldSkipFocus = false;
      const key = e.key;
      switch (key) {
        // Select the first available option
        case keyHome: {
          if (!e.shiftKey) {
            e.preventDefault();
            this.selectFirstOption();
          }
          break;
        }
        // Select the next selectable option
        case keyArrowDown: {
          if (!e.shiftKey) {
            e.preventDefault();
            this.selectNextOption();
          }
          break;
        }
        // Select the previous selectable option
        case keyArrowUp: {
          if (!e.shiftKey) {
            e.preventDefault();
            this.selectPreviousOption();
          }
          break;
        }
        // Select the last available option
        case keyEnd: {
          e.preventDefault();
          this.selectLastOption();
          break;
        }
        case keyTab: {
          this.focusAndScrollOptionIntoView();
          return true;
        }
        case keyEnter:
        case keyEscape: {
          return true;
        }
        case keySpace: {
          if (this.typeaheadExpired) {
            return true;
          }
        }
        // Send key to Typeahead handler
        default: {
          if (key.length === 1) {
            this.handleTypeAhead(`${key}`);
          }
          return true;
        }
      }
    }
    /**
     * Prevents `focusin` events from firing before `click` events when the
     * element is unfocused.
     *
     * @internal
     */
    mousedownHandler(e) {
      this.shouldSkipFocus = !this.contains(document.activeElement);
      return true;
    }
    /**
     * Switches between single-selection and multi-selection mode.
     *
     * @param prev - the previous value of the `multiple` attribute
     * @param next - the next value of the `multiple` attribute
     *
     * @internal
     */
    multipleChanged(prev, next) {
      this.ariaMultiSelectable = next ? "true" : null;
    }
    /**
     * Updates the list of selected options when the `selectedIndex` changes.
     *
     * @param prev - the previous selected index value
     * @param next - the current selected index value
     *
     * @internal
     */
    selectedIndexChanged(prev, next) {
      var _a;
      if (!this.hasSelectableOptions) {
        this.selectedIndex = -1;
        return;
      }
      if (((_a = this.options[this.selectedIndex]) === null || _a === void 0 ? void 0 : _a.disabled) && typeof prev === "number") {
        const selectableIndex = this.getSelectableIndex(prev, next);
        const newNext = selectableIndex > -1 ? selectableIndex : prev;
        this.selectedIndex = newNext;
        if (next === newNext) {
          this.selectedIndexChanged(next, newNext);
        }
        return;
      }
      this.setSelectedOptions();
    }
    /**
     * Updates the selectedness of each option when the list of selected options changes.
     *
     * @param prev - the previous list of selected options
     * @param next - the current list of selected options
     *
     * @internal
     */
    selectedOptionsChanged(prev, next) {
      var _a;
      const filteredNext = next.filter(_Listbox.slottedOptionFilter);
      (_a = this.options) === null || _a === void 0 ? void 0 : _a.forEach((o) => {
        const notifier = Observable.getNotifier(o);
        notifier.unsubscribe(this, "selected");
        o.selected = filteredNext.includes(o);
        notifier.subscribe(this, "selected");
      });
    }
    /**
     * Moves focus to the first selectable option.
     *
     * @public
     */
    selectFirstOption() {
      var _a, _b;
      if (!this.disabled) {
        this.selectedIndex = (_b = (_a = this.options) === null || _a === void 0 ? void 0 : _a.findIndex((o) => !o.disabled)) !== null && _b !== void 0 ? _b : -1;
      }
    }
    /**
     * Moves focus to the last selectable option.
     *
     * @internal
     */
    selectLastOption() {
      if (!this.disabled) {
        this.selectedIndex = findLastIndex(this.options, (o) => !o.disabled);
      }
    }
    /**
     * Moves focus to the next selectable option.
     *
     * @internal
     */
    selectNextOption() {
      if (!this.disabled && this.selectedIndex < this.options.length - 1) {
        this.selectedIndex += 1;
      }
    }
    /**
     * Moves focus to the previous selectable option.
     *
     * @internal
     */
    selectPreviousOption() {
      if (!this.disabled && this.selectedIndex > 0) {
        this.selectedIndex = this.selectedIndex - 1;
      }
    }
    /**
     * Updates the selected index to match the first selected option.
     *
     * @internal
     */
    setDefaultSelectedOption() {
      var _a, _b;
      this.selectedIndex = (_b = (_a = this.options) === null || _a === void 0 ? void 0 : _a.findIndex((el2) => el2.defaultSelected)) !== null && _b !== void 0 ? _b : -1;
    }
    /**
     * Sets an option as selected and gives it focus.
     *
     * @public
     */
    setSelectedOptions() {
      var _a, _b, _c;
      if ((_a = this.options) === null || _a === void 0 ? void 0 : _a.length) {
        this.selectedOptions = [this.options[this.selectedIndex]];
        this.ariaActiveDescendant = (_c = (_b = this.firstSelectedOption) === null || _b === void 0 ? void 0 : _b.id) !== null && _c !== void 0 ? _c : "";
        this.focusAndScrollOptionIntoView();
      }
    }
    /**
     * Updates the list of options and resets the selected option when the slotted option content changes.
     *
     * @param prev - the previous list of slotted options
     * @param next - the current list of slotted options
     *
     * @internal
     */
    slottedOptionsChanged(prev, next) {
      this.options = next.reduce((options, item2) => {
        if (isListboxOption(item2)) {
          options.push(item2);
        }
        return options;
      }, []);
      const setSize = `${this.options.length}`;
      this.options.forEach((option, index) => {
        if (!option.id) {
          option.id = uniqueId("option-");
        }
        option.ariaPosInSet = `${index + 1}`;
        option.ariaSetSize = setSize;
      });
      if (this.$fastController.isConnected) {
        this.setSelectedOptions();
        this.setDefaultSelectedOption();
      }
    }
    /**
     * Updates the filtered list of options when the typeahead buffer changes.
     *
     * @param prev - the previous typeahead buffer value
     * @param next - the current typeahead buffer value
     *
     * @internal
     */
    typeaheadBufferChanged(prev, next) {
      if (this.$fastController.isConnected) {
        const typeaheadMatches = this.getTypeaheadMatches();
        if (typeaheadMatches.length) {
          const selectedIndex = this.options.indexOf(typeaheadMatches[0]);
          if (selectedIndex > -1) {
            this.selectedIndex = selectedIndex;
          }
        }
        this.typeaheadExpired = false;
      }
    }
  };
  Listbox.slottedOptionFilter = (n) => isListboxOption(n) && !n.hidden;
  Listbox.TYPE_AHEAD_TIMEOUT_MS = 1e3;
  __decorate([
    attr({ mode: "boolean" })
  ], Listbox.prototype, "disabled", void 0);
  __decorate([
    observable
  ], Listbox.prototype, "selectedIndex", void 0);
  __decorate([
    observable
  ], Listbox.prototype, "selectedOptions", void 0);
  __decorate([
    observable
  ], Listbox.prototype, "slottedOptions", void 0);
  __decorate([
    observable
  ], Listbox.prototype, "typeaheadBuffer", void 0);
  var DelegatesARIAListbox = class {
  };
  __decorate([
    observable
  ], DelegatesARIAListbox.prototype, "ariaActiveDescendant", void 0);
  __decorate([
    observable
  ], DelegatesARIAListbox.prototype, "ariaDisabled", void 0);
  __decorate([
    observable
  ], DelegatesARIAListbox.prototype, "ariaExpanded", void 0);
  __decorate([
    observable
  ], DelegatesARIAListbox.prototype, "ariaMultiSelectable", void 0);
  applyMixins(DelegatesARIAListbox, ARIAGlobalStatesAndProperties);
  applyMixins(Listbox, DelegatesARIAListbox);

  // node_modules/@microsoft/fast-foundation/dist/esm/select/select.options.js
  var SelectPosition = {
    above: "above",
    below: "below"
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/composed-parent.js
  function composedParent(element) {
    const parentNode = element.parentElement;
    if (parentNode) {
      return parentNode;
    } else {
      const rootNode = element.getRootNode();
      if (rootNode.host instanceof HTMLElement) {
        return rootNode.host;
      }
    }
    return null;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/composed-contains.js
  function composedContains(reference, test) {
    let current = test;
    while (current !== null) {
      if (current === reference) {
        return true;
      }
      current = composedParent(current);
    }
    return false;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/design-token/custom-property-manager.js
  var defaultElement = document.createElement("div");
  function isFastElement(element) {
    return element instanceof FASTElement;
  }
  var QueuedStyleSheetTarget = class {
    setProperty(name, value2) {
      DOM.queueUpdate(() => this.target.setProperty(name, value2));
    }
    removeProperty(name) {
      DOM.queueUpdate(() => this.target.removeProperty(name));
    }
  };
  var ConstructableStyleSheetTarget = class extends QueuedStyleSheetTarget {
    constructor(source) {
      super();
      const sheet = new CSSStyleSheet();
      sheet[prependToAdoptedStyleSheetsSymbol] = true;
      this.target = sheet.cssRules[sheet.insertRule(":host{}")].style;
      source.$fastController.addStyles(ElementStyles.create([sheet]));
    }
  };
  var DocumentStyleSheetTarget = class extends QueuedStyleSheetTarget {
    constructor() {
      super();
      const sheet = new CSSStyleSheet();
      this.target = sheet.cssRules[sheet.insertRule(":root{}")].style;
      document.adoptedStyleSheets = [
        ...document.adoptedStyleSheets,
        sheet
      ];
    }
  };
  var HeadStyleElementStyleSheetTarget = class extends QueuedStyleSheetTarget {
    constructor() {
      super();
      this.style = document.createElement("style");
      document.head.appendChild(this.style);
      const { sheet } = this.style;
      if (sheet) {
        const index = sheet.insertRule(":root{}", sheet.cssRules.length);
        this.target = sheet.cssRules[index].style;
      }
    }
  };
  var StyleElementStyleSheetTarget = class {
    constructor(target) {
      this.store = /* @__PURE__ */ new Map();
      this.target = null;
      const controller = target.$fastController;
      this.style = document.createElement("style");
      controller.addStyles(this.style);
      Observable.getNotifier(controller).subscribe(this, "isConnected");
      this.handleChange(controller, "isConnected");
    }
    targetChanged() {
      if (this.target !== null) {
        for (const [key, value2] of this.store.entries()) {
          this.target.setProperty(key, value2);
        }
      }
    }
    setProperty(name, value2) {
      this.store.set(name, value2);
      DOM.queueUpdate(() => {
        if (this.target !== null) {
          this.target.setProperty(name, value2);
        }
      });
    }
    removeProperty(name) {
      this.store.delete(name);
      DOM.queueUpdate(() => {
        if (this.target !== null) {
          this.target.removeProperty(name);
        }
      });
    }
    handleChange(source, key) {
      const { sheet } = this.style;
      if (sheet) {
        const index = sheet.insertRule(":host{}", sheet.cssRules.length);
        this.target = sheet.cssRules[index].style;
      } else {
        this.target = null;
      }
    }
  };
  __decorate([
    observable
  ], StyleElementStyleSheetTarget.prototype, "target", void 0);
  var ElementStyleSheetTarget = class {
    constructor(source) {
      this.target = source.style;
    }
    setProperty(name, value2) {
      DOM.queueUpdate(() => this.target.setProperty(name, value2));
    }
    removeProperty(name) {
      DOM.queueUpdate(() => this.target.removeProperty(name));
    }
  };
  var RootStyleSheetTarget = class _RootStyleSheetTarget {
    setProperty(name, value2) {
      _RootStyleSheetTarget.properties[name] = value2;
      for (const target of _RootStyleSheetTarget.roots.values()) {
        PropertyTargetManager.getOrCreate(_RootStyleSheetTarget.normalizeRoot(target)).setProperty(name, value2);
      }
    }
    removeProperty(name) {
      delete _RootStyleSheetTarget.properties[name];
      for (const target of _RootStyleSheetTarget.roots.values()) {
        PropertyTargetManager.getOrCreate(_RootStyleSheetTarget.normalizeRoot(target)).removeProperty(name);
      }
    }
    static registerRoot(root2) {
      const { roots } = _RootStyleSheetTarget;
      if (!roots.has(root2)) {
        roots.add(root2);
        const target = PropertyTargetManager.getOrCreate(this.normalizeRoot(root2));
        for (const key in _RootStyleSheetTarget.properties) {
          target.setProperty(key, _RootStyleSheetTarget.properties[key]);
        }
      }
    }
    static unregisterRoot(root2) {
      const { roots } = _RootStyleSheetTarget;
      if (roots.has(root2)) {
        roots.delete(root2);
        const target = PropertyTargetManager.getOrCreate(_RootStyleSheetTarget.normalizeRoot(root2));
        for (const key in _RootStyleSheetTarget.properties) {
          target.removeProperty(key);
        }
      }
    }
    /**
     * Returns the document when provided the default element,
     * otherwise is a no-op
     * @param root - the root to normalize
     */
    static normalizeRoot(root2) {
      return root2 === defaultElement ? document : root2;
    }
  };
  RootStyleSheetTarget.roots = /* @__PURE__ */ new Set();
  RootStyleSheetTarget.properties = {};
  var propertyTargetCache = /* @__PURE__ */ new WeakMap();
  var propertyTargetCtor = DOM.supportsAdoptedStyleSheets ? ConstructableStyleSheetTarget : StyleElementStyleSheetTarget;
  var PropertyTargetManager = Object.freeze({
    getOrCreate(source) {
      if (propertyTargetCache.has(source)) {
        return propertyTargetCache.get(source);
      }
      let target;
      if (source === defaultElement) {
        target = new RootStyleSheetTarget();
      } else if (source instanceof Document) {
        target = DOM.supportsAdoptedStyleSheets ? new DocumentStyleSheetTarget() : new HeadStyleElementStyleSheetTarget();
      } else if (isFastElement(source)) {
        target = new propertyTargetCtor(source);
      } else {
        target = new ElementStyleSheetTarget(source);
      }
      propertyTargetCache.set(source, target);
      return target;
    }
  });

  // node_modules/@microsoft/fast-foundation/dist/esm/design-token/design-token.js
  var DesignTokenImpl = class _DesignTokenImpl extends CSSDirective {
    constructor(configuration) {
      super();
      this.subscribers = /* @__PURE__ */ new WeakMap();
      this._appliedTo = /* @__PURE__ */ new Set();
      this.name = configuration.name;
      if (configuration.cssCustomPropertyName !== null) {
        this.cssCustomProperty = `--${configuration.cssCustomPropertyName}`;
        this.cssVar = `var(${this.cssCustomProperty})`;
      }
      this.id = _DesignTokenImpl.uniqueId();
      _DesignTokenImpl.tokensById.set(this.id, this);
    }
    get appliedTo() {
      return [...this._appliedTo];
    }
    static from(nameOrConfig) {
      return new _DesignTokenImpl({
        name: typeof nameOrConfig === "string" ? nameOrConfig : nameOrConfig.name,
        cssCustomPropertyName: typeof nameOrConfig === "string" ? nameOrConfig : nameOrConfig.cssCustomPropertyName === void 0 ? nameOrConfig.name : nameOrConfig.cssCustomPropertyName
      });
    }
    static isCSSDesignToken(token) {
      return typeof token.cssCustomProperty === "string";
    }
    static isDerivedDesignTokenValue(value2) {
      return typeof value2 === "function";
    }
    /**
     * Gets a token by ID. Returns undefined if the token was not found.
     * @param id - The ID of the token
     * @returns
     */
    static getTokenById(id2) {
      return _DesignTokenImpl.tokensById.get(id2);
    }
    getOrCreateSubscriberSet(target = this) {
      return this.subscribers.get(target) || this.subscribers.set(target, /* @__PURE__ */ new Set()) && this.subscribers.get(target);
    }
    createCSS() {
      return this.cssVar || "";
    }
    getValueFor(element) {
      const value2 = DesignTokenNode.getOrCreate(element).get(this);
      if (value2 !== void 0) {
        return value2;
      }
      throw new Error(`Value could not be retrieved for token named "${this.name}". Ensure the value is set for ${element} or an ancestor of ${element}.`);
    }
    setValueFor(element, value2) {
      this._appliedTo.add(element);
      if (value2 instanceof _DesignTokenImpl) {
        value2 = this.alias(value2);
      }
      DesignTokenNode.getOrCreate(element).set(this, value2);
      return this;
    }
    deleteValueFor(element) {
      this._appliedTo.delete(element);
      if (DesignTokenNode.existsFor(element)) {
        DesignTokenNode.getOrCreate(element).delete(this);
      }
      return this;
    }
    withDefault(value2) {
      this.setValueFor(defaultElement, value2);
      return this;
    }
    subscribe(subscriber, target) {
      const subscriberSet = this.getOrCreateSubscriberSet(target);
      if (target && !DesignTokenNode.existsFor(target)) {
        DesignTokenNode.getOrCreate(target);
      }
      if (!subscriberSet.has(subscriber)) {
        subscriberSet.add(subscriber);
      }
    }
    unsubscribe(subscriber, target) {
      const list = this.subscribers.get(target || this);
      if (list && list.has(subscriber)) {
        list.delete(subscriber);
      }
    }
    /**
     * Notifies subscribers that the value for an element has changed.
     * @param element - The element to emit a notification for
     */
    notify(element) {
      const record = Object.freeze({ token: this, target: element });
      if (this.subscribers.has(this)) {
        this.subscribers.get(this).forEach((sub) => sub.handleChange(record));
      }
      if (this.subscribers.has(element)) {
        this.subscribers.get(element).forEach((sub) => sub.handleChange(record));
      }
    }
    /**
     * Alias the token to the provided token.
     * @param token - the token to alias to
     */
    alias(token) {
      return ((target) => token.getValueFor(target));
    }
  };
  DesignTokenImpl.uniqueId = /* @__PURE__ */ (() => {
    let id2 = 0;
    return () => {
      id2++;
      return id2.toString(16);
    };
  })();
  DesignTokenImpl.tokensById = /* @__PURE__ */ new Map();
  var CustomPropertyReflector = class {
    startReflection(token, target) {
      token.subscribe(this, target);
      this.handleChange({ token, target });
    }
    stopReflection(token, target) {
      token.unsubscribe(this, target);
      this.remove(token, target);
    }
    handleChange(record) {
      const { token, target } = record;
      this.add(token, target);
    }
    add(token, target) {
      PropertyTargetManager.getOrCreate(target).setProperty(token.cssCustomProperty, this.resolveCSSValue(DesignTokenNode.getOrCreate(target).get(token)));
    }
    remove(token, target) {
      PropertyTargetManager.getOrCreate(target).removeProperty(token.cssCustomProperty);
    }
    resolveCSSValue(value2) {
      return value2 && typeof value2.createCSS === "function" ? value2.createCSS() : value2;
    }
  };
  var DesignTokenBindingObserver = class {
    constructor(source, token, node) {
      this.source = source;
      this.token = token;
      this.node = node;
      this.dependencies = /* @__PURE__ */ new Set();
      this.observer = Observable.binding(source, this, false);
      this.observer.handleChange = this.observer.call;
      this.handleChange();
    }
    disconnect() {
      this.observer.disconnect();
    }
    /**
     * @internal
     */
    handleChange() {
      try {
        this.node.store.set(this.token, this.observer.observe(this.node.target, defaultExecutionContext));
      } catch (e) {
        console.error(e);
      }
    }
  };
  var Store = class {
    constructor() {
      this.values = /* @__PURE__ */ new Map();
    }
    set(token, value2) {
      if (this.values.get(token) !== value2) {
        this.values.set(token, value2);
        Observable.getNotifier(this).notify(token.id);
      }
    }
    get(token) {
      Observable.track(this, token.id);
      return this.values.get(token);
    }
    delete(token) {
      this.values.delete(token);
      Observable.getNotifier(this).notify(token.id);
    }
    all() {
      return this.values.entries();
    }
  };
  var nodeCache = /* @__PURE__ */ new WeakMap();
  var childToParent = /* @__PURE__ */ new WeakMap();
  var DesignTokenNode = class _DesignTokenNode {
    constructor(target) {
      this.target = target;
      this.store = new Store();
      this.children = [];
      this.assignedValues = /* @__PURE__ */ new Map();
      this.reflecting = /* @__PURE__ */ new Set();
      this.bindingObservers = /* @__PURE__ */ new Map();
      this.tokenValueChangeHandler = {
        handleChange: (source, arg) => {
          const token = DesignTokenImpl.getTokenById(arg);
          if (token) {
            token.notify(this.target);
            this.updateCSSTokenReflection(source, token);
          }
        }
      };
      nodeCache.set(target, this);
      Observable.getNotifier(this.store).subscribe(this.tokenValueChangeHandler);
      if (target instanceof FASTElement) {
        target.$fastController.addBehaviors([this]);
      } else if (target.isConnected) {
        this.bind();
      }
    }
    /**
     * Returns a DesignTokenNode for an element.
     * Creates a new instance if one does not already exist for a node,
     * otherwise returns the cached instance
     *
     * @param target - The HTML element to retrieve a DesignTokenNode for
     */
    static getOrCreate(target) {
      return nodeCache.get(target) || new _DesignTokenNode(target);
    }
    /**
     * Determines if a DesignTokenNode has been created for a target
     * @param target - The element to test
     */
    static existsFor(target) {
      return nodeCache.has(target);
    }
    /**
     * Searches for and return the nearest parent DesignTokenNode.
     * Null is returned if no node is found or the node provided is for a default element.
     */
    static findParent(node) {
      if (!(defaultElement === node.target)) {
        let parent = composedParent(node.target);
        while (parent !== null) {
          if (nodeCache.has(parent)) {
            return nodeCache.get(parent);
          }
          parent = composedParent(parent);
        }
        return _DesignTokenNode.getOrCreate(defaultElement);
      }
      return null;
    }
    /**
     * Finds the closest node with a value explicitly assigned for a token, otherwise null.
     * @param token - The token to look for
     * @param start - The node to start looking for value assignment
     * @returns
     */
    static findClosestAssignedNode(token, start2) {
      let current = start2;
      do {
        if (current.has(token)) {
          return current;
        }
        current = current.parent ? current.parent : current.target !== defaultElement ? _DesignTokenNode.getOrCreate(defaultElement) : null;
      } while (current !== null);
      return null;
    }
    /**
     * The parent DesignTokenNode, or null.
     */
    get parent() {
      return childToParent.get(this) || null;
    }
    updateCSSTokenReflection(source, token) {
      if (DesignTokenImpl.isCSSDesignToken(token)) {
        const parent = this.parent;
        const reflecting = this.isReflecting(token);
        if (parent) {
          const parentValue = parent.get(token);
          const sourceValue = source.get(token);
          if (parentValue !== sourceValue && !reflecting) {
            this.reflectToCSS(token);
          } else if (parentValue === sourceValue && reflecting) {
            this.stopReflectToCSS(token);
          }
        } else if (!reflecting) {
          this.reflectToCSS(token);
        }
      }
    }
    /**
     * Checks if a token has been assigned an explicit value the node.
     * @param token - the token to check.
     */
    has(token) {
      return this.assignedValues.has(token);
    }
    /**
     * Gets the value of a token for a node
     * @param token - The token to retrieve the value for
     * @returns
     */
    get(token) {
      const value2 = this.store.get(token);
      if (value2 !== void 0) {
        return value2;
      }
      const raw = this.getRaw(token);
      if (raw !== void 0) {
        this.hydrate(token, raw);
        return this.get(token);
      }
    }
    /**
     * Retrieves the raw assigned value of a token from the nearest assigned node.
     * @param token - The token to retrieve a raw value for
     * @returns
     */
    getRaw(token) {
      var _a;
      if (this.assignedValues.has(token)) {
        return this.assignedValues.get(token);
      }
      return (_a = _DesignTokenNode.findClosestAssignedNode(token, this)) === null || _a === void 0 ? void 0 : _a.getRaw(token);
    }
    /**
     * Sets a token to a value for a node
     * @param token - The token to set
     * @param value - The value to set the token to
     */
    set(token, value2) {
      if (DesignTokenImpl.isDerivedDesignTokenValue(this.assignedValues.get(token))) {
        this.tearDownBindingObserver(token);
      }
      this.assignedValues.set(token, value2);
      if (DesignTokenImpl.isDerivedDesignTokenValue(value2)) {
        this.setupBindingObserver(token, value2);
      } else {
        this.store.set(token, value2);
      }
    }
    /**
     * Deletes a token value for the node.
     * @param token - The token to delete the value for
     */
    delete(token) {
      this.assignedValues.delete(token);
      this.tearDownBindingObserver(token);
      const upstream = this.getRaw(token);
      if (upstream) {
        this.hydrate(token, upstream);
      } else {
        this.store.delete(token);
      }
    }
    /**
     * Invoked when the DesignTokenNode.target is attached to the document
     */
    bind() {
      const parent = _DesignTokenNode.findParent(this);
      if (parent) {
        parent.appendChild(this);
      }
      for (const key of this.assignedValues.keys()) {
        key.notify(this.target);
      }
    }
    /**
     * Invoked when the DesignTokenNode.target is detached from the document
     */
    unbind() {
      if (this.parent) {
        const parent = childToParent.get(this);
        parent.removeChild(this);
      }
      for (const token of this.bindingObservers.keys()) {
        this.tearDownBindingObserver(token);
      }
    }
    /**
     * Appends a child to a parent DesignTokenNode.
     * @param child - The child to append to the node
     */
    appendChild(child) {
      if (child.parent) {
        childToParent.get(child).removeChild(child);
      }
      const reParent = this.children.filter((x2) => child.contains(x2));
      childToParent.set(child, this);
      this.children.push(child);
      reParent.forEach((x2) => child.appendChild(x2));
      Observable.getNotifier(this.store).subscribe(child);
      for (const [token, value2] of this.store.all()) {
        child.hydrate(token, this.bindingObservers.has(token) ? this.getRaw(token) : value2);
        child.updateCSSTokenReflection(child.store, token);
      }
    }
    /**
     * Removes a child from a node.
     * @param child - The child to remove.
     */
    removeChild(child) {
      const childIndex = this.children.indexOf(child);
      if (childIndex !== -1) {
        this.children.splice(childIndex, 1);
      }
      Observable.getNotifier(this.store).unsubscribe(child);
      if (child.parent !== this) {
        return false;
      }
      const deleted = childToParent.delete(child);
      for (const [token] of this.store.all()) {
        child.hydrate(token, child.getRaw(token));
        child.updateCSSTokenReflection(child.store, token);
      }
      return deleted;
    }
    /**
     * Tests whether a provided node is contained by
     * the calling node.
     * @param test - The node to test
     */
    contains(test) {
      return composedContains(this.target, test.target);
    }
    /**
     * Instructs the node to reflect a design token for the provided token.
     * @param token - The design token to reflect
     */
    reflectToCSS(token) {
      if (!this.isReflecting(token)) {
        this.reflecting.add(token);
        _DesignTokenNode.cssCustomPropertyReflector.startReflection(token, this.target);
      }
    }
    /**
     * Stops reflecting a DesignToken to CSS
     * @param token - The design token to stop reflecting
     */
    stopReflectToCSS(token) {
      if (this.isReflecting(token)) {
        this.reflecting.delete(token);
        _DesignTokenNode.cssCustomPropertyReflector.stopReflection(token, this.target);
      }
    }
    /**
     * Determines if a token is being reflected to CSS for a node.
     * @param token - The token to check for reflection
     * @returns
     */
    isReflecting(token) {
      return this.reflecting.has(token);
    }
    /**
     * Handle changes to upstream tokens
     * @param source - The parent DesignTokenNode
     * @param property - The token ID that changed
     */
    handleChange(source, property) {
      const token = DesignTokenImpl.getTokenById(property);
      if (!token) {
        return;
      }
      this.hydrate(token, this.getRaw(token));
      this.updateCSSTokenReflection(this.store, token);
    }
    /**
     * Hydrates a token with a DesignTokenValue, making retrieval available.
     * @param token - The token to hydrate
     * @param value - The value to hydrate
     */
    hydrate(token, value2) {
      if (!this.has(token)) {
        const observer = this.bindingObservers.get(token);
        if (DesignTokenImpl.isDerivedDesignTokenValue(value2)) {
          if (observer) {
            if (observer.source !== value2) {
              this.tearDownBindingObserver(token);
              this.setupBindingObserver(token, value2);
            }
          } else {
            this.setupBindingObserver(token, value2);
          }
        } else {
          if (observer) {
            this.tearDownBindingObserver(token);
          }
          this.store.set(token, value2);
        }
      }
    }
    /**
     * Sets up a binding observer for a derived token value that notifies token
     * subscribers on change.
     *
     * @param token - The token to notify when the binding updates
     * @param source - The binding source
     */
    setupBindingObserver(token, source) {
      const binding = new DesignTokenBindingObserver(source, token, this);
      this.bindingObservers.set(token, binding);
      return binding;
    }
    /**
     * Tear down a binding observer for a token.
     */
    tearDownBindingObserver(token) {
      if (this.bindingObservers.has(token)) {
        this.bindingObservers.get(token).disconnect();
        this.bindingObservers.delete(token);
        return true;
      }
      return false;
    }
  };
  DesignTokenNode.cssCustomPropertyReflector = new CustomPropertyReflector();
  __decorate([
    observable
  ], DesignTokenNode.prototype, "children", void 0);
  function create2(nameOrConfig) {
    return DesignTokenImpl.from(nameOrConfig);
  }
  var DesignToken = Object.freeze({
    create: create2,
    /**
     * Informs DesignToken that an HTMLElement for which tokens have
     * been set has been connected to the document.
     *
     * The browser does not provide a reliable mechanism to observe an HTMLElement's connectedness
     * in all scenarios, so invoking this method manually is necessary when:
     *
     * 1. Token values are set for an HTMLElement.
     * 2. The HTMLElement does not inherit from FASTElement.
     * 3. The HTMLElement is not connected to the document when token values are set.
     *
     * @param element - The element to notify
     * @returns - true if notification was successful, otherwise false.
     */
    notifyConnection(element) {
      if (!element.isConnected || !DesignTokenNode.existsFor(element)) {
        return false;
      }
      DesignTokenNode.getOrCreate(element).bind();
      return true;
    },
    /**
     * Informs DesignToken that an HTMLElement for which tokens have
     * been set has been disconnected to the document.
     *
     * The browser does not provide a reliable mechanism to observe an HTMLElement's connectedness
     * in all scenarios, so invoking this method manually is necessary when:
     *
     * 1. Token values are set for an HTMLElement.
     * 2. The HTMLElement does not inherit from FASTElement.
     *
     * @param element - The element to notify
     * @returns - true if notification was successful, otherwise false.
     */
    notifyDisconnection(element) {
      if (element.isConnected || !DesignTokenNode.existsFor(element)) {
        return false;
      }
      DesignTokenNode.getOrCreate(element).unbind();
      return true;
    },
    /**
     * Registers and element or document as a DesignToken root.
     * {@link CSSDesignToken | CSSDesignTokens} with default values assigned via
     * {@link (DesignToken:interface).withDefault} will emit CSS custom properties to all
     * registered roots.
     * @param target - The root to register
     */
    registerRoot(target = defaultElement) {
      RootStyleSheetTarget.registerRoot(target);
    },
    /**
     * Unregister an element or document as a DesignToken root.
     * @param target - The root to deregister
     */
    unregisterRoot(target = defaultElement) {
      RootStyleSheetTarget.unregisterRoot(target);
    }
  });

  // node_modules/@microsoft/fast-foundation/dist/esm/design-system/design-system.js
  var ElementDisambiguation = Object.freeze({
    /**
     * Skip defining the element but still call the provided callback passed
     * to DesignSystemRegistrationContext.tryDefineElement
     */
    definitionCallbackOnly: null,
    /**
     * Ignore the duplicate element entirely.
     */
    ignoreDuplicate: /* @__PURE__ */ Symbol()
  });
  var elementTypesByTag = /* @__PURE__ */ new Map();
  var elementTagsByType = /* @__PURE__ */ new Map();
  var rootDesignSystem = null;
  var designSystemKey = DI.createInterface((x2) => x2.cachedCallback((handler) => {
    if (rootDesignSystem === null) {
      rootDesignSystem = new DefaultDesignSystem(null, handler);
    }
    return rootDesignSystem;
  }));
  var DesignSystem = Object.freeze({
    /**
     * Returns the HTML element name that the type is defined as.
     * @param type - The type to lookup.
     * @public
     */
    tagFor(type) {
      return elementTagsByType.get(type);
    },
    /**
     * Searches the DOM hierarchy for the design system that is responsible
     * for the provided element.
     * @param element - The element to locate the design system for.
     * @returns The located design system.
     * @public
     */
    responsibleFor(element) {
      const owned = element.$$designSystem$$;
      if (owned) {
        return owned;
      }
      const container = DI.findResponsibleContainer(element);
      return container.get(designSystemKey);
    },
    /**
     * Gets the DesignSystem if one is explicitly defined on the provided element;
     * otherwise creates a design system defined directly on the element.
     * @param element - The element to get or create a design system for.
     * @returns The design system.
     * @public
     */
    getOrCreate(node) {
      if (!node) {
        if (rootDesignSystem === null) {
          rootDesignSystem = DI.getOrCreateDOMContainer().get(designSystemKey);
        }
        return rootDesignSystem;
      }
      const owned = node.$$designSystem$$;
      if (owned) {
        return owned;
      }
      const container = DI.getOrCreateDOMContainer(node);
      if (container.has(designSystemKey, false)) {
        return container.get(designSystemKey);
      } else {
        const system = new DefaultDesignSystem(node, container);
        container.register(Registration.instance(designSystemKey, system));
        return system;
      }
    }
  });
  function extractTryDefineElementParams(params, elementDefinitionType, elementDefinitionCallback) {
    if (typeof params === "string") {
      return {
        name: params,
        type: elementDefinitionType,
        callback: elementDefinitionCallback
      };
    } else {
      return params;
    }
  }
  var DefaultDesignSystem = class {
    constructor(owner, container) {
      this.owner = owner;
      this.container = container;
      this.designTokensInitialized = false;
      this.prefix = "fast";
      this.shadowRootMode = void 0;
      this.disambiguate = () => ElementDisambiguation.definitionCallbackOnly;
      if (owner !== null) {
        owner.$$designSystem$$ = this;
      }
    }
    withPrefix(prefix) {
      this.prefix = prefix;
      return this;
    }
    withShadowRootMode(mode) {
      this.shadowRootMode = mode;
      return this;
    }
    withElementDisambiguation(callback) {
      this.disambiguate = callback;
      return this;
    }
    withDesignTokenRoot(root2) {
      this.designTokenRoot = root2;
      return this;
    }
    register(...registrations) {
      const container = this.container;
      const elementDefinitionEntries = [];
      const disambiguate = this.disambiguate;
      const shadowRootMode = this.shadowRootMode;
      const context = {
        elementPrefix: this.prefix,
        tryDefineElement(params, elementDefinitionType, elementDefinitionCallback) {
          const extractedParams = extractTryDefineElementParams(params, elementDefinitionType, elementDefinitionCallback);
          const { name, callback, baseClass } = extractedParams;
          let { type } = extractedParams;
          let elementName = name;
          let typeFoundByName = elementTypesByTag.get(elementName);
          let needsDefine = true;
          while (typeFoundByName) {
            const result = disambiguate(elementName, type, typeFoundByName);
            switch (result) {
              case ElementDisambiguation.ignoreDuplicate:
                return;
              case ElementDisambiguation.definitionCallbackOnly:
                needsDefine = false;
                typeFoundByName = void 0;
                break;
              default:
                elementName = result;
                typeFoundByName = elementTypesByTag.get(elementName);
                break;
            }
          }
          if (needsDefine) {
            if (elementTagsByType.has(type) || type === FoundationElement) {
              type = class extends type {
              };
            }
            elementTypesByTag.set(elementName, type);
            elementTagsByType.set(type, elementName);
            if (baseClass) {
              elementTagsByType.set(baseClass, elementName);
            }
          }
          elementDefinitionEntries.push(new ElementDefinitionEntry(container, elementName, type, shadowRootMode, callback, needsDefine));
        }
      };
      if (!this.designTokensInitialized) {
        this.designTokensInitialized = true;
        if (this.designTokenRoot !== null) {
          DesignToken.registerRoot(this.designTokenRoot);
        }
      }
      container.registerWithContext(context, ...registrations);
      for (const entry of elementDefinitionEntries) {
        entry.callback(entry);
        if (entry.willDefine && entry.definition !== null) {
          entry.definition.define();
        }
      }
      return this;
    }
  };
  var ElementDefinitionEntry = class {
    constructor(container, name, type, shadowRootMode, callback, willDefine) {
      this.container = container;
      this.name = name;
      this.type = type;
      this.shadowRootMode = shadowRootMode;
      this.callback = callback;
      this.willDefine = willDefine;
      this.definition = null;
    }
    definePresentation(presentation) {
      ComponentPresentation.define(this.name, presentation, this.container);
    }
    defineElement(definition) {
      this.definition = new FASTElementDefinition(this.type, Object.assign(Object.assign({}, definition), { name: this.name }));
    }
    tagFor(type) {
      return DesignSystem.tagFor(type);
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/listbox-option/listbox-option.template.js
  var listboxOptionTemplate = (context, definition) => html`
    <template
        aria-checked="${(x2) => x2.ariaChecked}"
        aria-disabled="${(x2) => x2.ariaDisabled}"
        aria-posinset="${(x2) => x2.ariaPosInSet}"
        aria-selected="${(x2) => x2.ariaSelected}"
        aria-setsize="${(x2) => x2.ariaSetSize}"
        class="${(x2) => [x2.checked && "checked", x2.selected && "selected", x2.disabled && "disabled"].filter(Boolean).join(" ")}"
        role="option"
    >
        ${startSlotTemplate(context, definition)}
        <span class="content" part="content">
            <slot ${slotted("content")}></slot>
        </span>
        ${endSlotTemplate(context, definition)}
    </template>
`;

  // node_modules/@microsoft/fast-foundation/dist/esm/listbox/listbox.element.js
  var ListboxElement = class extends Listbox {
    constructor() {
      super(...arguments);
      this.activeIndex = -1;
      this.rangeStartIndex = -1;
    }
    /**
     * Returns the last checked option.
     *
     * @internal
     */
    get activeOption() {
      return this.options[this.activeIndex];
    }
    /**
     * Returns the list of checked options.
     *
     * @internal
     */
    get checkedOptions() {
      var _a;
      return (_a = this.options) === null || _a === void 0 ? void 0 : _a.filter((o) => o.checked);
    }
    /**
     * Returns the index of the first selected option.
     *
     * @internal
     */
    get firstSelectedOptionIndex() {
      return this.options.indexOf(this.firstSelectedOption);
    }
    /**
     * Updates the `ariaActiveDescendant` property when the active index changes.
     *
     * @param prev - the previous active index
     * @param next - the next active index
     *
     * @internal
     */
    activeIndexChanged(prev, next) {
      var _a, _b;
      this.ariaActiveDescendant = (_b = (_a = this.options[next]) === null || _a === void 0 ? void 0 : _a.id) !== null && _b !== void 0 ? _b : "";
      this.focusAndScrollOptionIntoView();
    }
    /**
     * Toggles the checked state for the currently active option.
     *
     * @remarks
     * Multiple-selection mode only.
     *
     * @internal
     */
    checkActiveIndex() {
      if (!this.multiple) {
        return;
      }
      const activeItem = this.activeOption;
      if (activeItem) {
        activeItem.checked = true;
      }
    }
    /**
     * Sets the active index to the first option and marks it as checked.
     *
     * @remarks
     * Multi-selection mode only.
     *
     * @param preserveChecked - mark all options unchecked before changing the active index
     *
     * @internal
     */
    checkFirstOption(preserveChecked = false) {
      if (preserveChecked) {
        if (this.rangeStartIndex === -1) {
          this.rangeStartIndex = this.activeIndex + 1;
        }
        this.options.forEach((o, i) => {
          o.checked = inRange(i, this.rangeStartIndex);
        });
      } else {
        this.uncheckAllOptions();
      }
      this.activeIndex = 0;
      this.checkActiveIndex();
    }
    /**
     * Decrements the active index and sets the matching option as checked.
     *
     * @remarks
     * Multi-selection mode only.
     *
     * @param preserveChecked - mark all options unchecked before changing the active index
     *
     * @internal
     */
    checkLastOption(preserveChecked = false) {
      if (preserveChecked) {
        if (this.rangeStartIndex === -1) {
          this.rangeStartIndex = this.activeIndex;
        }
        this.options.forEach((o, i) => {
          o.checked = inRange(i, this.rangeStartIndex, this.options.length);
        });
      } else {
        this.uncheckAllOptions();
      }
      this.activeIndex = this.options.length - 1;
      this.checkActiveIndex();
    }
    /**
     * @override
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      this.addEventListener("focusout", this.focusoutHandler);
    }
    /**
     * @override
     * @internal
     */
    disconnectedCallback() {
      this.removeEventListener("focusout", this.focusoutHandler);
      super.disconnectedCallback();
    }
    /**
     * Increments the active index and marks the matching option as checked.
     *
     * @remarks
     * Multiple-selection mode only.
     *
     * @param preserveChecked - mark all options unchecked before changing the active index
     *
     * @internal
     */
    checkNextOption(preserveChecked = false) {
      if (preserveChecked) {
        if (this.rangeStartIndex === -1) {
          this.rangeStartIndex = this.activeIndex;
        }
        this.options.forEach((o, i) => {
          o.checked = inRange(i, this.rangeStartIndex, this.activeIndex + 1);
        });
      } else {
        this.uncheckAllOptions();
      }
      this.activeIndex += this.activeIndex < this.options.length - 1 ? 1 : 0;
      this.checkActiveIndex();
    }
    /**
     * Decrements the active index and marks the matching option as checked.
     *
     * @remarks
     * Multiple-selection mode only.
     *
     * @param preserveChecked - mark all options unchecked before changing the active index
     *
     * @internal
     */
    checkPreviousOption(preserveChecked = false) {
      if (preserveChecked) {
        if (this.rangeStartIndex === -1) {
          this.rangeStartIndex = this.activeIndex;
        }
        if (this.checkedOptions.length === 1) {
          this.rangeStartIndex += 1;
        }
        this.options.forEach((o, i) => {
          o.checked = inRange(i, this.activeIndex, this.rangeStartIndex);
        });
      } else {
        this.uncheckAllOptions();
      }
      this.activeIndex -= this.activeIndex > 0 ? 1 : 0;
      this.checkActiveIndex();
    }
    /**
     * Handles click events for listbox options.
     *
     * @param e - the event object
     *
     * @override
     * @internal
     */
    clickHandler(e) {
      var _a;
      if (!this.multiple) {
        return super.clickHandler(e);
      }
      const captured = (_a = e.target) === null || _a === void 0 ? void 0 : _a.closest(`[role=option]`);
      if (!captured || captured.disabled) {
        return;
      }
      this.uncheckAllOptions();
      this.activeIndex = this.options.indexOf(captured);
      this.checkActiveIndex();
      this.toggleSelectedForAllCheckedOptions();
      return true;
    }
    /**
     * @override
     * @internal
     */
    focusAndScrollOptionIntoView() {
      super.focusAndScrollOptionIntoView(this.activeOption);
    }
    /**
     * In multiple-selection mode:
     * If any options are selected, the first selected option is checked when
     * the listbox receives focus. If no options are selected, the first
     * selectable option is checked.
     *
     * @override
     * @internal
     */
    focusinHandler(e) {
      if (!this.multiple) {
        return super.focusinHandler(e);
      }
      if (!this.shouldSkipFocus && e.target === e.currentTarget) {
        this.uncheckAllOptions();
        if (this.activeIndex === -1) {
          this.activeIndex = this.firstSelectedOptionIndex !== -1 ? this.firstSelectedOptionIndex : 0;
        }
        this.checkActiveIndex();
        this.setSelectedOptions();
        this.focusAndScrollOptionIntoView();
      }
      this.shouldSkipFocus = false;
    }
    /**
     * Unchecks all options when the listbox loses focus.
     *
     * @internal
     */
    focusoutHandler(e) {
      if (this.multiple) {
        this.uncheckAllOptions();
      }
    }
    /**
     * Handles keydown actions for listbox navigation and typeahead
     *
     * @override
     * @internal
     */
    keydownHandler(e) {
      if (!this.multiple) {
        return super.keydownHandler(e);
      }
      if (this.disabled) {
        return true;
      }
      const { key, shiftKey } = e;
      this.shouldSkipFocus = false;
      switch (key) {
        // Select the first available option
        case keyHome: {
          this.checkFirstOption(shiftKey);
          return;
        }
        // Select the next selectable option
        case keyArrowDown: {
          this.checkNextOption(shiftKey);
          return;
        }
        // Select the previous selectable option
        case keyArrowUp: {
          this.checkPreviousOption(shiftKey);
          return;
        }
        // Select the last available option
        case keyEnd: {
          this.checkLastOption(shiftKey);
          return;
        }
        case keyTab: {
          this.focusAndScrollOptionIntoView();
          return true;
        }
        case keyEscape: {
          this.uncheckAllOptions();
          this.checkActiveIndex();
          return true;
        }
        case keySpace: {
          e.preventDefault();
          if (this.typeAheadExpired) {
            this.toggleSelectedForAllCheckedOptions();
            return;
          }
        }
        // Send key to Typeahead handler
        default: {
          if (key.length === 1) {
            this.handleTypeAhead(`${key}`);
          }
          return true;
        }
      }
    }
    /**
     * Prevents `focusin` events from firing before `click` events when the
     * element is unfocused.
     *
     * @override
     * @internal
     */
    mousedownHandler(e) {
      if (e.offsetX >= 0 && e.offsetX <= this.scrollWidth) {
        return super.mousedownHandler(e);
      }
    }
    /**
     * Switches between single-selection and multi-selection mode.
     *
     * @internal
     */
    multipleChanged(prev, next) {
      var _a;
      this.ariaMultiSelectable = next ? "true" : null;
      (_a = this.options) === null || _a === void 0 ? void 0 : _a.forEach((o) => {
        o.checked = next ? false : void 0;
      });
      this.setSelectedOptions();
    }
    /**
     * Sets an option as selected and gives it focus.
     *
     * @override
     * @public
     */
    setSelectedOptions() {
      if (!this.multiple) {
        super.setSelectedOptions();
        return;
      }
      if (this.$fastController.isConnected && this.options) {
        this.selectedOptions = this.options.filter((o) => o.selected);
        this.focusAndScrollOptionIntoView();
      }
    }
    /**
     * Ensures the size is a positive integer when the property is updated.
     *
     * @param prev - the previous size value
     * @param next - the current size value
     *
     * @internal
     */
    sizeChanged(prev, next) {
      var _a;
      const size = Math.max(0, parseInt((_a = next === null || next === void 0 ? void 0 : next.toFixed()) !== null && _a !== void 0 ? _a : "", 10));
      if (size !== next) {
        DOM.queueUpdate(() => {
          this.size = size;
        });
      }
    }
    /**
     * Toggles the selected state of the provided options. If any provided items
     * are in an unselected state, all items are set to selected. If every
     * provided item is selected, they are all unselected.
     *
     * @internal
     */
    toggleSelectedForAllCheckedOptions() {
      const enabledCheckedOptions = this.checkedOptions.filter((o) => !o.disabled);
      const force = !enabledCheckedOptions.every((o) => o.selected);
      enabledCheckedOptions.forEach((o) => o.selected = force);
      this.selectedIndex = this.options.indexOf(enabledCheckedOptions[enabledCheckedOptions.length - 1]);
      this.setSelectedOptions();
    }
    /**
     * @override
     * @internal
     */
    typeaheadBufferChanged(prev, next) {
      if (!this.multiple) {
        super.typeaheadBufferChanged(prev, next);
        return;
      }
      if (this.$fastController.isConnected) {
        const typeaheadMatches = this.getTypeaheadMatches();
        const activeIndex = this.options.indexOf(typeaheadMatches[0]);
        if (activeIndex > -1) {
          this.activeIndex = activeIndex;
          this.uncheckAllOptions();
          this.checkActiveIndex();
        }
        this.typeAheadExpired = false;
      }
    }
    /**
     * Unchecks all options.
     *
     * @remarks
     * Multiple-selection mode only.
     *
     * @param preserveChecked - reset the rangeStartIndex
     *
     * @internal
     */
    uncheckAllOptions(preserveChecked = false) {
      this.options.forEach((o) => o.checked = this.multiple ? false : void 0);
      if (!preserveChecked) {
        this.rangeStartIndex = -1;
      }
    }
  };
  __decorate([
    observable
  ], ListboxElement.prototype, "activeIndex", void 0);
  __decorate([
    attr({ mode: "boolean" })
  ], ListboxElement.prototype, "multiple", void 0);
  __decorate([
    attr({ converter: nullableNumberConverter })
  ], ListboxElement.prototype, "size", void 0);

  // node_modules/@microsoft/fast-foundation/dist/esm/text-field/text-field.form-associated.js
  var _TextField = class extends FoundationElement {
  };
  var FormAssociatedTextField = class extends FormAssociated(_TextField) {
    constructor() {
      super(...arguments);
      this.proxy = document.createElement("input");
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/text-field/text-field.options.js
  var TextFieldType = {
    /**
     * An email TextField
     */
    email: "email",
    /**
     * A password TextField
     */
    password: "password",
    /**
     * A telephone TextField
     */
    tel: "tel",
    /**
     * A text TextField
     */
    text: "text",
    /**
     * A URL TextField
     */
    url: "url"
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/text-field/text-field.js
  var TextField = class extends FormAssociatedTextField {
    constructor() {
      super(...arguments);
      this.type = TextFieldType.text;
    }
    readOnlyChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.readOnly = this.readOnly;
        this.validate();
      }
    }
    autofocusChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.autofocus = this.autofocus;
        this.validate();
      }
    }
    placeholderChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.placeholder = this.placeholder;
      }
    }
    typeChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.type = this.type;
        this.validate();
      }
    }
    listChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.setAttribute("list", this.list);
        this.validate();
      }
    }
    maxlengthChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.maxLength = this.maxlength;
        this.validate();
      }
    }
    minlengthChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.minLength = this.minlength;
        this.validate();
      }
    }
    patternChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.pattern = this.pattern;
        this.validate();
      }
    }
    sizeChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.size = this.size;
      }
    }
    spellcheckChanged() {
      if (this.proxy instanceof HTMLInputElement) {
        this.proxy.spellcheck = this.spellcheck;
      }
    }
    /**
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      this.proxy.setAttribute("type", this.type);
      this.validate();
      if (this.autofocus) {
        DOM.queueUpdate(() => {
          this.focus();
        });
      }
    }
    /**
     * Selects all the text in the text field
     *
     * @public
     */
    select() {
      this.control.select();
      this.$emit("select");
    }
    /**
     * Handles the internal control's `input` event
     * @internal
     */
    handleTextInput() {
      this.value = this.control.value;
    }
    /**
     * Change event handler for inner control.
     * @remarks
     * "Change" events are not `composable` so they will not
     * permeate the shadow DOM boundary. This fn effectively proxies
     * the change event, emitting a `change` event whenever the internal
     * control emits a `change` event
     * @internal
     */
    handleChange() {
      this.$emit("change");
    }
    /** {@inheritDoc (FormAssociated:interface).validate} */
    validate() {
      super.validate(this.control);
    }
  };
  __decorate([
    attr({ attribute: "readonly", mode: "boolean" })
  ], TextField.prototype, "readOnly", void 0);
  __decorate([
    attr({ mode: "boolean" })
  ], TextField.prototype, "autofocus", void 0);
  __decorate([
    attr
  ], TextField.prototype, "placeholder", void 0);
  __decorate([
    attr
  ], TextField.prototype, "type", void 0);
  __decorate([
    attr
  ], TextField.prototype, "list", void 0);
  __decorate([
    attr({ converter: nullableNumberConverter })
  ], TextField.prototype, "maxlength", void 0);
  __decorate([
    attr({ converter: nullableNumberConverter })
  ], TextField.prototype, "minlength", void 0);
  __decorate([
    attr
  ], TextField.prototype, "pattern", void 0);
  __decorate([
    attr({ converter: nullableNumberConverter })
  ], TextField.prototype, "size", void 0);
  __decorate([
    attr({ mode: "boolean" })
  ], TextField.prototype, "spellcheck", void 0);
  __decorate([
    observable
  ], TextField.prototype, "defaultSlottedNodes", void 0);
  var DelegatesARIATextbox = class {
  };
  applyMixins(DelegatesARIATextbox, ARIAGlobalStatesAndProperties);
  applyMixins(TextField, StartEnd, DelegatesARIATextbox);

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/whitespace-filter.js
  function whitespaceFilter(value2, index, array4) {
    return value2.nodeType !== Node.TEXT_NODE ? true : typeof value2.nodeValue === "string" && !!value2.nodeValue.trim().length;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/select/select.form-associated.js
  var _Select = class extends ListboxElement {
  };
  var FormAssociatedSelect = class extends FormAssociated(_Select) {
    constructor() {
      super(...arguments);
      this.proxy = document.createElement("select");
    }
  };

  // node_modules/@microsoft/fast-foundation/dist/esm/select/select.js
  var Select = class extends FormAssociatedSelect {
    constructor() {
      super(...arguments);
      this.open = false;
      this.forcedPosition = false;
      this.listboxId = uniqueId("listbox-");
      this.maxHeight = 0;
    }
    /**
     * Sets focus and synchronizes ARIA attributes when the open property changes.
     *
     * @param prev - the previous open value
     * @param next - the current open value
     *
     * @internal
     */
    openChanged(prev, next) {
      if (!this.collapsible) {
        return;
      }
      if (this.open) {
        this.ariaControls = this.listboxId;
        this.ariaExpanded = "true";
        this.setPositioning();
        this.focusAndScrollOptionIntoView();
        this.indexWhenOpened = this.selectedIndex;
        DOM.queueUpdate(() => this.focus());
        return;
      }
      this.ariaControls = "";
      this.ariaExpanded = "false";
    }
    /**
     * The component is collapsible when in single-selection mode with no size attribute.
     *
     * @internal
     */
    get collapsible() {
      return !(this.multiple || typeof this.size === "number");
    }
    /**
     * The value property.
     *
     * @public
     */
    get value() {
      Observable.track(this, "value");
      return this._value;
    }
    set value(next) {
      var _a, _b, _c, _d, _e2, _f, _g;
      const prev = `${this._value}`;
      if ((_a = this._options) === null || _a === void 0 ? void 0 : _a.length) {
        const selectedIndex = this._options.findIndex((el2) => el2.value === next);
        const prevSelectedValue = (_c = (_b = this._options[this.selectedIndex]) === null || _b === void 0 ? void 0 : _b.value) !== null && _c !== void 0 ? _c : null;
        const nextSelectedValue = (_e2 = (_d = this._options[selectedIndex]) === null || _d === void 0 ? void 0 : _d.value) !== null && _e2 !== void 0 ? _e2 : null;
        if (selectedIndex === -1 || prevSelectedValue !== nextSelectedValue) {
          next = "";
          this.selectedIndex = selectedIndex;
        }
        next = (_g = (_f = this.firstSelectedOption) === null || _f === void 0 ? void 0 : _f.value) !== null && _g !== void 0 ? _g : next;
      }
      if (prev !== next) {
        this._value = next;
        super.valueChanged(prev, next);
        Observable.notify(this, "value");
        this.updateDisplayValue();
      }
    }
    /**
     * Sets the value and display value to match the first selected option.
     *
     * @param shouldEmit - if true, the input and change events will be emitted
     *
     * @internal
     */
    updateValue(shouldEmit) {
      var _a, _b;
      if (this.$fastController.isConnected) {
        this.value = (_b = (_a = this.firstSelectedOption) === null || _a === void 0 ? void 0 : _a.value) !== null && _b !== void 0 ? _b : "";
      }
      if (shouldEmit) {
        this.$emit("input");
        this.$emit("change", this, {
          bubbles: true,
          composed: void 0
        });
      }
    }
    /**
     * Updates the proxy value when the selected index changes.
     *
     * @param prev - the previous selected index
     * @param next - the next selected index
     *
     * @internal
     */
    selectedIndexChanged(prev, next) {
      super.selectedIndexChanged(prev, next);
      this.updateValue();
    }
    positionChanged(prev, next) {
      this.positionAttribute = next;
      this.setPositioning();
    }
    /**
     * Calculate and apply listbox positioning based on available viewport space.
     *
     * @public
     */
    setPositioning() {
      const currentBox = this.getBoundingClientRect();
      const viewportHeight = window.innerHeight;
      const availableBottom = viewportHeight - currentBox.bottom;
      this.position = this.forcedPosition ? this.positionAttribute : currentBox.top > availableBottom ? SelectPosition.above : SelectPosition.below;
      this.positionAttribute = this.forcedPosition ? this.positionAttribute : this.position;
      this.maxHeight = this.position === SelectPosition.above ? ~~currentBox.top : ~~availableBottom;
    }
    /**
     * The value displayed on the button.
     *
     * @public
     */
    get displayValue() {
      var _a, _b;
      Observable.track(this, "displayValue");
      return (_b = (_a = this.firstSelectedOption) === null || _a === void 0 ? void 0 : _a.text) !== null && _b !== void 0 ? _b : "";
    }
    /**
     * Synchronize the `aria-disabled` property when the `disabled` property changes.
     *
     * @param prev - The previous disabled value
     * @param next - The next disabled value
     *
     * @internal
     */
    disabledChanged(prev, next) {
      if (super.disabledChanged) {
        super.disabledChanged(prev, next);
      }
      this.ariaDisabled = this.disabled ? "true" : "false";
    }
    /**
     * Reset the element to its first selectable option when its parent form is reset.
     *
     * @internal
     */
    formResetCallback() {
      this.setProxyOptions();
      super.setDefaultSelectedOption();
      if (this.selectedIndex === -1) {
        this.selectedIndex = 0;
      }
    }
    /**
     * Handle opening and closing the listbox when the select is clicked.
     *
     * @param e - the mouse event
     * @internal
     */
    clickHandler(e) {
      if (this.disabled) {
        return;
      }
      if (this.open) {
        const captured = e.target.closest(`option,[role=option]`);
        if (captured && captured.disabled) {
          return;
        }
      }
      super.clickHandler(e);
      this.open = this.collapsible && !this.open;
      if (!this.open && this.indexWhenOpened !== this.selectedIndex) {
        this.updateValue(true);
      }
      return true;
    }
    /**
     * Handles focus state when the element or its children lose focus.
     *
     * @param e - The focus event
     * @internal
     */
    focusoutHandler(e) {
      var _a;
      super.focusoutHandler(e);
      if (!this.open) {
        return true;
      }
      const focusTarget = e.relatedTarget;
      if (this.isSameNode(focusTarget)) {
        this.focus();
        return;
      }
      if (!((_a = this.options) === null || _a === void 0 ? void 0 : _a.includes(focusTarget))) {
        this.open = false;
        if (this.indexWhenOpened !== this.selectedIndex) {
          this.updateValue(true);
        }
      }
    }
    /**
     * Updates the value when an option's value changes.
     *
     * @param source - the source object
     * @param propertyName - the property to evaluate
     *
     * @internal
     * @override
     */
    handleChange(source, propertyName) {
      super.handleChange(source, propertyName);
      if (propertyName === "value") {
        this.updateValue();
      }
    }
    /**
     * Synchronize the form-associated proxy and updates the value property of the element.
     *
     * @param prev - the previous collection of slotted option elements
     * @param next - the next collection of slotted option elements
     *
     * @internal
     */
    slottedOptionsChanged(prev, next) {
      this.options.forEach((o) => {
        const notifier = Observable.getNotifier(o);
        notifier.unsubscribe(this, "value");
      });
      super.slottedOptionsChanged(prev, next);
      this.options.forEach((o) => {
        const notifier = Observable.getNotifier(o);
        notifier.subscribe(this, "value");
      });
      this.setProxyOptions();
      this.updateValue();
    }
    /**
     * Prevents focus when size is set and a scrollbar is clicked.
     *
     * @param e - the mouse event object
     *
     * @override
     * @internal
     */
    mousedownHandler(e) {
      var _a;
      if (e.offsetX >= 0 && e.offsetX <= ((_a = this.listbox) === null || _a === void 0 ? void 0 : _a.scrollWidth)) {
        return super.mousedownHandler(e);
      }
      return this.collapsible;
    }
    /**
     * Sets the multiple property on the proxy element.
     *
     * @param prev - the previous multiple value
     * @param next - the current multiple value
     */
    multipleChanged(prev, next) {
      super.multipleChanged(prev, next);
      if (this.proxy) {
        this.proxy.multiple = next;
      }
    }
    /**
     * Updates the selectedness of each option when the list of selected options changes.
     *
     * @param prev - the previous list of selected options
     * @param next - the current list of selected options
     *
     * @override
     * @internal
     */
    selectedOptionsChanged(prev, next) {
      var _a;
      super.selectedOptionsChanged(prev, next);
      (_a = this.options) === null || _a === void 0 ? void 0 : _a.forEach((o, i) => {
        var _a2;
        const proxyOption = (_a2 = this.proxy) === null || _a2 === void 0 ? void 0 : _a2.options.item(i);
        if (proxyOption) {
          proxyOption.selected = o.selected;
        }
      });
    }
    /**
     * Sets the selected index to match the first option with the selected attribute, or
     * the first selectable option.
     *
     * @override
     * @internal
     */
    setDefaultSelectedOption() {
      var _a;
      const options = (_a = this.options) !== null && _a !== void 0 ? _a : Array.from(this.children).filter(Listbox.slottedOptionFilter);
      const selectedIndex = options === null || options === void 0 ? void 0 : options.findIndex((el2) => el2.hasAttribute("selected") || el2.selected || el2.value === this.value);
      if (selectedIndex !== -1) {
        this.selectedIndex = selectedIndex;
        return;
      }
      this.selectedIndex = 0;
    }
    /**
     * Resets and fills the proxy to match the component's options.
     *
     * @internal
     */
    setProxyOptions() {
      if (this.proxy instanceof HTMLSelectElement && this.options) {
        this.proxy.options.length = 0;
        this.options.forEach((option) => {
          const proxyOption = option.proxy || (option instanceof HTMLOptionElement ? option.cloneNode() : null);
          if (proxyOption) {
            this.proxy.options.add(proxyOption);
          }
        });
      }
    }
    /**
     * Handle keyboard interaction for the select.
     *
     * @param e - the keyboard event
     * @internal
     */
    keydownHandler(e) {
      super.keydownHandler(e);
      const key = e.key || e.key.charCodeAt(0);
      switch (key) {
        case keySpace: {
          e.preventDefault();
          if (this.collapsible && this.typeAheadExpired) {
            this.open = !this.open;
          }
          break;
        }
        case keyHome:
        case keyEnd: {
          e.preventDefault();
          break;
        }
        case keyEnter: {
          e.preventDefault();
          this.open = !this.open;
          break;
        }
        case keyEscape: {
          if (this.collapsible && this.open) {
            e.preventDefault();
            this.open = false;
          }
          break;
        }
        case keyTab: {
          if (this.collapsible && this.open) {
            e.preventDefault();
            this.open = false;
          }
          return true;
        }
      }
      if (!this.open && this.indexWhenOpened !== this.selectedIndex) {
        this.updateValue(true);
        this.indexWhenOpened = this.selectedIndex;
      }
      return !(key === keyArrowDown || key === keyArrowUp);
    }
    connectedCallback() {
      super.connectedCallback();
      this.forcedPosition = !!this.positionAttribute;
      this.addEventListener("contentchange", this.updateDisplayValue);
    }
    disconnectedCallback() {
      this.removeEventListener("contentchange", this.updateDisplayValue);
      super.disconnectedCallback();
    }
    /**
     * Updates the proxy's size property when the size attribute changes.
     *
     * @param prev - the previous size
     * @param next - the current size
     *
     * @override
     * @internal
     */
    sizeChanged(prev, next) {
      super.sizeChanged(prev, next);
      if (this.proxy) {
        this.proxy.size = next;
      }
    }
    /**
     *
     * @internal
     */
    updateDisplayValue() {
      if (this.collapsible) {
        Observable.notify(this, "displayValue");
      }
    }
  };
  __decorate([
    attr({ attribute: "open", mode: "boolean" })
  ], Select.prototype, "open", void 0);
  __decorate([
    volatile
  ], Select.prototype, "collapsible", null);
  __decorate([
    observable
  ], Select.prototype, "control", void 0);
  __decorate([
    attr({ attribute: "position" })
  ], Select.prototype, "positionAttribute", void 0);
  __decorate([
    observable
  ], Select.prototype, "position", void 0);
  __decorate([
    observable
  ], Select.prototype, "maxHeight", void 0);
  var DelegatesARIASelect = class {
  };
  __decorate([
    observable
  ], DelegatesARIASelect.prototype, "ariaControls", void 0);
  applyMixins(DelegatesARIASelect, DelegatesARIAListbox);
  applyMixins(Select, StartEnd, DelegatesARIASelect);

  // node_modules/@microsoft/fast-foundation/dist/esm/select/select.template.js
  var selectTemplate = (context, definition) => html`
    <template
        class="${(x2) => [
    x2.collapsible && "collapsible",
    x2.collapsible && x2.open && "open",
    x2.disabled && "disabled",
    x2.collapsible && x2.position
  ].filter(Boolean).join(" ")}"
        aria-activedescendant="${(x2) => x2.ariaActiveDescendant}"
        aria-controls="${(x2) => x2.ariaControls}"
        aria-disabled="${(x2) => x2.ariaDisabled}"
        aria-expanded="${(x2) => x2.ariaExpanded}"
        aria-haspopup="${(x2) => x2.collapsible ? "listbox" : null}"
        aria-multiselectable="${(x2) => x2.ariaMultiSelectable}"
        ?open="${(x2) => x2.open}"
        role="combobox"
        tabindex="${(x2) => !x2.disabled ? "0" : null}"
        @click="${(x2, c) => x2.clickHandler(c.event)}"
        @focusin="${(x2, c) => x2.focusinHandler(c.event)}"
        @focusout="${(x2, c) => x2.focusoutHandler(c.event)}"
        @keydown="${(x2, c) => x2.keydownHandler(c.event)}"
        @mousedown="${(x2, c) => x2.mousedownHandler(c.event)}"
    >
        ${when((x2) => x2.collapsible, html`
                <div
                    class="control"
                    part="control"
                    ?disabled="${(x2) => x2.disabled}"
                    ${ref("control")}
                >
                    ${startSlotTemplate(context, definition)}
                    <slot name="button-container">
                        <div class="selected-value" part="selected-value">
                            <slot name="selected-value">${(x2) => x2.displayValue}</slot>
                        </div>
                        <div aria-hidden="true" class="indicator" part="indicator">
                            <slot name="indicator">
                                ${definition.indicator || ""}
                            </slot>
                        </div>
                    </slot>
                    ${endSlotTemplate(context, definition)}
                </div>
            `)}
        <div
            class="listbox"
            id="${(x2) => x2.listboxId}"
            part="listbox"
            role="listbox"
            ?disabled="${(x2) => x2.disabled}"
            ?hidden="${(x2) => x2.collapsible ? !x2.open : false}"
            ${ref("listbox")}
        >
            <slot
                ${slotted({
    filter: Listbox.slottedOptionFilter,
    flatten: true,
    property: "slottedOptions"
  })}
            ></slot>
        </div>
    </template>
`;

  // node_modules/@microsoft/fast-foundation/dist/esm/text-field/text-field.template.js
  var textFieldTemplate = (context, definition) => html`
    <template
        class="
            ${(x2) => x2.readOnly ? "readonly" : ""}
        "
    >
        <label
            part="label"
            for="control"
            class="${(x2) => x2.defaultSlottedNodes && x2.defaultSlottedNodes.length ? "label" : "label label__hidden"}"
        >
            <slot
                ${slotted({ property: "defaultSlottedNodes", filter: whitespaceFilter })}
            ></slot>
        </label>
        <div class="root" part="root">
            ${startSlotTemplate(context, definition)}
            <input
                class="control"
                part="control"
                id="control"
                @input="${(x2) => x2.handleTextInput()}"
                @change="${(x2) => x2.handleChange()}"
                ?autofocus="${(x2) => x2.autofocus}"
                ?disabled="${(x2) => x2.disabled}"
                list="${(x2) => x2.list}"
                maxlength="${(x2) => x2.maxlength}"
                minlength="${(x2) => x2.minlength}"
                pattern="${(x2) => x2.pattern}"
                placeholder="${(x2) => x2.placeholder}"
                ?readonly="${(x2) => x2.readOnly}"
                ?required="${(x2) => x2.required}"
                size="${(x2) => x2.size}"
                ?spellcheck="${(x2) => x2.spellcheck}"
                :value="${(x2) => x2.value}"
                type="${(x2) => x2.type}"
                aria-atomic="${(x2) => x2.ariaAtomic}"
                aria-busy="${(x2) => x2.ariaBusy}"
                aria-controls="${(x2) => x2.ariaControls}"
                aria-current="${(x2) => x2.ariaCurrent}"
                aria-describedby="${(x2) => x2.ariaDescribedby}"
                aria-details="${(x2) => x2.ariaDetails}"
                aria-disabled="${(x2) => x2.ariaDisabled}"
                aria-errormessage="${(x2) => x2.ariaErrormessage}"
                aria-flowto="${(x2) => x2.ariaFlowto}"
                aria-haspopup="${(x2) => x2.ariaHaspopup}"
                aria-hidden="${(x2) => x2.ariaHidden}"
                aria-invalid="${(x2) => x2.ariaInvalid}"
                aria-keyshortcuts="${(x2) => x2.ariaKeyshortcuts}"
                aria-label="${(x2) => x2.ariaLabel}"
                aria-labelledby="${(x2) => x2.ariaLabelledby}"
                aria-live="${(x2) => x2.ariaLive}"
                aria-owns="${(x2) => x2.ariaOwns}"
                aria-relevant="${(x2) => x2.ariaRelevant}"
                aria-roledescription="${(x2) => x2.ariaRoledescription}"
                ${ref("control")}
            />
            ${endSlotTemplate(context, definition)}
        </div>
    </template>
`;

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/style/disabled.js
  var disabledCursor = "not-allowed";

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/style/display.js
  var hidden = `:host([hidden]){display:none}`;
  function display(displayValue) {
    return `${hidden}:host{display:${displayValue}}`;
  }

  // node_modules/@microsoft/fast-foundation/dist/esm/utilities/style/focus.js
  var focusVisible = canUseFocusVisible() ? "focus-visible" : "focus";

  // node_modules/@vscode/webview-ui-toolkit/dist/vscode-design-system.js
  function provideVSCodeDesignSystem(element) {
    return DesignSystem.getOrCreate(element).withPrefix("vscode");
  }

  // node_modules/@vscode/webview-ui-toolkit/dist/utilities/theme/applyTheme.js
  function initThemeChangeListener(tokenMappings2) {
    window.addEventListener("load", () => {
      const observer = new MutationObserver(() => {
        applyCurrentTheme(tokenMappings2);
      });
      observer.observe(document.body, {
        attributes: true,
        attributeFilter: ["class"]
      });
      applyCurrentTheme(tokenMappings2);
    });
  }
  function applyCurrentTheme(tokenMappings2) {
    const styles = getComputedStyle(document.body);
    const body = document.querySelector("body");
    if (body) {
      const themeKind = body.getAttribute("data-vscode-theme-kind");
      for (const [vscodeTokenName, toolkitToken] of tokenMappings2) {
        let value2 = styles.getPropertyValue(vscodeTokenName).toString();
        if (themeKind === "vscode-high-contrast") {
          if (value2.length === 0 && toolkitToken.name.includes("background")) {
            value2 = "transparent";
          }
          if (toolkitToken.name === "button-icon-hover-background") {
            value2 = "transparent";
          }
        } else if (themeKind === "vscode-high-contrast-light") {
          if (value2.length === 0 && toolkitToken.name.includes("background")) {
            switch (toolkitToken.name) {
              case "button-primary-hover-background":
                value2 = "#0F4A85";
                break;
              case "button-secondary-hover-background":
                value2 = "transparent";
                break;
              case "button-icon-hover-background":
                value2 = "transparent";
                break;
            }
          }
        } else {
          if (toolkitToken.name === "contrast-active-border") {
            value2 = "transparent";
          }
        }
        toolkitToken.setValueFor(body, value2);
      }
    }
  }

  // node_modules/@vscode/webview-ui-toolkit/dist/utilities/design-tokens/create.js
  var tokenMappings = /* @__PURE__ */ new Map();
  var isThemeListenerInitialized = false;
  function create3(name, vscodeThemeVar) {
    const designToken = DesignToken.create(name);
    if (vscodeThemeVar) {
      if (vscodeThemeVar.includes("--fake-vscode-token")) {
        const uniqueId2 = "id" + Math.random().toString(16).slice(2);
        vscodeThemeVar = `${vscodeThemeVar}-${uniqueId2}`;
      }
      tokenMappings.set(vscodeThemeVar, designToken);
    }
    if (!isThemeListenerInitialized) {
      initThemeChangeListener(tokenMappings);
      isThemeListenerInitialized = true;
    }
    return designToken;
  }

  // node_modules/@vscode/webview-ui-toolkit/dist/design-tokens.js
  var background = create3("background", "--vscode-editor-background").withDefault("#1e1e1e");
  var borderWidth = create3("border-width").withDefault(1);
  var contrastActiveBorder = create3("contrast-active-border", "--vscode-contrastActiveBorder").withDefault("#f38518");
  var contrastBorder = create3("contrast-border", "--vscode-contrastBorder").withDefault("#6fc3df");
  var cornerRadius = create3("corner-radius").withDefault(0);
  var cornerRadiusRound = create3("corner-radius-round").withDefault(2);
  var designUnit = create3("design-unit").withDefault(4);
  var disabledOpacity = create3("disabled-opacity").withDefault(0.4);
  var focusBorder = create3("focus-border", "--vscode-focusBorder").withDefault("#007fd4");
  var fontFamily = create3("font-family", "--vscode-font-family").withDefault("-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif, Apple Color Emoji, Segoe UI Emoji, Segoe UI Symbol");
  var fontWeight = create3("font-weight", "--vscode-font-weight").withDefault("400");
  var foreground = create3("foreground", "--vscode-foreground").withDefault("#cccccc");
  var inputHeight = create3("input-height").withDefault("26");
  var inputMinWidth = create3("input-min-width").withDefault("100px");
  var typeRampBaseFontSize = create3("type-ramp-base-font-size", "--vscode-font-size").withDefault("13px");
  var typeRampBaseLineHeight = create3("type-ramp-base-line-height").withDefault("normal");
  var typeRampMinus1FontSize = create3("type-ramp-minus1-font-size").withDefault("11px");
  var typeRampMinus1LineHeight = create3("type-ramp-minus1-line-height").withDefault("16px");
  var typeRampMinus2FontSize = create3("type-ramp-minus2-font-size").withDefault("9px");
  var typeRampMinus2LineHeight = create3("type-ramp-minus2-line-height").withDefault("16px");
  var typeRampPlus1FontSize = create3("type-ramp-plus1-font-size").withDefault("16px");
  var typeRampPlus1LineHeight = create3("type-ramp-plus1-line-height").withDefault("24px");
  var scrollbarWidth = create3("scrollbarWidth").withDefault("10px");
  var scrollbarHeight = create3("scrollbarHeight").withDefault("10px");
  var scrollbarSliderBackground = create3("scrollbar-slider-background", "--vscode-scrollbarSlider-background").withDefault("#79797966");
  var scrollbarSliderHoverBackground = create3("scrollbar-slider-hover-background", "--vscode-scrollbarSlider-hoverBackground").withDefault("#646464b3");
  var scrollbarSliderActiveBackground = create3("scrollbar-slider-active-background", "--vscode-scrollbarSlider-activeBackground").withDefault("#bfbfbf66");
  var badgeBackground = create3("badge-background", "--vscode-badge-background").withDefault("#4d4d4d");
  var badgeForeground = create3("badge-foreground", "--vscode-badge-foreground").withDefault("#ffffff");
  var buttonBorder = create3("button-border", "--vscode-button-border").withDefault("transparent");
  var buttonIconBackground = create3("button-icon-background").withDefault("transparent");
  var buttonIconCornerRadius = create3("button-icon-corner-radius").withDefault("5px");
  var buttonIconFocusBorderOffset = create3("button-icon-outline-offset").withDefault(0);
  var buttonIconHoverBackground = create3("button-icon-hover-background", "--fake-vscode-token").withDefault("rgba(90, 93, 94, 0.31)");
  var buttonIconPadding = create3("button-icon-padding").withDefault("3px");
  var buttonPrimaryBackground = create3("button-primary-background", "--vscode-button-background").withDefault("#0e639c");
  var buttonPrimaryForeground = create3("button-primary-foreground", "--vscode-button-foreground").withDefault("#ffffff");
  var buttonPrimaryHoverBackground = create3("button-primary-hover-background", "--vscode-button-hoverBackground").withDefault("#1177bb");
  var buttonSecondaryBackground = create3("button-secondary-background", "--vscode-button-secondaryBackground").withDefault("#3a3d41");
  var buttonSecondaryForeground = create3("button-secondary-foreground", "--vscode-button-secondaryForeground").withDefault("#ffffff");
  var buttonSecondaryHoverBackground = create3("button-secondary-hover-background", "--vscode-button-secondaryHoverBackground").withDefault("#45494e");
  var buttonPaddingHorizontal = create3("button-padding-horizontal").withDefault("11px");
  var buttonPaddingVertical = create3("button-padding-vertical").withDefault("4px");
  var checkboxBackground = create3("checkbox-background", "--vscode-checkbox-background").withDefault("#3c3c3c");
  var checkboxBorder = create3("checkbox-border", "--vscode-checkbox-border").withDefault("#3c3c3c");
  var checkboxCornerRadius = create3("checkbox-corner-radius").withDefault(3);
  var checkboxForeground = create3("checkbox-foreground", "--vscode-checkbox-foreground").withDefault("#f0f0f0");
  var listActiveSelectionBackground = create3("list-active-selection-background", "--vscode-list-activeSelectionBackground").withDefault("#094771");
  var listActiveSelectionForeground = create3("list-active-selection-foreground", "--vscode-list-activeSelectionForeground").withDefault("#ffffff");
  var listHoverBackground = create3("list-hover-background", "--vscode-list-hoverBackground").withDefault("#2a2d2e");
  var dividerBackground = create3("divider-background", "--vscode-settings-dropdownListBorder").withDefault("#454545");
  var dropdownBackground = create3("dropdown-background", "--vscode-dropdown-background").withDefault("#3c3c3c");
  var dropdownBorder = create3("dropdown-border", "--vscode-dropdown-border").withDefault("#3c3c3c");
  var dropdownForeground = create3("dropdown-foreground", "--vscode-dropdown-foreground").withDefault("#f0f0f0");
  var dropdownListMaxHeight = create3("dropdown-list-max-height").withDefault("200px");
  var inputBackground = create3("input-background", "--vscode-input-background").withDefault("#3c3c3c");
  var inputForeground = create3("input-foreground", "--vscode-input-foreground").withDefault("#cccccc");
  var inputPlaceholderForeground = create3("input-placeholder-foreground", "--vscode-input-placeholderForeground").withDefault("#cccccc");
  var linkActiveForeground = create3("link-active-foreground", "--vscode-textLink-activeForeground").withDefault("#3794ff");
  var linkForeground = create3("link-foreground", "--vscode-textLink-foreground").withDefault("#3794ff");
  var progressBackground = create3("progress-background", "--vscode-progressBar-background").withDefault("#0e70c0");
  var panelTabActiveBorder = create3("panel-tab-active-border", "--vscode-panelTitle-activeBorder").withDefault("#e7e7e7");
  var panelTabActiveForeground = create3("panel-tab-active-foreground", "--vscode-panelTitle-activeForeground").withDefault("#e7e7e7");
  var panelTabForeground = create3("panel-tab-foreground", "--vscode-panelTitle-inactiveForeground").withDefault("#e7e7e799");
  var panelViewBackground = create3("panel-view-background", "--vscode-panel-background").withDefault("#1e1e1e");
  var panelViewBorder = create3("panel-view-border", "--vscode-panel-border").withDefault("#80808059");
  var tagCornerRadius = create3("tag-corner-radius").withDefault("2px");

  // node_modules/tslib/tslib.es6.mjs
  function __decorate2(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
  }

  // node_modules/@vscode/webview-ui-toolkit/dist/button/button.styles.js
  var BaseButtonStyles = css`
	${display("inline-flex")} :host {
		outline: none;
		font-family: ${fontFamily};
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
		color: ${buttonPrimaryForeground};
		background: ${buttonPrimaryBackground};
		border-radius: calc(${cornerRadiusRound} * 1px);
		fill: currentColor;
		cursor: pointer;
	}
	.control {
		background: transparent;
		height: inherit;
		flex-grow: 1;
		box-sizing: border-box;
		display: inline-flex;
		justify-content: center;
		align-items: center;
		padding: ${buttonPaddingVertical} ${buttonPaddingHorizontal};
		white-space: wrap;
		outline: none;
		text-decoration: none;
		border: calc(${borderWidth} * 1px) solid ${buttonBorder};
		color: inherit;
		border-radius: inherit;
		fill: inherit;
		cursor: inherit;
		font-family: inherit;
	}
	:host(:hover) {
		background: ${buttonPrimaryHoverBackground};
	}
	:host(:active) {
		background: ${buttonPrimaryBackground};
	}
	.control:${focusVisible} {
		outline: calc(${borderWidth} * 1px) solid ${focusBorder};
		outline-offset: calc(${borderWidth} * 2px);
	}
	.control::-moz-focus-inner {
		border: 0;
	}
	:host([disabled]) {
		opacity: ${disabledOpacity};
		background: ${buttonPrimaryBackground};
		cursor: ${disabledCursor};
	}
	.content {
		display: flex;
	}
	.start {
		display: flex;
	}
	::slotted(svg),
	::slotted(span) {
		width: calc(${designUnit} * 4px);
		height: calc(${designUnit} * 4px);
	}
	.start {
		margin-inline-end: 8px;
	}
`;
  var PrimaryButtonStyles = css`
	:host([appearance='primary']) {
		background: ${buttonPrimaryBackground};
		color: ${buttonPrimaryForeground};
	}
	:host([appearance='primary']:hover) {
		background: ${buttonPrimaryHoverBackground};
	}
	:host([appearance='primary']:active) .control:active {
		background: ${buttonPrimaryBackground};
	}
	:host([appearance='primary']) .control:${focusVisible} {
		outline: calc(${borderWidth} * 1px) solid ${focusBorder};
		outline-offset: calc(${borderWidth} * 2px);
	}
	:host([appearance='primary'][disabled]) {
		background: ${buttonPrimaryBackground};
	}
`;
  var SecondaryButtonStyles = css`
	:host([appearance='secondary']) {
		background: ${buttonSecondaryBackground};
		color: ${buttonSecondaryForeground};
	}
	:host([appearance='secondary']:hover) {
		background: ${buttonSecondaryHoverBackground};
	}
	:host([appearance='secondary']:active) .control:active {
		background: ${buttonSecondaryBackground};
	}
	:host([appearance='secondary']) .control:${focusVisible} {
		outline: calc(${borderWidth} * 1px) solid ${focusBorder};
		outline-offset: calc(${borderWidth} * 2px);
	}
	:host([appearance='secondary'][disabled]) {
		background: ${buttonSecondaryBackground};
	}
`;
  var IconButtonStyles = css`
	:host([appearance='icon']) {
		background: ${buttonIconBackground};
		border-radius: ${buttonIconCornerRadius};
		color: ${foreground};
	}
	:host([appearance='icon']:hover) {
		background: ${buttonIconHoverBackground};
		outline: 1px dotted ${contrastActiveBorder};
		outline-offset: -1px;
	}
	:host([appearance='icon']) .control {
		padding: ${buttonIconPadding};
		border: none;
	}
	:host([appearance='icon']:active) .control:active {
		background: ${buttonIconHoverBackground};
	}
	:host([appearance='icon']) .control:${focusVisible} {
		outline: calc(${borderWidth} * 1px) solid ${focusBorder};
		outline-offset: ${buttonIconFocusBorderOffset};
	}
	:host([appearance='icon'][disabled]) {
		background: ${buttonIconBackground};
	}
`;
  var buttonStyles = (context, definition) => css`
	${BaseButtonStyles}
	${PrimaryButtonStyles}
	${SecondaryButtonStyles}
	${IconButtonStyles}
`;

  // node_modules/@vscode/webview-ui-toolkit/dist/button/index.js
  var Button2 = class extends Button {
    /**
     * Component lifecycle method that runs when the component is inserted
     * into the DOM.
     *
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      if (!this.appearance) {
        const appearanceValue = this.getAttribute("appearance");
        this.appearance = appearanceValue;
      }
    }
    /**
     * Component lifecycle method that runs when an attribute of the
     * element is changed.
     *
     * @param attrName - The attribute that was changed
     * @param oldVal - The old value of the attribute
     * @param newVal - The new value of the attribute
     *
     * @internal
     */
    attributeChangedCallback(attrName, oldVal, newVal) {
      if (attrName === "appearance" && newVal === "icon") {
        const ariaLabelValue = this.getAttribute("aria-label");
        if (!ariaLabelValue) {
          this.ariaLabel = "Icon Button";
        }
      }
      if (attrName === "aria-label") {
        this.ariaLabel = newVal;
      }
      if (attrName === "disabled") {
        this.disabled = newVal !== null;
      }
    }
  };
  __decorate2([
    attr
  ], Button2.prototype, "appearance", void 0);
  var vsCodeButton = Button2.compose({
    baseName: "button",
    template: buttonTemplate,
    styles: buttonStyles,
    shadowOptions: {
      delegatesFocus: true
    }
  });

  // node_modules/@vscode/webview-ui-toolkit/dist/checkbox/checkbox.styles.js
  var checkboxStyles = (context, defintiion) => css`
	${display("inline-flex")} :host {
		align-items: center;
		outline: none;
		margin: calc(${designUnit} * 1px) 0;
		user-select: none;
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
	}
	.control {
		position: relative;
		width: calc(${designUnit} * 4px + 2px);
		height: calc(${designUnit} * 4px + 2px);
		box-sizing: border-box;
		border-radius: calc(${checkboxCornerRadius} * 1px);
		border: calc(${borderWidth} * 1px) solid ${checkboxBorder};
		background: ${checkboxBackground};
		outline: none;
		cursor: pointer;
	}
	.label {
		font-family: ${fontFamily};
		color: ${foreground};
		padding-inline-start: calc(${designUnit} * 2px + 2px);
		margin-inline-end: calc(${designUnit} * 2px + 2px);
		cursor: pointer;
	}
	.label__hidden {
		display: none;
		visibility: hidden;
	}
	.checked-indicator {
		width: 100%;
		height: 100%;
		display: block;
		fill: ${foreground};
		opacity: 0;
		pointer-events: none;
	}
	.indeterminate-indicator {
		border-radius: 2px;
		background: ${foreground};
		position: absolute;
		top: 50%;
		left: 50%;
		width: 50%;
		height: 50%;
		transform: translate(-50%, -50%);
		opacity: 0;
	}
	:host(:enabled) .control:hover {
		background: ${checkboxBackground};
		border-color: ${checkboxBorder};
	}
	:host(:enabled) .control:active {
		background: ${checkboxBackground};
		border-color: ${focusBorder};
	}
	:host(:${focusVisible}) .control {
		border: calc(${borderWidth} * 1px) solid ${focusBorder};
	}
	:host(.disabled) .label,
	:host(.readonly) .label,
	:host(.readonly) .control,
	:host(.disabled) .control {
		cursor: ${disabledCursor};
	}
	:host(.checked:not(.indeterminate)) .checked-indicator,
	:host(.indeterminate) .indeterminate-indicator {
		opacity: 1;
	}
	:host(.disabled) {
		opacity: ${disabledOpacity};
	}
`;

  // node_modules/@vscode/webview-ui-toolkit/dist/checkbox/index.js
  var Checkbox2 = class extends Checkbox {
    /**
     * Component lifecycle method that runs when the component is inserted
     * into the DOM.
     *
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      if (this.textContent) {
        this.setAttribute("aria-label", this.textContent);
      } else {
        this.setAttribute("aria-label", "Checkbox");
      }
    }
  };
  var vsCodeCheckbox = Checkbox2.compose({
    baseName: "checkbox",
    template: checkboxTemplate,
    styles: checkboxStyles,
    checkedIndicator: `
		<svg 
			part="checked-indicator"
			class="checked-indicator"
			width="16" 
			height="16" 
			viewBox="0 0 16 16" 
			xmlns="http://www.w3.org/2000/svg" 
			fill="currentColor"
		>
			<path 
				fill-rule="evenodd" 
				clip-rule="evenodd" 
				d="M14.431 3.323l-8.47 10-.79-.036-3.35-4.77.818-.574 2.978 4.24 8.051-9.506.764.646z"
			/>
		</svg>
	`,
    indeterminateIndicator: `
		<div part="indeterminate-indicator" class="indeterminate-indicator"></div>
	`
  });

  // node_modules/@vscode/webview-ui-toolkit/dist/dropdown/dropdown.styles.js
  var dropdownStyles = (context, definition) => css`
	${display("inline-flex")} :host {
		background: ${dropdownBackground};
		border-radius: calc(${cornerRadiusRound} * 1px);
		box-sizing: border-box;
		color: ${foreground};
		contain: contents;
		font-family: ${fontFamily};
		height: calc(${inputHeight} * 1px);
		position: relative;
		user-select: none;
		min-width: ${inputMinWidth};
		outline: none;
		vertical-align: top;
	}
	.control {
		align-items: center;
		box-sizing: border-box;
		border: calc(${borderWidth} * 1px) solid ${dropdownBorder};
		border-radius: calc(${cornerRadiusRound} * 1px);
		cursor: pointer;
		display: flex;
		font-family: inherit;
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
		min-height: 100%;
		padding: 2px 6px 2px 8px;
		width: 100%;
	}
	.listbox {
		background: ${dropdownBackground};
		border: calc(${borderWidth} * 1px) solid ${focusBorder};
		border-radius: calc(${cornerRadiusRound} * 1px);
		box-sizing: border-box;
		display: inline-flex;
		flex-direction: column;
		left: 0;
		max-height: ${dropdownListMaxHeight};
		padding: 0;
		overflow-y: auto;
		position: absolute;
		width: 100%;
		z-index: 1;
	}
	.listbox[hidden] {
		display: none;
	}
	:host(:${focusVisible}) .control {
		border-color: ${focusBorder};
	}
	:host(:not([disabled]):hover) {
		background: ${dropdownBackground};
		border-color: ${dropdownBorder};
	}
	:host(:${focusVisible}) ::slotted([aria-selected="true"][role="option"]:not([disabled])) {
		background: ${listActiveSelectionBackground};
		border: calc(${borderWidth} * 1px) solid transparent;
		color: ${listActiveSelectionForeground};
	}
	:host([disabled]) {
		cursor: ${disabledCursor};
		opacity: ${disabledOpacity};
	}
	:host([disabled]) .control {
		cursor: ${disabledCursor};
		user-select: none;
	}
	:host([disabled]:hover) {
		background: ${dropdownBackground};
		color: ${foreground};
		fill: currentcolor;
	}
	:host(:not([disabled])) .control:active {
		border-color: ${focusBorder};
	}
	:host(:empty) .listbox {
		display: none;
	}
	:host([open]) .control {
		border-color: ${focusBorder};
	}
	:host([open][position='above']) .listbox {
		border-bottom-left-radius: 0;
		border-bottom-right-radius: 0;
	}
	:host([open][position='below']) .listbox {
		border-top-left-radius: 0;
		border-top-right-radius: 0;
	}
	:host([open][position='above']) .listbox {
		bottom: calc(${inputHeight} * 1px);
	}
	:host([open][position='below']) .listbox {
		top: calc(${inputHeight} * 1px);
	}
	.selected-value {
		flex: 1 1 auto;
		font-family: inherit;
		overflow: hidden;
		text-align: start;
		text-overflow: ellipsis;
		white-space: nowrap;
	}
	.indicator {
		flex: 0 0 auto;
		margin-inline-start: 1em;
	}
	slot[name='listbox'] {
		display: none;
		width: 100%;
	}
	:host([open]) slot[name='listbox'] {
		display: flex;
		position: absolute;
	}
	.end {
		margin-inline-start: auto;
	}
	.start,
	.end,
	.indicator,
	.select-indicator,
	::slotted(svg),
	::slotted(span) {
		fill: currentcolor;
		height: 1em;
		min-height: calc(${designUnit} * 4px);
		min-width: calc(${designUnit} * 4px);
		width: 1em;
	}
	::slotted([role='option']),
	::slotted(option) {
		flex: 0 0 auto;
	}
`;

  // node_modules/@vscode/webview-ui-toolkit/dist/dropdown/index.js
  var Dropdown = class extends Select {
  };
  var vsCodeDropdown = Dropdown.compose({
    baseName: "dropdown",
    template: selectTemplate,
    styles: dropdownStyles,
    indicator: `
		<svg 
			class="select-indicator"
			part="select-indicator"
			width="16" 
			height="16" 
			viewBox="0 0 16 16" 
			xmlns="http://www.w3.org/2000/svg" 
			fill="currentColor"
		>
			<path 
				fill-rule="evenodd" 
				clip-rule="evenodd" 
				d="M7.976 10.072l4.357-4.357.62.618L8.284 11h-.618L3 6.333l.619-.618 4.357 4.357z"
			/>
		</svg>
	`
  });

  // node_modules/@vscode/webview-ui-toolkit/dist/option/option.styles.js
  var optionStyles = (context, definition) => css`
	${display("inline-flex")} :host {
		font-family: var(--body-font);
		border-radius: ${cornerRadius};
		border: calc(${borderWidth} * 1px) solid transparent;
		box-sizing: border-box;
		color: ${foreground};
		cursor: pointer;
		fill: currentcolor;
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
		margin: 0;
		outline: none;
		overflow: hidden;
		padding: 0 calc((${designUnit} / 2) * 1px)
			calc((${designUnit} / 4) * 1px);
		user-select: none;
		white-space: nowrap;
	}
	:host(:${focusVisible}) {
		border-color: ${focusBorder};
		background: ${listActiveSelectionBackground};
		color: ${foreground};
	}
	:host([aria-selected='true']) {
		background: ${listActiveSelectionBackground};
		border: calc(${borderWidth} * 1px) solid transparent;
		color: ${listActiveSelectionForeground};
	}
	:host(:active) {
		background: ${listActiveSelectionBackground};
		color: ${listActiveSelectionForeground};
	}
	:host(:not([aria-selected='true']):hover) {
		background: ${listActiveSelectionBackground};
		border: calc(${borderWidth} * 1px) solid transparent;
		color: ${listActiveSelectionForeground};
	}
	:host(:not([aria-selected='true']):active) {
		background: ${listActiveSelectionBackground};
		color: ${foreground};
	}
	:host([disabled]) {
		cursor: ${disabledCursor};
		opacity: ${disabledOpacity};
	}
	:host([disabled]:hover) {
		background-color: inherit;
	}
	.content {
		grid-column-start: 2;
		justify-self: start;
		overflow: hidden;
		text-overflow: ellipsis;
	}
`;

  // node_modules/@vscode/webview-ui-toolkit/dist/option/index.js
  var Option2 = class extends ListboxOption {
    /**
     * Component lifecycle method that runs when the component is inserted
     * into the DOM.
     *
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      if (this.textContent) {
        this.setAttribute("aria-label", this.textContent);
      } else {
        this.setAttribute("aria-label", "Option");
      }
    }
  };
  var vsCodeOption = Option2.compose({
    baseName: "option",
    template: listboxOptionTemplate,
    styles: optionStyles
  });

  // node_modules/@vscode/webview-ui-toolkit/dist/text-field/text-field.styles.js
  var textFieldStyles = (context, definition) => css`
	${display("inline-block")} :host {
		font-family: ${fontFamily};
		outline: none;
		user-select: none;
	}
	.root {
		box-sizing: border-box;
		position: relative;
		display: flex;
		flex-direction: row;
		color: ${inputForeground};
		background: ${inputBackground};
		border-radius: calc(${cornerRadiusRound} * 1px);
		border: calc(${borderWidth} * 1px) solid ${dropdownBorder};
		height: calc(${inputHeight} * 1px);
		min-width: ${inputMinWidth};
	}
	.control {
		-webkit-appearance: none;
		font: inherit;
		background: transparent;
		border: 0;
		color: inherit;
		height: calc(100% - (${designUnit} * 1px));
		width: 100%;
		margin-top: auto;
		margin-bottom: auto;
		border: none;
		padding: 0 calc(${designUnit} * 2px + 1px);
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
	}
	.control:hover,
	.control:${focusVisible},
	.control:disabled,
	.control:active {
		outline: none;
	}
	.label {
		display: block;
		color: ${foreground};
		cursor: pointer;
		font-size: ${typeRampBaseFontSize};
		line-height: ${typeRampBaseLineHeight};
		margin-bottom: 2px;
	}
	.label__hidden {
		display: none;
		visibility: hidden;
	}
	.start,
	.end {
		display: flex;
		margin: auto;
		fill: currentcolor;
	}
	::slotted(svg),
	::slotted(span) {
		width: calc(${designUnit} * 4px);
		height: calc(${designUnit} * 4px);
	}
	.start {
		margin-inline-start: calc(${designUnit} * 2px);
	}
	.end {
		margin-inline-end: calc(${designUnit} * 2px);
	}
	:host(:hover:not([disabled])) .root {
		background: ${inputBackground};
		border-color: ${dropdownBorder};
	}
	:host(:active:not([disabled])) .root {
		background: ${inputBackground};
		border-color: ${focusBorder};
	}
	:host(:focus-within:not([disabled])) .root {
		border-color: ${focusBorder};
	}
	:host([disabled]) .label,
	:host([readonly]) .label,
	:host([readonly]) .control,
	:host([disabled]) .control {
		cursor: ${disabledCursor};
	}
	:host([disabled]) {
		opacity: ${disabledOpacity};
	}
	:host([disabled]) .control {
		border-color: ${dropdownBorder};
	}
`;

  // node_modules/@vscode/webview-ui-toolkit/dist/text-field/index.js
  var TextField2 = class extends TextField {
    /**
     * Component lifecycle method that runs when the component is inserted
     * into the DOM.
     *
     * @internal
     */
    connectedCallback() {
      super.connectedCallback();
      if (this.textContent) {
        this.setAttribute("aria-label", this.textContent);
      } else {
        this.setAttribute("aria-label", "Text field");
      }
    }
  };
  var vsCodeTextField = TextField2.compose({
    baseName: "text-field",
    template: textFieldTemplate,
    styles: textFieldStyles,
    shadowOptions: {
      delegatesFocus: true
    }
  });

  // webview/shared/ui.ts
  var registered = false;
  function register() {
    if (registered) return;
    provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());
    registered = true;
  }
  function button(label, onClick, opts = {}) {
    register();
    const b = document.createElement("vscode-button");
    b.textContent = label;
    if (opts.title) b.title = opts.title;
    if (opts.secondary) b.setAttribute("appearance", "secondary");
    b.addEventListener("click", onClick);
    return b;
  }
  function textField(placeholder, onInput, value2 = "") {
    register();
    const t = document.createElement("vscode-text-field");
    t.setAttribute("placeholder", placeholder);
    t.setAttribute("aria-label", placeholder);
    t.value = value2;
    t.addEventListener("input", () => onInput(t.value));
    return t;
  }
  function dropdown(label, options, selected, onChange) {
    register();
    const d = document.createElement("vscode-dropdown");
    d.setAttribute("aria-label", label);
    for (const o of options) {
      const opt = document.createElement("vscode-option");
      opt.setAttribute("value", o.value);
      opt.textContent = o.text;
      if (o.value === selected) opt.setAttribute("selected", "");
      d.appendChild(opt);
    }
    d.addEventListener("change", () => onChange(d.value));
    return d;
  }
  function checkbox(label, checked, onChange) {
    register();
    const c = document.createElement("vscode-checkbox");
    c.textContent = label;
    c.checked = checked;
    c.addEventListener("change", () => onChange(c.checked));
    return c;
  }

  // src/shared/sqnr-text.ts
  var SQNR_IDENTICAL_DB = 200;
  function isIdenticalSqnr(db2) {
    return typeof db2 === "number" && db2 >= SQNR_IDENTICAL_DB;
  }
  function sqnrText(db2, missing = "not measured") {
    if (db2 === null || db2 === void 0 || Number.isNaN(db2)) return missing;
    if (isIdenticalSqnr(db2)) return "identical";
    return `${db2.toFixed(1)} dB`;
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

  // webview/graph/scene.ts
  var shapeText = (s2) => s2 ? s2.join("\xD7") || "scalar" : "?";
  var typeText = (dtype, shape) => dtype || shape ? `${dtype ?? "dtype not declared"} ${shape ? shapeText(shape) : ""}`.trim() : "type not declared";
  var ENTRY_LANE = 7;
  var clip = (s2, max) => s2.length > max ? `${s2.slice(0, Math.max(1, max - 1))}\u2026` : s2;
  var shortOp = (op) => op === "QuantizeLinear" ? "Q" : op === "DequantizeLinear" ? "DQ" : op;
  var readableGroup = (id2) => id2.split("\0")[0] || "(top level)";
  function leafText(n) {
    const out = typeText(n.dtype, n.shape);
    const op = n.domain && n.domain !== "ai.onnx" ? `${n.op} (${n.domain})` : n.op;
    return {
      title: clip(n.op, n.layout ? 18 - n.layout.length : 18),
      sub: clip(out, 27),
      ops: "",
      badge: n.layout,
      dtype: n.dtype,
      dtypes: null,
      inserted: n.inserted,
      aria: `${n.op} ${n.name}, output ${out}${n.layout ? `, layout ${n.layout}` : ""}`,
      tooltip: [n.name, op, `output ${out}${n.layout ? ` ${n.layout}` : ""}`, ...n.quant ? [n.quant] : [], ...n.inserted ? ["inserted by the compiler"] : []].join("\n")
    };
  }
  function buildScene(g, tree, vg, res) {
    const rects = res.rects;
    const rect = (i) => ({ x: rects[4 * i], y: rects[4 * i + 1], w: rects[4 * i + 2], h: rects[4 * i + 3] });
    const points = vg.edges.map((ve2) => {
      const route = res.routes[ve2.container][ve2.local] ?? new Float64Array(0);
      const a2 = rect(ve2.from);
      const b = rect(ve2.to);
      const [ca, cb] = [rect(ve2.outer[0]), rect(ve2.outer[1])];
      const start2 = ve2.outer[0] === ve2.from ? [a2.x + a2.w / 2, a2.y + a2.h] : [a2.x + a2.w, a2.y + a2.h / 2, ca.x + ca.w - SIZES.pad / 2, a2.y + a2.h / 2, ca.x + ca.w - SIZES.pad / 2, ca.y + ca.h];
      const end = ve2.outer[1] === ve2.to ? [b.x + b.w / 2, b.y] : [cb.x - ENTRY_LANE, cb.y - ENTRY_LANE, cb.x - ENTRY_LANE, b.y + b.h / 2, b.x, b.y + b.h / 2];
      const inner = route.length > 4 ? route.subarray(2, route.length - 2) : new Float64Array(0);
      const p = new Float64Array(start2.length + inner.length + end.length);
      p.set(start2, 0);
      p.set(inner, start2.length);
      p.set(end, start2.length + inner.length);
      return p;
    });
    const edgeBox = new Float64Array(4 * points.length);
    points.forEach((p, e) => {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let k2 = 0; k2 < p.length; k2 += 2) {
        x0 = Math.min(x0, p[k2]);
        x1 = Math.max(x1, p[k2]);
        y0 = Math.min(y0, p[k2 + 1]);
        y1 = Math.max(y1, p[k2 + 1]);
      }
      edgeBox.set([x0, y0, x1, y1], 4 * e);
    });
    const texts = /* @__PURE__ */ new Map();
    const text = (item2) => {
      let t = texts.get(item2);
      if (t) return t;
      const kind = vg.kinds[item2];
      if (kind === "leaf") t = leafText(g.nodes[vg.node[item2]]);
      else {
        const grp = tree.groups.get(vg.group[item2]);
        const size = grp?.size ?? 0;
        const ops = (grp?.ops ?? []).slice(0, 3).map(([op, c]) => `${shortOp(op)} ${c}`).join(" \xB7 ");
        const label = grp?.label || "(top level)";
        const width = kind === "frame" ? rects[4 * item2 + 2] : SIZES.groupW;
        t = {
          title: clip(kind === "frame" ? `${label} (${size})` : label, Math.floor((width - 34) / 7)),
          sub: `${size} nodes`,
          ops: clip(ops, Math.floor((width - 20) / 5.8)),
          badge: null,
          dtype: grp?.dtypes[0]?.[0] ?? null,
          dtypes: grp?.dtypes ?? null,
          inserted: false,
          aria: `${kind === "frame" ? "Open group" : "Folded group"} ${label}, ${size} nodes${kind === "frame" ? ", press Enter to fold" : ", press Enter to unfold"}`,
          tooltip: [readableGroup(vg.group[item2]), `${size} nodes`, ...(grp?.ops ?? []).slice(0, 8).map(([op, c]) => `${op}: ${c}`)].join("\n")
        };
      }
      texts.set(item2, t);
      return t;
    };
    const edgeTooltip = (e) => {
      const ve2 = vg.edges[e];
      const lines = ve2.edges.slice(0, 6).map((i) => {
        const m = g.edges[i];
        return `${m.tensor}  ${typeText(m.dtype, m.shape)}${m.quant ? `, ${m.quant}` : ""}`;
      });
      if (ve2.edges.length > 6) lines.push(`\u2026 ${ve2.edges.length - 6} more tensors`);
      return lines.join("\n");
    };
    return { vg, rects, points, edgeBox, text, edgeTooltip };
  }

  // webview/graph/details.ts
  function row(dl, label, value2, cls) {
    const dt2 = document.createElement("dt");
    dt2.textContent = label;
    const dd = document.createElement("dd");
    if (cls) dd.className = cls;
    if (typeof value2 === "string") dd.textContent = value2;
    else dd.appendChild(value2);
    dl.append(dt2, dd);
  }
  function tensorItem(name, typeLine, quant) {
    const li = document.createElement("li");
    const info = document.createElement("span");
    info.className = "muted";
    info.textContent = typeLine;
    li.append(name, info);
    if (quant) {
      const q2 = document.createElement("div");
      q2.className = "muted quant";
      q2.textContent = quant;
      li.appendChild(q2);
    }
    return li;
  }
  function tensorList(g, edges, end, onGoto) {
    const ul = document.createElement("ul");
    for (const e of edges) {
      const m = g.edges[e];
      const other = end === "from" ? g.edgeFrom[e] : g.edgeTo[e];
      const link = document.createElement("button");
      link.className = "link";
      link.textContent = m.tensor;
      link.title = `${end === "from" ? "From" : "To"} ${g.nodes[other].name}`;
      link.addEventListener("click", () => onGoto(other));
      ul.appendChild(tensorItem(link, ` ${typeText(m.dtype, m.shape)}`, m.quant));
    }
    return ul;
  }
  function paramList(params) {
    const ul = document.createElement("ul");
    for (const p of params) {
      const name = document.createElement("span");
      name.className = "mono";
      name.textContent = p.tensor;
      ul.appendChild(tensorItem(name, ` ${typeText(p.dtype, p.shape)}${p.via ? `, from ${p.via}` : ""}`, p.quant));
    }
    return ul;
  }
  var db = (v) => sqnrText(v);
  function renderDetails(panel, g, node, overlay, onClose, onGoto) {
    const n = g.nodes[node];
    panel.replaceChildren();
    panel.hidden = false;
    panel.dataset.node = n.id;
    const head = document.createElement("div");
    head.className = "details-head";
    const h = document.createElement("h2");
    h.textContent = n.op;
    head.append(h, button("Close", onClose, { title: "Close the details (Escape)", secondary: true }));
    const dl = document.createElement("dl");
    row(dl, "Name", n.name, "mono");
    row(dl, "Domain", n.domain || "ai.onnx (default)");
    row(dl, "Scope", n.scope || "(top level)", "mono");
    row(dl, "Output", typeText(n.dtype, n.shape), n.dtype || n.shape ? void 0 : "muted");
    row(dl, "Layout", n.layout ?? "plain (NCHW or not an image tensor)");
    if (n.quant) row(dl, "Quantization", n.quant);
    if (n.inserted) row(dl, "Inserted", "by the compiler (it replaces no source node)");
    if (n.origin.length) row(dl, "Origin", n.origin.join("\n"), "mono pre");
    const ins = Array.from(g.inList.subarray(g.inStart[node], g.inStart[node + 1]));
    const outs = Array.from(g.outList.subarray(g.outStart[node], g.outStart[node + 1]));
    if (ins.length) row(dl, "Inputs", tensorList(g, ins, "from", onGoto));
    if (outs.length) row(dl, "Consumers", tensorList(g, outs, "to", onGoto));
    if (n.params?.length) row(dl, "Parameters", paramList(n.params));
    if (overlay) {
      row(dl, "SQNR", db(overlay.sqnr[node]), Number.isNaN(overlay.sqnr[node]) ? "muted" : overlay.sqnr[node] < overlay.threshold ? "error" : "");
      row(dl, "Local SQNR", db(overlay.local[node]));
      if (overlay.rank[node] > 0) row(dl, "Culprit", `#${overlay.rank[node]} (${overlay.kind.get(node) ?? "unknown"})`, "error");
    }
    panel.append(head, dl);
  }

  // webview/graph/graph-chrome.ts
  function div(cls, role) {
    const e = document.createElement("div");
    e.className = cls;
    if (role) e.setAttribute("role", role);
    return e;
  }
  var GraphChrome = class {
    /** Appends toolbar, note, main (area, failure, details) and foot (legend, status) to `root`. */
    constructor(root2, toolbar) {
      this.root = root2;
      this.failure.hidden = true;
      this.details.className = "details";
      this.details.hidden = true;
      this.details.setAttribute("aria-label", "Selected node");
      this.note.hidden = true;
      const main = div("graph-main");
      main.append(this.area, this.failure, this.details);
      const foot = div("graph-foot");
      foot.append(this.legend, this.status);
      root2.append(toolbar, this.note, main, foot);
    }
    root;
    note = div("graph-note", "note");
    /** Where the renderer draws. */
    area = div("graph-area");
    failure = div("graph-failure", "alert");
    details = document.createElement("aside");
    legend = div("legend");
    status = div("status muted", "status");
    setStatus(text, error = false) {
      this.status.textContent = text;
      this.status.classList.toggle("error", error);
    }
    /** The note above the graph (why the model is shown as written), or none. */
    setNote(text) {
      this.note.textContent = text ?? "";
      this.note.hidden = !text;
    }
    /** A model did not compile: say so in place of the graph, with nothing of the previous model left around it. */
    showFailure(file, message) {
      const h = document.createElement("h2");
      h.textContent = `QuantLens could not compile ${file}`;
      const p = document.createElement("p");
      p.className = "failure-message";
      p.textContent = message;
      const hint = document.createElement("p");
      hint.className = "muted";
      hint.textContent = "The graph shows the model again once it compiles. The QuantLens output has the details.";
      this.failure.replaceChildren(h, p, hint);
      this.failure.hidden = false;
      this.area.hidden = true;
      this.details.hidden = true;
      this.legend.replaceChildren();
      this.setNote(null);
      this.root.dataset.failure = "shown";
      this.setStatus("");
    }
    hideFailure() {
      this.failure.hidden = true;
      this.area.hidden = false;
      delete this.root.dataset.failure;
    }
  };

  // webview/graph/graph-search.ts
  var GraphSearch = class {
    text = "";
    matches = [];
    /** Index into `matches`; -1 before the first jump. */
    current = -1;
    /** Find the hits of the current text in `vm` (lower-case names and ops, made once per graph). */
    compute(vm) {
      const q2 = this.text.trim().toLowerCase();
      this.current = -1;
      this.matches = [];
      if (!vm || !q2) return;
      vm.haystack ??= vm.graph.nodes.map((n) => `${n.name}
${n.op}`.toLowerCase());
      vm.haystack.forEach((h, i) => {
        if (h.includes(q2)) this.matches.push(i);
      });
    }
    /** "2 / 7", "no match", or '' with no search. */
    countText() {
      if (!this.text.trim()) return "";
      if (!this.matches.length) return "no match";
      return `${this.current >= 0 ? this.current + 1 : "\u2013"} / ${this.matches.length}`;
    }
    /** Move to the next (1) or previous (-1) hit, wrapping; returns its node, or -1 with no hit. */
    step(dir) {
      const n = this.matches.length;
      if (!n) return -1;
      this.current = this.current < 0 ? dir > 0 ? 0 : n - 1 : (this.current + dir + n) % n;
      return this.matches[this.current];
    }
  };

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
  function newGroup(id2, parent) {
    return { id: id2, label: "", parent, members: [], size: 0, first: Number.MAX_SAFE_INTEGER, ops: [], dtypes: [], chunk: false };
  }
  var memberFirst = (tree, m) => m.kind === "node" ? m.index : tree.groups.get(m.id).first;
  function relativeLabel(id2, parent) {
    if (parent && id2.startsWith(`${parent}/`)) return id2.slice(parent.length + 1);
    return id2.replace(/^\/+/, "") || id2;
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
      for (let k2 = g.inStart[i]; k2 < g.inStart[i + 1]; k2++) around.push(g.nodes[g.edgeFrom[g.inList[k2]]].scope);
      for (let k2 = g.outStart[i]; k2 < g.outStart[i + 1]; k2++) around.push(g.nodes[g.edgeTo[g.outList[k2]]].scope);
      if (!around.length || around.some((s2) => !s2)) return "";
      let common = scopeChain(around[0]);
      for (const s2 of around.slice(1)) {
        const chain = scopeChain(s2);
        let k2 = 0;
        while (k2 < common.length && k2 < chain.length && common[k2] === chain[k2]) k2++;
        common = common.slice(0, k2);
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
      g.members.forEach((m, k2) => {
        if (m.kind !== "group") return;
        const c = groups.get(m.id);
        if (c.members.length !== 1) return;
        groups.delete(c.id);
        const only = c.members[0];
        if (only.kind === "node") tree.nodeGroup[only.index] = g.id;
        else groups.get(only.id).parent = g.id;
        g.members[k2] = only;
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
          for (const [k2, v] of c.ops) ops.set(k2, (ops.get(k2) ?? 0) + v);
          for (const [k2, v] of c.dtypes) dtypes.set(k2, (dtypes.get(k2) ?? 0) + v);
        }
      }
      g.ops = [...ops].sort((a2, b) => b[1] - a2[1]);
      g.dtypes = [...dtypes].sort((a2, b) => b[1] - a2[1]);
      g.members.sort((a2, b) => memberFirst(tree, a2) - memberFirst(tree, b));
    }
    for (const g of [...groups.values()]) chunk(tree, nodes, g);
    return tree;
  }
  function chunk(tree, nodes, g) {
    let level = 0;
    while (g.members.length > MAX_MEMBERS) {
      const chunks = [];
      for (let s2 = 0; s2 < g.members.length; s2 += CHUNK) {
        const part = g.members.slice(s2, s2 + CHUNK);
        const id2 = `${g.id}${CHUNK_MARK}${level}.${s2 / CHUNK}`;
        const c = newGroup(id2, g.id);
        c.chunk = true;
        c.members = part;
        const first = memberLabel(tree, nodes, part[0]);
        const last = memberLabel(tree, nodes, part[part.length - 1]);
        c.label = `${first} \u2026 ${last}`;
        const ops = /* @__PURE__ */ new Map();
        const dtypes = /* @__PURE__ */ new Map();
        for (const m of part) {
          if (m.kind === "node") {
            tree.nodeGroup[m.index] = id2;
            const n = nodes[m.index];
            c.size++;
            ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
            dtypes.set(n.dtype ?? "?", (dtypes.get(n.dtype ?? "?") ?? 0) + 1);
          } else {
            const sub = tree.groups.get(m.id);
            sub.parent = id2;
            c.size += sub.size;
            for (const [k2, v] of sub.ops) ops.set(k2, (ops.get(k2) ?? 0) + v);
            for (const [k2, v] of sub.dtypes) dtypes.set(k2, (dtypes.get(k2) ?? 0) + v);
          }
          c.first = Math.min(c.first, memberFirst(tree, m));
        }
        c.ops = [...ops].sort((a2, b) => b[1] - a2[1]);
        c.dtypes = [...dtypes].sort((a2, b) => b[1] - a2[1]);
        tree.groups.set(id2, c);
        chunks.push({ kind: "group", id: id2 });
      }
      g.members = chunks;
      level++;
    }
  }
  function nodesUnder(tree, id2) {
    let out = tree.under.get(id2);
    if (out) return out;
    const list = [];
    const stack = [id2];
    while (stack.length) {
      for (const m of tree.groups.get(stack.pop()).members) {
        if (m.kind === "node") list.push(m.index);
        else stack.push(m.id);
      }
    }
    out = Int32Array.from(list);
    tree.under.set(id2, out);
    return out;
  }
  function groupPath(tree, node) {
    const out = [];
    for (let g = tree.nodeGroup[node]; g !== null && g !== ROOT; g = tree.groups.get(g)?.parent ?? null) out.push(g);
    return out.reverse();
  }
  function defaultExpanded(tree, budget = 300) {
    const open = /* @__PURE__ */ new Set();
    const groupsOf = (g) => g.members.flatMap((m) => m.kind === "group" ? [tree.groups.get(m.id)] : []);
    let visible = tree.groups.get(ROOT).members.length;
    let level = groupsOf(tree.groups.get(ROOT));
    while (level.length) {
      const grows = level.reduce((a2, g) => a2 + g.members.length - 1, 0);
      if (visible + grows > budget) break;
      visible += grows;
      for (const g of level) open.add(g.id);
      level = level.flatMap(groupsOf);
    }
    return open;
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
    const markFolded = (id2, item2) => {
      for (const i of nodesUnder(tree, id2)) nodeItem[i] = item2;
    };
    const open = (id2, item2) => {
      const children2 = [];
      for (const m of tree.groups.get(id2).members) {
        if (m.kind === "node") {
          const leaf = add("leaf", `n${m.index}`, m.index, "", item2, children2.length);
          nodeItem[m.index] = leaf;
          children2.push(leaf);
        } else if (expanded.has(m.id)) {
          const frame2 = add("frame", `g:${m.id}`, -1, m.id, item2, children2.length);
          children2.push(frame2);
          open(m.id, frame2);
        } else {
          const folded = add("folded", `g:${m.id}`, -1, m.id, item2, children2.length);
          children2.push(folded);
          markFolded(m.id, folded);
        }
      }
      containerOf.set(item2, containers.length);
      containers.push({ item: item2, children: children2, edges: [] });
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
        let x2 = ua;
        let y2 = ub;
        while (depth[x2] > depth[y2]) x2 = parent[x2];
        while (depth[y2] > depth[x2]) y2 = parent[y2];
        while (parent[x2] !== parent[y2]) {
          x2 = parent[x2];
          y2 = parent[y2];
        }
        const ci = containerOf.get(parent[x2]);
        const liftKey = posInParent[x2] * n + posInParent[y2];
        let local2 = lifted[ci].get(liftKey);
        if (local2 === void 0) {
          local2 = containers[ci].edges.length / 2;
          containers[ci].edges.push(posInParent[x2], posInParent[y2]);
          lifted[ci].set(liftKey, local2);
        }
        ve2 = { from: ua, to: ub, edges: [], container: ci, local: local2, outer: [x2, y2] };
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

  // webview/graph/layout-runner.ts
  var LayoutRunner = class {
    constructor(client, status) {
      this.client = client;
      this.status = status;
    }
    client;
    status;
    seq = 0;
    cancel() {
      this.seq++;
    }
    /** The visible graph of `vm` laid out, or null when a newer layout started meanwhile or it failed. */
    async run(vm) {
      const seq = ++this.seq;
      const vg = visibleGraph(vm.graph, vm.tree, vm.expanded);
      const slow = window.setTimeout(() => this.status(`Laying out ${vg.kinds.length - 1} items\u2026`), 150);
      try {
        const client = await this.client;
        const result = await client.layout(vg.request);
        return seq === this.seq ? { vg, result, where: client.where } : null;
      } catch (e) {
        if (seq === this.seq) this.status(`Layout failed: ${e instanceof Error ? e.message : String(e)}`, true);
        return null;
      } finally {
        window.clearTimeout(slow);
      }
    }
  };

  // webview/graph/layout-summary.ts
  function layoutSummary(vg, total) {
    const counts = { leaf: 0, folded: 0, frame: 0 };
    for (const k2 of vg.kinds) if (k2 !== "root") counts[k2]++;
    const plural = (n, one2, many) => `${n.toLocaleString()} ${n === 1 ? one2 : many}`;
    const status = counts.folded ? `${plural(total, "node", "nodes")} \xB7 showing ${plural(counts.leaf, "node", "nodes")} and ${plural(counts.folded, "folded group", "folded groups")}` : `${plural(total, "node", "nodes")}, all shown`;
    return { status, counts: { leaves: String(counts.leaf), folded: String(counts.folded), frames: String(counts.frame), edges: String(vg.edges.length) } };
  }

  // webview/graph/legend.ts
  function legendContent(vm, vg, o) {
    return {
      dtypes: vm.dtypes,
      badges: vm.badges,
      inserted: vm.inserted,
      folded: (vg?.kinds ?? []).includes("folded"),
      overlay: o ? { threshold: o.threshold, culprits: o.rank.some((r) => r > 0) ? 1 : 0, path: o.path.length > 1 ? o.rank[o.focus] > 0 ? "culprit 1" : "the first layer below the threshold" : null } : null
    };
  }
  var SVG_NS = "http://www.w3.org/2000/svg";
  function item(parent, swatch2, text, key) {
    const span = document.createElement("span");
    span.className = "legend-item";
    if (key) span.dataset.key = key;
    span.append(swatch2, document.createTextNode(text));
    parent.appendChild(span);
  }
  function swatch(color2, cls = "swatch") {
    const s2 = document.createElement("span");
    s2.className = cls;
    s2.style.background = color2;
    return s2;
  }
  function sqnrScale(p) {
    const w = 180;
    const svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("class", "sqnr-scale");
    svg.setAttribute("width", String(w + 40));
    svg.setAttribute("height", "26");
    const grad = document.createElementNS(SVG_NS, "linearGradient");
    grad.id = "ql-sqnr-gradient";
    const stops = p.sqnrStops;
    const lo = stops[0].db;
    const hi = stops[stops.length - 1].db;
    for (const s2 of stops) {
      const st2 = document.createElementNS(SVG_NS, "stop");
      st2.setAttribute("offset", `${(s2.db - lo) / (hi - lo) * 100}%`);
      st2.setAttribute("stop-color", s2.color);
      grad.appendChild(st2);
    }
    const defs = document.createElementNS(SVG_NS, "defs");
    defs.appendChild(grad);
    const bar = document.createElementNS(SVG_NS, "rect");
    for (const [k2, v] of Object.entries({ x: 20, y: 2, width: w, height: 10, rx: 2, fill: "url(#ql-sqnr-gradient)" })) bar.setAttribute(k2, String(v));
    svg.append(defs, bar);
    for (const s2 of stops) {
      const x2 = 20 + (s2.db - lo) / (hi - lo) * w;
      const t = document.createElementNS(SVG_NS, "text");
      t.setAttribute("x", String(x2));
      t.setAttribute("y", "24");
      t.setAttribute("text-anchor", "middle");
      t.textContent = `${s2.db === stops[1].db ? "" : s2.db < stops[1].db ? "\u2264" : "\u2265"}${s2.db} dB`;
      svg.appendChild(t);
    }
    return svg;
  }
  function renderLegend(el2, c, p) {
    el2.replaceChildren();
    if (c.overlay) {
      const label = document.createElement("span");
      label.className = "legend-title";
      label.textContent = `SQNR (threshold ${c.overlay.threshold} dB)`;
      el2.append(label, sqnrScale(p));
      item(el2, swatch(p.background, "swatch no-data"), "not compared", "no-data");
      if (c.overlay.culprits) {
        const mark = document.createElement("span");
        mark.className = "culprit-mark";
        mark.textContent = "1";
        item(el2, mark, "culprit (rank)", "culprit");
      }
      if (c.overlay.path) item(el2, swatch(p.red, "swatch path"), `path from the input to ${c.overlay.path}`, "path");
    } else {
      for (const [d, count] of c.dtypes) item(el2, swatch(p.dtype(d === "?" ? null : d)), `${d === "?" ? "type not declared" : d} (${count})`, `dtype:${d}`);
    }
    for (const b of c.badges) {
      const badge = document.createElement("span");
      badge.className = "badge-sample";
      badge.textContent = b;
      item(el2, badge, b.startsWith("NCHW") ? "blocked channels" : "channels last", `badge:${b}`);
    }
    if (c.inserted) item(el2, swatch("transparent", "swatch dashed"), "inserted by the compiler", "inserted");
    if (c.folded) item(el2, swatch("transparent", "swatch folded"), "folded group: click to unfold", "folded");
  }

  // webview/graph/overlay-model.ts
  var GROUP_COLOUR_SHARE = 0.25;
  function overlayModel(g, tree, o) {
    const n = g.nodes.length;
    const sqnr = new Float64Array(n).fill(NaN);
    const local2 = new Float64Array(n).fill(NaN);
    const rank = new Int32Array(n);
    const kind = /* @__PURE__ */ new Map();
    for (const [id2, v] of Object.entries(o.byNode)) {
      const i = g.byId.get(id2);
      if (i === void 0 || !v) continue;
      if (typeof v.sqnrDb === "number") sqnr[i] = v.sqnrDb;
      if (typeof v.localSqnrDb === "number") local2[i] = v.localSqnrDb;
    }
    for (const c of o.culprits) {
      const i = g.byId.get(c.node);
      if (i === void 0 || !(c.rank > 0)) continue;
      if (rank[i] === 0 || c.rank < rank[i]) {
        rank[i] = c.rank;
        kind.set(i, c.kind);
      }
    }
    const groupSqnr = /* @__PURE__ */ new Map();
    const groupRank = /* @__PURE__ */ new Map();
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(sqnr[i]) && rank[i] === 0) continue;
      for (let grp = tree.nodeGroup[i]; grp !== null && grp !== ROOT; grp = tree.groups.get(grp)?.parent ?? null) {
        if (!Number.isNaN(sqnr[i]) && (tree.groups.get(grp)?.size ?? 0) <= GROUP_COLOUR_SHARE * n) groupSqnr.set(grp, Math.min(groupSqnr.get(grp) ?? Infinity, sqnr[i]));
        if (rank[i] > 0) groupRank.set(grp, Math.min(groupRank.get(grp) ?? Infinity, rank[i]));
      }
    }
    let focus = -1;
    for (let i = 0; i < n; i++) if (rank[i] > 0 && (focus < 0 || rank[i] < rank[focus])) focus = i;
    if (focus < 0 && o.firstBad) focus = g.byId.get(o.firstBad) ?? -1;
    return { threshold: o.threshold, sqnr, local: local2, rank, kind, groupSqnr, groupRank, path: focus >= 0 ? errorPath(g, sqnr, focus) : [], focus };
  }
  function errorPath(g, sqnr, top) {
    const path2 = [top];
    const seen = new Set(path2);
    for (let cur = top; ; ) {
      let best = -1;
      for (let k2 = g.inStart[cur]; k2 < g.inStart[cur + 1]; k2++) {
        const p = g.edgeFrom[g.inList[k2]];
        if (seen.has(p)) continue;
        const s2 = Number.isNaN(sqnr[p]) ? Infinity : sqnr[p];
        const b = best < 0 ? Infinity : Number.isNaN(sqnr[best]) ? Infinity : sqnr[best];
        if (best < 0 || s2 < b) best = p;
      }
      if (best < 0) break;
      path2.push(best);
      seen.add(best);
      cur = best;
    }
    return path2.reverse();
  }

  // webview/graph/hover-tooltip.ts
  var HoverTooltip = class {
    constructor(root2) {
      this.root = root2;
      this.tip = document.createElement("div");
      this.tip.className = "tooltip";
      this.tip.hidden = true;
      root2.appendChild(this.tip);
    }
    root;
    tip;
    hide() {
      this.tip.hidden = true;
    }
    /** Show `text()` while the pointer is over `target` (computed on entry: tooltips of thousands of items cost nothing until then). */
    attach(target, text) {
      target.addEventListener("mouseenter", (ev) => {
        this.tip.textContent = text();
        this.tip.hidden = false;
        this.place(ev);
      });
      target.addEventListener("mousemove", (ev) => this.place(ev));
      target.addEventListener("mouseleave", () => this.hide());
    }
    place(ev) {
      const box = this.root.getBoundingClientRect();
      const x2 = Math.min(ev.clientX - box.left + 14, box.width - this.tip.offsetWidth - 4);
      const y2 = Math.min(ev.clientY - box.top + 14, box.height - this.tip.offsetHeight - 4);
      this.tip.style.left = `${Math.max(0, x2)}px`;
      this.tip.style.top = `${Math.max(0, y2)}px`;
    }
  };

  // webview/graph/items-in-view.ts
  function overlaps(r, i, a2) {
    return r[4 * i] < a2.x1 && r[4 * i] + r[4 * i + 2] > a2.x0 && r[4 * i + 1] < a2.y1 && r[4 * i + 1] + r[4 * i + 3] > a2.y0;
  }
  function boxesIn(s2, a2) {
    let n = 0;
    for (let i = 1; i < s2.vg.kinds.length; i++) if (s2.vg.kinds[i] !== "frame" && overlaps(s2.rects, i, a2)) n++;
    return n;
  }
  function itemsIn(s2, a2) {
    const r = s2.rects;
    const nodes = [];
    const frames = [];
    for (let i = 1; i < s2.vg.kinds.length; i++) if (overlaps(r, i, a2)) (s2.vg.kinds[i] === "frame" ? frames : nodes).push(i);
    nodes.sort((p, q2) => r[4 * p + 1] - r[4 * q2 + 1] || r[4 * p] - r[4 * q2]);
    const edges = [];
    const b = s2.edgeBox;
    for (let e = 0; e < s2.points.length; e++) if (b[4 * e] < a2.x1 && b[4 * e + 2] > a2.x0 && b[4 * e + 1] < a2.y1 && b[4 * e + 3] > a2.y0) edges.push(e);
    return { frames, edges, nodes };
  }

  // webview/graph/pan-zoom-keys.ts
  var STEP_PX = 80;
  function panZoomKey(key, v) {
    const keys = {
      "+": () => v.zoomBy(1.25),
      "=": () => v.zoomBy(1.25),
      "-": () => v.zoomBy(0.8),
      "0": () => v.fit(),
      ArrowLeft: () => v.panBy(STEP_PX, 0),
      ArrowRight: () => v.panBy(-STEP_PX, 0),
      ArrowUp: () => v.panBy(0, STEP_PX),
      ArrowDown: () => v.panBy(0, -STEP_PX)
    };
    return keys[key] ?? null;
  }

  // webview/graph/overview.ts
  function drawOverview(canvas, s2, dec, p, t, v) {
    const ctx = canvas.getContext("2d");
    if (!ctx) return 0;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    const px = 1 / t.k;
    const r = s2.rects;
    const n = s2.vg.kinds.length;
    const inView = (i) => r[4 * i] < v.x1 && r[4 * i] + r[4 * i + 2] > v.x0 && r[4 * i + 1] < v.y1 && r[4 * i + 1] + r[4 * i + 3] > v.y0;
    ctx.lineWidth = px;
    ctx.strokeStyle = p.lines;
    for (let i = 1; i < n; i++) if (s2.vg.kinds[i] === "frame" && inView(i)) ctx.strokeRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
    const b = s2.edgeBox;
    const strokeEdges = (pick) => {
      ctx.beginPath();
      for (let e = 0; e < s2.points.length; e++) {
        if (!(b[4 * e] < v.x1 && b[4 * e + 2] > v.x0 && b[4 * e + 1] < v.y1 && b[4 * e + 3] > v.y0) || !pick(e)) continue;
        const pts = s2.points[e];
        ctx.moveTo(pts[0], pts[1]);
        for (let k2 = 2; k2 < pts.length; k2 += 2) ctx.lineTo(pts[k2], pts[k2 + 1]);
      }
      ctx.stroke();
    };
    strokeEdges((e) => !dec.pathEdges.has(e));
    let drawn = 0;
    for (let i = 1; i < n; i++) {
      if (s2.vg.kinds[i] === "frame" || !inView(i)) continue;
      drawn++;
      const sq = dec.overlay ? dec.overlay.sqnr[i] : NaN;
      ctx.fillStyle = dec.overlay ? Number.isNaN(sq) ? p.muted : p.sqnr(sq) : p.dtype(s2.text(i).dtype);
      ctx.fillRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
    }
    if (dec.pathEdges.size) {
      ctx.strokeStyle = p.red;
      ctx.lineWidth = 3 * px;
      strokeEdges((e) => dec.pathEdges.has(e));
    }
    const outline = (i, color2, width) => {
      if (i < 1 || !inView(i)) return;
      ctx.strokeStyle = color2;
      ctx.lineWidth = width * px;
      ctx.strokeRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
    };
    for (const i of dec.matches) outline(i, p.match, 2);
    if (dec.overlay) {
      ctx.fillStyle = p.red;
      for (let i = 1; i < n; i++) {
        if (dec.overlay.rank[i] > 0 && inView(i)) {
          ctx.beginPath();
          ctx.arc(r[4 * i], r[4 * i + 1], 6 * px, 0, 2 * Math.PI);
          ctx.fill();
        }
      }
    }
    outline(dec.selected, p.focus, 3);
    return drawn;
  }
  function itemAt(s2, wx, wy) {
    const r = s2.rects;
    for (let i = 1; i < s2.vg.kinds.length; i++) {
      if (s2.vg.kinds[i] === "frame") continue;
      if (wx >= r[4 * i] && wx <= r[4 * i] + r[4 * i + 2] && wy >= r[4 * i + 1] && wy <= r[4 * i + 1] + r[4 * i + 3]) return i;
    }
    return -1;
  }

  // webview/graph/svg-items.ts
  var SVG_NS2 = "http://www.w3.org/2000/svg";
  function el(tag, attrs, parent) {
    const e = document.createElementNS(SVG_NS2, tag);
    for (const [k2, v] of Object.entries(attrs)) e.setAttribute(k2, String(v));
    parent?.appendChild(e);
    return e;
  }
  function createSvgLayers(parent) {
    const svg = el("svg", { class: "graph", tabindex: 0, role: "group", "aria-label": "Graph. Arrow keys pan, plus and minus zoom, 0 fits." }, parent);
    const defs = el("defs", {}, svg);
    for (const id2 of ["ql-arrow", "ql-arrow-path"]) {
      const m = el("marker", { id: id2, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", class: id2 }, m);
    }
    const viewport = el("g", { class: "viewport" }, svg);
    return { svg, viewport, frames: el("g", { class: "frames" }, viewport), edges: el("g", { class: "edges" }, viewport), nodes: el("g", { class: "nodes" }, viewport) };
  }
  var edgeLine = line().curve(basis2);
  function onActivate(target, item2, ctx) {
    target.addEventListener("click", (ev) => {
      ev.stopPropagation();
      ctx.activate(item2);
    });
    target.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        ev.stopPropagation();
        ctx.activate(item2);
      }
    });
  }
  function buildFrame(g, item2, ctx) {
    const t = ctx.scene.text(item2);
    g.setAttribute("class", "frame");
    g.dataset.key = ctx.scene.vg.keys[item2];
    el("rect", { class: "frame-box", rx: 6 }, g);
    const header = el("g", { class: "frame-header", tabindex: 0, role: "button", "aria-label": t.aria }, g);
    el("rect", { class: "frame-header-box", rx: 6, height: 22 }, header);
    el("text", { class: "frame-fold", x: 8, y: 15 }, header).textContent = "\u2212";
    el("text", { class: "frame-title", x: 22, y: 15 }, header).textContent = t.title;
    onActivate(header, item2, ctx);
    ctx.hover(header, () => t.tooltip);
  }
  function updateFrame(g, item2, ctx, drawn) {
    const r = ctx.scene.rects;
    const [fx, fy, fw, fh] = [r[4 * item2], r[4 * item2 + 1], r[4 * item2 + 2], r[4 * item2 + 3]];
    g.setAttribute("transform", `translate(${fx},${fy})`);
    const [x0, y0] = [Math.max(fx, drawn.x0), Math.max(fy, drawn.y0)];
    const [x1, y1] = [Math.min(fx + fw, drawn.x1), Math.min(fy + fh, drawn.y1)];
    const box = g.firstElementChild;
    box.setAttribute("x", String(x0 - fx));
    box.setAttribute("y", String(y0 - fy));
    box.setAttribute("width", String(Math.max(0, x1 - x0)));
    box.setAttribute("height", String(Math.max(0, y1 - y0)));
    g.querySelector(".frame-header-box").setAttribute("width", String(r[4 * item2 + 2]));
    g.classList.toggle("match", ctx.decor.matches.has(item2));
    g.classList.toggle("on-path", ctx.decor.pathItems.has(item2));
  }
  function buildEdge(g, e, ctx) {
    const scene = ctx.scene;
    const ve2 = scene.vg.edges[e];
    g.setAttribute("class", "edge");
    g.dataset.key = `${scene.vg.keys[ve2.from]}>${scene.vg.keys[ve2.to]}`;
    el("path", { class: "hit" }, g);
    el("path", { class: "line", "marker-end": "url(#ql-arrow)" }, g);
    ctx.hover(g, () => scene.edgeTooltip(e));
  }
  function updateEdge(g, e, ctx, paths) {
    let d = paths[e];
    if (d === void 0) {
      const p = ctx.scene.points[e];
      const pts = [];
      for (let k2 = 0; k2 < p.length; k2 += 2) pts.push([p[k2], p[k2 + 1]]);
      d = paths[e] = edgeLine(pts) ?? "";
    }
    const onPath = ctx.decor.pathEdges.has(e);
    g.classList.toggle("path", onPath);
    for (const p of Array.from(g.children)) p.setAttribute("d", d);
    g.lastElementChild.setAttribute("marker-end", onPath ? "url(#ql-arrow-path)" : "url(#ql-arrow)");
  }
  function buildNode(g, item2, ctx) {
    const s2 = ctx.scene;
    const kind = s2.vg.kinds[item2];
    const t = s2.text(item2);
    const w = s2.rects[4 * item2 + 2];
    const h = s2.rects[4 * item2 + 3];
    g.setAttribute("class", `node ${kind === "leaf" ? "leaf" : "group"}${t.inserted ? " inserted" : ""}`);
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", t.aria);
    g.dataset.key = s2.vg.keys[item2];
    if (kind === "leaf") g.dataset.node = s2.vg.node[item2] >= 0 ? String(s2.vg.node[item2]) : "";
    else g.dataset.group = s2.vg.group[item2];
    if (t.dtype) g.dataset.dtype = t.dtype;
    el("rect", { class: "ring", x: -4, y: -4, width: w + 8, height: h + 8, rx: 8 }, g);
    if (kind === "folded") el("rect", { class: "stack", x: 4, y: -4, width: w, height: h, rx: 5 }, g);
    el("rect", { class: "body", width: w, height: h, rx: 5 }, g);
    el("rect", { class: "stripe", width: 5, height: h, rx: 2 }, g);
    el("text", { class: "title", x: 12, y: 16 }, g).textContent = t.title;
    el("text", { class: "sub", x: 12, y: 31 }, g).textContent = t.sub;
    if (t.ops) el("text", { class: "sub ops", x: 12, y: 45 }, g).textContent = t.ops;
    if (t.badge) {
      const bw = t.badge.length * 6.6 + 10;
      const badge = el("g", { class: "badge", transform: `translate(${w - bw - 4},4)` }, g);
      el("rect", { width: bw, height: 13, rx: 6 }, badge);
      el("text", { x: bw / 2, y: 10 }, badge).textContent = t.badge;
    }
    if (kind === "folded") {
      el("text", { class: "fold", x: w - 14, y: 18 }, g).textContent = "+";
      const bar = el("g", { class: "dtype-bar", transform: `translate(10,${h - 9})` }, g);
      const total = (t.dtypes ?? []).reduce((a2, [, c]) => a2 + c, 0) || 1;
      let x2 = 0;
      for (const [d, c] of t.dtypes ?? []) {
        const bw = (w - 20) * c / total;
        const seg = el("rect", { x: x2, width: Math.max(1, bw), height: 4 }, bar);
        seg.dataset.dtype = d;
        x2 += bw;
      }
    }
    const culprit = el("g", { class: "culprit", transform: "translate(0,0)" }, g);
    el("circle", { r: 9 }, culprit);
    el("text", { y: 4 }, culprit);
    onActivate(g, item2, ctx);
    ctx.hover(g, () => t.tooltip);
  }
  function updateNode(g, item2, ctx) {
    const { scene: s2, decor: dec, palette: p } = ctx;
    const r = s2.rects;
    const t = s2.text(item2);
    g.setAttribute("transform", `translate(${r[4 * item2]},${r[4 * item2 + 1]})`);
    g.classList.toggle("selected", dec.selected === item2);
    g.classList.toggle("match", dec.matches.has(item2));
    g.classList.toggle("current", dec.current === item2);
    g.classList.toggle("on-path", dec.pathItems.has(item2));
    const color2 = p.dtype(t.dtype);
    const body = g.querySelector("rect.body");
    const sq = dec.overlay ? dec.overlay.sqnr[item2] : NaN;
    g.classList.toggle("overlay", !!dec.overlay);
    g.classList.toggle("no-data", !!dec.overlay && Number.isNaN(sq));
    body.style.fill = dec.overlay ? Number.isNaN(sq) ? p.background : p.sqnr(sq) : color2;
    body.style.stroke = dec.overlay ? Number.isNaN(sq) ? p.lines : p.sqnr(sq) : color2;
    if (dec.overlay && !Number.isNaN(sq)) g.dataset.sqnr = sq.toFixed(2);
    else delete g.dataset.sqnr;
    g.querySelector("rect.stripe").style.fill = color2;
    for (const seg of Array.from(g.querySelectorAll(".dtype-bar rect"))) seg.style.fill = p.dtype(seg.dataset.dtype ?? null);
    const rank = dec.overlay ? dec.overlay.rank[item2] : 0;
    const culprit = g.querySelector("g.culprit");
    culprit.style.display = rank > 0 ? "" : "none";
    if (rank > 0) {
      culprit.lastElementChild.textContent = String(rank);
      g.dataset.culprit = String(rank);
    } else delete g.dataset.culprit;
  }

  // webview/graph/renderer.ts
  var SVG_LIMIT = 1500;
  var READABLE_ZOOM = 0.5;
  var HOME_ZOOM = 0.8;
  var LABEL_ZOOM = 0.45;
  var GraphRenderer = class {
    constructor(parent, events) {
      this.events = events;
      this.root = document.createElement("div");
      this.root.className = "graph-canvas";
      parent.appendChild(this.root);
      this.canvas = document.createElement("canvas");
      this.canvas.className = "overview";
      this.root.appendChild(this.canvas);
      const layers = createSvgLayers(this.root);
      this.svg = select(layers.svg);
      this.viewport = select(layers.viewport);
      this.frameLayer = select(layers.frames);
      this.edgeLayer = select(layers.edges);
      this.nodeLayer = select(layers.nodes);
      this.tooltip = new HoverTooltip(this.root);
      this.zoomer = zoom2().scaleExtent([0.05, 4]).on("zoom", (ev) => {
        if (ev.sourceEvent) this.autoPlace = null;
        this.t = ev.transform;
        this.viewport.attr("transform", this.t.toString());
        this.svg.classed("zoomed-out", this.t.k < LABEL_ZOOM);
        this.tooltip.hide();
        this.schedule();
        this.events.zoomed(this.transform, false);
      }).on("end", () => this.events.zoomed(this.transform, true));
      this.svg.call(this.zoomer).on("dblclick.zoom", null);
      this.svg.on("keydown", (ev) => this.onKey(ev));
      this.svg.on("click", (ev) => this.onCanvasClick(ev));
      new ResizeObserver(() => this.resize()).observe(this.root);
      this.resize();
    }
    events;
    root;
    svg;
    viewport;
    frameLayer;
    edgeLayer;
    nodeLayer;
    canvas;
    tooltip;
    zoomer;
    t = identity3;
    scene = null;
    decor = null;
    palette = null;
    itemOf = /* @__PURE__ */ new Map();
    edgeOf = /* @__PURE__ */ new Map();
    pathD = [];
    mode = "svg";
    /** The world rectangle the SVG holds, and the zoom it was drawn at. */
    drawn = null;
    raf = 0;
    size = { w: 800, h: 600 };
    /** How the page last placed the view itself (home or fit); null once the user or a reveal moved it. */
    autoPlace = null;
    get transform() {
      return { x: this.t.x, y: this.t.y, k: this.t.k };
    }
    setScene(scene, decor, palette) {
      this.scene = scene;
      this.decor = decor;
      this.palette = palette;
      this.itemOf = new Map(scene.vg.keys.map((k2, i) => [k2, i]));
      this.edgeOf = new Map(scene.vg.edges.map((e, i) => [`${scene.vg.keys[e.from]}>${scene.vg.keys[e.to]}`, i]));
      this.pathD = new Array(scene.points.length);
      this.frameLayer.selectAll("*").remove();
      this.nodeLayer.selectAll("*").remove();
      this.edgeLayer.selectAll("*").remove();
      const r = this.worldBounds();
      const fitK = Math.min(this.size.w / r.w, this.size.h / r.h);
      this.zoomer.scaleExtent([Math.min(0.05, fitK * 0.5), 4]);
      this.redraw();
    }
    setDecor(decor) {
      this.decor = decor;
      this.redraw();
    }
    setPalette(palette) {
      this.palette = palette;
      this.redraw();
    }
    /** Draw again now (decorations or colours changed), keeping the transform. */
    redraw() {
      this.drawn = null;
      this.draw();
    }
    setTransform(t) {
      this.autoPlace = null;
      this.svg.call(this.zoomer.transform, identity3.translate(t.x, t.y).scale(t.k));
    }
    fit() {
      this.resize();
      const r = this.worldBounds();
      const k2 = Math.min(this.size.w / r.w, this.size.h / r.h, 1.25) * 0.97;
      this.setTransform({ x: (this.size.w - r.w * k2) / 2 - r.x * k2, y: (this.size.h - r.h * k2) / 2 - r.y * k2, k: k2 });
      this.autoPlace = () => this.fit();
    }
    /**
     * The first view of a graph: all of it when it fits at a zoom where labels can be read, else its top (where the
     * input is) at a readable zoom, centred across. Deep models are tall: fitting 300 layers shows only specks.
     */
    home() {
      this.resize();
      const r = this.worldBounds();
      const fitK = Math.min(this.size.w / r.w, this.size.h / r.h, 1.25) * 0.97;
      if (fitK >= READABLE_ZOOM) {
        this.fit();
        return;
      }
      const k2 = Math.max(fitK, HOME_ZOOM);
      const x2 = r.w * k2 <= this.size.w ? (this.size.w - r.w * k2) / 2 - r.x * k2 : 12 - r.x * k2;
      this.setTransform({ x: x2, y: 12 - r.y * k2, k: k2 });
      this.autoPlace = () => this.home();
    }
    /** Centre an item, at zoom `k` (default: the current zoom, at least 0.8). */
    center(item2, k2 = Math.max(this.t.k, 0.8)) {
      const r = this.scene?.rects;
      if (!r) return;
      this.resize();
      const cx = r[4 * item2] + r[4 * item2 + 2] / 2;
      const cy = r[4 * item2 + 1] + r[4 * item2 + 3] / 2;
      this.setTransform({ x: this.size.w / 2 - cx * k2, y: this.size.h / 2 - cy * k2, k: k2 });
    }
    /** Screen position of an item's top-left corner. */
    screenOf(item2) {
      const r = this.scene?.rects;
      return r ? this.t.apply([r[4 * item2], r[4 * item2 + 1]]) : null;
    }
    focusItem(item2) {
      const key = this.scene?.vg.keys[item2];
      if (!key) return;
      const sel = `[data-key="${CSS.escape(key)}"]`;
      const target = this.root.querySelector(`g.node${sel}, g.frame${sel} .frame-header`);
      target?.focus();
    }
    worldBounds() {
      const r = this.scene?.rects;
      if (!r || r.length < 4) return { x: 0, y: 0, w: 1, h: 1 };
      return { x: r[0], y: r[1], w: Math.max(1, r[2]), h: Math.max(1, r[3]) };
    }
    resize() {
      const w = Math.max(1, this.root.clientWidth);
      const h = Math.max(1, this.root.clientHeight);
      if (w === this.size.w && h === this.size.h) return;
      const first = this.size.w <= 1 || this.size.h <= 1;
      this.size = { w, h };
      if (first && this.autoPlace && this.scene) queueMicrotask(() => this.autoPlace?.());
      const dpr = window.devicePixelRatio || 1;
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
      this.redraw();
    }
    schedule() {
      if (!this.raf) this.raf = requestAnimationFrame(() => this.draw());
    }
    draw() {
      if (this.raf) cancelAnimationFrame(this.raf);
      this.raf = 0;
      const s2 = this.scene;
      if (!s2 || !this.decor || !this.palette) return;
      const [vx0, vy0] = this.t.invert([0, 0]);
      const [vx1, vy1] = this.t.invert([this.size.w, this.size.h]);
      const mode = boxesIn(s2, { x0: vx0, y0: vy0, x1: vx1, y1: vy1 }) > SVG_LIMIT ? "canvas" : "svg";
      if (mode === "canvas") {
        if (this.mode === "svg") this.join([], [], []);
        this.mode = "canvas";
        this.drawn = null;
        this.drawCanvas(vx0, vy0, vx1, vy1);
      } else {
        if (this.mode === "canvas") this.canvas.getContext("2d")?.clearRect(0, 0, this.canvas.width, this.canvas.height);
        this.mode = "svg";
        const d = this.drawn;
        const zoomMoved = d && (this.t.k > d.k * 1.6 || this.t.k < d.k / 1.6);
        if (!d || zoomMoved || vx0 < d.x0 || vy0 < d.y0 || vx1 > d.x1 || vy1 > d.y1) {
          const mx = (vx1 - vx0) * 0.5;
          const my = (vy1 - vy0) * 0.5;
          this.drawSvg(vx0 - mx, vy0 - my, vx1 + mx, vy1 + my);
        }
      }
      this.root.dataset.mode = this.mode;
    }
    drawSvg(x0, y0, x1, y1) {
      const { frames, edges, nodes } = itemsIn(this.scene, { x0, y0, x1, y1 });
      this.drawn = { x0, y0, x1, y1, k: this.t.k };
      this.join(frames, edges, nodes);
    }
    join(frames, edges, nodes) {
      const s2 = this.scene;
      const keys = s2.vg.keys;
      const ctx = this.itemContext();
      const drawn = this.drawn;
      this.frameLayer.selectAll("g.frame").data(frames.map((i) => keys[i]), (k2) => k2).join((enter) => enter.append("g").each((k2, i, g) => buildFrame(g[i], this.itemOf.get(k2), ctx))).each((k2, i, g) => updateFrame(g[i], this.itemOf.get(k2), ctx, drawn));
      this.edgeLayer.selectAll("g.edge").data(edges.map((e) => `${keys[s2.vg.edges[e].from]}>${keys[s2.vg.edges[e].to]}`), (k2) => k2).join((enter) => enter.append("g").each((k2, i, g) => buildEdge(g[i], this.edgeOf.get(k2), ctx))).each((k2, i, g) => updateEdge(g[i], this.edgeOf.get(k2), ctx, this.pathD));
      this.nodeLayer.selectAll("g.node").data(nodes.map((i) => keys[i]), (k2) => k2).join((enter) => enter.append("g").each((k2, i, g) => buildNode(g[i], this.itemOf.get(k2), ctx))).each((k2, i, g) => updateNode(g[i], this.itemOf.get(k2), ctx)).order();
      this.root.dataset.drawnNodes = String(nodes.length);
      this.root.dataset.drawnEdges = String(edges.length);
    }
    itemContext() {
      return {
        scene: this.scene,
        decor: this.decor,
        palette: this.palette,
        activate: (item2) => this.events.activate(item2),
        hover: (target, text) => this.tooltip.attach(target, text)
      };
    }
    drawCanvas(x0, y0, x1, y1) {
      const drawn = drawOverview(this.canvas, this.scene, this.decor, this.palette, this.t, { x0, y0, x1, y1 });
      this.root.dataset.drawnNodes = String(drawn);
      this.root.dataset.drawnEdges = "0";
    }
    /** In the overview, a click zooms in on what is under it. */
    onCanvasClick(ev) {
      if (this.mode !== "canvas" || !this.scene) return;
      const box = this.root.getBoundingClientRect();
      const [wx, wy] = this.t.invert([ev.clientX - box.left, ev.clientY - box.top]);
      const item2 = itemAt(this.scene, wx, wy);
      if (item2 > 0) this.center(item2, 1);
      else this.setTransform({ x: this.size.w / 2 - wx, y: this.size.h / 2 - wy, k: 1 });
    }
    onKey(ev) {
      const act = panZoomKey(ev.key, {
        zoomBy: (f) => this.zoomer.scaleBy(this.svg, f),
        // The arrow moves the view by a fixed number of screen pixels at any zoom.
        panBy: (dx, dy) => this.zoomer.translateBy(this.svg, dx / this.t.k, dy / this.t.k),
        fit: () => this.fit()
      });
      if (!act) return;
      ev.preventDefault();
      act();
    }
  };

  // webview/graph/placement.ts
  function applyPlacement(r, scene, place) {
    if ("home" in place) r.home();
    else if ("fit" in place) r.fit();
    else if ("transform" in place) r.setTransform(place.transform);
    else if ("centerNode" in place) r.center(scene.vg.nodeItem[place.centerNode]);
    else if ("anchor" in place) {
      const item2 = scene.vg.keys.indexOf(place.anchor);
      if (item2 < 0) return;
      const k2 = r.transform.k;
      r.setTransform({ x: place.screen[0] - scene.rects[4 * item2] * k2, y: place.screen[1] - scene.rects[4 * item2 + 1] * k2, k: k2 });
    }
  }

  // webview/graph/toolbar.ts
  var VIEW_TEXT = { compiled: "Compiled graph", source: "Source graph" };
  function cluster(cls, ...parts) {
    const c = document.createElement("span");
    c.className = `tool-group ${cls}`;
    c.append(...parts);
    return c;
  }
  var Toolbar = class {
    constructor(actions) {
      this.actions = actions;
      this.el = document.createElement("div");
      this.el.className = "toolbar";
      this.el.setAttribute("role", "toolbar");
      this.el.setAttribute("aria-label", "Graph controls");
      this.count = document.createElement("span");
      this.count.className = "search-count muted";
      this.count.setAttribute("aria-live", "polite");
    }
    actions;
    el;
    count;
    searchField = null;
    setup(o) {
      const a2 = this.actions;
      const title = document.createElement("span");
      title.className = "graph-title";
      title.textContent = o.title;
      if (o.search === null) {
        this.el.replaceChildren(cluster("tool-title", title));
        return;
      }
      const head = [title];
      if (o.views.length > 1) {
        const views = dropdown("Graph", o.views.map((v) => ({ value: v, text: VIEW_TEXT[v] })), o.view, (v) => a2.view(v));
        views.classList.add("view-toggle");
        head.push(views);
      } else {
        const only = document.createElement("span");
        only.className = "muted view-only";
        only.textContent = VIEW_TEXT[o.view];
        head.push(only);
      }
      const field = textField("Search nodes (name or op)", (q2) => a2.search(q2), o.search);
      field.classList.add("search");
      field.addEventListener("keydown", (e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          a2.jump(e.shiftKey ? -1 : 1);
        }
      });
      this.searchField = field;
      const parts = [
        cluster("tool-title", ...head),
        cluster(
          "tool-search",
          field,
          button("\u25C0", () => a2.jump(-1), { title: "Previous match (Shift+Enter)", secondary: true }),
          button("\u25B6", () => a2.jump(1), { title: "Next match (Enter)", secondary: true }),
          this.count
        ),
        cluster(
          "tool-view",
          button("Fit", () => a2.fit(), { title: "Fit the graph to the view (0)", secondary: true }),
          button("Fold all", () => a2.foldAll(), { title: "Fold every group", secondary: true }),
          button("Unfold all", () => a2.unfoldAll(), { title: "Unfold every group (large graphs switch to an overview when zoomed out)", secondary: true })
        )
      ];
      if (o.overlay !== null) {
        const c = checkbox("Error overlay", o.overlay, (on2) => a2.overlay(on2));
        c.classList.add("overlay-toggle");
        parts.push(cluster("tool-overlay", c));
      }
      this.el.replaceChildren(...parts);
    }
    setCount(text) {
      this.count.textContent = text;
    }
    focusSearch() {
      this.searchField?.focus();
    }
  };

  // webview/graph/indexed-graph.ts
  function compress(n, ends) {
    const start2 = new Int32Array(n + 1);
    for (const v of ends) start2[v + 1]++;
    for (let i = 0; i < n; i++) start2[i + 1] += start2[i];
    const fill = start2.slice(0, n);
    const list = new Int32Array(ends.length);
    ends.forEach((v, e) => list[fill[v]++] = e);
    return { start: start2, list };
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

  // webview/graph/view-model.ts
  var breathe = () => new Promise((resolve) => setTimeout(resolve, 0));
  async function prepareViewModel(data) {
    await breathe();
    const graph = indexGraph(data);
    await breathe();
    const tree = buildScopeTree(data.nodes, effectiveScopes(graph));
    await breathe();
    const dtypes = /* @__PURE__ */ new Map();
    const badges = /* @__PURE__ */ new Set();
    for (const n of data.nodes) {
      dtypes.set(n.dtype ?? "?", (dtypes.get(n.dtype ?? "?") ?? 0) + 1);
      if (n.layout) badges.add(n.layout);
    }
    return {
      graph,
      tree,
      expanded: defaultExpanded(tree),
      haystack: null,
      dtypes: [...dtypes].sort((a2, b) => b[1] - a2[1]),
      badges: [...badges].sort(),
      inserted: data.nodes.some((n) => n.inserted)
    };
  }

  // webview/graph/graph-navigator.ts
  var SAVE_DELAY_MS = 250;
  var GraphNavigator = class {
    constructor(root2, api2, layout2) {
      this.root = root2;
      this.api = api2;
      this.palette = readPalette();
      root2.classList.add("graph-view");
      this.toolbar = new Toolbar({
        view: (v) => void this.switchView(v),
        search: (q2) => this.onSearch(q2),
        jump: (d) => void this.jump(d),
        fit: () => this.renderer.fit(),
        foldAll: () => void this.setExpanded(/* @__PURE__ */ new Set(), { fit: true }),
        unfoldAll: () => void this.setExpanded(new Set(this.model()?.tree.groups.keys() ?? []), { home: true }),
        overlay: (on2) => {
          this.overlayOn = on2;
          this.refreshDecor();
        }
      });
      this.chrome = new GraphChrome(root2, this.toolbar.el);
      this.layouts = new LayoutRunner(layout2, (text, error) => this.setStatus(text, error));
      this.renderer = new GraphRenderer(this.chrome.area, {
        activate: (item2) => this.activate(item2),
        zoomed: (_t2, ended) => {
          if (ended) this.saveState();
        }
      });
      root2.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !this.chrome.details.hidden) this.select(-1, false);
        if ((e.ctrlKey || e.metaKey) && e.key === "f") {
          e.preventDefault();
          this.toolbar.focusSearch();
        }
      });
      const themeWatch = new MutationObserver(() => this.refreshPalette());
      themeWatch.observe(document.body, { attributes: true, attributeFilter: ["class"] });
      themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ["style"] });
      this.setStatus("Waiting for the graph\u2026");
    }
    root;
    api;
    graphs = { compiled: null, source: null };
    models = /* @__PURE__ */ new Map();
    view = "compiled";
    overlay = null;
    overlayData = null;
    overlayOn = true;
    selected = -1;
    search = new GraphSearch();
    vg = null;
    scene = null;
    palette;
    renders = 0;
    saveTimer = 0;
    searchTimer = 0;
    toolbar;
    renderer;
    chrome;
    layouts;
    model() {
      return this.models.get(this.view) ?? null;
    }
    /** The current view's model, made once per graph (see prepareViewModel). */
    async prepare() {
      const view2 = this.view;
      const data = this.graphs[view2];
      if (this.models.has(view2) || !data) return this.model();
      const vm = await prepareViewModel(data);
      if (this.graphs[view2] !== data) return null;
      this.models.set(view2, vm);
      return this.model();
    }
    setupToolbar() {
      const data = this.graphs[this.view];
      const views = ["compiled", "source"].filter((v) => this.graphs[v]);
      const file = data.model.split(/[\\/]/).pop() ?? data.model;
      this.chrome.setNote(this.graphs.compiled ? null : data.note ?? null);
      this.toolbar.setup({ title: data.kind === "compiled" ? `${file} \xB7 compiled for ${data.target}` : `${file} \xB7 as written`, views, view: this.view, search: this.search.text, overlay: this.overlay ? this.overlayOn : null });
    }
    async relayout(place) {
      const vm = this.model();
      if (!vm) return;
      this.root.dataset.layout = "running";
      const laid = await this.layouts.run(vm);
      if (!laid) return;
      const { vg, result } = laid;
      this.vg = vg;
      this.scene = buildScene(vm.graph, vm.tree, vg, result);
      this.renderer.setScene(this.scene, this.decor(), this.palette);
      applyPlacement(this.renderer, this.scene, place);
      this.renders++;
      const summary = layoutSummary(vg, vm.graph.nodes.length);
      Object.assign(this.root.dataset, {
        layout: "done",
        renders: String(this.renders),
        view: this.view,
        ...summary.counts,
        layoutMs: result.ms.toFixed(1),
        layoutIn: laid.where,
        laidOut: String(result.laidOut),
        reused: String(result.reused)
      });
      this.setStatus(summary.status);
      this.renderLegendNow();
      performance.mark("quantlens-graph-drawn", { detail: { renders: this.renders, items: vg.kinds.length - 1 } });
      this.saveState();
    }
    setExpanded(expanded, place) {
      const vm = this.model();
      if (!vm) return Promise.resolve();
      vm.expanded = expanded;
      return this.relayout(place);
    }
    /** A node was clicked (select it) or a group's control (fold or unfold it). */
    activate(item2) {
      const vg = this.vg;
      const vm = this.model();
      if (!vg || !vm) return;
      const kind = vg.kinds[item2];
      if (kind === "leaf") {
        this.select(vg.node[item2], true);
        return;
      }
      if (kind === "root") return;
      const key = vg.keys[item2];
      const screen = this.renderer.screenOf(item2) ?? [0, 0];
      const group = vg.group[item2];
      if (kind === "folded") vm.expanded.add(group);
      else vm.expanded.delete(group);
      void this.relayout({ anchor: key, screen }).then(() => {
        const again = this.vg?.keys.indexOf(key) ?? -1;
        if (again >= 0) this.renderer.focusItem(again);
      });
    }
    select(node, post) {
      const vm = this.model();
      if (!vm) return;
      this.selected = node;
      if (node >= 0) this.showDetails();
      else this.chrome.details.hidden = true;
      this.refreshDecor();
      if (post && node >= 0) this.api.post({ type: "selectNode", node: vm.graph.nodes[node].id, view: this.view });
      this.saveState();
    }
    showDetails() {
      const vm = this.model();
      if (!vm || this.selected < 0) return;
      renderDetails(this.chrome.details, vm.graph, this.selected, this.overlayOn ? this.overlayData : null, () => this.select(-1, false), (n) => void this.goTo(n, "post"));
    }
    /** Unfold the groups that hold a node, then centre it (selecting it first: the details panel narrows the view). */
    async goTo(node, select2) {
      const vm = this.model();
      if (!vm) return;
      if (select2 !== "no") this.select(node, select2 === "post");
      const path2 = groupPath(vm.tree, node);
      const missing = path2.filter((g) => !vm.expanded.has(g));
      if (missing.length) {
        for (const g of missing) vm.expanded.add(g);
        await this.relayout({ centerNode: node });
      } else if (this.vg) this.renderer.center(this.vg.nodeItem[node]);
    }
    async switchView(v, fit = true) {
      if (v === this.view || !this.graphs[v]) return;
      this.view = v;
      this.selected = -1;
      this.chrome.details.hidden = true;
      this.overlayData = null;
      await this.prepare();
      this.setupToolbar();
      this.computeOverlay();
      this.computeMatches();
      await this.relayout(fit ? { home: true } : { keep: true });
    }
    computeOverlay() {
      const vm = this.model();
      this.overlayData = vm && this.overlay ? overlayModel(vm.graph, vm.tree, this.overlay) : null;
    }
    onSearch(q2) {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => {
        this.search.text = q2;
        this.computeMatches();
        this.refreshDecor();
        this.saveState();
      }, 120);
    }
    computeMatches() {
      this.search.compute(this.model());
      this.toolbar.setCount(this.search.countText());
    }
    async jump(dir) {
      const node = this.search.step(dir);
      if (node < 0) return;
      this.toolbar.setCount(this.search.countText());
      await this.goTo(node, "no");
      this.refreshDecor();
    }
    decor() {
      return buildDecor(this.model() ? this.vg : null, { selected: this.selected, matches: this.search.matches, current: this.search.current, overlay: this.overlayOn ? this.overlayData : null });
    }
    refreshDecor() {
      if (this.scene) this.renderer.setDecor(this.decor());
      this.renderLegendNow();
    }
    refreshPalette() {
      this.palette = readPalette(this.overlay?.threshold ?? 20);
      this.renderer.setPalette(this.palette);
      this.renderLegendNow();
    }
    renderLegendNow() {
      const vm = this.model();
      if (!vm) return;
      renderLegend(this.chrome.legend, legendContent(vm, this.vg, this.overlayOn ? this.overlayData : null), this.palette);
    }
    setStatus(text, error = false) {
      this.chrome.setStatus(text, error);
    }
    state() {
      const vm = this.model();
      return {
        model: this.graphs[this.view]?.model ?? "",
        view: this.view,
        expanded: vm ? [...vm.expanded] : [],
        selected: vm && this.selected >= 0 ? vm.graph.nodes[this.selected].id : null,
        transform: this.scene ? this.renderer.transform : null,
        search: this.search.text
      };
    }
    saveState() {
      window.clearTimeout(this.saveTimer);
      this.saveTimer = window.setTimeout(() => {
        const s2 = this.state();
        this.api.setState(s2);
        this.api.post({ type: "state", state: s2 });
      }, SAVE_DELAY_MS);
    }
  };

  // webview/graph/graph-view.ts
  var GraphView = class extends GraphNavigator {
    pending = Promise.resolve();
    /**
     * Messages are handled one after another: a `select` that comes right behind `init` (Show in Graph with no graph
     * open) waits until the graph is laid out, then selects and centres its node.
     */
    handle(m) {
      this.pending = this.pending.then(() => this.handleNow(m)).catch((e) => this.setStatus(`Could not show the graph: ${e instanceof Error ? e.message : String(e)}`, true));
    }
    async handleNow(m) {
      if (m.type === "init") await this.init(m.compiled, m.source, m.overlay, m.state);
      else if (m.type === "overlay") await this.setOverlay(m.overlay);
      else if (m.type === "failure") this.showFailure(m.model, m.message);
      else await this.reveal(m.node);
    }
    /** Compiling a model failed: say so in place of the graph (never leave the previous model on screen unexplained). */
    showFailure(model, message) {
      this.graphs = { compiled: null, source: null };
      this.models.clear();
      this.layouts.cancel();
      this.vg = null;
      this.scene = null;
      this.selected = -1;
      const file = model.split(/[\\/]/).pop() ?? model;
      this.toolbar.setup({ title: file, views: [], view: this.view, search: null, overlay: null });
      this.chrome.showFailure(file, message);
    }
    async init(compiled, source, overlay, given) {
      this.graphs = { compiled, source };
      this.models.clear();
      this.chrome.hideFailure();
      const saved = this.api.getState();
      const model = (compiled ?? source)?.model;
      const state = given ?? (isGraphToHost({ type: "state", state: saved }) ? saved : null);
      if (state && state.model !== model) return this.initWith(compiled, source, overlay, null);
      return this.initWith(compiled, source, overlay, state);
    }
    async initWith(compiled, source, overlay, state) {
      this.view = state && this.graphs[state.view] ? state.view : compiled ? "compiled" : "source";
      this.setStatus("Reading the graph\u2026");
      const vm = await this.prepare();
      if (this.graphs.compiled !== compiled || this.graphs.source !== source) return;
      if (!vm) {
        this.setStatus("No graph to show.");
        return;
      }
      if (state && state.view === this.view) vm.expanded = new Set(state.expanded.filter((id2) => vm.tree.groups.has(id2)));
      this.search.text = state?.search ?? "";
      this.selected = state?.selected ? vm.graph.byId.get(state.selected) ?? -1 : -1;
      this.overlay = overlay;
      this.overlayData = null;
      this.palette = readPalette(overlay?.threshold ?? 20);
      this.setupToolbar();
      this.computeOverlay();
      this.computeMatches();
      await this.relayout(state?.transform ? { transform: state.transform } : { home: true });
      if (this.selected >= 0) this.showDetails();
      else this.chrome.details.hidden = true;
      const focus = this.overlayData?.focus ?? -1;
      if (!state && focus >= 0) await this.goTo(focus, "quiet");
    }
    /** The host asks to show a node (e.g. chosen in the IR tree): switch graphs if only the other has it. */
    async reveal(asked) {
      const id2 = this.graphs[this.view]?.paramOf?.[asked] ?? asked;
      const other = this.view === "compiled" ? "source" : "compiled";
      if (!this.model()?.graph.byId.has(id2) && this.graphs[other]?.nodes.some((n) => n.id === id2)) await this.switchView(other, false);
      const vm = this.model();
      const node = vm?.graph.byId.get(id2);
      if (node === void 0) return;
      await this.goTo(node, "quiet");
    }
    /** A comparison arrived: colour the graph, then lead to where the error is (the culprit's node, not its group). */
    async setOverlay(o) {
      this.overlay = o;
      this.overlayOn = true;
      this.computeOverlay();
      this.refreshPalette();
      if (this.graphs[this.view]) this.setupToolbar();
      this.refreshDecor();
      const focus = this.overlayData?.focus ?? -1;
      if (focus >= 0) await this.goTo(focus, "quiet");
      else if (this.selected >= 0) this.showDetails();
    }
  };

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
      let o, i, s2, a2, l = false;
      typeof e == "object" && e !== null && "v" in e ? (o = e.v, i = e.w, s2 = e.name, arguments.length === 2 && (a2 = n, l = true)) : (o = e, i = n, s2 = r, arguments.length > 2 && (a2 = t, l = true)), o = "" + o, i = "" + i, s2 !== void 0 && (s2 = "" + s2);
      let u = z(this._isDirected, o, i, s2);
      if (u in this._edgeLabels) return l && (this._edgeLabels[u] = a2), this;
      if (s2 !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
      this.setNode(o), this.setNode(i), this._edgeLabels[u] = l ? a2 : this._defaultEdgeLabelFn(o, i, s2);
      let d = Fn(this._isDirected, o, i, s2);
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
        let i = o.v, s2 = o.w;
        delete this._edgeLabels[r], delete this._edgeObjs[r], Ie(this._preds[s2], i), Ie(this._sucs[i], s2), delete this._in[s2][r], delete this._out[i][r], this._edgeCount--;
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
      let s2 = o;
      o = i, i = s2;
    }
    return o + "" + i + "" + (r === void 0 ? "\0" : r);
  }
  function Fn(e, n, t, r) {
    let o = "" + n, i = "" + t;
    if (!e && o > i) {
      let a2 = o;
      o = i, i = a2;
    }
    let s2 = { v: o, w: i };
    return r && (s2.name = r), s2;
  }
  function oe(e, n) {
    return z(e, n.v, n.w, n.name);
  }
  var Dn = {};
  Se(Dn, { read: () => Bn, write: () => An });
  function An(e) {
    let n = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Vn(e), edges: Yn2(e) }, t = e.graph();
    return t !== void 0 && (n.value = structuredClone(t)), n;
  }
  function Vn(e) {
    return e.nodes().map((n) => {
      let t = e.node(n), r = e.parent(n), o = { v: n };
      return t !== void 0 && (o.value = t), r !== void 0 && (o.parent = r), o;
    });
  }
  function Yn2(e) {
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
  Se(H, { CycleException: () => K2, bellmanFord: () => Me, components: () => zn, dijkstra: () => J, dijkstraAll: () => $n, findCycles: () => Un, floydWarshall: () => Kn, isAcyclic: () => Zn2, postorder: () => nt, preorder: () => tt, prim: () => rt, shortestPaths: () => ot, tarjan: () => Fe, topsort: () => De });
  var Wn = () => 1;
  function Me(e, n, t, r) {
    return Xn2(e, String(n), t || Wn, r || function(o) {
      var i;
      return (i = e.outEdges(o)) != null ? i : [];
    });
  }
  function Xn2(e, n, t, r) {
    let o = {}, i, s2 = 0, a2 = e.nodes(), l = function(c) {
      let f = o[c.v], h = o[c.w];
      if (!f || !h) return;
      let g = t(c);
      f.distance + g < h.distance && (o[c.w] = { distance: f.distance + g, predecessor: c.v }, i = true);
    }, u = function() {
      a2.forEach(function(c) {
        r(c).forEach(function(f) {
          let h = f.v === c ? f.v : f.w, g = h === f.v ? f.w : f.v;
          l({ v: h, w: g });
        });
      });
    };
    a2.forEach(function(c) {
      let f = c === n ? 0 : Number.POSITIVE_INFINITY;
      o[c] = { distance: f, predecessor: "" };
    });
    let d = a2.length;
    for (let c = 1; c < d && (i = false, s2++, u(), !!i); c++) ;
    if (s2 === d - 1 && (i = false, u(), i)) throw new Error("The graph contains a negative weight cycle");
    return o;
  }
  function zn(e) {
    let n = {}, t = [], r;
    function o(i) {
      var s2, a2;
      i in n || (n[i] = true, r.push(i), (s2 = e.successors(i)) == null || s2.forEach(o), (a2 = e.predecessors(i)) == null || a2.forEach(o));
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
      var s2;
      return (s2 = e.outEdges(i)) != null ? s2 : [];
    };
    return qn(e, String(n), t || Hn, r || o);
  }
  function qn(e, n, t, r) {
    let o = {}, i = new Pe(), s2, a2, l = function(u) {
      let d = u.v !== s2 ? u.v : u.w, c = o[d];
      if (!c) return;
      let f = t(u), h = a2.distance + f;
      if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + u + " Weight: " + f);
      h < c.distance && (c.distance = h, c.predecessor = s2, i.decrease(d, h));
    };
    for (e.nodes().forEach(function(u) {
      let d = u === n ? 0 : Number.POSITIVE_INFINITY;
      o[u] = { distance: d, predecessor: "" }, i.add(u, d);
    }); i.size() > 0; ) {
      s2 = i.removeMin();
      let u = o[s2];
      if (!u || u.distance === Number.POSITIVE_INFINITY) break;
      a2 = u, r(s2).forEach(l);
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
    function i(s2) {
      var a2;
      let l = r[s2] = { onStack: true, lowlink: n, index: n++ };
      if (t.push(s2), (a2 = e.successors(s2)) == null || a2.forEach(function(u) {
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
        } while (s2 !== d);
        o.push(u);
      }
    }
    return e.nodes().forEach(function(s2) {
      s2 in r || i(s2);
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
      let s2 = {};
      r[i] = s2, s2[i] = { distance: 0, predecessor: "" }, o.forEach(function(a2) {
        i !== a2 && (s2[a2] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
      }), t(i).forEach(function(a2) {
        let l = a2.v === i ? a2.w : a2.v, u = n(a2);
        s2[l] = { distance: u, predecessor: i };
      });
    }), o.forEach(function(i) {
      let s2 = r[i];
      s2 && o.forEach(function(a2) {
        let l = r[a2];
        l && o.forEach(function(u) {
          let d = l[i], c = s2[u], f = l[u];
          if (d && c && f) {
            let h = d.distance + c.distance;
            h < f.distance && (f.distance = h, f.predecessor = c.predecessor);
          }
        });
      });
    }), r;
  }
  var K2 = class extends Error {
    constructor(e) {
      super(e), this.name = "CycleException";
    }
  };
  function De(e) {
    let n = {}, t = {}, r = [];
    function o(i) {
      var s2;
      if (i in t) throw new K2();
      i in n || (t[i] = true, n[i] = true, (s2 = e.predecessors(i)) == null || s2.forEach(o), delete t[i], r.push(i));
    }
    if (e.sinks().forEach(o), Object.keys(n).length !== e.nodeCount()) throw new K2();
    return r;
  }
  function Zn2(e) {
    try {
      De(e);
    } catch (n) {
      if (n instanceof K2) return false;
      throw n;
    }
    return true;
  }
  function et(e, n, t, r, o) {
    Array.isArray(n) || (n = [n]);
    let i = ((a2) => {
      var l;
      return (l = e.isDirected() ? e.successors(a2) : e.neighbors(a2)) != null ? l : [];
    }), s2 = {};
    return n.forEach(function(a2) {
      if (!e.hasNode(a2)) throw new Error("Graph does not have node: " + a2);
      o = Ae(e, a2, t === "post", s2, i, r, o);
    }), o;
  }
  function Ae(e, n, t, r, o, i, s2) {
    return n in r || (r[n] = true, t || (s2 = i(s2, n)), o(n).forEach(function(a2) {
      s2 = Ae(e, a2, t, r, o, i, s2);
    }), t && (s2 = i(s2, n))), s2;
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
    let r = new Q(), o = {}, i = new Pe(), s2;
    function a2(d) {
      let c = d.v === s2 ? d.w : d.v, f = i.priority(c);
      if (f !== void 0) {
        let h = n(d);
        h < f && (o[c] = s2, i.decrease(c, h));
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
      if (s2 = i.removeMin(), s2 in o) r.setEdge(s2, o[s2]);
      else {
        if (u) throw new Error("Input graph is not connected: " + e);
        u = true;
      }
      (t = e.nodeEdges(s2)) == null || t.forEach(a2);
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
    for (let s2 = 0; s2 < i.length; s2++) {
      let a2 = i[s2];
      if (a2 === void 0) continue;
      let l = r(a2);
      for (let u = 0; u < l.length; u++) {
        let d = l[u];
        if (!d) continue;
        let c = d.v === a2 ? d.v : d.w, f = c === d.v ? d.w : d.v;
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
    let t = e.x, r = e.y, o = n.x - t, i = n.y - r, s2 = e.width / 2, a2 = e.height / 2;
    if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
    let l, u;
    return o === 0 || Math.abs(i) * s2 > Math.abs(o) * a2 ? (i < 0 && (a2 = -a2), l = a2 * o / i, u = a2) : (o < 0 && (s2 = -s2), l = s2, u = s2 * i / o), { x: t + l, y: r + u };
  }
  function P(e) {
    let n = D2(de(e) + 1).map(() => []);
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
    let n = e.nodes().map((s2) => e.node(s2).rank).filter((s2) => s2 !== void 0), t = S(Math.min, n), r = [];
    e.nodes().forEach((s2) => {
      let a2 = e.node(s2).rank - t;
      r[a2] || (r[a2] = []), r[a2].push(s2);
    });
    let o = 0, i = e.graph().nodeRankFactor;
    Array.from(r).forEach((s2, a2) => {
      s2 === void 0 && a2 % i !== 0 ? --o : s2 !== void 0 && o && s2.forEach((l) => e.node(l).rank += o);
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
  function D2(e, n, t = 1) {
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
      var L, y2;
      return ((L = m[1].edgeObj) == null ? void 0 : L.v) === n.edgeObj.v && ((y2 = m[1].edgeObj) == null ? void 0 : y2.w) === n.edgeObj.w && m[1].rank === o;
    }), s2 = Object.entries(e).find((m) => {
      var L, y2;
      return ((L = m[1].edgeObj) == null ? void 0 : L.v) === t.edgeObj.v && ((y2 = m[1].edgeObj) == null ? void 0 : y2.w) === t.edgeObj.w && m[1].rank === o;
    });
    if (!i || !s2) return 0;
    let a2 = (h = i[1].order) != null ? h : NaN, l = (g = s2[1].order) != null ? g : NaN;
    return isNaN(a2 - l) ? 0 : a2 - l;
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
    var a2;
    let r = [], o = n[n.length - 1], i = n[0], s2;
    for (; e.nodeCount(); ) {
      for (; s2 = i.dequeue(); ) fe(e, n, t, s2);
      for (; s2 = o.dequeue(); ) fe(e, n, t, s2);
      if (e.nodeCount()) {
        for (let l = n.length - 2; l > 0; --l) if (s2 = (a2 = n[l]) == null ? void 0 : a2.dequeue(), s2) {
          r = r.concat(fe(e, n, t, s2, true) || []);
          break;
        }
      }
    }
    return r;
  }
  function fe(e, n, t, r, o) {
    let i = [], s2 = o ? i : void 0;
    return (e.inEdges(r.v) || []).forEach((a2) => {
      let l = e.edge(a2), u = e.node(a2.v);
      o && i.push({ v: a2.v, w: a2.w }), u.out -= l, he(n, t, u);
    }), (e.outEdges(r.v) || []).forEach((a2) => {
      let l = e.edge(a2), u = a2.w, d = e.node(u);
      d.in -= l, he(n, t, d);
    }), e.removeNode(r.v), s2;
  }
  function ct(e, n) {
    let t = new T(), r = 0, o = 0;
    e.nodes().forEach((a2) => {
      t.setNode(a2, { v: a2, in: 0, out: 0 });
    }), e.edges().forEach((a2) => {
      let l = t.edge(a2.v, a2.w) || 0, u = n(a2), d = l + u;
      t.setEdge(a2.v, a2.w, d);
      let c = t.node(a2.v), f = t.node(a2.w);
      o = Math.max(o, c.out += u), r = Math.max(r, f.in += u);
    });
    let i = ft(o + r + 3).map(() => new $e()), s2 = r + 1;
    return t.nodes().forEach((a2) => {
      he(i, s2, t.node(a2));
    }), { graph: t, buckets: i, zeroIdx: s2 };
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
    function s2(l) {
      var u;
      Object.hasOwn(o, l) || (o[l] = true, r[l] = true, (u = e.outEdges(l)) == null || u.forEach((d) => {
        var c, f;
        Object.hasOwn(r, d.w) || ((c = n.node(l)) == null ? void 0 : c.rank) > ((f = n.node(d.w)) == null ? void 0 : f.rank) && bt(e, d.w, d) ? t.push(d) : s2(d.w);
      }), delete r[l]);
    }
    let a2 = i;
    return n && typeof n.node == "function" && (a2 = s2), e.sources().forEach(a2), e.nodes().forEach(a2), t;
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
      var s2;
      if (e.sources().includes(i)) return true;
      r.add(i);
      for (let a2 of (s2 = e.inEdges(i)) != null ? s2 : []) if (!(a2.v === t.v && a2.w === t.w) && !r.has(a2.v) && o(a2.v)) return true;
      return false;
    }
    return o(n);
  }
  function Ke(e) {
    e.graph().dummyChains = [], e.edges().forEach((n) => pt(e, n));
  }
  function pt(e, n) {
    let t = n.v, r = e.node(t).rank, o = n.w, i = e.node(o).rank, s2 = n.name, a2 = e.edge(n), l = a2.labelRank;
    if (i === r + 1) return;
    e.removeEdge(n);
    let u, d, c;
    for (c = 0, ++r; r < i; ++c, ++r) a2.points = [], d = { width: 0, height: 0, edgeLabel: a2, edgeObj: n, rank: r }, u = M(e, "edge", d, "_d"), r === l && (d.width = a2.width, d.height = a2.height, d.dummy = "edge-label", d.labelpos = a2.labelpos), e.setEdge(t, u, { weight: a2.weight }, s2), c === 0 && e.graph().dummyChains.push(u), t = u;
    e.setEdge(t, o, { weight: a2.weight }, s2);
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
      let i = e.outEdges(r), s2 = i ? i.map((l) => l == null ? Number.POSITIVE_INFINITY : t(l.w) - e.edge(l).minlen) : [], a2 = S(Math.min, s2);
      return a2 === Number.POSITIVE_INFINITY && (a2 = 0), o.rank = a2;
    }
    e.sources().forEach(t);
  }
  function A2(e, n) {
    return e.node(n.w).rank - e.node(n.v).rank - e.edge(n).minlen;
  }
  var ne = Et;
  function Et(e) {
    let n = new T({ directed: false }), t = e.nodes();
    if (t.length === 0) throw new Error("Graph must have at least one node");
    let r = t[0], o = e.nodeCount();
    n.setNode(r, {});
    let i, s2;
    for (; Lt(n, e) < o && (i = yt(n, e), !!i); ) s2 = n.hasNode(i.v) ? A2(e, i) : -A2(e, i), wt(n, e, s2);
    return n;
  }
  function Lt(e, n) {
    function t(r) {
      let o = n.nodeEdges(r);
      o && o.forEach((i) => {
        let s2 = i.v, a2 = r === s2 ? i.w : s2;
        !e.hasNode(a2) && !A2(n, i) && (e.setNode(a2, {}), e.setEdge(r, a2, {}), t(a2));
      });
    }
    return e.nodes().forEach(t), e.nodeCount();
  }
  function yt(e, n) {
    return n.edges().reduce((r, o) => {
      let i = Number.POSITIVE_INFINITY;
      return e.hasNode(o.v) !== e.hasNode(o.w) && (i = A2(n, o)), i < r[0] ? [i, o] : r;
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
    let o = e.node(t).parent, i = true, s2 = n.edge(t, o), a2 = 0;
    s2 || (i = false, s2 = n.edge(o, t)), a2 = s2.weight;
    let l = n.nodeEdges(t);
    return l && l.forEach((u) => {
      let d = u.v === t, c = d ? u.w : u.v;
      if (c !== o) {
        let f = d === i, h = n.edge(u).weight;
        if (a2 += f ? h : -h, xt(e, t, c)) {
          let m = e.edge(t, c).cutvalue;
          a2 += f ? -m : m;
        }
      }
    }), a2;
  }
  function pe(e, n) {
    arguments.length < 2 && (n = e.nodes()[0]), tn(e, {}, 1, n);
  }
  function tn(e, n, t, r, o) {
    let i = t, s2 = e.node(r);
    n[r] = true;
    let a2 = e.neighbors(r);
    return a2 && a2.forEach((l) => {
      Object.hasOwn(n, l) || (t = tn(e, n, t, l, r));
    }), s2.low = i, s2.lim = t++, o ? s2.parent = o : delete s2.parent, t;
  }
  function rn(e) {
    return e.edges().find((n) => e.edge(n).cutvalue < 0);
  }
  function on(e, n, t) {
    let r = t.v, o = t.w;
    n.hasEdge(r, o) || (r = t.w, o = t.v);
    let i = e.node(r), s2 = e.node(o), a2 = i, l = false;
    return i.lim > s2.lim && (a2 = s2, l = true), n.edges().filter((d) => l === Ze(e, e.node(d.v), a2) && l !== Ze(e, e.node(d.w), a2)).reduce((d, c) => A2(n, c) < A2(n, d) ? c : d);
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
      let s2 = e.node(o).parent, a2 = n.edge(o, s2), l = false;
      a2 || (a2 = n.edge(s2, o), l = true), n.node(o).rank = n.node(s2).rank + (l ? a2.minlen : -a2.minlen);
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
      let i = e.node(o), s2 = i.edgeObj, a2 = jt(e, n, s2.v, s2.w), l = a2.path, u = a2.lca, d = 0, c = l[d], f = true;
      for (; o !== s2.w; ) {
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
    let o = [], i = [], s2 = Math.min(n[t].low, n[r].low), a2 = Math.max(n[t].lim, n[r].lim), l;
    l = t;
    do
      l = e.parent(l), o.push(l);
    while (l && (n[l].low > s2 || a2 > n[l].lim));
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
    e.graph().nestingRoot = n, e.edges().forEach((a2) => e.edge(a2).minlen *= i);
    let s2 = St(e) + 1;
    e.children(V).forEach((a2) => {
      cn(e, n, i, s2, o, t, a2);
    }), e.graph().nodeRankFactor = i;
  }
  function cn(e, n, t, r, o, i, s2) {
    var c;
    let a2 = e.children(s2);
    if (!a2.length) {
      s2 !== n && e.setEdge(n, s2, { weight: 0, minlen: t });
      return;
    }
    let l = ae(e, "_bt"), u = ae(e, "_bb"), d = e.node(s2);
    e.setParent(l, s2), d.borderTop = l, e.setParent(u, s2), d.borderBottom = u, a2.forEach((f) => {
      var b;
      cn(e, n, t, r, o, i, f);
      let h = e.node(f), g = h.borderTop ? h.borderTop : f, m = h.borderBottom ? h.borderBottom : f, L = h.borderTop ? r : 2 * r, y2 = g !== m ? 1 : o - ((b = i[s2]) != null ? b : 0) + 1;
      e.setEdge(l, g, { weight: L, minlen: y2, nestingEdge: true }), e.setEdge(m, u, { weight: L, minlen: y2, nestingEdge: true });
    }), e.parent(s2) || e.setEdge(n, l, { weight: 0, minlen: o + ((c = i[s2]) != null ? c : 0) });
  }
  function It(e) {
    let n = {};
    function t(r, o) {
      let i = e.children(r);
      i && i.length && i.forEach((s2) => t(s2, o + 1)), n[r] = o;
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
        for (let i = o.minRank, s2 = o.maxRank + 1; i < s2; ++i) hn(e, "borderLeft", "_bl", t, o, i), hn(e, "borderRight", "_br", t, o, i);
      }
    }
    e.children(V).forEach(n);
  }
  function hn(e, n, t, r, o, i) {
    let s2 = { width: 0, height: 0, rank: i, borderType: n }, a2 = o[n][i - 1], l = M(e, "border", s2, t);
    o[n][i] = l, e.setParent(l, r), a2 && e.setEdge(a2, l, { weight: 1 });
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
    let t = {}, r = e.nodes().filter((d) => !e.children(d).length), o = r.map((d) => e.node(d).rank), i = S(Math.max, o), s2 = D2(i + 1).map(() => []);
    function a2(d) {
      if (t[d]) return;
      t[d] = true;
      let c = e.node(d);
      s2[c.rank].push(d);
      let f = e.successors(d);
      f && [...f].sort((g, m) => u(g, m)).forEach(a2);
    }
    r.sort((d, c) => e.node(d).rank - e.node(c).rank).forEach(a2);
    function u(d, c) {
      let f = e.node(d), h = e.node(c);
      return ee(n, f, h);
    }
    return s2;
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
    let s2 = 2 * i - 1;
    i -= 1;
    let a2 = new Array(s2).fill(0), l = 0;
    return o.forEach((u) => {
      let d = u.pos + i;
      a2[d] += u.weight;
      let c = 0;
      for (; d > 0; ) d % 2 && (c += a2[d + 1]), d = d - 1 >> 1, a2[d] += u.weight;
      l += u.weight * c;
    }), l;
  }
  function we(e, n = []) {
    return n.map((t) => {
      let r = e.inEdges(t);
      if (!r || !r.length) return { v: t };
      {
        let o = r.reduce((i, s2) => {
          let a2 = e.edge(s2), l = e.node(s2.v);
          return { sum: i.sum + a2.weight * l.order, weight: i.weight + a2.weight };
        }, { sum: 0, weight: 0 });
        return { v: t, barycenter: o.sum / o.weight, weight: o.weight };
      }
    });
  }
  function Ne(e, n) {
    let t = {};
    e.forEach((o, i) => {
      let s2 = { indegree: 0, in: [], out: [], vs: [o.v], i };
      o.barycenter !== void 0 && (s2.barycenter = o.barycenter, s2.weight = o.weight), t[o.v] = s2;
    }), n.edges().forEach((o) => {
      let i = t[o.v], s2 = t[o.w];
      i !== void 0 && s2 !== void 0 && (s2.indegree++, i.out.push(s2));
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
    let i = {}, s2 = null, a2 = null, l = o;
    typeof n == "boolean" ? (l = n, i = {}) : n && (i = n, s2 = t != null ? t : null, a2 = r != null ? r : null);
    let u = ze(e, (y2) => Object.hasOwn(y2, "barycenter")), d = u.lhs, c = u.rhs.sort((y2, b) => b.i - y2.i), f = [], h = 0, g = 0, m = 0;
    d.sort(Wt(a2, s2, !!l));
    for (let [y2, b] of Object.entries(i)) {
      let p = d.findIndex((E2) => E2.vs[0] === y2);
      d.splice(p + 1, 0, b);
    }
    m = Ln(f, c, m), d.forEach((y2) => {
      m += y2.vs.length, f.push(y2.vs), h += y2.barycenter * y2.weight, g += y2.weight, m = Ln(f, c, m);
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
        let i = e.node(r.vs[0]), s2 = e.node(o.vs[0]), a2 = ee(n, i, s2);
        if (a2 !== 0) return a2;
      }
      return t ? o.i - r.i : r.i - o.i;
    };
  }
  function te(e, n, t, r, o) {
    var y2, b, p, E2, w, k2, _, O, j, R, I;
    let i = null, s2 = o;
    typeof r == "boolean" ? (s2 = r, i = null) : r !== void 0 && (i = r);
    let a2 = e.children(n), l = e.node(n), u = l ? l.borderLeft : void 0, d = l ? l.borderRight : void 0, c = {};
    u && (a2 = a2.filter((v) => v !== u && v !== d));
    let f = we(e, a2);
    f.forEach((v) => {
      if (e.children(v.v).length) {
        let { result: x2 } = te(e, v.v, t, i, s2);
        c[v.v] = x2, Object.hasOwn(x2, "barycenter") && zt(v, x2);
      }
    });
    let h = Ne(f, t);
    Xt(h, c);
    let g = {}, m = false;
    for (let v = 0; v < h.length; v++) for (let x2 = v + 1; x2 < h.length; x2++) if (!(!h[v] || !h[x2] || !((y2 = h[v]) != null && y2.barycenter) || !((b = h[x2]) != null && b.barycenter)) && ((p = h[v]) == null ? void 0 : p.barycenter) === h[x2].barycenter) {
      let G = (w = (E2 = h[v]) == null ? void 0 : E2.vs[0]) != null ? w : "", N = (_ = (k2 = h[x2]) == null ? void 0 : k2.vs[0]) != null ? _ : "", C2 = e.node(G), B2 = e.node(N);
      if (C2.dummy === "edge" && B2.dummy === "edge" && ((O = C2.edgeObj) == null ? void 0 : O.v) === ((j = B2.edgeObj) == null ? void 0 : j.v) && ((R = C2.edgeObj) == null ? void 0 : R.w) === ((I = B2.edgeObj) == null ? void 0 : I.w)) if (C2.edgeLabel.reversed) {
        g[N] = h[v], h.splice(v, 1), v--;
        break;
      } else g[G] || (g[G] = h[x2], h.splice(x2, 1), x2--);
      else m = true;
    }
    let L = Ge(h, g, i, e, s2);
    if (u && d) {
      L.vs = [u, L.vs, d].flat(1);
      let v = e.predecessors(u);
      if (v && v.length) {
        let x2 = e.node(v[0]), G = e.predecessors(d), N = e.node(G[0]);
        Object.hasOwn(L, "barycenter") || (L.barycenter = 0, L.weight = 0), L.barycenter = (L.barycenter * L.weight + x2.order + N.order) / (L.weight + 2), L.weight += 2;
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
    let o = Ht(e), i = new T({ compound: true }).setGraph({ root: o }).setDefaultNodeLabel((s2) => e.node(s2));
    return r.forEach((s2) => {
      let a2 = e.node(s2), l = e.parent(s2);
      if (a2.rank === n || a2.minRank <= n && n <= a2.maxRank) {
        i.setNode(s2), i.setParent(s2, l || o);
        let u = e[t](s2);
        u && u.forEach((d) => {
          let c = d.v === s2 ? d.w : d.v, f = i.edge(c, s2), h = f !== void 0 ? f.weight : 0;
          i.setEdge(c, s2, { weight: e.edge(d).weight + h });
        }), Object.hasOwn(a2, "minRank") && i.setNode(s2, { borderLeft: a2.borderLeft[n], borderRight: a2.borderRight[n] });
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
      let s2 = e.parent(i), a2, l;
      for (; s2; ) {
        if (a2 = e.parent(s2), a2 ? (l = r[a2], r[a2] = s2) : (l = o, o = s2), l && l !== s2) {
          n.setEdge(l, s2);
          return;
        }
        s2 = a2;
      }
    });
  }
  function re2(e, n = {}, t = null) {
    if (typeof n.customOrder == "function") {
      n.customOrder(e, re2);
      return;
    }
    let r = de(e), o = yn(e, D2(1, r + 1), "inEdges"), i = yn(e, D2(r - 1, -1, -1), "outEdges"), s2 = Le(e, t);
    if (wn(e, s2), n.disableOptimalOrderHeuristic) return;
    let a2 = Number.POSITIVE_INFINITY, l, u = n.constraints || [];
    for (let d = 0, c = 0; c < 4; ++d, ++c) {
      qt(d % 2 ? o : i, d % 4 >= 2, u, t), s2 = P(e);
      let f = ye(e, s2);
      f < a2 ? (c = 0, l = Object.assign({}, s2), a2 = f) : f === a2 && (l = structuredClone(s2));
    }
    wn(e, l);
  }
  function yn(e, n, t) {
    let r = /* @__PURE__ */ new Map(), o = (i, s2) => {
      r.has(i) || r.set(i, []), r.get(i).push(s2);
    };
    for (let i of e.nodes()) {
      let s2 = e.node(i);
      if (typeof s2.rank == "number" && o(s2.rank, i), typeof s2.minRank == "number" && typeof s2.maxRank == "number") for (let a2 = s2.minRank; a2 <= s2.maxRank; a2++) a2 !== s2.rank && o(a2, i);
    }
    return n.map(function(i) {
      return ve(e, i, t, r.get(i) || []);
    });
  }
  function qt(e, n, t, r) {
    let o = true, i = new T();
    e.forEach(function(s2) {
      t.forEach((d) => i.setEdge(d.left, d.right));
      let a2 = s2.graph().root, { result: l, usedBias: u } = te(s2, a2, i, r, o);
      n && u && (o = !o), l.vs.forEach((d, c) => s2.node(d).order = c), ke(s2, i, l.vs);
    });
  }
  function wn(e, n) {
    Object.values(n).forEach((t) => t.forEach((r, o) => e.node(r).order = o));
  }
  function $t(e, n) {
    let t = {};
    function r(o, i) {
      let s2 = 0, a2 = 0, l = o.length, u = i[i.length - 1];
      return i.forEach((d, c) => {
        let f = Jt(e, d), h = f ? e.node(f).order : l;
        (f || d === u) && (i.slice(a2, c + 1).forEach((g) => {
          let m = e.predecessors(g);
          m && m.forEach((L) => {
            let y2 = e.node(L), b = y2.order;
            (b < s2 || h < b) && !(y2.dummy && e.node(g).dummy) && Gn(t, L, g);
          });
        }), a2 = c + 1, s2 = h);
      }), i;
    }
    return n.length && n.reduce(r), t;
  }
  function Ut(e, n) {
    let t = {};
    function r(a2) {
      var l;
      return ((l = e.node(a2)) == null ? void 0 : l.dummy) === "border";
    }
    if (!e.nodes().some(r)) return t;
    function i(a2, l, u, d, c) {
      D2(l, u).forEach((f) => {
        let h = a2[f];
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
    function s2(a2, l) {
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
        i(l, c, l.length, d, a2.length);
      }), l;
    }
    return n.length && n.reduce(s2), t;
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
    let i = {}, s2 = {}, a2 = {};
    return n.forEach((l) => {
      l.forEach((u, d) => {
        i[u] = u, s2[u] = u, a2[u] = d;
      });
    }), n.forEach((l) => {
      let u = -1, d = -1, c = false, f = l, h = l.findIndex((g) => (o == null ? void 0 : o.includes(g)) || Nn(g, e, o));
      h > 0 && (f = [l[h], ...l.slice(0, h), ...l.slice(h + 1)], c = true), f.forEach((g) => {
        var L;
        let m = r(g);
        if (m && m.length) {
          o != null && o.includes(g) && (m = m.filter((p) => Nn(p, e, o)));
          let y2 = m.sort((p, E2) => {
            let w = a2[p], k2 = a2[E2];
            return (w !== void 0 ? w : 0) - (k2 !== void 0 ? k2 : 0);
          }), b = (y2.length - 1) / 2;
          for (let p = Math.floor(b), E2 = Math.ceil(b); p <= E2; ++p) {
            let w = y2[p];
            if (w === void 0) continue;
            let k2 = a2[w];
            if (k2 !== void 0 && s2[g] === g && u < k2 && a2[w] !== d && !Kt(t, g, w)) {
              let _ = i[w];
              _ !== void 0 && (s2[w] = g, s2[g] = i[g] = _, u = k2, c && (u = -1, d = (L = a2[w]) != null ? L : -1, c = false));
            }
          }
        }
      });
    }), { root: i, align: s2 };
  }
  function Zt(e, n, t, r, o = false) {
    let i = {}, s2 = er(e, n, t, o), a2 = o ? "borderLeft" : "borderRight";
    function l(h, g) {
      let m = s2.nodes().slice(), L = {}, y2 = m.pop();
      for (; y2; ) {
        if (L[y2]) h(y2);
        else {
          L[y2] = true, m.push(y2);
          for (let b of g(y2)) m.push(b);
        }
        y2 = m.pop();
      }
    }
    function u(h) {
      let g = s2.inEdges(h);
      g ? i[h] = g.reduce((m, L) => {
        var p;
        let y2 = (p = i[L.v]) != null ? p : 0, b = s2.edge(L);
        return Math.max(m, y2 + (b !== void 0 ? b : 0));
      }, 0) : i[h] = 0;
    }
    function d(h) {
      let g = s2.outEdges(h), m = Number.POSITIVE_INFINITY;
      g && (m = g.reduce((y2, b) => {
        let p = i[b.w], E2 = s2.edge(b);
        return Math.min(y2, (p !== void 0 ? p : 0) - (E2 !== void 0 ? E2 : 0));
      }, Number.POSITIVE_INFINITY));
      let L = e.node(h);
      m !== Number.POSITIVE_INFINITY && L.borderType !== a2 && (i[h] = Math.max(i[h] !== void 0 ? i[h] : 0, m));
    }
    function c(h) {
      return s2.predecessors(h) || [];
    }
    function f(h) {
      return s2.successors(h) || [];
    }
    return l(u, c), l(d, f), Object.keys(r).forEach((h) => {
      var m;
      let g = t[h];
      g !== void 0 && (i[h] = (m = i[g]) != null ? m : 0);
    }), i;
  }
  function er(e, n, t, r) {
    let o = new T(), i = e.graph(), s2 = or(i.nodesep, i.edgesep, r);
    return n.forEach((a2) => {
      let l;
      a2.forEach((u) => {
        let d = t[u];
        if (d !== void 0) {
          if (o.setNode(d), l !== void 0) {
            let c = t[l];
            if (c !== void 0) {
              let f = o.edge(c, d);
              o.setEdge(c, d, Math.max(s2(e, u, l), f || 0));
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
      Object.entries(r).forEach(([a2, l]) => {
        let u = ir(e, a2) / 2;
        o = Math.max(l + u, o), i = Math.min(l - u, i);
      });
      let s2 = o - i;
      return s2 < t[0] && (t = [s2, r]), t;
    }, [Number.POSITIVE_INFINITY, null])[1];
  }
  function tr(e, n) {
    let t = Object.values(n), r = S(Math.min, t), o = S(Math.max, t);
    ["u", "d"].forEach((i) => {
      ["l", "r"].forEach((s2) => {
        let a2 = i + s2, l = e[a2];
        if (!l || l === n) return;
        let u = Object.values(l), d = r - S(Math.min, u);
        s2 !== "l" && (d = o - S(Math.max, u)), d && (e[a2] = X(l, (c) => c + d));
      });
    });
  }
  function rr(e, n = void 0) {
    let t = e.ul;
    return t ? X(t, (r, o) => {
      var s2, a2;
      if (n) {
        let l = n.toLowerCase(), u = e[l];
        if (u && u[o] !== void 0) return u[o];
      }
      let i = Object.values(e).map((l) => {
        let u = l[o];
        return u !== void 0 ? u : 0;
      }).sort((l, u) => l - u);
      return (((s2 = i[1]) != null ? s2 : 0) + ((a2 = i[2]) != null ? a2 : 0)) / 2;
    }) : {};
  }
  function vn(e, n) {
    let t = P(e), r = Object.assign($t(e, t), Ut(e, t)), o = {}, i;
    ["u", "d"].forEach((a2) => {
      i = a2 === "u" ? t : Object.values(t).reverse(), ["l", "r"].forEach((l) => {
        l === "r" && (i = i.map((f) => Object.values(f).reverse()));
        let d = Qt(e, i, r, (f) => (a2 === "u" ? e.predecessors(f) : e.successors(f)) || [], n), c = Zt(e, i, d.root, d.align, l === "r");
        l === "r" && (c = X(c, (f) => -f)), o[a2 + l] = c;
      });
    });
    let s2 = nr(e, o);
    return tr(o, s2), rr(o, e.graph().align);
  }
  function or(e, n, t) {
    return (r, o, i) => {
      let s2 = r.node(o), a2 = r.node(i), l = 0, u;
      if (l += s2.width / 2, Object.hasOwn(s2, "labelpos")) switch (s2.labelpos.toLowerCase()) {
        case "l":
          u = -s2.width / 2;
          break;
        case "r":
          u = s2.width / 2;
          break;
      }
      if (u && (l += t ? u : -u), u = void 0, l += (s2.dummy ? n : e) / 2, l += (a2.dummy ? n : e) / 2, l += a2.width / 2, Object.hasOwn(a2, "labelpos")) switch (a2.labelpos.toLowerCase()) {
        case "l":
          u = a2.width / 2;
          break;
        case "r":
          u = -a2.width / 2;
          break;
      }
      return u && (l += t ? u : -u), l;
    };
  }
  function ir(e, n) {
    return e.node(n).width;
  }
  function Nn(e, n, t) {
    var s2;
    if (!t) return false;
    let r = (s2 = n.node(e)) == null ? void 0 : s2.edgeObj;
    if (!r || n.node(e).edgeLabel.reversed) return false;
    let o = t.indexOf(r == null ? void 0 : r.v), i = t.indexOf(r == null ? void 0 : r.w);
    return o !== -1 && i !== -1 && o === (i + 1) % t.length || o === (i - 1) % t.length;
  }
  function kn(e, n) {
    e = Z(e), sr(e), Object.entries(vn(e, n)).forEach(([t, r]) => e.node(t).x = r);
  }
  function sr(e) {
    let n = P(e), t = e.graph(), r = t.ranksep, o = t.rankalign, i = 0;
    n.forEach((s2) => {
      let a2 = s2.reduce((l, u) => {
        var c;
        let d = (c = e.node(u).height) != null ? c : 0;
        return l > d ? l : d;
      }, 0);
      s2.forEach((l) => {
        let u = e.node(l);
        o === "top" ? u.y = i + u.height / 2 : o === "bottom" ? u.y = i + a2 - u.height / 2 : u.y = i + a2 / 2;
      }), i += a2 + r;
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
    var y2;
    let r = e.nodes().filter((b) => e.children(b).length), o = {};
    r.forEach((b) => {
      let p = e.node(b);
      if (p && p.rankdir) {
        let E2 = new T({ multigraph: true, compound: true });
        E2.setGraph({ rankdir: p.rankdir });
        let w = e.children(b);
        w.forEach((G) => {
          let N = { ...e.node(G) };
          E2.setNode(G, N);
          let C2 = e.parent(G);
          C2 && C2 !== b && w.includes(C2) && E2.setParent(G, C2);
        });
        let k2 = /* @__PURE__ */ new Set();
        e.edges().forEach((G) => {
          let N = _n(e, G.v, b), C2 = _n(e, G.w, b);
          if (N === G.v && C2 === G.w) E2.setEdge(G, { ...e.edge(G) });
          else if (N && C2 && N !== C2) {
            let B2 = `${N}\0${C2}`;
            k2.has(B2) || (k2.add(B2), E2.setEdge(N, C2, { ...e.edge(G) }));
          }
        }), In(E2, n, t);
        let _ = Rn(E2);
        Cn(_, n, t, null), Tn(E2, _);
        let O = 1 / 0, j = 1 / 0, R = -1 / 0, I = -1 / 0;
        E2.nodes().forEach((G) => {
          if (G === b) return;
          let N = E2.node(G);
          N && typeof N.x == "number" && typeof N.y == "number" && typeof N.width == "number" && typeof N.height == "number" && (O = Math.min(O, N.x - N.width / 2), R = Math.max(R, N.x + N.width / 2), j = Math.min(j, N.y - N.height / 2), I = Math.max(I, N.y + N.height / 2));
        }), (!isFinite(O) || !isFinite(j) || !isFinite(R) || !isFinite(I)) && (O = j = 0, R = I = 0);
        let v = R - O, x2 = I - j;
        o[b] = { minX: O, minY: j, maxX: R, maxY: I, width: v, height: x2, offsetX: O, offsetY: j }, p._dagreClusterSubgraph = E2;
      }
    });
    let i = [], s2 = (b) => {
      let p = [], E2 = (e.children(b) || []).filter((w) => w !== b);
      for (; E2.length > 0; ) {
        let w = E2.shift();
        p.push(w), (e.children(w) || []).filter((k2) => k2 !== w).forEach((k2) => E2.push(k2));
      }
      return p;
    }, a2 = /* @__PURE__ */ new Map();
    r.forEach((b) => {
      let p = e.node(b);
      p && p.rankdir && o[b] && a2.set(b, (e.children(b) || []).filter((E2) => E2 !== b));
    });
    let l = new Set([...a2.values()].flat()), u = /* @__PURE__ */ new Map();
    a2.forEach((b, p) => {
      l.has(p) || u.set(p, s2(p));
    });
    let d = new Set([...u.values()].flat()), c = (b) => {
      for (let [p, E2] of u) if (E2.includes(b)) return p;
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
      let E2 = e.node(p), w = [];
      b.forEach((O) => {
        let j = e.node(O);
        j && (w.push({ id: O, node: j, parent: h.get(O) }), e.removeNode(O));
      });
      let k2 = f.filter(({ edge: O }) => b.includes(O.v) || b.includes(O.w)), _ = o[p];
      E2 && (i.push({ clusterId: p, subgraph: E2._dagreClusterSubgraph, bounds: _, children: b, removedNodes: w, removedEdges: k2 }), E2.width = _.width, E2.height = _.height);
    });
    let g = /* @__PURE__ */ new Set();
    f.forEach(({ edge: b, label: p }) => {
      let E2 = c(b.v), w = c(b.w);
      if (E2 !== w && e.hasNode(E2) && e.hasNode(w)) {
        let k2 = `${E2}\0${w}`;
        g.has(k2) || (g.add(k2), e.setEdge(E2, w, { ...p, width: 0, height: 0 }));
      }
    });
    let m = Rn(e), L = Cn(m, n, t, (y2 = xn.get(e)) != null ? y2 : null);
    xn.set(e, L), Tn(e, m), g.forEach((b) => {
      let p = b.indexOf("\0"), E2 = b.slice(0, p), w = b.slice(p + 1);
      e.hasEdge(E2, w) && e.removeEdge(E2, w);
    }), i.forEach(({ clusterId: b, subgraph: p, bounds: E2, removedNodes: w, removedEdges: k2 }) => {
      var v, x2;
      let _ = e.node(b), O = (v = _ == null ? void 0 : _.x) != null ? v : 0, j = (x2 = _ == null ? void 0 : _.y) != null ? x2 : 0, R = (E2.minX + E2.maxX) / 2, I = (E2.minY + E2.maxY) / 2;
      w.forEach(({ id: G, node: N, parent: C2 }) => {
        e.setNode(G, N), C2 !== void 0 && e.setParent(G, C2);
      }), k2.forEach(({ edge: G, label: N }) => {
        e.setEdge(G, N);
      }), p.nodes().forEach((G) => {
        if (G === b) return;
        let N = p.node(G), C2 = e.node(G);
        C2 && N && typeof N.x == "number" && typeof N.y == "number" && (C2.x = O + (N.x - R), C2.y = j + (N.y - I));
      }), On(e, p, O - R, j - I), delete _._dagreClusterSubgraph;
    }), r.forEach((b) => {
      var w, k2;
      let p = e.node(b), E2 = o[b];
      if (p && p.rankdir && p._dagreClusterSubgraph && E2) {
        let _ = p._dagreClusterSubgraph, O = (w = p.x) != null ? w : 0, j = (k2 = p.y) != null ? k2 : 0, R = (E2.minX + E2.maxX) / 2, I = (E2.minY + E2.maxY) / 2;
        _.nodes().forEach((v) => {
          if (v === b) return;
          let x2 = _.node(v), G = e.node(v);
          if (G && x2 && typeof x2.x == "number" && typeof x2.y == "number") {
            let N = x2.x - R, C2 = x2.y - I;
            G.x = O + N, G.y = j + C2;
          }
        }), On(e, _, O - R, j - I), delete p._dagreClusterSubgraph;
      }
    });
  }
  function On(e, n, t, r) {
    n.edges().forEach((o) => {
      if (!e.hasEdge(o)) return;
      let i = n.edge(o), s2 = e.edge(o);
      s2.points = i.points.map((a2) => ({ x: a2.x + t, y: a2.y + r })), Object.hasOwn(i, "x") && (s2.x = i.x + t, s2.y = i.y + r);
    });
  }
  function Cn(e, n, t, r = null) {
    var l, u;
    let o = (t == null ? void 0 : t.useDynamic) !== false, i = o && (l = r == null ? void 0 : r.graph) != null ? l : null, s2 = o && (u = r == null ? void 0 : r.rawNodes) != null ? u : null;
    n("    makeSpaceForEdgeLabels", () => br(e)), n("    removeSelfEdges", () => Gr(e)), n("    acyclic", () => Ue(e, i)), n("    nestingGraph.run", () => un(e)), n("    rank", () => dn(Z(e))), n("    injectEdgeLabelProxies", () => gr(e)), n("    removeEmptyRanks", () => We(e)), n("    nestingGraph.cleanup", () => fn(e)), n("    normalizeRanks", () => Be(e)), n("    assignRankMinMax", () => pr(e)), n("    removeEdgeLabelProxies", () => mr(e)), n("    normalize.run", () => Ke(e)), n("    parentDummyChains", () => ln(e)), n("    addBorderSegments", () => bn(e)), n("    order", () => re2(e, t, s2)), n("    insertSelfEdges", () => vr(e)), n("    adjustCoordinateSystem", () => pn(e)), n("    position", () => kn(e, t.corePath)), n("    positionSelfEdges", () => kr2(e));
    let a2 = JSON.parse(JSON.stringify(e._nodes));
    return n("    removeBorderNodes", () => Nr(e)), n("    normalize.undo", () => Qe(e)), n("    fixupEdgeLabelCoords", () => yr(e)), n("    undoCoordinateSystem", () => mn(e)), n("    translateGraph", () => Er(e)), n("    assignNodeIntersects", () => Lr(e)), n("    reversePoints", () => wr(e)), n("    acyclic.undo", () => Je(e)), { graph: e, rawNodes: a2 };
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
      Object.keys(jn).forEach((a2) => {
        i[a2] === void 0 && (i[a2] = jn[a2]);
      }), n.setNode(r, i);
      let s2 = e.parent(r);
      s2 !== void 0 && n.setParent(r, s2);
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
    let n = Number.POSITIVE_INFINITY, t = 0, r = Number.POSITIVE_INFINITY, o = 0, i = e.graph(), s2 = i.marginx || 0, a2 = i.marginy || 0;
    function l(u) {
      let d = u.x, c = u.y, f = u.width, h = u.height;
      n = Math.min(n, d - f / 2), t = Math.max(t, d + f / 2), r = Math.min(r, c - h / 2), o = Math.max(o, c + h / 2);
    }
    e.nodes().forEach((u) => l(e.node(u))), e.edges().forEach((u) => {
      let d = e.edge(u);
      Object.hasOwn(d, "x") && l(d);
    }), n -= s2, r -= a2, e.nodes().forEach((u) => {
      let d = e.node(u);
      d.x -= n, d.y -= r;
    }), e.edges().forEach((u) => {
      let d = e.edge(u);
      d.points.forEach((c) => {
        c.x -= n, c.y -= r;
      }), Object.hasOwn(d, "x") && (d.x -= n), Object.hasOwn(d, "y") && (d.y -= r);
    }), i.width = t - n + s2, i.height = o - r + a2;
  }
  function Lr(e) {
    e.edges().forEach((n) => {
      if (n.v === n.w) return;
      let t = e.edge(n), r = e.node(n.v), o = e.node(n.w), i, s2;
      t.points ? (i = t.points[0], s2 = t.points[t.points.length - 1]) : (t.points = [], i = o, s2 = r), t.points.unshift(se(r, i)), t.points.push(se(o, s2));
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
        let t = e.node(n), r = e.node(t.borderTop), o = e.node(t.borderBottom), i = e.node(t.borderLeft[t.borderLeft.length - 1]), s2 = e.node(t.borderRight[t.borderRight.length - 1]);
        t.width = Math.abs(s2.x - i.x), t.height = Math.abs(o.y - r.y), t.x = i.x + t.width / 2, t.y = r.y + t.height / 2;
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
        let s2 = e.node(o);
        typeof s2.rank != "number" && (s2.rank = 0), s2.order = i + r, (s2.selfEdges || []).forEach((a2) => {
          M(e, "selfedge", { width: a2.label.width, height: a2.label.height, rank: s2.rank, order: i + ++r, e: a2.e, edgeLabel: a2.label }, "_se"), (!Array.isArray(a2.label.points) || a2.label.points.length !== 7) && (a2.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
        }), delete s2.selfEdges;
      });
    });
  }
  function kr2(e) {
    e.nodes().forEach((n) => {
      let t = e.node(n), r = (o) => typeof o == "number" && isFinite(o);
      if (t.dummy === "selfedge") {
        let o = t, i = e.node(o.e.v), s2 = r(i == null ? void 0 : i.x) ? i.x : 0, a2 = r(i == null ? void 0 : i.y) ? i.y : 0, l = r(i == null ? void 0 : i.width) ? i.width : 0, u = r(i == null ? void 0 : i.height) ? i.height : 0, d = r(t.x) ? t.x : s2, c = r(t.y) ? t.y : a2, f = l / 2, h = u / 2;
        o.edgeLabel.points = [{ x: d + f, y: c - h }, { x: d + f, y: c - h }, { x: d, y: c }, { x: d - f, y: c + h }, { x: d - f, y: c + h }, { x: d, y: c }, { x: d, y: c }], o.edgeLabel.x = d, o.edgeLabel.y = c, e.setEdge(o.e, o.edgeLabel), e.removeNode(n);
      } else t && Array.isArray(t.selfEdges) && t.selfEdges.forEach((o) => {
        if (!Array.isArray(o.label.points) || o.label.points.length !== 7) {
          let i = r(t.x) ? t.x : 0, s2 = r(t.y) ? t.y : 0, a2 = r(t.width) ? t.width : 0, l = r(t.height) ? t.height : 0, u = a2 / 2, d = l / 2;
          o.label.points = [{ x: i + u, y: s2 - d }, { x: i + u, y: s2 - d }, { x: i, y: s2 }, { x: i - u, y: s2 + d }, { x: i - u, y: s2 + d }, { x: i, y: s2 }, { x: i, y: s2 }];
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
    const start2 = indeg.indexOf(0);
    if (start2 < 0 || indeg.some((d) => d > 1)) return null;
    const order = [];
    for (let k2 = start2; k2 !== -1 && order.length <= n; k2 = next[k2]) order.push(k2);
    return order.length === n ? order : null;
  }
  function stacked(ws, hs, edges, order) {
    const n = ws.length;
    const w = Math.max(...ws);
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let y2 = 0;
    for (const k2 of order) {
      xs[k2] = (w - ws[k2]) / 2;
      ys[k2] = y2;
      y2 += hs[k2] + GAP.rank;
    }
    const routes = [];
    for (let e = 0; e < edges.length; e += 2) {
      const [a2, b] = [edges[e], edges[e + 1]];
      routes.push(Float64Array.of(w / 2, ys[a2] + hs[a2], w / 2, ys[b]));
    }
    return { w, h: Math.max(0, y2 - GAP.rank), xs, ys, routes };
  }
  function layered(ws, hs, edges) {
    const g = new T();
    g.setGraph({ rankdir: "TB", nodesep: GAP.node, ranksep: GAP.rank, edgesep: GAP.edge, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    ws.forEach((w2, k2) => g.setNode(String(k2), { width: w2, height: hs[k2] }));
    for (let e = 0; e < edges.length; e += 2) g.setEdge(String(edges[e]), String(edges[e + 1]));
    Oe(g);
    const n = ws.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let w = 0;
    let h = 0;
    for (let k2 = 0; k2 < n; k2++) {
      const p = g.node(String(k2));
      xs[k2] = p.x - ws[k2] / 2;
      ys[k2] = p.y - hs[k2] / 2;
      w = Math.max(w, xs[k2] + ws[k2]);
      h = Math.max(h, ys[k2] + hs[k2]);
    }
    const routes = [];
    for (let e = 0; e < edges.length; e += 2) {
      const pts = g.edge(String(edges[e]), String(edges[e + 1]))?.points ?? [];
      routes.push(Float64Array.from(pts.flatMap((p) => [p.x, p.y])));
    }
    return { w, h, xs, ys, routes };
  }
  function layoutNested(req, cache2) {
    const t02 = performance.now();
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
      let l = cache2.get(key);
      if (l) reused++;
      else {
        const order = c.children.length ? chainOrder(c.children.length, c.edges) : [];
        if (order) reused++;
        else laidOut++;
        l = order ? stacked(ws, hs, c.edges, order) : layered(ws, hs, c.edges);
        cache2.set(key, l);
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
    const x2 = new Float64Array(req.items);
    const y2 = new Float64Array(req.items);
    const routes = new Array(req.containers.length);
    for (let ci = req.containers.length - 1; ci >= 0; ci--) {
      const c = req.containers[ci];
      const l = locals[ci];
      const ox = c.item === 0 ? ROOT_MARGIN : x2[c.item] + SIZES.pad + (w[c.item] - 2 * SIZES.pad - l.w) / 2;
      const oy = c.item === 0 ? ROOT_MARGIN : y2[c.item] + SIZES.header + SIZES.pad;
      c.children.forEach((child, k2) => {
        x2[child] = ox + l.xs[k2];
        y2[child] = oy + l.ys[k2];
      });
      routes[ci] = l.routes.map((r) => r.map((v, j) => v + (j % 2 ? oy : ox)));
    }
    const rects = new Float64Array(4 * req.items);
    for (let i = 0; i < req.items; i++) rects.set([x2[i], y2[i], w[i], h[i]], 4 * i);
    return { id: req.id, rects, routes, ms: performance.now() - t02, laidOut, reused };
  }

  // webview/graph/layout-client.ts
  var LayoutClient = class _LayoutClient {
    constructor(worker) {
      this.worker = worker;
      worker?.addEventListener("message", (e) => {
        const m = e.data;
        const id2 = m.type === "result" ? m.result.id : m.id;
        const p = this.pending.get(id2);
        if (!p) return;
        this.pending.delete(id2);
        if (m.type === "result") p.resolve(m.result);
        else p.reject(new Error(m.message));
      });
      worker?.addEventListener("error", (e) => {
        for (const p of this.pending.values()) p.reject(new Error(`layout worker: ${e.message}`));
        this.pending.clear();
      });
    }
    worker;
    nextId = 1;
    pending = /* @__PURE__ */ new Map();
    fallbackCache = null;
    /** Where layouts run: `worker`, or `page` when the worker could not be created. */
    get where() {
      return this.worker ? "worker" : "page";
    }
    static async create(workerUrl) {
      if (!workerUrl) {
        console.warn("quantlens: no layout worker URI (data-worker); laying out on the page");
        return new _LayoutClient(null);
      }
      try {
        const res = await fetch(workerUrl);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const blob = new Blob([await res.text()], { type: "text/javascript" });
        return new _LayoutClient(new Worker(URL.createObjectURL(blob)));
      } catch (e) {
        console.warn(`quantlens: the layout worker could not start (${e instanceof Error ? e.message : String(e)}); laying out on the page`);
        return new _LayoutClient(null);
      }
    }
    layout(req) {
      const full = { ...req, id: this.nextId++ };
      if (!this.worker) {
        this.fallbackCache ??= new LayoutCache();
        try {
          return Promise.resolve(layoutNested(full, this.fallbackCache));
        } catch (e) {
          return Promise.reject(e instanceof Error ? e : new Error(String(e)));
        }
      }
      return new Promise((resolve, reject) => {
        this.pending.set(full.id, { resolve, reject });
        this.worker.postMessage(full, [full.sizes.buffer]);
      });
    }
  };

  // webview/graph/main.ts
  var layout = LayoutClient.create(document.body.dataset.worker);
  var app = document.getElementById("app") ?? document.body.appendChild(document.createElement("div"));
  var view;
  var api = connect(isHostToGraph, (m) => view?.handle(m));
  view = new GraphView(app, api, layout);
  api.post({ type: "ready" });
})();
/*! Bundled license information:

tslib/tslib.es6.js:
  (*! *****************************************************************************
  Copyright (c) Microsoft Corporation.
  
  Permission to use, copy, modify, and/or distribute this software for any
  purpose with or without fee is hereby granted.
  
  THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
  REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
  AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
  INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
  LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
  OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
  PERFORMANCE OF THIS SOFTWARE.
  ***************************************************************************** *)

@dagrejs/dagre/dist/dagre.esm.js:
  (*! For license information please see dagre.esm.js.LEGAL.txt *)
*/
//# sourceMappingURL=graph.js.map
