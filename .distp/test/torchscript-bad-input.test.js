"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/torchscript-bad-input.test.ts
var import_assert = require("assert");
var fs2 = __toESM(require("fs"));
var os = __toESM(require("os"));
var path = __toESM(require("path"));

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict2) {
  var sl = dat.length, dl = dict2 ? dict2.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict2[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it2 = 0; it2 < 2; ++it2) {
      var clct = lcts[it2];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict2 = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict2.length + dat.length);
      newDat.set(dict2);
      newDat.set(dat, dict2.length);
      dat = newDat;
      st.w = dict2.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict2 = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict2 ? dict2.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict2)
      this.o.set(dict2);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}

// src/shared/exit-codes.ts
var EXIT_CODES = {
  /** The work is done (a comparison may still have found culprits). */
  ok: 0,
  /** A check the user asked for did not hold (`compare --fail-under`, `--fail-on`). */
  checkFailed: 1,
  /** The input is bad: a file that cannot be read, an invalid model, one the runtime refuses to load, a wrong option. */
  "bad-input": 2,
  /**
   * The model loads but the runtime fails while running it (a node's inputs do not fit it, or a graph input that
   * random data cannot fill): bad input too, reported with the node and why.
   */
  "run-failed": 2,
  /** A valid model that the target cannot compile (the diagnosis says why). */
  "compile-failed": 3,
  /** The engine process died (the native runtime crashed or ran out of memory); the message says what it was doing. */
  "engine-crashed": 4,
  /**
   * The machine refused what the work needs (no space left on a device, too many open files, no permission on the
   * temporary or cache folder): neither the input's fault nor a bug; the message says what was refused and where.
   */
  system: 5,
  /** Stopped by the user. */
  cancelled: 130,
  /** A bug in QuantLens. */
  internal: 70
};
function exitCodeFor(kind) {
  return EXIT_CODES[kind];
}

// src/engine/errors.ts
var QuantLensError = class _QuantLensError extends Error {
  constructor(kind, message, file, details = {}) {
    super(file ? `${file}: ${message}` : message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.kind = kind;
    this.file = file;
    this.name = "QuantLensError";
    this.reason = message;
    this.node = details.node;
    this.tensor = details.tensor;
  }
  kind;
  file;
  node;
  tensor;
  /** The message without the file in front. */
  reason;
  /** The same error, naming `file` when it named none (a caller that knows which file the work was about). */
  withFile(file) {
    if (this.file) return this;
    return new _QuantLensError(this.kind, this.reason, file, { node: this.node, tensor: this.tensor, cause: this.cause });
  }
  toObject() {
    return { kind: this.kind, exitCode: exitCodeFor(this.kind), message: this.message, file: this.file ?? null, node: this.node ?? null, tensor: this.tensor ?? null };
  }
};
function badInput(file, message, details = {}) {
  return new QuantLensError("bad-input", message, file, details);
}
function errorMessage(err2) {
  return err2 instanceof Error ? err2.message : String(err2);
}

// src/engine/findings/diagnostic.ts
function diag(code, severity, message, where = {}) {
  const d = { code, severity, node: where.node ?? null, tensor: where.tensor ?? null, message, fix: where.fix ?? null };
  if (where.module !== void 0) d.module = where.module;
  return d;
}
var RANK = { error: 2, warning: 1, info: 0 };
function sortDiagnostics(diags) {
  return diags.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.code.localeCompare(b.code));
}

// src/engine/torchscript/pickle-values.ts
var PyTuple = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var PyList = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var PyDict = class {
  entries = [];
  /** Where each primitive key sits in `entries` (state_dicts hold thousands of keys). */
  index = /* @__PURE__ */ new Map();
  set(key, value) {
    if (typeof key === "string" || typeof key === "number" || typeof key === "boolean" || key === null) {
      const i2 = this.index.get(key);
      if (i2 !== void 0) {
        this.entries[i2][1] = value;
        return;
      }
      this.index.set(key, this.entries.length);
    }
    this.entries.push([key, value]);
  }
  get(key) {
    const i2 = this.index.get(key);
    return i2 === void 0 ? void 0 : this.entries[i2][1];
  }
  /** Entries whose key is a string, in insertion order (module attributes, state_dict names). */
  *stringEntries() {
    for (const [k, v] of this.entries) if (typeof k === "string") yield [k, v];
  }
};
var PyGlobal = class {
  constructor(module2, name) {
    this.module = module2;
    this.name = name;
  }
  module;
  name;
  get qualified() {
    return `${this.module}.${this.name}`;
  }
};
var PyObject = class {
  constructor(cls, args) {
    this.cls = cls;
    this.args = args;
  }
  cls;
  args;
  state = void 0;
  listItems = [];
  dictItems = [];
};
var TorchTensor = class {
  constructor(dtype, shape, storage, requiresGrad, quant) {
    this.dtype = dtype;
    this.shape = shape;
    this.storage = storage;
    this.requiresGrad = requiresGrad;
    this.quant = quant;
  }
  dtype;
  shape;
  storage;
  requiresGrad;
  quant;
  isParameter = false;
  get numel() {
    return this.shape.reduce((a, b) => a * b, 1);
  }
};
function isStorage(v) {
  return typeof v === "object" && v !== null && !(v instanceof Uint8Array) && "kind" in v && v.kind === "storage";
}
function asInt(v) {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return void 0;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  return asInt(v);
}
function seqItems(v) {
  if (v instanceof PyTuple || v instanceof PyList) return v.items;
  return void 0;
}
function asIntList(v) {
  const items = seqItems(v);
  if (!items) return void 0;
  const out = [];
  for (const item of items) {
    const n = asInt(item);
    if (n === void 0) return void 0;
    out.push(n);
  }
  return out;
}
function displayClassName(qualified) {
  return qualified.replace(/\.___torch_mangle_\d+/g, "").replace(/^__torch__\./, "");
}

// src/engine/torchscript/torch-globals.ts
var STORAGE_DTYPES = {
  FloatStorage: "float32",
  DoubleStorage: "float64",
  HalfStorage: "float16",
  BFloat16Storage: "bfloat16",
  LongStorage: "int64",
  IntStorage: "int32",
  ShortStorage: "int16",
  CharStorage: "int8",
  ByteStorage: "uint8",
  BoolStorage: "bool",
  ComplexFloatStorage: "complex64",
  ComplexDoubleStorage: "complex128",
  QInt8Storage: "qint8",
  QUInt8Storage: "quint8",
  QInt32Storage: "qint32",
  QUInt4x2Storage: "quint4x2",
  QUInt2x4Storage: "quint2x4",
  UntypedStorage: "uint8",
  Float8_e4m3fnStorage: "float8_e4m3fn",
  Float8_e5m2Storage: "float8_e5m2"
};
var TORCH_DTYPES = /* @__PURE__ */ new Set([
  "float32",
  "float",
  "float64",
  "double",
  "float16",
  "half",
  "bfloat16",
  "int64",
  "long",
  "int32",
  "int",
  "int16",
  "short",
  "int8",
  "uint8",
  "bool",
  "complex64",
  "complex128",
  "qint8",
  "quint8",
  "qint32",
  "quint4x2",
  "quint2x4",
  "float8_e4m3fn",
  "float8_e5m2"
]);
var DTYPE_ALIASES = { float: "float32", double: "float64", half: "float16", long: "int64", int: "int32", short: "int16" };
function torchDtypeName(g) {
  if (g.module !== "torch" || !TORCH_DTYPES.has(g.name)) return void 0;
  return DTYPE_ALIASES[g.name] ?? g.name;
}
var DANGEROUS_MODULES = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "subprocess",
  "sys",
  "shutil",
  "socket",
  "pty",
  "runpy",
  "importlib",
  "pickle",
  "_pickle",
  "marshal",
  "ctypes",
  "code",
  "webbrowser",
  "multiprocessing",
  "platform",
  "signal",
  "pdb",
  "timeit",
  "commands",
  "popen2",
  "asyncio"
]);
var DANGEROUS_BUILTINS = /* @__PURE__ */ new Set([
  "eval",
  "exec",
  "execfile",
  "compile",
  "__import__",
  "open",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "vars",
  "input",
  "breakpoint",
  "apply",
  "reload"
]);
function isDangerousCall(g) {
  const root = g.module.split(".")[0];
  if (root === "builtins" || root === "__builtin__") return DANGEROUS_BUILTINS.has(g.name);
  return DANGEROUS_MODULES.has(root);
}
function persistentLoad(pid, fail) {
  const items = seqItems(pid);
  if (!items || items.length < 2) return fail("a persistent id that is not a tuple");
  if (items[0] === "module") return items[1];
  if (items[0] !== "storage" || items.length < 5) return fail(`an unknown persistent id kind '${String(items[0])}'`);
  const cls = items[1];
  const storageType = cls instanceof PyGlobal ? cls.name : "unknown";
  const numel = asInt(items[4]);
  if (typeof items[2] !== "string" || numel === void 0 || numel < 0) return fail("a storage persistent id without a key or size");
  const storage = {
    kind: "storage",
    key: items[2],
    storageType,
    dtype: STORAGE_DTYPES[storageType] ?? "unknown",
    location: typeof items[3] === "string" ? items[3] : "unknown",
    numel
  };
  return storage;
}
function rebuildTensor(args, requiresGradAt, fail, dtypeOverride) {
  const storage = args[0];
  if (!isStorage(storage)) return fail("a tensor rebuilt from something that is not a storage");
  const shape = asIntList(args[2]);
  if (!shape || shape.some((d) => d < 0)) return fail("a tensor with an invalid shape");
  const dtype = dtypeOverride instanceof PyGlobal ? torchDtypeName(dtypeOverride) ?? storage.dtype : storage.dtype;
  return new TorchTensor(dtype, shape, storage, args[requiresGradAt] === true, null);
}
function qscheme(v) {
  return v instanceof PyGlobal ? v.name : typeof v === "number" ? ["per_tensor_affine", "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric", "per_channel_affine_float_qparams"][v] ?? `qscheme ${v}` : "unknown";
}
function rebuildQTensor(args, fail) {
  const base = rebuildTensor(args, 5, fail);
  const params = seqItems(args[4]) ?? [];
  const scheme = qscheme(params[0] ?? null);
  const quant = { qscheme: scheme };
  if (scheme.startsWith("per_tensor")) {
    quant.scale = asNumber(params[1]);
    quant.zeroPoint = asInt(params[2]);
  } else {
    if (params[1] instanceof TorchTensor) quant.scales = params[1];
    if (params[2] instanceof TorchTensor) quant.zeroPoints = params[2];
    quant.axis = asInt(params[3]);
  }
  return new TorchTensor(base.dtype, base.shape, base.storage, base.requiresGrad, quant);
}
function asParameter(v, requiresGrad, fail) {
  if (!(v instanceof TorchTensor)) return fail("a parameter whose data is not a tensor");
  v.isParameter = true;
  if (typeof requiresGrad === "boolean") v.requiresGrad = requiresGrad;
  return v;
}
function orderedDict(args) {
  const d = new PyDict();
  for (const pair of seqItems(args[0]) ?? []) {
    const kv = seqItems(pair);
    if (kv && kv.length === 2) d.set(kv[0], kv[1]);
  }
  return d;
}
var INTERPRETERS = {
  "collections.OrderedDict": orderedDict,
  "builtins.set": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "builtins.frozenset": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "__builtin__.set": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch._utils._rebuild_tensor": (a, fail) => rebuildTensor(a, -1, fail),
  "torch._utils._rebuild_tensor_v2": (a, fail) => rebuildTensor(a, 4, fail),
  "torch._utils._rebuild_tensor_v3": (a, fail) => rebuildTensor(a, 4, fail, a[6]),
  "torch._utils._rebuild_qtensor": rebuildQTensor,
  "torch._utils._rebuild_parameter": (a, fail) => asParameter(a[0], a[1], fail),
  "torch._utils._rebuild_parameter_with_state": (a, fail) => asParameter(a[0], a[1], fail),
  "torch.Size": (a) => new PyTuple([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.build_intlist": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.build_floatlist": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.build_doublelist": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.build_boollist": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.build_tensorlist": (a) => new PyList([...seqItems(a[0]) ?? []]),
  "torch.jit._pickle.restore_type_tag": (a) => a[0] ?? null,
  // copyreg._reconstructor(cls, object, None) is how protocol 0/1 pickles make an instance without calling __init__.
  "copyreg._reconstructor": (a) => new PyObject(a[0] instanceof PyGlobal ? a[0].qualified : "unknown", []),
  "copy_reg._reconstructor": (a) => new PyObject(a[0] instanceof PyGlobal ? a[0].qualified : "unknown", [])
};
function rebuildFromType(args, fail) {
  const [fn, newType, inner] = args;
  if (!(fn instanceof PyGlobal) || !INTERPRETERS[fn.qualified]) return void 0;
  const value = INTERPRETERS[fn.qualified](seqItems(inner) ?? [], fail);
  if (value instanceof TorchTensor && newType instanceof PyGlobal && newType.name === "Parameter") value.isParameter = true;
  return value;
}
function interpretCall(fn, args, fail) {
  if (fn.qualified === "torch._tensor._rebuild_from_type_v2") return rebuildFromType(args, fail);
  const interpreter = INTERPRETERS[fn.qualified];
  return interpreter ? interpreter(args, fail) : void 0;
}

// src/engine/torchscript/quant-classify.ts
var SCALAR_TYPES = {
  0: "uint8",
  1: "int8",
  2: "int16",
  3: "int32",
  4: "int64",
  5: "float16",
  6: "float32",
  7: "float64",
  11: "bool",
  12: "qint8",
  13: "quint8",
  14: "qint32",
  15: "bfloat16",
  16: "quint4x2",
  17: "quint2x4"
};
var QSCHEMES = ["per_tensor_affine", "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric", "per_channel_affine_float_qparams"];
var DTYPE_RANGES = {
  qint8: [-128, 127],
  quint8: [0, 255],
  qint32: [-2147483648, 2147483647],
  quint4x2: [0, 15],
  quint2x4: [0, 3],
  int8: [-128, 127],
  uint8: [0, 255]
};
var REDUCED_RANGES = { qint8: [-64, 63], quint8: [0, 127] };
function dtypeRange(dtype) {
  return DTYPE_RANGES[dtype];
}
function rangeBits(qmin, qmax) {
  return Math.ceil(Math.log2(qmax - qmin + 1));
}
function moduleKind(node) {
  if (!node.cls) return inferredKind(node);
  const name = displayClassName(node.cls);
  const short = name.split(".").pop() ?? name;
  if (/FakeQuantize/.test(short) || /\.fake_quantize\./.test(name)) return "fake-quant";
  if (/Observer$/.test(short) || /\.quantization\.observer\./.test(name)) return "observer";
  if (/^(QuantStub|DeQuantStub|QuantWrapper)$/.test(short)) return "stub";
  if (short === "FloatFunctional") return "float";
  if (/(^|\.)nn\.(intrinsic\.)?qat\./.test(name)) return "qat";
  if (/(^|\.)nn\.(intrinsic\.)?quantized\./.test(name)) return "quantized";
  return "float";
}
function inferredKind(node) {
  const names = new Set(node.tensorNames);
  if (names.has("fake_quant_enabled")) return "fake-quant";
  if (names.has("min_val") || names.has("max_val") || names.has("histogram")) return "observer";
  if ([...names].some((n) => /(^|\.)_packed_params(\.|$)/.test(n))) return "quantized";
  return "float";
}
function isFakeQuantOp(op) {
  return /fake_quant/.test(op);
}
function isQuantizedOp(op) {
  return /^_?quantized::/.test(op) || /^aten::(quantize_per_tensor|quantize_per_channel|quantize_per_tensor_dynamic|dequantize)$/.test(op);
}
function attr(node, key) {
  return node?.attrs?.get(key);
}
function dtypeOf(v) {
  if (v instanceof PyGlobal) return torchDtypeName(v) ?? v.name;
  const code = asInt(v);
  return code === void 0 ? null : SCALAR_TYPES[code] ?? `scalar type ${code}`;
}
function qschemeOf(v) {
  if (v instanceof PyGlobal) return v.name;
  const code = asInt(v);
  return code === void 0 ? null : QSCHEMES[code] ?? null;
}
function quantConfig(node) {
  if (!node.attrs) return null;
  const observer = node.children.get("activation_post_process");
  const pick = (key) => {
    const own = attr(node, key);
    return own === void 0 || own === null ? attr(observer, key) : own;
  };
  const dtype = dtypeOf(pick("dtype"));
  const qscheme2 = qschemeOf(pick("qscheme"));
  const reduce = pick("reduce_range");
  const reduceRange = typeof reduce === "boolean" ? reduce : null;
  let qmin = asInt(pick("quant_min")) ?? null;
  let qmax = asInt(pick("quant_max")) ?? null;
  const derived = dtype ? reduceRange ? REDUCED_RANGES[dtype] : dtypeRange(dtype) : void 0;
  if ((qmin === null || qmax === null) && derived) [qmin, qmax] = derived;
  if (dtype === null && qmin === null && qscheme2 === null) return null;
  return {
    role: node.path.split(".").some((s) => /weight/.test(s)) ? "weight" : "activation",
    dtype,
    qmin,
    qmax,
    bits: qmin !== null && qmax !== null && qmax > qmin ? rangeBits(qmin, qmax) : null,
    reduceRange,
    scheme: qscheme2 ? qscheme2.startsWith("per_channel") ? "per-channel" : "per-tensor" : null,
    symmetric: qscheme2 ? qscheme2.includes("symmetric") : null,
    axis: qscheme2?.startsWith("per_channel") ? asInt(pick("ch_axis")) ?? null : null
  };
}

// src/engine/torchscript/inspect-findings.ts
function inspectFindings(r) {
  const out = [];
  const q = r.quantization;
  const fakeQuant = r.modules.filter((m) => m.kind === "fake-quant");
  const fused = fakeQuant.filter((m) => /FusedMovingAvgObsFakeQuantize$/.test(m.type ?? ""));
  const fqOps = Object.keys(r.ops).filter(isFakeQuantOp);
  if (r.container === "legacy-pickle" || r.container === "plain-pickle" || r.format === "pickle") out.push(notTorchScript(r));
  if (fakeQuant.length > 0 || fqOps.length > 0) {
    const calls = q.fakeQuantOpCalls > 0 ? ` and ${q.fakeQuantOpCalls} fake-quantize op call(s) per forward (${fqOps.join(", ")})` : "";
    out.push(diag(
      "qat-not-converted",
      q.state === "mixed" ? "warning" : "error",
      `${fakeQuant.length} fake-quantize module(s)${examples(fakeQuant)}${calls} are still in the model: it was saved before convert. Compilers reject these ops ("The following operators are not implemented: aten::fake_quantize_\u2026") or run the model in float.`,
      {
        module: fakeQuant[0]?.name ?? null,
        fix: "run torch.ao.quantization.convert(model.eval()) before torch.jit.trace/torch.jit.save; or export the QAT model to ONNX at opset 13 or later, where each fake-quantize becomes a QuantizeLinear/DequantizeLinear (QDQ) pair"
      }
    ));
  } else if (q.observerModules > 0) {
    const observers = r.modules.filter((m) => m.kind === "observer");
    out.push(diag(
      "observers-not-converted",
      "error",
      `${q.observerModules} observer module(s)${examples(observers)} are in the model: it was prepared for quantization but never converted, so it runs in float`,
      { module: observers[0]?.name ?? null, fix: "calibrate, then run torch.ao.quantization.convert(model.eval()) before saving" }
    ));
  }
  if (fused.length > 0 || fqOps.includes("aten::fused_moving_avg_obs_fake_quant")) {
    out.push(diag(
      "fused-fake-quant",
      "warning",
      `${fused.length} FusedMovingAvgObsFakeQuantize module(s)${examples(fused)} call aten::fused_moving_avg_obs_fake_quant, which torch.onnx.export cannot export ("aten::fused_moving_avg_obs_fake_quant ... not supported")`,
      {
        module: fused[0]?.name ?? null,
        fix: "convert before exporting; to export the QAT model as QDQ ONNX instead, swap them for FakeQuantize: prepare the model with torch.ao.quantization.get_default_qat_qconfig(backend, version=0), load the trained state_dict, and export at opset 13+"
      }
    ));
  }
  if (q.state === "mixed") {
    out.push(diag(
      "mixed-quantization",
      "warning",
      `the model holds both integer parts (${q.quantizedModules} quantized module(s), ${q.quantizedTensors} quantized tensor(s)) and simulated ones (fake-quantize or observers): a partial convert, or modules added after convert`,
      { module: r.modules.find((m) => m.kind === "fake-quant" || m.kind === "observer")?.name ?? null, fix: "convert the whole model in one torch.ao.quantization.convert call, after every module is in place" }
    ));
  }
  const reduced = q.ranges.filter((x2) => x2.role === "activation" && x2.dtype === "quint8" && x2.qmin === 0 && x2.qmax === 127);
  if (reduced.length > 0) {
    const n = reduced.reduce((a, x2) => a + x2.count, 0);
    out.push(diag(
      "reduced-range",
      "info",
      `${n} activation quantizer(s) use 7 bits (quint8 0..127, reduce_range): the fbgemm/x86 choice that keeps int8 kernels without VNNI from saturating. The exported model keeps the 0..127 range.`,
      { module: r.modules.find((m) => m.quant && reduced.some((x2) => x2.qmin === m.quant?.qmin && x2.qmax === m.quant?.qmax && m.quant.role === "activation"))?.name ?? null }
    ));
  }
  if (q.state === "float" && r.parameters.length > 0) {
    out.push(diag("float-model", "info", "no quantization found: no fake-quantize, observer, quantized module, packed parameters or quantized tensor", { module: null }));
  }
  if (r.format === "torchscript" && r.opsCounted === "none") {
    out.push(diag("no-forward", "info", "the root module's forward is not in the archive's code, so ops were not counted", { module: "" }));
  }
  return sortDiagnostics(out);
}
function examples(mods) {
  if (mods.length === 0) return "";
  const shown = mods.slice(0, 3).map((m) => m.name || "(root)");
  return ` (${shown.join(", ")}${mods.length > 3 ? `, +${mods.length - 3} more` : ""})`;
}
function notTorchScript(r) {
  const how = r.container === "legacy-pickle" ? "a legacy torch.save file (PyTorch before 1.6, or _use_new_zipfile_serialization=False)" : r.container === "plain-pickle" ? "a plain Python pickle, not written by torch.save" : "a torch.save archive of pickled Python objects";
  const classes = Object.keys(r.placeholders).filter((c) => !/^(torch|collections|builtins|__builtin__|copyreg|numpy)\./.test(c));
  const needs = classes.length > 0 ? ` Loading it needs these classes importable (torch.load with weights_only=False): ${classes.slice(0, 5).join(", ")}${classes.length > 5 ? `, +${classes.length - 5} more` : ""}.` : "";
  return diag(
    "not-torchscript",
    "warning",
    `${how}, not TorchScript: torch.jit.load cannot load it and compilers that take TorchScript cannot read it; the modules shown come from the pickle, and no ops are known.${needs}`,
    {
      module: null,
      fix: "load it into the model class (torch.load, weights_only=True for a state_dict, then model.load_state_dict), then torch.jit.trace(model, example) and torch.jit.save; or export it to ONNX with torch.onnx.export"
    }
  );
}

// src/engine/torchscript/script-code.ts
var NOT_OPS = /* @__PURE__ */ new Set(["torch.device"]);
function opName(callee) {
  const parts = callee.split(".");
  if (parts[0] === "torch" && parts[1] === "ops" && parts.length >= 4) return `${parts[2]}::${parts.slice(3).join(".")}`;
  if (parts[0] === "ops" && parts.length >= 3) return `${parts[1]}::${parts.slice(2).join(".")}`;
  if (parts[0] === "torch" && parts.length === 2) return `aten::${parts[1]}`;
  return callee;
}
function stripStringsAndComments(line) {
  const noStrings = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const hash = noStrings.indexOf("#");
  return hash >= 0 ? noStrings.slice(0, hash) : noStrings;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function quotedList(line) {
  return [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}
function eventsOf(lines) {
  const events = [];
  const aliases = /* @__PURE__ */ new Map();
  for (const raw2 of lines) {
    const g = /^\s*(\w+) = getattr\((\w+), "([^"]*)"\)\s*$/.exec(raw2);
    if (g) {
      events.push({ kind: "bind", name: g[1], base: g[2], attr: g[3] });
      continue;
    }
    const s = stripStringsAndComments(raw2);
    const alias = /^\s*(\w+) = (__torch__\.[\w.]+)\s*$/.exec(s);
    if (alias) {
      aliases.set(alias[1], alias[2]);
      continue;
    }
    const bind = /^\s*(\w+) = (\w+)\.(\w+)\s*$/.exec(s);
    if (bind) events.push({ kind: "bind", name: bind[1], base: bind[2], attr: bind[3] });
    for (const m of s.matchAll(/\(([\w.]+)\)\.(\w+)\(/g)) events.push({ kind: "call", target: m[1], method: m[2] });
    for (const m of s.matchAll(/(?<![\w.])((?:torch|ops)\.[A-Za-z_][\w.]*)\s*\(/g)) {
      if (!NOT_OPS.has(m[1])) events.push({ kind: "op", op: opName(m[1]) });
    }
    for (const m of s.matchAll(/(?<![\w.])(__torch__\.[\w.]+|\w+)\(/g)) {
      const fn = m[1].startsWith("__torch__.") ? m[1] : aliases.get(m[1]);
      if (fn) events.push({ kind: "fn", qualified: fn });
    }
  }
  return events;
}
function readDef(lines, i2) {
  const indent = indentOf(lines[i2]);
  const name = /def\s+(\w+)/.exec(lines[i2])?.[1] ?? "";
  let sig = "";
  let j = i2;
  for (; j < lines.length; j++) {
    sig += " " + lines[j].trim();
    if (/\)\s*(->.*)?:\s*$/.test(stripStringsAndComments(lines[j]))) break;
  }
  const params = [...sig.matchAll(/[(,]\s*(\w+)\s*:/g)].map((m) => m[1]).filter((p) => p !== "self");
  const body = [];
  for (j++; j < lines.length; j++) {
    if (lines[j].trim() !== "" && indentOf(lines[j]) <= indent) break;
    body.push(lines[j]);
  }
  return { method: { name, params, events: eventsOf(body), lines: body }, next: j };
}
function moduleOfPath(path2) {
  return path2.replace(/^code\//, "").replace(/\.py$/, "").split("/").join(".");
}
function parseFile(text, module2, out) {
  const lines = text.split(/\r?\n/);
  let current = null;
  for (let i2 = 0; i2 < lines.length; ) {
    const line = lines[i2];
    const indent = indentOf(line);
    if (line.trim() === "") {
      i2++;
      continue;
    }
    if (indent === 0) current = null;
    const cls = indent === 0 ? /^class\s+(\w+)\s*(?:\(([\w.]*)\))?\s*:/.exec(line) : null;
    if (cls) {
      current = { qualified: `${module2}.${cls[1]}`, base: cls[2] ?? "", parameters: [], buffers: [], attributes: /* @__PURE__ */ new Map(), methods: /* @__PURE__ */ new Map() };
      out.classes.set(current.qualified, current);
      i2++;
      continue;
    }
    if (/^\s*def\s+\w+/.test(line)) {
      const { method, next } = readDef(lines, i2);
      if (current && indent > 0) current.methods.set(method.name, method);
      else if (indent === 0) out.functions.set(`${module2}.${method.name}`, method);
      i2 = next;
      continue;
    }
    if (current && /^\s*__parameters__\s*=/.test(line)) current.parameters = quotedList(line);
    else if (current && /^\s*__buffers__\s*=/.test(line)) current.buffers = quotedList(line);
    else if (current) {
      const attr2 = /^\s+(\w+)\s*:\s*(.+?)\s*$/.exec(line) ?? /^\s+__annotations__\["([^"]+)"\]\s*=\s*(.+?)\s*$/.exec(line);
      if (attr2) current.attributes.set(attr2[1], attr2[2]);
    }
    i2++;
  }
}
function parseScriptCode(entries) {
  const out = { classes: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map(), files: 0 };
  const text = new TextDecoder("utf-8");
  for (const [path2, bytes] of entries) {
    if (!/^code\/.+\.py$/.test(path2)) continue;
    out.files++;
    parseFile(text.decode(bytes), moduleOfPath(path2), out);
  }
  return out;
}
function tupleStateNames(cls) {
  const names = /* @__PURE__ */ new Map();
  const setstate = cls?.methods.get("__setstate__");
  if (!cls || !setstate) return names;
  for (const line of setstate.lines) {
    const direct = /self\.(\w+)\s*=\s*\(state\)\[(\d+)\]/.exec(line);
    if (direct) names.set(Number(direct[2]), direct[1]);
    const viaMethod = /\(self\)\.(\w+)\(((?:\s*\(state\)\[\d+\],?)+)\s*\)/.exec(line);
    if (viaMethod) {
      const params = cls.methods.get(viaMethod[1])?.params ?? [];
      [...viaMethod[2].matchAll(/\(state\)\[(\d+)\]/g)].forEach((m, k) => {
        if (params[k]) names.set(Number(m[1]), params[k]);
      });
    }
  }
  return names;
}

// src/engine/torchscript/module-tree.ts
var TORCHBIND = "__torch__.torch.classes.";
var STATE_ALIASES = { w: "weight", b: "bias" };
function ownerOf(key) {
  const packed = /^(.*?)\.?_packed_params(\.|$)/.exec(key);
  return packed ? packed[1] : key.split(".").slice(0, -1).join(".");
}
function join(path2, key) {
  return path2 ? `${path2}.${key}` : key;
}
var TreeBuilder = class _TreeBuilder {
  constructor(code, maxDepth, fail) {
    this.code = code;
    this.maxDepth = maxDepth;
    this.fail = fail;
  }
  code;
  maxDepth;
  fail;
  modules = [];
  tensors = [];
  packed = [];
  seen = /* @__PURE__ */ new Set();
  /** A module shared by two parents is one node with two names; the first one is its path. */
  nodes = /* @__PURE__ */ new Map();
  guard(depth) {
    if (depth > this.maxDepth) this.fail(`objects nested deeper than ${this.maxDepth} levels`);
  }
  node(path2, cls, attrs) {
    const n = { path: path2, cls, children: /* @__PURE__ */ new Map(), attrs, tensorNames: [] };
    this.modules.push(n);
    return n;
  }
  addTensor(t, name, module2, role) {
    this.tensors.push({ name, module: typeof module2 === "string" ? module2 : module2.path, role, tensor: t });
    if (typeof module2 !== "string") module2.tensorNames.push(name.slice(module2.path ? module2.path.length + 1 : 0));
  }
  /** Every tensor inside a value that is not a module, named by the path to it. */
  collect(v, name, owner, role, depth) {
    this.guard(depth);
    if (v instanceof TorchTensor) return this.addTensor(v, name, owner, role);
    if (typeof v !== "object" || v === null || v instanceof Uint8Array || this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyDict) {
      for (const [k, item] of v.entries) if (typeof k === "string" || typeof k === "number") this.collect(item, join(name, String(k)), owner, role, depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i2) => this.collect(item, join(name, String(i2)), owner, role, depth + 1));
    } else if (v instanceof PyObject) {
      this.collect(v.state, name, owner, role, depth + 1);
      v.listItems.forEach((item, i2) => this.collect(item, join(name, String(i2)), owner, role, depth + 1));
      for (const [k, item] of v.dictItems) if (typeof k === "string") this.collect(item, join(name, k), owner, role, depth + 1);
    }
  }
  // TorchScript: `__torch__` objects; the archive's code says which classes are modules and what their tensors are.
  isScriptModule(v) {
    if (!(v instanceof PyObject) || !v.cls.startsWith("__torch__.") || v.cls.startsWith(TORCHBIND)) return false;
    const cls = this.code?.classes.get(v.cls);
    if (cls) return cls.base === "Module";
    return v.state instanceof PyDict && v.state.get("training") !== void 0;
  }
  script(obj, path2, depth) {
    this.guard(depth);
    this.seen.add(obj);
    const cls = this.code?.classes.get(obj.cls);
    const state = obj.state;
    const node = this.node(path2, obj.cls, state instanceof PyDict ? state : null);
    this.nodes.set(obj, node);
    for (const [attr2, type] of cls?.attributes ?? []) if (type.startsWith(TORCHBIND)) this.packed.push({ module: path2, attr: attr2, type: type.slice("__torch__.".length) });
    if (state instanceof PyDict) {
      for (const [k, v] of state.stringEntries()) {
        const name = join(path2, k);
        if (this.isScriptModule(v)) node.children.set(k, this.nodes.get(v) ?? this.script(v, name, depth + 1));
        else if (v instanceof PyObject && v.cls.startsWith(TORCHBIND)) {
          if (!cls) this.packed.push({ module: path2, attr: k, type: v.cls.slice("__torch__.".length) });
          this.packedTensors(v.state, name, node, depth + 1);
        } else if (v instanceof TorchTensor) {
          this.addTensor(v, name, node, cls?.parameters.includes(k) ? "parameter" : cls?.buffers.includes(k) ? "buffer" : "attribute");
        } else this.collect(v, name, node, "attribute", depth + 1);
      }
    } else if (state instanceof PyTuple || state instanceof PyList) {
      this.tupleState(state.items, cls, node, depth + 1);
    }
    return node;
  }
  /** A state from a custom `__getstate__` (converted quantized modules unpack their packed params this way). */
  tupleState(items, cls, node, depth) {
    const names = tupleStateNames(cls);
    const role = cls?.methods.has("_weight_bias") ? "packed" : "attribute";
    items.forEach((v, i2) => {
      const raw2 = names.get(i2);
      const name = join(node.path, raw2 ? STATE_ALIASES[raw2] ?? raw2 : `state[${i2}]`);
      if (v instanceof TorchTensor) this.addTensor(v, name, node, role);
      else this.collect(v, name, node, role, depth);
    });
  }
  /** Packed params keep a quantized weight and an optional float bias (plus backend config for convolutions). */
  packedTensors(state, name, node, depth) {
    const before = this.tensors.length;
    this.collect(state, name, node, "packed", depth);
    const found = this.tensors.slice(before);
    const weight = found.find((e) => e.tensor.quant !== null);
    const bias = found.find((e) => e !== weight && e.tensor.quant === null && e.tensor.shape.length === 1 && /float/.test(e.tensor.dtype));
    if (weight) weight.name = join(name, "weight");
    if (bias) bias.name = join(name, "bias");
  }
  // Eager torch.save(model): nn.Module instances whose state is their __dict__.
  static isEagerModule(v) {
    return v instanceof PyObject && v.state instanceof PyDict && v.state.get("_modules") instanceof PyDict;
  }
  eager(obj, path2, depth) {
    this.guard(depth);
    this.seen.add(obj);
    const state = obj.state;
    const node = this.node(path2, obj.cls, state);
    this.nodes.set(obj, node);
    for (const [k, v] of state.stringEntries()) {
      if (k === "_modules" && v instanceof PyDict) {
        for (const [name, child] of v.stringEntries()) {
          if (_TreeBuilder.isEagerModule(child)) node.children.set(name, this.nodes.get(child) ?? this.eager(child, join(path2, name), depth + 1));
        }
      } else if ((k === "_parameters" || k === "_buffers") && v instanceof PyDict) {
        for (const [name, t] of v.stringEntries()) if (t instanceof TorchTensor) this.addTensor(t, join(path2, name), node, k === "_parameters" ? "parameter" : "buffer");
      } else if (!/^_(forward|backward|state_dict|load_state_dict|non_persistent)/.test(k)) {
        this.collect(v, join(path2, k), node, k === "_packed_params" ? "packed" : "attribute", depth + 1);
      }
    }
    return node;
  }
  /** State dicts and checkpoints: find modules and tensors anywhere, naming tensors by their key path. */
  generic(v, path2, depth) {
    this.guard(depth);
    if (_TreeBuilder.isEagerModule(v)) {
      if (!this.seen.has(v)) this.eager(v, path2, depth + 1);
      return;
    }
    if (v instanceof TorchTensor) return this.addTensor(v, path2, ownerOf(path2), "tensor");
    if (typeof v !== "object" || v === null || v instanceof Uint8Array || this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyDict) {
      for (const [k, item] of v.entries) if (typeof k === "string" || typeof k === "number") this.generic(item, join(path2, String(k)), depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i2) => this.generic(item, join(path2, String(i2)), depth + 1));
    } else if (v instanceof PyObject) {
      this.generic(v.state, path2, depth + 1);
      for (const [k, item] of v.dictItems) if (typeof k === "string") this.generic(item, join(path2, k), depth + 1);
    }
  }
  /** Modules named by tensor keys (`features.0.weight` -> `features.0`), for files that hold no module objects. */
  inferModules() {
    const byPath = /* @__PURE__ */ new Map();
    for (const t of this.tensors) {
      let mod = byPath.get(t.module);
      if (!mod) {
        mod = { path: t.module, cls: "", children: /* @__PURE__ */ new Map(), attrs: null, tensorNames: [] };
        byPath.set(t.module, mod);
      }
      mod.tensorNames.push(t.name.slice(t.module ? t.module.length + 1 : 0));
      if (/(^|\.)_packed_params(\.|$)/.test(t.name) && !this.packed.some((p) => p.module === t.module)) {
        this.packed.push({ module: t.module, attr: "_packed_params", type: "packed params (state_dict)" });
      }
    }
    this.modules.push(...byPath.values());
  }
};
function scriptTree(root, code, maxDepth, fail) {
  const b = new TreeBuilder(code, maxDepth, fail);
  if (!(root instanceof PyObject)) return fail("data.pkl does not hold a module object");
  const top = b.script(root, "", 0);
  return { source: "script", root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
}
function pickleTree(root, maxDepth, fail) {
  const b = new TreeBuilder(null, maxDepth, fail);
  if (TreeBuilder.isEagerModule(root)) {
    const top = b.eager(root, "", 0);
    return { source: "eager", root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
  }
  b.generic(root, "", 0);
  if (b.modules.length === 0) b.inferModules();
  return { source: b.modules.length > 0 && b.modules.some((m) => m.cls) ? "eager" : "state-dict", root: null, modules: b.modules, tensors: b.tensors, packed: b.packed };
}
function constantTensors(value) {
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : [];
  const out = [];
  items.forEach((v, i2) => {
    if (v instanceof TorchTensor) out.push({ name: `CONSTANTS.c${i2}`, module: "", role: "constant", tensor: v });
  });
  return out;
}

// src/engine/torchscript/op-walk.ts
function countForwardOps(root, code, maxDepth) {
  const rootForward = code.classes.get(root.cls)?.methods.get("forward");
  if (!rootForward) return null;
  const counts = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  const run = (method, self, key, depth) => {
    if (active.has(key) || depth > maxDepth) return;
    active.add(key);
    const locals = /* @__PURE__ */ new Map();
    if (self) locals.set("self", self);
    const resolve = (name) => {
      const [head, ...rest] = name.split(".");
      let inst = locals.get(head) ?? null;
      for (const attr2 of rest) inst = inst?.children.get(attr2) ?? null;
      return inst;
    };
    for (const ev of method.events) {
      if (ev.kind === "op") counts.set(ev.op, (counts.get(ev.op) ?? 0) + 1);
      else if (ev.kind === "bind") locals.set(ev.name, resolve(ev.base)?.children.get(ev.attr) ?? null);
      else if (ev.kind === "call") {
        const target = resolve(ev.target);
        const callee = target && code.classes.get(target.cls)?.methods.get(ev.method);
        if (target && callee) run(callee, target, `${target.path}#${ev.method}`, depth + 1);
      } else {
        const fn = code.functions.get(ev.qualified);
        if (fn) run(fn, null, `fn:${ev.qualified}`, depth + 1);
      }
    }
    active.delete(key);
  };
  run(rootForward, root, `${root.path}#forward`, 0);
  return counts;
}

// src/engine/torchscript/quant-summary.ts
function summarize(tree, ops) {
  const kinds = new Map(tree.modules.map((m) => [m, moduleKind(m)]));
  const insideFakeQuant = /* @__PURE__ */ new Set();
  for (const [m, kind] of kinds) if (kind === "fake-quant") for (const c of m.children.values()) insideFakeQuant.add(c);
  const ranges = /* @__PURE__ */ new Map();
  const addRange = (cfg) => {
    const key = JSON.stringify(cfg);
    const r = ranges.get(key);
    if (r) r.count++;
    else ranges.set(key, { ...cfg, count: 1 });
  };
  const modules = tree.modules.map((m) => {
    const kind = kinds.get(m) ?? "float";
    const info = { name: m.path, type: m.cls ? displayClassName(m.cls) : null, kind };
    if (kind === "fake-quant" || kind === "observer") {
      const cfg = quantConfig(m);
      if (cfg) {
        info.quant = cfg;
        if (!insideFakeQuant.has(m)) addRange(cfg);
      }
    }
    return info;
  });
  const quantized = tree.tensors.filter((t) => t.tensor.quant !== null);
  for (const t of quantized) addRange(tensorRange(t));
  const count = (k) => [...kinds.values()].filter((x2) => x2 === k).length;
  let fakeQuantOpCalls = 0;
  let quantizedOpCalls = 0;
  for (const [op, n] of ops) {
    if (isFakeQuantOp(op)) fakeQuantOpCalls += n;
    else if (isQuantizedOp(op)) quantizedOpCalls += n;
  }
  const summary = {
    state: "float",
    fakeQuantModules: count("fake-quant"),
    fusedFakeQuantModules: modules.filter((m) => m.kind === "fake-quant" && /FusedMovingAvgObsFakeQuantize$/.test(m.type ?? "")).length,
    observerModules: [...kinds].filter(([m, k]) => k === "observer" && !insideFakeQuant.has(m)).length,
    qatModules: count("qat"),
    quantizedModules: count("quantized"),
    packedParams: tree.packed.length,
    quantizedTensors: quantized.length,
    fakeQuantOpCalls,
    quantizedOpCalls,
    ranges: [...ranges.values()].sort((a, b) => b.count - a.count)
  };
  summary.state = stateOf(summary);
  return { modules, quantization: summary };
}
function stateOf(s) {
  const simulated = s.fakeQuantModules + s.observerModules + s.fakeQuantOpCalls > 0;
  const integer = s.quantizedModules + s.packedParams + s.quantizedTensors + s.quantizedOpCalls > 0;
  if (simulated && integer) return "mixed";
  if (simulated) return "qat-unconverted";
  return integer ? "converted" : "float";
}
function tensorRange(t) {
  const q = t.tensor.quant;
  const full = dtypeRange(t.tensor.dtype);
  const scheme = q?.qscheme ?? "";
  return {
    role: t.role === "packed" || t.role === "parameter" || /weight/.test(t.name) ? "weight" : "tensor",
    dtype: t.tensor.dtype,
    qmin: full ? full[0] : null,
    qmax: full ? full[1] : null,
    bits: full ? rangeBits(full[0], full[1]) : null,
    reduceRange: null,
    scheme: scheme.startsWith("per_channel") ? "per-channel" : scheme.startsWith("per_tensor") ? "per-tensor" : null,
    symmetric: scheme ? scheme.includes("symmetric") : null,
    axis: q?.axis ?? null
  };
}

// src/engine/io/file-bytes.ts
var fs = __toESM(require("fs"));
function readFileBytes(file) {
  try {
    if (fs.statSync(file).isDirectory()) throw badInput(file, "is a folder, not a file");
    return fs.readFileSync(file);
  } catch (err2) {
    if (err2 instanceof QuantLensError) throw err2;
    const code = err2.code;
    if (code === "ENOENT") throw badInput(file, "no such file");
    if (code === "ERR_FS_FILE_TOO_LARGE" || err2 instanceof RangeError) throw badInput(file, "the file is too large to read into memory (over 2 GiB)");
    throw badInput(file, `cannot read: ${errorMessage(err2)}`);
  }
}

// src/engine/io/zip-archive.ts
var ZipError = class extends Error {
};
var MAX_DEFLATE_RATIO = 1032;
var STEP = 16 * 1024;
function u162(b, at) {
  return b[at] | b[at + 1] << 8;
}
function u32(b, at) {
  return (b[at] | b[at + 1] << 8 | b[at + 2] << 16) + b[at + 3] * 16777216;
}
function u64(b, at) {
  const v = u32(b, at) + u32(b, at + 4) * 4294967296;
  if (!Number.isSafeInteger(v)) throw new ZipError("a zip64 size or offset beyond 2^53");
  return v;
}
function need(b, at, n, what) {
  if (at < 0 || at + n > b.length) throw new ZipError(`${what} lies outside the file (truncated?)`);
}
function directory(b) {
  const lowest = Math.max(0, b.length - 22 - 65535);
  let eocd = -1;
  for (let i2 = b.length - 22; i2 >= lowest; i2--) {
    if (b[i2] === 80 && b[i2 + 1] === 75 && b[i2 + 2] === 5 && b[i2 + 3] === 6) {
      eocd = i2;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no end of central directory record (truncated, or not a zip archive)");
  let count = u162(b, eocd + 10);
  let size2 = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === 117853008) {
    const z = u64(b, locator + 8);
    need(b, z, 56, "the zip64 directory record");
    if (u32(b, z) !== 101075792) throw new ZipError("a zip64 locator that points at no zip64 record");
    count = u64(b, z + 32);
    size2 = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  need(b, offset, size2, "the central directory");
  return { count, offset, size: size2 };
}
function zip64(b, extra, extraLen, fields) {
  for (let at = extra; at + 4 <= extra + extraLen; ) {
    const id = u162(b, at);
    const len = u162(b, at + 2);
    if (id === 1) {
      let p = at + 4;
      for (const f of fields) {
        if (f.value !== 4294967295) continue;
        if (p + 8 > at + 4 + len) throw new ZipError("a zip64 extra field too short for its sizes");
        f.set(u64(b, p));
        p += 8;
      }
      return;
    }
    at += 4 + len;
  }
}
function safeMemberName(name, allowRooted = false) {
  if (!name || name.includes("\0") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name)) return false;
  if (name.startsWith("/") && !allowRooted) return false;
  return !name.split(/[/\\]/).includes("..");
}
function listZip(b, maxEntries, onTooMany, allowRooted = false) {
  const dir2 = directory(b);
  if (dir2.count > maxEntries) onTooMany(dir2.count);
  const entries = [];
  const names = /* @__PURE__ */ new Set();
  let at = dir2.offset;
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  for (let i2 = 0; i2 < dir2.count; i2++) {
    need(b, at, 46, `central directory entry ${i2}`);
    if (u32(b, at) !== 33639248) throw new ZipError(`central directory entry ${i2} has a bad signature`);
    const flags = u162(b, at + 8);
    const method = u162(b, at + 10);
    let compressedSize = u32(b, at + 20);
    let size2 = u32(b, at + 24);
    const nameLen = u162(b, at + 28);
    const extraLen = u162(b, at + 30);
    const commentLen = u162(b, at + 32);
    let local = u32(b, at + 42);
    need(b, at + 46, nameLen + extraLen + commentLen, `central directory entry ${i2}`);
    const name = (flags & 2048 ? utf8 : latin1).decode(b.subarray(at + 46, at + 46 + nameLen));
    zip64(b, at + 46 + nameLen, extraLen, [
      { value: size2, set: (v) => size2 = v },
      { value: compressedSize, set: (v) => compressedSize = v },
      { value: local, set: (v) => local = v }
    ]);
    at += 46 + nameLen + extraLen + commentLen;
    if (!safeMemberName(name, allowRooted)) throw new ZipError(`member name '${name}' is absolute or leaves the archive's folder; refused`);
    if (names.has(name)) throw new ZipError(`member '${name}' appears twice`);
    names.add(name);
    if (flags & 1) throw new ZipError(`member '${name}' is encrypted`);
    let problem = null;
    let dataStart = 0;
    if (local + 30 > b.length || u32(b, local) !== 67324752) {
      problem = `the local header of '${name}' is missing or damaged`;
    } else {
      const localFlags = u162(b, local + 6);
      const localCompressed = u32(b, local + 18);
      const localSize = u32(b, local + 22);
      dataStart = local + 30 + u162(b, local + 26) + u162(b, local + 28);
      const localSized = !(localFlags & 8) && localCompressed !== 4294967295 && localSize !== 4294967295;
      if (localSized && (localCompressed !== compressedSize || localSize !== size2)) {
        problem = `member '${name}' declares ${size2} bytes (${compressedSize} compressed) in the directory but ${localSize} (${localCompressed}) in its local header`;
      } else if (dataStart + compressedSize > b.length) {
        problem = `the data of '${name}' (${compressedSize} bytes) lies outside the file (truncated?)`;
      } else if (method === 0 && size2 !== compressedSize) {
        problem = `member '${name}' is stored but declares ${size2} bytes in ${compressedSize}`;
      } else if (method === 8 && size2 > compressedSize * MAX_DEFLATE_RATIO + 1024) {
        problem = `member '${name}' declares ${size2} bytes from ${compressedSize} compressed, more than deflate can produce: its sizes lie`;
      }
    }
    entries.push({ name, method, compressedSize, size: size2, dataStart, problem });
  }
  return entries;
}
function readZipEntry(b, e, opts = {}) {
  if (e.problem) throw new ZipError(e.problem);
  const data = b.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const headBytes = opts.headBytes ?? 0;
  if (e.method === 0) {
    opts.onHead?.(data.subarray(0, Math.min(headBytes, data.length)));
    return data;
  }
  if (e.method !== 8) throw new ZipError(`member '${e.name}' uses compression method ${e.method}; only stored and deflated members are read`);
  let out = opts.onHead ? null : new Uint8Array(e.size);
  const head = [];
  let at = 0;
  let over = false;
  let headDone = !opts.onHead;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (at + chunk.length > e.size) {
      over = true;
      return;
    }
    if (out) out.set(chunk, at);
    else head.push(chunk.slice());
    at += chunk.length;
  });
  const finishHead = () => {
    headDone = true;
    const joined = new Uint8Array(at);
    let p = 0;
    for (const c of head) {
      joined.set(c, p);
      p += c.length;
    }
    opts.onHead(joined.subarray(0, Math.min(at, headBytes)));
    out = new Uint8Array(e.size);
    out.set(joined);
  };
  try {
    for (let i2 = 0; i2 < data.length || i2 === 0; ) {
      const step = headDone ? STEP : 1024;
      inflater.push(data.subarray(i2, i2 + step), i2 + step >= data.length);
      i2 += step;
      if (over) break;
      if (!headDone && at >= headBytes) finishHead();
    }
  } catch (err2) {
    if (!(err2 instanceof Error) || err2.name === "QuantLensError" || err2 instanceof ZipError) throw err2;
    throw new ZipError(`member '${e.name}' holds invalid deflate data (${err2.message})`);
  }
  if (over) throw new ZipError(`member '${e.name}' inflates to more than the ${e.size} bytes it declares`);
  if (!headDone) finishHead();
  if (at !== e.size) throw new ZipError(`member '${e.name}' declares ${e.size} bytes but inflates to ${at}`);
  return out;
}

// src/engine/torchscript/torch-file.ts
var DEFAULT_LIMITS = {
  maxEntries: 2e5,
  maxTotalBytes: 256 * 1024 * 1024,
  maxPickleBytes: 64 * 1024 * 1024,
  maxDepth: 256
};
var WANTED = /^(?:([^/]+)\/)?(data\.pkl|constants\.pkl|version|\.data\/version|code\/.+\.py)$/;
function isZip(b) {
  return b.length >= 4 && b[0] === 80 && b[1] === 75 && (b[2] === 3 && b[3] === 4 || b[2] === 5 && b[3] === 6);
}
function size(n) {
  return n < 1024 * 1024 ? `${n} bytes` : `${Math.round(n / 1024 / 1024)} MiB`;
}
function readZip(file, bytes, limits) {
  const damaged = (err2) => {
    if (err2 instanceof QuantLensError) throw err2;
    throw badInput(file, `a damaged or truncated zip archive (${errorMessage(err2)})`, { cause: err2 });
  };
  let all = [];
  try {
    all = listZip(bytes, limits.maxEntries, () => {
      throw badInput(file, `the zip archive has more than ${limits.maxEntries} entries; refused`);
    });
  } catch (err2) {
    damaged(err2);
  }
  const wanted = all.filter((e) => WANTED.test(e.name));
  let total = 0;
  for (const e of wanted) {
    const cap = /\.pkl$/.test(e.name) ? limits.maxPickleBytes : limits.maxTotalBytes;
    if (e.size > cap) throw badInput(file, `entry '${e.name}' declares ${size(e.size)} uncompressed (limit ${size(cap)}); refused without inflating it`);
    total += e.size;
    if (total > limits.maxTotalBytes) throw badInput(file, `the entries to read declare more than ${size(limits.maxTotalBytes)} uncompressed; refused without inflating them`);
  }
  const dataPkl = wanted.find((e) => WANTED.exec(e.name)?.[2] === "data.pkl");
  if (dataPkl === void 0) {
    throw badInput(file, `a zip archive without data.pkl: not a TorchScript or torch.save file (${all.length} entries)`);
  }
  const prefix = WANTED.exec(dataPkl.name)?.[1] ?? "";
  const entries = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const inside = prefix ? `${prefix}/` : "";
  for (const e of all) if (e.name.startsWith(inside)) sizes.set(e.name.slice(inside.length), e.size);
  for (const e of wanted) {
    const m = WANTED.exec(e.name);
    if (!m || (m[1] ?? "") !== prefix) continue;
    try {
      entries.set(m[2], readZipEntry(bytes, e));
    } catch (err2) {
      damaged(err2);
    }
  }
  return { kind: "zip", prefix, entries, entryCount: all.length, sizes };
}
var STORAGE_BYTES = {
  float32: 4,
  float64: 8,
  float16: 2,
  bfloat16: 2,
  int64: 8,
  int32: 4,
  int16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
  qint8: 1,
  quint8: 1,
  qint32: 4,
  complex64: 8,
  complex128: 16
};
function checkStorages(tf, storages, pickle2, folders, file) {
  const at = (name) => tf.prefix ? `${tf.prefix}/${name}` : name;
  for (const s of storages) {
    const record = folders.map((f) => `${f}${s.key}`).find((n) => tf.sizes.has(n));
    if (record === void 0) {
      throw badInput(file, `${at(pickle2)} names tensor storage '${s.key}', but the archive has no record ${at(`${folders[0]}${s.key}`)}: the file is incomplete or damaged`);
    }
    const need2 = s.numel * (STORAGE_BYTES[s.dtype] ?? 0);
    const have = tf.sizes.get(record);
    if (have < need2) throw badInput(file, `storage record ${at(record)} holds ${have} bytes, but ${at(pickle2)} says it has ${s.numel} ${s.dtype} elements (${need2} bytes)`);
  }
}
function readTorchFile(file, limits) {
  const bytes = readFileBytes(file);
  if (bytes.length === 0) throw badInput(file, "the file is empty");
  if (isZip(bytes)) return readZip(file, bytes, limits);
  if (bytes[0] === 128 && bytes.length > 1 && bytes[1] >= 2 && bytes[1] <= 5) return { kind: "pickle", bytes };
  throw badInput(file, "not a PyTorch file: neither a zip archive (TorchScript or torch.save) nor a pickle (legacy torch.save)");
}

// src/engine/torchscript/unpickler.ts
function unpickle(bytes, opts) {
  return new Reader(bytes, opts).run();
}
var Reader = class {
  constructor(bytes, opts) {
    this.bytes = bytes;
    this.opts = opts;
    this.pos = opts.start ?? 0;
    this.limit = Math.min(bytes.length, this.pos + opts.maxBytes);
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.fail = (message) => {
      throw badInput(opts.file, `${opts.entry}: ${message} (pickle byte ${this.opAt})`);
    };
  }
  bytes;
  opts;
  pos;
  limit;
  stack = [];
  marks = [];
  memo = /* @__PURE__ */ new Map();
  depths = /* @__PURE__ */ new WeakMap();
  placeholders = /* @__PURE__ */ new Map();
  storages = [];
  text = new TextDecoder("utf-8");
  opAt = 0;
  data;
  fail;
  noteStorage(v) {
    if (isStorage(v)) this.storages.push(v);
    return v;
  }
  run() {
    for (; ; ) {
      this.opAt = this.pos;
      const op = this.u8();
      if (op === 46) break;
      this.step(op);
    }
    const value = this.pop();
    return { value, end: this.pos, placeholders: this.placeholders, storages: this.storages };
  }
  step(op) {
    switch (op) {
      case 128:
        this.u8();
        return;
      // PROTO
      case 149:
        this.take(8);
        return;
      // FRAME: a read-ahead hint
      case 99:
        return this.push(this.global(this.line(), this.line()));
      // GLOBAL
      case 147: {
        const name = this.pop();
        const module2 = this.pop();
        if (typeof module2 !== "string" || typeof name !== "string") this.fail("STACK_GLOBAL without two strings");
        return this.push(this.global(module2, name));
      }
      case 113:
        return this.put(this.u8());
      // BINPUT
      case 114:
        return this.put(this.u32());
      // LONG_BINPUT
      case 148:
        return this.put(this.memo.size);
      // MEMOIZE
      case 112:
        return this.put(this.intLine());
      // PUT
      case 104:
        return this.get(this.u8());
      // BINGET
      case 106:
        return this.get(this.u32());
      // LONG_BINGET
      case 103:
        return this.get(this.intLine());
      // GET
      case 40:
        if (this.marks.length >= this.opts.maxDepth) this.fail(`nested deeper than ${this.opts.maxDepth} levels`);
        this.marks.push(this.stack.length);
        return;
      case 41:
        return this.push(this.made(new PyTuple([])));
      // EMPTY_TUPLE
      case 116:
        return this.push(this.made(new PyTuple(this.popMark())));
      // TUPLE
      case 133:
        return this.push(this.made(new PyTuple(this.popN(1))));
      // TUPLE1
      case 134:
        return this.push(this.made(new PyTuple(this.popN(2))));
      // TUPLE2
      case 135:
        return this.push(this.made(new PyTuple(this.popN(3))));
      // TUPLE3
      case 93:
        return this.push(this.made(new PyList([])));
      // EMPTY_LIST
      case 108:
        return this.push(this.made(new PyList(this.popMark())));
      // LIST
      case 97:
        return this.append(this.popN(1));
      // APPEND
      case 101:
        return this.append(this.popMark());
      // APPENDS
      case 125:
        return this.push(this.made(new PyDict()));
      // EMPTY_DICT
      case 100: {
        const d = new PyDict();
        this.pushPairs(d, this.popMark());
        return this.push(this.made(d));
      }
      case 115:
        return this.setItems(this.popN(2));
      // SETITEM
      case 117:
        return this.setItems(this.popMark());
      // SETITEMS
      case 143:
        return this.push(this.made(new PyList([])));
      // EMPTY_SET
      case 144:
        return this.append(this.popMark());
      // ADDITEMS
      case 145:
        return this.push(this.made(new PyList(this.popMark())));
      // FROZENSET
      case 98:
        return this.build();
      // BUILD
      case 82: {
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 129: {
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 146: {
        this.pop();
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 81:
        return this.push(this.noteStorage(persistentLoad(this.pop(), this.fail)));
      // BINPERSID
      case 74:
        return this.push(this.view().getInt32(this.take(4), true));
      // BININT
      case 75:
        return this.push(this.u8());
      // BININT1
      case 77:
        return this.push(this.view().getUint16(this.take(2), true));
      // BININT2
      case 138:
        return this.push(this.long(this.u8()));
      // LONG1
      case 139:
        return this.push(this.long(this.u32()));
      // LONG4
      case 73:
        return this.push(this.intOrBool(this.line()));
      // INT
      case 76:
        return this.push(this.long10(this.line()));
      // LONG
      case 70:
        return this.push(this.float10(this.line()));
      // FLOAT
      case 71:
        return this.push(this.view().getFloat64(this.take(8), false));
      // BINFLOAT
      case 140:
        return this.push(this.utf8(this.u8()));
      // SHORT_BINUNICODE
      case 88:
        return this.push(this.utf8(this.u32()));
      // BINUNICODE
      case 141:
        return this.push(this.utf8(this.u64()));
      // BINUNICODE8
      case 85:
        return this.push(this.latin1(this.u8()));
      // SHORT_BINSTRING
      case 84:
        return this.push(this.latin1(this.u32()));
      // BINSTRING
      case 67:
        return this.push(this.raw(this.u8()));
      // SHORT_BINBYTES
      case 66:
        return this.push(this.raw(this.u32()));
      // BINBYTES
      case 142:
        return this.push(this.raw(this.u64()));
      // BINBYTES8
      case 150:
        return this.push(this.raw(this.u64()));
      // BYTEARRAY8
      case 78:
        return this.push(null);
      // NONE
      case 136:
        return this.push(true);
      // NEWTRUE
      case 137:
        return this.push(false);
      // NEWFALSE
      case 48:
        this.pop();
        return;
      // POP
      case 49:
        this.popMark();
        return;
      // POP_MARK
      case 50:
        return this.push(this.top());
      // DUP
      default: {
        const name = op >= 32 && op < 127 ? `'${String.fromCharCode(op)}' ` : "";
        this.fail(`unsupported pickle opcode ${name}0x${op.toString(16).padStart(2, "0")}; QuantLens reads pickle protocols 2 to 5 as written by torch`);
      }
    }
  }
  global(module2, name) {
    return new PyGlobal(module2, name);
  }
  /** REDUCE and NEWOBJ: interpret an allow-listed torch function as data, refuse an attack, else a placeholder. */
  call(callable, argsValue) {
    const args = argsValue instanceof PyTuple || argsValue instanceof PyList ? argsValue.items : [argsValue];
    if (!(callable instanceof PyGlobal)) return this.placeholder("(a call of a computed value)", args);
    if (isDangerousCall(callable)) {
      this.fail(`the pickle calls ${callable.qualified}() when it is loaded: torch.load would run code from this file. Refused; nothing was run`);
    }
    const value = interpretCall(callable, args, this.fail);
    return value === void 0 ? this.placeholder(callable.qualified, args) : this.made(value);
  }
  placeholder(cls, args) {
    this.placeholders.set(cls, (this.placeholders.get(cls) ?? 0) + 1);
    return this.made(new PyObject(cls, args), args);
  }
  build() {
    const state = this.pop();
    const target = this.top();
    if (target instanceof PyObject) {
      target.state = state;
      this.grow(target, state);
    }
  }
  append(items) {
    const target = this.top();
    if (target instanceof PyList) target.items.push(...items);
    else if (target instanceof PyObject) target.listItems.push(...items);
    else this.fail("APPEND to something that is not a list");
    for (const item of items) this.grow(target, item);
  }
  setItems(flat) {
    const target = this.top();
    if (target instanceof PyDict) this.pushPairs(target, flat);
    else if (target instanceof PyObject) {
      for (let i2 = 0; i2 + 1 < flat.length; i2 += 2) target.dictItems.push([flat[i2], flat[i2 + 1]]);
      for (const v of flat) this.grow(target, v);
    } else this.fail("SETITEM on something that is not a dict");
  }
  pushPairs(d, flat) {
    if (flat.length % 2 !== 0) this.fail("a dict with an odd number of keys and values");
    for (let i2 = 0; i2 < flat.length; i2 += 2) {
      d.set(flat[i2], flat[i2 + 1]);
      this.grow(d, flat[i2 + 1]);
    }
  }
  /** Record a new container's nesting depth from its children, refusing one deeper than the limit. */
  made(value, children) {
    if (typeof value !== "object" || value === null || this.depths.has(value)) return value;
    const items = children ?? (value instanceof PyTuple || value instanceof PyList ? value.items : []);
    let depth = 1;
    for (const item of items) depth = Math.max(depth, this.depthOf(item) + 1);
    this.setDepth(value, depth);
    return value;
  }
  grow(container, child) {
    this.setDepth(container, Math.max(this.depths.get(container) ?? 1, this.depthOf(child) + 1));
  }
  depthOf(v) {
    return typeof v === "object" && v !== null ? this.depths.get(v) ?? 1 : 0;
  }
  setDepth(container, depth) {
    if (depth > this.opts.maxDepth) this.fail(`nested deeper than ${this.opts.maxDepth} levels`);
    this.depths.set(container, depth);
  }
  // Stack and memo.
  push(v) {
    this.stack.push(v);
  }
  pop() {
    if (this.stack.length === 0 || this.marks.length > 0 && this.stack.length <= this.marks[this.marks.length - 1]) {
      this.fail("a pickle that pops more values than it pushed");
    }
    return this.stack.pop();
  }
  top() {
    if (this.stack.length === 0) this.fail("an empty stack");
    return this.stack[this.stack.length - 1];
  }
  popN(n) {
    const out = [];
    for (let i2 = 0; i2 < n; i2++) out.unshift(this.pop());
    return out;
  }
  popMark() {
    const at = this.marks.pop();
    if (at === void 0) return this.fail("a pickle that closes a MARK it never opened");
    return this.stack.splice(at);
  }
  put(index) {
    this.memo.set(index, this.top());
  }
  get(index) {
    const v = this.memo.get(index);
    if (v === void 0) this.fail(`a memo reference ${index} to nothing`);
    this.push(v);
  }
  // Reading bytes.
  take(n) {
    if (!Number.isSafeInteger(n) || n < 0 || this.pos + n > this.limit) {
      if (this.pos + n <= this.bytes.length) this.fail(`the pickle is longer than ${this.opts.maxBytes} bytes; refused`);
      this.fail("truncated: the pickle ends in the middle of a value");
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }
  view() {
    return this.data;
  }
  u8() {
    return this.bytes[this.take(1)];
  }
  u32() {
    return this.view().getUint32(this.take(4), true);
  }
  u64() {
    const n = this.view().getBigUint64(this.take(8), true);
    if (n > BigInt(this.bytes.length)) this.fail("truncated: a value longer than the file");
    return Number(n);
  }
  raw(n) {
    const at = this.take(n);
    return this.bytes.subarray(at, at + n);
  }
  utf8(n) {
    return this.text.decode(this.raw(n));
  }
  latin1(n) {
    const b = this.raw(n);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
  }
  line() {
    const end = this.bytes.indexOf(10, this.pos);
    if (end < 0 || end >= this.limit) this.fail("truncated: a text argument without its newline");
    const s = this.latin1(end - this.pos);
    this.pos = end + 1;
    return s;
  }
  intLine() {
    const n = Number(this.line());
    if (!Number.isSafeInteger(n) || n < 0) this.fail("an invalid memo index");
    return n;
  }
  intOrBool(s) {
    if (s === "00") return false;
    if (s === "01") return true;
    return this.long10(s);
  }
  long10(s) {
    const m = /^(-?\d+)L?$/.exec(s.trim());
    if (!m) return this.fail(`an invalid integer '${s.slice(0, 40)}'`);
    const n = BigInt(m[1]);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }
  float10(s) {
    const n = Number(s);
    if (Number.isNaN(n) && !/nan/i.test(s)) this.fail(`an invalid float '${s.slice(0, 40)}'`);
    return n;
  }
  /** Little-endian two's complement, as LONG1/LONG4 store it. */
  long(n) {
    if (n > 64) this.fail(`an integer of ${n} bytes`);
    const at = this.take(n);
    if (n === 0) return 0;
    let v = 0n;
    for (let i2 = n - 1; i2 >= 0; i2--) v = v << 8n | BigInt(this.bytes[at + i2]);
    if (this.bytes[at + n - 1] & 128) v -= 1n << BigInt(8 * n);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
};

// src/engine/torchscript/inspect.ts
var LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
function inspectTorchScript(file, opts = {}) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const parsed = parse(file, limits);
  const ops = new Map([...parsed.ops ?? []].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  const { modules, quantization } = summarize(parsed.tree, ops);
  const placeholders = {};
  for (const p of parsed.pickles) {
    for (const [cls, n] of p.placeholders) if (!cls.startsWith("__torch__.")) placeholders[cls] = (placeholders[cls] ?? 0) + n;
  }
  const partial = {
    file,
    format: parsed.format,
    container: parsed.container,
    archive: parsed.archive,
    modules,
    ops: Object.fromEntries(ops),
    opsCounted: parsed.ops ? "forward" : "none",
    parameters: [...parsed.tree.tensors, ...parsed.constants].map(parameterInfo),
    quantization,
    placeholders
  };
  return { ...partial, diagnostics: inspectFindings(partial) };
}
function parse(file, limits) {
  const tf = readTorchFile(file, limits);
  const read2 = (bytes, entry, start = 0) => unpickle(bytes, { file, entry, maxDepth: limits.maxDepth, maxBytes: limits.maxPickleBytes, start });
  const failIn = (entry) => (message) => {
    throw badInput(file, `${entry}: ${message}`);
  };
  if (tf.kind === "zip") {
    const at = (name) => tf.prefix ? `${tf.prefix}/${name}` : name;
    const data = read2(tf.entries.get("data.pkl"), at("data.pkl"));
    checkStorages(tf, data.storages, "data.pkl", ["data/"], file);
    const versionBytes = tf.entries.get("version") ?? tf.entries.get(".data/version");
    const archive = { name: tf.prefix, version: versionBytes ? new TextDecoder().decode(versionBytes).trim() : null, entries: tf.entryCount };
    const hasCode = [...tf.entries.keys()].some((k) => k.startsWith("code/"));
    if (!hasCode) {
      const tree3 = pickleTree(data.value, limits.maxDepth, failIn(at("data.pkl")));
      return { format: "pickle", container: "zip", archive, tree: tree3, constants: [], ops: null, pickles: [data] };
    }
    const code = parseScriptCode(tf.entries);
    const tree2 = scriptTree(data.value, code, limits.maxDepth, failIn(at("data.pkl")));
    const pickles = [data];
    let constants = [];
    const constBytes = tf.entries.get("constants.pkl");
    if (constBytes) {
      const c = read2(constBytes, at("constants.pkl"));
      checkStorages(tf, c.storages, "constants.pkl", ["constants/", ".data/"], file);
      pickles.push(c);
      constants = constantTensors(c.value);
    }
    const ops = tree2.root ? countForwardOps(tree2.root, code, limits.maxDepth) : null;
    return { format: "torchscript", container: "zip", archive, tree: tree2, constants, ops, pickles };
  }
  const first = read2(tf.bytes, "pickle");
  if (first.value !== LEGACY_MAGIC) {
    return { format: "pickle", container: "plain-pickle", archive: null, tree: pickleTree(first.value, limits.maxDepth, failIn("pickle")), constants: [], ops: null, pickles: [first] };
  }
  const protocol = read2(tf.bytes, "pickle 2 (protocol version)", first.end);
  const sysInfo = read2(tf.bytes, "pickle 3 (sys info)", protocol.end);
  const main = read2(tf.bytes, "pickle 4 (the saved object)", sysInfo.end);
  const tree = pickleTree(main.value, limits.maxDepth, failIn("pickle 4"));
  return { format: "pickle", container: "legacy-pickle", archive: null, tree, constants: [], ops: null, pickles: [main] };
}
function parameterInfo(e) {
  const t = e.tensor;
  const info = { name: e.name, dtype: t.dtype, shape: t.shape, kind: e.role, module: e.module };
  if (t.requiresGrad) info.requiresGrad = true;
  if (t.quant) {
    const q = t.quant;
    info.quantization = { qscheme: q.qscheme };
    if (q.scale !== void 0) info.quantization.scale = q.scale;
    if (q.zeroPoint !== void 0) info.quantization.zeroPoint = q.zeroPoint;
    if (q.axis !== void 0) info.quantization.axis = q.axis;
    if (q.scales) info.quantization.channels = q.scales.numel;
  }
  return info;
}

// test/helpers/torchscript-archive.ts
var Tuple = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var Dict = class {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
};
var Global = class {
  constructor(module2, name) {
    this.module = module2;
    this.name = name;
  }
  module;
  name;
};
var Call = class {
  constructor(fn, args) {
    this.fn = fn;
    this.args = args;
  }
  fn;
  args;
};
var NewObj = class {
  constructor(cls, state) {
    this.cls = cls;
    this.state = state;
  }
  cls;
  state;
};
var PersId = class {
  constructor(id) {
    this.id = id;
  }
  id;
};
var Float = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var Raw = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
};
var tuple = (...items) => new Tuple(items);
var dict = (entries) => new Dict(Array.isArray(entries) ? entries : Object.entries(entries));
var global = (module2, name) => new Global(module2, name);
var call = (fn, ...args) => new Call(fn, args);
var newObj = (cls, state) => new NewObj(cls, state);
var float = (value) => new Float(value);
var raw = (...bytes) => new Raw(bytes);
var orderedDict2 = () => call(global("collections", "OrderedDict"));
function strides(shape) {
  const out = [];
  for (let i2 = shape.length - 1, s = 1; i2 >= 0; s *= shape[i2], i2--) out.unshift(s);
  return out;
}
function tensor(storageType, key, shape, requiresGrad = false) {
  const numel = shape.reduce((a, b) => a * b, 1);
  const storage = new PersId(tuple("storage", global("torch", storageType), key, "cpu", numel));
  return call(global("torch._utils", "_rebuild_tensor_v2"), storage, 0, tuple(...shape), tuple(...strides(shape)), requiresGrad, orderedDict2());
}
function qtensor(storageType, key, shape, q) {
  const numel = shape.reduce((a, b) => a * b, 1);
  const storage = new PersId(tuple("storage", global("torch", storageType), key, "cpu", numel));
  const params = "scale" in q ? tuple(global("torch", "per_tensor_affine"), float(q.scale), q.zeroPoint) : tuple(global("torch", "per_channel_affine"), tensor("DoubleStorage", q.scalesKey, [shape[q.axis]]), tensor("LongStorage", q.zeroPointsKey, [shape[q.axis]]), q.axis);
  return call(global("torch._utils", "_rebuild_qtensor"), storage, 0, tuple(...shape), tuple(...strides(shape)), params, false, orderedDict2());
}
function scriptObject(qualified, attrs, training = false) {
  const dot = qualified.lastIndexOf(".");
  return newObj(global(qualified.slice(0, dot), qualified.slice(dot + 1)), dict({ training, _is_full_backward_hook: null, ...attrs }));
}
var PickleWriter = class {
  constructor(protocol = 2) {
    this.protocol = protocol;
  }
  protocol;
  out = [];
  memo = /* @__PURE__ */ new Map();
  bytes(value) {
    this.out.push(128, this.protocol);
    this.write(value);
    this.out.push(46);
    return Uint8Array.from(this.out);
  }
  u32(n) {
    this.out.push(n & 255, n >>> 8 & 255, n >>> 16 & 255, n >>> 24 & 255);
  }
  str(s) {
    const b = Buffer.from(s, "utf8");
    if (this.protocol >= 4 && b.length < 256) this.out.push(140, b.length);
    else {
      this.out.push(88);
      this.u32(b.length);
    }
    this.out.push(...b);
  }
  int(n) {
    if (typeof n === "number" && n >= 0 && n < 256) this.out.push(75, n);
    else if (typeof n === "number" && n >= 0 && n < 65536) this.out.push(77, n & 255, n >> 8);
    else if (typeof n === "number" && n >= -(2 ** 31) && n < 2 ** 31) {
      this.out.push(74);
      this.u32(n >>> 0);
    } else {
      let v = BigInt(n);
      const bytes = [];
      for (; ; ) {
        bytes.push(Number(v & 0xffn));
        v >>= 8n;
        const sign = bytes[bytes.length - 1] & 128;
        if (v === 0n && !sign || v === -1n && sign) break;
      }
      this.out.push(138, bytes.length, ...bytes);
    }
  }
  global(g) {
    const key = `${g.module}.${g.name}`;
    const at = this.memo.get(key);
    if (at !== void 0) {
      this.out.push(104, at);
      return;
    }
    if (this.protocol >= 4) {
      this.str(g.module);
      this.str(g.name);
      this.out.push(147, 148);
    } else {
      this.out.push(99, ...Buffer.from(`${g.module}
${g.name}
`, "latin1"));
      this.out.push(113, this.memo.size);
    }
    this.memo.set(key, this.memo.size);
  }
  items(items) {
    for (const item of items) this.write(item);
  }
  write(v) {
    if (v === null) this.out.push(78);
    else if (v === true) this.out.push(136);
    else if (v === false) this.out.push(137);
    else if (typeof v === "number" && Number.isInteger(v)) this.int(v);
    else if (typeof v === "number" || v instanceof Float) {
      const b = Buffer.alloc(8);
      b.writeDoubleBE(typeof v === "number" ? v : v.value);
      this.out.push(71, ...b);
    } else if (typeof v === "bigint") this.int(v);
    else if (typeof v === "string") this.str(v);
    else if (Array.isArray(v)) {
      this.out.push(93);
      if (v.length) {
        this.out.push(40);
        this.items(v);
        this.out.push(101);
      }
    } else if (v instanceof Tuple) {
      if (v.items.length === 0) this.out.push(41);
      else if (v.items.length <= 3) {
        this.items(v.items);
        this.out.push(132 + v.items.length);
      } else {
        this.out.push(40);
        this.items(v.items);
        this.out.push(116);
      }
    } else if (v instanceof Dict) {
      this.out.push(125);
      if (v.entries.length) {
        this.out.push(40);
        for (const [k, val] of v.entries) this.items([k, val]);
        this.out.push(117);
      }
    } else if (v instanceof Global) this.global(v);
    else if (v instanceof Call) {
      this.global(v.fn);
      this.write(tuple(...v.args));
      this.out.push(82);
    } else if (v instanceof NewObj) {
      this.global(v.cls);
      this.out.push(41, 129);
      this.write(v.state);
      this.out.push(98);
    } else if (v instanceof PersId) {
      this.write(v.id);
      this.out.push(81);
    } else this.out.push(...v.bytes);
  }
};
function pickle(value, protocol = 2) {
  return new PickleWriter(protocol).bytes(value);
}
var STORAGE_BYTES2 = { FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4 };
function storagesNamed(v, out = {}, depth = 0) {
  if (depth > 200 || v === null || typeof v !== "object") return out;
  if (Array.isArray(v)) for (const x2 of v) storagesNamed(x2, out, depth + 1);
  else if (v instanceof Tuple) v.items.forEach((x2) => storagesNamed(x2, out, depth + 1));
  else if (v instanceof Dict) v.entries.forEach(([k, x2]) => {
    storagesNamed(k, out, depth + 1);
    storagesNamed(x2, out, depth + 1);
  });
  else if (v instanceof Call) v.args.forEach((x2) => storagesNamed(x2, out, depth + 1));
  else if (v instanceof NewObj) storagesNamed(v.state, out, depth + 1);
  else if (v instanceof PersId && v.id instanceof Tuple && v.id.items[0] === "storage") {
    const [, cls, key, , numel] = v.id.items;
    if (typeof key === "string" && typeof numel === "number" && cls instanceof Global) out[key] = new Uint8Array(numel * (STORAGE_BYTES2[cls.name] ?? 1));
  }
  return out;
}
function torchArchive(spec) {
  const level = spec.deflate ? 6 : 0;
  const files = {};
  const add = (path2, bytes) => {
    files[`${spec.name}/${path2}`] = [bytes, { level }];
  };
  add("data.pkl", pickle(spec.data));
  for (const [path2, text] of Object.entries(spec.code ?? {})) add(`code/${path2}`, Buffer.from(text, "utf8"));
  if (spec.constants !== void 0) add("constants.pkl", pickle(spec.constants));
  const given = { ...storagesNamed(spec.data), ...spec.storages ?? {} };
  for (const key of spec.omitStorages ?? []) delete given[key];
  for (const [key, bytes] of Object.entries(given)) add(`data/${key}`, bytes);
  if (spec.constants !== void 0) for (const [key, bytes] of Object.entries(storagesNamed(spec.constants))) add(`constants/${key}`, bytes);
  add("version", Buffer.from(`${spec.version ?? "3"}
`));
  return zipSync(files);
}

// test/torchscript-bad-input.test.ts
var dir = "";
function tmpDir() {
  if (!dir) dir = fs2.mkdtempSync(path.join(os.tmpdir(), "ql-ts-bad-"));
  return dir;
}
function write(name, bytes) {
  const file = path.join(tmpDir(), name);
  fs2.writeFileSync(file, bytes);
  return file;
}
function read(bytes) {
  return unpickle(bytes, { file: "t.pkl", entry: "pickle", maxDepth: 256, maxBytes: 1 << 20 }).value;
}
function declareSize(zip, suffix, size2) {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i2 = 0; i2 + 46 < out.length; i2++) {
    if (view.getUint32(i2, true) !== 33639248) continue;
    const nameLen = view.getUint16(i2 + 28, true);
    const name = Buffer.from(out.subarray(i2 + 46, i2 + 46 + nameLen)).toString("utf8");
    if (name.endsWith(suffix)) {
      view.setUint32(i2 + 24, size2, true);
      return out;
    }
  }
  throw new Error(`no entry ${suffix}`);
}
describe("safe unpickler", () => {
  it("reads the values torch writes, in protocols 2 and 4", () => {
    const value = dict({
      ints: [0, 255, 256, 65535, 65536, -1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2],
      big: -(2n ** 70n),
      f: [float(1.5), -0.25],
      s: "\xB5-\xFCn\xEFcode",
      t: tuple(1, tuple(), tuple(1, 2, 3, 4)),
      b: [true, false, null]
    });
    for (const protocol of [2, 4]) {
      const v = read(pickle(value, protocol));
      import_assert.strict.ok(v instanceof PyDict);
      const ints = v.get("ints");
      import_assert.strict.deepEqual(ints.items, [0, 255, 256, 65535, 65536, -1, -(2 ** 31), 2 ** 31, 2n ** 53n + 2n]);
      import_assert.strict.equal(v.get("big"), -(2n ** 70n));
      import_assert.strict.deepEqual(v.get("f").items, [1.5, -0.25]);
      import_assert.strict.equal(v.get("s"), "\xB5-\xFCn\xEFcode");
      const t = v.get("t");
      import_assert.strict.equal(t.items[0], 1);
      import_assert.strict.deepEqual(t.items[2].items, [1, 2, 3, 4]);
      import_assert.strict.deepEqual(v.get("b").items, [true, false, null]);
    }
  });
  it("reads tensors and quantized tensors as data, and classes as inert placeholders", () => {
    const v = read(pickle([
      tensor("HalfStorage", "3", [2, 5]),
      qtensor("QUInt8Storage", "4", [1, 8], { scale: 0.5, zeroPoint: 7 }),
      scriptObject("__torch__.m.M", { x: 1 }),
      global("torch", "quint8")
    ]));
    const [t, q, obj, g] = v.items;
    import_assert.strict.ok(t instanceof TorchTensor);
    import_assert.strict.deepEqual([t.dtype, t.shape, t.storage?.key, t.storage?.numel], ["float16", [2, 5], "3", 10]);
    import_assert.strict.ok(q instanceof TorchTensor);
    import_assert.strict.deepEqual([q.dtype, q.quant?.qscheme, q.quant?.scale, q.quant?.zeroPoint], ["quint8", "per_tensor_affine", 0.5, 7]);
    import_assert.strict.ok(obj instanceof PyObject);
    import_assert.strict.equal(obj.cls, "__torch__.m.M");
    import_assert.strict.equal(obj.state.get("x"), 1);
    import_assert.strict.ok(g instanceof PyGlobal && g.qualified === "torch.quint8");
  });
  it("keeps a list that contains itself without looping", () => {
    const v = read(Uint8Array.from([128, 2, 93, 113, 0, 104, 0, 97, 46]));
    import_assert.strict.ok(v instanceof PyList && v.items[0] === v);
    const r = inspectTorchScript(write("cycle.pkl", Uint8Array.from([128, 2, 93, 113, 0, 104, 0, 97, 46])));
    import_assert.strict.equal(r.container, "plain-pickle");
    import_assert.strict.deepEqual(r.parameters, []);
  });
  it("refuses unknown opcodes, bad memo references, huge integers and truncation", () => {
    import_assert.strict.throws(() => read(Uint8Array.from([128, 2, 105, 46])), /unsupported pickle opcode 'i' 0x69/);
    import_assert.strict.throws(() => read(Uint8Array.from([128, 2, 104, 5, 46])), /memo reference 5 to nothing/);
    import_assert.strict.throws(() => read(Uint8Array.from([128, 2, 139, 232, 3, 0, 0, ...new Array(1e3).fill(1), 46])), /an integer of 1000 bytes/);
    const whole = pickle(dict({ a: "some text", b: [1, 2, 3] }));
    for (const cut of [3, 10, whole.length - 1]) import_assert.strict.throws(() => read(whole.subarray(0, cut)), /truncated/);
    import_assert.strict.throws(() => read(Uint8Array.from([128, 2, 48, 46])), /pops more values than it pushed/);
  });
  it("refuses nesting deeper than the limit, however it is built", () => {
    const tuples = Uint8Array.from([128, 2, 41, ...new Array(5e3).fill(133), 46]);
    import_assert.strict.throws(() => read(tuples), /nested deeper than 256 levels/);
    const marks = Uint8Array.from([128, 2, ...new Array(5e3).fill(40), 46]);
    import_assert.strict.throws(() => read(marks), /nested deeper than 256 levels/);
    const lists = Uint8Array.from([128, 2, ...new Array(1e3).fill(93), ...new Array(999).fill(97), 46]);
    import_assert.strict.throws(() => read(lists), /nested deeper than 256 levels/);
    import_assert.strict.doesNotThrow(() => read(Uint8Array.from([128, 2, 41, ...new Array(200).fill(133), 46])));
  });
});
describe("inspect: hostile and broken files", () => {
  it("refuses a pickle that would call os.system, and runs nothing", () => {
    const marker = path.join(tmpDir(), "pwned");
    const evil = call(global("os", "system"), `touch ${marker}`);
    const zipped = write("evil.pt", torchArchive({ name: "archive", data: dict({ model: evil }) }));
    import_assert.strict.throws(() => inspectTorchScript(zipped), /evil\.pt: archive\/data\.pkl: the pickle calls os\.system\(\) when it is loaded.*nothing was run/);
    const legacy = write("evil-legacy.pt", Buffer.concat([pickle(0x1950a86a20f9469cfc6cn), pickle(1001), pickle(dict({})), pickle(evil)]));
    import_assert.strict.throws(() => inspectTorchScript(legacy), /calls os\.system\(\)/);
    const p4 = write("evil4.pkl", pickle(call(global("posix", "system"), "id"), 4));
    import_assert.strict.throws(() => inspectTorchScript(p4), /calls posix\.system\(\)/);
    const inModule = write("evil-ts.pt", torchArchive({ name: "m", data: scriptObject("__torch__.m.M", { x: call(global("builtins", "eval"), "1+1") }), code: { "__torch__/m.py": "class M(Module):\n  training : bool\n" } }));
    import_assert.strict.throws(() => inspectTorchScript(inModule), /calls builtins\.eval\(\)/);
    const viaNewObj = write("evil-newobj.pkl", pickle(newObj(global("subprocess", "Popen"), dict({}))));
    import_assert.strict.throws(() => inspectTorchScript(viaNewObj), /calls subprocess\.Popen\(\)/);
    import_assert.strict.equal(fs2.existsSync(marker), false);
  });
  it("keeps calls of other unknown globals as named placeholders", () => {
    const arr = call(global("numpy.core.multiarray", "_reconstruct"), global("numpy", "ndarray"), tuple(0), "b");
    const file = write("ckpt.pt", torchArchive({ name: "archive", data: dict({ epoch: 3, stats: arr, weight: tensor("FloatStorage", "0", [3]) }) }));
    const r = inspectTorchScript(file);
    import_assert.strict.deepEqual(r.placeholders, { "numpy.core.multiarray._reconstruct": 1 });
    import_assert.strict.deepEqual(r.parameters.map((p) => [p.name, p.kind]), [["weight", "tensor"]]);
  });
  it("refuses files that are neither zip nor pickle, empty files and folders", () => {
    import_assert.strict.throws(() => inspectTorchScript(write("text.pt", Buffer.from("hello, this is text"))), /text\.pt: not a PyTorch file: neither a zip archive/);
    import_assert.strict.throws(() => inspectTorchScript(write("onnx.pt", Uint8Array.from([8, 7, 18, 4]))), /not a PyTorch file/);
    import_assert.strict.throws(() => inspectTorchScript(write("empty.pt", new Uint8Array(0))), /empty\.pt: the file is empty/);
    import_assert.strict.throws(() => inspectTorchScript(tmpDir()), /is a folder/);
    import_assert.strict.throws(() => inspectTorchScript(path.join(tmpDir(), "missing.pt")), /missing\.pt: no such file/);
  });
  it("refuses zip archives that are not PyTorch files, and truncated ones", () => {
    import_assert.strict.throws(() => inspectTorchScript(write("other.zip", zipSync({ "a/readme.txt": Buffer.from("hi") }))), /a zip archive without data\.pkl/);
    const good = torchArchive({ name: "m", data: dict({ w: tensor("FloatStorage", "0", [64]) }), storages: { 0: new Uint8Array(256) } });
    for (const cut of [Math.floor(good.length / 2), good.length - 10]) {
      import_assert.strict.throws(() => inspectTorchScript(write("cut.pt", good.subarray(0, cut))), /cut\.pt: a damaged or truncated zip archive/);
    }
    const halfPickle = pickle(dict({ w: tensor("FloatStorage", "0", [64]) }));
    const cutPickle = zipSync({ "m/data.pkl": [halfPickle.subarray(0, 40), { level: 0 }], "m/version": Buffer.from("3\n") });
    import_assert.strict.throws(() => inspectTorchScript(write("cutpkl.pt", cutPickle)), /cutpkl\.pt: m\/data\.pkl: truncated/);
    const legacy = Buffer.concat([pickle(0x1950a86a20f9469cfc6cn), pickle(1001), pickle(dict({})), pickle(dict({ w: tensor("FloatStorage", "0", [4]) }))]);
    import_assert.strict.throws(() => inspectTorchScript(write("cut-legacy.pt", legacy.subarray(0, legacy.length - 20))), /truncated/);
  });
  it("refuses a zip bomb from its declared sizes, before inflating anything", () => {
    const archive = torchArchive({ name: "m", data: dict({ w: tensor("FloatStorage", "0", [4]) }), code: { "__torch__/m.py": "x" }, deflate: true });
    const bomb = write("bomb.pt", declareSize(archive, "data.pkl", 4026531840));
    import_assert.strict.throws(() => inspectTorchScript(bomb), /bomb\.pt: entry 'm\/data\.pkl' declares 3840 MiB uncompressed \(limit 64 MiB\); refused without inflating it/);
    const bigCode = write("bomb-code.pt", declareSize(archive, "m.py", 200 * 1024 * 1024));
    import_assert.strict.throws(() => inspectTorchScript(bigCode, { limits: { maxTotalBytes: 100 * 1024 * 1024 } }), /declares 200 MiB uncompressed \(limit 100 MiB\)/);
    import_assert.strict.throws(() => inspectTorchScript(write("bomb-total.pt", archive), { limits: { maxTotalBytes: 20 } }), /declare more than 20 bytes uncompressed; refused without inflating them/);
    const liar = write("liar.pt", declareSize(archive, "data.pkl", 10));
    import_assert.strict.throws(() => inspectTorchScript(liar), /liar\.pt: (m\/data\.pkl: truncated|a damaged or truncated zip archive)/);
  });
  it("refuses an archive whose pickle names a storage record the archive lacks, or one too small", () => {
    const data = dict({ w: tensor("FloatStorage", "0", [64]), b: tensor("FloatStorage", "1", [8]) });
    import_assert.strict.doesNotThrow(() => inspectTorchScript(write("whole.pt", torchArchive({ name: "m", data }))));
    import_assert.strict.throws(
      () => inspectTorchScript(write("missing.pt", torchArchive({ name: "m", data, omitStorages: ["1"] }))),
      /missing\.pt: m\/data\.pkl names tensor storage '1', but the archive has no record m\/data\/1: the file is incomplete or damaged/
    );
    import_assert.strict.throws(
      () => inspectTorchScript(write("small.pt", torchArchive({ name: "m", data, storages: { 0: new Uint8Array(16) } }))),
      /small\.pt: storage record m\/data\/0 holds 16 bytes, but m\/data\.pkl says it has 64 float32 elements \(256 bytes\)/
    );
  });
  it("caps the number of entries, the size of a pickle and the depth of the module tree", () => {
    const storages = Object.fromEntries(Array.from({ length: 10 }, (_, i2) => [String(i2), new Uint8Array(4)]));
    const many = write("many.pt", torchArchive({ name: "m", data: dict({}), storages }));
    import_assert.strict.throws(() => inspectTorchScript(many, { limits: { maxEntries: 5 } }), /many\.pt: the zip archive has more than 5 entries; refused/);
    import_assert.strict.doesNotThrow(() => inspectTorchScript(many));
    const legacy = write("long.pt", Buffer.concat([pickle(dict({ s: "x".repeat(500) }))]));
    import_assert.strict.throws(() => inspectTorchScript(legacy, { limits: { maxPickleBytes: 100 } }), /the pickle is longer than 100 bytes; refused/);
    let deep = scriptObject("__torch__.m.M", {});
    for (let i2 = 0; i2 < 10; i2++) deep = scriptObject("__torch__.m.M", { child: deep });
    const file = write("deep.pt", torchArchive({ name: "m", data: deep, code: { "__torch__/m.py": "class M(Module):\n  training : bool\n" } }));
    import_assert.strict.throws(() => inspectTorchScript(file, { limits: { maxDepth: 8 } }), /deep\.pt: m\/data\.pkl: .*nested deeper than 8 levels/);
    import_assert.strict.equal(inspectTorchScript(file).modules.length, 11);
  });
  it("refuses raw opcodes that would build an object Python runs code for, whatever the opcode", () => {
    const inst = Uint8Array.from([128, 2, 40, ...Buffer.from("ios\nsystem\n"), 46]);
    import_assert.strict.throws(() => inspectTorchScript(write("inst.pkl", inst)), /unsupported pickle opcode 'i'/);
    const obj = pickle([raw(40), global("os", "system"), "id", raw(111)]);
    import_assert.strict.throws(() => inspectTorchScript(write("obj.pkl", obj)), /unsupported pickle opcode 'o'/);
  });
});
//# sourceMappingURL=torchscript-bad-input.test.js.map
