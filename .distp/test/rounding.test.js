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

// test/rounding.test.ts
var assert = __toESM(require("assert"));

// src/engine/compare/normalize/rounding.ts
var TO_EVEN = 6755399441055744;
var FAST_LIMIT = 2251799813685248;
function roundHalfEven(x) {
  if (Math.abs(x) < FAST_LIMIT) return x + TO_EVEN - TO_EVEN;
  return roundHalfEvenSlow(x);
}
function roundHalfEvenSlow(x) {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}
function roundHalfUp(x) {
  if (!(Math.abs(x) < FAST_LIMIT)) return Math.round(x);
  const r = x + TO_EVEN - TO_EVEN;
  return x - r === 0.5 ? r + 1 : r;
}

// test/rounding.test.ts
function halfEvenOracle(x) {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
}
function hardValues() {
  const out = [
    0,
    -0,
    0.5,
    -0.5,
    1.5,
    -1.5,
    2.5,
    -2.5,
    0.49999999999999994,
    -0.49999999999999994,
    0.5000000000000001,
    -0.5000000000000001,
    2 ** 51 - 0.5,
    2 ** 51 + 0.5,
    -(2 ** 51) - 0.5,
    2 ** 52 - 0.5,
    2 ** 52 + 1,
    -(2 ** 52) - 1,
    2 ** 60,
    1e300,
    -1e300,
    5e-324,
    -5e-324,
    22250738585072014e-324,
    -22250738585072014e-324,
    Infinity,
    -Infinity,
    NaN
  ];
  let seed = 7;
  const next = () => (seed = seed * 1664525 + 1013904223 >>> 0) / 2 ** 32;
  for (let i = 0; i < 2e4; i++) {
    const x = (next() - 0.5) * 10 ** (next() * 12 - 4);
    out.push(x, Math.floor(x) + 0.5, -Math.floor(x) - 0.5, Math.fround(x), x * 2 ** -1060);
  }
  return out;
}
var same = (a, b) => a === b || Number.isNaN(a) && Number.isNaN(b);
describe("rounding without a branch on the fraction", () => {
  it("roundHalfEven equals ties-to-even on ties, near-ties, huge, subnormal and non-finite values", () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6].map(roundHalfEven), [0, 2, 2, -0, -2, -2, 2, -3]);
    const wrong = hardValues().filter((x) => !same(roundHalfEven(x), halfEvenOracle(x)));
    assert.deepEqual(wrong, []);
  });
  it("roundHalfUp equals Math.round on the same values", () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6].map(roundHalfUp), [1, 2, 3, 0, -1, -2, 2, -3]);
    const wrong = hardValues().filter((x) => !same(roundHalfUp(x), Math.round(x)));
    assert.deepEqual(wrong, []);
  });
});
//# sourceMappingURL=rounding.test.js.map
