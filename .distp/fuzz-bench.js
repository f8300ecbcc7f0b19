"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports2, module2) {
    "use strict";
    module2.exports = asPromise;
    function asPromise(fn, ctx) {
      var params3 = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params3[offset++] = arguments[index++];
      return new Promise(function executor(resolve6, reject) {
        params3[offset] = function callback(err2) {
          if (pending) {
            pending = false;
            if (err2)
              reject(err2);
            else {
              var params4 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params4.length)
                params4[offset2++] = arguments[offset2];
              resolve6.apply(null, params4);
            }
          }
        };
        try {
          fn.apply(ctx || null, params3);
        } catch (err2) {
          if (pending) {
            pending = false;
            reject(err2);
          }
        }
      });
    }
  }
});

// node_modules/protobufjs/src/util/base64.js
var require_base64 = __commonJS({
  "node_modules/protobufjs/src/util/base64.js"(exports2) {
    "use strict";
    var base64 = exports2;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      while (p > 0 && string.charAt(p - 1) === "=")
        --p;
      return Math.floor(p * 3 / 4);
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i2 = 0; i2 < 64; )
      s64[b64[i2] = i2 < 26 ? i2 + 65 : i2 < 52 ? i2 + 71 : i2 < 62 ? i2 - 4 : i2 - 59 | 43] = i2++;
    var i2;
    s64[45] = 62;
    s64[95] = 63;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i3 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i3++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i3++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i3++] = b64[t | b >> 6];
            chunk[i3++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i3 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i3 = 0;
        }
      }
      if (j) {
        chunk[i3++] = b64[t];
        chunk[i3++] = 61;
        if (j === 1)
          chunk[i3++] = 61;
      }
      if (parts) {
        if (i3)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i3)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i3));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i3 = 0; i3 < string.length; ) {
        var c = string.charCodeAt(i3++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    var base64UrlRe = /[-_]/;
    var base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
    base64.test = function test(string) {
      return base64Re.test(string) || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
    };
  }
});

// node_modules/protobufjs/src/util/eventemitter.js
var require_eventemitter = __commonJS({
  "node_modules/protobufjs/src/util/eventemitter.js"(exports2, module2) {
    "use strict";
    module2.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i2 = 0; i2 < listeners.length; )
            if (listeners[i2].fn === fn)
              listeners.splice(i2, 1);
            else
              ++i2;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i2 = 1;
        for (; i2 < arguments.length; )
          args.push(arguments[i2++]);
        for (i2 = 0; i2 < listeners.length; )
          listeners[i2].fn.apply(listeners[i2++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/util/float.js
var require_float = __commonJS({
  "node_modules/protobufjs/src/util/float.js"(exports2, module2) {
    "use strict";
    module2.exports = factory(factory);
    function factory(exports3) {
      if (typeof Float32Array !== "undefined") (function() {
        var f322 = new Float32Array([-0]), f8b = new Uint8Array(f322.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f322[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f322[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports3.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports3.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f322[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f322[0];
        }
        exports3.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports3.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports3.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports3.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports3.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports3.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports3.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports3.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports3.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports3.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports3.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports3.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports3.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports3.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports3;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/protobufjs/src/util/utf8.js
var require_utf8 = __commonJS({
  "node_modules/protobufjs/src/util/utf8.js"(exports2) {
    "use strict";
    var utf83 = exports2;
    var looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    var strictDecoder;
    var TEXT_DECODER_MIN_LENGTH = 64;
    try {
      strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch (err2) {
      strictDecoder = looseDecoder;
    }
    utf83.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i2 = 0; i2 < string.length; ++i2) {
        c = string.charCodeAt(i2);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i2 + 1) & 64512) === 56320) {
          ++i2;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    function utf8_read_decoder(decoder, buffer, start, end) {
      var source = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
      return decoder.decode(source);
    }
    utf83.read = function utf8_read_loose(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);
      var str2 = "", i2 = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i2 + 7 < end; i2 += 8) {
        c1 = buffer[i2];
        c2 = buffer[i2 + 1];
        c3 = buffer[i2 + 2];
        c4 = buffer[i2 + 3];
        c5 = buffer[i2 + 4];
        c6 = buffer[i2 + 5];
        c7 = buffer[i2 + 6];
        c8 = buffer[i2 + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str2 + utf8_read_decoder(looseDecoder, buffer, i2, end);
        str2 += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i2 < end; ++i2) {
        c1 = buffer[i2];
        if (c1 & 128)
          return str2 + utf8_read_decoder(looseDecoder, buffer, i2, end);
        str2 += String.fromCharCode(c1);
      }
      return str2;
    };
    utf83.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str2 = "", i2 = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i2 + 7 < end; i2 += 8) {
        c1 = buffer[i2];
        c2 = buffer[i2 + 1];
        c3 = buffer[i2 + 2];
        c4 = buffer[i2 + 3];
        c5 = buffer[i2 + 4];
        c6 = buffer[i2 + 5];
        c7 = buffer[i2 + 6];
        c8 = buffer[i2 + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str2 + utf8_read_decoder(strictDecoder, buffer, i2, end);
        str2 += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i2 < end; ++i2) {
        c1 = buffer[i2];
        if (c1 & 128)
          return str2 + utf8_read_decoder(strictDecoder, buffer, i2, end);
        str2 += String.fromCharCode(c1);
      }
      return str2;
    };
    utf83.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i2 = 0; i2 < string.length; ++i2) {
        c1 = string.charCodeAt(i2);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i2 + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i2;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/protobufjs/src/util/pool.js
var require_pool = __commonJS({
  "node_modules/protobufjs/src/util/pool.js"(exports2, module2) {
    "use strict";
    module2.exports = pool;
    function pool(alloc, slice, size2) {
      var SIZE = size2 || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size3) {
        if (size3 < 1 || size3 > MAX)
          return alloc(size3);
        if (offset + size3 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size3);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports2, module2) {
    "use strict";
    module2.exports = LongBits;
    var Long2;
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber2(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (typeof value === "string" || value instanceof String) {
        if (Long2)
          value = Long2.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber2(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return Long2 ? new Long2(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
    LongBits._configure = function(Long_) {
      Long2 = Long_;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports2, module2) {
    (function(global3, factory) {
      function preferDefault(exports3) {
        return exports3.default || exports3;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports3 = {};
          factory(exports3);
          return preferDefault(exports3);
        });
      } else if (typeof exports2 === "object") {
        factory(exports2);
        if (typeof module2 === "object") module2.exports = preferDefault(exports2);
      } else {
        (function() {
          var exports3 = {};
          factory(exports3);
          global3.Long = preferDefault(exports3);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports2,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm2 = null;
        try {
          wasm2 = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long2(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long2.prototype.__isLong__;
        Object.defineProperty(Long2.prototype, "__isLong__", {
          value: true
        });
        function isLong2(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz322(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long2.isLong = isLong2;
        var INT_CACHE2 = {};
        var UINT_CACHE2 = {};
        function fromInt2(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE2[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits2(value, 0, true);
            if (cache) UINT_CACHE2[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE2[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits2(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE2[value] = obj;
            return obj;
          }
        }
        Long2.fromInt = fromInt2;
        function fromNumber2(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO2 : ZERO2;
          if (unsigned) {
            if (value < 0) return UZERO2;
            if (value >= TWO_PWR_64_DBL2) return MAX_UNSIGNED_VALUE2;
          } else {
            if (value <= -TWO_PWR_63_DBL2) return MIN_VALUE2;
            if (value + 1 >= TWO_PWR_63_DBL2) return MAX_VALUE2;
          }
          if (value < 0) return fromNumber2(-value, unsigned).neg();
          return fromBits2(
            value % TWO_PWR_32_DBL2 | 0,
            value / TWO_PWR_32_DBL2 | 0,
            unsigned
          );
        }
        Long2.fromNumber = fromNumber2;
        function fromBits2(lowBits, highBits, unsigned) {
          return new Long2(lowBits, highBits, unsigned);
        }
        Long2.fromBits = fromBits2;
        var pow_dbl2 = Math.pow;
        function fromString2(str2, unsigned, radix) {
          if (str2.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str2 === "NaN" || str2 === "Infinity" || str2 === "+Infinity" || str2 === "-Infinity")
            return unsigned ? UZERO2 : ZERO2;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str2.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString2(str2.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber2(pow_dbl2(radix, 8));
          var result = ZERO2;
          for (var i2 = 0; i2 < str2.length; i2 += 8) {
            var size2 = Math.min(8, str2.length - i2), value = parseInt(str2.substring(i2, i2 + size2), radix);
            if (size2 < 8) {
              var power = fromNumber2(pow_dbl2(radix, size2));
              result = result.mul(power).add(fromNumber2(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber2(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long2.fromString = fromString2;
        function fromValue2(val, unsigned) {
          if (typeof val === "number") return fromNumber2(val, unsigned);
          if (typeof val === "string") return fromString2(val, unsigned);
          return fromBits2(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long2.fromValue = fromValue2;
        var TWO_PWR_16_DBL2 = 1 << 16;
        var TWO_PWR_24_DBL2 = 1 << 24;
        var TWO_PWR_32_DBL2 = TWO_PWR_16_DBL2 * TWO_PWR_16_DBL2;
        var TWO_PWR_64_DBL2 = TWO_PWR_32_DBL2 * TWO_PWR_32_DBL2;
        var TWO_PWR_63_DBL2 = TWO_PWR_64_DBL2 / 2;
        var TWO_PWR_242 = fromInt2(TWO_PWR_24_DBL2);
        var ZERO2 = fromInt2(0);
        Long2.ZERO = ZERO2;
        var UZERO2 = fromInt2(0, true);
        Long2.UZERO = UZERO2;
        var ONE2 = fromInt2(1);
        Long2.ONE = ONE2;
        var UONE2 = fromInt2(1, true);
        Long2.UONE = UONE2;
        var NEG_ONE2 = fromInt2(-1);
        Long2.NEG_ONE = NEG_ONE2;
        var MAX_VALUE2 = fromBits2(4294967295 | 0, 2147483647 | 0, false);
        Long2.MAX_VALUE = MAX_VALUE2;
        var MAX_UNSIGNED_VALUE2 = fromBits2(4294967295 | 0, 4294967295 | 0, true);
        Long2.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE2;
        var MIN_VALUE2 = fromBits2(0, 2147483648 | 0, false);
        Long2.MIN_VALUE = MIN_VALUE2;
        var LongPrototype2 = Long2.prototype;
        LongPrototype2.toInt = function toInt2() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype2.toNumber = function toNumber2() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL2 + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL2 + (this.low >>> 0);
        };
        LongPrototype2.toString = function toString2(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE2)) {
              var radixLong = fromNumber2(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber2(pow_dbl2(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype2.getHighBits = function getHighBits2() {
          return this.high;
        };
        LongPrototype2.getHighBitsUnsigned = function getHighBitsUnsigned2() {
          return this.high >>> 0;
        };
        LongPrototype2.getLowBits = function getLowBits2() {
          return this.low;
        };
        LongPrototype2.getLowBitsUnsigned = function getLowBitsUnsigned2() {
          return this.low >>> 0;
        };
        LongPrototype2.getNumBitsAbs = function getNumBitsAbs2() {
          if (this.isNegative())
            return this.eq(MIN_VALUE2) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype2.isSafeInteger = function isSafeInteger2() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype2.isZero = function isZero2() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype2.eqz = LongPrototype2.isZero;
        LongPrototype2.isNegative = function isNegative2() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype2.isPositive = function isPositive2() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype2.isOdd = function isOdd2() {
          return (this.low & 1) === 1;
        };
        LongPrototype2.isEven = function isEven2() {
          return (this.low & 1) === 0;
        };
        LongPrototype2.equals = function equals2(other) {
          if (!isLong2(other)) other = fromValue2(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype2.eq = LongPrototype2.equals;
        LongPrototype2.notEquals = function notEquals2(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype2.neq = LongPrototype2.notEquals;
        LongPrototype2.ne = LongPrototype2.notEquals;
        LongPrototype2.lessThan = function lessThan2(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype2.lt = LongPrototype2.lessThan;
        LongPrototype2.lessThanOrEqual = function lessThanOrEqual2(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype2.lte = LongPrototype2.lessThanOrEqual;
        LongPrototype2.le = LongPrototype2.lessThanOrEqual;
        LongPrototype2.greaterThan = function greaterThan2(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype2.gt = LongPrototype2.greaterThan;
        LongPrototype2.greaterThanOrEqual = function greaterThanOrEqual2(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype2.gte = LongPrototype2.greaterThanOrEqual;
        LongPrototype2.ge = LongPrototype2.greaterThanOrEqual;
        LongPrototype2.compare = function compare2(other) {
          if (!isLong2(other)) other = fromValue2(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype2.comp = LongPrototype2.compare;
        LongPrototype2.negate = function negate2() {
          if (!this.unsigned && this.eq(MIN_VALUE2)) return MIN_VALUE2;
          return this.not().add(ONE2);
        };
        LongPrototype2.neg = LongPrototype2.negate;
        LongPrototype2.add = function add2(addend) {
          if (!isLong2(addend)) addend = fromValue2(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits2(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype2.subtract = function subtract2(subtrahend) {
          if (!isLong2(subtrahend)) subtrahend = fromValue2(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype2.sub = LongPrototype2.subtract;
        LongPrototype2.multiply = function multiply2(multiplier) {
          if (this.isZero()) return this;
          if (!isLong2(multiplier)) multiplier = fromValue2(multiplier);
          if (wasm2) {
            var low = wasm2["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits2(low, wasm2["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO2 : ZERO2;
          if (this.eq(MIN_VALUE2)) return multiplier.isOdd() ? MIN_VALUE2 : ZERO2;
          if (multiplier.eq(MIN_VALUE2)) return this.isOdd() ? MIN_VALUE2 : ZERO2;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_242) && multiplier.lt(TWO_PWR_242))
            return fromNumber2(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits2(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype2.mul = LongPrototype2.multiply;
        LongPrototype2.divide = function divide2(divisor) {
          if (!isLong2(divisor)) divisor = fromValue2(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm2) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm2["div_u"] : wasm2["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits2(low, wasm2["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO2 : ZERO2;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE2)) {
              if (divisor.eq(ONE2) || divisor.eq(NEG_ONE2))
                return MIN_VALUE2;
              else if (divisor.eq(MIN_VALUE2)) return ONE2;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO2)) {
                  return divisor.isNegative() ? ONE2 : NEG_ONE2;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE2)) return this.unsigned ? UZERO2 : ZERO2;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO2;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO2;
            if (divisor.gt(this.shru(1)))
              return UONE2;
            res = UZERO2;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl2(2, log2 - 48), approxRes = fromNumber2(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber2(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE2;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype2.div = LongPrototype2.divide;
        LongPrototype2.modulo = function modulo2(divisor) {
          if (!isLong2(divisor)) divisor = fromValue2(divisor);
          if (wasm2) {
            var low = (this.unsigned ? wasm2["rem_u"] : wasm2["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits2(low, wasm2["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype2.mod = LongPrototype2.modulo;
        LongPrototype2.rem = LongPrototype2.modulo;
        LongPrototype2.not = function not2() {
          return fromBits2(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype2.countLeadingZeros = function countLeadingZeros2() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype2.clz = LongPrototype2.countLeadingZeros;
        LongPrototype2.countTrailingZeros = function countTrailingZeros2() {
          return this.low ? ctz322(this.low) : ctz322(this.high) + 32;
        };
        LongPrototype2.ctz = LongPrototype2.countTrailingZeros;
        LongPrototype2.and = function and2(other) {
          if (!isLong2(other)) other = fromValue2(other);
          return fromBits2(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype2.or = function or2(other) {
          if (!isLong2(other)) other = fromValue2(other);
          return fromBits2(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype2.xor = function xor2(other) {
          if (!isLong2(other)) other = fromValue2(other);
          return fromBits2(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype2.shiftLeft = function shiftLeft2(numBits) {
          if (isLong2(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits2(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits2(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype2.shl = LongPrototype2.shiftLeft;
        LongPrototype2.shiftRight = function shiftRight2(numBits) {
          if (isLong2(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits2(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits2(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype2.shr = LongPrototype2.shiftRight;
        LongPrototype2.shiftRightUnsigned = function shiftRightUnsigned2(numBits) {
          if (isLong2(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits2(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits2(this.high, 0, this.unsigned);
          return fromBits2(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype2.shru = LongPrototype2.shiftRightUnsigned;
        LongPrototype2.shr_u = LongPrototype2.shiftRightUnsigned;
        LongPrototype2.rotateLeft = function rotateLeft2(numBits) {
          var b;
          if (isLong2(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits2(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits2(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits2(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype2.rotl = LongPrototype2.rotateLeft;
        LongPrototype2.rotateRight = function rotateRight2(numBits) {
          var b;
          if (isLong2(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits2(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits2(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits2(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype2.rotr = LongPrototype2.rotateRight;
        LongPrototype2.toSigned = function toSigned2() {
          if (!this.unsigned) return this;
          return fromBits2(this.low, this.high, false);
        };
        LongPrototype2.toUnsigned = function toUnsigned2() {
          if (this.unsigned) return this;
          return fromBits2(this.low, this.high, true);
        };
        LongPrototype2.toBytes = function toBytes2(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype2.toBytesLE = function toBytesLE2() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype2.toBytesBE = function toBytesBE2() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long2.fromBytes = function fromBytes2(bytes, unsigned, le) {
          return le ? Long2.fromBytesLE(bytes, unsigned) : Long2.fromBytesBE(bytes, unsigned);
        };
        Long2.fromBytesLE = function fromBytesLE2(bytes, unsigned) {
          return new Long2(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long2.fromBytesBE = function fromBytesBE2(bytes, unsigned) {
          return new Long2(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long2.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits2(lowBits, highBits, unsigned);
          };
          Long2.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long2.fromBigInt(value, unsigned);
            return fromValue2(value, unsigned);
          };
          LongPrototype2.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long2;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports2) {
    "use strict";
    var util2 = exports2;
    util2.asPromise = require_aspromise();
    util2.base64 = require_base64();
    util2.EventEmitter = require_eventemitter();
    util2.float = require_float();
    util2.utf8 = require_utf8();
    util2.pool = require_pool();
    util2.LongBits = require_longbits();
    function isUnsafeProperty(key2) {
      return key2 === "__proto__" || key2 === "prototype" || key2 === "constructor";
    }
    util2.isUnsafeProperty = isUnsafeProperty;
    util2.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util2.global = util2.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || typeof globalThis !== "undefined" && globalThis || exports2;
    util2.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util2.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util2.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger2(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util2.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util2.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util2.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util2.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util2.Buffer = (function() {
      try {
        var Buffer2 = util2.global.Buffer;
        return Buffer2.prototype.utf8Write || util2.isNode ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util2.newBuffer = function newBuffer(sizeOrArray) {
      var Buffer2 = util2.Buffer;
      return typeof sizeOrArray === "number" ? Buffer2 ? Buffer2.allocUnsafe(sizeOrArray) : new Uint8Array(sizeOrArray) : Buffer2 ? Buffer2.from(sizeOrArray) : new Uint8Array(sizeOrArray);
    };
    util2.rawField = function rawField(id, wireType, data) {
      var out = [], tag = id << 3 | wireType;
      tag >>>= 0;
      while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
      }
      out.push(tag);
      for (var i2 = 0; i2 < data.length; ++i2)
        out.push(data[i2]);
      return util2.newBuffer(out);
    };
    util2.Array = Uint8Array;
    util2.Long = /* istanbul ignore next */
    util2.global.dcodeIO && /* istanbul ignore next */
    util2.global.dcodeIO.Long || /* istanbul ignore next */
    util2.global.Long || (function() {
      try {
        var Long2 = require_umd();
        return Long2 && Long2.isLong ? Long2 : null;
      } catch (e) {
        return null;
      }
    })();
    util2.key2Re = /^(?:true|false|0|1)$/;
    util2.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util2.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util2.longToHash = function longToHash(value) {
      return value ? util2.LongBits.from(value).toHash() : util2.LongBits.zeroHash;
    };
    util2.longFromHash = function longFromHash(hash, unsigned) {
      var bits2 = util2.LongBits.fromHash(hash);
      if (util2.Long)
        return util2.Long.fromBits(bits2.lo, bits2.hi, unsigned);
      return bits2.toNumber(Boolean(unsigned));
    };
    util2.longFromKey = function longFromKey(key2, unsigned) {
      return util2.key64Re.test(key2) && !util2.key32Re.test(key2) ? util2.longFromHash(key2, unsigned) : key2;
    };
    util2.boolFromKey = function boolFromKey(key2) {
      return key2 === "true" || key2 === "1";
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i2 = 0; i2 < keys.length; ++i2)
          if (!isUnsafeProperty(keys[i2]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i2]) || dst[keys[i2]] === void 0))
            dst[keys[i2]] = src[keys[i2]];
      }
      return dst;
    }
    util2.merge = merge;
    util2.nestingLimit = 32;
    util2.recursionLimit = 100;
    util2.makeProp = function makeProp(obj, key2, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key2))
        return;
      Object.defineProperty(obj, key2, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util2.lcFirst = function lcFirst(str2) {
      return str2.charAt(0).toLowerCase() + str2.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util2.newError = newError;
    util2.ProtocolError = newError("ProtocolError");
    util2.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i2 = 0; i2 < fieldNames.length; ++i2)
        fieldMap[fieldNames[i2]] = 1;
      return function() {
        for (var keys = Object.keys(this), i3 = keys.length - 1; i3 > -1; --i3)
          if (fieldMap[keys[i3]] === 1 && this[keys[i3]] !== void 0 && this[keys[i3]] !== null)
            return keys[i3];
      };
    };
    util2.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i2 = 0; i2 < fieldNames.length; ++i2)
          if (fieldNames[i2] !== name)
            delete this[fieldNames[i2]];
      };
    };
    util2.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports2, module2) {
    "use strict";
    module2.exports = Writer;
    var util2 = require_minimal();
    var BufferWriter;
    var LongBits = util2.LongBits;
    var base64 = util2.base64;
    var utf83 = util2.utf8;
    function Writer() {
      this.pos = 0;
      this.buf = this.constructor.alloc(Writer.initialBufferSize);
      this.view = null;
      this.states = null;
    }
    Writer.initialBufferSize = 128;
    Object.defineProperty(Writer.prototype, "len", {
      configurable: true,
      enumerable: true,
      get: function get_len() {
        return this.pos;
      }
    });
    var create = function create2() {
      return util2.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size2) {
      return new Uint8Array(size2);
    };
    Writer.alloc = util2.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need2 = this.pos + n;
      if (need2 > this.buf.length) {
        var size2 = this.buf.length << 1;
        if (size2 < need2)
          size2 = need2;
        var buf = this.constructor.alloc(size2);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null;
      }
    };
    function writeStringAscii(val, buf, pos) {
      for (var i2 = 0; i2 < val.length; )
        buf[pos++] = val.charCodeAt(i2++);
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
      return pos + 1;
    }
    Writer.prototype.uint32 = function write_uint32(value) {
      value = value >>> 0;
      this._reserve(5);
      var pos = this.pos;
      this.pos = writeVarint32(value, this.buf, pos);
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      if ((value |= 0) < 0) {
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
      }
      return this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos] = lo;
      return pos + 1;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits2 = LongBits.from(value);
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits2, this.buf, pos);
      return this;
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits2 = LongBits.from(value).zzEncode();
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits2, this.buf, pos);
      return this;
    };
    Writer.prototype.bool = function write_bool(value) {
      this._reserve(1);
      this.buf[this.pos++] = value ? 1 : 0;
      return this;
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      this._reserve(4);
      writeFixed32(value >>> 0, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits2 = LongBits.from(value);
      this._reserve(8);
      writeFixed32(bits2.lo, this.buf, this.pos);
      writeFixed32(bits2.hi, this.buf, this.pos + 4);
      this.pos += 8;
      return this;
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      this._reserve(4);
      util2.float.writeFloatLE(value, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.double = function write_double(value) {
      this._reserve(8);
      util2.float.writeDoubleLE(value, this.buf, this.pos);
      this.pos += 8;
      return this;
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (util2.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      this.uint32(len);
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.raw = function write_raw(value) {
      var len = value.length >>> 0;
      if (!len)
        return this;
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype._delim = function _delim(pos, len) {
      var n = sizeVarint32(len);
      if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
      writeVarint32(len, this.buf, pos);
      this.pos = pos + n + len;
      return this;
    };
    Writer.prototype.string = function write_string(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var lenPos = this.pos;
        return this._delim(lenPos, utf83.write(value, this.buf, lenPos + 1));
      }
      var len = utf83.length(value);
      this.uint32(len);
      this._reserve(len);
      if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
      else
        utf83.write(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.uint32s = function write_uint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
      for (var i2 = 0; i2 < n; ++i2)
        p = writeVarint32(value[i2] >>> 0, buf, p);
      return this._delim(lenPos, p - lenPos - 1);
    };
    Writer.prototype.int32s = function write_int32s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
      for (var i2 = 0; i2 < n; ++i2) {
        if ((val = value[i2] | 0) < 0) {
          pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
          pos = writeVarint32(val, buf, pos);
        }
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.sint32s = function write_sint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i2 = 0; i2 < n; ++i2)
        pos = writeVarint32((value[i2] << 1 ^ value[i2] >> 31) >>> 0, buf, pos);
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.uint64s = function write_uint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i2 = 0; i2 < n; ++i2) {
        pos = writeVarint64(LongBits.from(value[i2]), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.int64s = Writer.prototype.uint64s;
    Writer.prototype.sint64s = function write_sint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i2 = 0; i2 < n; ++i2) {
        pos = writeVarint64(LongBits.from(value[i2]).zzEncode(), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.bools = function write_bools(value) {
      var n = value.length;
      this.uint32(n);
      this._reserve(n);
      var buf = this.buf, p = this.pos;
      for (var i2 = 0; i2 < n; ++i2)
        buf[p++] = value[i2] ? 1 : 0;
      this.pos += n;
      return this;
    };
    var VIEW_THRESHOLD_FLOAT = 16;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(writer, count2, threshold) {
      var view = writer.view;
      if (view || count2 < threshold)
        return view;
      var buf = writer.buf;
      return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Writer.prototype.fixed32s = function write_fixed32s(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i2, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i2 = 0; i2 < n; ++i2) {
          dv.setUint32(p, value[i2] >>> 0, true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i2 = 0; i2 < n; ++i2) {
          writeFixed32(value[i2] >>> 0, buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed32s = Writer.prototype.fixed32s;
    Writer.prototype.fixed64s = function write_fixed64s(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i2, bits2, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i2 = 0; i2 < n; ++i2) {
          bits2 = LongBits.from(value[i2]);
          dv.setUint32(p, bits2.lo, true);
          dv.setUint32(p + 4, bits2.hi, true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i2 = 0; i2 < n; ++i2) {
          bits2 = LongBits.from(value[i2]);
          writeFixed32(bits2.lo, buf, p);
          writeFixed32(bits2.hi, buf, p + 4);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed64s = Writer.prototype.fixed64s;
    Writer.prototype.floats = function write_floats(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i2, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i2 = 0; i2 < n; ++i2) {
          dv.setFloat32(p, value[i2], true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i2 = 0; i2 < n; ++i2) {
          util2.float.writeFloatLE(value[i2], buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.doubles = function write_doubles(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i2, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i2 = 0; i2 < n; ++i2) {
          dv.setFloat64(p, value[i2], true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i2 = 0; i2 < n; ++i2) {
          util2.float.writeDoubleLE(value[i2], buf, p);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.fork = function fork2() {
      this._reserve(1);
      (this.states || (this.states = [])).push(this.pos);
      this.pos += 1;
      return this;
    };
    Writer.prototype.reset = function reset() {
      var states = this.states;
      if (states && states.length) {
        this.pos = states.pop();
      } else {
        this.pos = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var states = this.states, len, vlen;
      if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) {
          this._reserve(vlen - 1);
          this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
          this.pos += vlen - 1;
          writeVarint32(len, this.buf, lenPos);
        } else {
          this.buf[lenPos] = len;
        }
      } else {
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
      }
      return this;
    };
    Writer.prototype.finish = function finish(shared) {
      if (shared)
        return this.buf.subarray(0, this.pos);
      var buf = this.constructor.alloc(this.pos);
      buf.set(this.buf.subarray(0, this.pos), 0);
      return buf;
    };
    Writer.prototype.finishInto = function finishInto(buf, offset) {
      if (offset === void 0)
        offset = 0;
      buf.set(this.buf.subarray(0, this.pos), offset);
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports2, module2) {
    "use strict";
    module2.exports = BufferWriter;
    var Writer = require_writer();
    BufferWriter.prototype = Object.create(Writer.prototype, {
      constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util2 = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    var writeStringBuffer;
    BufferWriter._configure = function() {
      BufferWriter.alloc = util2.Buffer && util2.Buffer.allocUnsafe;
      writeStringBuffer = util2.Buffer && util2.Buffer.prototype.utf8Write ? function writeStringBuffer_utf8Write(val, buf, pos) {
        return buf.utf8Write(val, pos);
      } : function writeStringBuffer_write(val, buf, pos) {
        return buf.write(val, pos);
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util2.isString(value))
        value = util2.Buffer.from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
      }
      return this;
    };
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var pos = this.pos, buf = this.buf;
        return this._delim(
          pos,
          n < 40 ? util2.utf8.write(value, buf, pos + 1) : writeStringBuffer(value, buf, pos + 1)
        );
      }
      var len = util2.Buffer.byteLength(value);
      this.uint32(len);
      this._reserve(len);
      writeStringBuffer(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports2, module2) {
    "use strict";
    module2.exports = Reader2;
    var util2 = require_minimal();
    var BufferReader;
    var LongBits = util2.LongBits;
    var utf83 = util2.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader2(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader2.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader2(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util2.Buffer ? function create_buffer_setup(buffer) {
        return (Reader2.create = function create_buffer(buffer2) {
          return util2.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader2.create = create();
    Reader2.prototype.raw = function read_raw(start, end) {
      return this.buf.subarray(start, end);
    };
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i2 = 0; i2 < 4; ++i2) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i2 * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader2.prototype.uint32 = function read_uint32() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      for (var i2 = 0; i2 < 5; ++i2) {
        if (pos >= this.len) {
          this.pos = pos;
          throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
          this.pos = pos;
          return value;
        }
      }
      this.pos = pos;
      throw Error("invalid varint encoding");
    };
    Reader2.prototype.tag = function read_tag() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
      }
      this.pos = pos + 1;
      throw Error("invalid tag encoding");
    };
    Reader2.prototype.size = function read_size() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      this.pos = pos + 1;
      if (buf[pos] > 7)
        throw Error("invalid length encoding");
      return (value | buf[pos] << 28) >>> 0;
    };
    Reader2.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader2.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits2 = new LongBits(0, 0);
      var i2 = 0;
      if (this.len - this.pos > 4) {
        for (; i2 < 4; ++i2) {
          bits2.lo = (bits2.lo | (this.buf[this.pos] & 127) << i2 * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits2;
        }
        bits2.lo = (bits2.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits2.hi = (bits2.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits2;
        i2 = 0;
      } else {
        for (; i2 < 4; ++i2) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits2.lo = (bits2.lo | (this.buf[this.pos] & 127) << i2 * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits2;
        }
        throw indexOutOfRange(this);
      }
      if (this.len - this.pos > 4) {
        for (; i2 < 5; ++i2) {
          bits2.hi = (bits2.hi | (this.buf[this.pos] & 127) << i2 * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits2;
        }
      } else {
        for (; i2 < 5; ++i2) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits2.hi = (bits2.hi | (this.buf[this.pos] & 127) << i2 * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits2;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader2.prototype.bool = function read_bool() {
      var value = false, b;
      for (var i2 = 0; i2 < 10; ++i2) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
          value = true;
        if (b < 128)
          return value;
      }
      throw Error("invalid varint encoding");
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader2.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader2.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader2.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util2.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader2.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util2.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader2.prototype.uint32s = function read_uint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.uint32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.int32s = function read_int32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.int32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.sint32s = function read_sint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint32());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.bools = function read_bools(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value !== 0);
        else {
          this.pos = pos - 1;
          array.push(this.bool());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    var VIEW_THRESHOLD_FLOAT = 8;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(reader, count2, threshold) {
      var view = reader.view;
      if (view || count2 < threshold)
        return view;
      var buf = reader.buf;
      return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Reader2.prototype.fixed32s = function read_fixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 2, i2 = array.length, pos = this.pos;
      array.length = i2 + count2;
      var dv = getLazyView(this, count2, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count2; ++k, pos += 4) array[i2++] = dv.getUint32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count2; ++j, pos += 4) array[i2++] = readFixed32_end(buf, pos + 4);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader2.prototype.sfixed32s = function read_sfixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 2, i2 = array.length, pos = this.pos;
      array.length = i2 + count2;
      var dv = getLazyView(this, count2, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count2; ++k, pos += 4) array[i2++] = dv.getInt32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count2; ++j, pos += 4) array[i2++] = readFixed32_end(buf, pos + 4) | 0;
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader2.prototype.floats = function read_floats(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 2, i2 = array.length, pos = this.pos;
      array.length = i2 + count2;
      var dv = getLazyView(this, count2, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count2; ++k, pos += 4) array[i2++] = dv.getFloat32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count2; ++j, pos += 4) array[i2++] = util2.float.readFloatLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader2.prototype.doubles = function read_doubles(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 3, i2 = array.length, pos = this.pos;
      array.length = i2 + count2;
      var dv = getLazyView(this, count2, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count2; ++k, pos += 8) array[i2++] = dv.getFloat64(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count2; ++j, pos += 8) array[i2++] = util2.float.readDoubleLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader2.prototype.uint64s = function read_uint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.uint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.int64s = function read_int64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.int64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.sint64s = function read_sint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader2.prototype.fixed64s = function read_fixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i2 = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 3;
      array.length = i2 + count2;
      for (var j = 0; j < count2; ++j)
        array[i2++] = this.fixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader2.prototype.sfixed64s = function read_sfixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i2 = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count2 = len >>> 3;
      array.length = i2 + count2;
      for (var j = 0; j < count2; ++j)
        array[i2++] = this.sfixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader2.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader2.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf83.read(this.buf, start, end);
    };
    Reader2.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf83.readStrict(this.buf, start, end);
    };
    Reader2.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader2.recursionLimit = util2.recursionLimit;
    Reader2.discardUnknown = true;
    Reader2.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader2.recursionLimit)
        throw Error("max depth exceeded");
      if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.size());
          break;
        case 3:
          while (true) {
            var tag = this.tag();
            var nestedField = tag >>> 3;
            wireType = tag & 7;
            if (!nestedField)
              throw Error("illegal tag: field number 0");
            if (wireType === 4) {
              if (fieldNumber !== void 0 && nestedField !== fieldNumber)
                throw Error("invalid end group tag");
              break;
            }
            this.skipType(wireType, depth + 1, nestedField);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader2._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader2.create = create();
      BufferReader._configure();
      var fn = util2.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util2.merge(Reader2.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports2, module2) {
    "use strict";
    module2.exports = BufferReader;
    var Reader2 = require_reader();
    BufferReader.prototype = Object.create(Reader2.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util2 = require_minimal();
    function BufferReader(buffer) {
      Reader2.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util2.Buffer)
        BufferReader.prototype._slice = util2.Buffer.prototype.slice;
    };
    BufferReader.prototype.raw = function read_raw_buffer(start, end) {
      return this._slice.call(this.buf, start, end);
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.size(), start = this.pos, end = this.pos + len;
      if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);
      this.pos = end;
      return this.buf.utf8Slice ? this.buf.utf8Slice(start, end) : this.buf.toString("utf-8", start, end);
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports2, module2) {
    "use strict";
    module2.exports = Service;
    var util2 = require_minimal();
    Service.prototype = Object.create(util2.EventEmitter.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util2.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util2.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err2, response) {
            if (err2) {
              self2.emit("error", err2, method);
              return callback(err2);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err3) {
                self2.emit("error", err3, method);
                return callback(err3);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err2) {
        self2.emit("error", err2, method);
        setTimeout(function() {
          callback(err2);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports2) {
    "use strict";
    var rpc = exports2;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports2, module2) {
    "use strict";
    module2.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports2) {
    "use strict";
    exports2.build = "minimal";
    exports2.Writer = require_writer();
    exports2.BufferWriter = require_writer_buffer();
    exports2.Reader = require_reader();
    exports2.BufferReader = require_reader_buffer();
    exports2.util = require_minimal();
    exports2.rpc = require_rpc();
    exports2.roots = require_roots();
    exports2.configure = configure2;
    function configure2() {
      exports2.util.LongBits._configure(exports2.util.Long);
      exports2.Writer._configure(exports2.BufferWriter);
      exports2.Reader._configure(exports2.BufferReader);
    }
    configure2();
  }
});

// node_modules/protobufjs/src/util/patterns.js
var require_patterns = __commonJS({
  "node_modules/protobufjs/src/util/patterns.js"(exports2) {
    "use strict";
    var patterns = exports2;
    patterns.numberRe = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
    patterns.typeRefRe = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
    patterns.reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
  }
});

// node_modules/protobufjs/src/util/codegen.js
var require_codegen = __commonJS({
  "node_modules/protobufjs/src/util/codegen.js"(exports2, module2) {
    "use strict";
    module2.exports = codegen;
    var patterns = require_patterns();
    var reservedRe = patterns.reservedRe;
    function codegen(functionParams, functionName) {
      if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = void 0;
      }
      var body = [];
      function Codegen(formatStringOrScope) {
        if (typeof formatStringOrScope !== "string") {
          var source = toString2();
          if (codegen.verbose)
            console.log("codegen: " + source);
          source = "return " + source;
          if (formatStringOrScope) {
            var scopeKeys = Object.keys(formatStringOrScope), scopeParams = new Array(scopeKeys.length + 1), scopeValues = new Array(scopeKeys.length), scopeOffset = 0;
            while (scopeOffset < scopeKeys.length) {
              scopeParams[scopeOffset] = scopeKeys[scopeOffset];
              scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
            }
            scopeParams[scopeOffset] = source;
            return Function.apply(null, scopeParams).apply(null, scopeValues);
          }
          return Function(source)();
        }
        var formatParams = new Array(arguments.length - 1), formatOffset = 0;
        while (formatOffset < formatParams.length)
          formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace2($0, $1) {
          var value = formatParams[formatOffset++];
          switch ($1) {
            case "d":
            case "f":
              value = Number(value);
              return Object.is(value, -0) ? "-0" : String(value);
            case "i":
              return String(Math.floor(value));
            case "j":
              return JSON.stringify(value);
            case "s":
              return String(value);
          }
          return "%";
        });
        if (formatOffset !== formatParams.length)
          throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
      }
      function toString2(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
      }
      Object.defineProperty(Codegen, "toString", {
        value: toString2,
        writable: true,
        enumerable: true,
        configurable: true
      });
      return Codegen;
    }
    codegen.verbose = false;
    function safeFunctionName(name) {
      if (!name)
        return "";
      name = String(name).replace(/[^\w$]/g, "");
      if (!name)
        return "";
      if (/^\d/.test(name))
        name = "_" + name;
      return reservedRe.test(name) ? name + "_" : name;
    }
  }
});

// node_modules/protobufjs/src/util/fs.js
var require_fs = __commonJS({
  "node_modules/protobufjs/src/util/fs.js"(exports2, module2) {
    "use strict";
    var fs22 = null;
    try {
      fs22 = require(
        /* webpackIgnore: true */
        "fs"
      );
      if (!fs22 || !fs22.readFile || !fs22.readFileSync)
        fs22 = null;
    } catch (e) {
    }
    module2.exports = fs22;
  }
});

// node_modules/protobufjs/src/util/fetch.js
var require_fetch = __commonJS({
  "node_modules/protobufjs/src/util/fetch.js"(exports2, module2) {
    "use strict";
    module2.exports = fetch;
    var asPromise = require_aspromise();
    var fs22 = require_fs();
    function fetch(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      } else if (!options)
        options = {};
      if (!callback)
        return asPromise(fetch, this, filename, options);
      if (!options.xhr && fs22 && fs22.readFile)
        return fs22.readFile(filename, function fetchReadFileCallback(err2, contents) {
          return err2 && typeof XMLHttpRequest !== "undefined" ? fetch.xhr(filename, options, callback) : err2 ? callback(err2) : callback(null, options.binary ? contents : contents.toString("utf8"));
        });
      return fetch.xhr(filename, options, callback);
    }
    fetch.xhr = function fetch_xhr(filename, options, callback) {
      var xhr = new XMLHttpRequest();
      xhr.onreadystatechange = function fetchOnReadyStateChange() {
        if (xhr.readyState !== 4)
          return void 0;
        if (xhr.status !== 0 && xhr.status !== 200)
          return callback(Error("status " + xhr.status));
        if (options.binary) {
          var buffer = xhr.response;
          if (!buffer) {
            buffer = [];
            for (var i2 = 0; i2 < xhr.responseText.length; ++i2)
              buffer.push(xhr.responseText.charCodeAt(i2) & 255);
          }
          return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
      };
      if (options.binary) {
        if ("overrideMimeType" in xhr)
          xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
      }
      xhr.open("GET", filename);
      xhr.send();
    };
  }
});

// node_modules/protobufjs/src/util/path.js
var require_path = __commonJS({
  "node_modules/protobufjs/src/util/path.js"(exports2) {
    "use strict";
    var path21 = exports2;
    var urlRe = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;
    function normalizeUrl(path22) {
      if (typeof URL === "undefined" || !urlRe.test(path22))
        return null;
      try {
        return new URL(path22).href;
      } catch (e) {
        return null;
      }
    }
    function resolveUrl(originPath, includePath) {
      if (typeof URL === "undefined" || !urlRe.test(originPath) || urlRe.test(includePath))
        return null;
      try {
        return new URL(includePath, originPath).href;
      } catch (e) {
        return null;
      }
    }
    var isAbsolute3 = (
      /**
       * Tests if the specified path is absolute.
       * @param {string} path Path to test
       * @returns {boolean} `true` if path is absolute
       */
      path21.isAbsolute = function isAbsolute4(path22) {
        return /^(?:\/|\w+:|\\\\\w+)/.test(path22);
      }
    );
    var normalize = (
      /**
       * Normalizes the specified path.
       * @param {string} path Path to normalize
       * @returns {string} Normalized path
       */
      path21.normalize = function normalize2(path22) {
        var normalizedUrl = normalizeUrl(path22);
        if (normalizedUrl)
          return normalizedUrl;
        var firstTwoCharacters = path22.substring(0, 2);
        var uncPrefix = "";
        if (firstTwoCharacters === "\\\\") {
          uncPrefix = firstTwoCharacters;
          path22 = path22.substring(2);
        }
        path22 = path22.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
        var parts = path22.split("/"), absolute = isAbsolute3(path22), prefix = "";
        if (absolute)
          prefix = parts.shift() + "/";
        for (var i2 = 0; i2 < parts.length; ) {
          if (parts[i2] === "..") {
            if (i2 > 0 && parts[i2 - 1] !== "..")
              parts.splice(--i2, 2);
            else if (absolute)
              parts.splice(i2, 1);
            else
              ++i2;
          } else if (parts[i2] === ".")
            parts.splice(i2, 1);
          else
            ++i2;
        }
        return uncPrefix + prefix + parts.join("/");
      }
    );
    path21.resolve = function resolve6(originPath, includePath, alreadyNormalized) {
      var resolvedUrl = resolveUrl(originPath, includePath);
      if (resolvedUrl)
        return resolvedUrl;
      if (!alreadyNormalized)
        includePath = normalize(includePath);
      if (isAbsolute3(includePath))
        return includePath;
      if (!alreadyNormalized)
        originPath = normalize(originPath);
      return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
    };
  }
});

// node_modules/protobufjs/src/namespace.js
var require_namespace = __commonJS({
  "node_modules/protobufjs/src/namespace.js"(exports2, module2) {
    "use strict";
    module2.exports = Namespace;
    var ReflectionObject = require_object();
    Namespace.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Namespace,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Namespace.className = "Namespace";
    var Field = require_field();
    var util2 = require_util();
    var OneOf = require_oneof();
    var Type;
    var Service;
    var Enum;
    Namespace.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      return new Namespace(name, json.options).addJSON(json.nested, depth);
    };
    function arrayToJSON(array, toJSONOptions) {
      if (!(array && array.length))
        return void 0;
      var obj = {};
      for (var i2 = 0; i2 < array.length; ++i2)
        obj[array[i2].name] = array[i2].toJSON(toJSONOptions);
      return obj;
    }
    Namespace.arrayToJSON = arrayToJSON;
    Namespace.isReservedId = function isReservedId(reserved, id) {
      if (reserved) {
        for (var i2 = 0; i2 < reserved.length; ++i2)
          if (typeof reserved[i2] !== "string" && reserved[i2][0] <= id && reserved[i2][1] >= id)
            return true;
      }
      return false;
    };
    Namespace.isReservedName = function isReservedName(reserved, name) {
      if (reserved) {
        for (var i2 = 0; i2 < reserved.length; ++i2)
          if (reserved[i2] === name)
            return true;
      }
      return false;
    };
    function Namespace(name, options) {
      ReflectionObject.call(this, name, options);
      this.nested = void 0;
      this._nestedArray = null;
      this._lookupCache = /* @__PURE__ */ Object.create(null);
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
    }
    function clearCache(namespace) {
      namespace._nestedArray = null;
      namespace._lookupCache = /* @__PURE__ */ Object.create(null);
      var parent = namespace;
      while (parent = parent.parent) {
        parent._lookupCache = /* @__PURE__ */ Object.create(null);
      }
      return namespace;
    }
    Object.defineProperty(Namespace.prototype, "nestedArray", {
      get: function() {
        return this._nestedArray || (this._nestedArray = util2.toArray(this.nested));
      }
    });
    Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
      return util2.toObject([
        "options",
        this.options,
        "nested",
        arrayToJSON(this.nestedArray, toJSONOptions)
      ]);
    };
    Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      var ns = this;
      if (nestedJson) {
        for (var names2 = Object.keys(nestedJson), i2 = 0, nested; i2 < names2.length; ++i2) {
          nested = nestedJson[names2[i2]];
          ns.add(
            // most to least likely
            (nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : nested.id !== void 0 ? Field.fromJSON : Namespace.fromJSON)(names2[i2], nested, depth + 1)
          );
        }
      }
      return this;
    };
    Namespace.prototype.get = function get(name) {
      return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) ? this.nested[name] : null;
    };
    Namespace.prototype.getEnum = function getEnum(name) {
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
      throw Error("no such enum: " + name);
    };
    Namespace.prototype.add = function add2(object) {
      if (!(object instanceof Field && object.extend !== void 0 || object instanceof Type || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");
      if (object.name === "__proto__")
        return this;
      if (!this.nested)
        this.nested = {};
      else {
        var prev = this.get(object.name);
        if (prev) {
          if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
            var nested = prev.nestedArray;
            for (var i2 = 0; i2 < nested.length; ++i2)
              object.add(nested[i2]);
            this.remove(prev);
            if (!this.nested)
              this.nested = {};
            object.setOptions(prev.options, true);
          } else
            throw Error("duplicate name '" + object.name + "' in " + this);
        }
      }
      this.nested[object.name] = object;
      if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        if (!object._edition) {
          object._edition = object._defaultEdition;
        }
      }
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
      var parent = this;
      while (parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
      }
      object.onAdd(this);
      return clearCache(this);
    };
    Namespace.prototype.remove = function remove(object) {
      if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
      if (object.parent !== this)
        throw Error(object + " is not a member of " + this);
      if (!util2.remove(this.nested, object, object.name))
        throw Error(object + " is not a member of " + this);
      if (!Object.keys(this.nested).length)
        this.nested = void 0;
      object.onRemove(this);
      return clearCache(this);
    };
    Namespace.prototype.define = function define2(path21, json) {
      if (util2.isString(path21))
        path21 = path21.split(".");
      else if (!Array.isArray(path21))
        throw TypeError("illegal path");
      if (path21 && path21.length && path21[0] === "")
        throw Error("path must be relative");
      if (path21.length > util2.recursionLimit)
        throw Error("max depth exceeded");
      var ptr = this;
      while (path21.length > 0) {
        var part = path21.shift();
        if (ptr.nested && ptr.nested[part]) {
          ptr = ptr.nested[part];
          if (!(ptr instanceof Namespace))
            throw Error("path conflicts with non-namespace objects");
        } else
          ptr.add(ptr = new Namespace(part));
      }
      if (json)
        ptr.addJSON(json);
      return ptr;
    };
    Namespace.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      if (this._needsRecursiveFeatureResolution)
        this._resolveFeaturesRecursive(this._edition);
      var nested = this.nestedArray, i2 = 0;
      this.resolve();
      while (i2 < nested.length)
        if (nested[i2] instanceof Namespace)
          nested[i2++].resolveAll();
        else
          nested[i2++].resolve();
      this._needsRecursiveResolve = false;
      return this;
    };
    Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      this._needsRecursiveFeatureResolution = false;
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
      this.nestedArray.forEach((nested) => {
        nested._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Namespace.prototype.lookup = function lookup(path21, filterTypes, parentAlreadyChecked) {
      if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = void 0;
      } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [filterTypes];
      if (util2.isString(path21) && path21.length) {
        if (path21 === ".")
          return this.root;
        path21 = path21.split(".");
      } else if (!path21.length)
        return this;
      var flatPath = path21.join(".");
      if (path21[0] === "")
        return this.root.lookup(path21.slice(1), filterTypes);
      var found = this._lookupImpl(path21, flatPath);
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      if (parentAlreadyChecked)
        return null;
      var current = this;
      while (current.parent) {
        found = current.parent._lookupImpl(path21, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
          return found;
        }
        current = current.parent;
      }
      return null;
    };
    Namespace.prototype._lookupImpl = function lookup(path21, flatPath) {
      if (Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
      }
      var found = this.get(path21[0]);
      var exact = null;
      if (found) {
        if (path21.length === 1) {
          exact = found;
        } else if (found instanceof Namespace) {
          path21 = path21.slice(1);
          exact = found._lookupImpl(path21, path21.join("."));
        }
      } else {
        for (var i2 = 0; i2 < this.nestedArray.length; ++i2)
          if (this._nestedArray[i2] instanceof Namespace && (found = this._nestedArray[i2]._lookupImpl(path21, flatPath))) {
            exact = found;
            break;
          }
      }
      this._lookupCache[flatPath] = exact;
      return exact;
    };
    Namespace.prototype.lookupType = function lookupType(path21) {
      var found = this.lookup(path21, [Type]);
      if (!found)
        throw Error("no such type: " + path21);
      return found;
    };
    Namespace.prototype.lookupEnum = function lookupEnum(path21) {
      var found = this.lookup(path21, [Enum]);
      if (!found)
        throw Error("no such Enum '" + path21 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path21) {
      var found = this.lookup(path21, [Type, Enum]);
      if (!found)
        throw Error("no such Type or Enum '" + path21 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupService = function lookupService(path21) {
      var found = this.lookup(path21, [Service]);
      if (!found)
        throw Error("no such Service '" + path21 + "' in " + this);
      return found;
    };
    Namespace._configure = function(Type_, Service_, Enum_) {
      Type = Type_;
      Service = Service_;
      Enum = Enum_;
    };
  }
});

// node_modules/protobufjs/src/mapfield.js
var require_mapfield = __commonJS({
  "node_modules/protobufjs/src/mapfield.js"(exports2, module2) {
    "use strict";
    module2.exports = MapField;
    var Field = require_field();
    MapField.prototype = Object.create(Field.prototype, {
      constructor: {
        value: MapField,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    MapField.className = "MapField";
    var types = require_types();
    var util2 = require_util();
    function MapField(name, id, keyType, type, options, comment) {
      Field.call(this, name, id, type, void 0, void 0, options, comment);
      if (!util2.isString(keyType))
        throw TypeError("keyType must be a string");
      this.keyType = keyType;
      this.resolvedKeyType = null;
      this.map = true;
    }
    MapField.fromJSON = function fromJSON(name, json) {
      var field = new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
      if (json.protoName)
        field.protoName = json.protoName;
      if (json.jsonName !== void 0)
        field.jsonName = json.jsonName;
      else if (json.options && json.options.json_name !== void 0)
        field.jsonName = json.options.json_name;
      return field;
    };
    MapField.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "keyType",
        this.keyType,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "protoName",
        this.protoName !== this.name ? this.protoName : void 0,
        "jsonName",
        this.jsonName !== util2.jsonName(this.protoName || this.name) ? this.jsonName : void 0,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    MapField.prototype.resolve = function resolve6() {
      if (this.resolved)
        return this;
      if (types.mapKey[this.keyType] === void 0)
        throw Error("invalid key type: " + this.keyType);
      return Field.prototype.resolve.call(this);
    };
    MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {
      if (typeof fieldValueType === "function")
        fieldValueType = util2.decorateType(fieldValueType).name;
      else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util2.decorateEnum(fieldValueType).name;
      return function mapFieldDecorator(prototype, fieldName) {
        util2.decorateType(prototype.constructor).add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
      };
    };
  }
});

// node_modules/protobufjs/src/method.js
var require_method = __commonJS({
  "node_modules/protobufjs/src/method.js"(exports2, module2) {
    "use strict";
    module2.exports = Method;
    var ReflectionObject = require_object();
    Method.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Method,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Method.className = "Method";
    var util2 = require_util();
    function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {
      if (util2.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = void 0;
      } else if (util2.isObject(responseStream)) {
        options = responseStream;
        responseStream = void 0;
      }
      if (!(type === void 0 || util2.isString(type)))
        throw TypeError("type must be a string");
      if (!util2.isString(requestType))
        throw TypeError("requestType must be a string");
      if (!util2.isString(responseType))
        throw TypeError("responseType must be a string");
      ReflectionObject.call(this, name, options);
      this.type = type || "rpc";
      this.requestType = requestType;
      this.requestStream = requestStream ? true : void 0;
      this.responseType = responseType;
      this.responseStream = responseStream ? true : void 0;
      this.path = "/" + this.name;
      this.resolvedRequestType = null;
      this.resolvedResponseType = null;
      this.comment = comment;
      this.parsedOptions = parsedOptions;
    }
    Method.fromJSON = function fromJSON(name, json) {
      return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
    };
    Method.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "type",
        this.type !== "rpc" && /* istanbul ignore next */
        this.type || void 0,
        "requestType",
        this.requestType,
        "requestStream",
        this.requestStream,
        "responseType",
        this.responseType,
        "responseStream",
        this.responseStream,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0,
        "parsedOptions",
        this.parsedOptions
      ]);
    };
    Method.prototype.resolve = function resolve6() {
      if (this.resolved)
        return this;
      if (this.parent) {
        var serviceName = this.parent.fullName;
        if (serviceName.charAt(0) === ".")
          serviceName = serviceName.substring(1);
        this.path = "/" + serviceName + "/" + this.name;
      } else
        this.path = "/" + this.name;
      this.resolvedRequestType = this.parent.lookupType(this.requestType);
      this.resolvedResponseType = this.parent.lookupType(this.responseType);
      return ReflectionObject.prototype.resolve.call(this);
    };
  }
});

// node_modules/protobufjs/src/service.js
var require_service2 = __commonJS({
  "node_modules/protobufjs/src/service.js"(exports2, module2) {
    "use strict";
    module2.exports = Service;
    var Namespace = require_namespace();
    Service.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Service.className = "Service";
    var Method = require_method();
    var util2 = require_util();
    var rpc = require_rpc();
    function Service(name, options) {
      Namespace.call(this, name, options);
      this.methods = {};
      this._methodsArray = null;
    }
    Service.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      var service = new Service(name, json.options);
      if (json.methods)
        for (var names2 = Object.keys(json.methods), i2 = 0; i2 < names2.length; ++i2)
          service.add(Method.fromJSON(names2[i2], json.methods[names2[i2]]));
      if (json.nested)
        service.addJSON(json.nested, depth);
      if (json.edition)
        service._edition = json.edition;
      service.comment = json.comment;
      service._defaultEdition = "proto3";
      return service;
    };
    Service.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "methods",
        Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */
        {},
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Object.defineProperty(Service.prototype, "methodsArray", {
      get: function() {
        return this._methodsArray || (this._methodsArray = util2.toArray(this.methods));
      }
    });
    function clearCache(service) {
      service._methodsArray = null;
      return service;
    }
    Service.prototype.get = function get(name) {
      return Object.prototype.hasOwnProperty.call(this.methods, name) ? this.methods[name] : Namespace.prototype.get.call(this, name);
    };
    Service.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolve.call(this);
      var methods = this.methodsArray;
      for (var i2 = 0; i2 < methods.length; ++i2)
        methods[i2].resolve();
      return this;
    };
    Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.methodsArray.forEach((method) => {
        method._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Service.prototype.add = function add2(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Method) {
        if (object.name === "__proto__")
          return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Service.prototype.remove = function remove(object) {
      if (object instanceof Method) {
        if (this.methods[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
      var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
      for (var i2 = 0, method; i2 < /* initializes */
      this.methodsArray.length; ++i2) {
        var methodName = util2.lcFirst((method = this._methodsArray[i2]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = /* @__PURE__ */ (function(method2, requestType, responseType) {
          return function rpcMethod(request, callback) {
            return rpc.Service.prototype.rpcCall.call(this, method2, requestType, responseType, request, callback);
          };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
      }
      return rpcService;
    };
  }
});

// node_modules/protobufjs/src/message.js
var require_message = __commonJS({
  "node_modules/protobufjs/src/message.js"(exports2, module2) {
    "use strict";
    module2.exports = Message;
    var util2 = require_minimal();
    function Message(properties) {
      if (properties) {
        for (var keys = Object.keys(properties), i2 = 0; i2 < keys.length; ++i2)
          if (properties[keys[i2]] != null && keys[i2] !== "__proto__")
            this[keys[i2]] = properties[keys[i2]];
      }
    }
    Message.create = function create(properties) {
      return this.$type.create(properties);
    };
    Message.encode = function encode(message, writer) {
      return this.$type.encode(message, writer);
    };
    Message.encodeDelimited = function encodeDelimited(message, writer) {
      return this.$type.encodeDelimited(message, writer);
    };
    Message.decode = function decode(reader) {
      return this.$type.decode(reader);
    };
    Message.decodeDelimited = function decodeDelimited(reader) {
      return this.$type.decodeDelimited(reader);
    };
    Message.verify = function verify(message) {
      return this.$type.verify(message);
    };
    Message.fromObject = function fromObject(object) {
      return this.$type.fromObject(object);
    };
    Message.toObject = function toObject(message, options) {
      return this.$type.toObject(message, options);
    };
    Message.prototype.toJSON = function toJSON() {
      return this.$type.toObject(this, util2.toJSONOptions);
    };
  }
});

// node_modules/protobufjs/src/decoder.js
var require_decoder = __commonJS({
  "node_modules/protobufjs/src/decoder.js"(exports2, module2) {
    "use strict";
    module2.exports = decoder;
    var Enum = require_enum();
    var types = require_types();
    var util2 = require_util();
    function missing(field) {
      return "missing required '" + field.name + "'";
    }
    function stringMethod(field) {
      return field._features.utf8_validation === "VERIFY" ? "stringVerify" : "string";
    }
    function genPreserveUnknown(gen, ref) {
      return gen("if(!r.discardUnknown){")('util.makeProp(m,"$unknowns",false);')("(m.$unknowns||(m.$unknowns=[])).push(%s)", ref)("}");
    }
    function decoder(mtype) {
      var hasMapField = false, needsValueVar = false, i2 = 0;
      for (; i2 < mtype.fieldsArray.length; ++i2) {
        var pfield = mtype._fieldsArray[i2];
        if (pfield.map)
          hasMapField = true;
        if (pfield.resolvedType instanceof Enum || !pfield.repeated && !pfield.map && !pfield.hasPresence)
          needsValueVar = true;
      }
      var gen = util2.codegen(["r", "l", "z", "q", "g"])("if(!(r instanceof Reader))")("r=Reader.create(r)")("if(q===undefined)q=0")("if(q>Reader.recursionLimit)")('throw Error("max depth exceeded")')("var c,m" + (hasMapField ? ",k,v" : needsValueVar ? ",v" : ""))("if(l===undefined)")("c=r.len")("else{")("c=r.pos+l")("if(c>r.len)")('throw RangeError("index out of range")')("l=r.len")("r.len=c")("}")("m=g||new C")("while(r.pos<c){")("var s=r.pos")("var t=r.tag()")("if(t===z){")("z=undefined")("break")("}");
      if (mtype.fieldsArray.length) gen("var u=t&7")("switch(t>>>=3){");
      for (i2 = 0; i2 < /* initializes */
      mtype.fieldsArray.length; ++i2) {
        var field = mtype._fieldsArray[i2].resolve(), type = field.resolvedType instanceof Enum ? "int32" : field.type, ref = "m" + util2.safeProp(field.name), closed = field.resolvedType instanceof Enum && field.resolvedType._features.enum_type === "CLOSED";
        if (field.map) {
          gen("case %i:{", field.id)("if(u!==2)")("break");
          if (!closed) gen("if(%s===util.emptyObject)", ref)("%s={}", ref);
          gen("var c2=r.size()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2");
          if (types.defaults[field.keyType] !== void 0) gen("k=%j", types.defaults[field.keyType]);
          else gen("k=null");
          if (types.long[type] !== void 0) gen("v=util.Long?util.Long.fromNumber(0,%j):0", type === "uint64" || type === "fixed64");
          else if (types.defaults[type] !== void 0) gen("v=%j", types.defaults[type]);
          else gen("v=null");
          gen("while(r.pos<c2){")("var t2=r.tag()")("u=t2&7")("switch(t2>>>=3){")("case 1:")("if(u!==%i)", types.mapKey[field.keyType])("break")("k=r.%s()", field.keyType === "string" ? stringMethod(field) : field.keyType)("continue")("case 2:")("if(u!==%i)", types.basic[type] === void 0 ? 2 : types.basic[type])("break");
          if (types.basic[type] === void 0) gen("v=types[%i].decode(r,r.size(),undefined,q+1,v)", i2);
          else gen("v=r.%s()", type === "string" ? stringMethod(field) : type);
          gen("continue")("}")("r.skipType(u,q,t2)")("}");
          gen("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c");
          if (closed) {
            gen("if(types[%i].valuesById[v]===undefined){", i2);
            genPreserveUnknown(gen, "r.raw(s,r.pos)")("continue")("}")("if(%s===util.emptyObject)", ref)("%s={}", ref);
          }
          var val = types.basic[type] === void 0 ? "v||new types[" + i2 + "].ctor" : "v";
          if (types.long[field.keyType] !== void 0) gen('%s[typeof k==="object"?util.longToHash(k):k]=%s', ref, val);
          else {
            if (field.keyType === "string") gen('if(k==="__proto__")')("util.makeProp(%s,k)", ref);
            gen("%s[k]=%s", ref, val);
          }
        } else if (field.repeated) {
          gen("case %i:", field.id)("{");
          if (types.packed[type] !== void 0) {
            gen("if(u===2){");
            if (closed) {
              gen("var c2=r.size()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2")("while(r.pos<c2){")("s=r.pos")("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i2)("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("%s.push(v)", ref)("}else");
              genPreserveUnknown(gen, "util.rawField(" + field.id + ",0,r.raw(s,r.pos))")("}");
              gen("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c");
            } else gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("r.%ss(%s)", type, ref);
            gen("continue")("}");
          }
          gen("if(u!==%i)", types.basic[type] === void 0 ? field.delimited ? 3 : 2 : types.basic[type])("break");
          if (!closed) gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref);
          if (types.basic[type] === void 0) {
            if (field.delimited) gen("%s.push(types[%i].decode(r,undefined,%i,q+1))", ref, i2, field.id * 8 + 4);
            else gen("%s.push(types[%i].decode(r,r.size(),undefined,q+1))", ref, i2);
          } else if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i2)("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref)("%s.push(v)", ref)("}else");
            genPreserveUnknown(gen, "r.raw(s,r.pos)");
          } else gen("%s.push(r.%s())", ref, type === "string" ? stringMethod(field) : type);
        } else if (types.basic[type] === void 0) {
          gen("case %i:{", field.id)("if(u!==%i)", field.delimited ? 3 : 2)("break");
          if (field.delimited) gen("%s=types[%i].decode(r,undefined,%i,q+1,%s)", ref, i2, field.id * 8 + 4, ref);
          else gen("%s=types[%i].decode(r,r.size(),undefined,q+1,%s)", ref, i2, ref);
        } else if (field.hasPresence) {
          gen("case %i:{", field.id)("if(u!==%i)", types.basic[type])("break");
          if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i2)("%s=v", ref);
            if (field.partOf) gen("m%s=%j", util2.safeProp(field.partOf.name), field.name);
            gen("}else");
            genPreserveUnknown(gen, "r.raw(s,r.pos)");
          } else gen("%s=r.%s()", ref, type === "string" ? stringMethod(field) : type);
        } else {
          gen("case %i:{", field.id)("if(u!==%i)", types.basic[type])("break");
          if (closed) {
            gen("v=r.%s()", type)("if(types[%i].valuesById[v]!==undefined){", i2)("if(v!==%j)", field.typeDefault)("%s=v", ref)("else")("delete %s", ref)("}else{");
            genPreserveUnknown(gen, "r.raw(s,r.pos)")("}");
          } else {
            if (field.resolvedType instanceof Enum && field.typeDefault !== 0) gen("if((v=r.%s())!==%j)", type, field.typeDefault);
            else if (type === "string") gen("if((v=r.%s()).length)", stringMethod(field));
            else if (type === "bytes") gen("if((v=r.%s()).length)", type);
            else if (types.long[type] !== void 0) gen('if(typeof(v=r.%s())==="object"?v.low||v.high:v!==0)', type);
            else if (type === "double" || type === "float") gen("if(!Object.is(v=r.%s(),0))", type);
            else gen("if(v=r.%s())", type);
            gen("%s=v", ref)("else")("delete %s", ref);
          }
        }
        if (field.partOf && !closed) gen("m%s=%j", util2.safeProp(field.partOf.name), field.name);
        gen("continue")("}");
      }
      if (i2) gen("}");
      gen("r.skipType(%s,q,t)", i2 ? "u" : "t&7");
      genPreserveUnknown(gen, "r.raw(s,r.pos)")("}")("if(l!==undefined){")("if(r.pos!==c)")('throw RangeError("index out of range")')("r.len=l")("}")("if(z!==undefined)")('throw Error("missing end group")');
      for (i2 = 0; i2 < mtype._fieldsArray.length; ++i2) {
        var rfield = mtype._fieldsArray[i2];
        if (rfield.required) gen("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
      }
      return gen("return m");
    }
  }
});

// node_modules/protobufjs/src/verifier.js
var require_verifier = __commonJS({
  "node_modules/protobufjs/src/verifier.js"(exports2, module2) {
    "use strict";
    module2.exports = verifier;
    var Enum = require_enum();
    var util2 = require_util();
    function invalid2(field, expected) {
      return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:" + field.keyType + "}" : "") + " expected";
    }
    function genVerifyValue(gen, field, fieldIndex, ref) {
      var resolvedType = field.resolvedType;
      if (resolvedType) {
        if (resolvedType instanceof Enum) {
          if (resolvedType._features.enum_type === "CLOSED") {
            gen("switch(%s){", ref)("default:")("return%j", invalid2(field, "enum value"));
            for (var keys = Object.keys(resolvedType.values), j = 0; j < keys.length; ++j) gen("case %i:", resolvedType.values[keys[j]]);
            gen("break")("}");
          } else gen('if(typeof %s!=="number"||(%s|0)!==%s)', ref, ref, ref)("return%j", invalid2(field, "enum value"));
        } else {
          gen("{")("var e=types[%i].verify(%s,q+1);", fieldIndex, ref)("if(e)")("return%j+e", field.name + ".")("}");
        }
      } else {
        switch (field.type) {
          case "int32":
          case "uint32":
          case "sint32":
          case "fixed32":
          case "sfixed32":
            gen("if(!util.isInteger(%s))", ref)("return%j", invalid2(field, "integer"));
            break;
          case "int64":
          case "uint64":
          case "sint64":
          case "fixed64":
          case "sfixed64":
            gen("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)("return%j", invalid2(field, "integer|Long"));
            break;
          case "float":
          case "double":
            gen('if(typeof %s!=="number")', ref)("return%j", invalid2(field, "number"));
            break;
          case "bool":
            gen('if(typeof %s!=="boolean")', ref)("return%j", invalid2(field, "boolean"));
            break;
          case "string":
            gen("if(!util.isString(%s))", ref)("return%j", invalid2(field, "string"));
            break;
          case "bytes":
            gen('if(!(%s&&typeof %s.length==="number"||util.isString(%s)))', ref, ref, ref)("return%j", invalid2(field, "buffer"));
            break;
        }
      }
      return gen;
    }
    function genVerifyKey(gen, field, ref) {
      switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32":
          gen("if(!util.key32Re.test(%s))", ref)("return%j", invalid2(field, "integer key"));
          break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64":
          gen("if(!util.key64Re.test(%s))", ref)("return%j", invalid2(field, "integer|Long key"));
          break;
        case "bool":
          gen("if(!util.key2Re.test(%s))", ref)("return%j", invalid2(field, "boolean key"));
          break;
      }
      return gen;
    }
    function verifier(mtype) {
      var gen = util2.codegen(["m", "q"])('if(typeof m!=="object"||m===null)')("return%j", "object expected")("if(q===undefined)q=0")("if(q>util.recursionLimit)")("return%j", "max depth exceeded");
      var oneofs = mtype.oneofsArray, seenFirstField = {};
      if (oneofs.length) gen("var p={}");
      for (var i2 = 0; i2 < /* initializes */
      mtype.fieldsArray.length; ++i2) {
        var field = mtype._fieldsArray[i2].resolve(), ref = "m" + util2.safeProp(field.name);
        if (field.optional) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name);
        if (field.map) {
          gen("if(!util.isObject(%s))", ref)("return%j", invalid2(field, "object"))("var k=Object.keys(%s)", ref)("for(var i=0;i<k.length;++i){");
          genVerifyKey(gen, field, "k[i]");
          genVerifyValue(gen, field, i2, ref + "[k[i]]")("}");
        } else if (field.repeated) {
          gen("if(!Array.isArray(%s))", ref)("return%j", invalid2(field, "array"))("for(var i=0;i<%s.length;++i){", ref);
          genVerifyValue(gen, field, i2, ref + "[i]")("}");
        } else {
          if (field.partOf) {
            var oneofProp = util2.safeProp(field.partOf.name);
            if (seenFirstField[field.partOf.name] === 1) gen("if(p%s===1)", oneofProp)("return%j", field.partOf.name + ": multiple values");
            seenFirstField[field.partOf.name] = 1;
            gen("p%s=1", oneofProp);
          }
          genVerifyValue(gen, field, i2, ref);
        }
        if (field.optional) gen("}");
      }
      return gen("return null");
    }
  }
});

// node_modules/protobufjs/src/converter.js
var require_converter = __commonJS({
  "node_modules/protobufjs/src/converter.js"(exports2) {
    "use strict";
    var converter = exports2;
    var Enum = require_enum();
    var types = require_types();
    var util2 = require_util();
    function genValuePartial_fromObject(gen, field, fieldIndex, prop, dstProp) {
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
          var dst = dstProp ? "m" + dstProp + "[m" + dstProp + ".length]" : "m" + prop;
          gen("switch(d%s){", prop);
          for (var values = field.resolvedType.values, keys = Object.keys(values), i2 = 0; i2 < keys.length; ++i2) {
            gen("case%j:", keys[i2])("case %i:", values[keys[i2]])("%s=%j", dst, values[keys[i2]])("break");
          }
          gen("default:");
          if (field.resolvedType._features.enum_type !== "CLOSED") {
            gen('if(typeof d%s==="number"&&(d%s|0)===d%s)', prop, prop, prop)("%s=d%s", dst, prop);
          }
          gen("}");
        } else gen("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s=types[%i].fromObject(d%s,q+1)", prop, fieldIndex, prop);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("m%s=Number(d%s)", prop, prop);
            break;
          case "uint32":
          case "fixed32":
            gen("m%s=d%s>>>0", prop, prop);
            break;
          case "int32":
          case "sint32":
          case "sfixed32":
            gen("m%s=d%s|0", prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen("if(util.Long)")("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)('else if(typeof d%s==="string")', prop)("m%s=parseInt(d%s,10)", prop, prop)('else if(typeof d%s==="number")', prop)("m%s=d%s", prop, prop)('else if(typeof d%s==="object")', prop)("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
            break;
          case "bytes":
            gen('if(typeof d%s==="string")', prop)("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)("else if(d%s.length>=0)", prop)("m%s=d%s", prop, prop);
            break;
          case "string":
            gen("m%s=String(d%s)", prop, prop);
            break;
          case "bool":
            gen("m%s=Boolean(d%s)", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.fromObject = function fromObject(mtype) {
      var fields = mtype.fieldsArray;
      var gen = util2.codegen(["d", "q"])("if(d instanceof C)")("return d")("if(!util.isObject(d))")("throw TypeError(%j)", mtype.fullName + ": object expected")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")');
      if (!fields.length) return gen("return new C");
      gen("var m=new C");
      for (var i2 = 0; i2 < fields.length; ++i2) {
        var field = fields[i2].resolve(), prop = util2.safeProp(field.name), implicitPresence = !field.hasPresence && !field.repeated && !field.map && (field.resolvedType instanceof Enum || types.basic[field.type] !== void 0);
        if (field.map) {
          gen("if(d%s){", prop)("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s={}", prop)("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
          gen('if(ks[i]==="__proto__")')("util.makeProp(m%s,ks[i])", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i2,
            prop + "[ks[i]]"
          )("}")("}");
        } else if (field.repeated) {
          gen("if(d%s){", prop)("if(!Array.isArray(d%s))", prop)("throw TypeError(%j)", field.fullName + ": array expected");
          if (field.resolvedType instanceof Enum) gen("m%s=[]", prop);
          else gen("m%s=Array(d%s.length)", prop, prop);
          gen("for(var i=0;i<d%s.length;++i){", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i2,
            prop + "[i]",
            field.resolvedType instanceof Enum ? prop : void 0
          )("}")("}");
        } else {
          if (!(field.resolvedType instanceof Enum)) gen("if(d%s!=null){", prop);
          if (implicitPresence) {
            if (field.resolvedType instanceof Enum) gen('if(d%s!==%j&&(typeof d%s!=="string"||types[%i].values[d%s]!==%j)){', prop, field.typeDefault, prop, i2, prop, field.typeDefault);
            else if (field.type === "string") gen('if(typeof d%s!=="string"||d%s.length){', prop, prop);
            else if (field.type === "bytes") gen("if(d%s.length){", prop);
            else if (field.type === "bool") gen("if(d%s){", prop);
            else if (field.type === "double" || field.type === "float") gen("if(!Object.is(Number(d%s),0)){", prop);
            else if (types.long[field.type] !== void 0) gen('if(typeof d%s==="object"?d%s.low||d%s.high:Number(d%s)!==0){', prop, prop, prop, prop);
            else gen("if(Number(d%s)!==0){", prop);
          }
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i2,
            prop
          );
          if (implicitPresence) gen("}");
          if (!(field.resolvedType instanceof Enum)) gen("}");
        }
      }
      return gen("return m");
    };
    function genValuePartial_toObject(gen, field, fieldIndex, dstProp, srcProp) {
      if (!srcProp)
        srcProp = dstProp;
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", dstProp, fieldIndex, srcProp, srcProp, fieldIndex, srcProp, srcProp);
        else gen("d%s=types[%i].toObject(m%s,o,q+1)", dstProp, fieldIndex, srcProp);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", dstProp, srcProp, srcProp, srcProp);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen('if(typeof BigInt!=="undefined"&&o.longs===BigInt)')('d%s=typeof m%s==="number"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()', dstProp, srcProp, srcProp, srcProp, srcProp, isUnsigned)('else if(typeof m%s==="number")', srcProp)("d%s=o.longs===String?String(m%s):m%s", dstProp, srcProp, srcProp)("else")("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", dstProp, srcProp, srcProp, srcProp, isUnsigned ? "true" : "", srcProp);
            break;
          case "bytes":
            gen("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", dstProp, srcProp, srcProp, srcProp, srcProp);
            break;
          default:
            gen("d%s=m%s", dstProp, srcProp);
            break;
        }
      }
      return gen;
    }
    converter.toObject = function toObject(mtype) {
      var fields = mtype.fieldsArray.slice().sort(util2.compareFieldsById);
      if (!fields.length)
        return util2.codegen()("return {}");
      var gen = util2.codegen(["m", "o", "q"])("if(!o)")("o={}")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")')("var d={}");
      var repeatedFields = [], mapFields = [], normalFields = [], i2 = 0;
      for (; i2 < fields.length; ++i2)
        if (!fields[i2].partOf)
          (fields[i2].resolve().repeated ? repeatedFields : fields[i2].map ? mapFields : normalFields).push(fields[i2]);
      if (repeatedFields.length) {
        gen("if(o.arrays||o.defaults){");
        for (i2 = 0; i2 < repeatedFields.length; ++i2) gen("d%s=[]", util2.safeProp(repeatedFields[i2].name));
        gen("}");
      }
      if (mapFields.length) {
        gen("if(o.objects||o.defaults){");
        for (i2 = 0; i2 < mapFields.length; ++i2) gen("d%s={}", util2.safeProp(mapFields[i2].name));
        gen("}");
      }
      if (normalFields.length) {
        gen("if(o.defaults){");
        for (i2 = 0; i2 < normalFields.length; ++i2) {
          var field = normalFields[i2], prop = util2.safeProp(field.name);
          if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
          else if (field.long) gen("if(util.Long){")("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)('d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!=="undefined"&&o.longs===BigInt?n.toBigInt():n', prop)("}else")('d%s=o.longs===String?%j:typeof BigInt!=="undefined"&&o.longs===BigInt?BigInt(%j):%i', prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
          else if (field.bytes) {
            var arrayDefault = Array.prototype.slice.call(field.typeDefault);
            gen("if(o.bytes===String)d%s=%j", prop, util2.base64.encode(field.typeDefault, 0, field.typeDefault.length))("else{")("d%s=%j", prop, arrayDefault)("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)("}");
          } else if ((field.type === "double" || field.type === "float") && typeof field.typeDefault === "number" && (!isFinite(field.typeDefault) || Object.is(field.typeDefault, -0))) gen("d%s=%f", prop, field.typeDefault)("if(o.json&&!isFinite(d%s))d%s=String(d%s)", prop, prop, prop);
          else gen("d%s=%j", prop, field.typeDefault);
        }
        gen("}");
      }
      var hasKs2 = false;
      for (i2 = 0; i2 < fields.length; ++i2) {
        var field = fields[i2], index = mtype._fieldsArray.indexOf(field), prop = util2.safeProp(field.name);
        if (field.map) {
          if (!hasKs2) {
            hasKs2 = true;
            gen("var ks2");
          }
          gen("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)("d%s={}", prop);
          var longKey = types.long[field.keyType] !== void 0, srcProp = prop + "[ks2[j]]";
          gen("for(var j=0;j<ks2.length;++j){");
          if (longKey) gen("var k2=util.longFromKey(ks2[j],%j).toString()", field.keyType === "uint64" || field.keyType === "fixed64");
          gen('if(ks2[j]==="__proto__")')("util.makeProp(d%s,ks2[j])", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            longKey ? prop + "[k2]" : srcProp,
            srcProp
          )("}");
        } else if (field.repeated) {
          gen("if(m%s&&m%s.length){", prop, prop)("d%s=Array(m%s.length)", prop, prop)("for(var j=0;j<m%s.length;++j){", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop + "[j]"
          )("}");
        } else {
          gen("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop
          );
          if (field.partOf && !field.partOf.isProto3Optional) gen("if(o.oneofs)")("d%s=%j", util2.safeProp(field.partOf.name), field.name);
        }
        gen("}");
      }
      return gen("return d");
    };
  }
});

// node_modules/protobufjs/src/wrappers.js
var require_wrappers = __commonJS({
  "node_modules/protobufjs/src/wrappers.js"(exports2) {
    "use strict";
    var wrappers = exports2;
    var Message = require_message();
    var util2 = require_minimal();
    wrappers[".google.protobuf.Any"] = {
      fromObject: function(object, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.recursionLimit)
          throw Error("max depth exceeded");
        if (object && object["@type"]) {
          var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
          var type = this.lookup(name, [this.constructor]);
          if (type) {
            var type_url = object["@type"].charAt(0) === "." ? object["@type"].slice(1) : object["@type"];
            if (type_url.indexOf("/") === -1) {
              type_url = "/" + type_url;
            }
            return this.create({
              type_url,
              value: type.encode(type.fromObject(object, depth + 1)).finish()
            });
          }
        }
        return this.fromObject(object, depth);
      },
      toObject: function(message, options, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.recursionLimit)
          throw Error("max depth exceeded");
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";
        if (options && options.json && message.type_url && message.value) {
          name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
          prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
          var type = this.lookup(name, [this.constructor]);
          if (type)
            message = type.decode(message.value, void 0, void 0, depth + 1);
        }
        if (!(message instanceof this.ctor) && message instanceof Message) {
          var object = message.$type.toObject(message, options, depth + 1);
          var messageName = message.$type.fullName[0] === "." ? message.$type.fullName.slice(1) : message.$type.fullName;
          if (prefix === "") {
            prefix = googleApi;
          }
          name = prefix + messageName;
          object["@type"] = name;
          return object;
        }
        return this.toObject(message, options, depth);
      }
    };
  }
});

// node_modules/protobufjs/src/type.js
var require_type = __commonJS({
  "node_modules/protobufjs/src/type.js"(exports2, module2) {
    "use strict";
    module2.exports = Type;
    var Namespace = require_namespace();
    Type.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Type,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Type.className = "Type";
    var Enum = require_enum();
    var OneOf = require_oneof();
    var Field = require_field();
    var MapField = require_mapfield();
    var Service = require_service2();
    var Message = require_message();
    var Reader2 = require_reader();
    var Writer = require_writer();
    var util2 = require_util();
    var encoder = require_encoder();
    var decoder = require_decoder();
    var verifier = require_verifier();
    var converter = require_converter();
    var wrappers = require_wrappers();
    function Type(name, options) {
      name = name.replace(/\W/g, "");
      Namespace.call(this, name, options);
      this.fields = {};
      this.oneofs = void 0;
      this.extensions = void 0;
      this.reserved = void 0;
      this.group = void 0;
      this.visibility = void 0;
      this._fieldsById = null;
      this._fieldsArray = null;
      this._oneofsArray = null;
      this._ctor = null;
      this._fieldsByJsonName = null;
    }
    Object.defineProperties(Type.prototype, {
      /**
       * Message fields by id.
       * @name Type#fieldsById
       * @type {Object.<number,Field>}
       * @readonly
       */
      fieldsById: {
        get: function() {
          if (this._fieldsById)
            return this._fieldsById;
          this._fieldsById = {};
          for (var names2 = Object.keys(this.fields), i2 = 0; i2 < names2.length; ++i2) {
            var field = this.fields[names2[i2]], id = field.id;
            if (this._fieldsById[id])
              throw Error("duplicate id " + id + " in " + this);
            this._fieldsById[id] = field;
          }
          return this._fieldsById;
        }
      },
      /**
       * Fields of this message as an array for iteration.
       * @name Type#fieldsArray
       * @type {Field[]}
       * @readonly
       */
      fieldsArray: {
        get: function() {
          return this._fieldsArray || (this._fieldsArray = util2.toArray(this.fields));
        }
      },
      /**
       * Oneofs of this message as an array for iteration.
       * @name Type#oneofsArray
       * @type {OneOf[]}
       * @readonly
       */
      oneofsArray: {
        get: function() {
          return this._oneofsArray || (this._oneofsArray = util2.toArray(this.oneofs));
        }
      },
      /**
       * The registered constructor, if any registered, otherwise a generic constructor.
       * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
       * When assigning manually, add the type to its parent namespace/root first if fields reference other reflected types, because constructor setup resolves field defaults.
       * @name Type#ctor
       * @type {Constructor<{}>}
       */
      ctor: {
        get: function() {
          return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {
          var prototype = ctor.prototype;
          if (!(prototype instanceof Message)) {
            ctor.prototype = new Message();
            Object.defineProperty(ctor.prototype, "constructor", {
              value: ctor,
              writable: true,
              enumerable: false,
              configurable: true
            });
            util2.merge(ctor.prototype, prototype);
          }
          ctor.$type = ctor.prototype.$type = this;
          util2.merge(ctor, Message, true);
          this._ctor = ctor;
          delete this.decode;
          delete this.fromObject;
          var i2 = 0;
          for (var field; i2 < /* initializes */
          this.fieldsArray.length; ++i2) {
            field = this._fieldsArray[i2].resolve();
            ctor.prototype[field.name] = field.defaultValue;
          }
          var ctorProperties = {};
          for (i2 = 0; i2 < /* initializes */
          this.oneofsArray.length; ++i2)
            ctorProperties[this._oneofsArray[i2].resolve().name] = {
              get: util2.oneOfGetter(this._oneofsArray[i2].oneof),
              set: util2.oneOfSetter(this._oneofsArray[i2].oneof)
            };
          if (i2)
            Object.defineProperties(ctor.prototype, ctorProperties);
        }
      }
    });
    Type.generateConstructor = function generateConstructor(mtype) {
      var gen = util2.codegen(["p"]);
      for (var i2 = 0, field; i2 < mtype.fieldsArray.length; ++i2)
        if ((field = mtype._fieldsArray[i2]).map) gen("this%s={}", util2.safeProp(field.name));
        else if (field.repeated) gen("this%s=[]", util2.safeProp(field.name));
      return gen('if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!=="__proto__")')("this[ks[i]]=p[ks[i]]");
    };
    function clearCache(type) {
      type._fieldsById = type._fieldsArray = type._oneofsArray = type._fieldsByJsonName = null;
      delete type.encode;
      delete type.decode;
      delete type.verify;
      return type;
    }
    Type.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.nestingLimit)
        throw Error("max depth exceeded");
      var type = new Type(name, json.options);
      type.extensions = json.extensions;
      type.reserved = json.reserved;
      var names2 = Object.keys(json.fields), i2 = 0;
      for (; i2 < names2.length; ++i2)
        type.add(
          (typeof json.fields[names2[i2]].keyType !== "undefined" ? MapField.fromJSON : Field.fromJSON)(names2[i2], json.fields[names2[i2]])
        );
      if (json.oneofs)
        for (names2 = Object.keys(json.oneofs), i2 = 0; i2 < names2.length; ++i2)
          type.add(OneOf.fromJSON(names2[i2], json.oneofs[names2[i2]]));
      if (json.nested)
        for (names2 = Object.keys(json.nested), i2 = 0; i2 < names2.length; ++i2) {
          var nested = json.nested[names2[i2]];
          type.add(
            // most to least likely
            (nested.id !== void 0 ? Field.fromJSON : nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : Namespace.fromJSON)(names2[i2], nested, depth + 1)
          );
        }
      if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
      if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
      if (json.group)
        type.group = true;
      if (json.visibility)
        type.visibility = json.visibility;
      if (json.comment)
        type.comment = json.comment;
      if (json.edition)
        type._edition = json.edition;
      type._defaultEdition = "proto3";
      return type;
    };
    Type.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "oneofs",
        Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields",
        Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) {
          return !obj.declaringField;
        }), toJSONOptions) || {},
        "extensions",
        this.extensions && this.extensions.length ? this.extensions : void 0,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "group",
        this.group || void 0,
        "visibility",
        this.visibility,
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Type.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolveAll.call(this);
      var oneofs = this.oneofsArray;
      i2 = 0;
      while (i2 < oneofs.length)
        oneofs[i2++].resolve();
      var fields = this.fieldsArray, i2 = 0;
      while (i2 < fields.length)
        fields[i2++].resolve();
      return this;
    };
    Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.oneofsArray.forEach((oneof) => {
        oneof._resolveFeatures(edition);
      });
      this.fieldsArray.forEach((field) => {
        field._resolveFeatures(edition);
      });
      return this;
    };
    Type.prototype.get = function get(name) {
      if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
      if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
      return null;
    };
    Type.prototype.add = function add2(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Field && object.extend === void 0) {
        if (this._fieldsById ? (
          /* istanbul ignore next */
          this._fieldsById[object.id]
        ) : this.fieldsById[object.id])
          throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
          throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (object.parent)
          object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (!this.oneofs)
          this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Type.prototype.remove = function remove(object) {
      if (object instanceof Field && object.extend === void 0) {
        if (!util2.remove(this.fields, object, object.name))
          throw Error(object + " is not a member of " + this);
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (!util2.remove(this.oneofs, object, object.name))
          throw Error(object + " is not a member of " + this);
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Type.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Type.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
    Type.prototype.create = function create(properties) {
      return new this.ctor(properties);
    };
    Type.prototype.setup = function setup() {
      var root2 = this.root;
      if (root2 && root2._needsRecursiveFeatureResolution) {
        var edition = root2._edition || this._edition;
        if (edition)
          root2._resolveFeaturesRecursive(edition);
      }
      var fullName = this.fullName, types = [];
      for (var i2 = 0; i2 < /* initializes */
      this.fieldsArray.length; ++i2)
        types.push(this._fieldsArray[i2].resolve().resolvedType);
      this.encode = encoder(this)({
        Writer,
        types,
        util: util2
      });
      this.decode = decoder(this)({
        Reader: Reader2,
        types,
        util: util2,
        C: this.ctor
      });
      this.verify = verifier(this)({
        types,
        util: util2
      });
      this.fromObject = converter.fromObject(this)({
        types,
        util: util2,
        C: this.ctor
      });
      this.toObject = converter.toObject(this)({
        types,
        util: util2
      });
      var wrapper = wrappers[fullName];
      if (wrapper) {
        var wrapperThis = Object.create(this);
        wrapperThis._ctor = this.ctor;
        wrapperThis.fromObject = this.fromObject;
        this.fromObject = wrapper.fromObject.bind(wrapperThis);
        wrapperThis.toObject = this.toObject;
        this.toObject = wrapper.toObject.bind(wrapperThis);
      }
      return this;
    };
    Type.prototype.encode = function encode_setup(message, writer) {
      return this.setup().encode.apply(this, arguments);
    };
    Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
      return this.encode(message, (writer || Writer.create()).fork()).ldelim();
    };
    Type.prototype.decode = function decode_setup(reader, length) {
      return this.setup().decode.apply(this, arguments);
    };
    Type.prototype.decodeDelimited = function decodeDelimited(reader) {
      if (!(reader instanceof Reader2))
        reader = Reader2.create(reader);
      return this.decode(reader, reader.size());
    };
    Type.prototype.verify = function verify_setup(message) {
      return this.setup().verify.apply(this, arguments);
    };
    Type.prototype.fromObject = function fromObject(object) {
      return this.setup().fromObject.apply(this, arguments);
    };
    Type.prototype.toObject = function toObject(message, options) {
      return this.setup().toObject.apply(this, arguments);
    };
    Type.prototype.getTypeUrl = function getTypeUrl(prefix) {
      if (prefix === void 0)
        prefix = "type.googleapis.com";
      var fullName = this.fullName;
      return prefix + "/" + (fullName.charAt(0) === "." ? fullName.substring(1) : fullName);
    };
    Type.d = function decorateType(typeName) {
      return function typeDecorator(target2) {
        util2.decorateType(target2, typeName);
      };
    };
  }
});

// node_modules/protobufjs/src/root.js
var require_root = __commonJS({
  "node_modules/protobufjs/src/root.js"(exports2, module2) {
    "use strict";
    module2.exports = Root;
    var Namespace = require_namespace();
    Root.prototype = Object.create(Namespace.prototype, {
      constructor: {
        value: Root,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Root.className = "Root";
    var Field = require_field();
    var Enum = require_enum();
    var OneOf = require_oneof();
    var util2 = require_util();
    var Type;
    var parse3;
    var common;
    function Root(options) {
      Namespace.call(this, "", options);
      this.deferred = [];
      this.files = [];
      this._edition = "proto2";
      this._fullyQualifiedObjects = {};
    }
    Root.fromJSON = function fromJSON(json, root2, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      if (!root2)
        root2 = new Root();
      if (json.options)
        root2.setOptions(json.options);
      return root2.addJSON(json.nested, depth).resolveAll();
    };
    Root.prototype.resolvePath = util2.path.resolve;
    Root.prototype.fetch = util2.fetch;
    function SYNC() {
    }
    Root.prototype.load = function load(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = void 0;
      }
      var self2 = this;
      if (!callback) {
        return util2.asPromise(load, self2, filename, options);
      }
      var sync = callback === SYNC;
      function finish(err2, root2) {
        if (!callback) {
          return;
        }
        if (sync) {
          throw err2;
        }
        if (root2) {
          root2.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err2, root2);
      }
      function getBundledFileName(filename2) {
        var idx = filename2.lastIndexOf("google/protobuf/");
        if (idx > -1) {
          var altname = filename2.substring(idx);
          if (Object.prototype.hasOwnProperty.call(common, altname)) return altname;
        }
        if (Object.prototype.hasOwnProperty.call(common, filename2)) return filename2;
        return null;
      }
      function process2(filename2, source, depth) {
        if (depth === void 0)
          depth = 0;
        try {
          if (depth > util2.recursionLimit)
            throw Error("max depth exceeded");
          if (util2.isString(source) && source.charAt(0) === "{")
            source = JSON.parse(source);
          if (!util2.isString(source))
            self2.setOptions(source.options).addJSON(source.nested);
          else {
            parse3.filename = filename2;
            var parsed = parse3(source, self2, options), resolved2, i3 = 0;
            if (parsed.imports) {
              for (; i3 < parsed.imports.length; ++i3)
                if (resolved2 = getBundledFileName(parsed.imports[i3]) || self2.resolvePath(filename2, parsed.imports[i3]))
                  fetch(resolved2, false, depth + 1);
            }
            if (parsed.weakImports) {
              for (i3 = 0; i3 < parsed.weakImports.length; ++i3)
                if (resolved2 = getBundledFileName(parsed.weakImports[i3]) || self2.resolvePath(filename2, parsed.weakImports[i3]))
                  fetch(resolved2, true, depth + 1);
            }
          }
        } catch (err2) {
          finish(err2);
        }
        if (!sync && !queued) {
          finish(null, self2);
        }
      }
      function fetch(filename2, weak, depth) {
        if (depth === void 0)
          depth = 0;
        filename2 = getBundledFileName(filename2) || filename2;
        if (self2.files.indexOf(filename2) > -1) {
          return;
        }
        self2.files.push(filename2);
        if (Object.prototype.hasOwnProperty.call(common, filename2)) {
          if (sync) {
            process2(filename2, common[filename2], depth);
          } else {
            ++queued;
            setTimeout(function() {
              --queued;
              process2(filename2, common[filename2], depth);
            });
          }
          return;
        }
        if (sync) {
          var source;
          try {
            source = util2.fs.readFileSync(filename2).toString("utf8");
          } catch (err2) {
            if (!weak)
              finish(err2);
            return;
          }
          process2(filename2, source, depth);
        } else {
          ++queued;
          self2.fetch(filename2, function(err2, source2) {
            --queued;
            if (!callback) {
              return;
            }
            if (err2) {
              if (!weak)
                finish(err2);
              else if (!queued)
                finish(null, self2);
              return;
            }
            process2(filename2, source2, depth);
          });
        }
      }
      var queued = 0;
      if (util2.isString(filename)) {
        filename = [filename];
      }
      for (var i2 = 0, resolved; i2 < filename.length; ++i2)
        if (resolved = self2.resolvePath("", filename[i2]))
          fetch(resolved);
      if (sync) {
        self2.resolveAll();
        return self2;
      }
      if (!queued) {
        finish(null, self2);
      }
      return self2;
    };
    Root.prototype.loadSync = function loadSync(filename, options) {
      if (!util2.isNode)
        throw Error("not supported");
      return this.load(filename, options, SYNC);
    };
    Root.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
          return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
      return Namespace.prototype.resolveAll.call(this);
    };
    var exposeRe = /^[A-Z]/;
    function tryHandleExtension(root2, field) {
      var extendedType = field.parent.lookup(field.extend);
      if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, void 0, field.options);
        if (extendedType.get(sisterField.name)) {
          return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
      }
      return false;
    }
    Root.prototype._handleAdd = function _handleAdd(object) {
      if (object instanceof Field) {
        if (
          /* an extension field (implies not part of a oneof) */
          object.extend !== void 0 && /* not already handled */
          !object.extensionField
        ) {
          if (!tryHandleExtension(this, object))
            this.deferred.push(object);
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          object.parent[object.name] = object.values;
      } else if (!(object instanceof OneOf)) {
        if (object instanceof Type)
          for (var i2 = 0; i2 < this.deferred.length; )
            if (tryHandleExtension(this, this.deferred[i2]))
              this.deferred.splice(i2, 1);
            else
              ++i2;
        for (var j = 0; j < /* initializes */
        object.nestedArray.length; ++j)
          this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
          object.parent[object.name] = object;
      }
      if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        this._fullyQualifiedObjects[object.fullName] = object;
      }
    };
    Root.prototype._handleRemove = function _handleRemove(object) {
      if (object instanceof Field) {
        if (
          /* an extension field */
          object.extend !== void 0
        ) {
          if (
            /* already handled */
            object.extensionField
          ) {
            object.extensionField.parent.remove(object.extensionField);
            object.extensionField = null;
          } else {
            var index = this.deferred.indexOf(object);
            if (index > -1)
              this.deferred.splice(index, 1);
          }
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      } else if (object instanceof Namespace) {
        for (var i2 = 0; i2 < /* initializes */
        object.nestedArray.length; ++i2)
          this._handleRemove(object._nestedArray[i2]);
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      }
      delete this._fullyQualifiedObjects[object.fullName];
    };
    Root._configure = function(Type_, parse_, common_) {
      Type = Type_;
      parse3 = parse_;
      common = common_;
    };
  }
});

// node_modules/protobufjs/src/util.js
var require_util = __commonJS({
  "node_modules/protobufjs/src/util.js"(exports2, module2) {
    "use strict";
    var util2 = module2.exports = require_minimal();
    var roots = require_roots();
    var Type;
    var Enum;
    util2.codegen = require_codegen();
    util2.fetch = require_fetch();
    util2.path = require_path();
    util2.patterns = require_patterns();
    var reservedRe = util2.patterns.reservedRe;
    util2.fs = require_fs();
    util2.toArray = function toArray(object) {
      if (object) {
        var keys = Object.keys(object), array = new Array(keys.length), index = 0;
        while (index < keys.length)
          array[index] = object[keys[index++]];
        return array;
      }
      return [];
    };
    util2.toObject = function toObject(array) {
      var object = {}, index = 0;
      while (index < array.length) {
        var key2 = array[index++], val = array[index++];
        if (val !== void 0)
          object[key2] = val;
      }
      return object;
    };
    util2.remove = function remove(object, value, key2) {
      if (!object)
        return false;
      if (key2 !== void 0 && Object.prototype.hasOwnProperty.call(object, key2) && object[key2] === value) {
        delete object[key2];
        return true;
      }
      for (var names2 = Object.keys(object), i2 = 0; i2 < names2.length; ++i2)
        if (object[names2[i2]] === value) {
          delete object[names2[i2]];
          return true;
        }
      return false;
    };
    util2.isReserved = function isReserved(name) {
      return reservedRe.test(name);
    };
    util2.safeProp = function safeProp(prop) {
      if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
      return "." + prop;
    };
    util2.ucFirst = function ucFirst(str2) {
      return str2.charAt(0).toUpperCase() + str2.substring(1);
    };
    var camelCaseRe = /_([a-z])/g;
    util2.camelCase = function camelCase(str2) {
      return str2.substring(0, 1) + str2.substring(1).replace(camelCaseRe, function($0, $1) {
        return $1.toUpperCase();
      });
    };
    util2.jsonName = function jsonName(str2) {
      var result = "", upperNext = false, i2 = 0;
      for (; i2 < str2.length; ++i2) {
        var ch = str2.charAt(i2);
        if (ch === "_")
          upperNext = true;
        else if (upperNext) {
          result += ch.toUpperCase();
          upperNext = false;
        } else
          result += ch;
      }
      return result;
    };
    util2.compareFieldsById = function compareFieldsById(a, b) {
      return a.id - b.id;
    };
    util2.decorateType = function decorateType(ctor, typeName) {
      if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
          util2.decorateRoot.remove(ctor.$type);
          ctor.$type.name = typeName;
          util2.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
      }
      if (!Type)
        Type = require_type();
      var type = new Type(typeName || ctor.name);
      util2.decorateRoot.add(type);
      type.ctor = ctor;
      Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
      Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
      return type;
    };
    var decorateEnumIndex = 0;
    util2.decorateEnum = function decorateEnum(object) {
      if (object.$type)
        return object.$type;
      if (!Enum)
        Enum = require_enum();
      var enm = new Enum("Enum" + decorateEnumIndex++, object);
      util2.decorateRoot.add(enm);
      Object.defineProperty(object, "$type", { value: enm, enumerable: false });
      return enm;
    };
    util2.setProperty = function setProperty(dst, path21, value, ifNotSet) {
      function setProp(dst2, path22, value2) {
        var part = path22.shift();
        if (util2.isUnsafeProperty(part))
          return dst2;
        if (path22.length > 0) {
          dst2[part] = setProp(dst2[part] || {}, path22, value2);
        } else {
          var prevValue = dst2[part];
          if (prevValue && ifNotSet)
            return dst2;
          if (prevValue)
            value2 = [].concat(prevValue).concat(value2);
          dst2[part] = value2;
        }
        return dst2;
      }
      if (typeof dst !== "object")
        throw TypeError("dst must be an object");
      if (!path21)
        throw TypeError("path must be specified");
      path21 = path21.split(".");
      if (path21.length > util2.recursionLimit)
        throw Error("max depth exceeded");
      return setProp(dst, path21, value);
    };
    Object.defineProperty(util2, "decorateRoot", {
      get: function() {
        return roots["decorated"] || (roots["decorated"] = new (require_root())());
      }
    });
  }
});

// node_modules/protobufjs/src/types.js
var require_types = __commonJS({
  "node_modules/protobufjs/src/types.js"(exports2) {
    "use strict";
    var types = exports2;
    var util2 = require_util();
    var s = [
      "double",
      // 0
      "float",
      // 1
      "int32",
      // 2
      "uint32",
      // 3
      "sint32",
      // 4
      "fixed32",
      // 5
      "sfixed32",
      // 6
      "int64",
      // 7
      "uint64",
      // 8
      "sint64",
      // 9
      "fixed64",
      // 10
      "sfixed64",
      // 11
      "bool",
      // 12
      "string",
      // 13
      "bytes"
      // 14
    ];
    function bake(values, offset) {
      var i2 = 0, o = /* @__PURE__ */ Object.create(null);
      offset |= 0;
      while (i2 < values.length) o[s[i2 + offset]] = values[i2++];
      return o;
    }
    types.basic = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2,
      /* bytes    */
      2
    ]);
    types.defaults = bake([
      /* double   */
      0,
      /* float    */
      0,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      0,
      /* sfixed32 */
      0,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      0,
      /* sfixed64 */
      0,
      /* bool     */
      false,
      /* string   */
      "",
      /* bytes    */
      util2.emptyArray,
      /* message  */
      null
    ]);
    types.long = bake([
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1
    ], 7);
    types.mapKey = bake([
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2
    ], 2);
    types.packed = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0
    ]);
  }
});

// node_modules/protobufjs/src/field.js
var require_field = __commonJS({
  "node_modules/protobufjs/src/field.js"(exports2, module2) {
    "use strict";
    module2.exports = Field;
    var ReflectionObject = require_object();
    Field.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Field,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Field.className = "Field";
    var Enum = require_enum();
    var types = require_types();
    var util2 = require_util();
    var Type;
    var ruleRe = /^(?:required|optional|repeated)$/;
    Field.fromJSON = function fromJSON(name, json) {
      var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
      if (json.edition)
        field._edition = json.edition;
      if (json.protoName)
        field.protoName = json.protoName;
      if (json.jsonName !== void 0)
        field.jsonName = json.jsonName;
      else if (json.options && json.options.json_name !== void 0)
        field.jsonName = json.options.json_name;
      field._defaultEdition = "proto3";
      return field;
    };
    function Field(name, id, type, rule, extend, options, comment) {
      if (util2.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = void 0;
      } else if (util2.isObject(extend)) {
        comment = options;
        options = extend;
        extend = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!util2.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");
      if (!util2.isString(type))
        throw TypeError("type must be a string");
      if (rule !== void 0 && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");
      if (extend !== void 0 && !util2.isString(extend))
        throw TypeError("extend must be a string");
      this.rule = rule && rule !== "optional" ? rule : void 0;
      this.type = type;
      this.id = id;
      this.extend = extend || void 0;
      this.repeated = rule === "repeated";
      this.map = false;
      this.message = null;
      this.partOf = null;
      this.typeDefault = null;
      this.defaultValue = null;
      this.long = util2.Long ? types.long[type] !== void 0 : (
        /* istanbul ignore next */
        false
      );
      this.bytes = type === "bytes";
      this.resolvedType = null;
      this.extensionField = null;
      this.declaringField = null;
      this.comment = comment;
      this.protoName = void 0;
      this.jsonName = void 0;
    }
    Object.defineProperty(Field.prototype, "required", {
      get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
      }
    });
    Object.defineProperty(Field.prototype, "optional", {
      get: function() {
        return !this.required;
      }
    });
    Object.defineProperty(Field.prototype, "delimited", {
      get: function() {
        return this.resolvedType instanceof Type && this._features.message_encoding === "DELIMITED";
      }
    });
    Object.defineProperty(Field.prototype, "packed", {
      get: function() {
        return this._features.repeated_field_encoding === "PACKED";
      }
    });
    Object.defineProperty(Field.prototype, "hasPresence", {
      get: function() {
        if (this.repeated || this.map) {
          return false;
        }
        return this.partOf || // oneofs
        this.declaringField || this.extensionField || // extensions
        this._features.field_presence !== "IMPLICIT";
      }
    });
    Field.prototype.setOption = function setOption(name, value, ifNotSet) {
      return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
    };
    Field.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "edition",
        this._editionToJSON(),
        "rule",
        this.rule !== "optional" && this.rule || void 0,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "protoName",
        this.protoName !== this.name ? this.protoName : void 0,
        "jsonName",
        this.jsonName !== util2.jsonName(this.protoName || this.name) ? this.jsonName : void 0,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Field.prototype.resolve = function resolve6() {
      if (this.resolved)
        return this;
      if ((this.typeDefault = types.defaults[this.type]) === void 0) {
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
          this.typeDefault = null;
        else
          this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]];
      } else if (this.options && this.options.proto3_optional) {
        this.typeDefault = null;
      }
      if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
          this.typeDefault = this.resolvedType.values[this.typeDefault];
      }
      if (this.options) {
        if (this.options.packed !== void 0 && this.resolvedType && !(this.resolvedType instanceof Enum))
          delete this.options.packed;
        if (!Object.keys(this.options).length)
          this.options = void 0;
      }
      if (this.long) {
        var unsigned = this.type === "uint64" || this.type === "fixed64";
        this.typeDefault = typeof this.typeDefault === "string" ? util2.Long.fromString(this.typeDefault, unsigned) : util2.Long.fromNumber(this.typeDefault, unsigned);
        if (Object.freeze)
          Object.freeze(this.typeDefault);
      } else if (types.long[this.type] !== void 0 && typeof this.typeDefault === "string") {
        this.typeDefault = parseInt(this.typeDefault, 10);
      } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util2.base64.test(this.typeDefault))
          util2.base64.decode(this.typeDefault, buf = util2.newBuffer(util2.base64.length(this.typeDefault)), 0);
        else
          util2.utf8.write(this.typeDefault, buf = util2.newBuffer(util2.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
      }
      if (this.map)
        this.defaultValue = util2.emptyObject;
      else if (this.repeated)
        this.defaultValue = util2.emptyArray;
      else
        this.defaultValue = this.typeDefault;
      if (this.parent instanceof Type && this.parent._ctor)
        this.parent._ctor.prototype[this.name] = this.defaultValue;
      if (this.protoName === void 0)
        this.protoName = this.name;
      if (this.jsonName === void 0)
        this.jsonName = util2.jsonName(this.protoName);
      return ReflectionObject.prototype.resolve.call(this);
    };
    Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
      if (edition !== "proto2" && edition !== "proto3") {
        return {};
      }
      var features = {};
      if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
      }
      if (this.parent && types.defaults[this.type] === void 0) {
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
          features.message_encoding = "DELIMITED";
        }
      }
      if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
      } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
      }
      return features;
    };
    Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
      return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
    };
    Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {
      if (typeof fieldType === "function")
        fieldType = util2.decorateType(fieldType).name;
      else if (fieldType && typeof fieldType === "object")
        fieldType = util2.decorateEnum(fieldType).name;
      return function fieldDecorator(prototype, fieldName) {
        util2.decorateType(prototype.constructor).add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
      };
    };
    Field._configure = function configure2(Type_) {
      Type = Type_;
    };
  }
});

// node_modules/protobufjs/src/oneof.js
var require_oneof = __commonJS({
  "node_modules/protobufjs/src/oneof.js"(exports2, module2) {
    "use strict";
    module2.exports = OneOf;
    var ReflectionObject = require_object();
    OneOf.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: OneOf,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    OneOf.className = "OneOf";
    var Field = require_field();
    var util2 = require_util();
    function OneOf(name, fieldNames, options, comment) {
      if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!(fieldNames === void 0 || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");
      this.oneof = fieldNames || [];
      this.fieldsArray = [];
      this.comment = comment;
    }
    OneOf.fromJSON = function fromJSON(name, json) {
      return new OneOf(name, json.oneof, json.options, json.comment);
    };
    OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "options",
        this.options,
        "oneof",
        this.oneof,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    function addFieldsToParent(oneof) {
      if (oneof.parent) {
        for (var i2 = 0; i2 < oneof.fieldsArray.length; ++i2)
          if (!oneof.fieldsArray[i2].parent)
            oneof.parent.add(oneof.fieldsArray[i2]);
      }
    }
    OneOf.prototype.add = function add2(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
      this.oneof.push(field.name);
      this.fieldsArray.push(field);
      field.partOf = this;
      addFieldsToParent(this);
      return this;
    };
    OneOf.prototype.remove = function remove(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      var index = this.fieldsArray.indexOf(field);
      if (index < 0)
        throw Error(field + " is not a member of " + this);
      this.fieldsArray.splice(index, 1);
      index = this.oneof.indexOf(field.name);
      if (index > -1)
        this.oneof.splice(index, 1);
      field.partOf = null;
      return this;
    };
    OneOf.prototype.onAdd = function onAdd(parent) {
      ReflectionObject.prototype.onAdd.call(this, parent);
      var self2 = this;
      for (var i2 = 0; i2 < this.oneof.length; ++i2) {
        var field = parent.get(this.oneof[i2]);
        if (field && !field.partOf) {
          field.partOf = self2;
          self2.fieldsArray.push(field);
        }
      }
      addFieldsToParent(this);
    };
    OneOf.prototype.onRemove = function onRemove(parent) {
      for (var i2 = 0, field; i2 < this.fieldsArray.length; ++i2)
        if ((field = this.fieldsArray[i2]).parent)
          field.parent.remove(field);
      ReflectionObject.prototype.onRemove.call(this, parent);
    };
    Object.defineProperty(OneOf.prototype, "isProto3Optional", {
      get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
          return false;
        }
        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
      }
    });
    OneOf.d = function decorateOneOf() {
      var fieldNames = new Array(arguments.length), index = 0;
      while (index < arguments.length)
        fieldNames[index] = arguments[index++];
      return function oneOfDecorator(prototype, oneofName) {
        util2.decorateType(prototype.constructor).add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
          get: util2.oneOfGetter(fieldNames),
          set: util2.oneOfSetter(fieldNames)
        });
      };
    };
  }
});

// node_modules/protobufjs/src/object.js
var require_object = __commonJS({
  "node_modules/protobufjs/src/object.js"(exports2, module2) {
    "use strict";
    module2.exports = ReflectionObject;
    ReflectionObject.className = "ReflectionObject";
    var OneOf = require_oneof();
    var util2 = require_util();
    var Root;
    var proto2Defaults = { enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var proto3Defaults = { enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var editions2023Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
    var editions2024Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2024", default_symbol_visibility: "EXPORT_TOP_LEVEL" };
    var editions2026Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2026", default_symbol_visibility: "STRICT", enforce_proto_limits: "PROTO_LIMITS2026" };
    function ReflectionObject(name, options) {
      if (!util2.isString(name))
        throw TypeError("name must be a string");
      if (options && !util2.isObject(options))
        throw TypeError("options must be an object");
      this.options = options;
      this.parsedOptions = null;
      this.name = name;
      this._edition = null;
      this._defaultEdition = "proto2";
      this._features = {};
      this._featuresResolved = false;
      this.parent = null;
      this.resolved = false;
      this.comment = null;
      this.filename = null;
    }
    Object.defineProperties(ReflectionObject.prototype, {
      /**
       * Reference to the root namespace.
       * @name ReflectionObject#root
       * @type {Root}
       * @readonly
       */
      root: {
        get: function() {
          var ptr = this;
          while (ptr.parent !== null)
            ptr = ptr.parent;
          return ptr;
        }
      },
      /**
       * Full name including leading dot.
       * @name ReflectionObject#fullName
       * @type {string}
       * @readonly
       */
      fullName: {
        get: function() {
          var path21 = [this.name], ptr = this.parent;
          while (ptr) {
            path21.unshift(ptr.name);
            ptr = ptr.parent;
          }
          return path21.join(".");
        }
      }
    });
    ReflectionObject.prototype.toJSON = /* istanbul ignore next */
    function toJSON() {
      throw Error();
    };
    ReflectionObject.prototype.onAdd = function onAdd(parent) {
      if (this.parent && this.parent !== parent)
        this.parent.remove(this);
      this.parent = parent;
      this.resolved = false;
      var root2 = parent.root;
      if (root2 instanceof Root)
        root2._handleAdd(this);
    };
    ReflectionObject.prototype.onRemove = function onRemove(parent) {
      var root2 = parent.root;
      if (root2 instanceof Root)
        root2._handleRemove(this);
      this.parent = null;
      this.resolved = false;
    };
    ReflectionObject.prototype.resolve = function resolve6() {
      if (this.resolved)
        return this;
      if (this.root instanceof Root)
        this.resolved = true;
      return this;
    };
    ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      return this._resolveFeatures(this._edition || edition);
    };
    ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
      if (this._featuresResolved) {
        return;
      }
      var defaults = {};
      if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
      }
      var protoFeatures = util2.merge(
        {},
        this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition)
      );
      if (this._edition) {
        if (edition === "proto2") {
          defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
          defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
          defaults = Object.assign({}, editions2023Defaults);
        } else if (edition === "2024") {
          defaults = Object.assign({}, editions2024Defaults);
        } else if (edition === "2026") {
          defaults = Object.assign({}, editions2026Defaults);
        } else {
          throw new Error("Unknown edition: " + edition);
        }
        this._features = util2.merge(defaults, protoFeatures);
      } else {
        if (this.partOf instanceof OneOf) {
          var lexicalParentFeaturesCopy = util2.merge({}, this.partOf._features);
          this._features = util2.merge(lexicalParentFeaturesCopy, protoFeatures);
        } else if (this.declaringField) {
        } else if (this.parent) {
          var parentFeaturesCopy = util2.merge({}, this.parent._features);
          this._features = util2.merge(parentFeaturesCopy, protoFeatures);
        } else {
          throw new Error("Unable to find a parent for " + this.fullName);
        }
      }
      if (this.extensionField) {
        this.extensionField._features = this._features;
      }
      this._featuresResolved = true;
    };
    ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures() {
      return {};
    };
    ReflectionObject.prototype.getOption = function getOption(name) {
      if (this.options && Object.prototype.hasOwnProperty.call(this.options, name))
        return this.options[name];
      return void 0;
    };
    ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
      if (name === "__proto__")
        return this;
      if (!this.options)
        this.options = {};
      if (/^features\./.test(name)) {
        util2.setProperty(this.options, name, value, ifNotSet);
      } else {
        var prev = this.getOption(name);
        if (!ifNotSet || prev === void 0) {
          if (prev !== value) this.resolved = false;
          this.options[name] = value;
        }
      }
      return this;
    };
    ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
      if (name === "__proto__")
        return this;
      if (!this.parsedOptions) {
        this.parsedOptions = [];
      }
      var parsedOptions = this.parsedOptions;
      if (propName) {
        var opt3 = parsedOptions.find(function(opt4) {
          return Object.prototype.hasOwnProperty.call(opt4, name);
        });
        if (opt3) {
          var newValue = opt3[name];
          util2.setProperty(newValue, propName, value);
        } else {
          opt3 = {};
          opt3[name] = util2.setProperty({}, propName, value);
          parsedOptions.push(opt3);
        }
      } else {
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
      }
      return this;
    };
    ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
      if (options)
        for (var keys = Object.keys(options), i2 = 0; i2 < keys.length; ++i2)
          this.setOption(keys[i2], options[keys[i2]], ifNotSet);
      return this;
    };
    Object.defineProperty(ReflectionObject.prototype, "toString", {
      value: function toString2() {
        var className = this.constructor.className, fullName = this.fullName;
        if (fullName.length)
          return className + " " + fullName;
        return className;
      },
      writable: true,
      enumerable: false,
      configurable: true
    });
    ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
      if (!this._edition || this._edition === "proto3") {
        return void 0;
      }
      return this._edition;
    };
    ReflectionObject._configure = function(Root_) {
      Root = Root_;
    };
  }
});

// node_modules/protobufjs/src/enum.js
var require_enum = __commonJS({
  "node_modules/protobufjs/src/enum.js"(exports2, module2) {
    "use strict";
    module2.exports = Enum;
    var ReflectionObject = require_object();
    Enum.prototype = Object.create(ReflectionObject.prototype, {
      constructor: {
        value: Enum,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    Enum.className = "Enum";
    var Namespace = require_namespace();
    var util2 = require_util();
    function Enum(name, values, options, comment, comments, valuesOptions) {
      ReflectionObject.call(this, name, options);
      if (values && typeof values !== "object")
        throw TypeError("values must be an object");
      this.valuesById = /* @__PURE__ */ Object.create(null);
      this.values = Object.create(this.valuesById);
      this.comment = comment;
      this.comments = comments || {};
      this.valuesOptions = valuesOptions;
      this._valuesFeatures = {};
      this.reserved = void 0;
      this.visibility = void 0;
      if (values) {
        for (var keys = Object.keys(values), i2 = 0; i2 < keys.length; ++i2)
          if (keys[i2] !== "__proto__" && typeof values[keys[i2]] === "number") {
            this.values[keys[i2]] = values[keys[i2]];
            if (this.valuesById[values[keys[i2]]] === void 0)
              this.valuesById[values[keys[i2]]] = keys[i2];
          }
      }
    }
    Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeatures.call(this, edition);
      Object.keys(this.values).forEach((key2) => {
        var parentFeaturesCopy = util2.merge({}, this._features);
        this._valuesFeatures[key2] = util2.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key2] && this.valuesOptions[key2].features || {});
      });
      return this;
    };
    Enum.fromJSON = function fromJSON(name, json) {
      var enm = new Enum(name, json.values, json.options, json.comment, json.comments, json.valuesOptions);
      enm.reserved = json.reserved;
      if (json.visibility)
        enm.visibility = json.visibility;
      if (json.edition)
        enm._edition = json.edition;
      enm._defaultEdition = "proto3";
      return enm;
    };
    Enum.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util2.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        this.options,
        "valuesOptions",
        this.valuesOptions,
        "values",
        this.values,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "visibility",
        this.visibility,
        "comment",
        keepComments ? this.comment : void 0,
        "comments",
        keepComments ? this.comments : void 0
      ]);
    };
    Enum.prototype.add = function add2(name, id, comment, options) {
      if (!util2.isString(name))
        throw TypeError("name must be a string");
      if (!util2.isInteger(id))
        throw TypeError("id must be an integer");
      if (name === "__proto__")
        return this;
      if (this.values[name] !== void 0)
        throw Error("duplicate name '" + name + "' in " + this);
      if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);
      if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);
      if (this.valuesById[id] !== void 0) {
        if (!(this.options && this.options.allow_alias))
          throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
      } else
        this.valuesById[this.values[name] = id] = name;
      if (options) {
        if (this.valuesOptions === void 0)
          this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
      }
      this.comments[name] = comment || null;
      return this;
    };
    Enum.prototype.remove = function remove(name) {
      if (!util2.isString(name))
        throw TypeError("name must be a string");
      var val = this.values[name];
      if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);
      delete this.valuesById[val];
      delete this.values[name];
      delete this.comments[name];
      if (this.valuesOptions)
        delete this.valuesOptions[name];
      return this;
    };
    Enum.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Enum.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
  }
});

// node_modules/protobufjs/src/encoder.js
var require_encoder = __commonJS({
  "node_modules/protobufjs/src/encoder.js"(exports2, module2) {
    "use strict";
    module2.exports = encoder;
    var Enum = require_enum();
    var types = require_types();
    var util2 = require_util();
    function genTypePartial(gen, field, fieldIndex, ref) {
      return field.delimited ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0) : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
    }
    function encoder(mtype) {
      var gen = util2.codegen(["m", "w", "q"])("if(!w)")("w=Writer.create()")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")');
      var i2, ref;
      var fields = (
        /* initializes */
        mtype.fieldsArray.slice().sort(util2.compareFieldsById)
      );
      for (var i2 = 0; i2 < fields.length; ++i2) {
        var field = fields[i2].resolve(), index = mtype._fieldsArray.indexOf(field), type = field.resolvedType instanceof Enum ? "int32" : field.type, wireType = types.basic[type];
        ref = "m" + util2.safeProp(field.name);
        if (field.map) {
          gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name)("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref);
          if (field.keyType === "bool") gen("w.uint32(%i).fork().uint32(%i).bool(util.boolFromKey(ks[i]))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType]);
          else if (types.long[field.keyType] !== void 0) gen("w.uint32(%i).fork().uint32(%i).%s(util.longFromKey(ks[i],%j))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType, field.keyType === "uint64" || field.keyType === "fixed64");
          else gen("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
          if (wireType === void 0) gen("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref);
          else gen(".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
          gen("}")("}");
        } else if (field.repeated) {
          gen("if(%s!=null&&%s.length){", ref, ref);
          if (field.packed && types.packed[type] !== void 0) {
            gen("w.uint32(%i).%ss(%s)", (field.id << 3 | 2) >>> 0, type, ref);
          } else {
            gen("for(var i=0;i<%s.length;++i)", ref);
            if (wireType === void 0)
              genTypePartial(gen, field, index, ref + "[i]");
            else gen("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);
          }
          gen("}");
        } else {
          if (!field.required)
            if (field.hasPresence || !(field.resolvedType instanceof Enum || types.basic[type] !== void 0)) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name);
            else if (field.resolvedType instanceof Enum) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==%j)", ref, field.name, ref, field.typeDefault);
            else if (type === "bool") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==false)", ref, field.name, ref);
            else if (type === "string") gen('if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!=="")', ref, field.name, ref);
            else if (type === "bytes") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s.length)", ref, field.name, ref);
            else if (type === "double" || type === "float") gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&!Object.is(%s,0))", ref, field.name, ref);
            else if (types.long[type] !== void 0) gen('if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&(typeof %s==="object"?%s.low||%s.high:%s!==0))', ref, field.name, ref, ref, ref, ref);
            else gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==0)", ref, field.name, ref);
          if (wireType === void 0)
            genTypePartial(gen, field, index, ref);
          else gen("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);
        }
      }
      return gen('if(m.$unknowns!=null&&Object.hasOwnProperty.call(m,"$unknowns"))')("for(var i=0;i<m.$unknowns.length;++i)")("w.raw(m.$unknowns[i])")("return w");
    }
  }
});

// node_modules/protobufjs/src/index-light.js
var require_index_light = __commonJS({
  "node_modules/protobufjs/src/index-light.js"(exports2, module2) {
    "use strict";
    exports2 = module2.exports = require_index_minimal();
    exports2.build = "light";
    function load(filename, root2, callback) {
      if (typeof root2 === "function") {
        callback = root2;
        root2 = new exports2.Root();
      } else if (!root2)
        root2 = new exports2.Root();
      return root2.load(filename, callback);
    }
    exports2.load = load;
    function loadSync(filename, root2) {
      if (!root2)
        root2 = new exports2.Root();
      return root2.loadSync(filename);
    }
    exports2.loadSync = loadSync;
    exports2.encoder = require_encoder();
    exports2.decoder = require_decoder();
    exports2.verifier = require_verifier();
    exports2.converter = require_converter();
    exports2.ReflectionObject = require_object();
    exports2.Namespace = require_namespace();
    exports2.Root = require_root();
    exports2.Enum = require_enum();
    exports2.Type = require_type();
    exports2.Field = require_field();
    exports2.OneOf = require_oneof();
    exports2.MapField = require_mapfield();
    exports2.Service = require_service2();
    exports2.Method = require_method();
    exports2.Message = require_message();
    exports2.wrappers = require_wrappers();
    exports2.types = require_types();
    exports2.util = require_util();
    exports2.ReflectionObject._configure(exports2.Root);
    exports2.Namespace._configure(exports2.Type, exports2.Service, exports2.Enum);
    exports2.Root._configure(exports2.Type, void 0, {});
    exports2.Field._configure(exports2.Type);
  }
});

// node_modules/protobufjs/src/tokenize.js
var require_tokenize = __commonJS({
  "node_modules/protobufjs/src/tokenize.js"(exports2, module2) {
    "use strict";
    module2.exports = tokenize;
    var delimRe = /[\s{}=;:[\],'"()<>]/g;
    var stringDoubleRe = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g;
    var stringSingleRe = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g;
    var setCommentRe = /^ *[*/]+ */;
    var setCommentAltRe = /^\s*\*?\/*/;
    var setCommentSplitRe = /\n/g;
    var whitespaceRe = /\s/;
    var unescapeRe = /\\([0-7]{1,3}|[xX][0-9a-fA-F]{1,2}|.?)/g;
    var unescapeMap = {
      "a": "\x07",
      "b": "\b",
      "f": "\f",
      "r": "\r",
      "n": "\n",
      "t": "	",
      "v": "\v",
      "?": "?",
      "'": "'",
      '"': '"'
    };
    function unescape(str2) {
      return str2.replace(unescapeRe, function($0, $1) {
        var first = $1.charAt(0);
        if (first >= "0" && first <= "7")
          return String.fromCharCode(parseInt($1, 8) & 255);
        if (first === "x" || first === "X")
          return String.fromCharCode(parseInt($1.substring(1), 16));
        switch ($1) {
          case "\\":
          case "":
            return $1;
          default:
            return unescapeMap[$1] || "";
        }
      });
    }
    tokenize.unescape = unescape;
    function tokenize(source, alternateCommentMode) {
      source = source.toString();
      var offset = 0, length = source.length, line = 1, lastCommentLine = 0, comments = {};
      var stack = [];
      var stringDelim = null;
      function illegal(subject) {
        return Error("illegal " + subject + " (line " + line + ")");
      }
      function readString() {
        var re = stringDelim === "'" ? stringSingleRe : stringDoubleRe;
        re.lastIndex = offset - 1;
        var match = re.exec(source);
        if (!match)
          throw illegal("string");
        offset = re.lastIndex;
        push(stringDelim);
        stringDelim = null;
        return unescape(match[1]);
      }
      function charAt(pos) {
        return source.charAt(pos);
      }
      function setComment(start, end, isLeading) {
        var comment = {
          type: source.charAt(start++),
          lineEmpty: false,
          leading: isLeading
        };
        var lookback;
        if (alternateCommentMode) {
          lookback = 2;
        } else {
          lookback = 3;
        }
        var commentOffset = start - lookback, c;
        do {
          if (--commentOffset < 0 || (c = source.charAt(commentOffset)) === "\n") {
            comment.lineEmpty = true;
            break;
          }
        } while (c === " " || c === "	");
        var lines = source.substring(start, end).split(setCommentSplitRe);
        for (var i2 = 0; i2 < lines.length; ++i2)
          lines[i2] = lines[i2].replace(alternateCommentMode ? setCommentAltRe : setCommentRe, "").trim();
        comment.text = lines.join("\n").trim();
        comments[line] = comment;
        lastCommentLine = line;
      }
      function isDoubleSlashCommentLine(startOffset) {
        var endOffset = findEndOfLine(startOffset);
        var lineText = source.substring(startOffset, endOffset);
        var isComment = /^\s*\/\//.test(lineText);
        return isComment;
      }
      function findEndOfLine(cursor) {
        var endOffset = cursor;
        while (endOffset < length && charAt(endOffset) !== "\n") {
          endOffset++;
        }
        return endOffset;
      }
      function next() {
        if (stack.length > 0)
          return stack.shift();
        if (stringDelim)
          return readString();
        var repeat, prev, curr, start, isDoc, nextLineIsComment, isLeadingComment = offset === 0;
        do {
          if (offset === length)
            return null;
          repeat = false;
          while (whitespaceRe.test(curr = charAt(offset))) {
            if (curr === "\n") {
              isLeadingComment = true;
              ++line;
            }
            if (++offset === length)
              return null;
          }
          if (charAt(offset) === "/") {
            if (++offset === length) {
              throw illegal("comment");
            }
            if (charAt(offset) === "/") {
              if (!alternateCommentMode) {
                isDoc = charAt(start = offset + 1) === "/";
                while (charAt(++offset) !== "\n") {
                  if (offset === length) {
                    return null;
                  }
                }
                ++offset;
                if (isDoc) {
                  setComment(start, offset - 1, isLeadingComment);
                  isLeadingComment = true;
                }
                ++line;
                repeat = true;
              } else {
                start = offset;
                isDoc = false;
                if (isDoubleSlashCommentLine(offset - 1)) {
                  isDoc = true;
                  do {
                    offset = findEndOfLine(offset);
                    if (offset === length) {
                      break;
                    }
                    offset++;
                    if (!isLeadingComment) {
                      break;
                    }
                    nextLineIsComment = isDoubleSlashCommentLine(offset);
                    if (nextLineIsComment) {
                      line++;
                    }
                  } while (nextLineIsComment);
                } else {
                  offset = Math.min(length, findEndOfLine(offset) + 1);
                }
                if (isDoc) {
                  setComment(start, offset, isLeadingComment);
                  isLeadingComment = true;
                }
                line++;
                repeat = true;
              }
            } else if ((curr = charAt(offset)) === "*") {
              start = offset + 1;
              isDoc = alternateCommentMode || charAt(start) === "*";
              do {
                if (curr === "\n") {
                  ++line;
                }
                if (++offset === length) {
                  throw illegal("comment");
                }
                prev = curr;
                curr = charAt(offset);
              } while (prev !== "*" || curr !== "/");
              ++offset;
              if (isDoc) {
                setComment(start, offset - 2, isLeadingComment);
                isLeadingComment = true;
              }
              repeat = true;
            } else {
              return "/";
            }
          }
        } while (repeat);
        var end = offset;
        delimRe.lastIndex = 0;
        var delim = delimRe.test(charAt(end++));
        if (!delim)
          while (end < length && !delimRe.test(charAt(end)))
            ++end;
        var token = source.substring(offset, offset = end);
        if (token === '"' || token === "'")
          stringDelim = token;
        return token;
      }
      function push(token) {
        stack.push(token);
      }
      function peek() {
        if (!stack.length) {
          var token = next();
          if (token === null)
            return null;
          push(token);
        }
        return stack[0];
      }
      function skip(expected, optional) {
        var actual = peek(), equals2 = actual === expected;
        if (equals2) {
          next();
          return true;
        }
        if (!optional)
          throw illegal("token '" + actual + "', '" + expected + "' expected");
        return false;
      }
      function cmnt(trailingLine) {
        var ret = null;
        var comment;
        if (trailingLine === void 0) {
          comment = comments[line - 1];
          delete comments[line - 1];
          if (comment && (alternateCommentMode || comment.type === "*" || comment.lineEmpty)) {
            ret = comment.leading ? comment.text : null;
          }
        } else {
          if (lastCommentLine < trailingLine) {
            peek();
          }
          comment = comments[trailingLine];
          delete comments[trailingLine];
          if (comment && !comment.lineEmpty && (alternateCommentMode || comment.type === "/")) {
            ret = comment.leading ? null : comment.text;
          }
        }
        return ret;
      }
      return Object.defineProperty({
        next,
        peek,
        push,
        skip,
        cmnt
      }, "line", {
        get: function() {
          return line;
        }
      });
    }
  }
});

// node_modules/protobufjs/src/parse.js
var require_parse = __commonJS({
  "node_modules/protobufjs/src/parse.js"(exports2, module2) {
    "use strict";
    module2.exports = parse3;
    parse3.filename = null;
    parse3.defaults = { keepCase: false };
    var tokenize = require_tokenize();
    var Root = require_root();
    var Type = require_type();
    var Field = require_field();
    var MapField = require_mapfield();
    var OneOf = require_oneof();
    var Enum = require_enum();
    var Service = require_service2();
    var Method = require_method();
    var ReflectionObject = require_object();
    var types = require_types();
    var util2 = require_util();
    var base10Re = /^[1-9][0-9]*$/;
    var base10NegRe = /^-?[1-9][0-9]*$/;
    var base16Re = /^0[x][0-9a-fA-F]+$/;
    var base16NegRe = /^-?0[x][0-9a-fA-F]+$/;
    var base8Re = /^0[0-7]+$/;
    var base8NegRe = /^-?0[0-7]+$/;
    var integerTypeRe = /^(?:u?int|sint|s?fixed)(?:32|64)$/;
    var unsignedTypeRe = /^(?:uint|fixed)(?:32|64)$/;
    var numberRe = util2.patterns.numberRe;
    var nameRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
    var typeRefRe = util2.patterns.typeRefRe;
    var maxFieldId = 536870911;
    var maxEnumId = 2147483647;
    function parse3(source, root2, options) {
      if (!(root2 instanceof Root)) {
        options = root2;
        root2 = new Root();
      }
      if (!options)
        options = parse3.defaults;
      var preferTrailingComment = options.preferTrailingComment || false;
      var tn = tokenize(source, options.alternateCommentMode || false), next = tn.next, push = tn.push, peek = tn.peek, skip = tn.skip, cmnt = tn.cmnt;
      var head = true, pkg, imports, weakImports, edition = "proto2";
      var ptr = root2;
      var topLevelObjects = [];
      var topLevelOptions = {};
      var applyCase = options.keepCase ? function(name) {
        return name;
      } : util2.camelCase;
      function resolveFileFeatures() {
        topLevelObjects.forEach((obj) => {
          obj._edition = edition;
          Object.keys(topLevelOptions).forEach((opt3) => {
            if (obj.getOption(opt3) !== void 0) return;
            obj.setOption(opt3, topLevelOptions[opt3], true);
          });
        });
      }
      function illegal(token2, name, insideTryCatch) {
        var filename = parse3.filename;
        if (!insideTryCatch)
          parse3.filename = null;
        return Error("illegal " + (name || "token") + " '" + token2 + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
      }
      function readString() {
        var values = [], token2;
        do {
          if ((token2 = next()) !== '"' && token2 !== "'")
            throw illegal(token2);
          values.push(next());
          skip(token2);
          token2 = peek();
        } while (token2 === '"' || token2 === "'");
        return values.join("");
      }
      function readValue(acceptTypeRef) {
        var token2 = next();
        switch (token2) {
          case "'":
          case '"':
            push(token2);
            return readString();
          case "true":
          case "TRUE":
            return true;
          case "false":
          case "FALSE":
            return false;
        }
        try {
          return parseNumber(
            token2,
            /* insideTryCatch */
            true
          );
        } catch (e) {
          if (acceptTypeRef && typeRefRe.test(token2))
            return token2;
          throw illegal(token2, "value");
        }
      }
      function readRanges(target2, acceptStrings, max2, acceptNegative) {
        var token2, start;
        do {
          if (acceptStrings && ((token2 = peek()) === '"' || token2 === "'")) {
            var str2 = readString();
            target2.push(str2);
            if (edition >= 2023) {
              throw illegal(str2, "id");
            }
          } else {
            try {
              target2.push([start = parseId(next(), acceptNegative, max2), skip("to", true) ? parseId(next(), acceptNegative, max2) : start]);
            } catch (err2) {
              if (acceptStrings && typeRefRe.test(token2) && edition >= 2023) {
                target2.push(token2);
              } else {
                throw err2;
              }
            }
          }
        } while (skip(",", true));
        var dummy = { options: void 0 };
        dummy.setOption = function(name, value) {
          if (this.options === void 0) this.options = {};
          this.options[name] = value;
        };
        ifBlock(
          dummy,
          function parseRange_block(token3) {
            if (token3 === "option") {
              parseOption(dummy, token3);
              skip(";");
            } else
              throw illegal(token3);
          },
          function parseRange_line() {
            parseInlineOptions(dummy);
          }
        );
      }
      function parseNumber(token2, insideTryCatch) {
        var sign = 1;
        if (token2.charAt(0) === "-") {
          sign = -1;
          token2 = token2.substring(1);
        }
        switch (token2) {
          case "inf":
          case "INF":
          case "Inf":
            return sign * Infinity;
          case "nan":
          case "NAN":
          case "Nan":
          case "NaN":
            return NaN;
          case "0":
            return sign * 0;
        }
        if (base10Re.test(token2))
          return sign * parseInt(token2, 10);
        if (base16Re.test(token2))
          return sign * parseInt(token2, 16);
        if (base8Re.test(token2))
          return sign * parseInt(token2, 8);
        if (numberRe.test(token2))
          return sign * parseFloat(token2);
        throw illegal(token2, "number", insideTryCatch);
      }
      function parseInteger(token2, acceptNegative, name) {
        if (token2 === null)
          throw illegal(token2, "end of input");
        if (!acceptNegative && token2.charAt(0) === "-")
          throw illegal(token2, name || "integer");
        if (token2 === "0" || token2 === "-0")
          return 0;
        var value;
        if (base10NegRe.test(token2))
          value = parseInt(token2, 10);
        else if (base16NegRe.test(token2))
          value = parseInt(token2, 16);
        else if (base8NegRe.test(token2))
          value = parseInt(token2, 8);
        else
          throw illegal(token2, name || "integer");
        return value || 0;
      }
      function parseId(token2, acceptNegative, max2) {
        switch (token2) {
          case "max":
          case "MAX":
          case "Max":
            return max2 || maxFieldId;
        }
        return parseInteger(token2, acceptNegative, "id");
      }
      function parsePackage() {
        if (pkg !== void 0)
          throw illegal("package");
        pkg = next();
        if (pkg === null || !typeRefRe.test(pkg))
          throw illegal(pkg, "name");
        ptr = ptr.define(pkg);
        skip(";");
      }
      function parseImport() {
        var token2 = peek();
        var whichImports;
        switch (token2) {
          case "option":
            if (edition < "2024") {
              throw illegal("option");
            }
            next();
            readString();
            skip(";");
            return;
          case "weak":
            whichImports = weakImports || (weakImports = []);
            next();
            break;
          case "public":
            next();
          // eslint-disable-next-line no-fallthrough
          default:
            whichImports = imports || (imports = []);
            break;
        }
        token2 = readString();
        skip(";");
        whichImports.push(token2);
      }
      function parseSyntax() {
        skip("=");
        edition = readString();
        if (edition < 2023)
          throw illegal(edition, "syntax");
        skip(";");
      }
      function parseEdition() {
        skip("=");
        edition = readString();
        const supportedEditions = ["2023", "2024", "2026"];
        if (!supportedEditions.includes(edition))
          throw illegal(edition, "edition");
        skip(";");
      }
      function parseCommon(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        switch (token2) {
          case "option":
            parseOption(parent, token2);
            skip(";");
            return true;
          case "message":
            parseType(parent, token2, depth + 1);
            return true;
          case "enum":
            parseEnum(parent, token2);
            return true;
          case "export":
          case "local":
            if (edition < "2024") {
              return false;
            }
            var visibility = token2;
            token2 = next();
            if (token2 === "export" || token2 === "local") {
              return false;
            }
            if (token2 !== "message" && token2 !== "enum") {
              return false;
            }
            (token2 === "message" ? parseType(parent, token2, depth + 1) : parseEnum(parent, token2)).visibility = visibility;
            return true;
          case "service":
            parseService(parent, token2, depth + 1);
            return true;
          case "extend":
            parseExtension(parent, token2, depth);
            return true;
        }
        return false;
      }
      function ifBlock(obj, fnIf, fnElse) {
        var trailingLine = tn.line;
        if (obj) {
          if (typeof obj.comment !== "string") {
            obj.comment = cmnt();
          }
          obj.filename = parse3.filename;
        }
        if (skip("{", true)) {
          var token2;
          while ((token2 = next()) !== "}")
            fnIf(token2);
          skip(";", true);
        } else {
          if (fnElse)
            fnElse();
          skip(";");
          if (obj && (typeof obj.comment !== "string" || preferTrailingComment))
            obj.comment = cmnt(trailingLine) || obj.comment;
        }
      }
      function parseType(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.nestingLimit)
          throw Error("max depth exceeded");
        if ((token2 = next()) === null || !nameRe.test(token2))
          throw illegal(token2, "type name");
        var type = new Type(token2);
        ifBlock(type, function parseType_block(token3) {
          if (parseCommon(type, token3, depth))
            return;
          switch (token3) {
            case ";":
              break;
            case "map":
              parseMapField(type, token3);
              break;
            case "required":
              if (edition !== "proto2")
                throw illegal(token3);
            /* eslint-disable no-fallthrough */
            case "repeated":
              parseField(type, token3, void 0, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(type, "proto3_optional", void 0, depth + 1);
              } else if (edition !== "proto2") {
                throw illegal(token3);
              } else {
                parseField(type, "optional", void 0, depth + 1);
              }
              break;
            case "oneof":
              parseOneOf(type, token3, depth + 1);
              break;
            case "extensions":
              readRanges(type.extensions || (type.extensions = []));
              break;
            case "reserved":
              readRanges(type.reserved || (type.reserved = []), true);
              break;
            default:
              if (edition === "proto2" || !typeRefRe.test(token3)) {
                throw illegal(token3);
              }
              push(token3);
              parseField(type, "optional", void 0, depth + 1);
              break;
          }
        });
        parent.add(type);
        if (parent === ptr) {
          topLevelObjects.push(type);
        }
        return type;
      }
      function parseField(parent, rule, extend, depth) {
        var type = next();
        if (type === null) {
          throw illegal(type, "end of input");
        }
        if (type === "group") {
          parseGroup(parent, rule, extend, depth);
          return;
        }
        while (type.endsWith(".") || (peek() || "").startsWith(".")) {
          var part = next();
          if (part === null) {
            throw illegal(part, "end of input");
          }
          type += part;
        }
        if (!typeRefRe.test(type))
          throw illegal(type, "type");
        var name = next();
        if (name === null) {
          throw illegal(name, "end of input");
        }
        if (!nameRe.test(name))
          throw illegal(name, "name");
        var protoName = name;
        name = applyCase(name);
        skip("=");
        var field = new Field(name, parseId(next()), type, rule === "proto3_optional" ? "optional" : rule, extend);
        if (protoName !== name)
          field.protoName = protoName;
        ifBlock(field, function parseField_block(token2) {
          if (token2 === "option") {
            parseOption(field, token2);
            skip(";");
          } else
            throw illegal(token2);
        }, function parseField_line() {
          parseInlineOptions(field);
        });
        if (rule === "proto3_optional") {
          var oneof = new OneOf("_" + name);
          field.setOption("proto3_optional", true);
          oneof.add(field);
          parent.add(oneof);
        } else {
          parent.add(field);
        }
        if (parent === ptr) {
          topLevelObjects.push(field);
        }
      }
      function parseGroup(parent, rule, extend, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.nestingLimit)
          throw Error("max depth exceeded");
        if (edition >= 2023) {
          throw illegal("group");
        }
        var name = next();
        if (name === null || !nameRe.test(name))
          throw illegal(name, "name");
        var fieldName = util2.lcFirst(name);
        if (name === fieldName)
          name = util2.ucFirst(name);
        skip("=");
        var id = parseId(next());
        var type = new Type(name);
        type.group = true;
        var field = new Field(fieldName, id, name, rule, extend);
        field.filename = parse3.filename;
        ifBlock(type, function parseGroup_block(token2) {
          switch (token2) {
            case ";":
              break;
            case "map":
              parseMapField(type);
              break;
            case "option":
              parseOption(type, token2);
              skip(";");
              break;
            case "required":
            case "repeated":
              parseField(type, token2, void 0, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(type, "proto3_optional", void 0, depth + 1);
              } else {
                parseField(type, "optional", void 0, depth + 1);
              }
              break;
            case "message":
              parseType(type, token2, depth + 1);
              break;
            case "enum":
              parseEnum(type, token2);
              break;
            case "reserved":
              readRanges(type.reserved || (type.reserved = []), true);
              break;
            case "export":
            case "local":
              if (edition < "2024") {
                throw illegal(token2);
              }
              token2 = next();
              switch (token2) {
                case "message":
                  parseType(type, token2, depth + 1);
                  break;
                case "enum":
                  parseType(type, token2, depth + 1);
                  break;
                default:
                  throw illegal(token2);
              }
              break;
            /* istanbul ignore next */
            default:
              throw illegal(token2);
          }
        });
        parent.add(type).add(field);
        if (parent === ptr) {
          topLevelObjects.push(type);
          topLevelObjects.push(field);
        }
      }
      function parseMapField(parent) {
        skip("<");
        var keyType = next();
        if (types.mapKey[keyType] === void 0)
          throw illegal(keyType, "type");
        skip(",");
        var valueType = next();
        if (!typeRefRe.test(valueType))
          throw illegal(valueType, "type");
        skip(">");
        var name = next();
        if (name === null || !nameRe.test(name))
          throw illegal(name, "name");
        skip("=");
        var protoName = name;
        name = applyCase(name);
        var field = new MapField(name, parseId(next()), keyType, valueType);
        if (protoName !== name)
          field.protoName = protoName;
        ifBlock(field, function parseMapField_block(token2) {
          if (token2 === "option") {
            parseOption(field, token2);
            skip(";");
          } else
            throw illegal(token2);
        }, function parseMapField_line() {
          parseInlineOptions(field);
        });
        parent.add(field);
      }
      function parseOneOf(parent, token2, depth) {
        if ((token2 = next()) === null || !nameRe.test(token2))
          throw illegal(token2, "name");
        var oneof = new OneOf(applyCase(token2));
        ifBlock(oneof, function parseOneOf_block(token3) {
          if (token3 === "option") {
            parseOption(oneof, token3);
            skip(";");
          } else {
            push(token3);
            parseField(oneof, "optional", void 0, depth);
          }
        });
        parent.add(oneof);
      }
      function parseEnum(parent, token2) {
        if ((token2 = next()) === null || !nameRe.test(token2))
          throw illegal(token2, "name");
        var enm = new Enum(token2), values = [];
        ifBlock(enm, function parseEnum_block(token3) {
          switch (token3) {
            case ";":
              break;
            case "option":
              parseOption(enm, token3);
              skip(";");
              break;
            case "reserved":
              readRanges(enm.reserved || (enm.reserved = []), true, maxEnumId, true);
              if (enm.reserved === void 0) enm.reserved = [];
              break;
            default:
              values.push(parseEnumValue(token3));
          }
        });
        for (var i2 = 0; i2 < values.length; ++i2)
          enm.add(values[i2].name, values[i2].id, values[i2].comment, values[i2].options);
        parent.add(enm);
        if (parent === ptr) {
          topLevelObjects.push(enm);
        }
        return enm;
      }
      function parseEnumValue(token2) {
        if (!nameRe.test(token2))
          throw illegal(token2, "name");
        skip("=");
        var value = parseId(next(), true), dummy = {
          options: void 0
        };
        dummy.getOption = function(name) {
          return this.options[name];
        };
        dummy.setOption = function(name, value2) {
          ReflectionObject.prototype.setOption.call(dummy, name, value2);
        };
        dummy.setParsedOption = function() {
          return void 0;
        };
        ifBlock(dummy, function parseEnumValue_block(token3) {
          if (token3 === "option") {
            parseOption(dummy, token3);
            skip(";");
          } else
            throw illegal(token3);
        }, function parseEnumValue_line() {
          parseInlineOptions(dummy);
        });
        return {
          name: token2,
          id: value,
          comment: dummy.comment,
          options: dummy.parsedOptions || dummy.options
        };
      }
      function parseOption(parent, token2) {
        var option;
        var propName;
        var isOption = true;
        if (token2 === "option") {
          token2 = next();
        }
        while (token2 !== "=") {
          if (token2 === null) {
            throw illegal(token2, "end of input");
          }
          if (token2 === "(") {
            var parensValue = next();
            skip(")");
            token2 = "(" + parensValue + ")";
          }
          if (isOption) {
            isOption = false;
            if (token2.includes(".") && !token2.includes("(")) {
              var tokens = token2.split(".");
              option = tokens[0] + ".";
              token2 = tokens[1];
              continue;
            }
            option = token2;
          } else {
            propName = propName ? propName += token2 : token2;
          }
          token2 = next();
        }
        var name = propName ? option.concat(propName) : option;
        var optionValue = parseOptionValue(parent, name);
        propName = propName && propName[0] === "." ? propName.slice(1) : propName;
        option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option;
        setParsedOption(parent, option, optionValue, propName);
      }
      function parseOptionValue(parent, name, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.recursionLimit)
          throw Error("max depth exceeded");
        if (skip("{", true)) {
          var objectResult = {};
          while (!skip("}", true)) {
            token = next();
            var propName;
            if (token === null)
              throw illegal(token, "end of input");
            if (token === "[") {
              token = next();
              var slash = token === null ? -1 : token.lastIndexOf("/");
              if (token === null || !typeRefRe.test(slash < 0 ? token : token.slice(slash + 1)))
                throw illegal(token, "name");
              propName = "[" + token + "]";
              skip("]");
            } else {
              if (!nameRe.test(token)) {
                throw illegal(token, "name");
              }
              propName = token;
            }
            var value;
            skip(":", true);
            if (peek() === "{") {
              value = parseOptionValue(parent, name + "." + propName, depth + 1);
            } else if (peek() === "[") {
              value = [];
              var lastValue, lastValueIsAggregate;
              if (skip("[", true)) {
                if (!skip("]", true)) {
                  do {
                    lastValueIsAggregate = peek() === "{";
                    lastValue = lastValueIsAggregate ? parseOptionValue(parent, name + "." + propName, depth + 1) : readValue(true);
                    value.push(lastValue);
                  } while (skip(",", true));
                  skip("]");
                  if (typeof lastValue !== "undefined") {
                    if (!lastValueIsAggregate)
                      setOption(parent, name + "." + propName, lastValue);
                  }
                }
              }
            } else {
              value = readValue(true);
              setOption(parent, name + "." + propName, value);
            }
            var prevValue = Object.prototype.hasOwnProperty.call(objectResult, propName) ? objectResult[propName] : void 0;
            if (prevValue)
              value = [].concat(prevValue).concat(value);
            if (propName !== "__proto__")
              objectResult[propName] = value;
            skip(",", true);
            skip(";", true);
          }
          return objectResult;
        }
        var simpleValue = name === "default" && parent instanceof Field && integerTypeRe.test(parent.type) ? parseInteger(next(), !unsignedTypeRe.test(parent.type)) : readValue(true);
        setOption(parent, name, simpleValue);
        return simpleValue;
      }
      function setOption(parent, name, value) {
        if (ptr === parent && /^features\./.test(name)) {
          topLevelOptions[name] = value;
          return;
        }
        if (name === "json_name" && parent instanceof Field) {
          parent.jsonName = value;
        }
        if (parent.setOption)
          parent.setOption(name, value);
      }
      function setParsedOption(parent, name, value, propName) {
        if (parent.setParsedOption)
          parent.setParsedOption(name, value, propName);
      }
      function parseInlineOptions(parent) {
        if (skip("[", true)) {
          do {
            parseOption(parent, "option");
          } while (skip(",", true));
          skip("]");
        }
        return parent;
      }
      function parseService(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util2.recursionLimit)
          throw Error("max depth exceeded");
        if ((token2 = next()) === null || !nameRe.test(token2))
          throw illegal(token2, "service name");
        var service = new Service(token2);
        ifBlock(service, function parseService_block(token3) {
          if (parseCommon(service, token3, depth)) {
            return;
          }
          if (token3 === ";")
            return;
          if (token3 === "rpc")
            parseMethod(service, token3);
          else
            throw illegal(token3);
        });
        parent.add(service);
        if (parent === ptr) {
          topLevelObjects.push(service);
        }
      }
      function parseMethod(parent, token2) {
        var commentText = cmnt();
        var type = token2;
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var name = token2, requestType, requestStream, responseType, responseStream;
        skip("(");
        if (skip("stream", true))
          requestStream = true;
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2);
        requestType = token2;
        skip(")");
        skip("returns");
        skip("(");
        if (skip("stream", true))
          responseStream = true;
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2);
        responseType = token2;
        skip(")");
        var method = new Method(name, type, requestType, responseType, requestStream, responseStream);
        method.comment = commentText;
        ifBlock(method, function parseMethod_block(token3) {
          if (token3 === ";")
            return;
          if (token3 === "option") {
            parseOption(method, token3);
            skip(";");
          } else
            throw illegal(token3);
        });
        parent.add(method);
      }
      function parseExtension(parent, token2, depth) {
        if ((token2 = next()) === null || !typeRefRe.test(token2))
          throw illegal(token2, "reference");
        var reference = token2;
        ifBlock(null, function parseExtension_block(token3) {
          switch (token3) {
            case "required":
            case "repeated":
              parseField(parent, token3, reference, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(parent, "proto3_optional", reference, depth + 1);
              } else {
                parseField(parent, "optional", reference, depth + 1);
              }
              break;
            default:
              if (edition === "proto2" || !typeRefRe.test(token3))
                throw illegal(token3);
              push(token3);
              parseField(parent, "optional", reference, depth + 1);
              break;
          }
        });
      }
      var token;
      while ((token = next()) !== null) {
        switch (token) {
          case ";":
            break;
          case "package":
            if (!head)
              throw illegal(token);
            parsePackage();
            break;
          case "import":
            parseImport();
            break;
          case "syntax":
            if (!head)
              throw illegal(token);
            parseSyntax();
            break;
          case "edition":
            if (!head)
              throw illegal(token);
            parseEdition();
            break;
          case "option":
            parseOption(ptr, token);
            skip(";", true);
            break;
          default:
            if (parseCommon(ptr, token, 0)) {
              head = false;
              continue;
            }
            throw illegal(token);
        }
      }
      resolveFileFeatures();
      parse3.filename = null;
      return {
        "package": pkg,
        "imports": imports,
        weakImports,
        root: root2
      };
    }
  }
});

// node_modules/protobufjs/src/common.js
var require_common = __commonJS({
  "node_modules/protobufjs/src/common.js"(exports2, module2) {
    "use strict";
    module2.exports = common;
    var commonRe = /\/|\./;
    function common(name, json) {
      if (!commonRe.test(name)) {
        name = "google/protobuf/" + name + ".proto";
        json = { nested: { google: { nested: { protobuf: { nested: json } } } } };
      }
      common[name] = json;
    }
    common("any", {
      /**
       * Properties of a google.protobuf.Any message.
       * @interface IAny
       * @type {Object}
       * @property {string} [typeUrl]
       * @property {Uint8Array} [bytes]
       * @memberof common
       */
      Any: {
        fields: {
          type_url: {
            type: "string",
            id: 1
          },
          value: {
            type: "bytes",
            id: 2
          }
        }
      }
    });
    var timeType;
    common("duration", {
      /**
       * Properties of a google.protobuf.Duration message.
       * @interface IDuration
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Duration: timeType = {
        fields: {
          seconds: {
            type: "int64",
            id: 1
          },
          nanos: {
            type: "int32",
            id: 2
          }
        }
      }
    });
    common("timestamp", {
      /**
       * Properties of a google.protobuf.Timestamp message.
       * @interface ITimestamp
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Timestamp: timeType
    });
    common("empty", {
      /**
       * Properties of a google.protobuf.Empty message.
       * @interface IEmpty
       * @memberof common
       */
      Empty: {
        fields: {}
      }
    });
    common("struct", {
      /**
       * Properties of a google.protobuf.Struct message.
       * @interface IStruct
       * @type {Object}
       * @property {Object.<string,IValue>} [fields]
       * @memberof common
       */
      Struct: {
        fields: {
          fields: {
            keyType: "string",
            type: "Value",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Value message.
       * @interface IValue
       * @type {Object}
       * @property {string} [kind]
       * @property {0} [nullValue]
       * @property {number} [numberValue]
       * @property {string} [stringValue]
       * @property {boolean} [boolValue]
       * @property {IStruct} [structValue]
       * @property {IListValue} [listValue]
       * @memberof common
       */
      Value: {
        oneofs: {
          kind: {
            oneof: [
              "nullValue",
              "numberValue",
              "stringValue",
              "boolValue",
              "structValue",
              "listValue"
            ]
          }
        },
        fields: {
          nullValue: {
            type: "NullValue",
            id: 1,
            protoName: "null_value"
          },
          numberValue: {
            type: "double",
            id: 2,
            protoName: "number_value"
          },
          stringValue: {
            type: "string",
            id: 3,
            protoName: "string_value"
          },
          boolValue: {
            type: "bool",
            id: 4,
            protoName: "bool_value"
          },
          structValue: {
            type: "Struct",
            id: 5,
            protoName: "struct_value"
          },
          listValue: {
            type: "ListValue",
            id: 6,
            protoName: "list_value"
          }
        }
      },
      NullValue: {
        values: {
          NULL_VALUE: 0
        }
      },
      /**
       * Properties of a google.protobuf.ListValue message.
       * @interface IListValue
       * @type {Object}
       * @property {Array.<IValue>} [values]
       * @memberof common
       */
      ListValue: {
        fields: {
          values: {
            rule: "repeated",
            type: "Value",
            id: 1
          }
        }
      }
    });
    common("wrappers", {
      /**
       * Properties of a google.protobuf.DoubleValue message.
       * @interface IDoubleValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      DoubleValue: {
        fields: {
          value: {
            type: "double",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.FloatValue message.
       * @interface IFloatValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      FloatValue: {
        fields: {
          value: {
            type: "float",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int64Value message.
       * @interface IInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      Int64Value: {
        fields: {
          value: {
            type: "int64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt64Value message.
       * @interface IUInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      UInt64Value: {
        fields: {
          value: {
            type: "uint64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int32Value message.
       * @interface IInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      Int32Value: {
        fields: {
          value: {
            type: "int32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt32Value message.
       * @interface IUInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      UInt32Value: {
        fields: {
          value: {
            type: "uint32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BoolValue message.
       * @interface IBoolValue
       * @type {Object}
       * @property {boolean} [value]
       * @memberof common
       */
      BoolValue: {
        fields: {
          value: {
            type: "bool",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.StringValue message.
       * @interface IStringValue
       * @type {Object}
       * @property {string} [value]
       * @memberof common
       */
      StringValue: {
        fields: {
          value: {
            type: "string",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BytesValue message.
       * @interface IBytesValue
       * @type {Object}
       * @property {Uint8Array} [value]
       * @memberof common
       */
      BytesValue: {
        fields: {
          value: {
            type: "bytes",
            id: 1
          }
        }
      }
    });
    common("field_mask", {
      /**
       * Properties of a google.protobuf.FieldMask message.
       * @interface IFieldMask
       * @type {Object}
       * @property {string[]} [paths]
       * @memberof common
       */
      FieldMask: {
        fields: {
          paths: {
            rule: "repeated",
            type: "string",
            id: 1
          }
        }
      }
    });
    common.get = function get(file) {
      return common[file] || null;
    };
  }
});

// node_modules/protobufjs/src/index.js
var require_src = __commonJS({
  "node_modules/protobufjs/src/index.js"(exports2, module2) {
    "use strict";
    exports2 = module2.exports = require_index_light();
    exports2.build = "full";
    exports2.tokenize = require_tokenize();
    exports2.parse = require_parse();
    exports2.common = require_common();
    exports2.Root._configure(exports2.Type, exports2.parse, exports2.common);
  }
});

// node_modules/protobufjs/index.js
var require_protobufjs = __commonJS({
  "node_modules/protobufjs/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_src();
  }
});

// bench/fuzz-bench.ts
var fs21 = __toESM(require("fs"));
var os5 = __toESM(require("os"));
var path20 = __toESM(require("path"));

// test/helpers/fuzz/corpus.ts
var fs4 = __toESM(require("fs"));
var path5 = __toESM(require("path"));

// src/engine/onnx/model-file.ts
var import_crypto = require("crypto");
var fs3 = __toESM(require("fs"));
var path3 = __toESM(require("path"));

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
var REFUSALS = {
  ENOSPC: "free space on that device, or point TMPDIR elsewhere",
  EDQUOT: "free space in your quota there, or point TMPDIR elsewhere",
  EFBIG: "the file system does not take files this large; point TMPDIR elsewhere",
  EMFILE: "raise the open-file limit (ulimit -n)",
  ENFILE: "the system has too many files open; close some programs",
  ENOMEM: "close other programs or use a smaller input",
  EACCES: "check the permissions of that folder",
  EPERM: "check the permissions of that folder",
  EROFS: "the folder is on a read-only file system; point TMPDIR elsewhere",
  EIO: "the device reported an input/output error"
};
function systemRefusal(err2, doing) {
  if (!(err2 instanceof Error)) return null;
  const e = err2;
  if (typeof e.code !== "string" || !(e.code in REFUSALS) || typeof e.syscall !== "string") return null;
  const what = /^E[A-Z0-9]+: ([^,]+)/.exec(e.message)?.[1] ?? e.code;
  const where = `${e.code}, ${e.syscall}${e.path ? ` '${e.path}'` : ""}`;
  const text = `${doing ? `while ${doing}, ` : ""}the system refused: ${what} (${where}); ${REFUSALS[e.code]}`;
  return new QuantLensError("system", text, void 0, { cause: err2 });
}

// src/engine/onnx/schema.ts
var protobuf = __toESM(require_protobufjs());

// node_modules/long/index.js
var wasm = null;
try {
  wasm = new WebAssembly.Instance(
    new WebAssembly.Module(
      new Uint8Array([
        // \0asm
        0,
        97,
        115,
        109,
        // version 1
        1,
        0,
        0,
        0,
        // section "type"
        1,
        13,
        2,
        // 0, () => i32
        96,
        0,
        1,
        127,
        // 1, (i32, i32, i32, i32) => i32
        96,
        4,
        127,
        127,
        127,
        127,
        1,
        127,
        // section "function"
        3,
        7,
        6,
        // 0, type 0
        0,
        // 1, type 1
        1,
        // 2, type 1
        1,
        // 3, type 1
        1,
        // 4, type 1
        1,
        // 5, type 1
        1,
        // section "global"
        6,
        6,
        1,
        // 0, "high", mutable i32
        127,
        1,
        65,
        0,
        11,
        // section "export"
        7,
        50,
        6,
        // 0, "mul"
        3,
        109,
        117,
        108,
        0,
        1,
        // 1, "div_s"
        5,
        100,
        105,
        118,
        95,
        115,
        0,
        2,
        // 2, "div_u"
        5,
        100,
        105,
        118,
        95,
        117,
        0,
        3,
        // 3, "rem_s"
        5,
        114,
        101,
        109,
        95,
        115,
        0,
        4,
        // 4, "rem_u"
        5,
        114,
        101,
        109,
        95,
        117,
        0,
        5,
        // 5, "get_high"
        8,
        103,
        101,
        116,
        95,
        104,
        105,
        103,
        104,
        0,
        0,
        // section "code"
        10,
        191,
        1,
        6,
        // 0, "get_high"
        4,
        0,
        35,
        0,
        11,
        // 1, "mul"
        36,
        1,
        1,
        126,
        32,
        0,
        173,
        32,
        1,
        173,
        66,
        32,
        134,
        132,
        32,
        2,
        173,
        32,
        3,
        173,
        66,
        32,
        134,
        132,
        126,
        34,
        4,
        66,
        32,
        135,
        167,
        36,
        0,
        32,
        4,
        167,
        11,
        // 2, "div_s"
        36,
        1,
        1,
        126,
        32,
        0,
        173,
        32,
        1,
        173,
        66,
        32,
        134,
        132,
        32,
        2,
        173,
        32,
        3,
        173,
        66,
        32,
        134,
        132,
        127,
        34,
        4,
        66,
        32,
        135,
        167,
        36,
        0,
        32,
        4,
        167,
        11,
        // 3, "div_u"
        36,
        1,
        1,
        126,
        32,
        0,
        173,
        32,
        1,
        173,
        66,
        32,
        134,
        132,
        32,
        2,
        173,
        32,
        3,
        173,
        66,
        32,
        134,
        132,
        128,
        34,
        4,
        66,
        32,
        135,
        167,
        36,
        0,
        32,
        4,
        167,
        11,
        // 4, "rem_s"
        36,
        1,
        1,
        126,
        32,
        0,
        173,
        32,
        1,
        173,
        66,
        32,
        134,
        132,
        32,
        2,
        173,
        32,
        3,
        173,
        66,
        32,
        134,
        132,
        129,
        34,
        4,
        66,
        32,
        135,
        167,
        36,
        0,
        32,
        4,
        167,
        11,
        // 5, "rem_u"
        36,
        1,
        1,
        126,
        32,
        0,
        173,
        32,
        1,
        173,
        66,
        32,
        134,
        132,
        32,
        2,
        173,
        32,
        3,
        173,
        66,
        32,
        134,
        132,
        130,
        34,
        4,
        66,
        32,
        135,
        167,
        36,
        0,
        32,
        4,
        167,
        11
      ])
    ),
    {}
  ).exports;
} catch {
}
function Long(low, high, unsigned) {
  this.low = low | 0;
  this.high = high | 0;
  this.unsigned = !!unsigned;
}
Long.prototype.__isLong__;
Object.defineProperty(Long.prototype, "__isLong__", { value: true });
function isLong(obj) {
  return (obj && obj["__isLong__"]) === true;
}
function ctz32(value) {
  var c = Math.clz32(value & -value);
  return value ? 31 - c : c;
}
Long.isLong = isLong;
var INT_CACHE = {};
var UINT_CACHE = {};
function fromInt(value, unsigned) {
  var obj, cachedObj, cache;
  if (unsigned) {
    value >>>= 0;
    if (cache = 0 <= value && value < 256) {
      cachedObj = UINT_CACHE[value];
      if (cachedObj) return cachedObj;
    }
    obj = fromBits(value, 0, true);
    if (cache) UINT_CACHE[value] = obj;
    return obj;
  } else {
    value |= 0;
    if (cache = -128 <= value && value < 128) {
      cachedObj = INT_CACHE[value];
      if (cachedObj) return cachedObj;
    }
    obj = fromBits(value, value < 0 ? -1 : 0, false);
    if (cache) INT_CACHE[value] = obj;
    return obj;
  }
}
Long.fromInt = fromInt;
function fromNumber(value, unsigned) {
  if (isNaN(value)) return unsigned ? UZERO : ZERO;
  if (unsigned) {
    if (value < 0) return UZERO;
    if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
  } else {
    if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
    if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
  }
  if (value < 0) return fromNumber(-value, unsigned).neg();
  return fromBits(
    value % TWO_PWR_32_DBL | 0,
    value / TWO_PWR_32_DBL | 0,
    unsigned
  );
}
Long.fromNumber = fromNumber;
function fromBits(lowBits, highBits, unsigned) {
  return new Long(lowBits, highBits, unsigned);
}
Long.fromBits = fromBits;
var pow_dbl = Math.pow;
function fromString(str2, unsigned, radix) {
  if (str2.length === 0) throw Error("empty string");
  if (typeof unsigned === "number") {
    radix = unsigned;
    unsigned = false;
  } else {
    unsigned = !!unsigned;
  }
  if (str2 === "NaN" || str2 === "Infinity" || str2 === "+Infinity" || str2 === "-Infinity")
    return unsigned ? UZERO : ZERO;
  radix = radix || 10;
  if (radix < 2 || 36 < radix) throw RangeError("radix");
  var p;
  if ((p = str2.indexOf("-")) > 0) throw Error("interior hyphen");
  else if (p === 0) {
    return fromString(str2.substring(1), unsigned, radix).neg();
  }
  var radixToPower = fromNumber(pow_dbl(radix, 8));
  var result = ZERO;
  for (var i2 = 0; i2 < str2.length; i2 += 8) {
    var size2 = Math.min(8, str2.length - i2), value = parseInt(str2.substring(i2, i2 + size2), radix);
    if (size2 < 8) {
      var power = fromNumber(pow_dbl(radix, size2));
      result = result.mul(power).add(fromNumber(value));
    } else {
      result = result.mul(radixToPower);
      result = result.add(fromNumber(value));
    }
  }
  result.unsigned = unsigned;
  return result;
}
Long.fromString = fromString;
function fromValue(val, unsigned) {
  if (typeof val === "number") return fromNumber(val, unsigned);
  if (typeof val === "string") return fromString(val, unsigned);
  return fromBits(
    val.low,
    val.high,
    typeof unsigned === "boolean" ? unsigned : val.unsigned
  );
}
Long.fromValue = fromValue;
var TWO_PWR_16_DBL = 1 << 16;
var TWO_PWR_24_DBL = 1 << 24;
var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
var ZERO = fromInt(0);
Long.ZERO = ZERO;
var UZERO = fromInt(0, true);
Long.UZERO = UZERO;
var ONE = fromInt(1);
Long.ONE = ONE;
var UONE = fromInt(1, true);
Long.UONE = UONE;
var NEG_ONE = fromInt(-1);
Long.NEG_ONE = NEG_ONE;
var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
Long.MAX_VALUE = MAX_VALUE;
var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
Long.MIN_VALUE = MIN_VALUE;
var LongPrototype = Long.prototype;
LongPrototype.toInt = function toInt() {
  return this.unsigned ? this.low >>> 0 : this.low;
};
LongPrototype.toNumber = function toNumber() {
  if (this.unsigned)
    return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
  return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
};
LongPrototype.toString = function toString(radix) {
  radix = radix || 10;
  if (radix < 2 || 36 < radix) throw RangeError("radix");
  if (this.isZero()) return "0";
  if (this.isNegative()) {
    if (this.eq(MIN_VALUE)) {
      var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
      return div.toString(radix) + rem1.toInt().toString(radix);
    } else return "-" + this.neg().toString(radix);
  }
  var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
  var result = "";
  while (true) {
    var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
    rem = remDiv;
    if (rem.isZero()) return digits + result;
    else {
      while (digits.length < 6) digits = "0" + digits;
      result = "" + digits + result;
    }
  }
};
LongPrototype.getHighBits = function getHighBits() {
  return this.high;
};
LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
  return this.high >>> 0;
};
LongPrototype.getLowBits = function getLowBits() {
  return this.low;
};
LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
  return this.low >>> 0;
};
LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
  if (this.isNegative())
    return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
  var val = this.high != 0 ? this.high : this.low;
  for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
  return this.high != 0 ? bit + 33 : bit + 1;
};
LongPrototype.isSafeInteger = function isSafeInteger() {
  var top11Bits = this.high >> 21;
  if (!top11Bits) return true;
  if (this.unsigned) return false;
  return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
};
LongPrototype.isZero = function isZero() {
  return this.high === 0 && this.low === 0;
};
LongPrototype.eqz = LongPrototype.isZero;
LongPrototype.isNegative = function isNegative() {
  return !this.unsigned && this.high < 0;
};
LongPrototype.isPositive = function isPositive() {
  return this.unsigned || this.high >= 0;
};
LongPrototype.isOdd = function isOdd() {
  return (this.low & 1) === 1;
};
LongPrototype.isEven = function isEven() {
  return (this.low & 1) === 0;
};
LongPrototype.equals = function equals(other) {
  if (!isLong(other)) other = fromValue(other);
  if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
    return false;
  return this.high === other.high && this.low === other.low;
};
LongPrototype.eq = LongPrototype.equals;
LongPrototype.notEquals = function notEquals(other) {
  return !this.eq(
    /* validates */
    other
  );
};
LongPrototype.neq = LongPrototype.notEquals;
LongPrototype.ne = LongPrototype.notEquals;
LongPrototype.lessThan = function lessThan(other) {
  return this.comp(
    /* validates */
    other
  ) < 0;
};
LongPrototype.lt = LongPrototype.lessThan;
LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
  return this.comp(
    /* validates */
    other
  ) <= 0;
};
LongPrototype.lte = LongPrototype.lessThanOrEqual;
LongPrototype.le = LongPrototype.lessThanOrEqual;
LongPrototype.greaterThan = function greaterThan(other) {
  return this.comp(
    /* validates */
    other
  ) > 0;
};
LongPrototype.gt = LongPrototype.greaterThan;
LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
  return this.comp(
    /* validates */
    other
  ) >= 0;
};
LongPrototype.gte = LongPrototype.greaterThanOrEqual;
LongPrototype.ge = LongPrototype.greaterThanOrEqual;
LongPrototype.compare = function compare(other) {
  if (!isLong(other)) other = fromValue(other);
  if (this.eq(other)) return 0;
  var thisNeg = this.isNegative(), otherNeg = other.isNegative();
  if (thisNeg && !otherNeg) return -1;
  if (!thisNeg && otherNeg) return 1;
  if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
  return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
};
LongPrototype.comp = LongPrototype.compare;
LongPrototype.negate = function negate() {
  if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
  return this.not().add(ONE);
};
LongPrototype.neg = LongPrototype.negate;
LongPrototype.add = function add(addend) {
  if (!isLong(addend)) addend = fromValue(addend);
  var a48 = this.high >>> 16;
  var a32 = this.high & 65535;
  var a16 = this.low >>> 16;
  var a00 = this.low & 65535;
  var b48 = addend.high >>> 16;
  var b32 = addend.high & 65535;
  var b16 = addend.low >>> 16;
  var b00 = addend.low & 65535;
  var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
  c00 += a00 + b00;
  c16 += c00 >>> 16;
  c00 &= 65535;
  c16 += a16 + b16;
  c32 += c16 >>> 16;
  c16 &= 65535;
  c32 += a32 + b32;
  c48 += c32 >>> 16;
  c32 &= 65535;
  c48 += a48 + b48;
  c48 &= 65535;
  return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
};
LongPrototype.subtract = function subtract(subtrahend) {
  if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
  return this.add(subtrahend.neg());
};
LongPrototype.sub = LongPrototype.subtract;
LongPrototype.multiply = function multiply(multiplier) {
  if (this.isZero()) return this;
  if (!isLong(multiplier)) multiplier = fromValue(multiplier);
  if (wasm) {
    var low = wasm["mul"](this.low, this.high, multiplier.low, multiplier.high);
    return fromBits(low, wasm["get_high"](), this.unsigned);
  }
  if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
  if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
  if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
  if (this.isNegative()) {
    if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
    else return this.neg().mul(multiplier).neg();
  } else if (multiplier.isNegative()) return this.mul(multiplier.neg()).neg();
  if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
    return fromNumber(this.toNumber() * multiplier.toNumber(), this.unsigned);
  var a48 = this.high >>> 16;
  var a32 = this.high & 65535;
  var a16 = this.low >>> 16;
  var a00 = this.low & 65535;
  var b48 = multiplier.high >>> 16;
  var b32 = multiplier.high & 65535;
  var b16 = multiplier.low >>> 16;
  var b00 = multiplier.low & 65535;
  var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
  c00 += a00 * b00;
  c16 += c00 >>> 16;
  c00 &= 65535;
  c16 += a16 * b00;
  c32 += c16 >>> 16;
  c16 &= 65535;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 65535;
  c32 += a32 * b00;
  c48 += c32 >>> 16;
  c32 &= 65535;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 65535;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 65535;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 65535;
  return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
};
LongPrototype.mul = LongPrototype.multiply;
LongPrototype.divide = function divide(divisor) {
  if (!isLong(divisor)) divisor = fromValue(divisor);
  if (divisor.isZero()) throw Error("division by zero");
  if (wasm) {
    if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
      return this;
    }
    var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
      this.low,
      this.high,
      divisor.low,
      divisor.high
    );
    return fromBits(low, wasm["get_high"](), this.unsigned);
  }
  if (this.isZero()) return this.unsigned ? UZERO : ZERO;
  var approx, rem, res;
  if (!this.unsigned) {
    if (this.eq(MIN_VALUE)) {
      if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
        return MIN_VALUE;
      else if (divisor.eq(MIN_VALUE)) return ONE;
      else {
        var halfThis = this.shr(1);
        approx = halfThis.div(divisor).shl(1);
        if (approx.eq(ZERO)) {
          return divisor.isNegative() ? ONE : NEG_ONE;
        } else {
          rem = this.sub(divisor.mul(approx));
          res = approx.add(rem.div(divisor));
          return res;
        }
      }
    } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
    if (this.isNegative()) {
      if (divisor.isNegative()) return this.neg().div(divisor.neg());
      return this.neg().div(divisor).neg();
    } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
    res = ZERO;
  } else {
    if (!divisor.unsigned) divisor = divisor.toUnsigned();
    if (divisor.gt(this)) return UZERO;
    if (divisor.gt(this.shru(1)))
      return UONE;
    res = UZERO;
  }
  rem = this;
  while (rem.gte(divisor)) {
    approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
    var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
    while (approxRem.isNegative() || approxRem.gt(rem)) {
      approx -= delta;
      approxRes = fromNumber(approx, this.unsigned);
      approxRem = approxRes.mul(divisor);
    }
    if (approxRes.isZero()) approxRes = ONE;
    res = res.add(approxRes);
    rem = rem.sub(approxRem);
  }
  return res;
};
LongPrototype.div = LongPrototype.divide;
LongPrototype.modulo = function modulo(divisor) {
  if (!isLong(divisor)) divisor = fromValue(divisor);
  if (wasm) {
    var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
      this.low,
      this.high,
      divisor.low,
      divisor.high
    );
    return fromBits(low, wasm["get_high"](), this.unsigned);
  }
  return this.sub(this.div(divisor).mul(divisor));
};
LongPrototype.mod = LongPrototype.modulo;
LongPrototype.rem = LongPrototype.modulo;
LongPrototype.not = function not() {
  return fromBits(~this.low, ~this.high, this.unsigned);
};
LongPrototype.countLeadingZeros = function countLeadingZeros() {
  return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
};
LongPrototype.clz = LongPrototype.countLeadingZeros;
LongPrototype.countTrailingZeros = function countTrailingZeros() {
  return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
};
LongPrototype.ctz = LongPrototype.countTrailingZeros;
LongPrototype.and = function and(other) {
  if (!isLong(other)) other = fromValue(other);
  return fromBits(this.low & other.low, this.high & other.high, this.unsigned);
};
LongPrototype.or = function or(other) {
  if (!isLong(other)) other = fromValue(other);
  return fromBits(this.low | other.low, this.high | other.high, this.unsigned);
};
LongPrototype.xor = function xor(other) {
  if (!isLong(other)) other = fromValue(other);
  return fromBits(this.low ^ other.low, this.high ^ other.high, this.unsigned);
};
LongPrototype.shiftLeft = function shiftLeft(numBits) {
  if (isLong(numBits)) numBits = numBits.toInt();
  if ((numBits &= 63) === 0) return this;
  else if (numBits < 32)
    return fromBits(
      this.low << numBits,
      this.high << numBits | this.low >>> 32 - numBits,
      this.unsigned
    );
  else return fromBits(0, this.low << numBits - 32, this.unsigned);
};
LongPrototype.shl = LongPrototype.shiftLeft;
LongPrototype.shiftRight = function shiftRight(numBits) {
  if (isLong(numBits)) numBits = numBits.toInt();
  if ((numBits &= 63) === 0) return this;
  else if (numBits < 32)
    return fromBits(
      this.low >>> numBits | this.high << 32 - numBits,
      this.high >> numBits,
      this.unsigned
    );
  else
    return fromBits(
      this.high >> numBits - 32,
      this.high >= 0 ? 0 : -1,
      this.unsigned
    );
};
LongPrototype.shr = LongPrototype.shiftRight;
LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
  if (isLong(numBits)) numBits = numBits.toInt();
  if ((numBits &= 63) === 0) return this;
  if (numBits < 32)
    return fromBits(
      this.low >>> numBits | this.high << 32 - numBits,
      this.high >>> numBits,
      this.unsigned
    );
  if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
  return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
};
LongPrototype.shru = LongPrototype.shiftRightUnsigned;
LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
LongPrototype.rotateLeft = function rotateLeft(numBits) {
  var b;
  if (isLong(numBits)) numBits = numBits.toInt();
  if ((numBits &= 63) === 0) return this;
  if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
  if (numBits < 32) {
    b = 32 - numBits;
    return fromBits(
      this.low << numBits | this.high >>> b,
      this.high << numBits | this.low >>> b,
      this.unsigned
    );
  }
  numBits -= 32;
  b = 32 - numBits;
  return fromBits(
    this.high << numBits | this.low >>> b,
    this.low << numBits | this.high >>> b,
    this.unsigned
  );
};
LongPrototype.rotl = LongPrototype.rotateLeft;
LongPrototype.rotateRight = function rotateRight(numBits) {
  var b;
  if (isLong(numBits)) numBits = numBits.toInt();
  if ((numBits &= 63) === 0) return this;
  if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
  if (numBits < 32) {
    b = 32 - numBits;
    return fromBits(
      this.high << b | this.low >>> numBits,
      this.low << b | this.high >>> numBits,
      this.unsigned
    );
  }
  numBits -= 32;
  b = 32 - numBits;
  return fromBits(
    this.low << b | this.high >>> numBits,
    this.high << b | this.low >>> numBits,
    this.unsigned
  );
};
LongPrototype.rotr = LongPrototype.rotateRight;
LongPrototype.toSigned = function toSigned() {
  if (!this.unsigned) return this;
  return fromBits(this.low, this.high, false);
};
LongPrototype.toUnsigned = function toUnsigned() {
  if (this.unsigned) return this;
  return fromBits(this.low, this.high, true);
};
LongPrototype.toBytes = function toBytes(le) {
  return le ? this.toBytesLE() : this.toBytesBE();
};
LongPrototype.toBytesLE = function toBytesLE() {
  var hi = this.high, lo = this.low;
  return [
    lo & 255,
    lo >>> 8 & 255,
    lo >>> 16 & 255,
    lo >>> 24,
    hi & 255,
    hi >>> 8 & 255,
    hi >>> 16 & 255,
    hi >>> 24
  ];
};
LongPrototype.toBytesBE = function toBytesBE() {
  var hi = this.high, lo = this.low;
  return [
    hi >>> 24,
    hi >>> 16 & 255,
    hi >>> 8 & 255,
    hi & 255,
    lo >>> 24,
    lo >>> 16 & 255,
    lo >>> 8 & 255,
    lo & 255
  ];
};
Long.fromBytes = function fromBytes(bytes, unsigned, le) {
  return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
};
Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
  return new Long(
    bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
    bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
    unsigned
  );
};
Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
  return new Long(
    bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
    bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
    unsigned
  );
};
if (typeof BigInt === "function") {
  Long.fromBigInt = function fromBigInt(value, unsigned) {
    var lowBits = Number(BigInt.asIntN(32, value));
    var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
    return fromBits(lowBits, highBits, unsigned);
  };
  Long.fromValue = function fromValueWithBigInt(value, unsigned) {
    if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
    return fromValue(value, unsigned);
  };
  LongPrototype.toBigInt = function toBigInt() {
    var lowBigInt = BigInt(this.low >>> 0);
    var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
    return highBigInt << BigInt(32) | lowBigInt;
  };
}
var long_default = Long;

// src/engine/onnx/onnx.proto
var onnx_default = '// The ONNX model schema (field numbers as published by the ONNX project, onnx/onnx.proto, IR version 10).\n// Written out in full so that reading and re-writing a model keeps every field: protobufjs drops fields it does\n// not know.\nsyntax = "proto2";\npackage onnx;\n\nmessage AttributeProto {\n  enum AttributeType {\n    UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5; SPARSE_TENSOR = 11; TYPE_PROTO = 13;\n    FLOATS = 6; INTS = 7; STRINGS = 8; TENSORS = 9; GRAPHS = 10; SPARSE_TENSORS = 12; TYPE_PROTOS = 14;\n  }\n  optional string name = 1;\n  optional string ref_attr_name = 21;\n  optional string doc_string = 13;\n  optional AttributeType type = 20;\n  optional float f = 2;\n  optional int64 i = 3;\n  optional bytes s = 4;\n  optional TensorProto t = 5;\n  optional GraphProto g = 6;\n  optional SparseTensorProto sparse_tensor = 22;\n  optional TypeProto tp = 14;\n  repeated float floats = 7;\n  repeated int64 ints = 8;\n  repeated bytes strings = 9;\n  repeated TensorProto tensors = 10;\n  repeated GraphProto graphs = 11;\n  repeated SparseTensorProto sparse_tensors = 23;\n  repeated TypeProto type_protos = 15;\n}\n\nmessage ValueInfoProto {\n  optional string name = 1;\n  optional TypeProto type = 2;\n  optional string doc_string = 3;\n  repeated StringStringEntryProto metadata_props = 4;\n}\n\nmessage NodeProto {\n  repeated string input = 1;\n  repeated string output = 2;\n  optional string name = 3;\n  optional string op_type = 4;\n  optional string domain = 7;\n  optional string overload = 8;\n  repeated AttributeProto attribute = 5;\n  optional string doc_string = 6;\n  repeated StringStringEntryProto metadata_props = 9;\n  repeated NodeDeviceConfigurationProto device_configurations = 10;\n}\n\nmessage IntIntListEntryProto {\n  optional int64 key = 1;\n  repeated int64 value = 2;\n}\n\nmessage NodeDeviceConfigurationProto {\n  optional string configuration_id = 1;\n  repeated ShardingSpecProto sharding_spec = 2;\n  optional int32 pipeline_stage = 3;\n}\n\nmessage ShardingSpecProto {\n  optional string tensor_name = 1;\n  repeated int64 device = 2;\n  repeated IntIntListEntryProto index_to_device_group_map = 3;\n  repeated ShardedDimProto sharded_dim = 4;\n}\n\nmessage ShardedDimProto {\n  optional int64 axis = 1;\n  repeated SimpleShardedDimProto simple_sharding = 2;\n}\n\nmessage SimpleShardedDimProto {\n  oneof dim {\n    int64 dim_value = 1;\n    string dim_param = 2;\n  }\n  optional int64 num_shards = 3;\n}\n\nmessage TrainingInfoProto {\n  optional GraphProto initialization = 1;\n  optional GraphProto algorithm = 2;\n  repeated StringStringEntryProto initialization_binding = 3;\n  repeated StringStringEntryProto update_binding = 4;\n}\n\nmessage ModelProto {\n  optional int64 ir_version = 1;\n  repeated OperatorSetIdProto opset_import = 8;\n  optional string producer_name = 2;\n  optional string producer_version = 3;\n  optional string domain = 4;\n  optional int64 model_version = 5;\n  optional string doc_string = 6;\n  optional GraphProto graph = 7;\n  repeated StringStringEntryProto metadata_props = 14;\n  repeated TrainingInfoProto training_info = 20;\n  repeated FunctionProto functions = 25;\n  repeated DeviceConfigurationProto configuration = 26;\n}\n\nmessage DeviceConfigurationProto {\n  optional string name = 1;\n  optional int32 num_devices = 2;\n  repeated string device = 3;\n}\n\nmessage StringStringEntryProto {\n  optional string key = 1;\n  optional string value = 2;\n}\n\nmessage TensorAnnotation {\n  optional string tensor_name = 1;\n  repeated StringStringEntryProto quant_parameter_tensor_names = 2;\n}\n\nmessage GraphProto {\n  repeated NodeProto node = 1;\n  optional string name = 2;\n  repeated TensorProto initializer = 5;\n  repeated SparseTensorProto sparse_initializer = 15;\n  optional string doc_string = 10;\n  repeated ValueInfoProto input = 11;\n  repeated ValueInfoProto output = 12;\n  repeated ValueInfoProto value_info = 13;\n  repeated TensorAnnotation quantization_annotation = 14;\n  repeated StringStringEntryProto metadata_props = 16;\n}\n\nmessage TensorProto {\n  enum DataType {\n    UNDEFINED = 0; FLOAT = 1; UINT8 = 2; INT8 = 3; UINT16 = 4; INT16 = 5; INT32 = 6; INT64 = 7; STRING = 8;\n    BOOL = 9; FLOAT16 = 10; DOUBLE = 11; UINT32 = 12; UINT64 = 13; COMPLEX64 = 14; COMPLEX128 = 15; BFLOAT16 = 16;\n    FLOAT8E4M3FN = 17; FLOAT8E4M3FNUZ = 18; FLOAT8E5M2 = 19; FLOAT8E5M2FNUZ = 20; UINT4 = 21; INT4 = 22;\n    FLOAT4E2M1 = 23; FLOAT8E8M0 = 24; UINT2 = 25; INT2 = 26;\n  }\n  repeated int64 dims = 1;\n  optional int32 data_type = 2;\n  message Segment {\n    optional int64 begin = 1;\n    optional int64 end = 2;\n  }\n  optional Segment segment = 3;\n  repeated float float_data = 4 [packed = true];\n  repeated int32 int32_data = 5 [packed = true];\n  repeated bytes string_data = 6;\n  repeated int64 int64_data = 7 [packed = true];\n  optional string name = 8;\n  optional string doc_string = 12;\n  optional bytes raw_data = 9;\n  repeated StringStringEntryProto external_data = 13;\n  enum DataLocation {\n    DEFAULT = 0;\n    EXTERNAL = 1;\n  }\n  optional DataLocation data_location = 14;\n  repeated double double_data = 10 [packed = true];\n  repeated uint64 uint64_data = 11 [packed = true];\n  repeated StringStringEntryProto metadata_props = 16;\n}\n\nmessage SparseTensorProto {\n  optional TensorProto values = 1;\n  optional TensorProto indices = 2;\n  repeated int64 dims = 3;\n}\n\nmessage TensorShapeProto {\n  message Dimension {\n    oneof value {\n      int64 dim_value = 1;\n      string dim_param = 2;\n    }\n    optional string denotation = 3;\n  }\n  repeated Dimension dim = 1;\n}\n\nmessage TypeProto {\n  message Tensor {\n    optional int32 elem_type = 1;\n    optional TensorShapeProto shape = 2;\n  }\n  message Sequence {\n    optional TypeProto elem_type = 1;\n  }\n  message Map {\n    optional int32 key_type = 1;\n    optional TypeProto value_type = 2;\n  }\n  message Optional {\n    optional TypeProto elem_type = 1;\n  }\n  message SparseTensor {\n    optional int32 elem_type = 1;\n    optional TensorShapeProto shape = 2;\n  }\n  oneof value {\n    Tensor tensor_type = 1;\n    Sequence sequence_type = 4;\n    Map map_type = 5;\n    Optional optional_type = 9;\n    SparseTensor sparse_tensor_type = 8;\n  }\n  optional string denotation = 6;\n}\n\nmessage OperatorSetIdProto {\n  optional string domain = 1;\n  optional int64 version = 2;\n}\n\nenum OperatorStatus {\n  EXPERIMENTAL = 0;\n  STABLE = 1;\n}\n\nmessage FunctionProto {\n  optional string name = 1;\n  repeated string input = 4;\n  repeated string output = 5;\n  repeated string attribute = 6;\n  repeated AttributeProto attribute_proto = 11;\n  repeated NodeProto node = 7;\n  optional string doc_string = 8;\n  repeated OperatorSetIdProto opset_import = 9;\n  optional string domain = 10;\n  optional string overload = 13;\n  repeated ValueInfoProto value_info = 12;\n  repeated StringStringEntryProto metadata_props = 14;\n}\n';

// src/engine/onnx/schema.ts
var ATTR = {
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
  TENSORS: 9,
  GRAPHS: 10,
  SPARSE_TENSOR: 11,
  SPARSE_TENSORS: 12,
  TYPE_PROTO: 13,
  TYPE_PROTOS: 14
};
protobuf.util.Long = long_default;
protobuf.configure();
var root = protobuf.parse(onnx_default, { keepCase: true }).root;
var ModelProto = root.lookupType("onnx.ModelProto");
var TensorProto = root.lookupType("onnx.TensorProto");
var GraphProto = root.lookupType("onnx.GraphProto");
var NodeProto = root.lookupType("onnx.NodeProto");
var AttributeProto = root.lookupType("onnx.AttributeProto");
var ValueInfoProto = root.lookupType("onnx.ValueInfoProto");
function num(v) {
  if (v === void 0 || v === null) return 0;
  return typeof v === "number" ? v : v.toNumber();
}
function bigint(v) {
  return typeof v === "number" ? BigInt(v) : BigInt(v.toString());
}
function make(type, fields) {
  return type.fromObject(fields);
}

// src/engine/onnx/dtype.ts
var CODES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  14: "complex64",
  15: "complex128",
  16: "bfloat16",
  17: "float8e4m3fn",
  18: "float8e4m3fnuz",
  19: "float8e5m2",
  20: "float8e5m2fnuz",
  21: "uint4",
  22: "int4",
  23: "float4e2m1",
  24: "float8e8m0",
  25: "uint2",
  26: "int2"
};
var NAMES = new Map(Object.entries(CODES).map(([k, v]) => [v, Number(k)]));
function dtypeFromCode(code) {
  return CODES[code];
}
function dtypeCode(dtype2) {
  const code = NAMES.get(dtype2);
  if (code === void 0) throw new Error(`unknown dtype ${dtype2}`);
  return code;
}
function isDType(name) {
  return NAMES.has(name);
}
function bitsPerElement(dtype2) {
  switch (dtype2) {
    case "float64":
    case "int64":
    case "uint64":
    case "complex64":
      return 64;
    case "complex128":
      return 128;
    case "float32":
    case "int32":
    case "uint32":
      return 32;
    case "float16":
    case "bfloat16":
    case "int16":
    case "uint16":
      return 16;
    case "uint4":
    case "int4":
    case "float4e2m1":
      return 4;
    case "uint2":
    case "int2":
      return 2;
    case "string":
      return 0;
    default:
      return 8;
  }
}
function integerRange(dtype2) {
  switch (dtype2) {
    case "int8":
      return { min: -128, max: 127 };
    case "uint8":
      return { min: 0, max: 255 };
    case "int16":
      return { min: -32768, max: 32767 };
    case "uint16":
      return { min: 0, max: 65535 };
    case "int32":
      return { min: -2147483648, max: 2147483647 };
    case "uint32":
      return { min: 0, max: 4294967295 };
    case "int4":
      return { min: -8, max: 7 };
    case "uint4":
      return { min: 0, max: 15 };
    case "int2":
      return { min: -2, max: 1 };
    case "uint2":
      return { min: 0, max: 3 };
    default:
      return void 0;
  }
}
function isFloat(dtype2) {
  return dtype2 === "float32" || dtype2 === "float64" || dtype2 === "float16" || dtype2 === "bfloat16" || dtype2.startsWith("float8") || dtype2 === "float4e2m1";
}

// src/engine/io/file-bytes.ts
var fs = __toESM(require("fs"));
var path = __toESM(require("path"));
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
function writeFileAtomic(file, data) {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, abs);
  } catch (err2) {
    if (fs.existsSync(tmp)) fs.rmSync(tmp);
    throw badInput(file, `cannot write: ${errorMessage(err2)}`);
  }
}

// src/engine/validate/problem.ts
function nodeLabel(n, index) {
  const op = n.domain && n.domain !== "ai.onnx" ? `${n.domain}:${n.op_type}` : n.op_type;
  return n.name ? `node '${n.name}' (${op || "no op type"})` : `node #${index} (${op || "no op type"}, unnamed)`;
}
function invalid(ctx, message, place = {}) {
  return badInput(ctx.file, `invalid model${ctx.where}: ${message}`, place);
}

// src/engine/validate/opset-rules.ts
function checkOpsets(model, ctx) {
  const imported = /* @__PURE__ */ new Set();
  for (const o of model.opset_import) {
    const domain = o.domain === "ai.onnx" ? "" : o.domain ?? "";
    const version = num(o.version);
    const name = domain || "ai.onnx (the default domain)";
    if (imported.has(domain)) throw invalid(ctx, `opset_import lists domain ${name} twice`);
    if (!Number.isSafeInteger(version) || version < 1) throw invalid(ctx, `opset_import gives domain ${name} version ${String(o.version)}; versions start at 1`);
    imported.add(domain);
  }
  for (const f2 of model.functions) imported.add(f2.domain === "ai.onnx" ? "" : f2.domain ?? "");
  return imported;
}
function checkNodeDomain(n, index, imported, ctx) {
  if (!n.op_type) throw invalid(ctx, `${nodeLabel(n, index)} has no op type`, { node: n.name });
  const domain = n.domain === "ai.onnx" ? "" : n.domain ?? "";
  if (!imported.has(domain)) {
    throw invalid(ctx, `${nodeLabel(n, index)} is in domain '${domain || "ai.onnx"}', which the model does not import (opset_import has: ${[...imported].map((d) => d || "ai.onnx").join(", ") || "nothing"})`, { node: n.name });
  }
}

// src/engine/onnx/external-data.ts
var fs2 = __toESM(require("fs"));
var path2 = __toESM(require("path"));

// src/engine/onnx/tensor-codec.ts
function elementCount(dims) {
  return dims.reduce((a, b) => a * b, 1);
}
function slotsPerElement(dtype2) {
  return dtype2 === "complex64" || dtype2 === "complex128" ? 2 : 1;
}
function allocate(dtype2, count2) {
  const n = count2 * slotsPerElement(dtype2);
  switch (dtype2) {
    case "float32":
    case "complex64":
      return new Float32Array(n);
    case "float64":
    case "complex128":
      return new Float64Array(n);
    case "int8":
    case "int4":
    case "int2":
      return new Int8Array(n);
    case "int16":
      return new Int16Array(n);
    case "uint16":
    case "float16":
    case "bfloat16":
      return new Uint16Array(n);
    case "int32":
      return new Int32Array(n);
    case "uint32":
      return new Uint32Array(n);
    case "int64":
      return new BigInt64Array(n);
    case "uint64":
      return new BigUint64Array(n);
    case "string":
      return new Array(n).fill("");
    default:
      return new Uint8Array(n);
  }
}
function fromLittleEndian(dtype2, bytes, count2) {
  const bits2 = bitsPerElement(dtype2);
  if (bits2 < 8) return unpackSubByte(dtype2, bytes, count2);
  const slotBytes = bits2 / 8 / slotsPerElement(dtype2);
  const need2 = count2 * slotsPerElement(dtype2) * slotBytes;
  if (bytes.length < need2) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need2}`);
  const out = allocate(dtype2, count2);
  new Uint8Array(out.buffer, out.byteOffset, need2).set(bytes.subarray(0, need2));
  return out;
}
function unpackSubByte(dtype2, bytes, count2) {
  const bits2 = bitsPerElement(dtype2);
  const perByte = 8 / bits2;
  const need2 = Math.ceil(count2 / perByte);
  if (bytes.length < need2) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need2}`);
  const out = allocate(dtype2, count2);
  const mask = (1 << bits2) - 1;
  const signed = dtype2 === "int4" || dtype2 === "int2";
  for (let i2 = 0; i2 < count2; i2++) {
    let v = bytes[Math.floor(i2 / perByte)] >> i2 % perByte * bits2 & mask;
    if (signed && v >= 1 << bits2 - 1) v -= 1 << bits2;
    out[i2] = v;
  }
  return out;
}
function packSubByte(dtype2, data) {
  const bits2 = bitsPerElement(dtype2);
  const perByte = 8 / bits2;
  const out = new Uint8Array(Math.ceil(data.length / perByte));
  const mask = (1 << bits2) - 1;
  for (let i2 = 0; i2 < data.length; i2++) out[Math.floor(i2 / perByte)] |= (data[i2] & mask) << i2 % perByte * bits2;
  return out;
}
function toLittleEndian(t) {
  if (t.dtype === "string") throw new Error("string tensors have no raw form");
  if (bitsPerElement(t.dtype) < 8) return packSubByte(t.dtype, t.data);
  const a = t.data;
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
var utf8 = new TextDecoder("utf-8");
var externalReader = () => void 0;
function setExternalReader(reader) {
  externalReader = reader;
}
function decodeTensor(tp) {
  const dtype2 = dtypeFromCode(tp.data_type);
  if (!dtype2) throw new Error(`tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  const dims = tp.dims.map(num);
  if (dims.some((d) => d < 0 || !Number.isFinite(d))) throw new Error(`tensor '${tp.name}' has a negative dimension`);
  const count2 = elementCount(dims);
  const base = { name: tp.name || void 0, dtype: dtype2, dims };
  if (tp.data_location === 1 && !(tp.raw_data && tp.raw_data.length)) {
    const bytes = externalReader(tp);
    if (!bytes) throw new Error(`tensor '${tp.name}' keeps its data in an external file that was not loaded`);
    return { ...base, data: fromLittleEndian(dtype2, bytes, count2) };
  }
  if (dtype2 === "string") {
    if (tp.string_data.length !== count2) throw new Error(`tensor '${tp.name}' has ${tp.string_data.length} strings, dims need ${count2}`);
    return { ...base, data: tp.string_data.map((b) => utf8.decode(b)) };
  }
  if (tp.raw_data && tp.raw_data.length > 0) return { ...base, data: fromLittleEndian(dtype2, tp.raw_data, count2) };
  if (count2 === 0) return { ...base, data: allocate(dtype2, 0) };
  return { ...base, data: fromTypedField(tp, dtype2, count2) };
}
function expectLength(tp, field, have, need2) {
  if (have !== need2) throw new Error(`tensor '${tp.name}' has ${have} values in ${field}, its dims need ${need2}`);
}
function fromTypedField(tp, dtype2, count2) {
  const slots = count2 * slotsPerElement(dtype2);
  switch (dtype2) {
    case "float32":
    case "complex64":
      expectLength(tp, "float_data", tp.float_data.length, slots);
      return Float32Array.from(tp.float_data);
    case "float64":
    case "complex128":
      expectLength(tp, "double_data", tp.double_data.length, slots);
      return Float64Array.from(tp.double_data);
    case "int64":
      expectLength(tp, "int64_data", tp.int64_data.length, count2);
      return BigInt64Array.from(tp.int64_data, bigint);
    case "uint64":
      expectLength(tp, "uint64_data", tp.uint64_data.length, count2);
      return BigUint64Array.from(tp.uint64_data, (v) => BigInt.asUintN(64, bigint(v)));
    case "uint32":
      expectLength(tp, "uint64_data", tp.uint64_data.length, count2);
      return Uint32Array.from(tp.uint64_data, num);
    default: {
      const bits2 = bitsPerElement(dtype2);
      if (bits2 < 8) {
        const bytes = Uint8Array.from(tp.int32_data);
        return unpackSubByte(dtype2, bytes, count2);
      }
      expectLength(tp, "int32_data", tp.int32_data.length, count2);
      const out = allocate(dtype2, count2);
      for (let i2 = 0; i2 < count2; i2++) out[i2] = tp.int32_data[i2];
      return out;
    }
  }
}
function encodeTensor(t) {
  const fields = { dims: t.dims, data_type: dtypeCode(t.dtype), name: t.name ?? "" };
  if (t.dtype === "string") fields.string_data = t.data.map((s) => Buffer.from(s, "utf8"));
  else fields.raw_data = toLittleEndian(t);
  const msg = make(TensorProto, {});
  Object.assign(msg, fields);
  msg.dims = t.dims.map((d) => long_default.fromNumber(d));
  return msg;
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function float16BitsToNumber(h) {
  const s = h & 32768 ? -1 : 1;
  const e = h >> 10 & 31;
  const m = h & 1023;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}
function bfloat16BitsToNumber(b) {
  u32[0] = b << 16;
  return f32[0];
}
function numberToFloat16Bits(x2) {
  f32[0] = x2;
  const v = u32[0];
  const sign = v >>> 16 & 32768;
  const exp = v >>> 23 & 255;
  let mant = v & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift = 14 - e;
    let h2 = mant >> shift;
    const rem2 = mant & (1 << shift) - 1;
    const half = 1 << shift - 1;
    if (rem2 > half || rem2 === half && h2 & 1) h2++;
    return sign | h2;
  }
  let h = e << 10 | mant >> 13;
  const rem = mant & 8191;
  if (rem > 4096 || rem === 4096 && h & 1) h++;
  return sign | h;
}
function numberToBfloat16Bits(x2) {
  f32[0] = x2;
  const v = u32[0];
  if (Number.isNaN(x2)) return 32704;
  const rounded2 = v + 32767 + (v >>> 16 & 1);
  return rounded2 >>> 16 & 65535;
}
function toFloat32(t) {
  const d = t.data;
  if (t.dtype === "float32") return d;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ""}' holds strings, not numbers`);
  const out = new Float32Array(d.length);
  if (t.dtype === "float16") for (let i2 = 0; i2 < d.length; i2++) out[i2] = float16BitsToNumber(d[i2]);
  else if (t.dtype === "bfloat16") for (let i2 = 0; i2 < d.length; i2++) out[i2] = bfloat16BitsToNumber(d[i2]);
  else for (let i2 = 0; i2 < d.length; i2++) out[i2] = Number(d[i2]);
  return out;
}
function toNumbers(t) {
  return Array.from(toFloat32Exact(t));
}
function toFloat32Exact(t) {
  const d = t.data;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ""}' holds strings, not numbers`);
  if (t.dtype === "float16" || t.dtype === "bfloat16") return toFloat32(t);
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) return Array.from(d, Number);
  return d;
}

// src/engine/onnx/external-data.ts
var INLINE_LIMIT = 1024 * 1024;
var checkedFiles = /* @__PURE__ */ new Set();
var dataDirs = /* @__PURE__ */ new WeakMap();
function* graphTensors(graph) {
  for (const t of graph.initializer) yield t;
  for (const n of graph.node) {
    for (const a of n.attribute) {
      if (a.t && a.type === ATTR.TENSOR) yield a.t;
      for (const t of a.tensors ?? []) yield t;
      if (a.g && a.type === ATTR.GRAPH) yield* graphTensors(a.g);
      for (const g of a.graphs ?? []) yield* graphTensors(g);
    }
  }
}
function entry(entries, key2) {
  return entries.find((e) => e.key === key2)?.value;
}
function setEntry(t, key2, value) {
  const e = t.external_data.find((x2) => x2.key === key2);
  if (e) e.value = value;
  else t.external_data.push({ key: key2, value });
}
function resolveExternalLocation(dir, location, file, tensor3) {
  if (!location) throw badInput(file, `tensor '${tensor3}' has external data without a location`, { tensor: tensor3 });
  if (location.includes("\0")) throw badInput(file, `tensor '${tensor3}': external data location contains a NUL byte`, { tensor: tensor3 });
  if (path2.isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith("\\")) {
    throw badInput(file, `tensor '${tensor3}': external data location '${location}' is absolute; it must be a path inside the model's folder`, { tensor: tensor3 });
  }
  const target2 = path2.resolve(dir, location);
  const rel = path2.relative(dir, target2);
  if (rel === "" || rel.startsWith("..") || path2.isAbsolute(rel)) {
    throw badInput(file, `tensor '${tensor3}': external data location '${location}' escapes the model's folder`, { tensor: tensor3 });
  }
  let real;
  try {
    real = fs2.realpathSync(target2);
  } catch {
    throw badInput(file, `tensor '${tensor3}': external data file '${location}' is missing`, { tensor: tensor3 });
  }
  const realRel = path2.relative(fs2.realpathSync(dir), real);
  if (realRel === "" || realRel.startsWith("..") || path2.isAbsolute(realRel)) {
    throw badInput(file, `tensor '${tensor3}': external data location '${location}' is a link that leaves the model's folder`, { tensor: tensor3 });
  }
  if (!fs2.statSync(real).isFile()) throw badInput(file, `tensor '${tensor3}': external data location '${location}' is not a regular file`, { tensor: tensor3 });
  return real;
}
function externalRef(t, dir, file, sizes) {
  const location = entry(t.external_data, "location") ?? "";
  const real = resolveExternalLocation(dir, location, file, t.name);
  const dtype2 = dtypeFromCode(t.data_type);
  if (!dtype2 || dtype2 === "string") throw badInput(file, `tensor '${t.name}' keeps ${dtype2 ?? `data_type ${t.data_type}`} data in an external file, which ONNX does not allow`, { tensor: t.name });
  const count2 = t.dims.reduce((a, d) => a * num(d), 1);
  const expected = Math.ceil(count2 * bitsPerElement(dtype2) / 8);
  const offsetText = entry(t.external_data, "offset");
  const lengthText = entry(t.external_data, "length");
  const offset = offsetText === void 0 ? 0 : Number(offsetText);
  const length = lengthText === void 0 ? expected : Number(lengthText);
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw badInput(file, `tensor '${t.name}': bad external data offset/length (${offsetText ?? 0}, ${lengthText ?? expected})`, { tensor: t.name });
  }
  if (length !== expected) throw badInput(file, `tensor '${t.name}': external data length ${length} does not fit its dims [${t.dims.map(num)}] (${expected} bytes)`, { tensor: t.name });
  let size2 = sizes.get(real);
  if (size2 === void 0) {
    size2 = fs2.statSync(real).size;
    sizes.set(real, size2);
  }
  if (offset + length > size2) {
    throw badInput(file, `tensor '${t.name}': external data '${location}' is truncated (needs bytes ${offset}..${offset + length}, the file has ${size2})`, { tensor: t.name });
  }
  return { file: real, offset, length };
}
function streamBytes(ref, onChunk, chunk = 16 * 1024 * 1024) {
  const fd2 = fs2.openSync(ref.file, "r");
  try {
    const buf = Buffer.allocUnsafe(Math.min(chunk, Math.max(ref.length, 1)));
    for (let done = 0; done < ref.length; ) {
      const n = fs2.readSync(fd2, buf, 0, Math.min(buf.length, ref.length - done), ref.offset + done);
      if (n <= 0) throw new Error(`${ref.file} ended early`);
      onChunk(buf.subarray(0, n));
      done += n;
    }
  } finally {
    fs2.closeSync(fd2);
  }
}
function readBytes(ref) {
  const out = Buffer.alloc(ref.length);
  let at = 0;
  streamBytes(ref, (b) => {
    out.set(b, at);
    at += b.length;
  });
  return out;
}
function loadExternalData(model, dir, file, onChunk) {
  let any = false;
  const sizes = /* @__PURE__ */ new Map();
  for (const t of graphTensors(model.graph)) {
    if (t.data_location !== 1) continue;
    any = true;
    const ref = externalRef(t, dir, file, sizes);
    if (ref.length <= INLINE_LIMIT) {
      const bytes = readBytes(ref);
      onChunk(bytes);
      t.raw_data = bytes;
      t.data_location = 0;
      t.external_data = [];
      continue;
    }
    streamBytes(ref, onChunk);
    checkedFiles.add(ref.file);
    t.raw_data = new Uint8Array(0);
    setEntry(t, "location", ref.file);
    setEntry(t, "offset", String(ref.offset));
    setEntry(t, "length", String(ref.length));
  }
  return any;
}
function linkedRef(t) {
  if (t.data_location !== 1) return null;
  const location = entry(t.external_data, "location");
  if (!location || !path2.isAbsolute(location) || !checkedFiles.has(location)) return null;
  return { file: location, offset: Number(entry(t.external_data, "offset") ?? 0), length: Number(entry(t.external_data, "length") ?? 0) };
}
setExternalReader((t) => {
  const ref = linkedRef(t);
  return ref ? readBytes(ref) : void 0;
});
function commonFolder(files) {
  let dir = path2.dirname(files[0]);
  for (const f2 of files) {
    while (path2.relative(dir, f2).startsWith("..")) dir = path2.dirname(dir);
  }
  return dir;
}
function encodeWithExternalData(model, encode) {
  const linked = [...graphTensors(model.graph ?? { node: [], initializer: [] })].filter((t) => linkedRef(t));
  if (linked.length === 0) return encode(model);
  const dir = commonFolder(linked.map((t) => linkedRef(t).file));
  const absolute = linked.map((t) => entry(t.external_data, "location"));
  linked.forEach((t, i2) => setEntry(t, "location", path2.relative(dir, absolute[i2])));
  try {
    const bytes = encode(model);
    dataDirs.set(bytes, dir);
    return bytes;
  } finally {
    linked.forEach((t, i2) => setEntry(t, "location", absolute[i2]));
  }
}
function externalDataDirOf(bytes) {
  return dataDirs.get(bytes);
}
function copyLinked(ref, fd2, position) {
  let at = position;
  streamBytes(ref, (b) => {
    fs2.writeSync(fd2, b, 0, b.length, at);
    at += b.length;
  });
}

// src/engine/validate/tensor-rules.ts
var MAX_ELEMENTS = 2 ** 40;
function checkedDim(d, what, ctx, place) {
  const v = bigint(d);
  if (v < 0n) throw invalid(ctx, `${what} has a negative dimension (${v})`, place);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid(ctx, `${what} has a dimension of ${v}, beyond any real tensor`, place);
  return Number(v);
}
function checkedCount(dims, what, ctx, place) {
  let n = 1;
  for (const d of dims) n *= d;
  if (n > MAX_ELEMENTS) throw invalid(ctx, `${what} declares [${dims.join(", ")}]: ${n.toExponential(2)} elements, more than any machine holds`, place);
  return n;
}
function typedField(dtype2, count2) {
  switch (dtype2) {
    case "float32":
      return { field: "float_data", entries: count2 };
    case "complex64":
      return { field: "float_data", entries: 2 * count2 };
    case "float64":
      return { field: "double_data", entries: count2 };
    case "complex128":
      return { field: "double_data", entries: 2 * count2 };
    case "int64":
      return { field: "int64_data", entries: count2 };
    case "uint64":
      return { field: "uint64_data", entries: count2 };
    case "uint32":
      return { field: "uint64_data", entries: count2, min: 0, max: 4294967295 };
    case "int32":
      return { field: "int32_data", entries: count2, min: -2147483648, max: 2147483647 };
    case "int8":
      return { field: "int32_data", entries: count2, min: -128, max: 127 };
    case "uint8":
      return { field: "int32_data", entries: count2, min: 0, max: 255 };
    case "int16":
      return { field: "int32_data", entries: count2, min: -32768, max: 32767 };
    case "uint16":
    case "float16":
    case "bfloat16":
      return { field: "int32_data", entries: count2, min: 0, max: 65535 };
    case "bool":
      return { field: "int32_data", entries: count2, min: 0, max: 1 };
    case "string":
      return { field: "string_data", entries: count2 };
    default: {
      const bits2 = bitsPerElement(dtype2);
      return { field: "int32_data", entries: bits2 < 8 ? Math.ceil(count2 * bits2 / 8) : count2, min: 0, max: 255 };
    }
  }
}
var VALUE_FIELDS = ["float_data", "int32_data", "string_data", "int64_data", "double_data", "uint64_data"];
function checkTensor(t, what, ctx, place) {
  const dtype2 = dtypeFromCode(t.data_type);
  if (!dtype2) throw invalid(ctx, `${what} has unknown data_type ${t.data_type}`, place);
  const dims = t.dims.map((d) => checkedDim(d, what, ctx, place));
  const count2 = checkedCount(dims, what, ctx, place);
  if (linkedRef(t)) return;
  const holders = VALUE_FIELDS.filter((f2) => t[f2]?.length);
  const raw = t.raw_data?.length ?? 0;
  if (raw > 0) holders.push("raw_data");
  if (holders.length > 1) throw invalid(ctx, `${what} holds values in both ${holders.join(" and ")}; a tensor keeps them in one place`, place);
  if (dtype2 === "string") {
    if (raw > 0) throw invalid(ctx, `${what} is a string tensor with raw_data; strings go in string_data`, place);
    if (t.string_data.length !== count2) throw invalid(ctx, `${what} holds ${t.string_data.length} strings, its dims [${dims.join(", ")}] need ${count2}`, place);
    return;
  }
  const needBytes = Math.ceil(count2 * bitsPerElement(dtype2) / 8);
  if (raw > 0) {
    if (raw !== needBytes) throw invalid(ctx, `${what} has ${raw} bytes of raw_data, its dims [${dims.join(", ")}] and dtype ${dtype2} need ${needBytes}`, place);
    return;
  }
  const spec = typedField(dtype2, count2);
  const held = holders[0];
  if (held === void 0) {
    if (count2 > 0) throw invalid(ctx, `${what} holds no values, its dims [${dims.join(", ")}] need ${count2}`, place);
    return;
  }
  if (held !== spec.field) throw invalid(ctx, `${what} is ${dtype2} but holds its values in ${held}; ${dtype2} values go in raw_data or ${spec.field}`, place);
  const values = t[spec.field];
  if (values.length !== spec.entries) throw invalid(ctx, `${what} has ${values.length} values in ${spec.field}, its dims [${dims.join(", ")}] need ${spec.entries}`, place);
  if (spec.min !== void 0 && spec.max !== void 0) {
    for (let i2 = 0; i2 < values.length; i2++) {
      const v = typeof values[i2] === "number" ? values[i2] : Number(bigint(values[i2]));
      if (!Number.isInteger(v) || v < spec.min || v > spec.max) {
        throw invalid(ctx, `${what} is ${dtype2} but holds ${v} at index ${i2}, outside [${spec.min}, ${spec.max}]`, place);
      }
    }
  }
}

// src/engine/validate/type-rules.ts
function checkType(t, what, ctx, place, depth = 0) {
  const none = { dtype: null, dims: null };
  if (!t || depth > 16) return none;
  const tensor3 = t.tensor_type ?? t.sparse_tensor_type;
  if (tensor3) {
    const code = tensor3.elem_type;
    const dtype2 = code ? dtypeFromCode(code) : void 0;
    if (code && !dtype2) throw invalid(ctx, `${what} has unknown element type ${code}`, place);
    if (!tensor3.shape) return { dtype: dtype2 ?? null, dims: null };
    let elements = 1;
    const dims = tensor3.shape.dim.map((d) => {
      if (d.value !== "dim_value" || d.dim_value === void 0 || d.dim_value === null) return null;
      const v = checkedDim(d.dim_value, what, ctx, place);
      elements *= v;
      return v;
    });
    if (elements > MAX_ELEMENTS) throw invalid(ctx, `${what} declares dims [${dims.map((d) => d ?? "?").join(", ")}]: more elements than any machine holds`, place);
    return { dtype: dtype2 ?? null, dims };
  }
  if (t.sequence_type) checkType(t.sequence_type.elem_type, what, ctx, place, depth + 1);
  if (t.optional_type) checkType(t.optional_type.elem_type, what, ctx, place, depth + 1);
  if (t.map_type) checkType(t.map_type.value_type, what, ctx, place, depth + 1);
  return none;
}
function checkValueInfo(v, role, ctx) {
  return checkType(v.type, `${role} '${v.name}'`, ctx, { tensor: v.name });
}

// src/engine/validate/graph-rules.ts
var EMPTY_SCOPE = { has: () => false };
var ATTR_TYPES = new Set(Object.values(ATTR));
function checkGraph(graph, outer, imported, ctx, visit) {
  const types = /* @__PURE__ */ new Map();
  const defined = /* @__PURE__ */ new Map();
  for (const v of graph.input) {
    if (!v.name) throw invalid(ctx, "a graph input has no name");
    if (defined.has(v.name)) throw invalid(ctx, `graph input '${v.name}' is listed twice`, { tensor: v.name });
    defined.set(v.name, "a graph input");
    types.set(v.name, checkValueInfo(v, "graph input", ctx));
  }
  const initializers = /* @__PURE__ */ new Set();
  for (const t of graph.initializer) {
    if (!t.name) throw invalid(ctx, "an initializer has no name");
    if (initializers.has(t.name)) throw invalid(ctx, `initializer '${t.name}' is defined twice`, { tensor: t.name });
    initializers.add(t.name);
    checkTensor(t, `initializer '${t.name}'`, ctx, { tensor: t.name });
    defined.set(t.name, "an initializer");
    types.set(t.name, { dtype: dtypeFromCode(t.data_type) ?? null, dims: t.dims.map(num) });
  }
  for (const v of graph.value_info) if (v.name) types.set(v.name, checkValueInfo(v, "value_info", ctx));
  const scope = { has: (name) => defined.has(name) || outer.has(name) };
  const producedLater = laterProducers(graph.node);
  graph.node.forEach((n, i2) => {
    const label = nodeLabel(n, i2);
    checkNodeDomain(n, i2, imported, ctx);
    for (const input of n.input) {
      if (!input || scope.has(input)) continue;
      const later = producedLater.get(input);
      if (later !== void 0 && later >= i2) {
        throw invalid(ctx, `${label} reads '${input}' before ${nodeLabel(graph.node[later], later)} produces it: the nodes are out of topological order or form a cycle`, { node: n.name, tensor: input });
      }
      throw invalid(ctx, `${label} reads '${input}', which no graph input, initializer or node produces`, { node: n.name, tensor: input });
    }
    checkAttributes(n, label, scope, imported, ctx, visit);
    for (const output of n.output) {
      if (!output) continue;
      const before = defined.get(output);
      if (before !== void 0) throw invalid(ctx, `${label} produces '${output}', which ${before} already defines: every value is produced once`, { node: n.name, tensor: output });
      defined.set(output, label);
    }
  });
  const outputs = /* @__PURE__ */ new Set();
  for (const v of graph.output) {
    if (!v.name) throw invalid(ctx, "a graph output has no name");
    if (outputs.has(v.name)) throw invalid(ctx, `graph output '${v.name}' is listed twice`, { tensor: v.name });
    outputs.add(v.name);
    if (!scope.has(v.name)) throw invalid(ctx, `graph output '${v.name}' is not produced by any node, graph input or initializer`, { tensor: v.name });
    const declared = checkValueInfo(v, "graph output", ctx);
    if (!types.has(v.name)) types.set(v.name, declared);
  }
  visit({ graph, ctx, types });
}
function laterProducers(nodes) {
  const m = /* @__PURE__ */ new Map();
  nodes.forEach((n, i2) => {
    for (const o of n.output) if (o) m.set(o, i2);
  });
  return m;
}
function checkAttributes(n, label, scope, imported, ctx, visit) {
  const names2 = /* @__PURE__ */ new Set();
  for (const a of n.attribute) {
    if (!a.name) throw invalid(ctx, `${label} has an attribute without a name`, { node: n.name });
    if (names2.has(a.name)) throw invalid(ctx, `${label} has attribute '${a.name}' twice`, { node: n.name });
    names2.add(a.name);
    if (a.type && !ATTR_TYPES.has(a.type)) throw invalid(ctx, `${label}: attribute '${a.name}' has unknown type ${a.type}`, { node: n.name });
    if (a.type === ATTR.TENSOR && a.t) checkTensor(a.t, `attribute '${a.name}' of ${label}`, ctx, { node: n.name, tensor: a.t.name || void 0 });
    for (const t of a.tensors ?? []) checkTensor(t, `a tensor in attribute '${a.name}' of ${label}`, ctx, { node: n.name, tensor: t.name || void 0 });
    const subgraphs2 = [...a.type === ATTR.GRAPH && a.g ? [a.g] : [], ...a.graphs ?? []];
    for (const g of subgraphs2) {
      const sub = { file: ctx.file, where: `${ctx.where} in subgraph '${a.name}' of ${label}` };
      checkGraph(g, scope, imported, sub, visit);
    }
  }
}

// src/engine/ir/const-values.ts
var ConstValues = class {
  producers = /* @__PURE__ */ new Map();
  initializers = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  constructor(graph) {
    for (const t of graph.initializer) this.initializers.set(t.name, t);
    for (const n of graph.node) for (const o of n.output) if (o) this.producers.set(o, n);
  }
  isInitializer(name) {
    return this.initializers.has(name);
  }
  /** The tensor behind `name`, or undefined when it is only known at run time. */
  get(name) {
    if (!name) return void 0;
    if (this.cache.has(name)) return this.cache.get(name) ?? void 0;
    this.cache.set(name, null);
    let value;
    try {
      value = this.compute(name);
    } catch {
      value = void 0;
    }
    this.cache.set(name, value ?? null);
    return value;
  }
  /** Follow Identity/Cast/Reshape-like chains back to the tensor that holds the data (for naming sources). */
  origin(name) {
    let cur = name;
    for (let i2 = 0; i2 < 64; i2++) {
      const n = this.producers.get(cur);
      if (!n || !PASS_THROUGH.has(n.op_type) || !n.input[0]) return cur;
      cur = n.input[0];
    }
    return cur;
  }
  compute(name) {
    const init = this.initializers.get(name);
    if (init) return decodeTensor(init);
    const n = this.producers.get(name);
    if (!n) return void 0;
    switch (n.op_type) {
      case "Constant": {
        const a = n.attribute[0];
        if (!a) return void 0;
        if (a.type === ATTR.TENSOR && a.t) return decodeTensor(a.t);
        if (a.name === "value_float") return { dtype: "float32", dims: [], data: Float32Array.of(a.f) };
        if (a.name === "value_floats") return { dtype: "float32", dims: [a.floats.length], data: Float32Array.from(a.floats) };
        if (a.name === "value_int") return { dtype: "int64", dims: [], data: BigInt64Array.of(BigInt(num(a.i))) };
        if (a.name === "value_ints") return { dtype: "int64", dims: [a.ints.length], data: BigInt64Array.from(a.ints, (v) => BigInt(num(v))) };
        return void 0;
      }
      case "Identity": {
        const src = this.get(n.input[0]);
        return src && { ...src, name };
      }
      case "Reshape":
      case "Squeeze":
      case "Unsqueeze":
      case "Flatten": {
        const src = this.get(n.input[0]);
        if (!src) return void 0;
        const count2 = src.dims.reduce((a, b) => a * b, 1);
        const shape = n.op_type === "Reshape" ? this.get(n.input[1]) : void 0;
        const dims = shape ? toFloat32(shape).map((d, i2) => d === 0 ? src.dims[i2] : d) : void 0;
        const fixed = dims && !dims.includes(-1) ? Array.from(dims) : count2 === 1 ? [] : [count2];
        return { ...src, name, dims: fixed };
      }
      case "Cast": {
        const src = this.get(n.input[0]);
        const to = n.attribute.find((a) => a.name === "to");
        if (!src || !to) return void 0;
        return castTensor(src, num(to.i), name);
      }
      case "ConstantOfShape": {
        const shape = this.get(n.input[0]);
        if (!shape) return void 0;
        const dims = Array.from(toFloat32(shape));
        const value = n.attribute.find((a) => a.name === "value")?.t;
        const fill = value ? decodeTensor(value) : { dtype: "float32", dims: [1], data: Float32Array.of(0) };
        const count2 = dims.reduce((a, b) => a * b, 1);
        if (count2 > 1 << 20) return void 0;
        const data = new fill.data.constructor(count2);
        data.fill(fill.data[0]);
        return { name, dtype: fill.dtype, dims, data };
      }
      default:
        return void 0;
    }
  }
};
var PASS_THROUGH = /* @__PURE__ */ new Set(["Identity", "Cast", "Reshape", "Squeeze", "Unsqueeze", "Flatten"]);
function castTensor(src, toCode, name) {
  const dtype2 = dtypeFromCode(toCode);
  if (!dtype2 || dtype2 === "string" || dtype2 === "float16" || dtype2 === "bfloat16") return void 0;
  const values = toFloat32(src);
  const out = allocate(dtype2, values.length);
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) for (let i2 = 0; i2 < values.length; i2++) out[i2] = BigInt(Math.trunc(values[i2]));
  else if (!Array.isArray(out)) out.set(values);
  return { name, dtype: dtype2, dims: src.dims, data: out };
}

// src/engine/validate/quant-rules.ts
var UNARY = { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: "scalar" }, { value: "out", scale: 3, zeroPoint: 4, count: "scalar" }], required: [0, 1, 3] };
var BINARY = { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: "scalar" }, { value: 3, scale: 4, zeroPoint: 5, count: "scalar" }, { value: "out", scale: 6, zeroPoint: 7, count: "scalar" }], required: [0, 1, 3, 4, 6] };
var DEFAULT_OPS = {
  QuantizeLinear: { groups: [{ value: "out", scale: 1, zeroPoint: 2, count: "axis" }], required: [0, 1] },
  DequantizeLinear: { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: "axis" }], required: [0, 1] },
  QLinearConv: {
    groups: [{ value: 0, scale: 1, zeroPoint: 2, count: "scalar" }, { value: 3, scale: 4, zeroPoint: 5, count: "out-channels" }, { value: "out", scale: 6, zeroPoint: 7, count: "scalar" }],
    required: [0, 1, 2, 3, 4, 5, 6, 7]
  },
  QLinearMatMul: { groups: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }, { value: "out", scale: 6, zeroPoint: 7 }], required: [0, 1, 2, 3, 4, 5, 6, 7] },
  ConvInteger: { groups: [{ value: 0, zeroPoint: 2 }, { value: 1, zeroPoint: 3 }], required: [0, 1] },
  MatMulInteger: { groups: [{ value: 0, zeroPoint: 2 }, { value: 1, zeroPoint: 3 }], required: [0, 1] }
};
var MS_OPS = {
  QLinearAdd: BINARY,
  QLinearMul: BINARY,
  QLinearSigmoid: UNARY,
  QLinearLeakyRelu: UNARY,
  QLinearSoftmax: UNARY,
  QLinearGlobalAveragePool: UNARY,
  QLinearAveragePool: UNARY,
  QGemm: { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: "scalar" }, { value: 3, scale: 4, zeroPoint: 5 }, { value: "out", scale: 7, zeroPoint: 8, count: "scalar" }], required: [0, 1, 3, 4] },
  QuantizeLinear: DEFAULT_OPS.QuantizeLinear,
  DequantizeLinear: DEFAULT_OPS.DequantizeLinear
};
var QUANTIZED_TYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16", "uint16", "int4", "uint4", "int2", "uint2", "float8e4m3fn", "float8e4m3fnuz", "float8e5m2", "float8e5m2fnuz", "float4e2m1"]);
var SCALE_TYPES = /* @__PURE__ */ new Set(["float32", "float16", "bfloat16", "float64"]);
var MAX_READ = 1 << 20;
function opOf(n) {
  if (n.domain === "com.microsoft") return MS_OPS[n.op_type];
  if (!n.domain || n.domain === "ai.onnx") return DEFAULT_OPS[n.op_type];
  return void 0;
}
var ValueFacts = class {
  constructor(facts) {
    this.facts = facts;
    this.consts = new ConstValues(facts.graph);
    for (const n of facts.graph.node) {
      const t = n.op_type === "Constant" && (!n.domain || n.domain === "ai.onnx") ? n.attribute.find((a) => a.name === "value")?.t : void 0;
      if (t && n.output[0]) this.constantTypes.set(n.output[0], { dtype: dtypeName(t.data_type), dims: t.dims.map(num) });
    }
  }
  facts;
  consts;
  constantTypes = /* @__PURE__ */ new Map();
  known(name) {
    return this.facts.types.get(name) ?? this.constantTypes.get(name) ?? { dtype: null, dims: null };
  }
  /** The values of a constant parameter, when it is one and small enough to read. */
  values(name) {
    const k = this.known(name);
    const count2 = k.dims && k.dims.every((d) => d !== null) ? k.dims.reduce((a, b) => a * b, 1) : 0;
    if (count2 > MAX_READ) return null;
    const t = this.consts.get(name);
    if (!t || t.dtype === "string" || t.data.length > MAX_READ) return null;
    return toNumbers(t);
  }
};
function dtypeName(code) {
  return dtypeFromCode(code) ?? null;
}
function count(k) {
  return k.dims && k.dims.every((d) => d !== null) ? k.dims.reduce((a, b) => a * b, 1) : null;
}
function checkGroup(n, index, g, facts, ctx) {
  const label = nodeLabel(n, index);
  const valueName = g.value === "out" ? n.output[0] : n.input[g.value];
  const value = valueName ? facts.known(valueName) : { dtype: null, dims: null };
  const scaleName = g.scale !== void 0 ? n.input[g.scale] : void 0;
  const zpName = g.zeroPoint !== void 0 ? n.input[g.zeroPoint] : void 0;
  const place = (tensor3) => ({ node: n.name || void 0, tensor: tensor3 });
  let scaleCount = null;
  if (scaleName) {
    const s = facts.known(scaleName);
    if (s.dtype && !SCALE_TYPES.has(s.dtype)) throw invalid(ctx, `${label}: scale '${scaleName}' is ${s.dtype}; a scale is a float tensor`, place(scaleName));
    scaleCount = count(s);
    const values = facts.values(scaleName);
    const bad = values?.findIndex((v) => !(v > 0) || !Number.isFinite(v)) ?? -1;
    if (values && bad >= 0) {
      throw invalid(ctx, `${label}: scale '${scaleName}' is ${values[bad]}${values.length > 1 ? ` at channel ${bad}` : ""}; scales must be positive and finite (recalibrate: a zero or negative scale comes from an empty or broken observer range)`, place(scaleName));
    }
    if (values) scaleCount = values.length;
    if (s.dims && s.dims.length > 1 && !blockSize(n)) throw invalid(ctx, `${label}: scale '${scaleName}' has rank ${s.dims.length}; a scale is a scalar or a 1-D tensor (one value per channel)`, place(scaleName));
  }
  if (n.op_type === "DequantizeLinear" && value.dtype && !QUANTIZED_TYPES.has(value.dtype) && value.dtype !== "int32") {
    throw invalid(ctx, `${label} dequantizes '${valueName}', a ${value.dtype} tensor; only quantized (integer or float8) tensors are dequantized`, place(valueName));
  }
  if (zpName) {
    const z = facts.known(zpName);
    if (z.dtype) {
      const allowed = n.op_type === "DequantizeLinear" || n.op_type.endsWith("Integer") ? /* @__PURE__ */ new Set([...QUANTIZED_TYPES, "int32"]) : QUANTIZED_TYPES;
      if (!allowed.has(z.dtype)) throw invalid(ctx, `${label}: zero point '${zpName}' is ${z.dtype}; zero points are ${[...allowed].slice(0, 4).join(", ")}, ... (the quantized tensor's type)`, place(zpName));
      if (value.dtype && value.dtype !== z.dtype && g.value !== "out" && integerRange(value.dtype)) {
        throw invalid(ctx, `${label}: zero point '${zpName}' is ${z.dtype} but '${valueName}', the tensor it belongs to, is ${value.dtype}`, place(zpName));
      }
    }
    const zc = facts.values(zpName)?.length ?? count(z);
    if (zc !== null && scaleCount !== null && zc !== scaleCount && Math.max(zc, scaleCount) > 1 && !blockSize(n)) {
      throw invalid(ctx, `${label}: zero point '${zpName}' has ${zc} values and scale '${scaleName}' ${scaleCount}; they must match`, place(zpName));
    }
  }
  if (scaleCount === null || scaleCount <= 1 || blockSize(n)) return;
  if (g.count === "scalar") throw invalid(ctx, `${label}: scale '${scaleName}' has ${scaleCount} values; this input is quantized per tensor (one value)`, place(scaleName));
  if (g.count === "out-channels") {
    const channels = value.dims?.[0];
    if (typeof channels === "number" && channels !== scaleCount) {
      throw invalid(ctx, `${label}: weight scale '${scaleName}' has ${scaleCount} values but the weight '${valueName}' has ${channels} output channels`, place(scaleName));
    }
  }
  if (g.count === "axis") {
    const x2 = n.input[0] ? facts.known(n.input[0]) : value;
    const rank = x2.dims?.length;
    const axisAttr = n.attribute.find((a) => a.name === "axis");
    const axis = axisAttr ? num(axisAttr.i) : 1;
    if (rank === void 0) return;
    const ax = axis < 0 ? axis + rank : axis;
    if (ax < 0 || ax >= rank) throw invalid(ctx, `${label}: axis ${axis} is outside the rank ${rank} of '${n.input[0]}'`, place(n.input[0]));
    const channels = x2.dims[ax];
    if (typeof channels === "number" && channels !== scaleCount) {
      throw invalid(ctx, `${label}: scale '${scaleName}' has ${scaleCount} values but '${n.input[0]}' has ${channels} channels on axis ${axis}`, place(scaleName));
    }
  }
}
function blockSize(n) {
  const b = n.attribute.find((a) => a.name === "block_size");
  return !!b && num(b.i) > 0;
}
function checkQuantization(facts) {
  const graph = facts.graph;
  let values;
  graph.node.forEach((n, i2) => {
    const op = opOf(n);
    if (!op) return;
    for (const slot of op.required) {
      if (!n.input[slot]) throw invalid(facts.ctx, `${nodeLabel(n, i2)} lacks its required input ${slot + 1}${slot === 1 ? " (the scale)" : ""}`, { node: n.name || void 0 });
    }
    values ??= new ValueFacts(facts);
    for (const g of op.groups) checkGroup(n, i2, g, values, facts.ctx);
  });
}

// src/engine/validate/validate-model.ts
function validateModel(model, file) {
  const ctx = { file, where: "" };
  const imported = checkOpsets(model, ctx);
  const graphs = [];
  checkGraph(model.graph, EMPTY_SCOPE, imported, ctx, (facts) => graphs.push(facts));
  for (const facts of graphs) checkQuantization(facts);
}

// src/engine/onnx/model-file.ts
var allTensors = graphTensors;
function decodeModel(bytes, file) {
  if (bytes.length === 0) throw badInput(file, "the file is empty, not an ONNX model");
  let model;
  try {
    model = ModelProto.decode(bytes);
  } catch (err2) {
    const msg = errorMessage(err2);
    const why = /index out of range/.test(msg) ? "the file is truncated or not an ONNX model" : "not an ONNX model (protobuf decoding failed)";
    throw badInput(file, `${why}: ${msg}`);
  }
  if (!model.graph || num(model.ir_version) <= 0 || model.opset_import.length === 0) {
    const missing = [!model.graph && "graph", num(model.ir_version) <= 0 && "ir_version", model.opset_import.length === 0 && "opset_import"].filter(Boolean);
    throw badInput(file, `not an ONNX model: no ${missing.join(", ")} (a foreign protobuf or another file type)`);
  }
  for (const t of allTensors(model.graph)) {
    if (dtypeFromCode(t.data_type) === void 0) throw badInput(file, `tensor '${t.name}' has unknown data_type ${t.data_type}`);
  }
  return model;
}
function readModel(file, opts = {}) {
  const abs = path3.resolve(file);
  const bytes = readFileBytes(file);
  const model = decodeModel(bytes, file);
  const hash = (0, import_crypto.createHash)("sha256").update(bytes);
  const hadExternalData = loadExternalData(model, path3.dirname(abs), file, (chunk) => hash.update(chunk));
  if (!opts.trusted) validateModel(model, file);
  return { file: abs, model, hadExternalData, contentHash: hash.digest("hex") };
}
function writeModel(model, file, opts = {}, protect) {
  const abs = path3.resolve(file);
  if (protect && fs3.existsSync(abs) && fs3.realpathSync(abs) === fs3.realpathSync(protect)) {
    throw badInput(file, "refusing to write over the original model; choose another output path");
  }
  const dir = path3.dirname(abs);
  const tmp = path3.join(dir, `.${path3.basename(abs)}.${process.pid}.tmp`);
  const tensors = [...allTensors(model.graph)];
  const external = opts.externalData ?? (tensors.some((t) => linkedRef(t)) ? { location: `${path3.basename(abs)}.data`, threshold: INLINE_LIMIT + 1 } : void 0);
  const moved = [];
  let extTmp;
  let extFinal;
  try {
    if (external) {
      const threshold = external.threshold ?? 1024;
      extFinal = resolveInside(dir, external.location, file);
      extTmp = `${extFinal}.${process.pid}.tmp`;
      const fd2 = fs3.openSync(extTmp, "w");
      let offset = 0;
      try {
        for (const t of tensors) {
          const linked = linkedRef(t);
          const length = linked ? linked.length : t.raw_data?.length ?? 0;
          if (!linked && length < threshold) continue;
          moved.push({ t, raw: t.raw_data, location: t.data_location, externalData: t.external_data });
          if (linked) copyLinked(linked, fd2, offset);
          else fs3.writeSync(fd2, t.raw_data, 0, length, offset);
          t.external_data = [
            { key: "location", value: external.location },
            { key: "offset", value: String(offset) },
            { key: "length", value: String(length) }
          ];
          t.data_location = 1;
          t.raw_data = new Uint8Array(0);
          offset += Math.ceil(length / 4096) * 4096;
        }
      } finally {
        fs3.closeSync(fd2);
      }
    }
    fs3.writeFileSync(tmp, ModelProto.encode(model).finish());
    if (extTmp && extFinal) fs3.renameSync(extTmp, extFinal);
    fs3.renameSync(tmp, abs);
  } catch (err2) {
    for (const f2 of [tmp, extTmp]) if (f2 && fs3.existsSync(f2)) fs3.rmSync(f2);
    if (err2 instanceof Error && err2.name === "QuantLensError") throw err2;
    throw badInput(file, `cannot write: ${errorMessage(err2)}`, { cause: err2 });
  } finally {
    for (const m of moved) {
      m.t.raw_data = m.raw;
      m.t.data_location = m.location;
      m.t.external_data = m.externalData;
    }
  }
}
function resolveInside(dir, location, file) {
  const target2 = path3.resolve(dir, location);
  const rel = path3.relative(dir, target2);
  if (path3.isAbsolute(location) || rel.startsWith("..")) throw badInput(file, `external data location '${location}' must stay inside the model's folder`);
  return target2;
}
function encodeModel(model) {
  return encodeWithExternalData(model, (m) => ModelProto.encode(m).finish());
}

// src/engine/io/npy.ts
var path4 = __toESM(require("path"));
var MAGIC = [147, 78, 85, 77, 80, 89];
var MAX_HEADER_BYTES = 1 << 20;
var ALIGN = 64;
var NPY_TYPES = {
  f2: "float16",
  f4: "float32",
  f8: "float64",
  c8: "complex64",
  c16: "complex128",
  b1: "bool",
  i1: "int8",
  u1: "uint8",
  i2: "int16",
  u2: "uint16",
  i4: "int32",
  u4: "uint32",
  i8: "int64",
  u8: "uint64"
};
var DESCR_OF = new Map(Object.entries(NPY_TYPES).map(([code, dtype2]) => [dtype2, code]));
function parseNpy(bytes, file, entry2) {
  const fail = failer(file, entry2);
  const h = parseHeader(bytes, fail);
  const count2 = elementCount(h.dims);
  const need2 = count2 * h.itemBytes;
  if (!Number.isSafeInteger(need2)) fail(`shape (${h.dims.join(", ")}) is too large to hold in memory`);
  const have = bytes.length - h.dataOffset;
  if (have < need2) fail(`truncated: shape (${h.dims.join(", ")}) of ${h.dtype} needs ${need2} bytes of data, the file has ${have}`);
  if (have > need2) fail(`holds ${have} bytes of data but shape (${h.dims.join(", ")}) of ${h.dtype} needs ${need2}: shape and data do not match`);
  let data = bytes.subarray(h.dataOffset, h.dataOffset + need2);
  const componentBytes = h.dtype.startsWith("complex") ? h.itemBytes / 2 : h.itemBytes;
  if (h.bigEndian && componentBytes > 1) data = swapBytes(data, componentBytes);
  if (h.fortranOrder) data = fortranToC(data, h.dims, h.itemBytes);
  const values = fromLittleEndian(h.dtype, data, count2);
  if (h.dtype === "bool") {
    const b = values;
    for (let i2 = 0; i2 < b.length; i2++) b[i2] = b[i2] ? 1 : 0;
  }
  return { dtype: h.dtype, dims: h.dims, data: values };
}
var NPY_HEAD_BYTES = MAX_HEADER_BYTES + 16;
function checkNpyHead(head, memberSize, file, entry2) {
  const fail = failer(file, entry2);
  const h = parseHeader(head, fail);
  const need2 = elementCount(h.dims) * h.itemBytes;
  const have = memberSize - h.dataOffset;
  if (!Number.isSafeInteger(need2) || have < need2) fail(`truncated: shape (${h.dims.join(", ")}) of ${h.dtype} needs ${need2} bytes of data, the member holds ${have}`);
  if (have > need2) fail(`holds ${have} bytes of data but shape (${h.dims.join(", ")}) of ${h.dtype} needs ${need2}: shape and data do not match`);
}
function parseHeader(bytes, fail) {
  if (bytes.length < 10 || MAGIC.some((b, i2) => bytes[i2] !== b)) fail("not a .npy file (no \\x93NUMPY magic at the start)");
  const major = bytes[6];
  if (major < 1 || major > 3) fail(`unsupported .npy version ${major}.${bytes[7]} (1.0, 2.0 and 3.0 are known)`);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) fail("truncated: the header length is cut off");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (headerLen > MAX_HEADER_BYTES) fail(`declares a header of ${headerLen} bytes, over the limit of ${MAX_HEADER_BYTES}: the file is corrupt`);
  const start = 8 + lenBytes;
  if (bytes.length < start + headerLen) fail(`truncated: the header needs ${headerLen} bytes, the file has ${bytes.length - start} after the preamble`);
  const raw = bytes.subarray(start, start + headerLen);
  const text = major === 3 ? new TextDecoder("utf-8").decode(raw) : Buffer.from(raw).toString("latin1");
  let dict2;
  try {
    dict2 = parsePyLiteral(text);
  } catch (err2) {
    return fail(`the header is not a plain Python dict literal (${errorMessage(err2)}); it is never evaluated`);
  }
  if (dict2.kind !== "dict") return fail(`the header is a ${dict2.kind}, not a dict`);
  const keys = [...dict2.entries.keys()].sort().join(", ");
  if (keys !== "descr, fortran_order, shape") fail(`the header has keys {${keys}}; a .npy header has exactly descr, fortran_order and shape`);
  const descr = dict2.entries.get("descr");
  const fortran = dict2.entries.get("fortran_order");
  const shape = dict2.entries.get("shape");
  if (fortran.kind !== "bool") fail(`fortran_order is ${showLiteral(fortran)}, not True or False`);
  if (shape.kind !== "tuple") fail(`shape is ${showLiteral(shape)}, not a tuple`);
  const dims = shape.items.map((d) => {
    if (d.kind !== "int" || d.value < 0) fail(`shape ${showLiteral(shape)} has a dimension that is not a non-negative integer`);
    return d.value;
  });
  return { ...parseDescr(descr, fail), fortranOrder: fortran.value, dims, dataOffset: start + headerLen };
}
function parseDescr(descr, fail) {
  if (descr.kind !== "str") return fail(`dtype ${showLiteral(descr)} is a structured (record) dtype, which is not supported`);
  const m = /^([<>|=]?)([a-zA-Z])(\d*)$/.exec(descr.value);
  if (m && m[2] === "O") fail(`dtype '${descr.value}' is an object array (pickled Python objects), which is never loaded`);
  const dtype2 = m ? NPY_TYPES[m[2] + m[3]] : void 0;
  if (!m || !dtype2) {
    return fail(`unsupported dtype '${descr.value}' (supported: ${Object.keys(NPY_TYPES).join(" ")} in either byte order)`);
  }
  return { dtype: dtype2, itemBytes: Number(m[3]), bigEndian: m[1] === ">" };
}
function failer(file, entry2) {
  return (msg) => {
    throw badInput(file, entry2 ? `entry '${entry2}': ${msg}` : msg);
  };
}
function swapBytes(src, size2) {
  const out = new Uint8Array(src.length);
  for (let i2 = 0; i2 < src.length; i2 += size2) for (let k = 0; k < size2; k++) out[i2 + k] = src[i2 + size2 - 1 - k];
  return out;
}
function fortranToC(src, dims, itemBytes) {
  if (dims.length < 2) return src;
  const count2 = elementCount(dims);
  const out = new Uint8Array(src.length);
  const fStride = [];
  for (let k = 0, s = 1; k < dims.length; s *= dims[k], k++) fStride.push(s);
  const idx = new Array(dims.length).fill(0);
  let from = 0;
  for (let c = 0; c < count2; c++) {
    const a = from * itemBytes;
    const b = c * itemBytes;
    for (let k = 0; k < itemBytes; k++) out[b + k] = src[a + k];
    for (let k = dims.length - 1; k >= 0; k--) {
      idx[k]++;
      from += fStride[k];
      if (idx[k] < dims[k]) break;
      from -= fStride[k] * dims[k];
      idx[k] = 0;
    }
  }
  return out;
}
function encodeNpy(t, file) {
  const code = DESCR_OF.get(t.dtype);
  if (!code) {
    throw badInput(file, `tensor '${t.name ?? ""}' has dtype ${t.dtype}, which .npy cannot hold; convert it to float32 first`);
  }
  const count2 = elementCount(t.dims);
  if (t.data.length !== count2 * (t.dtype.startsWith("complex") ? 2 : 1)) {
    throw new Error(`tensor '${t.name ?? ""}' holds ${t.data.length} values for dims [${t.dims}]`);
  }
  const order2 = code.length === 2 && code[1] === "1" ? "|" : "<";
  const shape = t.dims.length === 1 ? `(${t.dims[0]},)` : `(${t.dims.join(", ")})`;
  const dict2 = `{'descr': '${order2}${code}', 'fortran_order': False, 'shape': ${shape}, }`;
  const headerFor = (preamble2) => dict2 + " ".repeat((ALIGN - (preamble2 + dict2.length + 1) % ALIGN) % ALIGN) + "\n";
  const preamble = headerFor(10).length <= 65535 ? 10 : 12;
  const header = Buffer.from(headerFor(preamble), "latin1");
  const data = toLittleEndian(t);
  const out = new Uint8Array(preamble + header.length + data.length);
  out.set(MAGIC);
  out[6] = preamble === 10 ? 1 : 2;
  const view = new DataView(out.buffer);
  if (preamble === 10) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  out.set(header, preamble);
  out.set(data, preamble + header.length);
  return out;
}
function readNpy(file) {
  const t = parseNpy(readFileBytes(file), file);
  return { ...t, name: path4.basename(file, path4.extname(file)) };
}
function parsePyLiteral(text) {
  let i2 = 0;
  let depth = 0;
  const skip = () => {
    while (i2 < text.length && /\s/.test(text[i2])) i2++;
  };
  const items = (close, item) => {
    if (++depth > 32) throw new Error("nested too deep");
    for (i2++; ; ) {
      skip();
      if (text[i2] === close) break;
      item();
      skip();
      if (text[i2] === ",") i2++;
      else if (text[i2] !== close) throw new Error(`expected ',' or '${close}' at offset ${i2}`);
    }
    i2++;
    depth--;
  };
  const value = () => {
    skip();
    const ch = text[i2];
    if (ch === "{") {
      const entries = /* @__PURE__ */ new Map();
      items("}", () => {
        const key2 = value();
        if (key2.kind !== "str") throw new Error(`a dict key is ${showLiteral(key2)}, not a string`);
        if (entries.has(key2.value)) throw new Error(`key '${key2.value}' appears twice`);
        skip();
        if (text[i2++] !== ":") throw new Error(`expected ':' at offset ${i2 - 1}`);
        entries.set(key2.value, value());
      });
      return { kind: "dict", entries };
    }
    if (ch === "(" || ch === "[") {
      const list = [];
      items(ch === "(" ? ")" : "]", () => list.push(value()));
      return { kind: ch === "(" ? "tuple" : "list", items: list };
    }
    if (ch === "'" || ch === '"') return str2(ch);
    const m = /^(?:(-?\d+)L?|(True|False|None))(?![\w.(])/.exec(text.slice(i2, i2 + 40));
    if (!m) throw new Error(`unexpected '${text.slice(i2, i2 + 20)}' at offset ${i2}`);
    i2 += m[0].length;
    if (m[2] === "None") return { kind: "none" };
    if (m[2]) return { kind: "bool", value: m[2] === "True" };
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n)) throw new Error(`integer ${m[1]} is too large`);
    return { kind: "int", value: n };
  };
  const str2 = (quote) => {
    let out = "";
    for (i2++; i2 < text.length && text[i2] !== quote; i2++) {
      if (text[i2] !== "\\") out += text[i2];
      else if (["\\", "'", '"'].includes(text[i2 + 1])) out += text[++i2];
      else throw new Error(`unsupported escape in a string at offset ${i2}`);
    }
    if (i2 >= text.length) throw new Error("unterminated string");
    i2++;
    return { kind: "str", value: out };
  };
  const result = value();
  skip();
  if (i2 !== text.length) throw new Error(`unexpected '${text.slice(i2, i2 + 20)}' after the literal`);
  return result;
}
function showLiteral(v) {
  switch (v.kind) {
    case "str":
      return `'${v.value}'`;
    case "int":
      return String(v.value);
    case "bool":
      return v.value ? "True" : "False";
    case "none":
      return "None";
    case "tuple":
      return `(${v.items.map(showLiteral).join(", ")}${v.items.length === 1 ? "," : ""})`;
    case "list":
      return `[${v.items.map(showLiteral).join(", ")}]`;
    case "dict":
      return `{${[...v.entries].map(([k, x2]) => `'${k}': ${showLiteral(x2)}`).join(", ")}}`;
  }
}

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
        var add2 = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add2 = bits(dat, pos, (1 << b) - 1) + fl[i2];
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
        var end = bt + add2;
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
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
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
    var opt3 = deo[lvl - 1];
    var n = opt3 >> 13, c = opt3 & 8191;
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
var dopt = function(dat, opt3, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt3.dictionary) {
      var dict2 = opt3.dictionary.subarray(-32768);
      var newDat = new u8(dict2.length + dat.length);
      newDat.set(dict2);
      newDat.set(dat, dict2.length);
      dat = newDat;
      st.w = dict2.length;
    }
  }
  return dflt(dat, opt3.level == null ? 6 : opt3.level, opt3.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt3.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
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
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
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
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strToU8(str2, latin1) {
  if (latin1) {
    var ar_1 = new u8(str2.length);
    for (var i2 = 0; i2 < str2.length; ++i2)
      ar_1[i2] = str2.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str2);
  var l = str2.length;
  var ar = new u8(str2.length + (str2.length >> 1));
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
    var c = str2.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str2.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
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
var wzh = function(d, b, f2, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f2.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f2.os;
  d[b] = 20, b += 2;
  d[b++] = f2.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f2.compression & 255, d[b++] = f2.compression >> 8;
  var dt = new Date(f2.mtime == null ? Date.now() : f2.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f2.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f2.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f2.attrs);
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
    var f2 = strToU8(fn), s = f2.length;
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
      f: f2,
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
    var f2 = files[i2];
    wzh(out, f2.o, f2, f2.f, f2.u, f2.c.length);
    var badd = 30 + f2.f.length + exfl(f2.extra);
    out.set(f2.c, f2.o + badd);
    wzh(out, o, f2, f2.f, f2.u, f2.c.length, f2.o, f2.m), o += 16 + badd + (f2.m ? f2.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/engine/io/zip-archive.ts
var ZipError = class extends Error {
};
var MAX_DEFLATE_RATIO = 1032;
var STEP = 16 * 1024;
function u162(b, at) {
  return b[at] | b[at + 1] << 8;
}
function u322(b, at) {
  return (b[at] | b[at + 1] << 8 | b[at + 2] << 16) + b[at + 3] * 16777216;
}
function u64(b, at) {
  const v = u322(b, at) + u322(b, at + 4) * 4294967296;
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
  let count2 = u162(b, eocd + 10);
  let size2 = u322(b, eocd + 12);
  let offset = u322(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u322(b, locator) === 117853008) {
    const z = u64(b, locator + 8);
    need(b, z, 56, "the zip64 directory record");
    if (u322(b, z) !== 101075792) throw new ZipError("a zip64 locator that points at no zip64 record");
    count2 = u64(b, z + 32);
    size2 = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  need(b, offset, size2, "the central directory");
  return { count: count2, offset, size: size2 };
}
function zip64(b, extra, extraLen, fields) {
  for (let at = extra; at + 4 <= extra + extraLen; ) {
    const id = u162(b, at);
    const len = u162(b, at + 2);
    if (id === 1) {
      let p = at + 4;
      for (const f2 of fields) {
        if (f2.value !== 4294967295) continue;
        if (p + 8 > at + 4 + len) throw new ZipError("a zip64 extra field too short for its sizes");
        f2.set(u64(b, p));
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
  const dir = directory(b);
  if (dir.count > maxEntries) onTooMany(dir.count);
  const entries = [];
  const names2 = /* @__PURE__ */ new Set();
  let at = dir.offset;
  const utf83 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  for (let i2 = 0; i2 < dir.count; i2++) {
    need(b, at, 46, `central directory entry ${i2}`);
    if (u322(b, at) !== 33639248) throw new ZipError(`central directory entry ${i2} has a bad signature`);
    const flags = u162(b, at + 8);
    const method = u162(b, at + 10);
    let compressedSize = u322(b, at + 20);
    let size2 = u322(b, at + 24);
    const nameLen = u162(b, at + 28);
    const extraLen = u162(b, at + 30);
    const commentLen = u162(b, at + 32);
    let local = u322(b, at + 42);
    need(b, at + 46, nameLen + extraLen + commentLen, `central directory entry ${i2}`);
    const name = (flags & 2048 ? utf83 : latin1).decode(b.subarray(at + 46, at + 46 + nameLen));
    zip64(b, at + 46 + nameLen, extraLen, [
      { value: size2, set: (v) => size2 = v },
      { value: compressedSize, set: (v) => compressedSize = v },
      { value: local, set: (v) => local = v }
    ]);
    at += 46 + nameLen + extraLen + commentLen;
    if (!safeMemberName(name, allowRooted)) throw new ZipError(`member name '${name}' is absolute or leaves the archive's folder; refused`);
    if (names2.has(name)) throw new ZipError(`member '${name}' appears twice`);
    names2.add(name);
    if (flags & 1) throw new ZipError(`member '${name}' is encrypted`);
    let problem = null;
    let dataStart = 0;
    if (local + 30 > b.length || u322(b, local) !== 67324752) {
      problem = `the local header of '${name}' is missing or damaged`;
    } else {
      const localFlags = u162(b, local + 6);
      const localCompressed = u322(b, local + 18);
      const localSize = u322(b, local + 22);
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

// src/engine/io/npz.ts
var DEFAULT_NPZ_LIMIT = 4 * 1024 ** 3;
var MAX_MEMBERS = 1e5;
function parseNpz(bytes, file, opts = {}) {
  const limit = opts.maxBytes ?? DEFAULT_NPZ_LIMIT;
  const isZip2 = bytes.length >= 22 && bytes[0] === 80 && bytes[1] === 75;
  if (!isZip2) throw badInput(file, "not an .npz file (not a zip archive)");
  const corrupt = (err2) => {
    if (err2 instanceof QuantLensError) throw err2;
    throw badInput(file, `not a valid .npz (zip) archive: ${errorMessage(err2)}`, { cause: err2 });
  };
  let entries = [];
  try {
    entries = listZip(bytes, MAX_MEMBERS, (n) => {
      throw badInput(file, `the archive has ${n} members, more than the ${MAX_MEMBERS} an .npz of activations holds`);
    }, true);
  } catch (err2) {
    corrupt(err2);
  }
  const members = entries.filter((e) => !e.name.endsWith("/"));
  let total = 0;
  for (const e of members) {
    if (!e.name.endsWith(".npy")) throw badInput(file, `entry '${e.name}' is not a .npy array`);
    if (e.method !== 0 && e.method !== 8) throw badInput(file, `entry '${e.name}' uses compression method ${e.method}; only stored and deflated entries are supported`);
    total += e.size;
    if (total > limit) {
      throw badInput(file, `entries declare at least ${total} bytes uncompressed, more than the limit of ${limit} (a zip bomb, or an archive too large to load whole)`);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const e of members) {
    let data = new Uint8Array(0);
    try {
      data = readZipEntry(bytes, e, { headBytes: NPY_HEAD_BYTES, onHead: (head) => checkNpyHead(head, e.size, file, e.name) });
    } catch (err2) {
      corrupt(err2);
    }
    const key2 = e.name.slice(0, -".npy".length);
    out.set(key2, { ...parseNpy(data, file, e.name), name: key2 });
  }
  return out;
}
function readNpz(file, opts = {}) {
  return parseNpz(readFileBytes(file), file, opts);
}
function encodeNpz(tensors, file, opts = {}) {
  const files = {};
  let total = 0;
  for (const [key2, t] of tensors instanceof Map ? tensors : Object.entries(tensors)) {
    if (!key2 || key2.includes("\0")) throw badInput(file, `'${key2}' cannot name an .npz entry`);
    const npy = encodeNpy(t, file);
    total += npy.length;
    files[`${key2}.npy`] = [npy, { level: opts.compress ? 6 : 0 }];
  }
  if (total >= 4294967295) throw badInput(file, `the arrays take ${total} bytes, more than an .npz written here can hold (4 GiB)`);
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

// src/shared/rng.ts
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/engine/builder/model-builder.ts
var f = (value) => ({ kind: "float", value });
var graphAttr = (value) => ({ kind: "graph", value });
function tensor(dtype2, dims, values, name) {
  const n = dims.reduce((a, b) => a * b, 1);
  if (values.length !== n * (dtype2 === "complex64" || dtype2 === "complex128" ? 2 : 1)) {
    throw new Error(`tensor ${name ?? ""}: ${values.length} values for dims [${dims}]`);
  }
  if (dtype2 === "string") return { name, dtype: dtype2, dims, data: [...values] };
  const nums = values;
  const data = allocate(dtype2, n);
  for (let i2 = 0; i2 < nums.length; i2++) {
    const v = nums[i2];
    if (dtype2 === "float16") data[i2] = numberToFloat16Bits(v);
    else if (dtype2 === "bfloat16") data[i2] = numberToBfloat16Bits(v);
    else if (data instanceof BigInt64Array || data instanceof BigUint64Array) data[i2] = BigInt(Math.trunc(v));
    else data[i2] = dtype2 === "bool" ? v ? 1 : 0 : v;
  }
  return { name, dtype: dtype2, dims, data };
}
function valueInfo(name, dtype2, shape) {
  if (!dtype2) return make(ValueInfoProto, { name });
  const dim = (shape ?? []).map((d) => typeof d === "number" ? { dim_value: d } : { dim_param: d });
  return make(ValueInfoProto, {
    name,
    type: { tensor_type: { elem_type: dtypeCode(dtype2), ...shape ? { shape: { dim } } : {} } }
  });
}
function attribute(name, v) {
  if (typeof v === "number") return { name, type: ATTR.INT, i: long_default.fromNumber(v) };
  if (typeof v === "string") return { name, type: ATTR.STRING, s: Buffer.from(v) };
  if (Array.isArray(v)) {
    if (v.every((x2) => typeof x2 === "number")) return { name, type: ATTR.INTS, ints: v.map((x2) => long_default.fromNumber(x2)) };
    return { name, type: ATTR.STRINGS, strings: v.map((x2) => Buffer.from(x2)) };
  }
  switch (v.kind) {
    case "float":
      return { name, type: ATTR.FLOAT, f: v.value };
    case "floats":
      return { name, type: ATTR.FLOATS, floats: v.value };
    case "tensor":
      return { name, type: ATTR.TENSOR, t: encodeTensor(v.value) };
    case "graph":
      return { name, type: ATTR.GRAPH, g: v.value };
  }
}
var GraphBuilder = class {
  constructor(name = "graph") {
    this.name = name;
  }
  name;
  nodes = [];
  inits = [];
  inputs = [];
  outputs = [];
  counter = 0;
  input(name, dtype2, shape) {
    this.inputs.push(valueInfo(name, dtype2, shape));
    return name;
  }
  /** A graph output; dtype and shape may be left for the runtime to infer. */
  output(name, dtype2, shape) {
    this.outputs.push(valueInfo(name, dtype2, shape));
    return name;
  }
  initializer(name, t) {
    this.inits.push(encodeTensor({ ...t, name }));
    return name;
  }
  /** Shorthand for an initializer made from numbers. */
  constant(name, dtype2, dims, values) {
    return this.initializer(name, tensor(dtype2, dims, values));
  }
  node(opType, inputs, attrs = {}, opts = {}) {
    const name = opts.name ?? `${opType}_${this.counter++}`;
    const outputs = Array.isArray(opts.outputs) ? opts.outputs : Array.from({ length: opts.outputs ?? 1 }, (_, i2) => `${name}_output_${i2}`);
    this.nodes.push(make(NodeProto, {
      name,
      op_type: opType,
      domain: opts.domain ?? "",
      input: inputs,
      output: outputs,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v))
    }));
    return outputs;
  }
  /** One-output node. */
  op(opType, inputs, attrs = {}, opts = {}) {
    return this.node(opType, inputs, attrs, { ...opts, outputs: opts.output ? [opts.output] : 1 })[0];
  }
  graph() {
    return make(GraphProto, {
      name: this.name,
      node: this.nodes,
      initializer: this.inits,
      input: this.inputs,
      output: this.outputs
    });
  }
  model(opts = {}) {
    const opsets = [{ domain: "", version: opts.opset ?? 17 }, ...Object.entries(opts.extraOpsets ?? {}).map(([domain, version]) => ({ domain, version }))];
    return make(ModelProto, {
      ir_version: opts.irVersion ?? 8,
      producer_name: "quantlens-builder",
      opset_import: opsets,
      graph: this.graph()
    });
  }
};
function randomValues(n, lo, hi, random, integer = false) {
  return Array.from({ length: n }, () => {
    const v = lo + (hi - lo) * random();
    return integer ? Math.round(v) : v;
  });
}

// test/helpers/models.ts
function floatConvChain(outChannels = 5) {
  const r = rng(1);
  const b = new GraphBuilder("float_convs");
  const x2 = b.input("x", "float32", [1, 8, 12, 12]);
  const w1 = b.constant("w1", "float32", [16, 8, 3, 3], randomValues(16 * 72, -0.3, 0.3, r));
  const w2 = b.constant("w2", "float32", [outChannels, 16, 3, 3], randomValues(outChannels * 144, -0.3, 0.3, r));
  const c1 = b.op("Relu", [b.op("Conv", [x2, w1], { pads: [1, 1, 1, 1] }, { name: "/block1/Conv" })], {}, { name: "/block1/Relu" });
  b.output(b.op("Conv", [c1, w2], { pads: [1, 1, 1, 1] }, { name: "/block2/Conv", output: "y" }));
  return b.model({ opset: 13 });
}
function qdqConvModel(o = {}) {
  const r = rng(2);
  const b = new GraphBuilder("qdq_convs");
  const pdims = o.oneElementParams ? [1] : [];
  const x2 = b.input("x", "float32", [1, 16, 8, 8]);
  let k = 0;
  const qdq = (t, scale, zp, scope) => {
    const s = b.constant(`${scope}.s${k}`, "float32", pdims, [scale]);
    const z = b.constant(`${scope}.z${k++}`, "uint8", pdims, [zp]);
    const q = b.op("QuantizeLinear", [t, s, z], {}, { name: `${scope}/QuantizeLinear` });
    return b.op("DequantizeLinear", [q, s, z], {}, { name: `${scope}/DequantizeLinear` });
  };
  const weight = (scope, dims, perChannel) => {
    const n = dims.reduce((a, c) => a * c, 1);
    const max2 = o.weightMax ?? 127;
    const w = b.constant(`${scope}.wq`, "int8", dims, randomValues(n, -max2, max2, r, true));
    const ch = perChannel ? dims[0] : 1;
    const s = b.constant(`${scope}.ws`, "float32", perChannel ? [ch] : pdims, randomValues(ch, 2e-3, 4e-3, r));
    const z = b.constant(`${scope}.wz`, "int8", perChannel ? [ch] : pdims, new Array(ch).fill(0));
    return b.op("DequantizeLinear", [w, s, z], { axis: 0 }, { name: `${scope}/weight/DequantizeLinear` });
  };
  const a0 = qdq(x2, o.zeroScale ? 0 : 1 / 64, 128, "/input");
  const c1 = b.op("Relu", [b.op("Conv", [a0, weight("/conv1", [16, 16, 3, 3], !!o.perChannel)], { pads: [1, 1, 1, 1] }, { name: "/conv1/Conv" })], {}, { name: "/conv1/Relu" });
  const a1 = qdq(c1, 0.05, 0, "/conv1");
  const dw = o.depthwisePerTensor ? weight("/conv2", [16, 1, 3, 3], false) : weight("/conv2", [16, 16, 3, 3], !!o.perChannel);
  const c2 = b.op("Conv", [a1, dw], { pads: [1, 1, 1, 1], group: o.depthwisePerTensor ? 16 : 1 }, { name: "/conv2/Conv" });
  const a2 = qdq(c2, 0.05, 128, "/conv2");
  const sum = b.op("Add", [a2, a1], {}, { name: "/add/Add" });
  const out = qdq(sum, 0.08, 128, "/add");
  b.output(b.op("Identity", [out], {}, { name: "/output/Identity", output: "y" }));
  return b.model({ opset: 13 });
}
function qlinearConvModel() {
  const r = rng(3);
  const b = new GraphBuilder("qlinear");
  const x2 = b.input("x", "uint8", [1, 8, 6, 6]);
  const p = (name, dtype2, v) => b.constant(name, dtype2, [], [v]);
  const w = b.constant("w", "int8", [4, 8, 3, 3], randomValues(288, -60, 60, r, true));
  const ws = b.constant("ws", "float32", [4], [0.01, 0.02, 0.03, 0.04]);
  const wz = b.constant("wz", "int8", [4], [0, 0, 0, 0]);
  b.output(b.op("QLinearConv", [x2, p("xs", "float32", 0.1), p("xz", "uint8", 0), w, ws, wz, p("ys", "float32", 0.2), p("yz", "uint8", 10)], { pads: [1, 1, 1, 1] }, { name: "/conv/QLinearConv", output: "y" }));
  return b.model({ opset: 13 });
}
function quantMatMulModel() {
  const r = rng(4);
  const b = new GraphBuilder("qmatmul");
  const x2 = b.input("x", "float32", [1, 6, 16]);
  const s = b.constant("xs", "float32", [], [0.02]);
  const z = b.constant("xz", "uint8", [], [128]);
  const xq = b.op("DequantizeLinear", [b.op("QuantizeLinear", [x2, s, z], {}, { name: "/in/QuantizeLinear" }), s, z], {}, { name: "/in/DequantizeLinear" });
  const w = b.constant("wq", "int8", [16, 8], randomValues(128, -100, 100, r, true));
  const ws = b.constant("ws", "float32", [8], randomValues(8, 0.01, 0.02, r));
  const wz = b.constant("wz", "int8", [8], new Array(8).fill(0));
  const wd = b.op("DequantizeLinear", [w, ws, wz], { axis: 1 }, { name: "/fc1/weight/DequantizeLinear" });
  const mm = b.op("MatMul", [xq, wd], {}, { name: "/fc1/MatMul" });
  const os6 = b.constant("os", "float32", [], [0.05]);
  const oz = b.constant("oz", "uint8", [], [128]);
  const y1 = b.op("DequantizeLinear", [b.op("QuantizeLinear", [mm, os6, oz], {}, { name: "/fc1/QuantizeLinear" }), os6, oz], {}, { name: "/fc1/DequantizeLinear", output: "y1" });
  b.output(y1);
  const [dq, dqs, dqz] = b.node("DynamicQuantizeLinear", [x2], {}, { name: "/fc2/DynamicQuantizeLinear", outputs: ["x_q", "x_scale", "x_zp"] });
  const w2 = b.constant("w2", "uint8", [16, 4], randomValues(64, 0, 255, r, true));
  const w2z = b.constant("w2z", "uint8", [], [128]);
  const acc = b.op("MatMulInteger", [dq, w2, dqz, w2z], {}, { name: "/fc2/MatMulInteger", output: "acc" });
  b.output(b.op("Cast", [acc], { to: 1 }, { name: "/fc2/Cast", output: "y2" }));
  void dqs;
  return b.model({ opset: 13 });
}
function ifModel() {
  const branch = (name, value) => {
    const g = new GraphBuilder(name);
    g.output(g.op("Constant", [], { value_float: f(value) }, { name: `${name}/Constant`, output: `${name}_out` }), "float32", []);
    return g.graph();
  };
  const b = new GraphBuilder("with_if");
  const c = b.input("cond", "bool", []);
  b.output(b.op("If", [c], { then_branch: graphAttr(branch("then", 1)), else_branch: graphAttr(branch("else", 0)) }, { name: "/if/If", output: "y" }), "float32", []);
  return b.model({ opset: 13 });
}
function dynamicReshapeModel() {
  const r = rng(25);
  const b = new GraphBuilder("dynamic_reshape");
  const x2 = b.input("x", "float32", ["batch", 4, 4, 4]);
  const c = b.op("Relu", [b.op("Conv", [x2, b.constant("w", "float32", [8, 4, 1, 1], randomValues(32, -0.5, 0.5, r))], {}, { name: "/conv/Conv" })], {}, { name: "/relu/Relu" });
  const n = b.op("Unsqueeze", [b.op("Gather", [b.op("Shape", [c], {}, { name: "/Shape" }), b.constant("zero", "int64", [], [0])], { axis: 0 }, { name: "/Gather" }), b.constant("axes", "int64", [1], [0])], {}, { name: "/Unsqueeze" });
  const target2 = b.op("Concat", [n, b.constant("minus_one", "int64", [1], [-1])], { axis: 0 }, { name: "/Concat" });
  const flat = b.op("Reshape", [c, target2], {}, { name: "/Reshape" });
  b.output(b.op("MatMul", [flat, b.constant("fc", "float32", [128, 3], randomValues(384, -0.1, 0.1, r))], {}, { name: "/fc/MatMul", output: "y" }));
  return b.model({ opset: 13 });
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
var tuple = (...items) => new Tuple(items);
var dict = (entries) => new Dict(Array.isArray(entries) ? entries : Object.entries(entries));
var global2 = (module2, name) => new Global(module2, name);
var call = (fn, ...args) => new Call(fn, args);
var newObj = (cls, state) => new NewObj(cls, state);
var orderedDict = () => call(global2("collections", "OrderedDict"));
function strides(shape) {
  const out = [];
  for (let i2 = shape.length - 1, s = 1; i2 >= 0; s *= shape[i2], i2--) out.unshift(s);
  return out;
}
function tensor2(storageType, key2, shape, requiresGrad = false) {
  const numel = shape.reduce((a, b) => a * b, 1);
  const storage = new PersId(tuple("storage", global2("torch", storageType), key2, "cpu", numel));
  return call(global2("torch._utils", "_rebuild_tensor_v2"), storage, 0, tuple(...shape), tuple(...strides(shape)), requiresGrad, orderedDict());
}
function scriptObject(qualified, attrs, training = false) {
  const dot = qualified.lastIndexOf(".");
  return newObj(global2(qualified.slice(0, dot), qualified.slice(dot + 1)), dict({ training, _is_full_backward_hook: null, ...attrs }));
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
    const key2 = `${g.module}.${g.name}`;
    const at = this.memo.get(key2);
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
    this.memo.set(key2, this.memo.size);
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
var STORAGE_BYTES = { FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4 };
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
    const [, cls, key2, , numel] = v.id.items;
    if (typeof key2 === "string" && typeof numel === "number" && cls instanceof Global) out[key2] = new Uint8Array(numel * (STORAGE_BYTES[cls.name] ?? 1));
  }
  return out;
}
function torchArchive(spec) {
  const level = spec.deflate ? 6 : 0;
  const files = {};
  const add2 = (path21, bytes) => {
    files[`${spec.name}/${path21}`] = [bytes, { level }];
  };
  add2("data.pkl", pickle(spec.data));
  for (const [path21, text] of Object.entries(spec.code ?? {})) add2(`code/${path21}`, Buffer.from(text, "utf8"));
  if (spec.constants !== void 0) add2("constants.pkl", pickle(spec.constants));
  const given = { ...storagesNamed(spec.data), ...spec.storages ?? {} };
  for (const key2 of spec.omitStorages ?? []) delete given[key2];
  for (const [key2, bytes] of Object.entries(given)) add2(`data/${key2}`, bytes);
  if (spec.constants !== void 0) for (const [key2, bytes] of Object.entries(storagesNamed(spec.constants))) add2(`constants/${key2}`, bytes);
  add2("version", Buffer.from(`${spec.version ?? "3"}
`));
  return zipSync(files);
}

// test/helpers/fuzz/random.ts
var Dice = class {
  next;
  constructor(seed) {
    this.next = rng(seed);
  }
  real() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
};
function truncate(b, d) {
  return b.slice(0, d.int(0, Math.max(0, b.length - 1)));
}
function flipBytes(b, d) {
  const out = b.slice();
  const n = d.int(1, 8);
  for (let i2 = 0; i2 < n && out.length; i2++) out[d.int(0, out.length - 1)] = d.int(0, 255);
  return out;
}

// test/helpers/fuzz/mutate-onnx.ts
var INTS = [-(2 ** 31), -1e12, -2, -1, 0, 1, 2, 3, 7, 255, 256, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 1e12, Number.MAX_SAFE_INTEGER];
var OP_TYPES = ["Conv", "Relu", "Add", "MatMul", "QuantizeLinear", "DequantizeLinear", "QLinearConv", "QLinearMatMul", "Reshape", "Resize", "BatchNormalization", "Gather", "Concat", "Softmax", "If", "Loop", "Identity", "Cast", "FooBar", "", "conv", "QLinearAdd", "ConvInteger", "MatMulInteger", "DynamicQuantizeLinear", "Transpose", "Slice", "TopK", "NonZero", "Where"];
var DOMAINS = ["", "ai.onnx", "com.microsoft", "com.microsoft.nchwc", "ai.onnx.ml", "org.pytorch.aten", "made.up", "ai.onnx.preview.training"];
var LOCATIONS = ["../outside.data", "/etc/passwd", "missing.data", "folder.data", "model.onnx", "", "sub/../../x.data", "w.data", "C:\\w.data", "w.data\0x"];
function graphOf(m) {
  return m.graph;
}
function someNode(g, d) {
  return g.node.length ? d.pick(g.node) : void 0;
}
function someTensor(g, d) {
  const all = [...g.initializer];
  for (const n of g.node) for (const a of n.attribute) if (a.t) all.push(a.t);
  return all.length ? d.pick(all) : void 0;
}
function long(v) {
  return long_default.fromNumber(v);
}
var MUTATIONS = {
  "op-type": (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n) n.op_type = d.pick(OP_TYPES);
    return `op type ${n?.op_type}`;
  },
  domain: (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n) n.domain = d.pick(DOMAINS);
    return `domain ${n?.domain}`;
  },
  "dangling-input": (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n && n.input.length) n.input[d.int(0, n.input.length - 1)] = d.pick(["nowhere", "", n.output[0] ?? "x"]);
    return "input renamed";
  },
  "swap-nodes": (m, d) => {
    const g = graphOf(m);
    if (g.node.length > 1) {
      const [i2, j] = [d.int(0, g.node.length - 1), d.int(0, g.node.length - 1)];
      [g.node[i2], g.node[j]] = [g.node[j], g.node[i2]];
    }
    return "nodes swapped";
  },
  "duplicate-output": (m, d) => {
    const g = graphOf(m);
    const a = someNode(g, d);
    const b = someNode(g, d);
    if (a && b && b.output.length) a.output[0] = b.output[0];
    return "output produced twice";
  },
  "graph-outputs": (m, d) => {
    const g = graphOf(m);
    if (d.chance(0.5) && g.output.length) g.output.push(g.output[0]);
    else if (g.output.length) g.output[0].name = d.pick(["missing", "", g.input[0]?.name ?? "x"]);
    return "graph outputs";
  },
  "drop-node": (m, d) => {
    const g = graphOf(m);
    if (g.node.length) g.node.splice(d.int(0, g.node.length - 1), 1);
    return "node dropped";
  },
  "repeat-node": (m, d) => {
    const g = graphOf(m);
    const n = someNode(g, d);
    if (!n) return "no node";
    const times = d.pick([10, 200, 2e3]);
    const fresh = d.chance(0.5);
    for (let i2 = 0; i2 < times; i2++) {
      const copy = make(NodeProto, { ...n, name: "", output: fresh ? n.output.map((o) => `${o}_rep${i2}`) : n.output });
      g.node.push(copy);
    }
    return `node repeated ${times} times${fresh ? "" : " onto one output"}`;
  },
  "tensor-dtype": (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) t.data_type = d.int(0, 30);
    return `dtype ${t?.data_type}`;
  },
  "tensor-dims": (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      if (t.dims.length && d.chance(0.7)) t.dims[d.int(0, t.dims.length - 1)] = long(d.pick(INTS));
      else t.dims.push(long(d.pick([0, 1, 2, -1])));
    }
    return "tensor dims";
  },
  "raw-data-length": (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t && t.raw_data?.length) t.raw_data = d.chance(0.5) ? t.raw_data.slice(0, d.int(0, t.raw_data.length - 1)) : new Uint8Array([...t.raw_data, ...new Uint8Array(d.int(1, 64))]);
    return "raw_data length";
  },
  "typed-field": (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      t.raw_data = new Uint8Array(0);
      const n = t.dims.reduce((a, b) => a * Number(b), 1);
      const count2 = Math.max(0, Math.min(4096, n + d.int(-1, 1)));
      t.int32_data = Array.from({ length: count2 }, () => d.pick([0, 1, -1, 127, 128, 255, 300, -129, 65536]));
    }
    return "typed field values";
  },
  "scale-values": (m, d) => {
    const scales = graphOf(m).initializer.filter((t2) => t2.data_type === 1 && (t2.raw_data?.length ?? 0) <= 64 && /s|scale/i.test(t2.name));
    const t = scales.length ? d.pick(scales) : void 0;
    if (t && t.raw_data?.length) {
      const f2 = new Float32Array(t.raw_data.length / 4);
      f2.fill(d.pick([0, -1, NaN, Infinity, 1e-45]));
      t.raw_data = new Uint8Array(f2.buffer);
    }
    return `scale ${t?.name}`;
  },
  "zero-point-dtype": (m, d) => {
    const zps = graphOf(m).initializer.filter((t2) => (t2.data_type === 2 || t2.data_type === 3) && /z|zero/i.test(t2.name));
    const t = zps.length ? d.pick(zps) : void 0;
    if (t) {
      t.data_type = d.pick([6, 7, 1, 8, 9]);
      const n = t.dims.reduce((a, b) => a * Number(b), 1);
      t.raw_data = new Uint8Array(n * (t.data_type === 7 ? 8 : t.data_type === 9 ? 1 : 4));
    }
    return `zero point dtype ${t?.data_type}`;
  },
  "input-dims": (m, d) => {
    const v = graphOf(m).input[0];
    const dim = v?.type?.tensor_type?.shape?.dim;
    if (dim?.length) dim[d.int(0, dim.length - 1)] = { dim_value: long(d.pick(INTS)), value: "dim_value" };
    return "input dims";
  },
  "elem-type": (m, d) => {
    const vs = [...graphOf(m).input, ...graphOf(m).output];
    const v = vs.length ? d.pick(vs) : void 0;
    if (v?.type?.tensor_type) v.type.tensor_type.elem_type = d.int(0, 30);
    return "elem type";
  },
  opset: (m, d) => {
    const o = m.opset_import[0];
    if (d.chance(0.2)) m.opset_import.push({ domain: d.pick(DOMAINS), version: long(d.pick([1, 13])) });
    else if (d.chance(0.1)) m.opset_import = [];
    else if (o) o.version = long(d.pick([0, 1, 6, 7, 10, 13, 17, 21, 23, 26, 27, 99, 2 ** 31]));
    return "opset";
  },
  "ir-version": (m, d) => {
    m.ir_version = long(d.pick([0, 1, 3, 7, 10, 11, 12, 99, -1]));
    return `ir ${m.ir_version}`;
  },
  "external-location": (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      const length = d.chance(0.7) ? t.raw_data?.length ?? 0 : d.pick(INTS);
      t.data_location = 1;
      t.raw_data = new Uint8Array(0);
      t.external_data = [{ key: "location", value: d.pick(LOCATIONS) }, { key: "offset", value: String(d.pick([0, 0, 4096, -1, 1e15])) }, { key: "length", value: String(length) }];
    }
    return `external location ${t?.external_data[0]?.value}`;
  },
  attribute: (m, d) => {
    const n = someNode(graphOf(m), d);
    const a = n?.attribute.length ? d.pick(n.attribute) : void 0;
    if (a) {
      if (d.chance(0.3)) a.type = d.int(0, 20);
      else if (a.type === ATTR.INT) a.i = long(d.pick(INTS));
      else if (a.type === ATTR.INTS) a.ints = a.ints.map(() => long(d.pick(INTS)));
      else if (a.type === ATTR.FLOAT) a.f = d.pick([NaN, -1, 0, 1e30]);
      else n.attribute.push(a);
    }
    return "attribute";
  }
};
var ONNX_MUTATIONS = Object.keys(MUTATIONS);
function mutateOnnx(model, d) {
  const m = ModelProto.decode(ModelProto.encode(model).finish());
  const names2 = [];
  const edits = d.chance(0.3) ? 2 : 1;
  for (let i2 = 0; i2 < edits; i2++) {
    const name = d.pick(ONNX_MUTATIONS);
    names2.push(`${name}: ${MUTATIONS[name](m, d)}`);
  }
  let bytes = ModelProto.encode(m).finish();
  const r = d.real();
  if (r < 0.08) {
    bytes = truncate(bytes, d);
    names2.push("truncated");
  } else if (r < 0.16) {
    bytes = flipBytes(bytes, d);
    names2.push("bytes flipped");
  }
  return { bytes, what: names2.join("; ") };
}

// test/helpers/fuzz/mutate-files.ts
function mutateNpy(b, d) {
  const text = Buffer.from(b).toString("latin1");
  const end = text.indexOf("\n");
  const kind = d.int(0, 6);
  switch (kind) {
    case 0: {
      const descr = d.pick(["<f4", ">f8", "|O", "<U5", "|b1", "<c16", "<i8", "zz", "<f2", "<V8"]);
      return { bytes: Buffer.from(text.replace(/'descr': '[^']*'/, `'descr': '${descr}'`), "latin1"), what: `descr ${descr}` };
    }
    case 1: {
      const shape = d.pick(["()", "(0,)", "(-1,)", "(4000000000,)", "(1, 2, 3)", "(99999999999999999999,)", "(2,", "None", "(1,) * 9"]);
      return { bytes: Buffer.from(text.replace(/'shape': \([^)]*\)/, `'shape': ${shape}`), "latin1"), what: `shape ${shape}` };
    }
    case 2:
      return { bytes: Buffer.from(text.replace("'fortran_order': False", `'fortran_order': ${d.pick(["True", "1", "None", "'x'"])}`), "latin1"), what: "fortran_order" };
    case 3: {
      const out = b.slice();
      out[8] = d.int(0, 255);
      out[9] = d.int(0, 255);
      return { bytes: out, what: "header length" };
    }
    case 4: {
      const out = b.slice();
      out[6] = d.pick([0, 1, 2, 3, 4, 255]);
      return { bytes: out, what: `version ${out[6]}` };
    }
    case 5:
      return { bytes: truncate(b, d), what: `truncated (header ends at ${end})` };
    default:
      return { bytes: flipBytes(b, d), what: "bytes flipped" };
  }
}
function u323(b, at) {
  return (b[at] | b[at + 1] << 8 | b[at + 2] << 16) + b[at + 3] * 16777216;
}
function put32(b, at, v) {
  b[at] = v & 255;
  b[at + 1] = v >>> 8 & 255;
  b[at + 2] = v >>> 16 & 255;
  b[at + 3] = v >>> 24 & 255;
}
function signatures(b, third) {
  const out = [];
  for (let i2 = 0; i2 + 4 <= b.length; i2++) if (b[i2] === 80 && b[i2 + 1] === 75 && b[i2 + 2] === third && b[i2 + 3] === third + 1) out.push(i2);
  return out;
}
function mutateZip(b, d, inner) {
  const out = b.slice();
  const cds = signatures(out, 1);
  const locals = signatures(out, 3);
  const kind = d.int(0, 8);
  const cd = cds.length ? d.pick(cds) : -1;
  const lh = locals.length ? d.pick(locals) : -1;
  switch (kind) {
    case 0:
      if (cd >= 0) put32(out, cd + 24, d.pick([0, 1, 1e3, 2147483647, 4026531840, 4294967295]));
      return { bytes: out, what: "central size" };
    case 1: {
      const v = d.pick([1, 1e3, 4026531840]);
      if (cd >= 0) put32(out, cd + 24, v);
      if (lh >= 0) put32(out, lh + 22, v);
      return { bytes: out, what: `both sizes ${v}` };
    }
    case 2:
      if (cd >= 0) put32(out, cd + 20, d.pick([0, 1, 4294967295, u323(out, cd + 20) + 100]));
      return { bytes: out, what: "compressed size" };
    case 3: {
      if (cd >= 0) {
        const nameLen = out[cd + 28] | out[cd + 29] << 8;
        const bad = d.pick(["../", "/", "..\\", "C:/"]);
        for (let i2 = 0; i2 < Math.min(bad.length, nameLen); i2++) out[cd + 46 + i2] = bad.charCodeAt(i2);
      }
      return { bytes: out, what: "member name leaves the folder" };
    }
    case 4:
      if (cd >= 0) out[cd + 10] = d.pick([1, 9, 12, 99]);
      return { bytes: out, what: "compression method" };
    case 5:
      if (cd >= 0) put32(out, cd + 42, d.pick([0, 1, 16777215, u323(out, cd + 42) + 3]));
      return { bytes: out, what: "local header offset" };
    case 6:
    case 7: {
      let members;
      try {
        members = unzipSync(b);
      } catch {
        return { bytes: flipBytes(b, d), what: "bytes flipped" };
      }
      const names2 = Object.keys(members);
      if (!names2.length) return { bytes: truncate(b, d), what: "truncated" };
      const name = d.pick(names2);
      const files = {};
      for (const n of names2) {
        if (n === name && kind === 7) continue;
        files[n] = [n === name ? inner(n, members[n], d) : members[n], { level: d.chance(0.5) ? 0 : 6 }];
      }
      return { bytes: zipSync(files), what: kind === 7 ? `member ${name} dropped` : `member ${name} changed` };
    }
    default:
      return d.chance(0.5) ? { bytes: truncate(b, d), what: "truncated" } : { bytes: flipBytes(b, d), what: "bytes flipped" };
  }
}

// test/helpers/fuzz/corpus.ts
function baseModels() {
  return {
    float_convs: floatConvChain(5),
    qdq_convs: qdqConvModel({ perChannel: true }),
    qdq_one_elem: qdqConvModel({ oneElementParams: true }),
    qlinear_conv: qlinearConvModel(),
    quant_matmul: quantMatMulModel(),
    with_if: ifModel(),
    dynamic_reshape: dynamicReshapeModel()
  };
}
function inputOf() {
  const values = randomValues(8 * 12 * 12, -1, 1, rng(5));
  return encodeNpy(tensor("float32", [1, 8, 12, 12], values, "x"), "x.npy");
}
function torchFiles() {
  const data = dict({ w: tensor2("FloatStorage", "0", [4, 3]), b: tensor2("FloatStorage", "1", [4]) });
  const script = scriptObject("__torch__.m.M", { w: tensor2("FloatStorage", "0", [8]) });
  return [
    torchArchive({ name: "archive", data }),
    torchArchive({ name: "m", data: script, code: { "__torch__/m.py": 'class M(Module):\n  __parameters__ = ["w", ]\n  w : Tensor\n  def forward(self, x: Tensor) -> Tensor:\n    return torch.add(x, self.w)\n' } })
  ];
}
function writeCorpus(dir, count2, seed) {
  fs4.mkdirSync(path5.join(dir, "folder.data"), { recursive: true });
  fs4.writeFileSync(path5.join(dir, "w.data"), new Uint8Array(8192));
  const d = new Dice(seed);
  const models = Object.entries(baseModels());
  const npy = inputOf();
  const npz = encodeNpz({ x: tensor("float32", [1, 8, 12, 12], randomValues(8 * 12 * 12, -1, 1, rng(6)), "x") }, "x.npz");
  const pts = torchFiles();
  const out = [];
  for (let i2 = 0; i2 < count2; i2++) {
    const r = d.real();
    let kind;
    let bytes;
    let what;
    let base = "float_convs";
    if (r < 0.6) {
      kind = "onnx";
      const [name, model] = d.pick(models);
      base = name;
      ({ bytes, what } = mutateOnnx(model, d));
    } else if (r < 0.73) {
      kind = "npy";
      ({ bytes, what } = mutateNpy(npy, d));
    } else if (r < 0.87) {
      kind = "npz";
      ({ bytes, what } = mutateZip(npz, d, (_n, data, dd) => mutateNpy(data, dd).bytes));
    } else {
      kind = "pt";
      ({ bytes, what } = mutateZip(d.pick(pts), d, (_n, data, dd) => flipBytes(data, dd)));
    }
    const file = path5.join(dir, `m${String(i2).padStart(5, "0")}.${kind}`);
    fs4.writeFileSync(file, bytes);
    out.push({ file, kind, base, what });
  }
  return out;
}
function writeBases(dir) {
  const files = {};
  for (const [name, model] of Object.entries(baseModels())) {
    files[name] = path5.join(dir, `${name}.onnx`);
    fs4.writeFileSync(files[name], encodeModel(model));
  }
  return files;
}

// test/helpers/fuzz/run-entry.ts
var path19 = __toESM(require("path"));

// src/engine/compile/compile.ts
var fs12 = __toESM(require("fs"));
var path12 = __toESM(require("path"));

// src/engine/cache/cache-dir.ts
var import_crypto2 = require("crypto");
var fs5 = __toESM(require("fs"));
var os = __toESM(require("os"));
var path6 = __toESM(require("path"));
function cacheRoot() {
  const base = process.env.QUANTLENS_CACHE_DIR || path6.join(process.env.XDG_CACHE_HOME || path6.join(os.homedir(), ".cache"), "quantlens");
  fs5.mkdirSync(base, { recursive: true });
  return base;
}
function hashParts(...parts) {
  const h = (0, import_crypto2.createHash)("sha256");
  for (const p of parts) {
    h.update(typeof p === "string" ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength));
    h.update("\0");
  }
  return h.digest("hex");
}
function readJson(file) {
  try {
    return JSON.parse(fs5.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
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

// src/shared/op-key.ts
function opKey(domain, opType) {
  return domain && domain !== "ai.onnx" ? `${domain}:${opType}` : opType;
}

// src/shared/layout.ts
function layoutName(layout2) {
  return layout2.kind === "NCHWc" ? `NCHW${layout2.block ?? "?"}c` : layout2.kind;
}
var LAYOUT_OPS = /* @__PURE__ */ new Set(["Transpose", "ReorderInput", "ReorderOutput"]);

// src/engine/emulate/pair-plan.ts
var INT16_MIN = -32768;
var INT16_MAX = 32767;
function activationRange(rule, dtype2) {
  if (dtype2 === "int8") return { lo: -128, hi: 127, shift: 0 };
  return rule.activation === "flip-u8" ? { lo: -128, hi: 127, shift: -128 } : { lo: 0, hi: 255, shift: 0 };
}
function pairsOf(rule, k) {
  const out = [];
  if (rule.partner === "adjacent") {
    for (let i2 = 0; i2 < k; i2 += 2) out.push([i2, i2 + 1 < k ? i2 + 1 : -1]);
    return out;
  }
  for (let block = 0; block < k; block += 16) {
    for (let j = 0; j < 8; j++) {
      const a = block + j;
      const b = a + 8;
      if (a >= k) break;
      out.push([a, b < k ? b : -1]);
    }
  }
  return out;
}
function bounds(w1, w2, lo, hi) {
  const p1 = [lo * w1, hi * w1];
  const p2 = [lo * w2, hi * w2];
  return { min: Math.min(...p1) + Math.min(...p2), max: Math.max(...p1) + Math.max(...p2) };
}
function planPairs(weight, columns, k, rule, activation, stored) {
  const full = activationRange(rule, activation);
  const lo = stored ? stored.min + full.shift : full.lo;
  const hi = stored ? stored.max + full.shift : full.hi;
  const pairs = pairsOf(rule, k);
  const entries = [];
  let columnsAtRisk = 0;
  let maxPerColumn = 0;
  let worstBound = 0;
  for (let c = 0; c < columns; c++) {
    let count2 = 0;
    for (const [k1, k2] of pairs) {
      const w1 = weight(c, k1);
      const w2 = k2 < 0 ? 0 : weight(c, k2);
      const b = bounds(w1, w2, lo, hi);
      worstBound = Math.max(worstBound, b.max, -b.min);
      if (b.max <= INT16_MAX && b.min >= INT16_MIN) continue;
      if (k2 < 0) continue;
      entries.push({ column: c, k1, k2, w1, w2 });
      count2++;
    }
    if (count2) columnsAtRisk++;
    maxPerColumn = Math.max(maxPerColumn, count2);
  }
  return { entries, pairs: pairs.length * columns, columnsAtRisk, maxPerColumn, worstBound };
}
function planWeights(layout2, dims, bytes, rule, activation, stored) {
  if ("conv" in layout2) {
    const [columns, groupIn, ...kernel] = dims;
    const positions = kernel.reduce((a, b) => a * b, 1);
    if (groupIn === 1 && columns === layout2.conv.group) return { entries: [], pairs: 0, columnsAtRisk: 0, maxPerColumn: 0, worstBound: 0 };
    return planPairs((c, k) => bytes[(c * groupIn + k % groupIn) * positions + Math.floor(k / groupIn)], columns, positions * groupIn, rule, activation, stored);
  }
  const [rows, cols] = dims;
  return layout2.matmul.transposed ? planPairs((c, k) => bytes[c * cols + k], rows, cols, rule, activation, stored) : planPairs((c, k) => bytes[k * cols + c], cols, rows, rule, activation, stored);
}

// src/engine/targets/kernel-family.ts
var KERNEL_FAMILIES = [
  {
    id: "x64-avx2",
    arch: "x64",
    title: "x64 without VNNI (AVX2)",
    cpus: "AVX2 or AVX-512 without VNNI: Intel Haswell to Coffee Lake, Skylake-SP servers, AMD Zen 1 to 3",
    pairs: { operands: ["u8s8"], activation: "raw", partner: "adjacent", overflow: "saturate" },
    nchwcBlock: "8 (16 with AVX-512)",
    compileConfig: {},
    fix: "compile with session.x64quantprecision=1 (target cpu-int8-precise) for such machines, or quantize activations to 7 bits (0..127, reduce_range) or weights to +-64"
  },
  {
    id: "x64-vnni",
    arch: "x64",
    title: "x64 with VNNI",
    cpus: "AVX-512 VNNI, AVX-VNNI or AMX: Intel Cascade Lake servers and newer, Ice Lake and newer, Alder Lake and newer, AMD Zen 4 and newer",
    pairs: null,
    nchwcBlock: "16 (8 with AVX-VNNI only)",
    compileConfig: {},
    fix: ""
  },
  {
    id: "arm64",
    arch: "arm64",
    title: "arm64 without dot product",
    cpus: "Cortex-A53, A72, A73 (Raspberry Pi 3 and 4, many edge boards)",
    pairs: { operands: ["u8s8", "s8s8"], activation: "flip-u8", partner: "eight-apart-in-16", overflow: "wrap" },
    nchwcBlock: "none (no NCHWc kernels on arm64)",
    compileConfig: { "optimization.disable_specified_optimizers": "NchwcTransformer" },
    fix: "keep int8 weights within [-127, 127] (a symmetric range), or deploy on a CPU with the dot-product extension",
    symmetricS8Conv: { exactUnlessConvSym: { minInputChannels: 64, inputAlign: 8, outputAlign: 8 } }
  },
  {
    id: "arm64-dotprod",
    arch: "arm64",
    title: "arm64 with dot product",
    cpus: "UDOT/SDOT or i8mm: Cortex-A55, A76 and newer, Neoverse N1 and newer (AWS Graviton 2+), Apple M1 and newer, Raspberry Pi 5",
    pairs: null,
    nchwcBlock: "none (no NCHWc kernels on arm64)",
    compileConfig: { "optimization.disable_specified_optimizers": "NchwcTransformer" },
    fix: ""
  }
];
function kernelFamily(id) {
  const f2 = KERNEL_FAMILIES.find((x2) => x2.id === id);
  if (!f2) throw new Error(`unknown kernel family '${id}'`);
  return f2;
}
function operandPair(activation, weight) {
  const a = activation === "uint8" ? "u8" : activation === "int8" ? "s8" : null;
  const b = weight === "uint8" ? "u8" : weight === "int8" ? "s8" : null;
  return a && b ? `${a}${b}` : null;
}
function pairRuleFor(family, operands) {
  return family.pairs && operands && family.pairs.operands.includes(operands) ? family.pairs : null;
}
function convPairRule(family, g) {
  const rule = pairRuleFor(family, operandPair(g.activation, g.weight));
  if (!rule) return null;
  if (g.groupIn === 1 && g.outChannels === g.group) return null;
  const s8 = family.symmetricS8Conv?.exactUnlessConvSym;
  if (s8 && g.activation === "int8" && g.symmetric) {
    const convSym = g.group === 1 && g.kernelSize > 1 && g.groupIn >= s8.minInputChannels && g.groupIn % s8.inputAlign === 0 && g.outChannels >= s8.outputAlign && g.outChannels % s8.outputAlign === 0;
    if (!convSym) return null;
  }
  return rule;
}

// src/engine/targets/target-kernels.ts
function kernelFacts(target2, probe) {
  const family = kernelFamily(target2.emulates ?? probe.family);
  const precise = family.arch === "x64" && target2.config["session.x64quantprecision"] === "1";
  return { family, emulated: !!target2.emulates, pairs: precise ? null : family.pairs };
}
function describeKernels(k) {
  const how = !k.pairs ? "exact int32 accumulation" : k.pairs.overflow === "saturate" ? "uint8 x int8 products summed in pairs with int16 saturation" : "int8 products summed in pairs that wrap in int16";
  return `${k.emulated ? "emulated" : "measured on this machine"}: ${k.family.title} (${how})`;
}

// src/engine/findings/rules.ts
var RUNTIME_DOMAINS = /* @__PURE__ */ new Set(["", "ai.onnx", "ai.onnx.ml", "com.microsoft", "com.microsoft.nchwc", "ai.onnx.preview.training", "ai.onnx.training", "com.ms.internal.nhwc"]);
var INTEGER_OPS = {
  QLinearConv: { act: 0, weight: 3, bias: 8 },
  QLinearMatMul: { act: 0, weight: 3 },
  ConvInteger: { act: 0, weight: 1 },
  MatMulInteger: { act: 0, weight: 1 },
  QGemm: { act: 0, weight: 3, bias: 6 },
  QLinearAdd: { act: 0 },
  QLinearMul: { act: 0 },
  QLinearGlobalAveragePool: { act: 0 },
  QLinearAveragePool: { act: 0 },
  QLinearSigmoid: { act: 0 },
  QLinearLeakyRelu: { act: 0 },
  QLinearConcat: { act: 2 },
  QLinearSoftmax: { act: 0 },
  MatMulIntegerToFloat: { act: 0, weight: 1 },
  DynamicQuantizeMatMul: { act: 0, weight: 1 }
};
var FLOAT_COMPUTE = /* @__PURE__ */ new Set(["Conv", "ConvTranspose", "MatMul", "Gemm", "FusedConv", "FusedMatMul", "FusedGemm", "Add", "Mul", "Sub", "Div", "AveragePool", "GlobalAveragePool", "MaxPool", "Relu", "Clip", "Sigmoid", "Softmax", "Concat", "Attention", "LayerNormalization", "BatchNormalization"]);
function fakeQuantLike(n) {
  if (/fake_?quant/i.test(n.opType)) return true;
  if (n.opType === "ATen") return n.attributes.some((a) => a.name === "operator" && typeof a.value === "string" && /fake_quant/.test(a.value));
  return false;
}
function paramFindings(g, out) {
  for (const v of g.values.values()) {
    const q = v.quant;
    if (!q) continue;
    const bad = q.scale.findIndex((s) => !(s > 0) || !Number.isFinite(s));
    if (bad >= 0) {
      out.push(diag("QL-BAD-SCALE", "error", `tensor ${v.name} has quantization scale ${q.scale[bad]}${q.scale.length > 1 ? ` (channel ${bad})` : ""}: scales must be finite and positive`, { tensor: v.name, fix: "Recalibrate: a zero or negative scale comes from an empty or broken observer range." }));
    }
    const range = integerRange(v.dtype ?? q.dtype ?? "uint8") ?? integerRange(q.dtype ?? "uint8");
    if (range) {
      const zp = q.zeroPoint.findIndex((z) => !Number.isInteger(z) || z < range.min || z > range.max);
      if (zp >= 0) out.push(diag("QL-ZERO-POINT-RANGE", "error", `tensor ${v.name} has zero point ${q.zeroPoint[zp]}, outside ${v.dtype ?? q.dtype} [${range.min}, ${range.max}]`, { tensor: v.name, fix: "Store zero points in the quantized dtype and within its range." }));
    }
  }
}
function depthwisePerTensor(g, out) {
  for (const n of g.nodes) {
    const weightSlot = n.opType === "Conv" ? 1 : n.opType === "QLinearConv" ? 3 : -1;
    if (weightSlot < 0) continue;
    const group = n.attributes.find((a) => a.name === "group")?.value;
    const w = g.values.get(n.inputs[weightSlot]);
    const wq = w?.quant ?? (w && w.producer >= 0 && g.nodes[w.producer].opType === "DequantizeLinear" ? g.values.get(g.nodes[w.producer].inputs[0])?.quant : null);
    const shape = w?.shape ?? (w && w.producer >= 0 ? g.values.get(g.nodes[w.producer].inputs[0])?.shape : null);
    if (typeof group !== "number" || group <= 1 || !wq || !shape || shape[1] !== 1) continue;
    if (wq.scale.length === 1) {
      out.push(diag("QL-DEPTHWISE-PER-TENSOR", "warning", `depthwise conv ${n.name} (${group} channels) quantizes its weights per tensor: channels with small weights lose most of their resolution`, { node: n.name, tensor: w.name, fix: "Quantize depthwise conv weights per channel (axis 0)." }));
    }
  }
}
function dtypeFindings(g, out) {
  for (const n of g.nodes) {
    const slots = INTEGER_OPS[n.opType];
    if (!slots) continue;
    for (const [role, slot] of [["activation", slots.act], ["weight", slots.weight], ["bias", slots.bias]]) {
      if (slot === void 0) continue;
      const v = g.values.get(n.inputs[slot]);
      if (!v?.dtype) continue;
      if (role !== "activation" && v.initializer && (v.dtype === "float32" || v.dtype === "float16" || v.dtype === "float64")) {
        out.push(diag("QL-FLOAT-INIT-INTEGER-OP", "error", `${n.opType} ${n.name} reads a ${v.dtype} initializer ${v.name} as its ${role}: integer ops need integer ${role}s`, { node: n.name, tensor: v.name, fix: `Quantize the ${role} (int8 weights, int32 bias) before the integer op.` }));
      }
      if (role === "activation" && !v.initializer && (v.dtype === "int16" || v.dtype === "uint16" || v.dtype === "int32")) {
        out.push(diag("QL-WIDE-ACTIVATION", "warning", `${n.opType} ${n.name} takes a ${v.dtype} activation ${v.name}: few integer kernels take ${v.dtype}, so this layer may run slowly or fall back to float`, { node: n.name, tensor: v.name, fix: "Quantize activations to 8 bits, or check that the target has kernels for 16-bit activations." }));
      }
    }
  }
}
function sourceFindings(source, _model, _probe, failure) {
  const out = [];
  for (const n of source.nodes) {
    if (fakeQuantLike(n)) {
      out.push(diag("QL-FAKE-QUANT", "error", `${opKey(n.domain, n.opType)} ${n.name} is a fake-quantize op left from training: the runtime cannot run it`, { node: n.name, fix: "Run torch.ao.quantization.convert before export, or export the QAT model at opset 13+ so fake-quant becomes QuantizeLinear/DequantizeLinear." }));
    } else if (!RUNTIME_DOMAINS.has(n.domain)) {
      out.push(diag("QL-UNSUPPORTED-OP", "error", `${opKey(n.domain, n.opType)} ${n.name} is in domain '${n.domain}', which the runtime does not implement`, { node: n.name, fix: "Export without custom ops (or register the custom op library with the runtime)." }));
    }
  }
  paramFindings(source, out);
  depthwisePerTensor(source, out);
  dtypeFindings(source, out);
  if (failure) {
    const fix = failure.repairs.length ? `Run 'quantlens repair MODEL --out FIXED.onnx' (${failure.repairs.map((r) => r.id).join(" + ")}): same outputs, compiles.` : failure.workingTargets.length ? `Use a target that compiles it: ${failure.workingTargets.join(", ")}.` : null;
    out.push(diag("QL-COMPILE-FAILED", "error", `does not compile at level ${failure.level}${failure.optimizer ? ` (optimizer ${failure.optimizer})` : ""}: ${failure.cause}`, { node: failure.node, fix }));
  }
  return out;
}
function pathToQuantize(g, n) {
  let frontier = [n];
  const between = [];
  for (let step = 0; step < 5 && frontier.length; step++) {
    const next = [];
    for (const f2 of frontier) for (const o of f2.outputs) for (const c of g.values.get(o)?.consumers ?? []) {
      const k = g.nodes[c];
      if (k.opType === "QuantizeLinear") return between;
      next.push(k);
    }
    frontier = next;
    between.push(...new Set(next.map((k) => k.opType)));
  }
  return null;
}
function floatIslands(g) {
  const fedByDq = (n) => n.inputs.some((i2) => {
    let v = g.values.get(i2);
    for (let k = 0; k < 4 && v && v.producer >= 0; k++) {
      const p = g.nodes[v.producer];
      if (p.opType === "DequantizeLinear") return !g.values.get(p.inputs[0])?.initializer;
      if (!LAYOUT_OPS.has(p.opType) && p.opType !== "Reshape") return false;
      v = g.values.get(p.inputs[0]);
    }
    return false;
  });
  const isFloat2 = (n) => FLOAT_COMPUTE.has(n.opType) && !INTEGER_OPS[n.opType] && n.outputs.some((o) => g.values.get(o)?.dtype?.startsWith("float"));
  const islands = [];
  const island = /* @__PURE__ */ new Map();
  for (const n of g.nodes) {
    if (!isFloat2(n) || !fedByDq(n)) continue;
    const between = pathToQuantize(g, n);
    if (!between) continue;
    let id = -1;
    for (const i2 of n.inputs) {
      const p = g.values.get(i2)?.producer ?? -1;
      if (p >= 0 && island.has(p)) id = island.get(p);
    }
    if (id < 0) {
      id = islands.length;
      islands.push({ nodes: [], between: [] });
    }
    island.set(n.index, id);
    islands[id].nodes.push(n);
    islands[id].between.push(...between);
  }
  return islands;
}
function islandFix(islands) {
  const blockers = new Set(islands.flatMap((i2) => i2.between).filter((op) => !["Relu", "Clip", "DequantizeLinear", "Identity"].includes(op)));
  if (blockers.has("BatchNormalization") || blockers.has("Div") || blockers.has("Mul")) {
    return `Ops between the float op and its QuantizeLinear block the fusion (${[...blockers].join(", ")}): fold BatchNormalization (and the Div/Mul the QAT export adds) into the conv before quantizing or exporting (fuse_modules / eval-mode fusion), so each layer is DQ -> Conv -> Q.`;
  }
  if (blockers.size) return `Ops between the float op and its QuantizeLinear block the fusion (${[...blockers].join(", ")}): quantize them too, or move them before the QuantizeLinear.`;
  return "Check the QDQ pattern around these ops (a DQ feeding several consumers, an op type without an integer kernel, or parameters the fusion rejects keep them in float).";
}
function countBy(xs, key2) {
  const m = /* @__PURE__ */ new Map();
  for (const x2 of xs) m.set(key2(x2), (m.get(key2(x2)) ?? 0) + 1);
  return [...m].map(([k, v]) => `${v} ${k}`).join(", ");
}
function compiledFindings(source, compiled, compiledConsts, probe, target2) {
  const out = [];
  const quantized = source.nodes.some((n) => n.opType === "QuantizeLinear" || n.opType === "DequantizeLinear" || INTEGER_OPS[n.opType]);
  if (quantized) {
    const islands = floatIslands(compiled);
    if (islands.length) {
      const nodes = islands.flatMap((i2) => i2.nodes);
      const expected = target2.level === "disabled" || target2.level === "basic" || target2.config["session.disable_quant_qdq"] === "1";
      out.push(diag(
        "QL-FLOAT-ISLANDS",
        expected ? "info" : "warning",
        `${nodes.length} op${nodes.length > 1 ? "s" : ""} of this quantized model run in float at ${target2.id} (${countBy(nodes, (n) => n.opType)}), in ${islands.length} island${islands.length > 1 ? "s" : ""} between DequantizeLinear and QuantizeLinear: ${islands.slice(0, 5).map((i2) => i2.nodes.map((n) => n.name).join(" -> ")).join("; ")}${islands.length > 5 ? "; ..." : ""}`,
        { node: nodes[0].name, fix: expected ? "This target simulates quantization in float by design; compile for cpu to see the integer kernels." : islandFix(islands) }
      ));
    }
  }
  const kernels = kernelFacts(target2, probe);
  if (kernels.pairs) laneFindings(compiled, compiledConsts, kernels, out);
  const inserted = compiled.nodes.filter((n) => n.inserted);
  if (inserted.length) {
    out.push(diag("QL-LAYOUT-TRANSFORMS", "info", `the compiler inserted ${inserted.length} layout conversion${inserted.length > 1 ? "s" : ""} (${countBy(inserted, (n) => n.opType)}); each copies a whole tensor`, { node: inserted[0].name, fix: "Fewer conversions: keep runs of layout-friendly ops together, or compare with cpu-no-layout." }));
  }
  paramFindings(compiled, out);
  dtypeFindings(compiled, out);
  return out;
}
function weightLayout(n) {
  if (n.opType === "QLinearConv" || n.opType === "ConvInteger") {
    const g = n.attributes.find((a) => a.name === "group")?.value;
    return { conv: { group: typeof g === "number" ? g : 1 } };
  }
  if (n.opType === "QGemm") return { matmul: { transposed: n.attributes.some((a) => a.name === "transB" && a.value === 1) } };
  if (n.opType === "QLinearMatMul" || n.opType === "MatMulInteger" || n.opType === "MatMulIntegerToFloat" || n.opType === "DynamicQuantizeMatMul") return { matmul: { transposed: false } };
  return null;
}
function laneFindings(g, consts, kernels, out) {
  const rule = kernels.pairs;
  let overflowingLayers = 0;
  const details = [];
  let first;
  let worst = 0;
  for (const n of g.nodes) {
    const slots = INTEGER_OPS[n.opType];
    const layout2 = weightLayout(n);
    if (!slots || slots.weight === void 0 || !layout2) continue;
    const activation = n.opType === "DynamicQuantizeMatMul" ? "uint8" : g.values.get(n.inputs[slots.act])?.dtype;
    const w = g.values.get(n.inputs[slots.weight]);
    const data = w?.initializer ? consts.get(w.name) : void 0;
    if (activation !== "uint8" && activation !== "int8" || !data || data.dtype !== "int8" && data.dtype !== "uint8") continue;
    const wz = n.opType === "QLinearConv" ? consts.get(n.inputs[5]) : void 0;
    const layerRule = "conv" in layout2 ? convPairRule(kernels.family, { activation, weight: data.dtype, group: layout2.conv.group, groupIn: data.dims[1], outChannels: data.dims[0], kernelSize: data.dims.slice(2).reduce((p, d) => p * d, 1), symmetric: !wz || toNumbers(wz).every((v) => v === 0) }) : pairRuleFor(kernels.family, operandPair(activation, data.dtype));
    if (!layerRule) continue;
    const q = n.opType === "DynamicQuantizeMatMul" ? null : g.values.get(n.inputs[slots.act])?.quant;
    const stored = q && q.qmin !== null && q.qmax !== null ? { min: q.qmin, max: q.qmax } : void 0;
    const plan = planWeights(layout2, data.dims, toNumbers(data), layerRule, activation, stored);
    if (plan.entries.length === 0) continue;
    overflowingLayers++;
    worst = Math.max(worst, plan.worstBound);
    first ??= n;
    if (details.length < 5) details.push(`${n.name} (${plan.columnsAtRisk} channels, pair sums up to ${plan.worstBound})`);
  }
  if (overflowingLayers) {
    const lanes = rule.overflow === "saturate" ? "saturate" : "wrap";
    out.push(diag(
      "QL-U8S8-SATURATION",
      "warning",
      `${overflowingLayers} integer layer${overflowingLayers > 1 ? "s" : ""} can form pair sums past the int16 lanes that ${lanes} on ${kernels.family.title} (${kernels.emulated ? "emulated target" : "measured here"}; worst pair sum ${worst} > 32767): ${details.join("; ")}${overflowingLayers > 5 ? "; ..." : ""}`,
      { node: first.name, fix: `${kernels.family.fix.charAt(0).toUpperCase()}${kernels.family.fix.slice(1)}.` }
    ));
  }
}

// src/shared/scopes.ts
function nameScope(name) {
  const i2 = name.lastIndexOf("/");
  return i2 > 0 ? name.slice(0, i2) : "";
}

// src/engine/ir/quant-params.ts
var SLOTS = {
  QLinearConv: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: 0 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearMatMul: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: -1 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearAdd: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearMul: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearSigmoid: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearLeakyRelu: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearSoftmax: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearGlobalAveragePool: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearAveragePool: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearReduceMean: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QGemm: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: 0 }], out: { scale: 7, zeroPoint: 8 } },
  MatMulIntegerToFloat: { triples: [{ value: 0, scale: 2, zeroPoint: 4 }, { value: 1, scale: 3, zeroPoint: 5, channelAxis: -1 }] },
  DynamicQuantizeMatMul: { triples: [{ value: 1, scale: 2, zeroPoint: 3, channelAxis: -1 }] },
  MatMulInteger: { triples: [{ value: 0, scale: -1, zeroPoint: 2 }, { value: 1, scale: -1, zeroPoint: 3, channelAxis: -1 }] },
  ConvInteger: { triples: [{ value: 0, scale: -1, zeroPoint: 2 }, { value: 1, scale: -1, zeroPoint: 3, channelAxis: 0 }] }
};
var QUANT_PRESERVING = /* @__PURE__ */ new Set(["Transpose", "Reshape", "Flatten", "Squeeze", "Unsqueeze", "MaxPool", "NhwcMaxPool", "Identity", "ReorderInput", "ReorderOutput", "Slice", "Gather", "Pad", "Resize", "DepthToSpace", "SpaceToDepth"]);
function params(consts, scaleName, zpName, axis, fallbackDtype) {
  const scaleT = scaleName ? consts.get(scaleName) : void 0;
  const zpT = zpName ? consts.get(zpName) : void 0;
  if (!scaleT && !zpT && !scaleName) return null;
  const scale = scaleT ? Array.from(toFloat32(scaleT)) : [];
  const zeroPoint = zpT ? Array.from(toFloat32(zpT)) : scale.map(() => 0);
  const dtype2 = zpT?.dtype ?? fallbackDtype;
  const range = dtype2 ? integerRange(dtype2) : void 0;
  const perChannel = scale.length > 1 || zeroPoint.length > 1;
  return {
    scale,
    zeroPoint,
    axis: perChannel ? axis : null,
    dtype: dtype2 ?? null,
    qmin: range?.min ?? null,
    qmax: range?.max ?? null,
    scaleTensor: scaleName ? consts.origin(scaleName) : null,
    zeroPointTensor: zpName ? consts.origin(zpName) : null
  };
}
function intAttr(node, name) {
  const a = node.attributes.find((x2) => x2.name === name);
  return typeof a?.value === "number" ? a.value : void 0;
}
function normalizeAxis(axis, value) {
  const rank = value?.shape?.length;
  return axis < 0 && rank ? axis + rank : axis;
}
function assignQuantParams(nodes, values, consts) {
  const set = (name, q) => {
    const v = name ? values.get(name) : void 0;
    if (v && q && !v.quant) v.quant = q;
  };
  for (const n of nodes) {
    const i2 = n.inputs;
    if (n.opType === "QuantizeLinear" || n.opType === "DequantizeLinear") {
      const target2 = n.opType === "QuantizeLinear" ? n.outputs[0] : i2[0];
      const axis = normalizeAxis(intAttr(n, "axis") ?? 1, values.get(target2));
      set(target2, params(consts, i2[1], i2[2], axis, values.get(target2)?.dtype ?? "uint8"));
      continue;
    }
    if (n.opType === "DynamicQuantizeLinear") {
      set(n.outputs[0], { scale: [], zeroPoint: [], axis: null, dtype: "uint8", qmin: 0, qmax: 255, scaleTensor: n.outputs[1] ?? null, zeroPointTensor: n.outputs[2] ?? null, runtime: true });
      continue;
    }
    if (n.opType === "QLinearConcat") {
      set(n.outputs[0], params(consts, i2[0], i2[1], null, values.get(n.outputs[0])?.dtype ?? null));
      for (let k = 2; k + 2 < i2.length + 1; k += 3) set(i2[k], params(consts, i2[k + 1], i2[k + 2], null, values.get(i2[k])?.dtype ?? null));
      continue;
    }
    const slots = SLOTS[n.opType];
    if (!slots) continue;
    for (const t of slots.triples) {
      const v = values.get(i2[t.value]);
      const axis = t.channelAxis === void 0 ? null : t.channelAxis < 0 ? Math.max(0, (v?.shape?.length ?? 2) - 1) : t.channelAxis;
      set(i2[t.value], params(consts, t.scale >= 0 ? i2[t.scale] : void 0, i2[t.zeroPoint], axis, v?.dtype ?? null));
    }
    if (slots.out && i2[slots.out.scale]) set(n.outputs[0], params(consts, i2[slots.out.scale], i2[slots.out.zeroPoint], null, values.get(n.outputs[0])?.dtype ?? null));
  }
  for (const n of nodes) {
    const src = gridKeptBy(n, values);
    if (!src) continue;
    for (const o of QUANT_SPLITTING.has(n.opType) ? n.outputs : n.outputs.slice(0, 1)) {
      const dst = values.get(o);
      if (dst && !dst.quant && (dst.dtype === null || dst.dtype === src.dtype)) dst.quant = src.quant;
    }
  }
}
var QUANT_KEEPING = /* @__PURE__ */ new Set(["Clip", "Max", "Min", "Concat"]);
var QUANT_SPLITTING = /* @__PURE__ */ new Set(["Split"]);
function sameGrid(a, b) {
  const eq = (x2, y) => x2.length === y.length && x2.every((v, i2) => v === y[i2]);
  return a === b || a.dtype === b.dtype && eq(a.scale, b.scale) && eq(a.zeroPoint, b.zeroPoint) && a.axis === b.axis;
}
function gridKeptBy(n, values) {
  const first = values.get(n.inputs[0]);
  if (!first?.quant) return null;
  if (QUANT_PRESERVING.has(n.opType) || QUANT_SPLITTING.has(n.opType)) return first;
  if (!QUANT_KEEPING.has(n.opType)) return null;
  const live = n.inputs.filter((i2) => i2 && !values.get(i2)?.initializer).map((i2) => values.get(i2));
  if (n.opType === "Clip") return first;
  return live.every((v) => v?.quant && sameGrid(v.quant, first.quant)) ? first : null;
}

// src/engine/ir/build-ir.ts
var utf82 = new TextDecoder();
function attributeValue(a) {
  switch (a.type) {
    case ATTR.FLOAT:
      return a.f;
    case ATTR.INT:
      return num(a.i);
    case ATTR.STRING:
      return utf82.decode(a.s);
    case ATTR.FLOATS:
      return [...a.floats];
    case ATTR.INTS:
      return a.ints.map(num);
    case ATTR.STRINGS:
      return a.strings.map((s) => utf82.decode(s));
    case ATTR.TENSOR:
      return { tensor: { dtype: dtypeFromCode(a.t?.data_type ?? 0) ?? "unknown", dims: (a.t?.dims ?? []).map(num) } };
    case ATTR.GRAPH:
      return { graph: a.g?.name ?? "" };
    case ATTR.GRAPHS:
      return { graphs: a.graphs.map((g) => g.name) };
    default:
      return `<${a.type}>`;
  }
}
function typeOf(t) {
  const tt = t?.tensor_type;
  if (!tt) return { dtype: null, shape: null };
  const shape = tt.shape ? tt.shape.dim.map((d) => d.dim_param ? d.dim_param : d.value === "dim_value" || d.dim_value !== void 0 ? num(d.dim_value) : "?") : null;
  return { dtype: dtypeFromCode(tt.elem_type) ?? null, shape };
}
function countOps(nodes) {
  const counts = {};
  for (const n of nodes) {
    const k = opKey(n.domain, n.opType);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
function subgraphSummaries(attrs) {
  const out = [];
  for (const a of attrs) {
    const graphs = a.type === ATTR.GRAPH && a.g ? [a.g] : a.type === ATTR.GRAPHS ? a.graphs : [];
    for (const g of graphs) {
      out.push({ attribute: a.name, name: g.name, nodes: g.node.length, opCounts: countOps(g.node.map((n) => ({ domain: n.domain, opType: n.op_type }))) });
    }
  }
  return out;
}
function declaredInputs(model) {
  const g = model.graph;
  const declared = /* @__PURE__ */ new Map();
  for (const vi of [...g.input, ...g.output, ...g.value_info]) declared.set(vi.name, typeOf(vi.type));
  const initNames = new Set(g.initializer.map((t) => t.name));
  const inputs = g.input.map((i2) => i2.name).filter((n) => !initNames.has(n));
  return { inputs, values: new Map(inputs.map((n) => [n, declared.get(n) ?? { dtype: null, shape: null }])) };
}
function buildIR(model, opts = {}) {
  const g = model.graph;
  const values = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Map();
  for (const vi of [...g.input, ...g.output, ...g.value_info]) declared.set(vi.name, typeOf(vi.type));
  const value = (name) => {
    let v = values.get(name);
    if (!v) {
      const t = opts.types?.get(name) ?? declared.get(name) ?? { dtype: null, shape: null };
      v = { name, dtype: t.dtype, shape: t.shape, layout: { kind: "unknown", block: null, channels: null }, quant: null, initializer: false, producer: -1, consumers: [] };
      values.set(name, v);
    }
    return v;
  };
  for (const t of g.initializer) {
    const v = value(t.name);
    v.initializer = true;
    v.dtype = dtypeFromCode(t.data_type) ?? null;
    v.shape = t.dims.map(num);
  }
  const initNames = new Set(g.initializer.map((t) => t.name));
  const inputs = g.input.map((i2) => i2.name).filter((n) => !initNames.has(n));
  for (const name of inputs) value(name);
  const nodes = g.node.map((n, index) => {
    const node = {
      index,
      name: n.name || `${n.op_type}_${index}`,
      opType: n.op_type,
      domain: n.domain === "ai.onnx" ? "" : n.domain,
      inputs: [...n.input],
      outputs: [...n.output],
      attributes: n.attribute.map((a) => ({ name: a.name, value: attributeValue(a) })),
      origin: [],
      inserted: false,
      scope: "",
      subgraphs: subgraphSummaries(n.attribute)
    };
    node.scope = nameScope(node.name);
    node.origin = [node.name];
    for (const i2 of n.input) if (i2) value(i2).consumers.push(index);
    for (const o of n.output) if (o) value(o).producer = index;
    return node;
  });
  const consts = new ConstValues(g);
  for (const n of nodes) {
    if (n.opType !== "Constant") continue;
    const v = values.get(n.outputs[0]);
    const t = consts.get(n.outputs[0]);
    if (v && t && v.dtype === null) {
      v.dtype = t.dtype;
      v.shape = t.dims;
    }
  }
  assignQuantParams(nodes, values, consts);
  const opsets = {};
  for (const o of model.opset_import) opsets[o.domain || ""] = num(o.version);
  return { graph: { name: g.name, opsets, inputs, outputs: g.output.map((o) => o.name), nodes, values }, consts };
}

// src/engine/ir/layout.ts
var ELEMENTWISE = /* @__PURE__ */ new Set([
  "Add",
  "Sub",
  "Mul",
  "Div",
  "Relu",
  "Clip",
  "Sigmoid",
  "LeakyRelu",
  "HardSigmoid",
  "Tanh",
  "Identity",
  "Cast",
  "QuantizeLinear",
  "DequantizeLinear",
  "QLinearAdd",
  "QLinearMul",
  "QLinearSigmoid",
  "QLinearLeakyRelu",
  "Sum",
  // Activations the runtime's graph fusions make (x * sigmoid(x) becomes QuickGelu) run on blocked data as they are.
  "QuickGelu",
  "Gelu",
  "FastGelu",
  "BiasGelu",
  "HardSwish",
  "Elu",
  "Selu",
  "Softplus",
  "Softsign",
  "Erf",
  "Neg",
  "Abs",
  "Exp"
]);
var NCHWC_DOMAIN = "com.microsoft.nchwc";
var NHWC_OPS = /* @__PURE__ */ new Set(["com.microsoft:NhwcFusedConv", "com.microsoft:NhwcConv", "com.microsoft:NhwcMaxPool", "com.microsoft:NhwcPool"]);
var NHWC_DOMAIN = "com.ms.internal.nhwc";
function attr(n, name) {
  return n.attributes.find((a) => a.name === name)?.value;
}
function rank4(v) {
  return !!v && Array.isArray(v.shape) && v.shape.length === 4;
}
function dimAt(v, i2) {
  const d = v?.shape?.[i2];
  return typeof d === "number" ? d : null;
}
function assignLayouts(graph, opts) {
  const set = (name, layout2) => {
    const v = graph.values.get(name);
    if (v) v.layout = layout2;
  };
  const sourceWeightChannels = (n) => {
    if (!opts.source) return null;
    for (const name of n.origin) {
      const s = opts.source.nodes.find((x2) => x2.name === name);
      if (s && (s.opType === "Conv" || s.opType === "QLinearConv")) {
        const w = opts.source.values.get(s.inputs[s.opType === "Conv" ? 1 : 3]);
        if (w?.shape && typeof w.shape[0] === "number") return w.shape[0];
      }
    }
    return null;
  };
  for (const v of graph.values.values()) v.layout = { kind: rank4(v) && !v.initializer ? "NCHW" : "unknown", block: null, channels: rank4(v) && !v.initializer ? dimAt(v, 1) : null };
  for (const n of graph.nodes) {
    const in0 = graph.values.get(n.inputs[0]);
    const out0 = n.outputs[0];
    if (n.domain === NCHWC_DOMAIN && n.opType === "ReorderOutput") {
      const last = attr(n, "channels_last") === 1;
      const channels = attr(n, "channels") ?? null;
      set(out0, { kind: last ? "NHWC" : "NCHW", block: null, channels });
      if (in0 && in0.layout.kind === "NCHWc" && in0.layout.channels === null) in0.layout.channels = channels;
      continue;
    }
    if (n.domain === NCHWC_DOMAIN) {
      let channels;
      if (n.opType === "ReorderInput") channels = attr(n, "channels_last") === 1 ? dimAt(in0, 3) : dimAt(in0, 1);
      else if (n.opType === "Conv") channels = sourceWeightChannels(n);
      else channels = in0?.layout.kind === "NCHWc" ? in0.layout.channels : null;
      for (const o of n.outputs) set(o, { kind: "NCHWc", block: opts.nchwcBlock, channels });
      continue;
    }
    if (attr(n, "channels_last") === 1 || NHWC_OPS.has(`${n.domain}:${n.opType}`) || n.domain === NHWC_DOMAIN) {
      if (in0 && rank4(in0)) in0.layout = { kind: "NHWC", block: null, channels: dimAt(in0, 3) };
      for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: "NHWC", block: null, channels: dimAt(graph.values.get(o), 3) });
      continue;
    }
    const ownTranspose = n.opType === "Transpose" && !!opts.source && n.origin.some((o) => opts.source.nodes.find((s) => s.name === o)?.opType === "Transpose");
    if (n.opType === "Transpose" && rank4(in0) && !ownTranspose) {
      const perm = attr(n, "perm");
      const p = Array.isArray(perm) ? perm.join(",") : "";
      if (p === "0,2,3,1") set(out0, { kind: "NHWC", block: null, channels: dimAt(in0, 1) });
      else if (p === "0,3,1,2") {
        in0.layout = { kind: "NHWC", block: null, channels: dimAt(in0, 3) };
        set(out0, { kind: "NCHW", block: null, channels: dimAt(in0, 3) });
      }
      continue;
    }
    if (ELEMENTWISE.has(n.opType)) {
      const acts = n.inputs.map((i2) => graph.values.get(i2)).filter((v) => rank4(v) && !v.initializer);
      if (acts.length > 0 && acts.every((v) => v.layout.kind === "NHWC")) {
        for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: "NHWC", block: null, channels: acts[0].layout.channels });
      }
      if (acts.length > 0 && acts.every((v) => v.layout.kind === "NCHWc")) {
        const channels = acts.find((v) => v.layout.channels !== null)?.layout.channels ?? null;
        for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: "NCHWc", block: acts[0].layout.block, channels });
      }
    }
  }
}

// src/engine/ir/origin.ts
var ABSORBED_BY_CONSUMER = /* @__PURE__ */ new Set(["DequantizeLinear", "Constant", "ConstantOfShape", "Conv", "ConvTranspose", "MatMul", "Gemm", "ConvInteger", "MatMulInteger", "DynamicQuantizeLinear"]);
var SUFFIXES = [/_token_\d+$/, /_nchwc$/, /_fused$/, /_output_\d+$/];
var FUSION_SCOPE = /^(.+?)\/[A-Za-z]+Fusion\/.*$/;
var PRECISION_CAST = "InsertedPrecisionFreeCast_";
function nameCandidates(name) {
  const out = [name];
  if (name.startsWith(PRECISION_CAST)) name = name.slice(PRECISION_CAST.length);
  const fused = FUSION_SCOPE.exec(name);
  let cur = fused ? fused[1] : name;
  if (fused) out.push(cur);
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of SUFFIXES) {
      if (re.test(cur)) {
        cur = cur.replace(re, "");
        out.push(cur);
        changed = true;
      }
    }
  }
  return out;
}
function assignOrigins(source, compiled) {
  const srcByName = new Map(source.nodes.map((n) => [n.name, n.index]));
  const srcProducer = (tensor3) => source.values.get(tensor3)?.producer ?? -1;
  const claimed = /* @__PURE__ */ new Map();
  const origins = compiled.nodes.map(() => /* @__PURE__ */ new Set());
  const claim = (s, c) => {
    origins[c].add(s);
    let set = claimed.get(s);
    if (!set) claimed.set(s, set = /* @__PURE__ */ new Set());
    set.add(c);
  };
  for (const c of compiled.nodes) {
    for (const cand of nameCandidates(c.name)) {
      const byNode = srcByName.get(cand);
      if (byNode !== void 0) claim(byNode, c.index);
      const byTensor = srcProducer(cand);
      if (byTensor >= 0 && byNode === void 0) claim(byTensor, c.index);
      if (byNode !== void 0 || byTensor >= 0) break;
    }
    if (origins[c.index].size === 0 && !LAYOUT_OPS.has(c.opType)) {
      for (const o of c.outputs) {
        const p = srcProducer(o);
        if (p >= 0) claim(p, c.index);
      }
    }
  }
  const isConst = (tensor3) => {
    const v = source.values.get(tensor3);
    if (!v) return true;
    if (v.initializer) return true;
    return v.producer >= 0 && constNodes.has(v.producer);
  };
  const constNodes = /* @__PURE__ */ new Set();
  for (const n of source.nodes) if (n.inputs.every((i2) => !i2 || isConst(i2))) constNodes.add(n.index);
  const absorbByConsumer = (n) => ABSORBED_BY_CONSUMER.has(n.opType) || constNodes.has(n.index);
  const fromConsumers = (n) => {
    for (const o of n.outputs) for (const k of source.values.get(o)?.consumers ?? []) {
      const got = claimed.get(k);
      if (got) return got;
    }
    return void 0;
  };
  const fromProducer = (n) => {
    const producers = n.inputs.filter((i2) => i2 && !isConst(i2)).map(srcProducer).filter((p) => p >= 0).sort((a, b) => b - a);
    for (const p of producers) {
      const got = claimed.get(p);
      if (got) return got;
    }
    return void 0;
  };
  const insidePattern = (n) => {
    const got = fromConsumers(n);
    if (!got) return void 0;
    const outsReadOnlyThere = n.outputs.every((o) => (source.values.get(o)?.consumers ?? []).every((k) => [...claimed.get(k) ?? []].some((c) => got.has(c))));
    const inputAlsoThere = n.inputs.some((i2) => i2 && !isConst(i2) && (source.values.get(i2)?.consumers ?? []).some((k) => k !== n.index && [...claimed.get(k) ?? []].some((c) => got.has(c))));
    return outsReadOnlyThere && inputAlsoThere ? got : void 0;
  };
  for (const n of source.nodes) {
    if (claimed.has(n.index) || absorbByConsumer(n)) continue;
    const got = insidePattern(n);
    if (got) for (const c of got) claim(n.index, c);
  }
  const onlyReader = (n) => {
    let one = null;
    for (const o of n.outputs) for (const k of source.values.get(o)?.consumers ?? []) {
      const got = claimed.get(k);
      if (!got || got.size !== 1) return null;
      const c = [...got][0];
      if (one !== null && one !== c) return null;
      one = c;
    }
    return one;
  };
  const leadsInto = (n, c, depth) => n.inputs.some((t) => {
    if (!t || isConst(t)) return false;
    if (compiled.nodes[c].inputs.includes(t)) return true;
    const p = srcProducer(t);
    if (p < 0) return false;
    if (claimed.get(p)?.has(c)) return true;
    return depth < 8 && !claimed.has(p) && !absorbByConsumer(source.nodes[p]) && leadsInto(source.nodes[p], c, depth + 1);
  });
  for (let i2 = source.nodes.length - 1; i2 >= 0; i2--) {
    const n = source.nodes[i2];
    if (claimed.has(n.index) || absorbByConsumer(n)) continue;
    const c = onlyReader(n);
    if (c !== null && !LAYOUT_OPS.has(compiled.nodes[c].opType) && leadsInto(n, c, 0)) claim(n.index, c);
  }
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    const take = (n, got) => {
      if (!got) return;
      for (const c of got) claim(n.index, c);
      changed = true;
    };
    for (const n of source.nodes) if (!claimed.has(n.index) && !absorbByConsumer(n)) take(n, fromProducer(n));
    for (let i2 = source.nodes.length - 1; i2 >= 0; i2--) {
      const n = source.nodes[i2];
      if (!claimed.has(n.index) && absorbByConsumer(n)) take(n, fromConsumers(n));
    }
    if (!changed) break;
  }
  for (const n of source.nodes) if (!claimed.has(n.index)) {
    const got = absorbByConsumer(n) ? fromProducer(n) : fromConsumers(n);
    if (got) for (const c of got) claim(n.index, c);
  }
  for (const c of compiled.nodes) {
    c.origin = [...origins[c.index]].sort((a, b) => a - b).map((i2) => source.nodes[i2].name);
    c.inserted = c.origin.length === 0 && LAYOUT_OPS.has(c.opType);
  }
}

// src/engine/process/engine-client.ts
var import_child_process = require("child_process");
var fs7 = __toESM(require("fs"));
var path8 = __toESM(require("path"));

// src/engine/process/runtime-error.ts
var RuntimeError = class extends Error {
  constructor(message, phase = "load") {
    super(message);
    this.phase = phase;
    this.name = "RuntimeError";
  }
  phase;
  /** The message in plain words: no source paths, no C++ signatures, no error-code prefixes. */
  get plain() {
    return plainRuntimeMessage(this.message);
  }
  /** The node the runtime names, when it names one. */
  get node() {
    return nodeFromMessage(this.message);
  }
};
function nodeFromMessage(message) {
  const m = /Node \(([^)]*)\)/.exec(message) ?? /In Node, \("([^"]*)"/.exec(message) ?? /node\. Name:'([^']*)'/.exec(message) ?? /node with name '([^']*)'/.exec(message) ?? /node_name[:=]\s*'?([^'\s,]+)/i.exec(message) ?? /Node:\s*([^\s]+)/.exec(message);
  return m && m[1] ? m[1] : null;
}
function opFromMessage(message) {
  return /while running (\S+) node/.exec(message)?.[1] ?? /In Node, \("[^"]*", (\w+),/.exec(message)?.[1] ?? null;
}
function skipSignature(s, i2) {
  const head = /^[\w:<>,*&~ \[\]]*?::[~\w]+\(/.exec(s.slice(i2));
  if (!head) return i2;
  let depth = 0;
  for (let j = i2 + head[0].length - 1; j < s.length; j++) {
    if (s[j] === "(") depth++;
    else if (s[j] === ")" && --depth === 0) {
      const rest = /^\)(?:\s*const)?\s*/.exec(s.slice(j));
      return j + (rest ? rest[0].length : 1);
    }
  }
  return i2;
}
function plainRuntimeMessage(message) {
  let s = message.replace(/\s+/g, " ").trim();
  s = s.replace(/\[ONNXRuntimeError\]\s*:\s*\d+\s*:\s*\w+\s*:\s*/g, "");
  const path21 = /(^|[\s(\[])\/[^\s:]*\.(?:cc|cpp|h|hpp|c):\d+\s*/g;
  let out = "";
  let last = 0;
  for (let m = path21.exec(s); m; m = path21.exec(s)) {
    out += s.slice(last, m.index + m[1].length);
    last = skipSignature(s, m.index + m[0].length);
    path21.lastIndex = last;
  }
  out += s.slice(last);
  out = out.replace(/\bonnxruntime::/g, "").replace(/\s+/g, " ").trim();
  return out.length > 600 ? `${out.slice(0, 600)}\u2026` : out;
}
function classifyRuntimeError(err2, file, what = "the model") {
  if (err2 instanceof QuantLensError) return file && err2.kind !== "cancelled" ? err2.withFile(file) : err2;
  if (!(err2 instanceof RuntimeError)) return err2;
  const node = err2.node ?? void 0;
  if (err2.phase === "run") {
    const op = opFromMessage(err2.message);
    const where = node !== void 0 ? ` at node '${node}'${op ? ` (${op})` : ""}` : op ? ` in a ${op} node` : "";
    return new QuantLensError("run-failed", `the runtime failed while running ${what}${where}: ${err2.plain}`, file, { node, cause: err2 });
  }
  return new QuantLensError("bad-input", `the runtime refuses to load ${what}${node !== void 0 ? ` (node '${node}')` : ""}: ${err2.plain}`, file, { node, cause: err2 });
}
async function classified(file, work2, what) {
  try {
    return await work2();
  } catch (err2) {
    throw classifyRuntimeError(err2, file, what);
  }
}

// src/engine/process/bulk-transfer.ts
var fs6 = __toESM(require("fs"));
var os2 = __toESM(require("os"));
var path7 = __toESM(require("path"));
var MIN_ARRAY_BYTES = 64 * 1024;
var MIN_TOTAL_BYTES = 1 << 20;
var MARK = "__quantlensBulk";
var CTORS = {
  Float32Array,
  Float64Array,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  BigInt64Array,
  BigUint64Array
};
function isBulk(v) {
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && v.byteLength >= MIN_ARRAY_BYTES && v.constructor.name in CTORS;
}
var BULK_DIRS = ["/dev/shm", os2.tmpdir()];
function bulkDir(bytes, dirs) {
  for (const dir of dirs) {
    try {
      const s = fs6.statfsSync(dir);
      if (s.bavail * s.bsize > 2 * bytes) return dir;
    } catch {
    }
  }
  return null;
}
function collect(v, out) {
  if (isBulk(v)) out.push(v);
  else if (Array.isArray(v)) for (const x2 of v) collect(x2, out);
  else if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) for (const x2 of Object.values(v)) collect(x2, out);
}
function replace(v, at) {
  if (isBulk(v)) return at.get(v);
  if (Array.isArray(v)) return v.map((x2) => replace(x2, at));
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x2]) => [k, replace(x2, at)]));
  return v;
}
function packBulk(message, dirs = BULK_DIRS) {
  const arrays = [];
  collect(message, arrays);
  const unique = [...new Set(arrays)];
  const total = unique.reduce((a, t) => a + t.byteLength, 0);
  if (total < MIN_TOTAL_BYTES) return { message, file: null };
  const dir = bulkDir(total, dirs);
  if (!dir) return { message, file: null };
  const file = path7.join(dir, `quantlens-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.bin`);
  const at = /* @__PURE__ */ new Map();
  let fd2 = null;
  try {
    fd2 = fs6.openSync(file, "w", 384);
    let offset = 0;
    for (const t of unique) {
      fs6.writeSync(fd2, new Uint8Array(t.buffer, t.byteOffset, t.byteLength), 0, t.byteLength, offset);
      at.set(t, { [MARK]: [offset, t.byteLength, t.constructor.name] });
      offset += t.byteLength;
    }
    fs6.closeSync(fd2);
    fd2 = null;
  } catch {
    if (fd2 !== null) fs6.closeSync(fd2);
    removeQuietly(file);
    return { message, file: null };
  }
  return { message: replace(message, at), file };
}
function removeQuietly(file) {
  try {
    fs6.rmSync(file, { force: true });
  } catch {
  }
}
function isPlaceholder(v) {
  return !!v && typeof v === "object" && MARK in v;
}
function restore(v, fd2) {
  if (isPlaceholder(v)) {
    const [offset, bytes, type] = v[MARK];
    const Ctor = CTORS[type];
    const t = new Ctor(bytes / Ctor.BYTES_PER_ELEMENT);
    const view = new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
    for (let done = 0; done < bytes; ) {
      const n = fs6.readSync(fd2, view, done, bytes - done, offset + done);
      if (n <= 0) throw new Error(`bulk transfer file ended early (${done} of ${bytes} bytes at ${offset})`);
      done += n;
    }
    return t;
  }
  if (Array.isArray(v)) return v.map((x2) => restore(x2, fd2));
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x2]) => [k, restore(x2, fd2)]));
  return v;
}
function unpackBulk(message, file) {
  if (!file) return message;
  const fd2 = fs6.openSync(file, "r");
  try {
    return restore(message, fd2);
  } finally {
    fs6.closeSync(fd2);
    fs6.rmSync(file, { force: true });
  }
}

// src/engine/process/error-reply.ts
function errorOfFailure(f2, doing) {
  if (f2.kind === "system" && f2.errno) {
    const e = Object.assign(new Error(f2.message), f2.errno);
    return systemRefusal(e, doing) ?? new QuantLensError("system", `while ${doing}: ${f2.message}`);
  }
  if (f2.kind === "system") return new QuantLensError("system", `while ${doing}, ${f2.message}`);
  if (f2.kind === "bad-input") return new QuantLensError("bad-input", f2.message);
  return new RuntimeError(f2.message, f2.phase);
}

// src/engine/process/engine-client.ts
function modelName(model) {
  if (!model) return "a model";
  return "path" in model ? path8.basename(model.path) : "a model in memory";
}
function describeCall(method, params3) {
  const p = params3;
  const at = p.session ? ` at level ${p.session.level}` : "";
  switch (method) {
    case "compile":
      return `compiling ${modelName(p.model)}${at}`;
    case "types":
      return `reading the tensor types of ${path8.basename(params3.optimizedPath)}`;
    case "run":
      return `running ${modelName(p.model)}${at}`;
    case "capture":
      return `capturing tensors of ${modelName(p.model)}${at}`;
    default:
      return `answering '${method}'`;
  }
}
function describeExit(code, signal, stderr) {
  if (/heap out of memory|std::bad_alloc|Cannot allocate memory|out of memory/i.test(stderr)) return "ran out of memory";
  switch (signal) {
    case "SIGKILL":
      return "was killed by SIGKILL (out of memory, or stopped from outside)";
    case "SIGABRT":
      return "aborted (SIGABRT: the native runtime hit a fatal error)";
    case "SIGSEGV":
      return "crashed (SIGSEGV: a memory access fault in native code)";
    case "SIGBUS":
      return "crashed (SIGBUS: a memory access fault in native code)";
    case "SIGILL":
      return "crashed (SIGILL: an instruction this CPU does not have)";
    case "SIGFPE":
      return "crashed (SIGFPE: an arithmetic fault in native code)";
    default:
      return signal ? `was killed by ${signal}` : code === 134 ? "aborted (exit code 134)" : `exited with code ${code}`;
  }
}
function withDataDir(model) {
  if ("path" in model || model.externalDataDir) return model;
  const dir = externalDataDirOf(model.bytes);
  return dir ? { ...model, externalDataDir: dir } : model;
}
function defaultEnginePath() {
  const candidates = [process.env.QUANTLENS_ENGINE, path8.join(__dirname, "engine-process.js"), path8.join(__dirname, "..", "engine-process.js")];
  const found = candidates.find((p) => !!p && fs7.existsSync(p));
  if (!found) throw new Error(`engine-process.js not found next to ${__dirname}; run the build first`);
  return found;
}
var EngineClient = class {
  /**
   * `callTimeoutMs`: stop the engine when any call runs longer (a call's own `timeoutMs` wins). `heap`: see EngineHeap
   * (a comparison's engines return freed buffers; a compile alone does not need to).
   */
  constructor(enginePath = defaultEnginePath(), memoryMb, callTimeoutMs, heap = "return-freed") {
    this.enginePath = enginePath;
    this.memoryMb = memoryMb;
    this.callTimeoutMs = callTimeoutMs;
    this.heap = heap;
  }
  enginePath;
  memoryMb;
  callTimeoutMs;
  heap;
  child;
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  stderrTail = "";
  /** The engine process's id while it runs (benchmarks sample its memory). */
  get pid() {
    return this.child?.pid;
  }
  /** Starts the engine process now, so that its start (Node and the runtime's library, ~0.2 s) overlaps the caller's work. */
  warm() {
    this.start();
  }
  start() {
    if (this.child) return this.child;
    const execArgv = this.memoryMb ? [`--max-old-space-size=${this.memoryMb}`] : [];
    const env = this.heap === "return-freed" ? comparisonEnv(process.env) : process.env;
    const execPath = process.env.QUANTLENS_ENGINE_EXEC || void 0;
    const child = (0, import_child_process.fork)(this.enginePath, [], { serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv, env, execPath });
    this.stderrTail = "";
    child.stderr?.on("data", (d) => {
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4e3);
    });
    child.on("message", (msg) => {
      const p = this.pending.get(msg.id);
      if (!p) {
        if (msg.ok && msg.bulk) fs7.rmSync(msg.bulk, { force: true });
        return;
      }
      this.pending.delete(msg.id);
      if (msg.ok) {
        let result;
        try {
          result = unpackBulk(msg.result, msg.bulk);
        } catch (err2) {
          p.reject(err2 instanceof Error ? err2 : new Error(String(err2)));
          return;
        }
        p.resolve(result);
      } else p.reject(errorOfFailure(msg.error, p.doing));
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = void 0;
      const tail = plainRuntimeMessage(this.stderrTail.replace(/\u001b\[[0-9;]*m/g, "").trim().split("\n").filter((l) => l.trim()).slice(-2).join(" | ")).slice(0, 300);
      const why = describeExit(code, signal, this.stderrTail);
      for (const p of this.pending.values()) {
        p.reject(new QuantLensError("engine-crashed", `the runtime crashed ${p.doing}: the engine process ${why}${tail ? `; its last words: ${tail}` : ""}`));
      }
      this.pending.clear();
    });
    child.unref();
    child.channel?.unref();
    this.child = child;
    return child;
  }
  call(method, params3, opts = {}) {
    if (opts.signal?.aborted) return Promise.reject(new QuantLensError("cancelled", "cancelled"));
    const doing = opts.doing ?? describeCall(method, params3);
    const withModel = params3;
    if (withModel.model) params3 = { ...params3, model: withDataDir(withModel.model) };
    const child = this.start();
    this.stderrTail = "";
    const id = this.nextId++;
    return new Promise((resolve6, reject) => {
      let timer;
      const onAbort = () => {
        this.pending.delete(id);
        reject(new QuantLensError("cancelled", "cancelled"));
        this.kill();
      };
      const done = () => {
        if (timer) clearTimeout(timer);
        opts.signal?.removeEventListener("abort", onAbort);
        if (this.pending.size === 0) {
          child.unref();
          child.channel?.unref();
        }
      };
      this.pending.set(id, {
        resolve: (v) => {
          done();
          resolve6(v);
        },
        reject: (e) => {
          done();
          reject(e);
        },
        doing
      });
      opts.signal?.addEventListener("abort", onAbort, { once: true });
      const timeoutMs = opts.timeoutMs ?? this.callTimeoutMs;
      if (timeoutMs) {
        timer = setTimeout(() => {
          const p = this.pending.get(id);
          this.pending.delete(id);
          this.kill();
          p?.reject(new QuantLensError("engine-crashed", `the runtime did not finish ${doing} within ${Math.round(timeoutMs / 1e3)} s and was stopped`));
        }, timeoutMs);
      }
      child.ref();
      child.channel?.ref();
      const packed = packBulk(params3);
      if (packed.file) {
        const file = packed.file;
        const p = this.pending.get(id);
        const [res, rej] = [p.resolve, p.reject];
        p.resolve = (v) => {
          fs7.rmSync(file, { force: true });
          res(v);
        };
        p.reject = (e) => {
          fs7.rmSync(file, { force: true });
          rej(e);
        };
      }
      child.send({ id, method, params: packed.message, bulk: packed.file });
    });
  }
  /** Stop the engine now (cancel): the native call cannot be interrupted any other way. */
  kill() {
    const child = this.child;
    this.child = void 0;
    if (child && child.exitCode === null) child.kill("SIGKILL");
    for (const p of this.pending.values()) p.reject(new QuantLensError("cancelled", "cancelled"));
    this.pending.clear();
  }
  dispose() {
    this.kill();
  }
};
function comparisonEnv(env) {
  const tunables = env.GLIBC_TUNABLES?.includes("glibc.malloc.hugetlb") ? env.GLIBC_TUNABLES : [env.GLIBC_TUNABLES, "glibc.malloc.hugetlb=1"].filter(Boolean).join(":");
  return { ...env, MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? "131072", GLIBC_TUNABLES: tunables };
}

// src/engine/targets/runtime-probe.ts
var fs9 = __toESM(require("fs"));
var path9 = __toESM(require("path"));

// src/engine/targets/cpu-features.ts
var fs8 = __toESM(require("fs"));
var os3 = __toESM(require("os"));
var X64_FLAGS = {
  avx2: "avx2",
  avx512f: "avx512f",
  avx512bw: "avx512bw",
  avx512_vnni: "avx512vnni",
  avx512vnni: "avx512vnni",
  avx_vnni: "avxvnni",
  amx_int8: "amx-int8",
  avx512_bf16: "avx512bf16"
};
var ARM_FLAGS = { asimd: "neon", asimddp: "dotprod", i8mm: "i8mm", sve: "sve" };
function detectCpu(cpuinfo) {
  const arch2 = os3.arch();
  const model = os3.cpus()[0]?.model?.trim() ?? "unknown";
  let text = cpuinfo;
  if (text === void 0) {
    try {
      text = fs8.readFileSync("/proc/cpuinfo", "utf8");
    } catch {
      text = "";
    }
  }
  const line = text.split("\n").find((l) => /^(flags|Features)\s*:/.test(l)) ?? "";
  const flags = new Set(line.replace(/^[^:]*:/, "").trim().split(/\s+/));
  const table = arch2 === "arm64" ? ARM_FLAGS : X64_FLAGS;
  const isa = [...new Set(Object.entries(table).filter(([f2]) => flags.has(f2)).map(([, name]) => name))].sort();
  return { arch: arch2, model, isa };
}

// src/engine/targets/runtime-probe.ts
function nchwcProbeModel() {
  const b = new GraphBuilder("nchwc_probe");
  const x2 = b.input("x", "float32", [1, 8, 6, 6]);
  const w = b.initializer("w", tensor("float32", [5, 8, 3, 3], Array.from({ length: 360 }, (_, i2) => i2 * 37 % 11 / 11 - 0.5)));
  const y = b.op("Conv", [x2, w], { pads: [1, 1, 1, 1] }, { name: "conv", output: "y" });
  b.output(b.op("Relu", [y], {}, { name: "relu", output: "z" }));
  return encodeModel(b.model({ opset: 13 }));
}
var SAT_CHANNELS = 32;
function saturationProbeModel() {
  const exactSum = SAT_CHANNELS * 255 * 127;
  const b = new GraphBuilder("u8s8_probe");
  const x2 = b.input("x", "uint8", [1, SAT_CHANNELS, 1, 1]);
  const xs = b.constant("xs", "float32", [], [1]);
  const xz = b.constant("xz", "uint8", [], [0]);
  const w = b.constant("w", "int8", [1, SAT_CHANNELS, 1, 1], new Array(SAT_CHANNELS).fill(127));
  const ws = b.constant("ws", "float32", [], [1]);
  const wz = b.constant("wz", "int8", [], [0]);
  const ys = b.constant("ys", "float32", [], [exactSum / 200]);
  const yz = b.constant("yz", "uint8", [], [0]);
  b.output(b.op("QLinearConv", [x2, xs, xz, w, ws, wz, ys, yz], {}, { name: "qconv", output: "y" }));
  return encodeModel(b.model({ opset: 13 }));
}
var WRAP_K = 16;
function wrapProbeModel() {
  const b = new GraphBuilder("wrap_probe");
  const a = b.input("a", "uint8", [1, WRAP_K]);
  const w = b.constant("w", "int8", [WRAP_K, 1], new Array(WRAP_K).fill(-128));
  b.output(b.op("MatMulInteger", [a, w, b.constant("az", "uint8", [], [0]), b.constant("wz", "int8", [], [0])], {}, { name: "mm", output: "y" }));
  return encodeModel(b.model({ opset: 13 }));
}
function familyOf(arch2, saturates, wraps) {
  if (arch2 === "arm64") return wraps ? "arm64" : "arm64-dotprod";
  return saturates ? "x64-avx2" : "x64-vnni";
}
async function probeRuntime(engine, runtimeVersion2, opts = {}) {
  const cpu = detectCpu();
  const file = path9.join(cacheRoot(), `probe-${hashParts("probe-v2", runtimeVersion2, cpu.arch, cpu.model, cpu.isa.join(","), process.env.QUANTLENS_ENGINE_EXEC ?? "").slice(0, 16)}.json`);
  if (!opts.refresh) {
    const cached = readJson(file);
    if (cached && cached.runtimeVersion === runtimeVersion2) return cached;
  }
  opts.onMeasure?.();
  const dir = fs9.mkdtempSync(path9.join(cacheRoot(), "probe-"));
  try {
    const optimizedPath = path9.join(dir, "nchwc.onnx");
    const compiled = await engine.call("compile", {
      model: { bytes: nchwcProbeModel() },
      session: { provider: "cpu", level: "all", config: {}, freeDims: {} },
      optimizedPath,
      exposeTypes: true
    });
    const conv = readModel(optimizedPath).model.graph.node.find((n) => n.domain === "com.microsoft.nchwc" && n.op_type === "Conv");
    const padded = conv && compiled.types.find((t) => t.name === conv.output[0])?.shape?.[1];
    const nchwcBlock = typeof padded === "number" ? padded : null;
    const sat = await engine.call("run", {
      model: { bytes: saturationProbeModel() },
      session: { provider: "cpu", level: "all", config: {}, freeDims: {} },
      feeds: { x: tensor("uint8", [1, SAT_CHANNELS, 1, 1], new Array(SAT_CHANNELS).fill(255)) }
    });
    const runtime = Number(sat.outputs.y.data[0]);
    const wrap = await engine.call("run", {
      model: { bytes: wrapProbeModel() },
      session: { provider: "cpu", level: "disabled", config: {}, freeDims: {} },
      feeds: { a: tensor("uint8", [1, WRAP_K], new Array(WRAP_K).fill(0)) }
    });
    const wrapped = Number(wrap.outputs.y.data[0]);
    const { providers, arch: arch2 } = await engine.call("providers", {}, { timeoutMs: 6e4 });
    const u8s8Saturates = Math.abs(runtime - 200) > 1;
    const probe = {
      cpu,
      runtimeVersion: runtimeVersion2,
      nchwcBlock,
      u8s8Saturates,
      u8s8Evidence: { exact: 200, runtime },
      int8Wraps: wrapped !== 0,
      wrapEvidence: { exact: 0, runtime: wrapped },
      engineArch: arch2,
      family: familyOf(arch2, u8s8Saturates, wrapped !== 0),
      providers
    };
    writeFileAtomic(file, JSON.stringify(probe, null, 2));
    return probe;
  } finally {
    fs9.rmSync(dir, { recursive: true, force: true });
  }
}

// src/engine/targets/target.ts
var LEVELS = ["disabled", "basic", "extended", "layout", "all"];
var EMULATED_TARGETS = KERNEL_FAMILIES.map((f2) => ({
  id: f2.id,
  title: `${f2.title} (emulated)`,
  description: `Deploying on ${f2.title} (${f2.cpus}): compiled at all, integer kernels computed as that family's (${f2.pairs ? f2.pairs.overflow === "saturate" ? "uint8 x int8 pair sums saturate in int16" : "int8 pair sums wrap in int16" : "exact int32"}), on any machine.`,
  provider: "cpu",
  level: "all",
  config: { ...f2.compileConfig },
  builtin: true,
  emulates: f2.id
}));
var BUILTIN_TARGETS = [
  {
    id: "cpu",
    title: "CPU, all optimizations",
    provider: "cpu",
    level: "all",
    config: {},
    builtin: true,
    description: "The production default: fused integer kernels, NCHWc-blocked float convs, NHWC quantized convs; u8s8 kernels may saturate on CPUs without VNNI."
  },
  {
    id: "cpu-no-layout",
    title: "CPU, no layout optimizations",
    provider: "cpu",
    level: "extended",
    config: {},
    builtin: true,
    description: "Fusions without layout changes (no NCHWc, no NHWC): the same integer kernels in plain NCHW."
  },
  {
    id: "cpu-basic",
    title: "CPU, basic optimizations",
    provider: "cpu",
    level: "basic",
    config: {},
    builtin: true,
    description: "Constant folding and redundant-node removal only: QDQ groups are not fused, so quantized layers compute DQ -> float op -> Q."
  },
  {
    id: "cpu-int8-precise",
    title: "CPU, all optimizations, precise u8s8",
    provider: "cpu",
    level: "all",
    config: { "session.x64quantprecision": "1" },
    builtin: true,
    description: "As cpu, but uint8 x int8 kernels avoid the int16 pair-sum saturation of x64 CPUs without VNNI (weights converted where needed)."
  },
  {
    id: "cpu-qdq-float",
    title: "CPU, quantization simulated in float",
    provider: "cpu",
    level: "all",
    config: { "session.disable_quant_qdq": "1" },
    builtin: true,
    description: "QDQ groups are not fused into integer kernels: every op computes in float between Q/DQ pairs, isolating kernel errors from quantization error."
  },
  {
    id: "reference",
    title: "Reference (model as written)",
    provider: "cpu",
    level: "disabled",
    config: {},
    builtin: true,
    description: "Optimizations disabled: the graph as written. QDQ is exact up to float rounding; QLinear* ops still run the integer kernels."
  },
  ...EMULATED_TARGETS
];
function sessionSpec(t, freeDims = {}, threads) {
  return { provider: t.provider, level: t.level, config: { ...t.config }, freeDims, threads };
}

// src/engine/compile/repairs.ts
var QPARAM_INPUTS = {
  QuantizeLinear: [1, 2],
  DequantizeLinear: [1, 2],
  QLinearConv: [1, 2, 4, 5, 6, 7],
  QLinearMatMul: [1, 2, 4, 5, 6, 7],
  QLinearAdd: [1, 2, 4, 5, 6, 7],
  QLinearMul: [1, 2, 4, 5, 6, 7]
};
var NameGiver = class {
  constructor(taken) {
    this.taken = taken;
  }
  taken;
  next = /* @__PURE__ */ new Map();
  fresh(base) {
    let i2 = this.next.get(base) ?? 0;
    let name = i2 === 0 ? base : `${base}_${i2}`;
    while (this.taken.has(name)) name = `${base}_${++i2}`;
    this.next.set(base, i2 + 1);
    this.taken.add(name);
    return name;
  }
};
function names(graph) {
  const s = /* @__PURE__ */ new Set();
  for (const t of graph.initializer) s.add(t.name);
  for (const n of graph.node) for (const o of n.output) s.add(o);
  for (const i2 of graph.input) s.add(i2.name);
  return s;
}
function rewire(model, pick2) {
  const g = model.graph;
  const consts = new ConstValues(g);
  const namer = new NameGiver(names(g));
  const added = [];
  let changes = 0;
  for (const node of g.node) {
    const slots = QPARAM_INPUTS[node.op_type];
    if (!slots || node.domain && node.domain !== "com.microsoft" && node.domain !== "ai.onnx") continue;
    for (const slot of slots) {
      const input = node.input[slot];
      if (!input) continue;
      const target2 = pick2(node, input, consts);
      if (!target2) continue;
      const value = consts.get(input);
      const name = namer.fresh(`${node.name || node.op_type}_${slot === 1 || slot === 4 || slot === 6 ? "scale" : "zero_point"}${slot}`);
      const t = encodeTensor({ ...value, name, dims: target2.dims });
      t.dims = target2.dims.map((d) => long_default.fromNumber(d));
      added.push(t);
      node.input[slot] = name;
      changes++;
    }
  }
  g.initializer.push(...added);
  if (changes) removeDeadNodes(g);
  return changes;
}
function removeDeadNodes(g) {
  const used = new Set(g.output.map((o) => o.name));
  const keep = new Array(g.node.length);
  for (let i2 = g.node.length - 1; i2 >= 0; i2--) {
    const n = g.node[i2];
    const dead = (n.op_type === "Constant" || n.op_type === "Identity") && n.output.every((o) => !used.has(o));
    keep[i2] = !dead;
    if (!dead) for (const input of n.input) used.add(input);
    if (!dead) {
      for (const a of n.attribute) for (const sub of [a.g, ...a.graphs ?? []]) if (sub) for (const sn of sub.node) for (const input of sn.input) used.add(input);
    }
  }
  g.node = g.node.filter((_, i2) => keep[i2]);
  g.initializer = g.initializer.filter((t) => used.has(t.name));
}
var REPAIRS = [
  {
    id: "scalar-qparams",
    title: "Store per-tensor scales and zero points as scalars",
    description: "Per-tensor quantization parameters stored as 1-element tensors of shape [1] become scalars (shape []): the same values, so the same outputs. Fusions into QLinear* kernels require scalars.",
    cause: "{n} per-tensor scale and zero-point inputs of Q/DQ nodes are 1-element tensors of shape [1], not scalars; the runtime's QDQ fusion into QLinear* ops requires scalars and rejects the fused node",
    apply: (model) => rewire(model, (_node, input, consts) => {
      const v = consts.get(input);
      return v && v.dims.length === 1 && v.dims[0] === 1 ? { dims: [] } : null;
    })
  },
  {
    id: "unshare-qparams",
    title: "Give each Q/DQ node its own scale and zero point",
    description: "Quantization parameters shared by several Q/DQ nodes (often through Identity or Constant nodes) are copied so that each node has its own initializer with the same values: the same outputs. Optimizers that rewrite a node's parameters in place (the u8s8 precision transform) fail on shared ones.",
    cause: "{n} quantization-parameter inputs are shared between several Q/DQ nodes or reach them through Constant/Identity nodes; an optimizer that rewrites one node's parameters collides with the others",
    apply: (model) => {
      const g = model.graph;
      const readers = /* @__PURE__ */ new Map();
      for (const n of g.node) if (QPARAM_INPUTS[n.op_type]) for (const i2 of n.input) readers.set(i2, (readers.get(i2) ?? 0) + 1);
      const inits = new Set(g.initializer.map((t) => t.name));
      return rewire(model, (_node, input, consts) => {
        const v = consts.get(input);
        if (!v) return null;
        const shared = (readers.get(input) ?? 0) > 1 || !inits.has(input);
        return shared ? { dims: v.dims } : null;
      });
    }
  }
];
function repairById(id) {
  return REPAIRS.find((r) => r.id === id);
}

// src/engine/compile/optimizer-names.ts
var OPTIMIZER_NAMES = [
  "Level1_RuleBasedTransformer",
  "CommonSubexpressionElimination",
  "ConstantFolding",
  "ConstantSharing",
  "MatMulAddFusion",
  "ReshapeFusion",
  "FreeDimensionOverrideTransformer",
  "QDQPropagationTransformer",
  "EnsureUniqueDQForNodeUnit",
  "TransposeOptimizer",
  "DoubleQDQPairsRemover",
  "QDQS8ToU8Transformer",
  "QDQSelectorActionTransformer",
  "QDQFinalCleanupTransformer",
  "GemmActivationFusion",
  "MatMulIntegerToFloatFusion",
  "DynamicQuantizeMatMulFusion",
  "ConvActivationFusion",
  "ConvAddActivationFusion",
  "GeluFusion",
  "LayerNormFusion",
  "SimplifiedLayerNormFusion",
  "AttentionFusion",
  "EmbedLayerNormFusion",
  "GatherToSplitFusion",
  "GatherToSliceFusion",
  "MatmulTransposeFusion",
  "BiasGeluFusion",
  "SkipLayerNormFusion",
  "FastGeluFusion",
  "QuickGeluFusion",
  "BiasSoftmaxFusion",
  "BiasDropoutFusion",
  "MatMulScaleFusion",
  "MatMulActivationFusion",
  "IsInfReduceSumFusion",
  "NchwcTransformer",
  "NhwcTransformer",
  "Avx2WeightS8ToU8Transformer",
  "PadFusion",
  "IdenticalChildrenConsolidation",
  "ConcatSliceElimination",
  "CastChainElimination",
  "MatMulNBitsFusion",
  "DQMatMulNBitsFusion",
  "GroupQueryAttentionFusion",
  "SliceConcatToSpaceToDepthFusion",
  "BiasSkipLayerNormFusion",
  "MatMulBnFusion",
  "LabelEncoderFusion",
  "NoopElimination",
  "GemmSumFusion",
  "GemmTransposeFusion",
  "NotWhereFusion",
  "DivMulFusion",
  "FuseReluClip",
  "ExpandElimination",
  "CastElimination",
  "UnsqueezeElimination",
  "PreShapeNodeElimination",
  "EliminateIdentity",
  "EliminateSlice",
  "EliminateDropout",
  "ConvAddFusion",
  "ConvMulFusion",
  "ConvBNFusion",
  "ClipQuantFusion",
  "ReluQuantFusion",
  "SaveShapeValuesFromDataPropagation",
  "CastFloat16Transformer"
];

// src/engine/compile/failure-diagnosis.ts
async function compiles(bytes, provider, level, config, ctx) {
  try {
    await ctx.engine.call("compile", { model: ctx.stage ? ctx.stage.source(bytes) : { bytes }, session: { provider, level, config, freeDims: ctx.freeDims, threads: ctx.threads }, exposeTypes: false }, { signal: ctx.signal });
    return { ok: true };
  } catch (err2) {
    if (err2 instanceof RuntimeError) return { ok: false, message: err2.message };
    throw err2;
  }
}
async function bisectOptimizers(bytes, target2, level, ctx) {
  const base = target2.config["optimization.disable_specified_optimizers"];
  const fixes = async (names2) => (await compiles(bytes, target2.provider, level, { ...target2.config, "optimization.disable_specified_optimizers": [base, ...names2].filter(Boolean).join(";") }, ctx)).ok;
  let set = [...OPTIMIZER_NAMES];
  if (!await fixes(set)) return null;
  while (set.length > 1) {
    const half = Math.ceil(set.length / 2);
    const [a, b] = [set.slice(0, half), set.slice(half)];
    if (await fixes(a)) set = a;
    else if (await fixes(b)) set = b;
    else break;
  }
  for (const name of [...set]) {
    if (set.length === 1) break;
    const without2 = set.filter((x2) => x2 !== name);
    if (await fixes(without2)) set = without2;
  }
  return set;
}
function applyRepairs(model, repairs) {
  const changes = /* @__PURE__ */ new Map();
  for (const r of repairs) changes.set(r.id, r.apply(model));
  return { bytes: encodeModel(model), changes };
}
async function findRepairs(file, target2, ctx) {
  const candidates = [...REPAIRS.map((r) => [r]), [...REPAIRS]];
  for (const set of candidates) {
    const { bytes, changes } = applyRepairs(readModel(file).model, set);
    if (set.every((r) => (changes.get(r.id) ?? 0) > 0) && (await compiles(bytes, target2.provider, target2.level, target2.config, ctx)).ok) return { repairs: set, changes };
  }
  return null;
}
function offer(r, changes) {
  return { id: r.id, title: r.title, description: r.description, changes };
}
async function diagnoseFailure(loaded, target2, message, ctx, bytes = encodeModel(loaded.model)) {
  const progress = ctx.onProgress ?? (() => void 0);
  let level = target2.level;
  progress("finding the first level that fails");
  for (const l of LEVELS.slice(0, LEVELS.indexOf(target2.level) + 1)) {
    const known = ctx.levels?.get(l);
    const ok = known !== void 0 ? known === null : (await compiles(bytes, target2.provider, l, target2.config, ctx)).ok;
    if (!ok) {
      level = l;
      break;
    }
  }
  progress(`finding the optimizer that fails at ${level}`);
  const optimizers = level === "disabled" ? null : await bisectOptimizers(bytes, target2, level, ctx);
  progress("trying repairs");
  const found = await findRepairs(loaded.file, target2, ctx);
  progress("trying the other targets");
  const workingTargets = [];
  for (const t of BUILTIN_TARGETS) {
    if (t.id === target2.id) continue;
    if ((await compiles(bytes, t.provider, t.level, t.config, ctx)).ok) workingTargets.push(t.id);
  }
  const node = nodeFromMessage(message);
  const where = node ? ` at node ${node}` : "";
  let cause;
  if (found) {
    cause = found.repairs.map((r) => r.cause.replace("{n}", String(found.changes.get(r.id)))).join("; and ") + `${where}.`;
  } else if (level === "disabled") {
    cause = `the runtime cannot load the model as written${where}: an operator, opset or type it does not support, or an invalid graph.`;
  } else if (optimizers) {
    cause = `the ${optimizers.join(" + ")} optimization${optimizers.length > 1 ? "s" : ""} at level ${level} produce${optimizers.length > 1 ? "" : "s"} a graph the runtime then rejects${where}; no repair QuantLens knows fixes the model itself.`;
  } else {
    cause = `level ${level} fails${where} and no single optimizer is responsible.`;
  }
  return {
    level,
    optimizer: optimizers ? optimizers.join(";") : null,
    node,
    message: plainRuntimeMessage(message),
    cause,
    repairs: found ? found.repairs.map((r) => offer(r, found.changes.get(r.id) ?? 0)) : [],
    workingTargets
  };
}

// src/engine/process/model-stage.ts
var fs10 = __toESM(require("fs"));
var os4 = __toESM(require("os"));
var path10 = __toESM(require("path"));
var ModelStage = class {
  dir = null;
  files = /* @__PURE__ */ new WeakMap();
  count = 0;
  source(bytes) {
    if (externalDataDirOf(bytes)) return { bytes };
    let file = this.files.get(bytes);
    if (!file) {
      try {
        this.dir ??= fs10.mkdtempSync(path10.join(os4.tmpdir(), "quantlens-stage-"));
        file = path10.join(this.dir, `model-${this.count++}.onnx`);
        fs10.writeFileSync(file, bytes);
      } catch {
        return { bytes };
      }
      this.files.set(bytes, file);
    }
    return { path: file };
  }
  dispose() {
    if (this.dir) fs10.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
};

// src/engine/compile/load-failure.ts
async function levelResults(bytes, target2, failed, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const level of LEVELS.slice(0, LEVELS.indexOf(target2.level) + 1)) {
    if (level === target2.level) out.set(level, failed);
    else out.set(level, (await compiles(bytes, target2.provider, level, target2.config, ctx)).message ?? null);
  }
  return out;
}
function failsAtEveryLevel(results) {
  return [...results.values()].every((m) => m !== null);
}
function loadFailure(message) {
  return { message: plainRuntimeMessage(message), node: nodeFromMessage(message) };
}
function loadFailureError(file, f2, findings) {
  const explained = findings.filter((d) => d.severity === "error" && d.code !== "QL-COMPILE-FAILED").slice(0, 3);
  const why = explained.map((d) => ` ${d.code}: ${d.message}${d.fix ? ` (fix: ${d.fix})` : ""}.`).join("");
  return new QuantLensError("bad-input", `the runtime refuses to load this model at every optimization level${f2.node ? ` (node '${f2.node}')` : ""}: ${f2.message}.${why}`, file, { node: f2.node ?? void 0, cause: new RuntimeError(f2.message) });
}

// src/engine/compile/report.ts
function graphJson(g) {
  const nodes = g.nodes.map((n) => ({
    name: n.name,
    opType: n.opType,
    domain: n.domain,
    inputs: n.inputs,
    outputs: n.outputs,
    attributes: Object.fromEntries(n.attributes.map((a) => [a.name, a.value])),
    origin: n.origin,
    inserted: n.inserted,
    scope: n.scope
  }));
  const values = [...g.values.values()].map((v) => ({
    name: v.name,
    dtype: v.dtype,
    shape: v.shape,
    layout: v.layout,
    quant: v.quant ? { scale: v.quant.scale, zeroPoint: v.quant.zeroPoint, axis: v.quant.axis } : null,
    initializer: v.initializer
  }));
  return { nodes, values };
}

// src/engine/compile/runtime-version.ts
var fs11 = __toESM(require("fs"));
var path11 = __toESM(require("path"));
function runtimeVersion() {
  try {
    const main2 = require.resolve("onnxruntime-node");
    let dir = path11.dirname(main2);
    for (let i2 = 0; i2 < 4; i2++, dir = path11.dirname(dir)) {
      const pkg = path11.join(dir, "package.json");
      if (fs11.existsSync(pkg)) {
        const json = JSON.parse(fs11.readFileSync(pkg, "utf8"));
        if (json.name === "onnxruntime-node" && json.version) return json.version;
      }
    }
  } catch {
  }
  return "unknown";
}

// src/engine/compile/compile.ts
function symbolicDims(source, given = {}) {
  const out = {};
  for (const name of source.inputs) {
    for (const d of source.values.get(name)?.shape ?? []) {
      if (typeof d === "string" && !(d in out)) out[d] = { value: given[d] ?? 1, defaulted: !(d in given) };
    }
  }
  for (const k of Object.keys(given)) if (!(k in out)) throw badInput(void 0, `--dim ${k}: the model has no symbolic input dimension named '${k}' (it has: ${Object.keys(out).join(", ") || "none"})`);
  return out;
}
function typeMap(result, freeDims) {
  const m = /* @__PURE__ */ new Map();
  for (const t of [...result.types, ...result.inputs]) {
    const shape = t.shape ? t.shape.map((d) => typeof d === "string" && d in freeDims ? freeDims[d] : d) : null;
    m.set(t.name, { dtype: t.dtype && isDType(t.dtype) ? t.dtype : null, shape });
  }
  return m;
}
function kernelsJson(k) {
  return { family: k.family.id, title: k.family.title, emulated: k.emulated, pairs: k.pairs, summary: describeKernels(k) };
}
function targetJson(t) {
  return { id: t.id, title: t.title, provider: t.provider, level: t.level, config: t.config, emulates: t.emulates ?? null };
}
async function compileModel(file, opts) {
  const t0 = performance.now();
  const progress = opts.onProgress ?? (() => void 0);
  progress(`reading ${path12.basename(file)}`);
  const loaded = opts.parsed?.loaded ?? readModel(file);
  const dims = symbolicDims(opts.parsed?.graph ?? declaredInputs(loaded.model), opts.dims);
  const freeDims = Object.fromEntries(Object.entries(dims).map(([k, v]) => [k, v.value]));
  let loadMs = performance.now() - t0;
  const version = runtimeVersion();
  const probe = await probeRuntime(opts.engine, version, { onMeasure: () => progress("measuring the runtime on this CPU (once)") });
  const spec = sessionSpec(opts.target, freeDims, opts.threads);
  const key2 = hashParts("compile-v2", loaded.contentHash, JSON.stringify({ p: spec.provider, l: spec.level, c: spec.config, d: freeDims }), version, probe.cpu.arch, probe.cpu.isa.join(","), probe.cpu.model);
  const entry2 = path12.join(cacheRoot(), "compiled", key2.slice(0, 32));
  const optimizedPath = path12.join(entry2, "optimized.onnx");
  const metaPath = path12.join(entry2, "meta.json");
  const failurePath = path12.join(entry2, "failure.json");
  let result = readJson(metaPath);
  const tCompile = performance.now();
  const known = readJson(failurePath);
  const cachedOk = !!result && fs12.existsSync(optimizedPath);
  const cachedFailure = !!known && !result && !!(known.load || known.failure);
  const tmp = `${entry2}.${process.pid}.${Date.now()}.tmp`;
  const doing = `compiling ${path12.basename(loaded.file)} at level ${spec.level}`;
  let compiling = null;
  if (!cachedOk && !cachedFailure) {
    progress(`compiling for ${opts.target.id}`);
    fs12.mkdirSync(tmp, { recursive: true });
    compiling = opts.engine.call("compile", {
      model: { path: loaded.file },
      session: spec,
      optimizedPath: path12.join(tmp, "optimized.onnx"),
      exposeTypes: false,
      optimizedExternalData: loaded.hadExternalData ? "optimized.onnx.data" : void 0
    }, { signal: opts.signal, doing });
    compiling.catch(() => void 0);
  }
  const tSource = performance.now();
  const { graph: source, consts: sourceConsts } = opts.parsed ? { graph: opts.parsed.graph, consts: opts.parsed.consts } : buildIR(loaded.model);
  assignLayouts(source, { nchwcBlock: null });
  loadMs += performance.now() - tSource;
  const report = {
    model: loaded.file,
    target: targetJson(opts.target),
    cpu: { arch: probe.engineArch, model: probe.cpu.model, isa: probe.cpu.isa, nchwcBlock: probe.nchwcBlock, u8s8Saturates: probe.u8s8Saturates, family: probe.family },
    kernels: kernelsJson(kernelFacts(opts.target, probe)),
    runtimeVersion: version,
    symbolicDims: dims,
    source: { nodes: source.nodes.length, opCounts: countOps(source.nodes) },
    compiled: null,
    failure: null,
    diagnostics: [],
    timingsMs: { load: loadMs, compile: 0, ir: 0, total: 0 },
    cached: false,
    compiledModelPath: null
  };
  const failed = (failure) => {
    report.failure = failure;
    report.diagnostics = sortDiagnostics(sourceFindings(source, loaded.model, probe, failure));
    report.timingsMs.compile = performance.now() - tCompile;
    report.timingsMs.total = performance.now() - t0;
    return { report, source, sourceConsts, compiled: null, probe, loaded };
  };
  const refused = (f2) => {
    throw loadFailureError(loaded.file, f2, sourceFindings(source, loaded.model, probe, null));
  };
  if (cachedFailure) {
    report.cached = true;
    if (known.load) refused(known.load);
    return failed(known.failure);
  }
  let early = null;
  if (cachedOk) {
    report.cached = true;
  } else {
    try {
      ({ result, early } = await savedAndTyped(compiling, { engine: opts.engine, tmp, spec, signal: opts.signal, doing, readEarly: !loaded.hadExternalData, sourceFindings: () => sourceFindings(source, loaded.model, probe, null) }));
      writeFileAtomic(path12.join(tmp, "meta.json"), JSON.stringify(result));
      replaceEntry(tmp, entry2);
    } catch (err2) {
      fs12.rmSync(tmp, { recursive: true, force: true });
      if (!(err2 instanceof RuntimeError)) throw err2;
      const why = await whyItFails(loaded, opts.target, err2.message, { engine: opts.engine, freeDims, threads: opts.threads, signal: opts.signal, onProgress: progress }, opts.diagnose !== false);
      cacheFailure(entry2, why);
      if (why.load) refused(why.load);
      return failed(why.failure);
    }
  }
  report.timingsMs.compile = performance.now() - tCompile;
  const tIr = performance.now();
  const optimized = early?.optimized ?? readModel(optimizedPath, { trusted: true });
  const { graph: compiled, consts: compiledConsts } = buildIR(optimized.model, { types: typeMap(result, freeDims) });
  assignOrigins(source, compiled);
  assignLayouts(compiled, { nchwcBlock: probe.nchwcBlock, source });
  report.compiled = { ...graphJson(compiled), opCounts: countOps(compiled.nodes) };
  report.compiledModelPath = optimizedPath;
  const sourceFound = early?.findings ?? sourceFindings(source, loaded.model, probe, null);
  report.diagnostics = sortDiagnostics([...sourceFound, ...compiledFindings(source, compiled, compiledConsts, probe, opts.target)]);
  report.timingsMs.ir = performance.now() - tIr;
  report.timingsMs.total = performance.now() - t0;
  return { report, source, sourceConsts, compiled, probe, loaded };
}
async function savedAndTyped(compiling, o) {
  const saved = await compiling;
  const savedPath = path12.join(o.tmp, "optimized.onnx");
  const typing = o.engine.call("types", { optimizedPath: savedPath, session: o.spec }, { signal: o.signal, doing: o.doing });
  typing.catch(() => void 0);
  const optimized = o.readEarly ? readModel(savedPath, { trusted: true }) : null;
  const findings = o.sourceFindings();
  const typed = await typing;
  const result = { ...saved, types: typed.types, timingsMs: { session: saved.timingsMs.session, expose: typed.timingsMs.expose }, peakRssMb: Math.max(saved.peakRssMb, typed.peakRssMb) };
  return { result, early: { optimized, findings } };
}
async function whyItFails(loaded, target2, message, ctx, diagnose) {
  const stage = new ModelStage();
  const staged = { ...ctx, stage };
  const progress = ctx.onProgress ?? (() => void 0);
  try {
    progress("compile failed: is it the model or an optimizer?");
    const bytes = encodeModel(loaded.model);
    const levels = await levelResults(bytes, target2, message, staged);
    if (failsAtEveryLevel(levels)) return { load: loadFailure(levels.get("disabled") ?? message) };
    if (!diagnose) return { failure: { level: target2.level, optimizer: null, node: null, message, cause: "not diagnosed", repairs: [], workingTargets: [] } };
    progress("compile failed: finding out why");
    return { failure: await diagnoseFailure(loaded, target2, message, { ...staged, levels }, bytes) };
  } finally {
    stage.dispose();
  }
}
function replaceEntry(tmp, entry2) {
  fs12.rmSync(entry2, { recursive: true, force: true });
  fs12.renameSync(tmp, entry2);
}
function cacheFailure(entry2, failure) {
  const tmp = `${entry2}.${process.pid}.${Date.now()}.failure.tmp`;
  try {
    fs12.mkdirSync(tmp, { recursive: true });
    writeFileAtomic(path12.join(tmp, "failure.json"), JSON.stringify(failure));
    replaceEntry(tmp, entry2);
  } catch {
    fs12.rmSync(tmp, { recursive: true, force: true });
  }
}

// src/engine/compile/repair-model.ts
var fs13 = __toESM(require("fs"));

// src/engine/inputs/random-input.ts
function randomInputs(graph, dims = {}, seed = 2024) {
  const random = rng(seed);
  const feeds = {};
  for (const name of graph.inputs) {
    const v = graph.values.get(name);
    if (!v.dtype || !v.shape) throw badInput(void 0, `graph input '${name}' has no tensor type: cannot make an input for it`);
    const shape = v.shape.map((d) => typeof d === "number" ? d : dims[d] ?? 1);
    const n = shape.reduce((a, b) => a * b, 1);
    if (n > 1 << 28) throw badInput(void 0, `graph input '${name}' would hold ${n} elements; give smaller --dim values`);
    const isFloat2 = v.dtype.startsWith("float") || v.dtype === "bfloat16" || v.dtype.startsWith("complex");
    const slots = n * (v.dtype.startsWith("complex") ? 2 : 1);
    const values = v.dtype === "string" ? Array.from({ length: n }, (_, i2) => `s${i2}`) : Array.from({ length: slots }, (_, i2) => isFloat2 ? random() * 2 - 1 : v.dtype === "bool" ? i2 % 2 : Math.floor(random() * 10));
    feeds[name] = tensor(v.dtype, shape, values, name);
  }
  return feeds;
}

// src/engine/compile/repair-model.ts
async function failing(bytes, targets, ctx) {
  const out = [];
  for (const t of targets) if (!(await compiles(bytes, t.provider, t.level, t.config, ctx)).ok) out.push(t.id);
  return out;
}
async function repairModel(file, out, opts) {
  const stage = new ModelStage();
  try {
    return await classified(file, () => repair(file, out, opts, stage));
  } finally {
    stage.dispose();
  }
}
async function repair(file, out, opts, stage) {
  const progress = opts.onProgress ?? (() => void 0);
  const original = readModel(file);
  if (fs13.existsSync(out) && fs13.realpathSync(out) === original.file) throw badInput(out, "refusing to write the repaired model over the original; choose another --out");
  if (fs13.existsSync(out) && !opts.overwrite) throw badInput(out, "already exists; choose another --out (or pass --force to replace it)");
  const { graph } = buildIR(original.model);
  const freeDims = Object.fromEntries(Object.entries(symbolicDims(graph, opts.dims)).map(([k, v]) => [k, v.value]));
  progress("compiling at every built-in target");
  const originalBytes = encodeModel(original.model);
  const ctx = { engine: opts.engine, freeDims, signal: opts.signal, stage };
  const failingBefore = await failing(originalBytes, BUILTIN_TARGETS, ctx);
  if (failingBefore.includes("reference")) {
    const why = await compiles(originalBytes, "cpu", "disabled", {}, ctx);
    throw loadFailureError(original.file, loadFailure(why.message ?? "refused"), []);
  }
  const result = { model: original.file, out: null, failingBefore, failingAfter: failingBefore, applied: [], referenceMaxAbsDiff: null };
  if (failingBefore.length === 0) return result;
  let chosen = [];
  let current = failingBefore;
  for (const r of REPAIRS) {
    progress(`trying ${r.id}`);
    const model = readModel(file).model;
    const trial = [...chosen, r];
    const counts = trial.map((x2) => x2.apply(model));
    if (counts[counts.length - 1] === 0) continue;
    const left = await failing(encodeModel(model), BUILTIN_TARGETS.filter((t) => current.includes(t.id)), ctx);
    if (left.length < current.length) {
      chosen = trial;
      current = left;
    }
    if (current.length === 0) break;
  }
  if (chosen.length === 0) return result;
  const repaired = readModel(file).model;
  result.applied = chosen.map((r) => ({ id: r.id, title: r.title, changes: r.apply(repaired) }));
  result.failingAfter = current;
  progress("checking that the outputs at reference are unchanged");
  const feeds = randomInputs(graph, freeDims);
  const session = { provider: "cpu", level: "disabled", config: {}, freeDims };
  const a = await opts.engine.call("run", { model: { bytes: originalBytes }, session, feeds }, { signal: opts.signal });
  const b = await opts.engine.call("run", { model: { bytes: encodeModel(repaired) }, session, feeds }, { signal: opts.signal });
  let diff = 0;
  for (const [name, t] of Object.entries(a.outputs)) {
    const x2 = toFloat32(t);
    const y = toFloat32(b.outputs[name]);
    for (let i2 = 0; i2 < x2.length; i2++) diff = Math.max(diff, Math.abs(x2[i2] - y[i2]));
  }
  result.referenceMaxAbsDiff = diff;
  if (diff !== 0) throw new Error(`repair changed the outputs at reference (max difference ${diff}); nothing written`);
  writeModel(repaired, out, {}, original.file);
  result.out = out;
  return result;
}

// src/shared/compare-modes.ts
var DEFAULT_THRESHOLD_DB = 20;

// src/engine/compare/align/op-sets.ts
var VALUE_COPIES = /* @__PURE__ */ new Set(["DequantizeLinear", "QuantizeLinear", "Cast", "Identity", "Clip"]);
var PER_ELEMENT = [
  "QuantizeLinear",
  "DequantizeLinear",
  "DynamicQuantizeLinear",
  "Identity",
  "Cast",
  "Dropout",
  "BatchNormalization",
  "Clip",
  "Relu",
  "LeakyRelu",
  "Sigmoid",
  "HardSigmoid",
  "HardSwish",
  "Tanh",
  "Gelu",
  "FastGelu",
  "BiasGelu",
  "QuickGelu",
  "Elu",
  "Selu",
  "Celu",
  "Softplus",
  "Softsign",
  "Mish",
  "Erf",
  "Sqrt",
  "Neg",
  "Abs",
  "Exp",
  "Reciprocal"
];

// src/engine/compare/align/module-index.ts
var NUMERIC = /^\d+$/;
function moduleToScope(module2) {
  if (!module2) return "";
  const segments = [];
  for (const part of module2.split(".")) {
    const parent = segments[segments.length - 1];
    segments.push(NUMERIC.test(part) && parent !== void 0 ? `${parent}.${part}` : part);
  }
  return `/${segments.join("/")}`;
}
function scopeToModule(scope) {
  const parts = [];
  let parent;
  for (const segment of scope.split("/").filter(Boolean)) {
    const rest = parent !== void 0 && segment.startsWith(`${parent}.`) ? segment.slice(parent.length + 1) : null;
    parts.push(rest !== null && NUMERIC.test(rest) ? rest : segment);
    parent = segment;
  }
  return parts.join(".");
}
var TRANSPARENT = /* @__PURE__ */ new Set([...VALUE_COPIES, "Relu"]);
var QUANT_OPS = /* @__PURE__ */ new Set(["QuantizeLinear", "DequantizeLinear"]);
var APP = "activation_post_process";
var APP_SUFFIX = `.${APP}`;
function isFakeQuantSegment(segment) {
  return segment === APP || segment.startsWith(`${APP}_`) && NUMERIC.test(segment.slice(APP.length + 1));
}
function lastPart(module2) {
  return module2.slice(module2.lastIndexOf(".") + 1);
}
function parentOf(module2) {
  return module2.includes(".") ? module2.slice(0, module2.lastIndexOf(".")) : "";
}
var ModuleIndex = class {
  constructor(g) {
    this.g = g;
    this.outputs = new Set(g.outputs);
    this.nodeModule = g.nodes.map((n) => scopeToModule(n.scope));
    for (const n of g.nodes) {
      const parts = this.nodeModule[n.index].split(".").filter(Boolean);
      for (let i2 = 1; i2 <= parts.length; i2++) {
        const m = parts.slice(0, i2).join(".");
        const list = this.members.get(m);
        if (list) list.push(n.index);
        else this.members.set(m, [n.index]);
      }
    }
  }
  g;
  members = /* @__PURE__ */ new Map();
  nodeModule;
  outputs;
  /**
   * Candidates for a module, or null when no node of the graph belongs to it. `quantUnit` says the module is known
   * to own a fake-quant (the reference recorded `<module>.activation_post_process`), which lets a module that left
   * no node take what its parent traced for it.
   */
  candidates(module2, quantUnit) {
    const own = this.members.get(module2);
    if (own) return this.leaving(own);
    if (module2.endsWith(APP_SUFFIX)) {
      const owner = this.candidates(module2.slice(0, -APP_SUFFIX.length), true);
      if (!owner) return null;
      const quantized = owner.filter((c) => c.quantized);
      return quantized.length > 0 ? quantized : owner;
    }
    if (!quantUnit) return null;
    const nodes = this.standIns(parentOf(module2));
    return nodes.length > 0 ? this.leaving(nodes) : null;
  }
  /**
   * A QuantStub or FloatFunctional leaves no node of its own: its add is traced in the parent's own scope and its
   * fake-quant in a parent's fake-quant scope (`activation_post_process`, `_1`, ...). It gets both, except the
   * fake-quants that read a child module's output: those belong to that child.
   */
  standIns(parent) {
    const depth = parent ? parent.split(".").length : 0;
    const childOf = (m) => m.split(".").slice(0, depth + 1).join(".");
    const inParent = (m) => parent === "" || m.startsWith(`${parent}.`);
    const readsChild = (nodes2) => {
      const inside = new Set(nodes2);
      return nodes2.some((i2) => {
        const from = this.g.values.get(this.g.nodes[i2].inputs[0] ?? "")?.producer ?? -1;
        if (from < 0 || inside.has(from)) return false;
        const m = this.nodeModule[from];
        return m !== parent && inParent(m) && !isFakeQuantSegment(lastPart(childOf(m)));
      });
    };
    const nodes = this.g.nodes.filter((n) => this.nodeModule[n.index] === parent).map((n) => n.index);
    for (const [m, list] of this.members) {
      if (m !== parent && inParent(m) && childOf(m) === m && isFakeQuantSegment(lastPart(m)) && !readsChild(list)) nodes.push(...list);
    }
    return nodes;
  }
  /**
   * Tensors produced by `nodes` and used outside them (or graph outputs), plus where transparent ops take them.
   * Those made by `nodes` or in a fake-quant scope come first, then the ones in other modules' scopes (the next
   * layer's DequantizeLinear carries the same value but names another layer); within each, the latest first.
   */
  leaving(nodes) {
    const inside = new Set(nodes);
    const found = /* @__PURE__ */ new Map();
    const stack = [];
    for (const i2 of nodes) {
      const node = this.g.nodes[i2];
      if (node.opType === "Constant") continue;
      for (const o of node.outputs) {
        const v = o ? this.g.values.get(o) : void 0;
        if (!v || v.initializer) continue;
        if (this.outputs.has(o) || v.consumers.some((c) => !inside.has(c))) stack.push({ tensor: o, quantized: QUANT_OPS.has(node.opType) });
      }
    }
    while (stack.length > 0) {
      const { tensor: tensor3, quantized } = stack.pop();
      if (found.get(tensor3) ?? false) continue;
      if (found.has(tensor3) && !quantized) continue;
      found.set(tensor3, quantized);
      for (const c of this.g.values.get(tensor3)?.consumers ?? []) {
        const next = this.g.nodes[c];
        if (TRANSPARENT.has(next.opType) && next.inputs[0] === tensor3 && next.outputs[0]) {
          stack.push({ tensor: next.outputs[0], quantized: quantized || QUANT_OPS.has(next.opType) });
        }
      }
    }
    const producer2 = (t) => this.g.values.get(t)?.producer ?? -1;
    const elsewhere = (t) => {
      const p = producer2(t);
      return p >= 0 && !inside.has(p) && !isFakeQuantSegment(lastPart(this.nodeModule[p])) ? 1 : 0;
    };
    return [...found].map(([tensor3, quantized]) => ({ tensor: tensor3, quantized, rank: elsewhere(tensor3), at: producer2(tensor3) })).sort((a, b) => a.rank - b.rank || b.at - a.at).map(({ tensor: tensor3, quantized }) => ({ tensor: tensor3, quantized }));
  }
};

// src/engine/compare/align/activation-keys.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16", "bfloat16"]);
function formatShape(shape) {
  return shape ? `[${shape.join(", ")}]` : "[unknown]";
}
function shapeFits(shape, dims) {
  if (shape === null) return true;
  if (shape.length !== dims.length) return false;
  return shape.every((d, i2) => d === dims[i2] || i2 === 0 && typeof d === "string");
}
function readable(v) {
  return v.dtype === null || FLOAT_TYPES.has(v.dtype) || v.quant !== null;
}
function matchActivationKeys(g, refs, map) {
  const index = new ModuleIndex(g);
  const keys = new Set(refs.map((r) => r.key));
  const matches = [];
  const unmatched = [];
  for (const { key: key2, dims } of refs) {
    const r = matchOne(g, index, key2, dims, keys, map);
    if ("reason" in r) unmatched.push(r);
    else matches.push(r);
  }
  return { matches, unmatched };
}
function matchOne(g, index, key2, dims, keys, map) {
  const named2 = g.values.get(key2);
  if (named2) {
    if (shapeFits(named2.shape, dims)) return { key: key2, candidates: [key2], how: "tensor-name" };
    return { key: key2, reason: `tensor '${key2}' has shape ${formatShape(named2.shape)} in the model, the reference ${formatShape(dims)}` };
  }
  const mapped = map && Object.prototype.hasOwnProperty.call(map, key2) ? map[key2] : void 0;
  if (mapped !== void 0) {
    const target2 = g.values.get(mapped);
    if (target2) {
      if (shapeFits(target2.shape, dims)) return { key: key2, candidates: [mapped], how: "map" };
      return { key: key2, reason: `the map sends it to tensor '${mapped}', whose shape ${formatShape(target2.shape)} is not the reference's ${formatShape(dims)}` };
    }
    const found2 = index.candidates(mapped.startsWith("/") ? scopeToModule(mapped) : mapped, false);
    if (!found2) return { key: key2, reason: `the map sends it to '${mapped}', which is neither a tensor nor a module scope of the model` };
    return fromCandidates(g, key2, dims, found2, "map", `the map's '${mapped}'`);
  }
  const output = /^output(?:[._:]?(\d+))?$/.exec(key2);
  if (output) {
    const outs = output[1] === void 0 ? g.outputs : g.outputs.slice(Number(output[1]), Number(output[1]) + 1);
    const fit = outs.filter((o) => shapeFits(g.values.get(o)?.shape ?? null, dims));
    if (fit.length > 0) return { key: key2, candidates: fit, how: "tensor-name" };
    if (outs.length > 0) return { key: key2, reason: `no graph output has the reference's shape ${formatShape(dims)}: ${describe(g, outs)}` };
  }
  const module2 = key2.startsWith("/") ? scopeToModule(key2) : key2;
  const found = index.candidates(module2, keys.has(module2 + APP_SUFFIX));
  if (!found) {
    return {
      key: key2,
      reason: `no tensor is named '${key2}' and no node lies in module scope ${moduleToScope(module2)} (a module that left no node: nn.Identity, Dropout, a stub, or one folded into its neighbour)`
    };
  }
  return fromCandidates(g, key2, dims, found, "module", `module '${module2}'`);
}
function fromCandidates(g, key2, dims, found, how, what) {
  const values = found.map((c) => g.values.get(c.tensor)).filter(readable);
  if (values.length === 0) return { key: key2, reason: `${what} has no output that holds real numbers: ${describe(g, found.map((c) => c.tensor))}` };
  const fit = values.filter((v) => shapeFits(v.shape, dims));
  if (fit.length > 0) return { key: key2, candidates: fit.map((v) => v.name), how };
  return { key: key2, reason: `${what} has no output of the reference's shape ${formatShape(dims)}: ${describe(g, values.map((v) => v.name))}` };
}
function describe(g, tensors) {
  const shown = tensors.slice(0, 3).map((t) => `'${t}' ${formatShape(g.values.get(t)?.shape ?? null)}`).join(", ");
  return tensors.length > 3 ? `${shown} and ${tensors.length - 3} more` : shown;
}

// src/engine/compare/align/unit-shapes.ts
function inferShapes(g, activationInputs) {
  const shapes = /* @__PURE__ */ new Map();
  for (const v of g.values.values()) if (v.shape) shapes.set(v.name, v.shape);
  const get = (t) => t ? shapes.get(t) ?? null : null;
  for (const n of g.nodes) {
    const out = n.outputs[0];
    if (!out || shapes.has(out)) continue;
    const s = outputShape(n, get, activationInputs(n));
    if (s) shapes.set(out, s);
  }
  return shapes;
}
function dataInputs(n) {
  switch (n.opType) {
    case "QLinearConv":
    case "QLinearMatMul":
    case "QLinearAdd":
    case "QLinearMul":
    case "QGemm":
      return [n.inputs[0], n.inputs[3]];
    case "QLinearConcat":
      return n.inputs.filter((_, i2) => i2 >= 2 && (i2 - 2) % 3 === 0);
    default:
      return n.inputs;
  }
}
function ints(n, name) {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return Array.isArray(v) && v.every((x2) => typeof x2 === "number") ? v : void 0;
}
function int(n, name, fallback) {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return typeof v === "number" ? v : fallback;
}
function str(n, name) {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return typeof v === "string" ? v : "NOTSET";
}
var SAME_SHAPE = /* @__PURE__ */ new Set([
  ...PER_ELEMENT,
  "Softmax",
  "LogSoftmax",
  "LayerNormalization",
  "InstanceNormalization",
  "GroupNormalization",
  "LRN",
  "QLinearSigmoid",
  "QLinearLeakyRelu",
  "QLinearSoftmax",
  "SkipLayerNormalization",
  "SimplifiedLayerNormalization"
]);
var BROADCAST = /* @__PURE__ */ new Set(["Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "PRelu", "Where", "QLinearAdd", "QLinearMul"]);
function outputShape(n, get, live) {
  const op = n.opType;
  const data = dataInputs(n);
  const x2 = get(data[0]);
  if (SAME_SHAPE.has(op)) return get(live[0]) ?? x2;
  if (BROADCAST.has(op)) return broadcast(data.filter(Boolean).map(get));
  switch (op) {
    case "Conv":
    case "QLinearConv":
    case "ConvInteger":
    case "FusedConv":
      return convShape(n, x2, get(data[1]));
    case "MaxPool":
    case "AveragePool":
    case "LpPool":
    case "QLinearAveragePool":
      return poolShape(n, x2);
    case "GlobalAveragePool":
    case "GlobalMaxPool":
    case "GlobalLpPool":
    case "QLinearGlobalAveragePool":
      return x2 && x2.length > 2 ? [x2[0], x2[1], ...x2.slice(2).map(() => 1)] : null;
    case "Flatten": {
      if (!x2) return null;
      const axis = norm(int(n, "axis", 1), x2.length + 1);
      return [product(x2.slice(0, axis)), product(x2.slice(axis))];
    }
    case "Transpose": {
      if (!x2) return null;
      const perm = ints(n, "perm") ?? x2.map((_, i2) => x2.length - 1 - i2);
      return perm.map((p) => x2[p]);
    }
    case "Squeeze":
    case "Unsqueeze":
      return squeezeShape(n, x2);
    case "Concat":
    case "QLinearConcat": {
      const all = data.filter(Boolean).map(get);
      if (all.some((s) => !s) || all.length === 0) return null;
      const first = all[0];
      const axis = norm(int(n, "axis", 0), first.length);
      const sum = all.map((s) => s[axis]);
      return first.map((d, i2) => i2 === axis ? sum.every((k) => typeof k === "number") ? sum.reduce((a, b) => a + b, 0) : "?" : d);
    }
    case "Gemm":
    case "QGemm":
    case "FusedGemm": {
      const b = get(data[1]);
      if (!x2 || !b || x2.length !== 2 || b.length !== 2) return null;
      return [int(n, "transA", 0) ? x2[1] : x2[0], int(n, "transB", 0) ? b[0] : b[1]];
    }
    case "MatMul":
    case "QLinearMatMul":
    case "MatMulInteger":
    case "MatMulIntegerToFloat":
    case "DynamicQuantizeMatMul":
    case "FusedMatMul":
      return matmulShape(x2, get(data[1]));
    case "Gather": {
      const idx = get(data[1]);
      if (!x2 || !idx) return null;
      const axis = norm(int(n, "axis", 0), x2.length);
      return [...x2.slice(0, axis), ...idx, ...x2.slice(axis + 1)];
    }
    case "ReduceMean":
    case "ReduceSum":
    case "ReduceMax":
    case "ReduceMin":
    case "ReduceProd":
    case "ReduceL2":
    case "ReduceL1":
    case "ReduceSumSquare":
    case "ReduceLogSumExp":
    case "QLinearReduceMean": {
      const axes = ints(n, "axes");
      if (!x2 || !axes && n.inputs.length > 1 && n.inputs[1]) return null;
      const keep = int(n, "keepdims", 1) === 1;
      const set = new Set((axes ?? x2.map((_, i2) => i2)).map((a) => norm(a, x2.length)));
      return x2.flatMap((d, i2) => set.has(i2) ? keep ? [1] : [] : [d]);
    }
    default:
      return null;
  }
}
function norm(axis, rank) {
  return axis < 0 ? axis + rank : axis;
}
function product(dims) {
  return dims.every((d) => typeof d === "number") ? dims.reduce((a, b) => a * b, 1) : "?";
}
function broadcast(all) {
  if (all.length === 0 || all.some((s) => !s)) return null;
  const rank = Math.max(...all.map((s) => s.length));
  const out = [];
  for (let i2 = 0; i2 < rank; i2++) {
    let d = 1;
    for (const s of all) {
      const e = s[s.length - rank + i2] ?? 1;
      if (e === 1) continue;
      if (d === 1 || d === e) d = e;
      else if (typeof d === "number" && typeof e === "number") return null;
      else d = typeof d === "number" ? d : e;
    }
    out.push(d);
  }
  return out;
}
function matmulShape(a, b) {
  if (!a || !b || a.length === 0 || b.length === 0) return null;
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b22 = b.length === 1 ? [b[0], 1] : b;
  const batch = broadcast([a2.slice(0, -2), b22.slice(0, -2)]);
  if (!batch) return null;
  return [...batch, ...a.length === 1 ? [] : [a2[a2.length - 2]], ...b.length === 1 ? [] : [b22[b22.length - 1]]];
}
function spatial(input, k, stride, dilation, padBegin, padEnd, autoPad, ceil) {
  if (typeof input !== "number") return "?";
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(input / stride);
  const pads = autoPad === "VALID" ? 0 : padBegin + padEnd;
  const span = (input + pads - dilation * (k - 1) - 1) / stride;
  return (ceil ? Math.ceil(span) : Math.floor(span)) + 1;
}
function windowShape(n, x2, kernel, ceil) {
  const r = x2.length - 2;
  const strides2 = ints(n, "strides") ?? new Array(r).fill(1);
  const dilations = ints(n, "dilations") ?? new Array(r).fill(1);
  const pads = ints(n, "pads") ?? new Array(2 * r).fill(0);
  const autoPad = str(n, "auto_pad");
  return x2.slice(2).map((d, i2) => spatial(d, kernel[i2], strides2[i2], dilations[i2], pads[i2], pads[i2 + r], autoPad, ceil));
}
function convShape(n, x2, w) {
  if (!x2 || !w || x2.length < 3 || w.length !== x2.length) return null;
  const kernel = ints(n, "kernel_shape") ?? (w.slice(2).every((d) => typeof d === "number") ? w.slice(2) : null);
  if (!kernel) return null;
  return [x2[0], w[0], ...windowShape(n, x2, kernel, false)];
}
function poolShape(n, x2) {
  const kernel = ints(n, "kernel_shape");
  if (!x2 || !kernel || x2.length !== kernel.length + 2) return null;
  return [x2[0], x2[1], ...windowShape(n, x2, kernel, int(n, "ceil_mode", 0) === 1)];
}
function squeezeShape(n, x2) {
  const axes = ints(n, "axes");
  if (x2 && !axes && n.opType === "Squeeze" && !n.inputs[1]) return x2.filter((d) => d !== 1);
  if (!x2 || !axes) return null;
  if (n.opType === "Squeeze") {
    const set2 = new Set(axes.map((a) => norm(a, x2.length)));
    return x2.filter((_, i2) => !set2.has(i2));
  }
  const rank = x2.length + axes.length;
  const set = new Set(axes.map((a) => norm(a, rank)));
  const out = [];
  let k = 0;
  for (let i2 = 0; i2 < rank; i2++) out.push(set.has(i2) ? 1 : x2[k++]);
  return out;
}

// src/engine/compare/align/units.ts
var KIND = {
  QLinearConv: "Conv",
  ConvInteger: "Conv",
  FusedConv: "Conv",
  NhwcConv: "Conv",
  QLinearConvTranspose: "ConvTranspose",
  QLinearMatMul: "MatMul",
  MatMulInteger: "MatMul",
  MatMulIntegerToFloat: "MatMul",
  DynamicQuantizeMatMul: "MatMul",
  FusedMatMul: "MatMul",
  MatMulNBits: "MatMul",
  QGemm: "Gemm",
  FusedGemm: "Gemm",
  QLinearAdd: "Add",
  QLinearMul: "Mul",
  QLinearConcat: "Concat",
  QLinearGlobalAveragePool: "GlobalAveragePool",
  QLinearAveragePool: "AveragePool",
  NhwcMaxPool: "MaxPool",
  QLinearSoftmax: "Softmax",
  QLinearReduceMean: "ReduceMean",
  QLinearSigmoid: "Sigmoid",
  QLinearLeakyRelu: "LeakyRelu",
  QLinearWhere: "Where",
  QAttention: "Attention"
};
function unitKind(opType) {
  return KIND[opType] ?? opType;
}
var TRANSPARENT2 = /* @__PURE__ */ new Set([...PER_ELEMENT, "PRelu", "Add", "Sub", "Mul", "Div", "Pow", "Max", "Min"]);
var MOVES_DATA = /* @__PURE__ */ new Set(["Reshape", "Flatten", "Transpose", "Squeeze", "Unsqueeze"]);
var SHAPE_OF = /* @__PURE__ */ new Set(["Shape", "Size"]);
var GRID_CAST_CODES = /* @__PURE__ */ new Set([2, 3, 4, 5, 21, 22]);
var GRID_DTYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16", "uint16", "int4", "uint4"]);
function classify(g) {
  const params3 = /* @__PURE__ */ new Set();
  for (const v of g.values.values()) if (v.initializer) params3.add(v.name);
  const grid = /* @__PURE__ */ new Set();
  for (const n of g.nodes) {
    const live = n.inputs.filter((i2) => i2 && !params3.has(i2));
    if (SHAPE_OF.has(n.opType) || live.length === 0) {
      for (const o of n.outputs) if (o) params3.add(o);
    }
    if (n.opType === "DynamicQuantizeLinear") {
      for (const o of n.outputs.slice(1)) if (o) params3.add(o);
    }
    const out = n.outputs[0];
    if (!out || params3.has(out)) continue;
    const dtype2 = g.values.get(out)?.dtype;
    const castTo = n.attributes.find((a) => a.name === "to")?.value;
    if (dtype2 && GRID_DTYPES.has(dtype2) || n.opType === "QuantizeLinear" || n.opType === "DynamicQuantizeLinear" || n.opType.startsWith("QLinear") && n.opType !== "QLinearSoftmax" || n.opType === "QGemm" || (MOVES_DATA.has(n.opType) || n.opType === "Identity") && grid.has(live[0]) || n.opType === "Cast" && grid.has(live[0]) && typeof castTo === "number" && GRID_CAST_CODES.has(castTo)) grid.add(out);
  }
  return {
    params: params3,
    activationInputs: (n) => [...new Set(n.inputs.filter((i2) => i2 && !params3.has(i2)))],
    onGrid: (t) => grid.has(t)
  };
}
function isTransparent(n, c) {
  const live = c.activationInputs(n);
  if (live.length !== 1) return false;
  const kind = unitKind(n.opType);
  if (TRANSPARENT2.has(kind)) return true;
  return MOVES_DATA.has(n.opType) && c.onGrid(live[0]);
}
function traceWeightShape(g, tensor3) {
  let cur = tensor3;
  const perms = [];
  for (let i2 = 0; i2 < 16; i2++) {
    const v = g.values.get(cur);
    if (v?.shape && v.shape.every((d) => typeof d === "number")) {
      return perms.reduceRight((shape, perm) => perm ? perm.map((k) => shape[k]) : [...shape].reverse(), v.shape);
    }
    const p = v && v.producer >= 0 ? g.nodes[v.producer] : void 0;
    if (!p || !["DequantizeLinear", "QuantizeLinear", "Identity", "Cast", "Transpose"].includes(p.opType)) return null;
    if (p.opType === "Transpose") {
      const perm = p.attributes.find((a) => a.name === "perm")?.value;
      perms.push(Array.isArray(perm) ? perm.map(Number) : null);
    }
    cur = p.inputs[0];
  }
  return null;
}
function weightShapeOf(g, anchor, params3) {
  for (const i2 of anchor.inputs) {
    if (!i2 || !params3.has(i2)) continue;
    const shape = traceWeightShape(g, i2);
    if (shape && shape.length >= 2) return shape;
  }
  return null;
}
function partitionUnits(g) {
  return partitionGraph(g).units;
}
function partitionGraph(g) {
  const c = classify(g);
  const owner = /* @__PURE__ */ new Map();
  const anchors = [];
  const isParam = (n) => SHAPE_OF.has(n.opType) || c.activationInputs(n).length === 0;
  for (const n of g.nodes) {
    const live = c.activationInputs(n);
    if (isParam(n)) continue;
    if (isTransparent(n, c)) {
      const p = g.values.get(live[0])?.producer ?? -1;
      const o = p >= 0 ? owner.get(p) : void 0;
      if (o !== void 0) owner.set(n.index, o);
      continue;
    }
    owner.set(n.index, anchors.length);
    anchors.push(n.index);
  }
  for (let i2 = g.nodes.length - 1; i2 >= 0; i2--) {
    const n = g.nodes[i2];
    if (owner.has(i2) || !isParam(n)) continue;
    let best = -1;
    for (const o of n.outputs) for (const k of g.values.get(o)?.consumers ?? []) {
      if (owner.has(k) && (best < 0 || k < best)) best = k;
    }
    if (best >= 0) owner.set(i2, owner.get(best));
  }
  const members = anchors.map(() => []);
  for (const [node, u] of owner) members[u].push(node);
  const graphOutputs = new Set(g.outputs);
  const shapes = inferShapes(g, c.activationInputs);
  const units = anchors.map((a, u) => {
    const anchor = g.nodes[a];
    const chain = [anchor.outputs[0]];
    for (let cur = chain[0]; !graphOutputs.has(cur); ) {
      const consumers = [...new Set(g.values.get(cur)?.consumers ?? [])].filter((k) => !SHAPE_OF.has(g.nodes[k].opType));
      if (consumers.length !== 1 || owner.get(consumers[0]) !== u) break;
      if (g.nodes[consumers[0]].opType === "DynamicQuantizeLinear") break;
      cur = g.nodes[consumers[0]].outputs[0];
      chain.push(cur);
    }
    const nodes = members[u].sort((x2, y) => x2 - y);
    const inside = new Set(nodes.flatMap((k) => g.nodes[k].outputs));
    const valueReaders = nodes.filter((k) => !SHAPE_OF.has(g.nodes[k].opType));
    const inputs = [...new Set(valueReaders.flatMap((k) => c.activationInputs(g.nodes[k])).filter((t) => !inside.has(t)))];
    const output = chain[chain.length - 1];
    return {
      anchor: a,
      nodes,
      output,
      chain,
      inputs,
      kind: unitKind(anchor.opType),
      scope: anchor.scope,
      name: anchor.name,
      weightShape: weightShapeOf(g, anchor, c.params),
      outputShape: shapes.get(output) ?? null
    };
  });
  return { units, ownerOf: owner, activationInputs: c.activationInputs };
}

// src/engine/compare/align/twin-side.ts
var MOVES_DATA2 = /* @__PURE__ */ new Set(["Reshape", "Flatten", "Transpose", "Squeeze", "Unsqueeze", "Expand"]);
function twinSide(g) {
  const { units, ownerOf: ownerOf2, activationInputs } = partitionGraph(g);
  const inputs = new Set(g.inputs);
  const sourceKey = (tensor3) => {
    let t = tensor3;
    for (let i2 = 0; i2 < 64; i2++) {
      const v = g.values.get(t);
      if (!v || v.producer < 0) return inputs.has(t) ? `in:${t}` : null;
      const u = ownerOf2.get(v.producer);
      if (u !== void 0) return `u:${u}`;
      const live = activationInputs(g.nodes[v.producer]);
      if (live.length !== 1) return null;
      t = live[0];
    }
    return null;
  };
  const direct = units.map((u) => [...new Set(u.inputs.map(sourceKey).filter((k) => k !== null))]);
  const reach = [];
  const readers = /* @__PURE__ */ new Map();
  units.forEach((_, i2) => {
    const r = new Set(direct[i2]);
    for (const k of direct[i2]) {
      const j = k.startsWith("u:") ? Number(k.slice(2)) : -1;
      if (j >= 0 && j < i2 && MOVES_DATA2.has(units[j].kind)) for (const x2 of reach[j]) r.add(x2);
    }
    reach.push(r);
    for (const k of r) {
      const list = readers.get(k) ?? [];
      list.push(i2);
      readers.set(k, list);
    }
  });
  const arity = units.map((u) => activationInputs(g.nodes[u.anchor]).length);
  return { units, direct, reach, readers, arity, tokens: units.map((u) => scopeTokens(u.scope)), partner: units.map(() => -1) };
}
function scopeTokens(scope) {
  const out = [];
  let prev = "";
  for (const seg of scope.split("/").filter(Boolean)) {
    const rest = prev && seg.startsWith(`${prev}.`) ? seg.slice(prev.length + 1) : seg;
    out.push(...rest.split(".").filter(Boolean));
    prev = seg;
  }
  return out;
}
function nameSimilarity(a, b) {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 0;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k / n;
}
function shapesCompatible(a, b) {
  if (!a || !b) return true;
  const count2 = (s) => s.every((d) => typeof d === "number") ? s.reduce((x2, y) => x2 * y, 1) : -1;
  if (count2(a) >= 0 && count2(a) === count2(b)) return true;
  const sa = a.filter((d) => d !== 1);
  const sb = b.filter((d) => d !== 1);
  const symbolic = [...sa, ...sb].some((d) => typeof d === "string");
  if (sa.length !== sb.length) return symbolic;
  return sa.every((d, i2) => typeof d === "string" || typeof sb[i2] === "string" || d === sb[i2]);
}
function compatible(q, i2, f2, j) {
  const a = q.units[i2];
  const b = f2.units[j];
  if (a.kind !== b.kind || q.arity[i2] !== f2.arity[j]) return false;
  if (a.weightShape && b.weightShape && a.weightShape.join(",") !== b.weightShape.join(",")) return false;
  return shapesCompatible(a.outputShape, b.outputShape);
}
function key(s, k, inputPartner) {
  if (k.startsWith("in:")) return inputPartner.get(k) ?? null;
  const p = s.partner[Number(k.slice(2))];
  return p >= 0 ? `u:${p}` : null;
}

// src/engine/compare/align/float-twin-match.ts
function matchFloatTwin(quant, float) {
  const q = twinSide(quant);
  const f2 = twinSide(float);
  const inputPartner = pairInputs(quant, float);
  const reverseInputs = new Map([...inputPartner].map(([a, b]) => [b, a]));
  const how = /* @__PURE__ */ new Map();
  const pair = (i2, j, why) => {
    q.partner[i2] = j;
    f2.partner[j] = i2;
    how.set(i2, why);
  };
  const shapeKnown = (i2, j) => !!q.units[i2].weightShape && !!f2.units[j].weightShape || !!q.units[i2].outputShape && !!f2.units[j].outputShape;
  const evidence = (i2, j) => {
    let ok = 0;
    let bad = 0;
    for (const k of q.reach[i2]) {
      const p = key(q, k, inputPartner);
      if (p && f2.reach[j].has(p)) ok++;
    }
    for (const k of q.direct[i2]) {
      const p = key(q, k, inputPartner);
      const skip = k.startsWith("u:") && MOVES_DATA2.has(q.units[Number(k.slice(2))].kind);
      if (p && !skip && !f2.reach[j].has(p)) bad++;
    }
    for (const k of f2.direct[j]) {
      const p = key(f2, k, reverseInputs);
      const skip = k.startsWith("u:") && MOVES_DATA2.has(f2.units[Number(k.slice(2))].kind);
      if (p && !skip && !q.reach[i2].has(p)) bad++;
    }
    for (const c of q.readers.get(`u:${i2}`) ?? []) {
      const fc = q.partner[c];
      if (fc < 0) continue;
      if (f2.reach[fc].has(`u:${j}`)) ok++;
    }
    return { ok, bad };
  };
  const expected = (i2) => {
    for (let d = 1; d < q.units.length; d++) {
      if (i2 - d >= 0 && q.partner[i2 - d] >= 0) return q.partner[i2 - d] + d;
      if (i2 + d < q.units.length && q.partner[i2 + d] >= 0) return q.partner[i2 + d] - d;
    }
    return Math.round(i2 * f2.units.length / Math.max(1, q.units.length));
  };
  const choose = (i2, candidates, scoreOf, prefix) => {
    if (candidates.length === 0) return false;
    const at = expected(i2);
    const scored = candidates.map((j) => ({ j, s: scoreOf(j), name: nameSimilarity(q.tokens[i2], f2.tokens[j]), dist: Math.abs(j - at) }));
    const best = Math.max(...scored.map((c) => c.s));
    const top = scored.filter((c) => c.s === best);
    if (top.length === 1) {
      pair(i2, top[0].j, prefix === "structure" && shapeKnown(i2, top[0].j) ? "structure+shape" : prefix);
      return true;
    }
    top.sort((a, b) => b.name - a.name || a.dist - b.dist || a.j - b.j);
    const byName = top[0].name > top[1].name;
    pair(i2, top[0].j, `${prefix}+${byName ? "name" : "order"}`);
    return true;
  };
  const structural = (i2) => {
    const cands = /* @__PURE__ */ new Set();
    for (const k of q.reach[i2]) {
      const p = key(q, k, inputPartner);
      for (const j of p && f2.readers.get(p) || []) cands.add(j);
    }
    for (const c of q.readers.get(`u:${i2}`) ?? []) {
      const fc = q.partner[c];
      if (fc >= 0) {
        for (const k of f2.reach[fc]) if (k.startsWith("u:")) cands.add(Number(k.slice(2)));
      }
    }
    const viable = [...cands].filter((j) => f2.partner[j] < 0 && compatible(q, i2, f2, j)).filter((j) => {
      const e = evidence(i2, j);
      return e.ok > e.bad;
    });
    return choose(i2, viable, (j) => {
      const e = evidence(i2, j);
      return e.ok - e.bad;
    }, "structure");
  };
  const outputUnit = (s, name) => s.units.findIndex((u) => u.chain.includes(name));
  quant.outputs.forEach((name, k) => {
    const i2 = outputUnit(q, name);
    const fname = float.outputs.includes(name) ? name : float.outputs[k];
    const j = fname === void 0 ? -1 : outputUnit(f2, fname);
    if (i2 >= 0 && j >= 0 && q.partner[i2] < 0 && f2.partner[j] < 0 && compatible(q, i2, f2, j)) pair(i2, j, "graph-output");
  });
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let i2 = 0; i2 < q.units.length; i2++) if (q.partner[i2] < 0 && structural(i2)) changed = true;
    if (!changed) break;
  }
  for (let i2 = 0; i2 < q.units.length; i2++) {
    if (q.partner[i2] < 0) fallback(i2);
  }
  function fallback(i2) {
    let lo = -1;
    let hi = f2.units.length;
    for (let k = i2 - 1; k >= 0; k--) if (q.partner[k] >= 0) {
      lo = q.partner[k];
      break;
    }
    for (let k = i2 + 1; k < q.units.length; k++) if (q.partner[k] >= 0) {
      hi = q.partner[k];
      break;
    }
    if (lo > hi) [lo, hi] = [-1, f2.units.length];
    const cands = f2.units.map((_, j) => j).filter((j) => f2.partner[j] < 0 && compatible(q, i2, f2, j) && evidence(i2, j).bad === 0);
    const named2 = cands.map((j) => ({ j, s: nameSimilarity(q.tokens[i2], f2.tokens[j]) })).sort((a, b) => b.s - a.s);
    if (named2.length > 0 && named2[0].s >= 0.5 && (named2.length === 1 || named2[0].s > named2[1].s)) {
      pair(i2, named2[0].j, "name");
      return;
    }
    const inGap = cands.filter((j) => j > lo && j < hi);
    if (inGap.length > 0 && (q.units[i2].weightShape || q.units[i2].outputShape)) pair(i2, inGap[0], "order+shape");
  }
  const pairs = [];
  q.units.forEach((u, i2) => {
    if (q.partner[i2] >= 0) pairs.push({ model: u, reference: f2.units[q.partner[i2]], how: how.get(i2) });
  });
  return {
    pairs,
    unmatched: { model: q.units.filter((_, i2) => q.partner[i2] < 0), reference: f2.units.filter((_, j) => f2.partner[j] < 0) }
  };
}
function pairInputs(quant, float) {
  const out = /* @__PURE__ */ new Map();
  const free = float.inputs.filter((n) => !quant.inputs.includes(n));
  let k = 0;
  for (const name of quant.inputs) {
    if (float.inputs.includes(name)) out.set(`in:${name}`, `in:${name}`);
    else if (k < free.length) out.set(`in:${name}`, `in:${free[k++]}`);
  }
  return out;
}

// src/engine/ir/static-values.ts
function staticValues(g) {
  const out = /* @__PURE__ */ new Set();
  for (const v of g.values.values()) if (v.initializer) out.add(v.name);
  for (const n of g.nodes) {
    if (n.opType === "RandomNormal" || n.opType === "RandomUniform") continue;
    if (n.inputs.every((i2) => !i2 || out.has(i2))) {
      for (const o of n.outputs) if (o) out.add(o);
    }
  }
  return out;
}

// src/engine/compare/align/align.ts
function alignRows(model, units, reference, file, map) {
  const alignment = reference.kind === "float-twin" ? alignFloatTwin(model, units, reference.side) : reference.kind === "activations" ? alignActivations(model, units, reference.tensors, map) : alignSameSource(model, reference.side, units);
  if (alignment.rows.length === 0) {
    throw badInput(file, `the model and the reference share no tensor that could be compared (unmatched: ${alignment.unmatched.model.length} model tensors, ${alignment.unmatched.reference.length} reference entries)`);
  }
  return alignment;
}
function order(g, t) {
  return g.values.get(t)?.producer ?? -1;
}
function unitIndex(units) {
  const m = /* @__PURE__ */ new Map();
  units.forEach((u, i2) => {
    for (const t of u.chain) m.set(t, i2);
    m.set(u.output, i2);
  });
  return m;
}
function alignSameSource(model, ref, units) {
  const statics = staticValues(model.source);
  const byTensor = unitIndex(units);
  const rows = [];
  const missing = [];
  const fused = [];
  for (const n of model.source.nodes) {
    for (const t of n.outputs) {
      if (!t || statics.has(t)) continue;
      const a = model.locate(t);
      const b = ref.locate(t);
      if (!a || !b) {
        const into = !a && b ? model.fusedInto?.(t) : null;
        if (into) fused.push({ tensor: t, into });
        else missing.push(t);
        continue;
      }
      rows.push({ tensor: t, model: [{ tensor: t, at: a }], referenceTensor: t, reference: { kind: "tensor", at: b }, unit: byTensor.get(t) ?? null });
    }
  }
  return { rows, fused, unmatched: { model: model.compiledOnly, reference: ref.compiledOnly.length ? ref.compiledOnly : missing.filter((t) => !ref.locate(t) && model.locate(t)) } };
}
function locateInChain(side, u) {
  const chain = u.chain.includes(u.output) ? u.chain : [...u.chain, u.output];
  for (let i2 = chain.length - 1; i2 >= 0; i2--) {
    const at = side.locate(chain[i2]);
    if (at) return { tensor: chain[i2], at };
  }
  return null;
}
function alignFloatTwin(model, modelUnits, ref) {
  const match = matchFloatTwin(model.source, ref.source);
  const index = new Map(modelUnits.map((u, i2) => [u.anchor, i2]));
  const rows = [];
  const unmatchedModel = match.unmatched.model.map((u) => u.output);
  const fused = [];
  for (const p of match.pairs) {
    const m = locateInChain(model, p.model);
    const r = locateInChain(ref, p.reference);
    if (!m || !r) {
      const into = !m && r ? model.fusedInto?.(p.model.output) : null;
      if (into) fused.push({ tensor: p.model.output, into });
      else unmatchedModel.push(p.model.output);
      continue;
    }
    rows.push({ tensor: p.model.output, model: [m], referenceTensor: r.tensor, reference: { kind: "tensor", at: r.at }, unit: index.get(p.model.anchor) ?? null, referenceUnit: p.reference, note: p.how });
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  return { rows, fused, unmatched: { model: unmatchedModel, reference: match.unmatched.reference.map((u) => u.output) } };
}
function alignActivations(model, units, refs, map) {
  const byTensor = unitIndex(units);
  const { matches, unmatched } = matchActivationKeys(model.source, [...refs].map(([key2, t]) => ({ key: key2, dims: t.dims })), map);
  const rows = [];
  const unmatchedRef = unmatched.map((u) => `${u.key} (${u.reason})`);
  const used = /* @__PURE__ */ new Set();
  for (const m of matches) {
    const widened = m.candidates.flatMap((t) => {
      const u = byTensor.get(t);
      const chain = u === void 0 ? [] : units[u].chain;
      const at = chain.indexOf(t);
      return at < 0 ? [t] : [t, ...chain.slice(at + 1)];
    });
    const candidates = [...new Set(widened)].flatMap((t) => {
      const at = model.locate(t);
      return at ? [{ tensor: t, at }] : [];
    });
    if (candidates.length === 0) {
      unmatchedRef.push(`${m.key} (its tensors are not computed at this target: ${m.candidates.join(", ")})`);
      continue;
    }
    rows.push({ tensor: candidates[0].tensor, model: candidates, referenceTensor: m.key, reference: { kind: "key", key: m.key }, unit: byTensor.get(candidates[0].tensor) ?? null, note: `matched by ${m.how}` });
    for (const c of candidates) used.add(c.tensor);
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  const unmatchedModel = units.map((u) => u.output).filter((t) => !used.has(t) && !units.find((u) => u.output === t)?.chain.some((c) => used.has(c)));
  return { rows, unmatched: { model: unmatchedModel, reference: unmatchedRef } };
}

// src/engine/compare/align/map-file.ts
function readMapFile(file) {
  const text = readFileBytes(file).toString("utf8");
  let data;
  try {
    data = JSON.parse(text);
  } catch (err2) {
    throw badInput(file, `not valid JSON (${errorMessage(err2)}); a map is one object of reference key -> model tensor name`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const kind = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    throw badInput(file, `holds ${kind}; a map is one JSON object of reference key -> model tensor name, e.g. {"features.0.0": "/features/features.0/Relu_output_0"}`);
  }
  const out = {};
  for (const [k, v] of Object.entries(data)) {
    if (!k) throw badInput(file, "has an empty key; keys are the reference's array names");
    if (typeof v !== "string" || !v) {
      const kind = v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? "an empty string" : `a ${typeof v}`;
      throw badInput(file, `the value of '${k}' is ${kind}; it must name a model tensor (a non-empty string)`);
    }
    out[k] = v;
  }
  return out;
}

// src/engine/compare/align/row-index.ts
var MAX_COPY_HOPS = 8;
function indexRows(rows, units, source) {
  const unitRow = /* @__PURE__ */ new Map();
  rows.forEach((r, i2) => {
    if (r.unit !== null) unitRow.set(r.unit, i2);
  });
  const byTensor = unitIndex(units);
  const byName = new Map(rows.map((r, i2) => [r.tensor, i2]));
  const rowOf = (t, hops = 0) => {
    const direct = byName.get(t);
    if (direct !== void 0) return direct;
    const u = byTensor.get(t);
    const ofUnit = u !== void 0 ? unitRow.get(u) : void 0;
    if (ofUnit !== void 0) return ofUnit;
    const p = source.values.get(t)?.producer ?? -1;
    const n = p >= 0 ? source.nodes[p] : void 0;
    return n && hops < MAX_COPY_HOPS && VALUE_COPIES.has(n.opType) ? rowOf(n.inputs[0], hops + 1) : null;
  };
  return { rows, unitRow, rowOf: (t) => rowOf(t) };
}

// src/engine/compare/align/aligned.ts
function alignSides(sides, file, mapFile) {
  const units = partitionUnits(sides.model.source);
  const statics = staticValues(sides.model.source);
  const map = mapFile ? readMapFile(mapFile) : void 0;
  const alignment = alignRows(sides.model, units, sides.reference, file, map);
  return { ...sides, units, statics, alignment, rows: indexRows(alignment.rows, units, sides.model.source) };
}

// src/engine/compare/capture/engines.ts
var EnginePair = class {
  constructor(model) {
    this.model = model;
  }
  model;
  second = null;
  modelPeak = 0;
  referencePeak = 0;
  /** Names this comparison's capture streams (see segment-capture.ts) in both engine processes. */
  streamKey = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  reference() {
    return this.second ??= new EngineClient();
  }
  /** Starts the engine processes the capture will use (the reference's only when a reference side runs). */
  warm(withReference) {
    this.model.warm();
    if (withReference) this.reference().warm();
  }
  /** A call's peak resident memory, in MiB, on one of the two processes. */
  notePeak(which, mb) {
    if (which === "model") this.modelPeak = Math.max(this.modelPeak, mb);
    else this.referencePeak = Math.max(this.referencePeak, mb);
  }
  /** The peaks of both engine processes added up (each had its own). */
  peakMb() {
    return this.modelPeak + this.referencePeak;
  }
  /** Lets the capture streams' live tensors go in the caller's engine (the second process ends with dispose). */
  async endStreams() {
    await this.model.call("capture", { model: { bytes: new Uint8Array() }, session: { provider: "cpu", level: "disabled", config: {}, freeDims: {} }, feeds: [], fetch: [], stream: { key: `${this.streamKey}:model`, end: true } });
  }
  /** Ends the second process; the caller's engine stays the caller's. */
  dispose() {
    this.second?.dispose();
    this.second = null;
  }
};

// src/engine/compare/capture/inputs.ts
var fs15 = __toESM(require("fs"));

// src/engine/io/tensor-file.ts
var fs14 = __toESM(require("fs"));
var path13 = __toESM(require("path"));
var TENSOR_FILE_EXTENSIONS = [".npy", ".npz", ".pb"];
function readTensorFile(file, opts = {}) {
  let isDir;
  try {
    isDir = fs14.statSync(file).isDirectory();
  } catch (err2) {
    const code = err2.code;
    throw badInput(file, code === "ENOENT" ? "no such file or folder" : `cannot read: ${errorMessage(err2)}`);
  }
  if (!isDir) return readOne(file, opts);
  const names2 = fs14.readdirSync(file).filter((n) => isTensorFileName(n)).sort();
  if (names2.length === 0) throw badInput(file, `the folder holds no ${TENSOR_FILE_EXTENSIONS.join(", ")} files`);
  const out = /* @__PURE__ */ new Map();
  const from = /* @__PURE__ */ new Map();
  for (const name of names2) {
    for (const [key2, t] of readOne(path13.join(file, name), opts)) {
      if (out.has(key2)) throw badInput(file, `tensor '${key2}' is in both ${from.get(key2)} and ${name}`);
      out.set(key2, t);
      from.set(key2, name);
    }
  }
  return out;
}
function isTensorFileName(name) {
  return TENSOR_FILE_EXTENSIONS.includes(path13.extname(name).toLowerCase());
}
function readOne(file, opts) {
  const ext = path13.extname(file).toLowerCase();
  const stem = path13.basename(file, path13.extname(file));
  switch (ext) {
    case ".npy":
      return /* @__PURE__ */ new Map([[stem, readNpy(file)]]);
    case ".npz":
      return readNpz(file, opts);
    case ".pb": {
      const t = readTensorProtoFile(file);
      const key2 = t.name ?? stem;
      return /* @__PURE__ */ new Map([[key2, { ...t, name: key2 }]]);
    }
    default:
      throw badInput(file, `unknown tensor file type '${ext || "(none)"}'; expected ${TENSOR_FILE_EXTENSIONS.join(", ")} or a folder of them`);
  }
}
function readTensorProtoFile(file) {
  return parseTensorProto(readFileBytes(file), file);
}
function parseTensorProto(bytes, file) {
  let tp;
  try {
    tp = TensorProto.decode(bytes);
  } catch (err2) {
    throw badInput(file, `not a serialized ONNX TensorProto (protobuf decoding failed: ${errorMessage(err2)})`);
  }
  if (!tp.data_type) throw badInput(file, "not a serialized ONNX TensorProto: it has no data_type (a SequenceProto, OptionalProto or another file?)");
  const dtype2 = dtypeFromCode(tp.data_type);
  if (!dtype2) throw badInput(file, `tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  const need2 = Math.ceil(elementCount(tp.dims.map(num)) * bitsPerElement(dtype2) / 8);
  if (tp.raw_data?.length && tp.raw_data.length !== need2) {
    throw badInput(file, `tensor '${tp.name}' has ${tp.raw_data.length} bytes of raw_data, its dims [${tp.dims.map(num)}] need ${need2}`);
  }
  try {
    return decodeTensor(tp);
  } catch (err2) {
    if (err2 instanceof QuantLensError) throw err2;
    throw badInput(file, `not a valid TensorProto: ${errorMessage(err2)}`);
  }
}

// src/engine/compare/capture/inputs.ts
function graphInputs(g, dims) {
  return g.inputs.map((name) => {
    const v = g.values.get(name);
    if (!v?.dtype || !v.shape) throw badInput(void 0, `graph input '${name}' has no tensor type`);
    return { name, dtype: v.dtype, shape: v.shape.map((d) => typeof d === "number" ? d : dims[d] ?? 1), symbolic: v.shape.map((d) => typeof d !== "number") };
  });
}
function sliceBatch(t, index, per, name) {
  const inner = elementCount(t.dims.slice(1));
  const Ctor = t.data.constructor;
  const bytes = Array.isArray(t.data) ? 0 : t.data.BYTES_PER_ELEMENT;
  const data = Array.isArray(t.data) ? t.data.slice(index * per * inner, (index + 1) * per * inner) : new Ctor(t.data.buffer, t.data.byteOffset + index * per * inner * bytes, per * inner);
  return { name, dtype: t.dtype, dims: [per, ...t.dims.slice(1)], data };
}
function missingInput(file, input, keys, inputs) {
  if (keys.length === 0) return badInput(file, `no tensor for graph input '${input}' (the file holds nothing)`);
  const some = `${keys.slice(0, 3).join(", ")}${keys.length > 3 ? `, \u2026 ${keys.length - 3} more` : ""}`;
  if (keys.length > inputs) return badInput(file, `no tensor for graph input '${input}'; it holds ${keys.length} tensors (${some}), like activations: pass activations as --reference, and the model's input as --input`);
  return badInput(file, `no tensor for graph input '${input}' (the file holds: ${some})`);
}
function loadInputs(g, file, dims, seed = 2024) {
  if (!file) {
    graphInputs(g, dims);
    return { samples: [randomInputs(g, dims, seed)], info: { source: "random", paths: [], count: 1, seed, dims } };
  }
  const isDir = fs15.existsSync(file) && fs15.statSync(file).isDirectory();
  const tensors = readTensorFile(file);
  dims = { ...dims };
  for (const name of g.inputs) {
    const t = tensors.get(name) ?? (g.inputs.length === 1 && tensors.size === 1 ? [...tensors.values()][0] : void 0);
    g.values.get(name)?.shape?.forEach((d, i2) => {
      if (typeof d === "string" && !(d in dims) && t && i2 < t.dims.length) dims[d] = t.dims[i2];
    });
  }
  const inputs = graphInputs(g, dims);
  const byInput = /* @__PURE__ */ new Map();
  for (const inp of inputs) {
    let t = tensors.get(inp.name);
    if (!t && inputs.length === 1 && tensors.size === 1) t = [...tensors.values()][0];
    if (!t) throw missingInput(file, inp.name, [...tensors.keys()], inputs.length);
    if (t.dtype !== inp.dtype) throw badInput(file, `input '${inp.name}' is ${t.dtype}, the model expects ${inp.dtype}`);
    if (t.dims.length !== inp.shape.length) throw badInput(file, `input '${inp.name}' has shape [${t.dims}], the model expects [${inp.shape}] (rank ${inp.shape.length})`);
    for (let i2 = 1; i2 < inp.shape.length; i2++) {
      if (t.dims[i2] !== inp.shape[i2] && !inp.symbolic[i2]) throw badInput(file, `input '${inp.name}' has shape [${t.dims}], the model expects [${inp.shape}]`);
    }
    byInput.set(inp.name, t);
  }
  for (const key2 of tensors.keys()) if (!byInput.has(key2) && inputs.length > 1) throw badInput(file, `'${key2}' is not an input of the model (inputs: ${inputs.map((i2) => i2.name).join(", ")})`);
  const counts = inputs.map((inp) => {
    const t = byInput.get(inp.name);
    if (inp.symbolic[0] || t.dims.length === 0) return 1;
    if (t.dims[0] % inp.shape[0] !== 0) throw badInput(file, `input '${inp.name}' has ${t.dims[0]} rows, not a multiple of the model's batch ${inp.shape[0]}`);
    return t.dims[0] / inp.shape[0];
  });
  const count2 = counts[0];
  if (counts.some((c) => c !== count2)) throw badInput(file, `the inputs hold different numbers of samples (${counts.join(", ")})`);
  const samples = [];
  for (let s = 0; s < count2; s++) {
    const sample = {};
    for (const inp of inputs) {
      const t = byInput.get(inp.name);
      sample[inp.name] = count2 === 1 ? { ...t, name: inp.name } : sliceBatch(t, s, inp.shape[0], inp.name);
    }
    samples.push(sample);
  }
  return { samples, info: { source: isDir ? "folder" : "file", paths: [file], count: count2, seed: null, dims } };
}

// src/engine/compare/sides/compiled-mapping.ts
function logicalCount(v) {
  if (!v?.shape || v.shape.some((d) => typeof d !== "number")) return null;
  const dims = v.shape;
  const channels = v.layout.kind === "NCHWc" && v.layout.channels ? v.layout.channels : null;
  return dims.reduce((a, d, i2) => a * (channels !== null && i2 === 1 ? channels : d), 1);
}
function isInteger(v) {
  if (v?.dtype) return /int/.test(v.dtype);
  return v?.quant ? true : null;
}
function mapCompiledToSource(source, compiled) {
  const out = /* @__PURE__ */ new Map();
  const srcByName = new Map(source.nodes.map((n) => [n.name, n]));
  const compiledNames = new Set(compiled.values.keys());
  for (const [name, v] of source.values) {
    if (!v.initializer && compiledNames.has(name) && !compiled.values.get(name).initializer) out.set(name, name);
  }
  for (const [name, v] of source.values) {
    if (v.initializer || out.has(name)) continue;
    const widened = compiled.values.get(`InsertedPrecisionFreeCast_${name}`);
    const onGrid2 = compiled.values.get(`${name}_q_to_dq`);
    if (widened && !widened.initializer) out.set(name, widened.name);
    else if (onGrid2?.quant && !onGrid2.initializer) out.set(name, onGrid2.name);
  }
  const statics = staticValues(source);
  const deferred = [];
  for (const c of compiled.nodes) {
    if (c.origin.length === 0) continue;
    const set = new Set(c.origin);
    const candidates = [];
    for (const o of c.origin) {
      const s = srcByName.get(o);
      if (!s) continue;
      for (const t of s.outputs) {
        const v = source.values.get(t);
        if (!v || statics.has(t)) continue;
        const leaves = v.consumers.some((k) => !set.has(source.nodes[k].name)) || source.outputs.includes(t);
        if (leaves) candidates.push(t);
      }
    }
    for (const ct of c.outputs) {
      if (!ct || source.values.has(ct)) continue;
      const cv = compiled.values.get(ct);
      const n = logicalCount(cv);
      const fits = candidates.filter((t) => {
        const sv = source.values.get(t);
        const m = logicalCount(sv);
        const a = isInteger(sv);
        const b = isInteger(cv);
        return (m === null || n === null || m === n) && (a === null || b === null || a === b);
      });
      const best = carried(fits, ct, set);
      if (!best || out.has(best)) continue;
      if (LAYOUT_OPS.has(c.opType)) deferred.push([best, ct]);
      else out.set(best, ct);
    }
  }
  for (const [s, c] of deferred) if (!out.has(s)) out.set(s, c);
  aliasCopies(source, out);
  return out;
  function carried(fits, ct, set) {
    if (fits.length <= 1) return fits[0];
    const readers = /* @__PURE__ */ new Set();
    let isOut = false;
    const read = (t, depth) => {
      if (compiled.outputs.includes(t)) isOut = true;
      for (const k of compiled.values.get(t)?.consumers ?? []) {
        const node = compiled.nodes[k];
        if (LAYOUT_OPS.has(node.opType) && node.origin.length === 0 && depth < 4) read(node.outputs[0], depth + 1);
        else for (const o of node.origin) readers.add(o);
      }
    };
    read(ct, 0);
    const agree = fits.filter((t) => {
      const outside = (source.values.get(t)?.consumers ?? []).map((k) => source.nodes[k].name).filter((n) => !set.has(n));
      return isOut && source.outputs.includes(t) || outside.length > 0 && outside.every((n) => readers.has(n));
    });
    const roots = new Set(agree.map((t) => copyRoot(source, t)));
    const latest = agree.sort((a, b) => source.values.get(b).producer - source.values.get(a).producer)[0];
    return agree.length === 1 || roots.size === 1 ? latest : void 0;
  }
}
function copyRoot(source, t) {
  for (let i2 = 0; i2 < 16; i2++) {
    const p = source.values.get(t)?.producer ?? -1;
    if (p < 0 || !copiesValue(source.nodes[p], source)) break;
    t = source.nodes[p].inputs[0];
  }
  return t;
}
function copiesValue(n, source) {
  if (n.opType === "Identity") return true;
  if (n.opType !== "Cast") return false;
  const to = n.attributes.find((a) => a.name === "to")?.value;
  const toType = typeof to === "number" ? dtypeFromCode(to) : void 0;
  const from = source.values.get(n.inputs[0]);
  const fromType = from?.dtype ?? from?.quant?.dtype ?? null;
  return !!toType && toType === fromType;
}
function aliasCopies(source, out) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of source.nodes) {
      if (!copiesValue(n, source)) continue;
      const [a, b] = [n.inputs[0], n.outputs[0]];
      if (out.has(a) && !out.has(b)) {
        out.set(b, out.get(a));
        changed = true;
      } else if (out.has(b) && !out.has(a) && !source.values.get(a)?.initializer) {
        out.set(a, out.get(b));
        changed = true;
      }
    }
  }
}

// src/engine/compare/align/chunks.ts
function rowBytes(r) {
  const n = logicalCount(r.model[0].at.value);
  return (n ?? 1 << 18) * 4 * Math.max(1, r.model.length) * 2;
}
function planChunks(rows, samples, budgetBytes) {
  const out = [];
  let cur = [];
  let used = 0;
  rows.forEach((r, i2) => {
    const b = rowBytes(r) * samples;
    if (cur.length && used + b > budgetBytes) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(i2);
    used += b;
  });
  if (cur.length) out.push(cur);
  return out;
}

// src/engine/compare/capture/capture-chunk.ts
async function captureChunk(engines, model, reference, signal) {
  const run = (engine, r2, side) => engine.call("capture", { model: r2.side.run.model, session: r2.side.run.session, feeds: r2.feeds, fetch: r2.fetch, keep: r2.keep, stream: { key: `${engines.streamKey}:${side}`, later: r2.later } }, { signal });
  const [m, r] = await Promise.all([run(engines.model, model, "model"), reference ? run(engines.reference(), reference, "reference") : Promise.resolve(null)]);
  engines.notePeak("model", m.peakRssMb);
  if (r) engines.notePeak("reference", r.peakRssMb);
  return { model: m, reference: r };
}

// src/engine/compare/normalize/rounding.ts
var TO_EVEN = 6755399441055744;
var FAST_LIMIT = 2251799813685248;
function roundHalfEven(x2) {
  if (Math.abs(x2) < FAST_LIMIT) return x2 + TO_EVEN - TO_EVEN;
  return roundHalfEvenSlow(x2);
}
function roundHalfEvenSlow(x2) {
  const f2 = Math.floor(x2);
  const d = x2 - f2;
  if (d < 0.5) return f2;
  if (d > 0.5) return f2 + 1;
  return f2 % 2 === 0 ? f2 : f2 + 1;
}
function roundHalfUp(x2) {
  if (!(Math.abs(x2) < FAST_LIMIT)) return Math.round(x2);
  const r = x2 + TO_EVEN - TO_EVEN;
  return x2 - r === 0.5 ? r + 1 : r;
}

// src/engine/compare/evidence/dynamic-range.ts
var FEW_STEPS = 4;
function dynamicInputs(g, unit) {
  const out = [];
  for (const k of unit.nodes) {
    const n = g.nodes[k];
    if (n.opType === "DynamicQuantizeLinear" && n.inputs[0]) out.push(n.inputs[0]);
  }
  const anchor = g.nodes[unit.anchor];
  for (const i2 of anchor.inputs) {
    const p = g.values.get(i2)?.producer ?? -1;
    if (p >= 0 && g.nodes[p].opType === "DynamicQuantizeLinear" && g.nodes[p].inputs[0]) out.push(g.nodes[p].inputs[0]);
  }
  if (anchor.opType === "DynamicQuantizeMatMul" && anchor.inputs[0]) out.push(anchor.inputs[0]);
  return [...new Set(out)];
}
function dynamicRange(tensor3, x2) {
  if (x2.length === 0) return null;
  let lo = 0;
  let hi = 0;
  for (const v of x2) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const scale = (hi - lo) / 255;
  if (!(scale > 0)) return null;
  let few = 0;
  let n = 0;
  const mags = new Float32Array(x2.length);
  for (let i2 = 0; i2 < x2.length; i2++) {
    const m = Math.abs(x2[i2]);
    if (m === 0) continue;
    mags[n++] = m;
    if (roundHalfUp(m / scale) <= FEW_STEPS) few++;
  }
  const nonZero = mags.subarray(0, n);
  const max2 = Math.max(hi, -lo);
  const p90 = kthSmallest(nonZero, Math.min(n - 1, Math.floor(0.9 * n)));
  return { tensor: tensor3, scale, fewStepsShare: few / n, outlierRatio: p90 > 0 ? max2 / p90 : Infinity };
}
function kthSmallest(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[lo + hi >>> 1];
    let i2 = lo;
    let j = hi;
    while (i2 <= j) {
      while (a[i2] < pivot) i2++;
      while (a[j] > pivot) j--;
      if (i2 <= j) {
        const t = a[i2];
        a[i2] = a[j];
        a[j] = t;
        i2++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i2) lo = i2;
    else return a[k];
  }
  return a[k];
}

// src/engine/compare/metrics/pair-metrics.ts
var SQNR_CAP_DB = 200;
function quantLayout(quant, n, shape) {
  const channels = quant.scale.length;
  if (channels === 0) throw new Error("quantization parameters without a scale");
  const range = quant.dtype ? integerRange(quant.dtype) : void 0;
  const qmin = quant.qmin ?? range?.min ?? null;
  const qmax = quant.qmax ?? range?.max ?? null;
  const scale = Float64Array.from(quant.scale);
  const zeroPoint = Float64Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  if (channels === 1) return { channels, inner: n, outer: 1, scale, zeroPoint, qmin, qmax };
  if (!shape) throw new Error(`per-channel quantization (${channels} scales) needs the tensor's dims and channel axis`);
  const rank = shape.dims.length;
  const axis = shape.axis < 0 ? shape.axis + rank : shape.axis;
  if (elementCount(shape.dims) !== n) throw new Error(`dims [${shape.dims}] do not hold ${n} values`);
  if (shape.dims[axis] !== channels) throw new Error(`${channels} scales for ${shape.dims[axis]} entries along axis ${shape.axis}`);
  const inner = elementCount(shape.dims.slice(axis + 1));
  return { channels, inner, outer: n / (channels * inner), scale, zeroPoint, qmin, qmax };
}
var BITMAP_LEVELS = 1 << 17;
var clampDb = (db) => Number.isNaN(db) ? -SQNR_CAP_DB : Math.min(SQNR_CAP_DB, Math.max(-SQNR_CAP_DB, db));
function sqnrOfSums(sumRef2, sumErr2, finite) {
  if (!finite) return -SQNR_CAP_DB;
  if (sumErr2 === 0) return SQNR_CAP_DB;
  if (sumRef2 === 0) return -SQNR_CAP_DB;
  return clampDb(10 * Math.log10(sumRef2 / sumErr2));
}
function plainRun(ref, act, start, end, acc) {
  let { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite } = acc;
  for (let i2 = start; i2 < end; i2++) {
    const r = ref[i2];
    const a = act[i2];
    const e = r - a;
    const ae = Math.abs(e);
    if (!(ae < Infinity)) finite = false;
    sumRef2 += r * r;
    sumAct2 += a * a;
    sumErr2 += e * e;
    dot += r * a;
    sumAbs += ae;
    if (ae > maxAbs) maxAbs = ae;
  }
  Object.assign(acc, { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite });
}
function gridRun(ref, act, start, end, g, acc, range) {
  let sumRef2 = acc.sumRef2, sumAct2 = acc.sumAct2, sumErr2 = acc.sumErr2, dot = acc.dot, sumAbs = acc.sumAbs;
  let maxAbs = acc.maxAbs, finite = acc.finite, maxSteps = acc.maxSteps, clipped = acc.clipped, marked = acc.marked;
  let cmin = range[0], cmax = range[1];
  const s = g.s, zp = g.zp, lo = g.lo, hi = g.hi, bitmap = g.bitmap, lmin = g.lmin, lmax = g.lmax;
  const top = lmax - lmin;
  let runMax = 0;
  for (let i2 = start; i2 < end; i2++) {
    const r = ref[i2];
    const a = act[i2];
    const e = r - a;
    const ae = Math.abs(e);
    if (!(ae < Infinity)) finite = false;
    sumRef2 += r * r;
    sumAct2 += a * a;
    sumErr2 += e * e;
    dot += r * a;
    sumAbs += ae;
    if (ae > runMax) runMax = ae;
    if (r < cmin) cmin = r;
    if (r > cmax) cmax = r;
    if (r < lo || r > hi) clipped++;
    if (bitmap === null) continue;
    const level = roundHalfUp(a / s) + zp;
    const k = level >= lmin ? level <= lmax ? level - lmin : level < Infinity ? top : -1 : level > -Infinity ? 0 : -1;
    if (k >= 0 && bitmap[k] === 0) {
      bitmap[k] = 1;
      marked++;
    }
  }
  if (runMax > maxAbs) maxAbs = runMax;
  if (s > 0) {
    if (runMax / s > maxSteps) maxSteps = runMax / s;
  } else {
    for (let i2 = start; i2 < end; i2++) {
      const steps = Math.abs(ref[i2] - act[i2]) / s;
      if (steps > maxSteps) maxSteps = steps;
    }
  }
  acc.sumRef2 = sumRef2;
  acc.sumAct2 = sumAct2;
  acc.sumErr2 = sumErr2;
  acc.dot = dot;
  acc.sumAbs = sumAbs;
  acc.maxAbs = maxAbs;
  acc.finite = finite;
  acc.maxSteps = maxSteps;
  acc.clipped = clipped;
  acc.marked = marked;
  range[0] = cmin;
  range[1] = cmax;
}
function markLevels(act, start, end, s, zp, into) {
  for (let i2 = start; i2 < end; i2++) into.add(Math.round(act[i2] / s) + zp);
}
function pairMetrics(ref, act, quant, channelAxisSize) {
  const n = ref.length;
  if (act.length !== n) throw new Error(`cannot compare tensors of ${n} and ${act.length} values`);
  const q = quant && quant.scale.length ? quantLayout(quant, n, channelAxisSize) : null;
  const acc = { sumRef2: 0, sumAct2: 0, sumErr2: 0, dot: 0, sumAbs: 0, maxAbs: 0, finite: true, maxSteps: 0, clipped: 0, marked: 0 };
  if (!q) plainRun(ref, act, 0, n, acc);
  const ranges = q ? Array.from({ length: q.channels }, () => [Infinity, -Infinity]) : [];
  const clipKnown = !!q && q.qmin !== null && q.qmax !== null;
  let others = null;
  if (q) {
    const lmin = q.qmin ?? 0;
    const lmax = q.qmax ?? 0;
    const bitmap = clipKnown && lmax - lmin < BITMAP_LEVELS ? new Uint8Array(lmax - lmin + 1) : null;
    if (!bitmap) others = /* @__PURE__ */ new Set();
    for (let o = 0; o < q.outer; o++) {
      for (let c = 0; c < q.channels; c++) {
        const s = q.scale[c];
        const zp = q.zeroPoint[c];
        const lo = clipKnown ? (q.qmin - zp) * s - s / 2 : -Infinity;
        const hi = clipKnown ? (q.qmax - zp) * s + s / 2 : Infinity;
        const start = (o * q.channels + c) * q.inner;
        gridRun(ref, act, start, start + q.inner, { s, zp, lo, hi, bitmap, lmin, lmax }, acc, ranges[c]);
        if (others) markLevels(act, start, start + q.inner, s, zp, others);
      }
    }
  }
  const { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite, maxSteps, clipped, marked } = acc;
  const sqnrDb2 = sqnrOfSums(sumRef2, sumErr2, finite);
  let cosine;
  if (!finite) cosine = null;
  else if (sumRef2 === 0 && sumAct2 === 0) cosine = 1;
  else if (sumRef2 === 0 || sumAct2 === 0) cosine = 0;
  else cosine = Math.min(1, Math.max(-1, dot / Math.sqrt(sumRef2 * sumAct2)));
  let refRangeSteps = null;
  let coverScale = null;
  if (q && finite) {
    refRangeSteps = 0;
    for (let c = 0; c < q.channels; c++) {
      const [min, max2] = ranges[c];
      if (max2 >= min) refRangeSteps = Math.max(refRangeSteps, (max2 - min) / q.scale[c]);
    }
    if (q.channels === 1 && clipKnown) coverScale = scaleToCover(ranges[0][0], ranges[0][1], q.zeroPoint[0], q.qmin, q.qmax);
  }
  return {
    sqnrDb: sqnrDb2,
    cosine,
    maxAbs: finite ? maxAbs : null,
    meanAbs: finite ? n ? sumAbs / n : 0 : null,
    errSteps: q && finite ? maxSteps : null,
    clippedFraction: clipKnown ? n ? clipped / n : 0 : null,
    levelsUsed: q ? others ? others.size : marked : null,
    refRangeSteps,
    coverScale
  };
}
function scaleToCover(min, max2, zp, qmin, qmax) {
  if (!(max2 >= min)) return 0;
  let s = 0;
  if (max2 > 0) {
    if (zp >= qmax) return null;
    s = Math.max(s, max2 / (qmax - zp + 0.5));
  }
  if (min < 0) {
    if (zp <= qmin) return null;
    s = Math.max(s, -min / (zp - qmin + 0.5));
  }
  return s;
}

// src/engine/compare/report/report-format.ts
function fmtShare(x2) {
  return `${(100 * x2).toFixed(x2 < 1e-3 ? 3 : 1)}%`;
}

// src/engine/compare/culprits/explain-fp16.ts
var FP16_ROUND_DB = 40;
function overflows(h) {
  return !h.inputsOverflow && (h.nonFinite > 0 || (h.values?.nonFinite ?? 0) > 0 || (h.values?.overflow ?? 0) > 0);
}
function fp16Findings(h) {
  const out = [];
  const v = h.values;
  if (h.infWeights > 0) out.push(`${h.infWeights} of its ${h.weights} float16 weights are stored as inf: their float values are larger than 65504, the largest number float16 can hold`);
  if (overflows(h)) {
    if (h.nonFinite > 0) out.push(`${fmtShare(h.nonFinite)} of its values are inf or nan: they grew past 65504, the largest number float16 can hold`);
    else if (v && v.overflow > 0) {
      const here = h.side === "reference" ? "" : " (onnxruntime's CPU computed them in float32 between ops and kept them finite; float16 arithmetic does not)";
      out.push(`${fmtShare(v.overflow)} of its values grow past 65504 (up to ${v.maxAbs.toExponential(2)}), the largest number float16 can hold: held as float16 they become inf${here}`);
    } else if (v) out.push(`${fmtShare(v.nonFinite)} of its values are inf or nan: they grew past 65504, the largest number float16 can hold`);
  }
  if (h.weightDb !== null && h.weightDb < FP16_ROUND_DB && h.infWeights === 0) {
    const flushed = h.flushedWeights ? ` (${h.flushedWeights} of them as 0)` : "";
    out.push(`${h.subnormalWeights} of its ${h.weights} float16 weights are below 6.1e-5, float16's smallest normal number, and are stored with fewer significant bits${flushed}: as stored they keep ${h.weightDb.toFixed(1)} dB of the float weights`);
  }
  if (v && v.roundDb < FP16_ROUND_DB && v.nonFinite === 0 && v.overflow === 0) {
    out.push(`${fmtShare(v.subnormal)} of its non-zero values are below 6.1e-5, float16's smallest normal number, and ${fmtShare(v.flushed)} below 3e-8, where float16 makes them 0: rounded to float16 they keep ${v.roundDb.toFixed(1)} dB`);
  }
  return out;
}
function explainFp16(h, node) {
  if (!h) return null;
  const found = fp16Findings(h);
  if (found.length === 0) return null;
  const who = h.side === "reference" ? "The reference runs this layer in float16" : h.side === "both" ? "Both sides run this layer in float16" : "This layer runs in float16";
  const lost = h.infWeights > 0 || overflows(h) ? "Everything computed from them is lost." : "Its result loses that precision.";
  const keep = `keep this layer in float32 when converting (e.g. onnxconverter-common's convert_float_to_float16(..., node_block_list=['${node}']))`;
  const rescale = "scale its weights and the next layer's inverse so its values stay within float16's normal range (6.1e-5 to 65504)";
  const fix = h.side === "reference" ? `The loss is the reference's, not this model's: compare against the float32 model, or ${keep}.` : `${keep.charAt(0).toUpperCase()}${keep.slice(1)}, or ${rescale}.`;
  return { explanation: `${who}, and ${found.join("; ")}. ${lost}`, fix };
}

// src/engine/compare/culprits/explain.ts
var CLIPPING_MIN = 5e-3;
var CLIP_EXPLAINS_DB = 3;
var DYNAMIC_FEW_STEPS_SHARE = 0.5;
var DYNAMIC_OUTLIER_RATIO = 8;
var PRECISION_LEVELS = 16;
var num2 = (x2) => Math.abs(x2) >= 0.01 && Math.abs(x2) < 1e4 ? x2.toPrecision(4) : x2.toExponential(3);
var wrongWeights = (f2) => {
  if (!f2.weights || f2.weights.badChannels === 0 || !f2.weights.kind) return null;
  const fix = f2.weights.kind === "zero-point" ? "Re-quantize the weights from the float model with the zero points the scheme requires (0 for symmetric int8), or export again after convert." : f2.weights.kind === "scale" ? "The weight scales do not match the weights: re-quantize this layer's weights per channel from the float model and export again." : "The stored weights differ from the float model's: check which checkpoint was quantized, then re-quantize this layer.";
  return { kind: "weights", explanation: `Dequantized weights differ from the float twin's in ${f2.weights.badChannels} of ${f2.weights.channels} channels: ${f2.weights.detail}`, fix };
};
var coarseWeights = (f2) => {
  const cg = f2.coarseWeights;
  if (!cg) return null;
  const factor = cg.available / Math.max(cg.reach, 1e-9);
  return {
    kind: "weights",
    explanation: `The float weights reach at most ${cg.reach.toFixed(1)} of the ${cg.available} steps the grid holds on each side of its zero point (the median over ${cg.channels === cg.total ? `all ${cg.total}` : `${cg.channels} of ${cg.total}`} channels): the weight scale is about ${factor.toFixed(0)}x larger than the weights need, so they keep about ${Math.max(1, Math.log2(2 * cg.reach + 1)).toFixed(0)} bits of the grid's ${Math.log2(2 * cg.available + 1).toFixed(0)}.`,
    fix: "Recompute this layer's weight scales from its weights (per channel: the largest |w| over the steps the grid holds, 127 for int8), then export again."
  };
};
var fp16Range = (f2) => {
  const half = explainFp16(f2.fp16, f2.node);
  return half ? { kind: "fp16-range", ...half } : null;
};
var dynamicRange2 = (f2) => {
  const dyn = f2.dynamicRange;
  if (!dyn || dyn.fewStepsShare < DYNAMIC_FEW_STEPS_SHARE || dyn.outlierRatio < DYNAMIC_OUTLIER_RATIO) return null;
  return {
    kind: "dynamic-range",
    explanation: `The runtime quantizes this layer's input ${dyn.tensor} to uint8 with one range per tensor, computed on each run. A few outlier values stretch that range to ${dyn.outlierRatio.toFixed(0)}x the size of the other values, so each step is ${num2(dyn.scale)} wide and ${fmtShare(dyn.fewStepsShare)} of the values land on the ${2 * FEW_STEPS + 1} steps around zero: most of their detail is lost.`,
    fix: `Quantize this layer's weights per channel and exclude the node from dynamic quantization (quantize_dynamic(..., nodes_to_exclude=['${f2.twinNode ?? f2.node}'])), or smooth the outlier channels into the previous layer's weights (SmoothQuant) before quantizing.`
  };
};
var clipping = (f2) => {
  const clipExplains = f2.clipDb !== null && f2.localSqnrDb !== null && f2.clipDb < f2.localSqnrDb + CLIP_EXPLAINS_DB;
  if (!f2.quant || f2.clippedFraction === null || !(f2.clippedFraction >= CLIPPING_MIN || f2.clippedFraction > 0 && clipExplains)) return null;
  const lo = (f2.quant.qmin - f2.quant.zeroPoint) * f2.quant.scale;
  const hi = (f2.quant.qmax - f2.quant.zeroPoint) * f2.quant.scale;
  const cover = f2.coverScale !== null ? `; a scale of ${num2(f2.coverScale)} (${(f2.coverScale / f2.quant.scale).toFixed(1)}x) would cover them` : "";
  return {
    kind: "clipping",
    explanation: `${fmtShare(f2.clippedFraction)} of the reference values fall outside the range the ${f2.quant.dtype} output can hold ([${num2(lo)}, ${num2(hi)}] with scale ${num2(f2.quant.scale)}, zero point ${f2.quant.zeroPoint})${cover}${f2.clipDb !== null ? `; clipping alone limits this output to ${f2.clipDb.toFixed(1)} dB` : ""}.`,
    fix: `Recalibrate this activation's range with representative data${f2.coverScale !== null ? ` (scale ${num2(f2.quant.scale)} -> about ${num2(f2.coverScale)})` : ""}, or keep this layer in float (--keep-float ${f2.node}).`
  };
};
var saturation = (f2) => {
  if (!f2.saturation || f2.saturation.saturated === 0 || !f2.lanes) return null;
  const how = f2.lanes.rule.overflow === "saturate" ? "adds pairs of uint8 x int8 products in int16 and saturates them" : "adds int8 products k and k + 8 in int16, where they wrap";
  return {
    kind: "saturation",
    explanation: `Pair sums leave int16 in ${fmtShare(f2.saturation.fraction)} of the pairs (${f2.saturation.saturated} of ${f2.saturation.pairs}${f2.saturation.sampled ? ", sampled" : ""}; worst ${f2.saturation.worstPairSum}): on ${f2.lanes.family} the kernel ${how}.`,
    fix: `${f2.lanes.fix.charAt(0).toUpperCase()}${f2.lanes.fix.slice(1)}.`
  };
};
var dtype = (f2) => f2.dtype ? {
  kind: "dtype",
  explanation: `This tensor is ${f2.dtype.model} on the model side and ${f2.dtype.reference} in the reference: precision is lost in the conversion.`,
  fix: `Keep this tensor in ${f2.dtype.reference} (check the Cast or the converter setting that narrowed it).`
} : null;
var layout = (f2) => f2.layout ? {
  kind: "layout",
  explanation: `A float layer whose result changed after the compiler moved it to ${f2.layout}.`,
  fix: "Compile with cpu-no-layout to confirm; if it recovers, report the layout transform to the runtime."
} : null;
var precision = (f2) => {
  if (!f2.quant || f2.levelsUsed === null || f2.levelsUsed >= PRECISION_LEVELS || f2.quant.qmax - f2.quant.qmin < 255) return null;
  return {
    kind: "precision",
    explanation: `Only ${f2.levelsUsed} of ${f2.quant.qmax - f2.quant.qmin + 1} quantization levels are used: the scale ${num2(f2.quant.scale)} is far larger than the values need.`,
    fix: "Recalibrate this activation with a narrower range (or per-channel parameters) so it uses more levels."
  };
};
var biasShift = (f2) => f2.bias ? {
  kind: "weights",
  explainsOnly: true,
  explanation: `The bias differs from the float twin's in ${f2.bias.differing} of ${f2.bias.channels} output channels (worst: channel ${f2.bias.worst.channel}, ${num2(f2.bias.worst.model)} against ${num2(f2.bias.worst.twin)}).`,
  fix: "The stored bias is not the float model's: check which checkpoint was exported for this layer (and how a BatchNormalization was folded into it), then export again."
} : null;
var clippedWeights = (f2) => {
  const cw = f2.clippedWeights;
  return cw ? {
    kind: "weights",
    explainsOnly: true,
    explanation: `In ${cw.clipped} of ${cw.channels} output channels the float twin's weights lie past the ends of the int8 grid and are clipped (worst: channel ${cw.worstChannel}, ${cw.worstSteps.toFixed(1)} steps beyond): the weight scales were computed before the weights took their final values.`,
    fix: "Recompute this layer's weight scales from its final float weights (a moving-average weight observer trails them during QAT; a min-max observer or convert computes them from the final weights), then export again."
  } : null;
};
var EXPLAINERS = [wrongWeights, coarseWeights, fp16Range, dynamicRange2, clipping, saturation, dtype, layout, precision, biasShift, clippedWeights];
function explainCulprit(f2) {
  for (const explain of EXPLAINERS) {
    const e = explain(f2);
    if (e) return e;
  }
  return {
    kind: "unknown",
    explanation: "The layer loses accuracy on its own, with no clipping, weight, saturation, dtype or layout evidence.",
    fix: `Try --keep-float ${f2.node} to see whether keeping this layer in float restores the output.`
  };
}

// src/engine/compare/culprits/culprits.ts
var OUTLIER_DB = 10;
var EVIDENCE_MARGIN_DB = 10;
var DROP_DB = 10;
var DROP_CEILING_DB = 60;
var SAME_SOURCE_MARGIN_DB = 15;
var WIDEST_BAR_DB = SAME_SOURCE_MARGIN_DB + EVIDENCE_MARGIN_DB;
function couldBeCulprit(db, threshold) {
  return db !== null && db < threshold + WIDEST_BAR_DB;
}
var INHERITED_DB = 3;
function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function findCulprits(facts, threshold, sameSource = false) {
  const typical = median(facts.flatMap((f2) => f2.localSqnrDb !== null ? [f2.localSqnrDb] : []));
  const limit = sameSource ? threshold + SAME_SOURCE_MARGIN_DB : threshold;
  const out = [];
  for (const f2 of facts) {
    const drop = f2.inputSqnrDb !== null && f2.sqnrDb !== null ? Math.min(f2.inputSqnrDb, DROP_CEILING_DB) - Math.min(f2.sqnrDb, DROP_CEILING_DB) : null;
    const inherited = f2.inputQuantDb !== null && f2.localSqnrDb !== null && f2.inputQuantDb < limit + EVIDENCE_MARGIN_DB && f2.localSqnrDb >= f2.inputQuantDb - INHERITED_DB;
    if (inherited) continue;
    const e = explainCulprit(f2);
    const specific = e.kind !== "unknown" && e.kind !== "precision" && !e.explainsOnly;
    const shortfall = f2.localSqnrDb !== null ? limit + (specific ? EVIDENCE_MARGIN_DB : 0) - f2.localSqnrDb : null;
    const byLocal = f2.localSqnrDb !== null && (specific ? f2.localSqnrDb < limit + EVIDENCE_MARGIN_DB : f2.localSqnrDb < limit && typical !== null && f2.localSqnrDb < typical - OUTLIER_DB);
    const byDrop = f2.localSqnrDb === null && drop !== null && drop >= DROP_DB && f2.sqnrDb !== null && f2.sqnrDb < threshold;
    if (!byLocal && !byDrop) continue;
    const score = Math.max(shortfall ?? -Infinity, drop ?? -Infinity);
    const { explainsOnly: _, ...explained } = e;
    out.push({ node: f2.node, tensor: f2.tensor, unit: f2.unit, score: Math.round(score * 100) / 100, localSqnrDb: f2.localSqnrDb, ...explained });
  }
  return out.sort((a, b) => b.score - a.score);
}

// src/engine/compare/normalize/quantize-like.ts
function params2(n, dims, quant) {
  if (elementCount(dims) !== n) throw new Error(`dims [${dims}] do not hold ${n} values`);
  const range = quant.dtype ? integerRange(quant.dtype) : void 0;
  const qmin = quant.qmin ?? range?.min;
  const qmax = quant.qmax ?? range?.max;
  if (qmin === void 0 || qmax === void 0) throw new Error(`cannot quantize to ${quant.dtype ?? "an unknown dtype"}: no integer range`);
  const channels = quant.scale.length;
  if (channels === 0) throw new Error("quantization parameters without a scale");
  const zeroPoint = Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  const scale = Float32Array.from(quant.scale);
  if (channels === 1) return { channels, inner: n, scale, zeroPoint, qmin, qmax };
  const rank = dims.length;
  const a = quant.axis ?? 1;
  const axis = a < 0 ? a + rank : a;
  if (axis < 0 || axis >= rank) throw new Error(`quantization axis ${a} is outside dims [${dims}]`);
  if (dims[axis] !== channels) throw new Error(`${channels} scales for ${dims[axis]} entries along axis ${a}`);
  return { channels, inner: elementCount(dims.slice(axis + 1)), scale, zeroPoint, qmin, qmax };
}
function forEachRun(n, p, fn) {
  for (let start = 0, c = 0; start < n; start += p.inner, c = (c + 1) % p.channels) fn(start, Math.min(n, start + p.inner), c);
}
function quantizeLike(ref, dims, quant) {
  if (!quant.dtype) throw new Error("cannot quantize without the quantized dtype");
  const p = params2(ref.length, dims, quant);
  const out = allocate(quant.dtype, ref.length);
  const big = out instanceof BigInt64Array || out instanceof BigUint64Array;
  forEachRun(ref.length, p, (start, end, c) => {
    const scale = p.scale[c];
    const zp = p.zeroPoint[c];
    if (big) {
      for (let i2 = start; i2 < end; i2++) out[i2] = BigInt(quantizeOne(ref[i2], scale, zp, p.qmin, p.qmax));
    } else {
      const o = out;
      for (let i2 = start; i2 < end; i2++) o[i2] = quantizeOne(ref[i2], scale, zp, p.qmin, p.qmax);
    }
  });
  return { dtype: quant.dtype, dims: [...dims], data: out };
}
function quantizeOne(x2, scale, zp, qmin, qmax) {
  const v = Math.fround(x2 / scale);
  if (Number.isNaN(v)) return qmin;
  return Math.min(Math.max(roundHalfEven(v) + zp, qmin), qmax);
}
function fakeQuantizeSqnrDb(ref, dims, quant) {
  const p = params2(ref.length, dims, quant);
  const sums = { ref2: 0, err2: 0, nonFinite: 0 };
  forEachRun(ref.length, p, (start, end, c) => fakeQuantizeRun(ref, start, end, p.scale[c], p.zeroPoint[c], p.qmin, p.qmax, sums));
  return sqnrOfSums(sums.ref2, sums.err2, sums.nonFinite === 0);
}
function fakeQuantizeRun(ref, start, end, scale, zp, qmin, qmax, sums) {
  let ref2 = sums.ref2;
  let err2 = sums.err2;
  let nonFinite = 0;
  for (let i2 = start; i2 < end; i2++) {
    const r = ref[i2];
    const v = Math.fround(r / scale);
    let q = (Math.abs(v) < FAST_LIMIT ? v + TO_EVEN - TO_EVEN : v === v ? roundHalfEven(v) : qmin - zp) + zp;
    q = q < qmin ? qmin : q > qmax ? qmax : q;
    const e = r - Math.fround((q - zp) * scale);
    if (!(Math.abs(e) < Infinity)) nonFinite++;
    ref2 += r * r;
    err2 += e * e;
  }
  sums.ref2 = ref2;
  sums.err2 = err2;
  sums.nonFinite += nonFinite;
}

// src/engine/compare/evidence/u8s8-saturation.ts
var INT16_MIN2 = -32768;
var INT16_MAX2 = 32767;
var X64_AVX2 = kernelFamily("x64-avx2").pairs;
var PairCounter = class {
  pairs = 0;
  saturated = 0;
  high = 0;
  low = 0;
  first;
  second;
  constructor(k, rule) {
    const pairs = pairsOf(rule, k);
    this.first = Int32Array.from(pairs, (p) => p[0]);
    this.second = Int32Array.from(pairs, (p) => p[1]);
  }
  add(col, w, wOffset) {
    let saturated = 0;
    let high = this.high;
    let low = this.low;
    const first = this.first;
    const second = this.second;
    for (let j = 0; j < first.length; j++) {
      const a = first[j];
      const b = second[j];
      const s = col[a] * w[wOffset + a] + (b >= 0 ? col[b] * w[wOffset + b] : 0);
      if (s > high) {
        high = s;
      } else if (s < low) {
        low = s;
      }
      if (s > INT16_MAX2 || s < INT16_MIN2) saturated++;
    }
    this.pairs += first.length;
    this.saturated += saturated;
    this.high = high;
    this.low = low;
  }
  result(sampled) {
    const worstPairSum = -this.low > this.high ? this.low : this.high;
    return { pairs: this.pairs, saturated: this.saturated, fraction: this.pairs ? this.saturated / this.pairs : 0, worstPairSum, sampled };
  }
};
function activationShift(x2, rule) {
  return x2 instanceof Uint8Array ? activationRange(rule, "uint8").shift : 0;
}
function evenSample(total, count2) {
  if (count2 >= total) return Array.from({ length: total }, (_, i2) => i2);
  return Array.from({ length: count2 }, (_, i2) => Math.floor(i2 * total / count2));
}
function convSaturation(x2, xDims, w, wDims, attrs, xZeroPoint, maxOutputs = 1 << 20, rule = X64_AVX2) {
  if (xDims.length !== wDims.length || xDims.length < 3 || xDims.length > 4) {
    throw new Error(`conv saturation handles 1-D and 2-D convs; got input [${xDims}] and weights [${wDims}]`);
  }
  const oneD = xDims.length === 3;
  const [batch, inChannels] = xDims;
  const [height, width] = oneD ? [1, xDims[2]] : [xDims[2], xDims[3]];
  const [outChannels, groupIn] = wDims;
  const [kh, kw] = oneD ? [1, wDims[2]] : [wDims[2], wDims[3]];
  const group = attrs.group || 1;
  const spatial2 = oneD ? 1 : 2;
  const pick2 = (a, i2, d) => a.length ? a[i2] : d;
  const [strideH, strideW] = oneD ? [1, pick2(attrs.strides, 0, 1)] : [pick2(attrs.strides, 0, 1), pick2(attrs.strides, 1, 1)];
  const [dilH, dilW] = oneD ? [1, pick2(attrs.dilations, 0, 1)] : [pick2(attrs.dilations, 0, 1), pick2(attrs.dilations, 1, 1)];
  const [padTop, padLeft, padBottom, padRight] = oneD ? [0, pick2(attrs.pads, 0, 0), 0, pick2(attrs.pads, spatial2, 0)] : [pick2(attrs.pads, 0, 0), pick2(attrs.pads, 1, 0), pick2(attrs.pads, 2, 0), pick2(attrs.pads, 3, 0)];
  if (x2.length !== batch * inChannels * height * width) throw new Error(`input holds ${x2.length} values, dims [${xDims}] need more or fewer`);
  if (w.length !== outChannels * groupIn * kh * kw) throw new Error(`weights hold ${w.length} values, dims [${wDims}] need more or fewer`);
  if (inChannels !== groupIn * group || outChannels % group !== 0) {
    throw new Error(`input channels ${inChannels} and weights [${wDims}] do not fit ${group} groups`);
  }
  const groupOut = outChannels / group;
  const outH = Math.floor((height + padTop + padBottom - dilH * (kh - 1) - 1) / strideH) + 1;
  const outW = Math.floor((width + padLeft + padRight - dilW * (kw - 1) - 1) / strideW) + 1;
  const k = kh * kw * groupIn;
  const counter = new PairCounter(k, rule);
  if (groupIn === 1 && groupOut === 1) return counter.result(false);
  if (outH <= 0 || outW <= 0) return counter.result(false);
  const shift = activationShift(x2, rule);
  const wr = new Int32Array(outChannels * k);
  for (let oc = 0; oc < outChannels; oc++) {
    for (let ci = 0; ci < groupIn; ci++) {
      for (let r = 0; r < kh; r++) {
        for (let s = 0; s < kw; s++) wr[oc * k + (r * kw + s) * groupIn + ci] = w[((oc * groupIn + ci) * kh + r) * kw + s];
      }
    }
  }
  const positions = batch * outH * outW;
  const sampled = positions * outChannels > maxOutputs;
  const chosen = evenSample(positions, sampled ? Math.max(1, Math.floor(maxOutputs / outChannels)) : positions);
  const col = new Int32Array(k);
  for (const p of chosen) {
    const n = Math.floor(p / (outH * outW));
    const oy = Math.floor(p / outW) % outH;
    const ox = p % outW;
    for (let g = 0; g < group; g++) {
      for (let r = 0; r < kh; r++) {
        const iy = oy * strideH - padTop + r * dilH;
        for (let s = 0; s < kw; s++) {
          const ix = ox * strideW - padLeft + s * dilW;
          const inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
          const base = (r * kw + s) * groupIn;
          for (let ci = 0; ci < groupIn; ci++) {
            col[base + ci] = (inside ? x2[((n * inChannels + g * groupIn + ci) * height + iy) * width + ix] : xZeroPoint) + shift;
          }
        }
      }
      for (let oc = g * groupOut; oc < (g + 1) * groupOut; oc++) counter.add(col, wr, oc * k);
    }
  }
  return counter.result(sampled);
}
function matMulSaturation(a, aDims, b, bDims, maxOutputs = 1 << 20, rule = X64_AVX2) {
  if (aDims.length < 1 || bDims.length < 2) throw new Error(`matmul saturation needs A of rank >= 1 and B of rank >= 2; got [${aDims}] and [${bDims}]`);
  const k = aDims[aDims.length - 1];
  const m = aDims.length >= 2 ? aDims[aDims.length - 2] : 1;
  const rowsA = aDims.slice(0, -2).reduce((p, d) => p * d, 1) * m;
  const [kb, n] = bDims.slice(-2);
  const batchB = bDims.slice(0, -2).reduce((p, d) => p * d, 1);
  const batchA = rowsA / m;
  if (kb !== k) throw new Error(`A [${aDims}] and B [${bDims}] disagree on K`);
  if (batchB !== 1 && batchB !== batchA) throw new Error(`B [${bDims}] does not match A's batch [${aDims.slice(0, -2)}]`);
  if (a.length !== rowsA * k || b.length !== batchB * k * n) throw new Error("matmul saturation: data lengths do not match the dims");
  const bt = new Int32Array(b.length);
  for (let bb = 0; bb < batchB; bb++) {
    for (let kk = 0; kk < k; kk++) {
      for (let j = 0; j < n; j++) bt[bb * k * n + j * k + kk] = b[bb * k * n + kk * n + j];
    }
  }
  const counter = new PairCounter(k, rule);
  const shift = activationShift(a, rule);
  const sampled = rowsA * n > maxOutputs;
  const rows = evenSample(rowsA, sampled ? Math.max(1, Math.floor(maxOutputs / Math.max(1, n))) : rowsA);
  const row = new Int32Array(k);
  for (const r of rows) {
    for (let kk = 0; kk < k; kk++) row[kk] = a[r * k + kk] + shift;
    const bb = batchB === 1 ? 0 : Math.floor(r / m);
    for (let j = 0; j < n; j++) counter.add(row, bt, bb * k * n + j * k);
  }
  return counter.result(sampled);
}

// src/engine/compare/metrics/value-grid.ts
function tensorQuant(g, t) {
  const v = g.values.get(t);
  if (v?.quant) return v.quant;
  const p = v ? g.nodes[v.producer] : void 0;
  if (p?.opType === "DequantizeLinear") return g.values.get(p.inputs[0])?.quant ?? null;
  return null;
}
function unitOutputQuant(g, u, consts) {
  for (let i2 = u.chain.length - 1; i2 >= 0; i2--) {
    const q = tensorQuant(g, u.chain[i2]);
    if (!q) continue;
    if (!consts || q.qmin === null || q.qmax === null) return q;
    let qmin = q.qmin;
    let qmax = q.qmax;
    for (const t of u.chain) {
      const n = g.nodes[g.values.get(t)?.producer ?? -1];
      if (n?.opType !== "Clip" || !g.values.get(n.inputs[0])?.quant) continue;
      const lo = n.inputs[1] ? consts.get(n.inputs[1]) : void 0;
      const hi = n.inputs[2] ? consts.get(n.inputs[2]) : void 0;
      if (lo) qmin = Math.max(qmin, toFloat32(lo)[0]);
      if (hi) qmax = Math.min(qmax, toFloat32(hi)[0]);
    }
    return qmin === q.qmin && qmax === q.qmax ? q : { ...q, qmin, qmax };
  }
  return null;
}
var sameGrid2 = (a, b) => a.scale.join() === b.scale.join() && a.zeroPoint.join() === b.zeroPoint.join();
function rowGrid(g, consts, unit, m) {
  const unitQuant = unit ? unitOutputQuant(g, unit, consts) : null;
  const own = tensorQuant(g, m.tensor) ?? m.at.value.quant;
  return { unitQuant, quant: own && unitQuant && sameGrid2(own, unitQuant) ? unitQuant : own ?? unitQuant };
}

// src/engine/compare/evidence/unit-evidence.ts
function intAttrs(n, name, fallback) {
  const a = n.attributes.find((x2) => x2.name === name)?.value;
  if (typeof a === "number") return [a];
  return Array.isArray(a) && a.every((x2) => typeof x2 === "number") ? a : fallback;
}
function int8Weights(g, consts, t) {
  const direct = consts.get(t);
  if (direct) return direct.dtype === "int8" ? direct : null;
  const p = g.values.get(t)?.producer ?? -1;
  const n = p >= 0 ? g.nodes[p] : void 0;
  if (n?.opType === "DequantizeLinear") return int8Weights(g, consts, n.inputs[0]);
  if (n?.opType === "QuantizeLinear") {
    const w = consts.get(n.inputs[0]);
    const q = g.values.get(n.outputs[0])?.quant;
    if (!w || !q || q.dtype !== "int8") return null;
    return quantizeLike(toFloat32(w), w.dims, q);
  }
  return null;
}
function unitSaturation(g, consts, u, input, family) {
  const a = g.nodes[u.anchor];
  const integerForm = a.opType === "QLinearConv" || a.opType === "QLinearMatMul";
  const xName = a.inputs[0];
  const wName = integerForm ? a.inputs[3] : a.inputs[1];
  const xq = integerForm ? g.values.get(xName)?.quant : tensorQuant(g, xName);
  if (!xq || xq.dtype !== "uint8" && xq.dtype !== "int8" || xq.scale.length !== 1) return null;
  const w = int8Weights(g, consts, wName);
  if (!w || w.dtype !== "int8" && w.dtype !== "uint8") return null;
  const conv = a.opType === "Conv" || a.opType === "QLinearConv";
  const wq = integerForm ? null : tensorQuant(g, wName);
  const wz = integerForm ? consts.get(a.inputs[5]) : void 0;
  const symmetric = integerForm ? !wz || toFloat32(wz).every((v) => v === 0) : !wq || wq.zeroPoint.every((v) => v === 0);
  const rule = conv && w.dims.length >= 3 ? convPairRule(family, { activation: xq.dtype, weight: w.dtype, group: intAttrs(a, "group", [1])[0] ?? 1, groupIn: w.dims[1], outChannels: w.dims[0], kernelSize: w.dims.slice(2).reduce((p, d) => p * d, 1), symmetric }) : pairRuleFor(family, operandPair(xq.dtype, w.dtype));
  if (!rule) return null;
  const x2 = quantizeLike(input.values, input.dims, xq).data;
  const wData = w.data;
  const shift = xq.dtype === "uint8" && rule.activation === "flip-u8" ? -128 : 0;
  let xMax = 0;
  for (let i2 = 0; i2 < x2.length; i2++) xMax = Math.max(xMax, Math.abs(x2[i2] + shift));
  let wMax = 0;
  for (let i2 = 0; i2 < wData.length; i2++) wMax = Math.max(wMax, Math.abs(wData[i2]));
  if (2 * xMax * wMax <= 32767) return { pairs: 0, saturated: 0, fraction: 0, worstPairSum: 2 * xMax * wMax, sampled: false };
  if (a.opType === "Conv" || a.opType === "QLinearConv") {
    if (input.dims.length !== 4 || w.dims.length !== 4) return null;
    if (a.attributes.some((x3) => x3.name === "auto_pad" && x3.value !== "NOTSET")) return null;
    const attrs = {
      group: intAttrs(a, "group", [1])[0] ?? 1,
      strides: intAttrs(a, "strides", [1, 1]),
      pads: intAttrs(a, "pads", [0, 0, 0, 0]),
      dilations: intAttrs(a, "dilations", [1, 1])
    };
    return convSaturation(x2, input.dims, wData, w.dims, attrs, xq.zeroPoint[0] ?? 0, 1 << 16, rule);
  }
  if ((a.opType === "MatMul" || a.opType === "QLinearMatMul") && input.dims.length === 2 && w.dims.length === 2) {
    return matMulSaturation(x2, input.dims, wData, w.dims, 1 << 16, rule);
  }
  return null;
}

// src/engine/compare/evidence/local-evidence.ts
function noEvidence() {
  return { clipDb: null, inputQuantDb: null, saturation: null, dynamicRange: null, nonFinite: null, fp16Values: null };
}
function laneKernels(model) {
  return model.kernels?.pairs ? model.kernels : null;
}
function gatherInputEvidence(ev, unit, feeds, value, model) {
  for (const f2 of feeds) {
    if (!f2.inputQuant || f2.inputQuant.scale.length === 0) continue;
    const v = value(f2);
    if (!v) continue;
    const db = fakeQuantizeSqnrDb(v.data, v.dims, f2.inputQuant);
    ev.inputQuantDb = ev.inputQuantDb === null ? db : Math.min(ev.inputQuantDb, db);
  }
  const kernels = laneKernels(model);
  if (ev.saturation || !kernels) return;
  const first = feeds[0] ? value(feeds[0]) : void 0;
  if (first) ev.saturation = unitSaturation(model.source, model.consts, unit, { values: first.data, dims: first.dims }, kernels.family);
}

// src/engine/compare/evidence/layer-weights.ts
var WEIGHT_INPUT = { QLinearConv: 3, QLinearMatMul: 3, QGemm: 3, Gather: 0 };
function producer(g, tensor3) {
  const p = g.values.get(tensor3)?.producer ?? -1;
  return p >= 0 ? g.nodes[p] : void 0;
}
function integerValues(g, consts, tensor3, q) {
  const direct = consts.get(tensor3);
  if (direct) return { ints: toFloat32(direct), dims: direct.dims };
  let node = producer(g, tensor3);
  while (node && node.opType === "Identity") node = producer(g, node.inputs[0]);
  const src = node?.opType === "QuantizeLinear" ? consts.get(node.inputs[0]) : void 0;
  if (!src || q.qmin === null || q.qmax === null) return null;
  const w = toFloat32(src);
  const out = new Float32Array(w.length);
  const per = channelIndexer(src.dims, q.axis, q.scale.length);
  for (let i2 = 0; i2 < w.length; i2++) {
    const c = per(i2);
    out[i2] = Math.min(q.qmax, Math.max(q.qmin, roundHalfEven(w[i2] / q.scale[c]) + (q.zeroPoint[c] ?? 0)));
  }
  return { ints: out, dims: src.dims };
}
function channelIndexer(dims, axis, count2) {
  if (count2 <= 1 || axis === null) return () => 0;
  const inner = dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  return (i2) => Math.floor(i2 / inner) % dims[axis];
}
function weightsOf(unit, g, consts) {
  const anchor = g.nodes[unit.anchor];
  const tensor3 = anchor.inputs[WEIGHT_INPUT[anchor.opType] ?? 1];
  if (!tensor3) return null;
  const own = g.values.get(tensor3)?.quant;
  const stored = own ? consts.get(tensor3) : void 0;
  if (own && stored && !stored.dtype.startsWith("float")) return dequantized(toFloat32(stored), stored.dims, own);
  let t = tensor3;
  const perms = [];
  for (let node = producer(g, t); node && (node.opType === "Identity" || node.opType === "Cast" || node.opType === "Transpose"); node = producer(g, t)) {
    if (node.opType === "Transpose") perms.unshift(transposePerm(node, g.values.get(node.inputs[0])?.shape?.length ?? 2));
    t = node.inputs[0];
  }
  const dq = producer(g, t);
  let w = null;
  if (dq?.opType === "DequantizeLinear") {
    const q = g.values.get(dq.inputs[0])?.quant;
    const found = q ? integerValues(g, consts, dq.inputs[0], q) : null;
    w = q && found ? dequantized(found.ints, found.dims, ownParams(dq, consts, q)) : null;
  } else {
    const plain = consts.get(t);
    w = plain && plain.dtype.startsWith("float") ? { values: toFloat32(plain), dims: plain.dims, quant: null } : null;
  }
  return w && perms.reduce((acc, perm) => acc && transposed(acc, perm), w);
}
function transposePerm(node, rank) {
  const perm = node.attributes.find((a) => a.name === "perm")?.value;
  return Array.isArray(perm) ? perm.map(Number) : Array.from({ length: rank }, (_, i2) => rank - 1 - i2);
}
function transposed(w, perm) {
  if (perm.length !== w.dims.length) return null;
  const dims = perm.map((p) => w.dims[p]);
  const strides2 = w.dims.map((_, i2) => w.dims.slice(i2 + 1).reduce((a, b) => a * b, 1));
  const values = new Float32Array(w.values.length);
  const index = new Array(dims.length).fill(0);
  for (let o = 0; o < values.length; o++) {
    let from = 0;
    for (let k = 0; k < dims.length; k++) from += index[k] * strides2[perm[k]];
    values[o] = w.values[from];
    for (let k = dims.length - 1; k >= 0 && ++index[k] === dims[k]; k--) index[k] = 0;
  }
  const quant = w.quant && w.quant.axis !== null ? { ...w.quant, axis: perm.indexOf(w.quant.axis) } : w.quant;
  return { values, dims, quant };
}
function ownParams(dq, consts, described) {
  const scale = consts.get(dq.inputs[1]);
  const zp = dq.inputs[2] ? consts.get(dq.inputs[2]) : void 0;
  if (!scale) return described;
  const s = Array.from(toFloat32(scale));
  const z = zp ? Array.from(toFloat32(zp)) : s.map(() => 0);
  return { ...described, scale: s, zeroPoint: z };
}
function dequantized(ints3, dims, q) {
  if (q.scale.length === 0) return null;
  const per = channelIndexer(dims, q.axis, q.scale.length);
  const values = new Float32Array(ints3.length);
  for (let i2 = 0; i2 < ints3.length; i2++) values[i2] = (ints3[i2] - (q.zeroPoint[per(i2)] ?? 0)) * q.scale[per(i2)];
  return { values, dims, quant: q };
}
function outputChannelAxis(anchor, rank) {
  switch (anchor.opType) {
    case "ConvTranspose":
      return 1;
    case "Gemm":
    case "QGemm":
      return anchor.attributes.find((a) => a.name === "transB")?.value === 1 ? 0 : 1;
    case "MatMul":
    case "QLinearMatMul":
    case "MatMulInteger":
    case "MatMulIntegerToFloat":
      return rank - 1;
    default:
      return 0;
  }
}
function chainScale(unit, g, consts, channels, fromRight) {
  const m = new Float64Array(channels).fill(1);
  const perChannel = (name, oneD = false) => {
    const t = consts.get(name);
    if (!t) return null;
    const v = toFloat32(t);
    if (v.length === 1) return new Float32Array(channels).fill(v[0]);
    const at = t.dims.findIndex((d) => d !== 1);
    return v.length === channels && (oneD || t.dims.length - 1 - at === fromRight) ? v : null;
  };
  for (const tensor3 of unit.chain.slice(1)) {
    const n = producer(g, tensor3);
    if (!n) break;
    if (n.opType === "Identity" || n.opType === "Cast" || n.opType === "Add" || n.opType === "Sub") continue;
    if (n.opType === "Mul" || n.opType === "Div") {
      const c = perChannel(n.inputs[1]) ?? (n.opType === "Mul" ? perChannel(n.inputs[0]) : null);
      if (!c) break;
      for (let k = 0; k < channels; k++) m[k] = n.opType === "Mul" ? m[k] * c[k] : m[k] / c[k];
      continue;
    }
    if (n.opType === "BatchNormalization") {
      const gamma = perChannel(n.inputs[1], true);
      const variance = perChannel(n.inputs[4], true);
      if (!gamma || !variance) break;
      const eps = n.attributes.find((a) => a.name === "epsilon")?.value;
      for (let k = 0; k < channels; k++) m[k] *= gamma[k] / Math.sqrt(variance[k] + (typeof eps === "number" ? eps : 1e-5));
      continue;
    }
    break;
  }
  return m;
}
var BIAS_INPUT = { Conv: 2, ConvTranspose: 2, Gemm: 2, QLinearConv: 8, QGemm: 6, MatMulIntegerToFloat: 6 };
function biasSlot(unit, g, consts, channels) {
  const anchor = g.nodes[unit.anchor];
  const slot = BIAS_INPUT[anchor.opType];
  if (slot !== void 0) {
    const bias = anchor.inputs[slot] ? biasValues(anchor.inputs[slot], g, consts, channels) : null;
    return bias ? { node: anchor, input: slot, bias } : null;
  }
  for (let k = 1; k < unit.chain.length; k++) {
    const n = producer(g, unit.chain[k]);
    if (!n || n.opType !== "Add" && n.opType !== "Identity" && n.opType !== "Cast") return null;
    if (n.opType !== "Add") continue;
    for (let i2 = 0; i2 < n.inputs.length; i2++) {
      if (!n.inputs[i2] || n.inputs[i2] === unit.chain[k - 1]) continue;
      const bias = biasValues(n.inputs[i2], g, consts, channels);
      if (bias) return { node: n, input: i2, bias };
    }
    return null;
  }
  return null;
}
function biasOf(unit, g, consts, channels) {
  return biasSlot(unit, g, consts, channels)?.bias ?? null;
}
function biasValues(tensor3, g, consts, channels) {
  const plain = consts.get(tensor3);
  if (plain) {
    const v = toFloat32(plain);
    return plain.dtype.startsWith("float") && v.length === channels ? { values: v, step: null } : null;
  }
  const dq = producer(g, tensor3);
  const ints3 = dq?.opType === "DequantizeLinear" ? consts.get(dq.inputs[0]) : void 0;
  const scale = dq ? consts.get(dq.inputs[1]) : void 0;
  if (!dq || !ints3 || !scale) return null;
  const q = toFloat32(ints3);
  const s = toFloat32(scale);
  const zp = dq.inputs[2] ? consts.get(dq.inputs[2]) : void 0;
  const z = zp ? toFloat32(zp) : new Float32Array(s.length);
  if (q.length !== channels || s.length !== 1 && s.length !== channels) return null;
  const at = (a, c) => a[a.length === 1 ? 0 : c] ?? 0;
  return {
    values: Float32Array.from(q, (v, c) => (v - at(z, c)) * at(s, c)),
    step: Float32Array.from({ length: channels }, (_, c) => at(s, c))
  };
}

// src/engine/compare/evidence/model-evidence.ts
function twinWeights(u, rows, ref) {
  const row = rows.find((r) => r.referenceUnit && r.unit !== null && r.tensor === u.output) ?? rows.find((r) => r.referenceUnit && r.model[0].tensor && u.chain.includes(r.model[0].tensor));
  const twin = row?.referenceUnit;
  if (!twin || !u.weightShape) return null;
  const anchor = ref.source.nodes[twin.anchor];
  const weight = ref.consts.get(anchor.inputs[1]);
  if (!weight || weight.dtype !== "float32" || weight.dims.join(",") !== u.weightShape.join(",")) return null;
  const channels = weight.dims[outputChannelAxis(anchor, weight.dims.length)];
  const bias = biasOf(twin, ref.source, ref.consts, channels);
  return { weight, bias: bias ? { dtype: "float32", dims: [channels], data: bias.values } : null };
}
function isDepthwise(g, u) {
  const a = g.nodes[u.anchor];
  const group = a.attributes.find((x2) => x2.name === "group")?.value;
  return typeof group === "number" && group > 1 && !!u.weightShape && u.weightShape[1] === 1;
}
function weightFindings(stats) {
  const out = [];
  const zp = stats.filter((s) => s.evidence.zeroPointNonZero > 0);
  if (zp.length) {
    const channels = zp.reduce((a, s) => a + s.evidence.zeroPointNonZero, 0);
    const dw = zp.filter((s) => s.depthwise).length;
    out.push(diag("QL-WEIGHT-ZERO-POINT", "warning", `${channels} weight channels in ${zp.length} layers${dw ? ` (${dw} of them depthwise)` : ""} have a non-zero zero point although the weights are int8, where a symmetric scheme expects 0: ${zp.slice(0, 3).map((s) => s.node).join(", ")}${zp.length > 3 ? ", ..." : ""}. The quantized model and one converted from the same weights will differ there.`, {
      node: zp[0].node,
      fix: "Recompute the weight quantization parameters from the final weights (torch.ao.quantization.convert does; PyTorch 1.13 fused fake-quant left such zero points), or re-export with a newer PyTorch."
    }));
  }
  const clipped = stats.filter((s) => s.evidence.clippedChannels > 0);
  if (clipped.length) {
    const channels = clipped.reduce((a, s) => a + s.evidence.clippedChannels, 0);
    const worst = clipped.reduce((a, s) => s.evidence.worst.errSteps > a.evidence.worst.errSteps ? s : a);
    out.push(diag("QL-WEIGHT-RANGE", "info", `In ${clipped.length} layers, ${channels} weight channels of the float twin reach past the int8 grid and are clipped by quantization (worst ${worst.evidence.worst.errSteps.toFixed(1)} steps, ${worst.node} channel ${worst.evidence.worst.channel}).`, {
      node: worst.node,
      fix: "The weight scales trail the final weights (a moving-average observer): recompute them from the final float weights before export."
    }));
  }
  return out;
}
function clipOnlyDb(ref, q) {
  if (q.scale.length !== 1 || q.qmin === null || q.qmax === null) return null;
  const s = q.scale[0];
  const z = q.zeroPoint[0] ?? 0;
  const lo = (q.qmin - z - 0.5) * s;
  const hi = (q.qmax - z + 0.5) * s;
  let signal = 0;
  let clipped = 0;
  for (let i2 = 0; i2 < ref.length; i2++) {
    const v = ref[i2];
    signal += v * v;
    const e = v < lo ? v - lo : v > hi ? v - hi : 0;
    clipped += e * e;
  }
  if (clipped === 0) return SQNR_CAP_DB;
  return Math.max(-SQNR_CAP_DB, Math.min(SQNR_CAP_DB, 10 * Math.log10(signal / clipped)));
}

// src/engine/compare/normalize/normalize.ts
function normalizeTensor(t, layout2, quant) {
  const notes = [];
  const count2 = elementCount(t.dims);
  const d = t.data;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ""}' holds strings, not numbers`);
  if (t.dtype === "complex64" || t.dtype === "complex128") throw new Error(`tensor '${t.name ?? ""}' is complex; only real tensors can be compared`);
  if (d.length !== count2) throw new Error(`tensor '${t.name ?? ""}' holds ${d.length} values, its dims [${t.dims}] need ${count2}`);
  if (layout2.kind === "NHWC" && quant && channelsLastGrid(t, quant)) {
    const r = dequantizeChannelsLast(t, quant);
    return { dims: r.dims, data: r.data, note: `${dequantNote(t.dtype, quant)}; NHWC -> NCHW` };
  }
  let data;
  let raw = false;
  if (integerRange(t.dtype) || t.dtype === "int64" || t.dtype === "uint64") {
    if (quant && quant.scale.length) {
      data = dequantize(t, layout2, quant);
      notes.push(dequantNote(t.dtype, quant));
    } else {
      data = widen(t);
      raw = true;
      notes.push(`${t.dtype} values as float32 (no quantization parameters)`);
    }
  } else {
    data = widen(t);
    if (t.dtype !== "float32") notes.push(`${t.dtype} -> float32`);
  }
  let dims = t.dims;
  if (layout2.kind === "NCHWc") {
    const r = unblock(data, t.dims, layout2);
    data = r.data;
    dims = r.dims;
    notes.push(r.note);
  } else if (layout2.kind === "NHWC") {
    const r = channelsLastToFirst(data, t.dims);
    data = r.data;
    dims = r.dims;
    notes.push("NHWC -> NCHW");
  }
  return { dims: [...dims], data, note: notes.length ? notes.join("; ") : null, ...raw ? { raw } : {} };
}
function normalizeAt(t, at, captured) {
  return normalizeTensor(t, at.value.layout, runtimeGrid(at.value.quant, captured));
}
function gridFetch(at) {
  const q = at.value.quant;
  return q?.runtime ? [q.scaleTensor, q.zeroPointTensor].filter((x2) => !!x2) : [];
}
function runtimeGrid(q, captured) {
  if (!q?.runtime || q.scale.length) return q;
  const s = q.scaleTensor ? captured?.[q.scaleTensor] : void 0;
  const z = q.zeroPointTensor ? captured?.[q.zeroPointTensor] : void 0;
  if (!s) return q;
  return { ...q, scale: Array.from(toFloat32(s)), zeroPoint: z ? Array.from(toFloat32(z)) : [0] };
}
function widen(t) {
  const d = t.data;
  if (t.dtype === "float32" || t.dtype === "float16" || t.dtype === "bfloat16") return toFloat32(t);
  if (t.dtype.startsWith("float8") || t.dtype === "float4e2m1") throw new Error(`tensor '${t.name ?? ""}': ${t.dtype} values cannot be read yet`);
  const out = new Float32Array(d.length);
  for (let i2 = 0; i2 < d.length; i2++) out[i2] = Number(d[i2]);
  return out;
}
function axisOf(axis, rank) {
  const a = axis ?? 1;
  const r = a < 0 ? a + rank : a;
  if (r < 0 || r >= rank) throw new Error(`quantization axis ${a} is outside a tensor of rank ${rank}`);
  return r;
}
function dequantize(t, layout2, quant) {
  const d = t.data;
  const n = d.length;
  const out = new Float32Array(n);
  const big = d instanceof BigInt64Array || d instanceof BigUint64Array;
  const perChannel = quant.scale.length > 1;
  if (quant.scale.length === 0) throw new Error(`tensor '${t.name ?? ""}' has quantization parameters without a scale`);
  if (!perChannel) {
    const s = Math.fround(quant.scale[0]);
    const zp = quant.zeroPoint[0] ?? 0;
    for (let i2 = 0; i2 < n; i2++) out[i2] = Math.fround(((big ? Number(d[i2]) : d[i2]) - zp) * s);
    return out;
  }
  const rank = t.dims.length;
  const axis = axisOf(quant.axis, rank);
  const channels = quant.scale.length;
  const scales = Float32Array.from(quant.scale);
  const zps = quant.zeroPoint.length === channels ? quant.zeroPoint : new Array(channels).fill(quant.zeroPoint[0] ?? 0);
  const channelOf = channelIndexer2(t.dims, axis, layout2, channels, t.name ?? "");
  for (let i2 = 0; i2 < n; i2++) {
    const c = channelOf(i2);
    out[i2] = c < 0 ? 0 : Math.fround(((big ? Number(d[i2]) : d[i2]) - zps[c]) * scales[c]);
  }
  return out;
}
function channelIndexer2(dims, axis, layout2, channels, name) {
  if (layout2.kind === "NCHWc" && axis === 1) {
    const block = layout2.block ?? 0;
    const padded = dims[1];
    if (block <= 0 || padded % block !== 0) throw new Error(`tensor '${name}': ${padded} channels cannot be blocked by ${layout2.block}`);
    if (channels !== padded && channels !== (layout2.channels ?? padded)) {
      throw new Error(`tensor '${name}' has ${channels} per-channel scales for ${layout2.channels ?? padded} channels`);
    }
    const spatial2 = elementCount(dims.slice(2));
    const groups = padded / block;
    return (i2) => {
      const c = Math.floor(i2 / (spatial2 * block)) % groups * block + i2 % block;
      return c < channels ? c : -1;
    };
  }
  if (dims[axis] !== channels) throw new Error(`tensor '${name}' has ${channels} per-channel scales for ${dims[axis]} entries along axis ${axis}`);
  const inner = elementCount(dims.slice(axis + 1));
  return (i2) => Math.floor(i2 / inner) % channels;
}
function dequantNote(dtype2, quant) {
  const p = (x2) => String(Number(x2.toPrecision(3)));
  if (quant.scale.length === 1) return `dequantized ${dtype2} (scale ${p(quant.scale[0])}, zero point ${quant.zeroPoint[0] ?? 0})`;
  return `dequantized ${dtype2} per channel (axis ${quant.axis ?? 1}, ${quant.scale.length} scales)`;
}
function unblock(data, dims, layout2) {
  const block = layout2.block;
  if (dims.length < 3) throw new Error(`an NCHWc tensor needs rank 3 or more, got dims [${dims}]`);
  if (!block || block < 1) throw new Error(`NCHWc layout without a block size (dims [${dims}])`);
  const [batch, padded] = dims;
  const channels = layout2.channels ?? padded;
  if (padded % block !== 0) throw new Error(`NCHW${block}c: ${padded} stored channels are not a multiple of the block ${block}`);
  if (channels > padded || Math.ceil(channels / block) * block !== padded) {
    throw new Error(`NCHW${block}c: ${channels} channels do not round up to the ${padded} stored ones`);
  }
  const spatial2 = elementCount(dims.slice(2));
  const groups = padded / block;
  const out = new Float32Array(batch * channels * spatial2);
  for (let n = 0; n < batch; n++) {
    for (let c = 0; c < channels; c++) {
      const src = (n * groups + Math.floor(c / block)) * spatial2 * block + c % block;
      const dst = (n * channels + c) * spatial2;
      for (let s = 0; s < spatial2; s++) out[dst + s] = data[src + s * block];
    }
  }
  const note = channels === padded ? `NCHW${block}c -> NCHW` : `NCHW${block}c, ${padded} padded channels -> ${channels}`;
  return { dims: [batch, channels, ...dims.slice(2)], data: out, note };
}
function channelsLastGrid(t, quant) {
  if (!integerRange(t.dtype) || t.dtype === "int64" || t.dtype === "uint64" || t.dims.length < 3 || quant.scale.length === 0) return false;
  if (quant.scale.length === 1) return true;
  const rank = t.dims.length;
  const axis = quant.axis ?? 1;
  return (axis === rank - 1 || axis === -1) && quant.scale.length === t.dims[rank - 1];
}
var TILE = 256;
function dequantizeChannelsLast(t, quant) {
  const d = t.data;
  const dims = t.dims;
  const batch = dims[0];
  const channels = dims[dims.length - 1];
  const spatial2 = elementCount(dims.slice(1, -1));
  const perChannel = quant.scale.length > 1;
  const scales = Float32Array.from({ length: channels }, (_, c) => quant.scale[perChannel ? c : 0]);
  const zps = Float64Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  const out = new Float32Array(d.length);
  for (let n = 0; n < batch; n++) {
    const base = n * spatial2 * channels;
    for (let s0 = 0; s0 < spatial2; s0 += TILE) {
      const s1 = Math.min(spatial2, s0 + TILE);
      for (let c = 0; c < channels; c++) {
        const s = scales[c];
        const zp = zps[c];
        const dst = base + c * spatial2;
        for (let p = s0, src = base + s0 * channels + c; p < s1; p++, src += channels) out[dst + p] = Math.fround((d[src] - zp) * s);
      }
    }
  }
  return { dims: [batch, channels, ...dims.slice(1, -1)], data: out };
}
function channelsLastToFirst(data, dims) {
  if (dims.length < 3) throw new Error(`an NHWC tensor needs rank 3 or more, got dims [${dims}]`);
  const batch = dims[0];
  const channels = dims[dims.length - 1];
  const spatialDims = dims.slice(1, -1);
  const spatial2 = elementCount(spatialDims);
  const out = new Float32Array(data.length);
  for (let n = 0; n < batch; n++) {
    const base = n * spatial2 * channels;
    for (let s = 0; s < spatial2; s++) {
      const src = base + s * channels;
      for (let c = 0; c < channels; c++) out[base + c * spatial2 + s] = data[src + c];
    }
  }
  return { dims: [batch, channels, ...spatialDims], data: out };
}

// src/engine/compare/local/local-feeds.ts
function feedSource(f2, source, rows) {
  if (source.inputs.includes(f2.from)) return { kind: "input", name: f2.from };
  const row = rows.rowOf(f2.from);
  if (row !== null) return { kind: "row", row };
  return source.inputs.includes(f2.start) ? { kind: "input", name: f2.start } : null;
}
var NO_LAYOUT = { kind: "unknown", block: null, channels: null };
function feedValues(source, rows, samples, chunk) {
  return (f2, k) => {
    const src = feedSource(f2, source, rows);
    if (src?.kind === "input") return normalizeTensor(samples[k][src.name], NO_LAYOUT, source.values.get(src.name)?.quant ?? null);
    return src ? chunk.values[k].get(src.row) : void 0;
  };
}
function heldReference(source, rows, captured) {
  return (f2) => {
    if (!f2.quantize && f2.dtype !== "float32") return null;
    const src = feedSource(f2, source, rows);
    if (src?.kind !== "row") return null;
    const r = rows.rows[src.row].reference;
    if (r.kind !== "tensor") return null;
    const kind = r.at.value.layout.kind;
    const plain = kind !== "NCHWc" && kind !== "NHWC";
    return plain && captured.outputs.every((o) => o[r.at.fetch]?.dtype === "float32") ? r.at.fetch : null;
  };
}
function keptFeeds(lm, held, kept, inputs) {
  const from = lm.feeds.flatMap((f2) => {
    const fetch = held(f2);
    return fetch ? [[f2.input, { kept, fetch, quantize: f2.quantize }]] : [];
  });
  return from.length ? Array.from({ length: inputs }, () => Object.fromEntries(from)) : null;
}
function engineFeeds(lm, value, inputs, held = () => null) {
  const sent = lm.feeds.filter((f2) => !held(f2));
  return Array.from({ length: inputs }, (_, k) => Object.fromEntries(sent.map((f2) => {
    const v = value(f2, k);
    if (!v) throw new Error(`local input ${f2.input} has no reference value`);
    const tensor3 = f2.quantize ? quantizeLike(v.data, v.dims, f2.quantize) : f2.dtype === "float16" ? { dtype: "float16", dims: v.dims, data: Uint16Array.from(v.data, numberToFloat16Bits) } : { dtype: "float32", dims: v.dims, data: v.data };
    return [f2.input, { ...tensor3, name: f2.input }];
  })));
}

// src/engine/compare/local/local-model.ts
function floatFeed(g, consts, t, known) {
  const up = upstreamFloat(g, consts, t, known, 0);
  if (up) return up;
  const v = g.values.get(t);
  const half = (v?.consumers ?? []).some((k) => g.nodes[k].inputs.some((i2) => !!i2 && i2 !== t && g.values.get(i2)?.initializer === true && g.values.get(i2)?.dtype === "float16"));
  return half ? "float16" : "float32";
}
var CAST_TO = { 1: "float32", 10: "float16" };
function upstreamFloat(g, consts, t, known, depth) {
  if (known.has(t)) return known.get(t);
  const v = g.values.get(t);
  let out = null;
  if (v?.dtype) {
    out = v.dtype === "float16" || v.dtype === "float32" ? v.dtype : null;
  } else if (v?.initializer || v && v.producer >= 0 && g.nodes[v.producer].opType === "Constant") {
    const dtype2 = consts.get(t)?.dtype;
    out = dtype2 === "float16" || dtype2 === "float32" ? dtype2 : null;
  } else if (v && v.producer >= 0 && depth < 4e3) {
    const n = g.nodes[v.producer];
    if (n.opType === "Cast") {
      const to = n.attributes.find((a) => a.name === "to")?.value;
      out = typeof to === "number" ? CAST_TO[to] ?? null : null;
    } else {
      for (const i2 of n.inputs) {
        out = i2 ? upstreamFloat(g, consts, i2, known, depth + 1) : null;
        if (out) break;
      }
    }
  }
  known.set(t, out);
  return out;
}
var startsBefore = (op) => VALUE_COPIES.has(op) || op === "DynamicQuantizeLinear";
var MAX_UPSTREAM = 64;
function buildLocalModel(model, g, consts, units, picks, statics, hasValue) {
  const src = model.graph;
  const nodes = [];
  const feeds = [];
  const outputs = [];
  const initNames = new Set(src.initializer.map((t) => t.name));
  const usedInits = /* @__PURE__ */ new Set();
  const constNodes = /* @__PURE__ */ new Set();
  const floatTypes = /* @__PURE__ */ new Map();
  const includeStatic = (t) => {
    if (!t) return;
    if (initNames.has(t)) {
      usedInits.add(t);
      return;
    }
    const p = g.values.get(t)?.producer ?? -1;
    if (p < 0 || constNodes.has(p)) return;
    constNodes.add(p);
    for (const i2 of g.nodes[p].inputs) includeStatic(i2);
  };
  for (const pick2 of picks) {
    const u = units[pick2.unit];
    const prefix = `L${pick2.unit}|`;
    const inUnit = new Set(u.nodes);
    const needed = /* @__PURE__ */ new Set();
    const boundary = [];
    let upstream = 0;
    const joins = (p, t) => inUnit.has(p) || needed.has(p) || !!hasValue && !hasValue(t) && ++upstream <= MAX_UPSTREAM;
    const visit = (t) => {
      if (!t || statics.has(t)) return;
      const p = g.values.get(t)?.producer ?? -1;
      if (p >= 0 && joins(p, t)) {
        if (needed.has(p)) return;
        needed.add(p);
        for (const i2 of g.nodes[p].inputs) visit(i2);
      } else if (!boundary.includes(t)) boundary.push(t);
    };
    visit(pick2.tensor);
    const renamed = /* @__PURE__ */ new Map();
    for (const t of boundary) {
      let cur = t;
      let sawQuantize = false;
      let inputQuant = null;
      let clip = [-Infinity, Infinity];
      for (; ; ) {
        const p = g.values.get(cur)?.producer ?? -1;
        if (p < 0 || sawQuantize || !startsBefore(g.nodes[p].opType)) break;
        needed.add(p);
        const op = g.nodes[p].opType;
        sawQuantize = op === "QuantizeLinear" || op === "DynamicQuantizeLinear";
        if (sawQuantize) inputQuant = g.values.get(g.nodes[p].outputs[0])?.quant ?? null;
        if (op === "Clip") {
          const lo = consts.get(g.nodes[p].inputs[1] ?? "");
          const hi = consts.get(g.nodes[p].inputs[2] ?? "");
          clip = [lo ? toFloat32(lo)[0] : -Infinity, hi ? toFloat32(hi)[0] : Infinity];
        }
        for (const i2 of g.nodes[p].inputs.slice(1)) includeStatic(i2);
        cur = g.nodes[p].inputs[0];
      }
      const v = g.values.get(cur);
      const quant = v?.quant && v.quant.scale.length ? v.quant : null;
      if (renamed.has(cur)) continue;
      const input = `${prefix}in|${cur}`;
      renamed.set(cur, input);
      inputQuant = inputQuant ?? quant;
      if (inputQuant && inputQuant.qmin !== null && inputQuant.qmax !== null && (clip[0] > inputQuant.qmin || clip[1] < inputQuant.qmax)) {
        inputQuant = { ...inputQuant, qmin: Math.max(inputQuant.qmin, clip[0]), qmax: Math.min(inputQuant.qmax, clip[1]) };
      }
      const float = floatFeed(g, consts, cur, floatTypes);
      feeds.push({ unit: pick2.unit, input, from: t, start: cur, quantize: quant, dtype: quant ? quant.dtype ?? "uint8" : float, inputQuant });
    }
    for (const i2 of [...needed].sort((a, b) => a - b)) {
      const n = src.node[i2];
      for (const inp of n.input) if (statics.has(inp)) includeStatic(inp);
      const name = (t) => !t || statics.has(t) ? t : renamed.get(t) ?? `${prefix}${t}`;
      nodes.push(make(NodeProto, { ...n, name: `${prefix}${n.name || i2}`, input: n.input.map(name), output: n.output.map(name) }));
    }
    outputs.push({ unit: pick2.unit, local: `${prefix}${pick2.tensor}`, tensor: pick2.tensor });
  }
  const constList = [...constNodes].sort((a, b) => a - b).map((i2) => src.node[i2]);
  const graph = {
    name: `${src.name || "model"}_local`,
    node: [...constList, ...nodes],
    initializer: src.initializer.filter((t) => usedInits.has(t.name)),
    input: feeds.map((f2) => valueInfo(f2.input, f2.dtype)),
    output: outputs.map((o) => valueInfo(o.local))
  };
  return { model: { ...model, graph }, feeds, outputs };
}

// src/engine/compare/local/local-plan.ts
function buildPlanModel(ctx, picks) {
  const hasValue = (t) => ctx.model.source.inputs.includes(t) || ctx.rows.rowOf(t) !== null;
  return buildLocalModel(ctx.model.model, ctx.model.source, ctx.model.consts, ctx.units, picks, ctx.statics, hasValue);
}
function planLocal(ctx, chunk) {
  const picks = chunk.flatMap((i2) => {
    const u = ctx.rows.rows[i2].unit;
    return u !== null && ctx.rows.unitRow.get(u) === i2 ? [{ unit: u, tensor: ctx.rows.rows[i2].model[0].tensor }] : [];
  });
  if (picks.length === 0) return { plan: null, feedRows: [] };
  const all = buildPlanModel(ctx, picks);
  const fed = (p) => all.feeds.filter((f2) => f2.unit === p.unit).every((f2) => feedSource(f2, ctx.model.source, ctx.rows) !== null);
  const usable = picks.filter(fed);
  if (usable.length === 0) return { plan: null, feedRows: [] };
  const model = usable.length === picks.length ? all : buildPlanModel(ctx, usable);
  const feedRows = /* @__PURE__ */ new Set();
  for (const f2 of model.feeds) {
    const src = feedSource(f2, ctx.model.source, ctx.rows);
    if (src?.kind === "row") feedRows.add(src.row);
  }
  return { plan: { picks: usable, model }, feedRows: [...feedRows] };
}

// src/engine/emulate/capture-at-target.ts
var fs16 = __toESM(require("fs"));
var path14 = __toESM(require("path"));

// src/engine/rewrite/model-edit.ts
function copyModel(model) {
  return ModelProto.decode(ModelProto.encode(model).finish());
}
function dropUnusedInitializers(graph, candidates) {
  const used = new Set(graph.output.map((o) => o.name));
  const visit = (g) => {
    for (const n of g.node) {
      for (const i2 of n.input) used.add(i2);
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(graph);
  const inputs = new Set(graph.input.map((i2) => i2.name));
  graph.initializer = graph.initializer.filter((t) => !candidates.has(t.name) || used.has(t.name) || inputs.has(t.name));
}
function subgraphs(n) {
  const out = [];
  for (const a of n.attribute) {
    if (a.type === ATTR.GRAPH && a.g) out.push(a.g);
    if (a.type === ATTR.GRAPHS) out.push(...a.graphs);
  }
  return out;
}

// src/engine/rewrite/node-attributes.ts
var FLOAT = 1;
var INT32 = 6;
function attr2(n, name) {
  return n.attribute.find((a) => a.name === name);
}
function int2(n, name, fallback) {
  const a = attr2(n, name);
  return a ? num(a.i) : fallback;
}
function ints2(n, name) {
  const a = attr2(n, name);
  return a && a.type === ATTR.INTS ? a.ints.map(num) : void 0;
}
function intAttr2(name, value) {
  return make(AttributeProto, { name, type: ATTR.INT, i: long_default.fromNumber(value) });
}
function intsAttr(name, values) {
  return make(AttributeProto, { name, type: ATTR.INTS, ints: values.map((v) => long_default.fromNumber(v)) });
}
function floatAttr(name, value) {
  return make(AttributeProto, { name, type: ATTR.FLOAT, f: value });
}
function without(n, ...names2) {
  return n.attribute.filter((a) => !names2.includes(a.name));
}

// src/engine/rewrite/integer-rewriter.ts
var Rewriter = class {
  constructor(graph, opset) {
    this.opset = opset;
    this.consts = new ConstValues(graph);
    collectNames(graph, this.names);
    for (const v of [...graph.input, ...graph.output, ...graph.value_info]) {
      const tt = v.type?.tensor_type;
      const dtype2 = tt && dtypeFromCode(tt.elem_type);
      if (dtype2) this.declaredDtype.set(v.name, dtype2);
      if (tt?.shape) this.declaredRank.set(v.name, tt.shape.dim.length);
    }
    for (const n of graph.node) for (const o of n.output) if (o) this.producers.set(o, n);
  }
  opset;
  nodes = [];
  initializers = [];
  /** The default-domain opset the emitted nodes need (QuantizeLinear 10, per-axis DequantizeLinear 13). */
  requiredOpset = 0;
  consts;
  names = /* @__PURE__ */ new Set();
  cache = /* @__PURE__ */ new Map();
  declaredRank = /* @__PURE__ */ new Map();
  declaredDtype = /* @__PURE__ */ new Map();
  producers = /* @__PURE__ */ new Map();
  /** `base`, or `base__N` when that name is taken anywhere in the model. */
  fresh(base) {
    let name = base;
    for (let k = 1; this.names.has(name); k++) name = `${base}__${k}`;
    this.names.add(name);
    return name;
  }
  need(opset) {
    this.requiredOpset = Math.max(this.requiredOpset, opset);
  }
  emit(opType, inputs, outputs, attribute2, name) {
    this.nodes.push(make(NodeProto, { name, op_type: opType, domain: "", input: inputs, output: outputs, attribute: attribute2 }));
  }
  /** Emit a one-output node whose output and node names derive from `base`; returns the output. */
  step(opType, inputs, base, attribute2 = []) {
    const out = this.fresh(base);
    this.emit(opType, inputs, [out], attribute2, this.fresh(`${base}_node`));
    return out;
  }
  initializer(base, t) {
    const name = this.fresh(base);
    this.initializers.push(encodeTensor({ ...t, name }));
    return name;
  }
  /**
   * The float value of a quantized input. A constant is dequantized here, as Math.fround((q - zp) * scale) per
   * channel: bit-identical to the runtime's DequantizeLinear, and free of the opset limits of per-axis
   * DequantizeLinear. Anything else gets a DequantizeLinear node. `axis` is the channel axis when the scale may hold
   * one value per channel (negative counts from the end).
   */
  dequantize(input, scale, zeroPoint, axis) {
    const key2 = `dq\0${input}\0${scale}\0${zeroPoint ?? ""}\0${axis ?? ""}`;
    const hit = this.cache.get(key2);
    if (hit) return hit;
    const q = this.consts.get(input);
    const s = this.consts.get(scale);
    const z = zeroPoint ? this.consts.get(zeroPoint) : void 0;
    let name;
    if (q && s && (!zeroPoint || z)) {
      const values = dequantizeValues(q, toNumbers(s), z ? toNumbers(z) : [0], axis, input);
      name = this.initializer(`${input}__ql_float`, { dtype: "float32", dims: q.dims, data: values });
    } else {
      const perChannel = !!s && elementCount(s.dims) > 1;
      if (perChannel && axis === void 0) throw new Error(`'${input}' has ${elementCount(s.dims)} scales but is quantized per tensor`);
      this.need(perChannel ? 13 : 10);
      const attrs = perChannel || !s && axis !== void 0 && this.opset >= 13 ? [intAttr2("axis", axis)] : [];
      name = this.fresh(`${input}__ql_float`);
      this.emit("DequantizeLinear", zeroPoint ? [input, scale, zeroPoint] : [input, scale], [name], attrs, this.fresh(`${name}_dq`));
    }
    this.cache.set(key2, name);
    return name;
  }
  /** For ConvInteger/MatMulInteger: the input as float minus its zero point (no scale). */
  centered(input, zeroPoint, axis) {
    const q = this.consts.get(input);
    const z = zeroPoint ? this.consts.get(zeroPoint) : void 0;
    if (q && (!zeroPoint || z)) {
      const values = dequantizeValues(q, [1], z ? toNumbers(z) : [0], axis, input);
      return this.initializer(`${input}__ql_float`, { dtype: "float32", dims: q.dims, data: values });
    }
    const xf = this.step("Cast", [input], `${input}__ql_float`, [intAttr2("to", FLOAT)]);
    if (!zeroPoint) return xf;
    let zf;
    if (z) {
      const values = Float32Array.from(toNumbers(z));
      zf = this.initializer(`${zeroPoint}__ql_float`, { dtype: "float32", dims: this.broadcastDims(input, values.length, axis), data: values });
    } else {
      zf = this.step("Cast", [zeroPoint], `${zeroPoint}__ql_float`, [intAttr2("to", FLOAT)]);
    }
    return this.step("Sub", [xf, zf], `${input}__ql_centered`);
  }
  /** Dims that make `count` per-channel values broadcast along `axis` of `input`. */
  broadcastDims(input, count2, axis) {
    if (count2 === 1) return [];
    if (axis === -1) return [count2];
    const rank = this.rankOf(input);
    if (axis === void 0 || rank === void 0) throw new Error(`cannot broadcast the ${count2} zero points of '${input}': its rank is not known`);
    const a = axis < 0 ? axis + rank : axis;
    return [count2, ...new Array(rank - a - 1).fill(1)];
  }
  /**
   * An int32 bias quantized with scale aScale * bScale[c] as float: Math.fround(bias * aScale * bScale[c]), c the
   * bias's last axis (output channels of a conv, columns of a Gemm).
   */
  bias(b, aScale, bScale) {
    const bt = this.consts.get(b);
    const sa = this.consts.get(aScale);
    const sb = this.consts.get(bScale);
    if (bt && sa && sb) {
      const v = toNumbers(bt);
      const a = toNumbers(sa)[0];
      const s = toNumbers(sb);
      const channels = s.length;
      const last = bt.dims.length ? bt.dims[bt.dims.length - 1] : 1;
      if (channels > 1 && v.length !== 1 && last !== channels) throw new Error(`bias '${b}' has ${last} values on its last axis, its weight has ${channels} scales`);
      const dims = channels > 1 && v.length === 1 ? [channels] : bt.dims;
      const out = new Float32Array(elementCount(dims));
      for (let i2 = 0; i2 < out.length; i2++) out[i2] = Math.fround(v[v.length === 1 ? 0 : i2] * a * s[channels > 1 ? i2 % channels : 0]);
      return this.initializer(`${b}__ql_float`, { dtype: "float32", dims, data: out });
    }
    const cast = this.step("Cast", [b], `${b}__ql_cast`, [intAttr2("to", FLOAT)]);
    return this.step("Mul", [this.step("Mul", [cast, aScale], `${b}__ql_scaled`), bScale], `${b}__ql_float`);
  }
  /** QuantizeLinear of `floatName` into `output`; `dtype` is the output's type when the zero point is absent. */
  quantize(floatName, scale, zeroPoint, output, dtype2, name) {
    this.need(10);
    let zp = zeroPoint;
    if (!zp && dtype2 && dtype2 !== "uint8") zp = this.initializer(`${output}__ql_zero_point`, { dtype: dtype2, dims: [], data: allocate(dtype2, 1) });
    this.emit("QuantizeLinear", zp ? [floatName, scale, zp] : [floatName, scale], [output], [], this.fresh(`${name}__ql_quantize`));
  }
  /** The element type of a quantized tensor: its zero point's, else what the graph declares. */
  dtypeOf(value, zeroPoint) {
    return (zeroPoint ? this.consts.get(zeroPoint)?.dtype : void 0) ?? this.declaredDtype.get(value) ?? this.consts.get(value)?.dtype;
  }
  /** The rank of a tensor, from declared shapes, constants, or the producers that fix or keep it. */
  rankOf(name, depth = 0) {
    const declared = this.declaredRank.get(name);
    if (declared !== void 0) return declared;
    const c = this.consts.get(name);
    if (c) return c.dims.length;
    const p = this.producers.get(name);
    if (!p || depth > 64) return void 0;
    const perm = ints2(p, "perm");
    if (p.op_type === "Transpose" && perm) return perm.length;
    const kernel = ints2(p, "kernel_shape");
    if (kernel && KERNEL_OPS.has(p.op_type)) return kernel.length + 2;
    if (SAME_RANK.has(p.op_type)) return this.rankOf(p.input[0], depth + 1);
    return void 0;
  }
};
var KERNEL_OPS = /* @__PURE__ */ new Set(["Conv", "QLinearConv", "ConvInteger", "AveragePool", "MaxPool", "QLinearAveragePool"]);
var SAME_RANK = /* @__PURE__ */ new Set([
  "Identity",
  "Cast",
  "Relu",
  "Clip",
  "Sigmoid",
  "LeakyRelu",
  "Softmax",
  "BatchNormalization",
  "QuantizeLinear",
  "DequantizeLinear",
  "DynamicQuantizeLinear",
  "QLinearSigmoid",
  "QLinearLeakyRelu",
  "QLinearSoftmax",
  "Conv",
  "QLinearConv",
  "ConvInteger",
  "AveragePool",
  "MaxPool",
  "QLinearAveragePool",
  "GlobalAveragePool",
  "QLinearGlobalAveragePool",
  "Transpose",
  "Pad",
  "Resize"
]);
function collectNames(g, names2) {
  for (const v of [...g.input, ...g.output, ...g.value_info, ...g.initializer]) names2.add(v.name);
  for (const n of g.node) {
    names2.add(n.name);
    for (const t of [...n.input, ...n.output]) if (t) names2.add(t);
    for (const sub of subgraphs(n)) collectNames(sub, names2);
  }
}
function dequantizeValues(q, scale, zp, axis, what) {
  const v = q.data instanceof Int8Array || q.data instanceof Uint8Array || q.data instanceof Int32Array || q.data instanceof Float32Array ? q.data : toNumbers(q);
  const out = new Float32Array(v.length);
  const channels = Math.max(scale.length, zp.length);
  if (channels === 1) {
    for (let i2 = 0; i2 < v.length; i2++) out[i2] = Math.fround((v[i2] - zp[0]) * scale[0]);
    return out;
  }
  const rank = q.dims.length;
  const a = axis === void 0 ? -1 - rank : axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank || q.dims[a] !== channels) {
    throw new Error(`'${what}' (dims [${q.dims}]) has ${channels} quantization channels, which do not match its axis ${axis ?? "(none)"}`);
  }
  const inner = elementCount(q.dims.slice(a + 1));
  for (let i2 = 0; i2 < v.length; i2++) {
    const c = Math.floor(i2 / inner) % channels;
    out[i2] = Math.fround((v[i2] - zp[zp.length > 1 ? c : 0]) * scale[scale.length > 1 ? c : 0]);
  }
  return out;
}

// src/engine/rewrite/opset-raise.ts
function defaultOpset(model) {
  const entry2 = model.opset_import.find((o) => o.domain === "" || o.domain === "ai.onnx");
  return entry2 ? num(entry2.version) : 0;
}
var MEANING_CHANGED = {
  Identity: [],
  Conv: [],
  MatMul: [],
  Transpose: [],
  Flatten: [],
  Shape: [],
  Gather: [],
  Constant: [],
  GlobalAveragePool: [],
  GlobalMaxPool: [],
  QuantizeLinear: [],
  DequantizeLinear: [],
  QLinearConv: [],
  QLinearMatMul: [],
  ConvInteger: [],
  MatMulInteger: [],
  ConstantOfShape: [],
  ReduceMean: [],
  ReduceMax: [],
  ReduceMin: [],
  Where: [],
  Expand: [],
  Range: [],
  Relu: [6],
  Sigmoid: [6],
  Tanh: [6],
  LeakyRelu: [6],
  Exp: [6],
  Log: [6],
  Sqrt: [6],
  Neg: [6],
  Abs: [6],
  Floor: [6],
  Ceil: [6],
  Cast: [6],
  Tile: [6],
  Add: [6, 7],
  Sub: [6, 7],
  Mul: [6, 7],
  Div: [6, 7],
  Pow: [7],
  Gemm: [6, 7],
  Concat: [4],
  Reshape: [5],
  BatchNormalization: [6, 7, 9],
  Clip: [6, 11],
  Softmax: [13],
  LogSoftmax: [13],
  Squeeze: [11, 13],
  Unsqueeze: [11, 13],
  ReduceSum: [13],
  Split: [2, 11, 13],
  Pad: [2, 11],
  Slice: [10],
  Resize: [11, 13],
  Upsample: [7, 9],
  MaxPool: [8, 10, 11, 12],
  AveragePool: [7, 10, 11],
  Dropout: [6, 7, 10, 12, 13],
  Max: [6, 8],
  Min: [6, 8],
  Sum: [6, 8],
  Mean: [6, 8]
};
function raiseOpset(model, current, required) {
  if (required <= current) return;
  const entry2 = model.opset_import.find((o) => o.domain === "" || o.domain === "ai.onnx");
  if (!entry2) {
    model.opset_import.push({ domain: "", version: required });
    return;
  }
  const unsafe = /* @__PURE__ */ new Set();
  const visit = (g) => {
    for (const n of g.node) {
      if (n.domain === "" || n.domain === "ai.onnx") {
        const changes = MEANING_CHANGED[n.op_type];
        if (!changes || changes.some((v) => v > current && v <= required)) unsafe.add(n.op_type);
      }
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(model.graph);
  if (unsafe.size) {
    throw new Error(`expanding the integer ops needs default-domain opset ${required}, the model has ${current}, and raising it is not known to keep the meaning of ${[...unsafe].join(", ")}`);
  }
  entry2.version = required;
}

// src/engine/emulate/graph-ops.ts
function constFloat(r, base, dims, data) {
  return r.initializer(base, { dtype: "float32", dims, data: Float32Array.from(data) });
}
function constInt64(r, base, data) {
  return r.initializer(base, { dtype: "int64", dims: [data.length], data: BigInt64Array.from(Array.from(data), (v) => BigInt(v)) });
}
function gather(r, x2, indices, axis, base) {
  return r.step("Gather", [x2, constInt64(r, `${base}_index`, indices)], base, [intAttr2("axis", axis)]);
}
function reshape(r, x2, shape, base) {
  return r.step("Reshape", [x2, constInt64(r, `${base}_shape`, shape)], base);
}
function transpose(r, x2, perm, base) {
  return r.step("Transpose", [x2], base, [intsAttr("perm", perm)]);
}
function reduceSum(r, x2, axes, base) {
  const keep = intAttr2("keepdims", 0);
  if (r.opset >= 13) return r.step("ReduceSum", [x2, constInt64(r, `${base}_axes`, axes)], base, [keep]);
  return r.step("ReduceSum", [x2], base, [intsAttr("axes", axes), keep]);
}
function padLast(r, x2, rank, count2, base) {
  const pads = [...new Array(rank).fill(0), ...new Array(rank - 1).fill(0), count2];
  if (r.opset >= 11) return r.step("Pad", [x2, constInt64(r, `${base}_pads`, pads)], base);
  return r.step("Pad", [x2], base, [intsAttr("pads", pads)]);
}
function scalar(r, base, value) {
  return constFloat(r, base, [], [value]);
}
function overflowLane(r, p, overflow, base) {
  if (overflow === "saturate") {
    const hi = r.step("Min", [p, scalar(r, `${base}_max`, 32767)], `${base}_min`);
    return r.step("Max", [hi, scalar(r, `${base}_min`, -32768)], base);
  }
  const shifted = r.step("Add", [p, scalar(r, `${base}_half`, 32768)], `${base}_shifted`);
  const turns = r.step("Floor", [r.step("Div", [shifted, scalar(r, `${base}_span`, 65536)], `${base}_turns_f`)], `${base}_turns`);
  return r.step("Sub", [p, r.step("Mul", [turns, scalar(r, `${base}_span2`, 65536)], `${base}_wrapped_by`)], base);
}

// src/engine/emulate/lane-correction.ts
function laneCorrection(r, act, rank, plan, columns, position, rule, base) {
  const entries = plan.entries;
  const count2 = entries.length;
  const keep = new Array(rank - 1).fill(0);
  const inputs = gather(r, act, entries.flatMap((e) => [position(e.column, e.k1), position(e.column, e.k2)]), rank - 1, `${base}_pair_inputs`);
  const paired = reshape(r, inputs, [...keep, count2, 2], `${base}_paired`);
  const weights = constFloat(r, `${base}_pair_weights`, [count2, 2], entries.flatMap((e) => [e.w1, e.w2]));
  const sums = reduceSum(r, r.step("Mul", [paired, weights], `${base}_products`), [rank], `${base}_pair_sums`);
  const lanes = overflowLane(r, sums, rule.overflow, `${base}_lanes`);
  const corrections = r.step("Sub", [lanes, sums], `${base}_pair_corrections`);
  const perColumn = Array.from({ length: columns }, () => []);
  entries.forEach((e, i2) => perColumn[e.column].push(i2));
  const width = plan.maxPerColumn;
  const order2 = perColumn.flatMap((list) => [...list, ...new Array(width - list.length).fill(count2)]);
  const withZero = padLast(r, corrections, rank, 1, `${base}_with_zero`);
  const grouped = reshape(r, gather(r, withZero, order2, rank - 1, `${base}_by_column`), [...keep, columns, width], `${base}_grouped`);
  return reduceSum(r, grouped, [rank], `${base}_correction`);
}

// src/engine/emulate/conv-kernel.ts
function convAccumulator(r, c, family, base) {
  const w = c.weights;
  if (w.dtype !== "int8" && w.dtype !== "uint8") return { notEmulated: `its weights are ${w.dtype}` };
  if (w.dims.length < 3) return { notEmulated: `its weights have dims [${w.dims}]` };
  const [outChannels, groupIn, ...kernel] = w.dims;
  const group = int2(c.node, "group", 1);
  const positions = elementCount(kernel);
  const convAttrs = without(c.node, "channels_last");
  const xf = r.centered(c.x, c.xZeroPoint);
  const wf = r.centered(c.weightName, c.wZeroPoint, 0);
  const exact = r.fresh(`${base}__ql_acc_exact`);
  r.emit("Conv", [xf, wf], [exact], convAttrs, c.node.name);
  const wz = c.wZeroPoint ? r.consts.get(c.wZeroPoint) : void 0;
  if (c.wZeroPoint && !wz) return { notEmulated: "its weight zero point is computed at run time" };
  const rule = convPairRule(family, {
    activation: c.activation,
    weight: w.dtype,
    group,
    groupIn,
    outChannels,
    kernelSize: positions,
    symmetric: !wz || toNumbers(wz).every((v) => v === 0)
  });
  const outcome = { rule, entries: 0, pairs: 0, columnsAtRisk: 0, worstBound: 0 };
  if (!rule) return { acc: exact, outcome };
  const plan = planWeights({ conv: { group } }, w.dims, w.data, rule, c.activation);
  Object.assign(outcome, { entries: plan.entries.length, pairs: plan.pairs, columnsAtRisk: plan.columnsAtRisk, worstBound: plan.worstBound });
  if (plan.entries.length === 0) return { acc: exact, outcome };
  const inChannels = groupIn * group;
  const oneHot = new Float32Array(inChannels * positions * positions);
  for (let ch = 0; ch < inChannels; ch++) for (let p = 0; p < positions; p++) oneHot[(ch * positions + p) * positions + p] = 1;
  const cols = r.step(
    "Conv",
    [xf, constFloat(r, `${base}__ql_im2col_kernel`, [inChannels * positions, 1, ...kernel], oneHot)],
    `${base}__ql_im2col`,
    [...without(c.node, "channels_last", "group", "kernel_shape"), intAttr2("group", inChannels), intsAttr("kernel_shape", kernel)]
  );
  const bytes = activationBytes(r, cols, c, rule.activation === "flip-u8" ? activationRange(rule, c.activation).shift : 0, base);
  const flat = transpose(r, reshape(r, bytes, [0, inChannels * positions, -1], `${base}__ql_cols_flat`), [0, 2, 1], `${base}__ql_cols_t`);
  const groupOut = outChannels / group;
  const position = (oc, k) => (Math.floor(oc / groupOut) * groupIn + k % groupIn) * positions + Math.floor(k / groupIn);
  const correction = laneCorrection(r, flat, 3, plan, outChannels, position, rule, `${base}__ql`);
  const perChannel = transpose(r, correction, [0, 2, 1], `${base}__ql_correction_nc`);
  const shaped = r.step("Reshape", [perChannel, r.step("Shape", [exact], `${base}__ql_acc_shape`)], `${base}__ql_correction_full`);
  return { acc: r.step("Add", [exact, shaped], `${base}__ql_acc`), outcome };
}
function activationBytes(r, centered, c, shift, base) {
  const z = c.xZeroPoint ? r.consts.get(c.xZeroPoint) : void 0;
  if (c.xZeroPoint && !z) {
    const zf = r.step("Cast", [c.xZeroPoint], `${base}__ql_xz_float`, [intAttr2("to", 1)]);
    const raw = r.step("Add", [centered, zf], `${base}__ql_bytes`);
    return shift ? r.step("Add", [raw, constFloat(r, `${base}__ql_flip`, [], [shift])], `${base}__ql_flipped`) : raw;
  }
  const offset = (z ? toNumbers(z)[0] : 0) + shift;
  return offset ? r.step("Add", [centered, constFloat(r, `${base}__ql_offset`, [], [offset])], `${base}__ql_bytes`) : centered;
}
function channelsFirst(r, x2, rank, base) {
  return transpose(r, x2, [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 1)], base);
}
var CHANNELS_LAST_PERM = (rank) => [0, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 2), 1];

// src/engine/emulate/matmul-kernel.ts
function matMulAccumulator(r, m, family, base) {
  if (m.b.dtype !== "int8" && m.b.dtype !== "uint8") return { notEmulated: `its B is ${m.b.dtype}` };
  if (m.b.dims.length !== 2) return { notEmulated: `its B has dims [${m.b.dims}] (a batched B is left to this machine's kernel)` };
  const [k, n] = m.b.dims;
  const exact = r.fresh(`${base}__ql_acc_exact`);
  r.emit("MatMul", [r.centered(m.a, m.aZeroPoint), r.centered(m.bName, m.bZeroPoint, -1)], [exact], [], m.name);
  const rule = pairRuleFor(family, operandPair(m.activation, m.b.dtype));
  const outcome = { rule, entries: 0, pairs: 0, columnsAtRisk: 0, worstBound: 0 };
  if (!rule) return { acc: exact, outcome };
  const plan = planWeights({ matmul: { transposed: false } }, m.b.dims, m.b.data, rule, m.activation);
  Object.assign(outcome, { entries: plan.entries.length, pairs: plan.pairs, columnsAtRisk: plan.columnsAtRisk, worstBound: plan.worstBound });
  if (plan.entries.length === 0) return { acc: exact, outcome };
  const shift = activationRange(rule, m.activation).shift;
  let bytes = r.step("Cast", [m.a], `${base}__ql_a_bytes`, [intAttr2("to", 1)]);
  if (shift) bytes = r.step("Add", [bytes, constFloat(r, `${base}__ql_flip`, [], [shift])], `${base}__ql_a_flipped`);
  const rows = reshape(r, bytes, [-1, k], `${base}__ql_a_rows`);
  const correction = laneCorrection(r, rows, 2, plan, n, (_col, kk) => kk, rule, `${base}__ql`);
  const shaped = r.step("Reshape", [correction, r.step("Shape", [exact], `${base}__ql_acc_shape`)], `${base}__ql_correction_full`);
  return { acc: r.step("Add", [exact, shaped], `${base}__ql_acc`), outcome };
}

// src/engine/emulate/outcome.ts
function isNotEmulated(x2) {
  return "notEmulated" in x2;
}

// src/engine/emulate/requantize.ts
function outputMultiplier(xScale, wScale, yScale) {
  const xs = toNumbers(xScale)[0];
  const ys = toNumbers(yScale)[0];
  return Float32Array.from(toNumbers(wScale), (ws) => Math.fround(Math.fround(xs * ws) / ys));
}
function requantize(r, q, base) {
  const perChannel = (values, what) => values.length === 1 ? constFloat(r, `${base}__ql_${what}`, [], values) : constFloat(r, `${base}__ql_${what}`, q.channelDims, values);
  let v = q.acc;
  if (q.bias) v = r.step("Add", [v, perChannel(toNumbers(q.bias), "bias")], `${base}__ql_acc_bias`);
  v = r.step("Mul", [v, perChannel(q.multiplier, "multiplier")], `${base}__ql_scaled`);
  r.quantize(v, constFloat(r, `${base}__ql_unit_scale`, [], [1]), q.yZeroPoint, q.output, q.yDtype, q.name);
}

// src/engine/emulate/integer-kernels.ts
var MS = "com.microsoft";
function emulateIntegerKernels(model, family) {
  const out = copyModel(model);
  const graph = out.graph;
  const emulated = [];
  const left = [];
  if (!graph) return { model: out, emulated, left };
  const opset = defaultOpset(out);
  const r = new Rewriter(graph, opset);
  for (const n of graph.node) {
    const handler = handlerFor(n);
    if (!handler) {
      r.nodes.push(n);
      continue;
    }
    const before = { nodes: r.nodes.length, initializers: r.initializers.length };
    const result = handler(n, r, family);
    if (isNotEmulated(result)) {
      r.nodes.length = before.nodes;
      r.initializers.length = before.initializers;
      r.nodes.push(n);
      left.push({ node: n.name, opType: n.op_type, why: result.notEmulated });
    } else {
      emulated.push({ node: n.name, opType: n.op_type, outcome: result });
    }
  }
  graph.node = r.nodes;
  graph.initializer.push(...r.initializers);
  raiseOpset(out, opset, r.requiredOpset);
  return { model: out, emulated, left };
}
function handlerFor(n) {
  const domain = n.domain === "ai.onnx" ? "" : n.domain;
  if (n.op_type === "QLinearConv" && (domain === "" || domain === MS)) return qlinearConv;
  if (domain === "" && n.op_type === "QLinearMatMul") return qlinearMatMul;
  if (domain === "" && n.op_type === "MatMulInteger") return matMulInteger;
  if (domain === MS && n.op_type === "MatMulIntegerToFloat") return matMulIntegerToFloat;
  if (domain === MS && n.op_type === "DynamicQuantizeMatMul") return dynamicQuantizeMatMul;
  return void 0;
}
var opt = (s) => s || void 0;
function activationType(r, x2, zeroPoint) {
  const t = r.dtypeOf(x2, zeroPoint);
  return t === "uint8" || t === "int8" ? t : null;
}
function constants(r, names2) {
  const values = names2.map((nm) => nm ? r.consts.get(nm) : void 0);
  return values.every((v, i2) => !names2[i2] || v) ? values : null;
}
var qlinearConv = (n, r, family) => {
  const [x2, xs, xz, w, ws, wz, ys, yz, b] = n.input;
  const weights = r.consts.get(w);
  if (!weights) return { notEmulated: "its weights are not constant" };
  const known = constants(r, [xs, ws, ys, opt(b)]);
  if (!known) return { notEmulated: "its scales or bias are computed at run time" };
  const activation = activationType(r, x2, opt(xz));
  if (!activation) return { notEmulated: "its activation type is not known" };
  const rank = weights.dims.length;
  const last = n.domain === MS && int2(n, "channels_last", 0) === 1;
  const base = n.output[0];
  const input = last ? channelsFirst(r, x2, rank, `${base}__ql_nchw_in`) : x2;
  const acc = convAccumulator(r, { x: input, xZeroPoint: opt(xz), weights, weightName: w, wZeroPoint: opt(wz), node: n, activation }, family, base);
  if (isNotEmulated(acc)) return acc;
  const [xScale, wScale, yScale, bias] = known;
  const yDtype = yz && r.consts.get(yz)?.dtype || "uint8";
  const outChannels = weights.dims[0];
  const result = last ? r.fresh(`${base}__ql_nchw_out`) : base;
  requantize(r, {
    acc: acc.acc,
    bias,
    multiplier: outputMultiplier(xScale, wScale, yScale),
    channelDims: [outChannels, ...new Array(rank - 2).fill(1)],
    yZeroPoint: opt(yz),
    yDtype,
    output: result,
    name: n.name || base
  }, base);
  if (last) r.emit("Transpose", [result], [base], [intsAttr("perm", CHANNELS_LAST_PERM(rank))], r.fresh(`${base}__ql_nhwc_out_node`));
  return acc.outcome;
};
function integerMatMul(n, r, family, a, az, b, bz, activation) {
  const bt = r.consts.get(b);
  if (!bt) return { notEmulated: "its B is not constant (a product of two activations is left to this machine's kernel)" };
  const act = activation ?? activationType(r, a, az);
  if (!act) return { notEmulated: "its activation type is not known" };
  const acc = matMulAccumulator(r, { a, aZeroPoint: az, activation: act, b: bt, bName: b, bZeroPoint: bz, name: n.name }, family, n.output[0]);
  return isNotEmulated(acc) ? acc : { ...acc, b: bt };
}
var qlinearMatMul = (n, r, family) => {
  const [a, as, az, b, bs, bz, ys, yz] = n.input;
  const known = constants(r, [as, bs, ys]);
  if (!known) return { notEmulated: "its scales are computed at run time" };
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  const base = n.output[0];
  const [aScale, bScale, yScale] = known;
  requantize(r, {
    acc: acc.acc,
    bias: void 0,
    multiplier: outputMultiplier(aScale, bScale, yScale),
    channelDims: [acc.b.dims[1]],
    yZeroPoint: opt(yz),
    yDtype: yz && r.consts.get(yz)?.dtype || "uint8",
    output: base,
    name: n.name || base
  }, base);
  return acc.outcome;
};
var matMulInteger = (n, r, family) => {
  const [a, b, az, bz] = n.input;
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  r.emit("Cast", [acc.acc], [n.output[0]], [intAttr2("to", 6)], r.fresh(`${n.name || n.output[0]}__ql_cast`));
  return acc.outcome;
};
function scaleAndBias(r, acc, aScale, bScale, bias, output, name) {
  const multiplier = r.step("Mul", [aScale, bScale], `${output}__ql_multiplier`);
  if (!bias) {
    r.emit("Mul", [acc, multiplier], [output], [], r.fresh(`${name}__ql_scale`));
    return;
  }
  const scaled = r.step("Mul", [acc, multiplier], `${output}__ql_scaled`);
  r.emit("Add", [scaled, bias], [output], [], r.fresh(`${name}__ql_bias`));
}
var matMulIntegerToFloat = (n, r, family) => {
  const [a, b, as, bs, az, bz, bias] = n.input;
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  scaleAndBias(r, acc.acc, as, bs, opt(bias), n.output[0], n.name || n.output[0]);
  return acc.outcome;
};
var dynamicQuantizeMatMul = (n, r, family) => {
  const [a, b, bs, bz, bias] = n.input;
  if (!r.consts.get(b)) return { notEmulated: "its B is not constant" };
  const base = n.output[0];
  const aq = r.fresh(`${base}__ql_a_quantized`);
  const as = r.fresh(`${base}__ql_a_scale`);
  const az = r.fresh(`${base}__ql_a_zero_point`);
  r.emit("DynamicQuantizeLinear", [a], [aq, as, az], [], r.fresh(`${n.name || base}__ql_quantize_a`));
  r.need(11);
  const acc = integerMatMul(n, r, family, aq, az, b, opt(bz), "uint8");
  if (isNotEmulated(acc)) return acc;
  scaleAndBias(r, acc.acc, as, bs, opt(bias), base, n.name || base);
  return acc.outcome;
};

// src/engine/emulate/capture-at-target.ts
async function captureAtTarget(engine, c) {
  const session = sessionSpec(c.target, c.freeDims, c.threads);
  if (!c.target.emulates) return engine.call("capture", { model: { bytes: c.bytes }, session, feeds: c.feeds, keptFeeds: c.keptFeeds, fetch: c.fetch }, { signal: c.signal });
  const dir = fs16.mkdtempSync(path14.join(cacheRoot(), "emulate-"));
  try {
    const compiled = path14.join(dir, "compiled.onnx");
    await engine.call("compile", { model: { bytes: c.bytes }, session, optimizedPath: compiled, exposeTypes: false }, { signal: c.signal });
    const { model } = emulateIntegerKernels(readModel(compiled).model, kernelFamily(c.target.emulates));
    const disabled = { ...session, level: "disabled", config: {} };
    return await engine.call("capture", { model: { bytes: encodeModel(model) }, session: disabled, feeds: c.feeds, keptFeeds: c.keptFeeds, fetch: c.fetch }, { signal: c.signal });
  } finally {
    fs16.rmSync(dir, { recursive: true, force: true });
  }
}

// src/engine/compare/local/local-run.ts
var encodedModels = /* @__PURE__ */ new WeakMap();
function encoded(local) {
  let bytes = encodedModels.get(local);
  if (!bytes) encodedModels.set(local, bytes = encodeModel(local.model));
  return bytes;
}
async function runLayersAlone(ctx, plan, value) {
  const failures = [];
  const run = async (picks, built) => {
    const local = built ?? buildPlanModel(ctx, picks);
    const held = ctx.held;
    const kept = held ? keptFeeds(local, held.fetch, held.kept, ctx.inputs) : null;
    const feeds = engineFeeds(local, value, ctx.inputs, kept && held ? held.fetch : void 0);
    const engine = kept ? ctx.engines.reference() : ctx.engines.model;
    const fetch = local.outputs.map((o) => o.local);
    const bytes = encoded(local);
    const at = (target2) => captureAtTarget(engine, { bytes, target: target2, freeDims: ctx.model.run.session.freeDims, threads: ctx.threads, feeds, keptFeeds: kept ?? void 0, fetch, signal: ctx.signal });
    try {
      const atModel = await at(ctx.model.target);
      const atReference = ctx.referenceTarget ? await at(ctx.referenceTarget) : null;
      ctx.engines.notePeak(kept ? "reference" : "model", atModel.peakRssMb);
      return [{ local, atModel, atReference }];
    } catch (err2) {
      if (!(err2 instanceof RuntimeError)) throw err2;
      if (picks.length === 1) {
        failures.push(`${ctx.units[picks[0].unit].name}: ${err2.message.split("\n")[0].slice(0, 200)}`);
        return [];
      }
      const half = Math.ceil(picks.length / 2);
      return [...await run(picks.slice(0, half), null), ...await run(picks.slice(half), null)];
    }
  };
  return { results: await run(plan.picks, plan.model), failures };
}

// src/engine/compare/local/local-sqnr.ts
var NCHW = { kind: "NCHW", block: null, channels: null };
function foldLocalSqnr(stats, result, output, source, reference) {
  const quant = source.values.get(output.tensor)?.quant ?? null;
  result.atModel.outputs.forEach((outs, k) => {
    const mine = normalizeTensor(outs[output.local], NCHW, quant);
    const theirs = result.atReference ? normalizeTensor(result.atReference.outputs[k][output.local], NCHW, quant) : reference(k);
    if (!theirs || mine.data.length !== theirs.data.length) return;
    stats.local.add(pairMetrics(theirs.data, mine.data, null).sqnrDb ?? SQNR_CAP_DB);
  });
}

// src/engine/compare/align/choose-by-values.ts
function sqnrDb(ref, x2) {
  let signal = 0;
  let noise = 0;
  for (let i2 = 0; i2 < ref.length; i2++) {
    const r = ref[i2];
    const e = r - x2[i2];
    signal += r * r;
    noise += e * e;
  }
  if (Number.isNaN(noise) || Number.isNaN(signal)) return -Infinity;
  if (noise === 0) return Infinity;
  return 10 * Math.log10(signal / noise);
}
function formatDb(db) {
  if (db === Infinity) return "exact";
  if (db === -Infinity) return "-inf dB";
  return `${db.toFixed(1)} dB`;
}
var MAX_GRID_LEVELS = 4096;
var GRID_TOLERANCE = 1e-3;
var ON_GRID_SHARE = 0.99;
function onGrid(v, step) {
  const k = v / step;
  return Math.abs(k - Math.round(k)) <= GRID_TOLERANCE;
}
function gridStep(values) {
  const distinct = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (v === 0) continue;
    distinct.add(v);
    if (distinct.size > MAX_GRID_LEVELS) return null;
  }
  const sorted = Float64Array.from(distinct).sort();
  const close = 1e-5 * Math.max(Math.abs(sorted[0] ?? 0), Math.abs(sorted[sorted.length - 1] ?? 0));
  const levels = sorted.filter((v, i2) => i2 === 0 || v - sorted[i2 - 1] > close);
  if (levels.length < 3) return null;
  let step = Infinity;
  for (let i2 = 1; i2 < levels.length; i2++) step = Math.min(step, levels[i2] - levels[i2 - 1]);
  return levels.every((v) => onGrid(v, step)) ? step : null;
}
function refOnGrid(ref, step) {
  let nonZero = 0;
  let on = 0;
  for (const v of ref) {
    if (v === 0) continue;
    nonZero++;
    if (onGrid(v, step)) on++;
  }
  return nonZero >= 3 && on >= ON_GRID_SHARE * nonZero;
}
function chooseByValues(ref, candidates) {
  if (candidates.length === 0) throw new Error("chooseByValues needs at least one candidate");
  const several = candidates.length > 1;
  const scored = candidates.map((c, order2) => {
    const fits = c.values.length === ref.length;
    const step = fits && several ? gridStep(c.values) : null;
    const grid = step !== null && refOnGrid(ref, step);
    return { tensor: c.tensor, order: order2, fits, grid, count: c.values.length, db: fits ? sqnrDb(ref, c.values) : -Infinity };
  });
  scored.sort((a, b) => Number(b.grid) - Number(a.grid) || (a.db === b.db ? a.order - b.order : b.db - a.db));
  const [best, ...others] = scored;
  if (others.length === 0) return { tensor: best.tensor, note: null };
  const text = (s) => {
    if (!s.fits) return `${s.tensor} (${s.count} values, not ${ref.length})`;
    const tie = s !== best && s.db === best.db && s.grid === best.grid ? ", a tie: the earlier candidate wins" : "";
    return `${s.tensor} (${formatDb(s.db)}${s.grid ? ", on the reference's quantization grid" : ""}${tie})`;
  };
  const shown = others.slice(0, 3).map(text).join(", ");
  const more = others.length > 3 ? ` and ${others.length - 3} more` : "";
  return { tensor: best.tensor, note: `decided by values: ${text(best)} over ${shown}${more}` };
}
function decideCandidate(row, captured, ref) {
  const candidates = row.model.flatMap((m) => {
    const n = normalizeAt(captured[m.at.fetch], m.at, captured);
    return n.data.length === ref.data.length ? [{ tensor: m.tensor, values: n.data }] : [];
  });
  if (candidates.length === 0) return null;
  const choice = chooseByValues(ref.data, candidates);
  return { chosen: row.model.findIndex((m) => m.tensor === choice.tensor), note: choice.note };
}

// src/engine/compare/metrics/measure-pair.ts
function measurePair(row, stats, captured, reference, first, gridOf) {
  if (first && row.model.length > 1) {
    const choice = decideCandidate(row, captured, reference);
    if (choice) {
      stats.chosen = choice.chosen;
      if (choice.note) stats.choiceNote = choice.note;
    }
  }
  const candidate = row.model[stats.chosen];
  const t = captured[candidate.at.fetch];
  const actual = normalizeAt(t, candidate.at, captured);
  stats.dtype = t.dtype;
  stats.layout = layoutName(candidate.at.value.layout);
  if (actual.dims.join(",") !== reference.dims.join(",")) {
    stats.error = `shape [${actual.dims}] on the model side, [${reference.dims}] in the reference`;
    return null;
  }
  if (!!actual.raw !== !!reference.raw) {
    const [raw, real] = actual.raw ? ["model side", "reference"] : ["reference", "model side"];
    stats.error = `not compared: the ${raw} holds ${actual.raw ? t.dtype : "integer"} values on no known quantization grid, the ${real} real values`;
    return null;
  }
  const rowGrid2 = gridOf(candidate);
  const grid = rowGrid2.quant?.runtime ? { ...rowGrid2, quant: runtimeGrid(rowGrid2.quant, captured) } : rowGrid2;
  const perChannel = grid.quant && grid.quant.scale.length > 1 ? { axis: grid.quant.axis ?? 1, dims: actual.dims } : void 0;
  const detail = pairMetrics(reference.data, actual.data, grid.quant, perChannel);
  stats.addPair(detail);
  return { candidate, reference, actual, detail, grid };
}

// src/engine/compare/metrics/aggregate.ts
var FIELDS = ["sqnrDb", "cosine", "maxAbs", "meanAbs", "errSteps", "clippedFraction"];
var LOWER_IS_WORSE = /* @__PURE__ */ new Set(["sqnrDb", "cosine"]);
var perField = (value) => Object.fromEntries(FIELDS.map((f2) => [f2, value()]));
var MetricsFold = class {
  /** Inputs folded in. */
  count = 0;
  sums = perField(() => 0);
  counts = perField(() => 0);
  worsts = perField(() => null);
  add(m) {
    this.count++;
    for (const f2 of FIELDS) {
      const v = m[f2];
      if (v === null) continue;
      this.sums[f2] += v;
      this.counts[f2]++;
      const w = this.worsts[f2];
      this.worsts[f2] = w === null ? v : LOWER_IS_WORSE.has(f2) ? Math.min(w, v) : Math.max(w, v);
    }
  }
  mean() {
    const out = perField(() => null);
    for (const f2 of FIELDS) if (this.counts[f2]) out[f2] = this.sums[f2] / this.counts[f2];
    return out;
  }
  worst() {
    return { ...this.worsts };
  }
};
var LocalFold = class {
  count = 0;
  sum = 0;
  min = Infinity;
  add(db) {
    this.count++;
    this.sum += db;
    this.min = Math.min(this.min, db);
  }
  mean() {
    return this.count ? this.sum / this.count : null;
  }
  worst() {
    return this.count ? this.min : null;
  }
};

// src/engine/compare/metrics/row-stats.ts
var RowStats = class {
  /** The model-side candidate compared (an index into Row.model), decided by values on the first input. */
  chosen = 0;
  /** How values decided among candidates, when they did. */
  choiceNote = null;
  dtype = null;
  refDtype = null;
  /** The chosen tensor's layout name at the target (NCHW, NHWC, NCHW8c, unknown). */
  layout = null;
  /** Why the row could not be compared (the shapes differ); it is then reported unmatched. */
  error = null;
  pairs = new MetricsFold();
  local = new LocalFold();
  widest = null;
  addPair(d) {
    this.pairs.add(d);
    if (!this.widest || (d.clippedFraction ?? 0) > (this.widest.clippedFraction ?? 0)) {
      this.widest = { clippedFraction: d.clippedFraction, coverScale: d.coverScale, levelsUsed: d.levelsUsed };
    }
  }
};

// src/engine/compare/reference/reference.ts
var path16 = __toESM(require("path"));

// src/engine/compare/sides/sides.ts
var fs18 = __toESM(require("fs"));
var path15 = __toESM(require("path"));

// src/engine/emulate/emulated-model.ts
var fs17 = __toESM(require("fs"));
var EMULATION_VERSION = "v1";
function emulatedModel(compiledPath, family) {
  const file = `${compiledPath}.${family.id}.${EMULATION_VERSION}.onnx`;
  const summaryFile = `${file}.json`;
  const cached = readJson(summaryFile);
  if (cached && fs17.existsSync(file)) return { path: file, ...cached };
  const { model, emulated, left } = emulateIntegerKernels(readModel(compiledPath).model, family);
  writeModel(model, file);
  writeFileAtomic(summaryFile, JSON.stringify({ emulated, left }));
  return { path: file, emulated, left };
}

// src/engine/compare/sides/expand-integer-ops.ts
var MS2 = "com.microsoft";
function isExpandableIntegerOp(n) {
  return n.domain === MS2 ? n.op_type in MS_OPS2 : (n.domain === "" || n.domain === "ai.onnx") && n.op_type in ONNX_OPS;
}
function expandIntegerOps(model, only) {
  const out = copyModel(model);
  const graph = out.graph;
  const chosen = (n) => isExpandableIntegerOp(n) && (!only || only.has(n.name));
  if (!graph || !graph.node.some(chosen)) return { model: out, expanded: [] };
  const opset = defaultOpset(out);
  const r = new Rewriter(graph, opset);
  const expanded = [];
  const consumedByExpanded = /* @__PURE__ */ new Set();
  for (const n of graph.node) {
    if (!chosen(n)) {
      r.nodes.push(n);
      continue;
    }
    (n.domain === MS2 ? MS_OPS2 : ONNX_OPS)[n.op_type](n, r);
    expanded.push({ node: n.name, opType: n.op_type });
    for (const i2 of n.input) if (i2) consumedByExpanded.add(i2);
  }
  graph.node = r.nodes;
  graph.initializer.push(...r.initializers);
  dropUnusedInitializers(graph, consumedByExpanded);
  raiseOpset(out, opset, r.requiredOpset);
  return { model: out, expanded };
}
function floatThenQuantize(n, r, opType, inputs, attrs, ys, yz, dtype2) {
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], attrs, n.name);
  r.quantize(yf, ys, yz || void 0, n.output[0], dtype2, n.name || n.output[0]);
}
var opt2 = (s) => s || void 0;
var unary = (opType, drop = []) => (n, r) => {
  const [x2, xs, xz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(x2, xs, opt2(xz))], without(n, ...drop), ys, yz, r.dtypeOf(x2, opt2(xz)));
};
var binary = (opType) => (n, r) => {
  const [a, as, az, b, bs, bz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(a, as, opt2(az)), r.dequantize(b, bs, opt2(bz))], n.attribute, ys, yz, r.dtypeOf(a, opt2(az)));
};
var integerAccumulate = (opType, aAxis, bAxis) => (n, r) => {
  const [a, b, az, bz] = n.input;
  const inputs = [r.centered(a, opt2(az), aAxis), r.centered(b, opt2(bz), bAxis)];
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], n.attribute, n.name);
  r.emit("Cast", [yf], [n.output[0]], [intAttr2("to", INT32)], r.fresh(`${n.name || n.output[0]}__ql_cast`));
};
var ONNX_OPS = {
  QLinearConv: (n, r) => {
    const [x2, xs, xz, w, ws, wz, ys, yz, b] = n.input;
    const inputs = [r.dequantize(x2, xs, opt2(xz)), r.dequantize(w, ws, opt2(wz), 0)];
    if (b) inputs.push(r.bias(b, xs, ws));
    floatThenQuantize(n, r, "Conv", inputs, n.attribute, ys, yz, r.dtypeOf(x2, opt2(xz)));
  },
  QLinearMatMul: (n, r) => {
    const [a, as, az, b, bs, bz, ys, yz] = n.input;
    floatThenQuantize(n, r, "MatMul", [r.dequantize(a, as, opt2(az), -2), r.dequantize(b, bs, opt2(bz), -1)], n.attribute, ys, yz, r.dtypeOf(a, opt2(az)));
  },
  ConvInteger: integerAccumulate("Conv", void 0, 0),
  MatMulInteger: integerAccumulate("MatMul", -2, -1)
};
var MS_OPS2 = {
  QLinearAdd: binary("Add"),
  QLinearMul: binary("Mul"),
  QLinearSigmoid: unary("Sigmoid"),
  QLinearLeakyRelu: unary("LeakyRelu"),
  QLinearSoftmax: (n, r) => {
    const [x2, xs, xz, ys, yz] = n.input;
    const yf = r.fresh(`${n.output[0]}__ql_float`);
    softmax(n, r, r.dequantize(x2, xs, opt2(xz)), yf);
    r.quantize(yf, ys, opt2(yz), n.output[0], r.dtypeOf(x2, opt2(xz)), n.name || n.output[0]);
  },
  QLinearGlobalAveragePool: (n, r) => {
    const [x2, xs, xz, ys, yz] = n.input;
    const xf = r.dequantize(x2, xs, opt2(xz));
    if (!int2(n, "channels_last", 0)) {
      floatThenQuantize(n, r, "GlobalAveragePool", [xf], without(n, "channels_last"), ys, yz, r.dtypeOf(x2, opt2(xz)));
      return;
    }
    const rank = r.rankOf(x2);
    if (rank === void 0) throw new Error(`${n.op_type} '${n.name}' (channels_last): the rank of its input '${x2}' is not known, so its spatial axes are not either`);
    const axes = Array.from({ length: rank - 2 }, (_, i2) => i2 + 1);
    const keep = intAttr2("keepdims", 1);
    if (r.opset >= 18) {
      const axesName = r.initializer(`${n.output[0]}__ql_axes`, { dtype: "int64", dims: [axes.length], data: BigInt64Array.from(axes, BigInt) });
      floatThenQuantize(n, r, "ReduceMean", [xf, axesName], [keep], ys, yz, r.dtypeOf(x2, opt2(xz)));
    } else {
      floatThenQuantize(n, r, "ReduceMean", [xf], [intsAttr("axes", axes), keep], ys, yz, r.dtypeOf(x2, opt2(xz)));
    }
  },
  QLinearAveragePool: (n, r) => {
    const [x2, xs, xz, ys, yz] = n.input;
    let xf = r.dequantize(x2, xs, opt2(xz));
    const attrs = without(n, "channels_last");
    if (!int2(n, "channels_last", 0)) {
      floatThenQuantize(n, r, "AveragePool", [xf], attrs, ys, yz, r.dtypeOf(x2, opt2(xz)));
      return;
    }
    const kernel = ints2(n, "kernel_shape");
    if (!kernel) throw new Error(`${n.op_type} '${n.name}' has no kernel_shape`);
    const rank = kernel.length + 2;
    const toFirst = [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 1)];
    const toLast = [0, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 2), 1];
    xf = r.step("Transpose", [xf], `${xf}__ql_nchw`, [intsAttr("perm", toFirst)]);
    const pooled = r.fresh(`${n.output[0]}__ql_nchw`);
    r.emit("AveragePool", [xf], [pooled], attrs, n.name);
    const back = r.step("Transpose", [pooled], `${n.output[0]}__ql_float`, [intsAttr("perm", toLast)]);
    r.quantize(back, ys, opt2(yz), n.output[0], r.dtypeOf(x2, opt2(xz)), n.name || n.output[0]);
  },
  QLinearConcat: (n, r) => {
    const [ys, yz, ...rest] = n.input;
    const inputs = [];
    for (let i2 = 0; i2 < rest.length; i2 += 3) inputs.push(r.dequantize(rest[i2], rest[i2 + 1], opt2(rest[i2 + 2])));
    floatThenQuantize(n, r, "Concat", inputs, n.attribute, ys, yz, r.dtypeOf(rest[0], opt2(rest[2])));
  },
  QGemm: (n, r) => {
    const [a, as, az, b, bs, bz, c, ys, yz] = n.input;
    const transB = int2(n, "transB", 0);
    const inputs = [r.dequantize(a, as, opt2(az)), r.dequantize(b, bs, opt2(bz), transB ? 0 : 1)];
    const alpha = attr2(n, "alpha") ? attr2(n, "alpha").f : 1;
    const attrs = [...n.attribute];
    if (c) {
      inputs.push(r.bias(c, as, bs));
      attrs.push(floatAttr("beta", alpha));
    } else if (r.opset < 11) {
      inputs.push(r.initializer(`${n.output[0]}__ql_zero_bias`, { dtype: "float32", dims: [], data: new Float32Array(1) }));
    }
    if (!ys) {
      r.emit("Gemm", inputs, [n.output[0]], attrs, n.name);
      return;
    }
    if (!yz) {
      const yf = r.fresh(`${n.output[0]}__ql_float`);
      r.emit("Gemm", inputs, [yf], attrs, n.name);
      r.emit("Div", [yf, ys], [n.output[0]], [], r.fresh(`${n.name || n.output[0]}__ql_div`));
      return;
    }
    floatThenQuantize(n, r, "Gemm", inputs, attrs, ys, yz, void 0);
  },
  MatMulIntegerToFloat: (n, r) => {
    const [a, b, as, bs, az, bz, bias] = n.input;
    const inputs = [r.dequantize(a, as, opt2(az), -1), r.dequantize(b, bs, opt2(bz), -1)];
    if (!bias) {
      r.emit("MatMul", inputs, [n.output[0]], [], n.name);
      return;
    }
    const mm = r.fresh(`${n.output[0]}__ql_matmul`);
    r.emit("MatMul", inputs, [mm], [], n.name);
    r.emit("Add", [mm, bias], [n.output[0]], [], r.fresh(`${n.name || n.output[0]}__ql_bias`));
  },
  /** The runtime's fused dynamic matmul: A quantized at run time (DynamicQuantizeLinear), then as MatMulIntegerToFloat. */
  DynamicQuantizeMatMul: (n, r) => {
    const [a, b, bs, bz, bias] = n.input;
    const base = n.name || n.output[0];
    const [aq, as, az] = [r.fresh(`${a}__ql_quantized`), r.fresh(`${a}__ql_scale`), r.fresh(`${a}__ql_zero_point`)];
    r.emit("DynamicQuantizeLinear", [a], [aq, as, az], [], r.fresh(`${base}__ql_dynamic_quantize`));
    const inputs = [r.dequantize(aq, as, az), r.dequantize(b, bs, opt2(bz), -1)];
    if (!bias) {
      r.emit("MatMul", inputs, [n.output[0]], [], n.name);
      return;
    }
    const mm = r.fresh(`${n.output[0]}__ql_matmul`);
    r.emit("MatMul", inputs, [mm], [], n.name);
    r.emit("Add", [mm, bias], [n.output[0]], [], r.fresh(`${base}__ql_bias`));
  }
};
function softmax(n, r, xf, yf) {
  const meant = int2(n, "opset", r.opset);
  const axis = int2(n, "axis", meant >= 13 ? -1 : 1);
  if (meant >= 13 === r.opset >= 13) {
    r.emit("Softmax", [xf], [yf], [intAttr2("axis", axis)], n.name);
    return;
  }
  if (meant < 13) {
    const shape = r.step("Shape", [xf], `${yf}_shape`);
    const flat = r.step("Flatten", [xf], `${yf}_2d`, [intAttr2("axis", axis)]);
    const rows = r.fresh(`${yf}_rows`);
    r.emit("Softmax", [flat], [rows], [intAttr2("axis", -1)], n.name);
    r.emit("Reshape", [rows, shape], [yf], [], r.fresh(`${yf}_reshape`));
    return;
  }
  const rank = r.rankOf(n.input[0]);
  if (axis !== -1 && (rank === void 0 || axis !== rank - 1)) {
    throw new Error(`${n.op_type} '${n.name}' means opset-13 Softmax on axis ${axis}, which the model's opset ${r.opset} cannot express`);
  }
  r.emit("Softmax", [xf], [yf], [intAttr2("axis", -1)], n.name);
}

// src/engine/compare/sides/sides.ts
function disabledSession(freeDims, threads) {
  return { provider: "cpu", level: "disabled", config: {}, freeDims, threads };
}
function parseModel(file) {
  const loaded = readModel(file);
  const { graph, consts } = buildIR(loaded.model);
  return { loaded, graph, consts };
}
function freeDimsOf(g, dims) {
  return Object.fromEntries(Object.entries(symbolicDims(g, pick(g, dims))).map(([k, v]) => [k, v.value]));
}
function pick(g, dims) {
  const names2 = /* @__PURE__ */ new Set();
  for (const i2 of g.inputs) for (const d of g.values.get(i2)?.shape ?? []) if (typeof d === "string") names2.add(d);
  return Object.fromEntries(Object.entries(dims).filter(([k]) => names2.has(k)));
}
function referenceSide(file, target2, opts, loaded) {
  const model = loaded ?? readModel(file).model;
  const { graph: source, consts } = buildIR(model);
  assignLayouts(source, { nchwcBlock: null });
  return {
    file,
    target: target2,
    model,
    source,
    consts,
    run: { model: exactModel(file, model, !!loaded), session: disabledSession(freeDimsOf(source, opts.dims), opts.threads) },
    locate: (t) => {
      const v = source.values.get(t);
      return v && !v.initializer ? { fetch: t, value: v } : null;
    },
    compiledOnly: [],
    repairs: [],
    compiled: null,
    report: null,
    kernels: null,
    emulation: null
  };
}
function exactModel(file, model, inMemory) {
  if (model.graph?.node.some(isExpandableIntegerOp)) return { bytes: encodeModel(expandIntegerOps(model).model) };
  return inMemory ? { bytes: encodeModel(model) } : { path: path15.resolve(file) };
}
function repairedCopy(file, outcome) {
  const offers = outcome.report.failure?.repairs ?? [];
  if (offers.length === 0) return null;
  const model = readModel(file).model;
  const repairs = [];
  for (const o of offers) {
    const r = repairById(o.id);
    if (r) repairs.push({ id: r.id, title: r.title, count: r.apply(model) });
  }
  const out = path15.join(cacheRoot(), "repaired", `${hashParts("repaired-v1", outcome.loaded.contentHash, repairs.map((r) => r.id).join(","))}.onnx`);
  if (!fs18.existsSync(out)) {
    fs18.mkdirSync(path15.dirname(out), { recursive: true });
    writeModel(model, out);
  }
  return { file: out, repairs };
}
async function targetSide(file, target2, opts, parsed) {
  if (target2.id === "reference") return referenceSide(file, target2, opts, parsed?.loaded.model);
  const given = parsed ?? parseModel(file);
  const dims = pick(given.graph, opts.dims);
  let outcome = await compileModel(file, { target: target2, engine: opts.engine, dims, threads: opts.threads, signal: opts.signal, onProgress: opts.onProgress, parsed: given });
  let repairs = [];
  let repairedFile;
  if (!outcome.compiled) {
    const repaired = repairedCopy(file, outcome);
    const failure = outcome.report.failure;
    if (repaired) {
      opts.onProgress?.(`${target2.id} cannot compile ${path15.basename(file)} as written; applying ${repaired.repairs.map((r) => r.id).join(" + ")} in memory`);
      outcome = await compileModel(repaired.file, { target: target2, engine: opts.engine, dims, threads: opts.threads, signal: opts.signal, onProgress: opts.onProgress });
      repairs = repaired.repairs;
      repairedFile = repaired.file;
    }
    if (!outcome.compiled) {
      throw new QuantLensError("compile-failed", `${target2.id} cannot compile this model: failed at level ${failure.level}${failure.optimizer ? ` in ${failure.optimizer}` : ""}${failure.node ? ` (node ${failure.node})` : ""}: ${failure.cause}; targets that work: ${failure.workingTargets.join(", ") || "none"}`, file);
    }
  }
  const compiled = outcome.compiled;
  const model = outcome.loaded.model;
  const consts = outcome.sourceConsts;
  const links = mapCompiledToSource(outcome.source, compiled);
  const linked = new Set(links.values());
  const moved = (op) => LAYOUT_OPS.has(op) || op === "Cast";
  const relayout = (t) => {
    const v = compiled.values.get(t);
    const p = v && v.producer >= 0 ? compiled.nodes[v.producer] : void 0;
    if (p && moved(p.opType) && linked.has(p.inputs[0])) return true;
    return !!v && v.consumers.some((c) => moved(compiled.nodes[c].opType) && linked.has(compiled.nodes[c].outputs[0]));
  };
  const plumbing = (t) => /^(int64|int32|bool)$/.test(compiled.values.get(t)?.dtype ?? "");
  const constant = staticValues(compiled);
  const compiledOnly = compiled.nodes.flatMap((n) => n.outputs).filter((t) => t && !linked.has(t) && !constant.has(t) && !relayout(t) && !plumbing(t));
  const kernels = kernelFacts(target2, outcome.probe);
  const emulated = target2.emulates ? emulatedModel(outcome.report.compiledModelPath, kernels.family) : null;
  return {
    file,
    target: target2,
    model,
    source: outcome.source,
    consts,
    run: { model: { path: emulated?.path ?? outcome.report.compiledModelPath }, session: disabledSession(freeDimsOf(outcome.source, opts.dims), opts.threads) },
    locate: (t) => {
      const c = links.get(t);
      const v = c ? compiled.values.get(c) : void 0;
      return c && v ? { fetch: c, value: v } : null;
    },
    fusedInto: (t) => {
      const p = outcome.source.values.get(t)?.producer ?? -1;
      if (p < 0 || links.has(t)) return null;
      const name = outcome.source.nodes[p].name;
      return compiled.nodes.find((n) => n.origin.includes(name))?.name ?? null;
    },
    compiledOnly,
    repairs,
    repairedFile,
    compiled,
    report: outcome.report,
    kernels,
    emulation: emulated ? { emulated: emulated.emulated, left: emulated.left } : null
  };
}

// src/engine/compare/reference/reference.ts
function sameModel(r) {
  return r.kind === "exact" || r.kind === "target";
}
function referenceSideOf(r) {
  return r.kind === "activations" ? null : r.side;
}
function referenceFile(opts) {
  if (!opts.reference) throw badInput(void 0, "this comparison needs --reference");
  return opts.reference;
}
async function openSides(opts, mode, sideOpts, parsed) {
  const activations = mode === "activations" ? readTensorFile(referenceFile(opts)) : null;
  sideOpts.onProgress?.(`compiling ${path16.basename(opts.model)} for ${opts.target.id}`);
  const model = await targetSide(opts.model, opts.target, sideOpts, parsed);
  switch (mode) {
    case "compiled-vs-source":
      return { model, reference: { kind: "exact", side: referenceSide(model.file, opts.referenceTarget, sideOpts, model.model), file: model.file } };
    case "target-vs-target":
      return { model, reference: { kind: "target", side: await targetSide(opts.model, opts.referenceTarget, sideOpts, parsed), file: model.file } };
    case "quant-vs-float": {
      const file = referenceFile(opts);
      const side = opts.referenceTarget.id === "reference" ? referenceSide(file, opts.referenceTarget, sideOpts) : await targetSide(file, opts.referenceTarget, sideOpts);
      return { model, reference: { kind: "float-twin", side, file: path16.resolve(file) } };
    }
    case "activations": {
      const file = referenceFile(opts);
      return { model, reference: { kind: "activations", tensors: activations ?? readTensorFile(file), file: path16.resolve(file) } };
    }
  }
}
function referenceFeeds(reference, model, samples) {
  if (reference.kind !== "float-twin") return samples;
  const from = model.source.inputs;
  const to = reference.side.source.inputs;
  if (from.length !== to.length) throw badInput(reference.side.file, `the reference has ${to.length} inputs, the model ${from.length}: they cannot take the same input`);
  return samples.map((s) => Object.fromEntries(to.map((name, i2) => [name, { ...s[from[i2]], name }])));
}

// src/engine/compare/reference/reference-values.ts
function chunkReference(reference, wanted, captured, inputs) {
  const dtypes = /* @__PURE__ */ new Map();
  if (reference.kind === "activations") {
    const one = new Map(wanted.map(({ row, reference: r }) => {
      const t = r.kind === "key" ? reference.tensors.get(r.key) : void 0;
      if (!t) throw new Error(`row ${row} names no entry of the activations file`);
      dtypes.set(row, t.dtype);
      return [row, { dims: t.dims, data: toFloat32(t), note: null, .../int/.test(t.dtype) ? { raw: true } : {} }];
    }));
    return { values: Array.from({ length: inputs }, () => one), dtypes };
  }
  if (!captured) throw new Error("the reference side was not captured");
  const located = wanted.map(({ row, reference: r }) => {
    if (r.kind !== "tensor") throw new Error(`row ${row} names no tensor of the reference side`);
    return { row, at: r.at };
  });
  for (const { row, at } of located) dtypes.set(row, captured.outputs[0][at.fetch]?.dtype ?? null);
  const values = captured.outputs.map((o) => new Map(located.map(({ row, at }) => [row, normalizeAt(o[at.fetch], at, o)])));
  return { values, dtypes };
}
function referenceFetch(wanted) {
  return [...new Set(wanted.flatMap(({ reference: r }) => r.kind === "tensor" ? [r.at.fetch, ...gridFetch(r.at)] : []))];
}

// src/engine/compare/report/kept-pairs.ts
var NOTABLE_PAIR_BYTES = 128 * 1024 * 1024;
var OTHER_PAIR_BYTES = 64 * 1024 * 1024;
var KeptPairs = class {
  constructor(request, threshold, graphOutputs) {
    this.request = request;
    this.threshold = threshold;
    this.graphOutputs = graphOutputs;
    this.wanted = new Set(request.tensors);
    this.outputs = new Set(graphOutputs);
  }
  request;
  threshold;
  graphOutputs;
  wanted;
  outputs;
  kept = /* @__PURE__ */ new Map();
  /** Kept rows below the threshold: the rows a user opens first (the editor lists them on top), so they are written. */
  below = /* @__PURE__ */ new Set();
  /** Kept rows that are neither asked for nor candidates: written whatever the report finds. */
  others = /* @__PURE__ */ new Set();
  bytes = 0;
  otherBytes = 0;
  offer(index, row, node, pair) {
    const asked = this.wanted.has(row.tensor) || this.wanted.has(pair.candidate.tensor) || node !== null && this.wanted.has(node);
    if (!asked && !this.request.notable) return;
    const candidate = couldBeCulprit(pair.detail.sqnrDb, this.threshold) || this.outputs.has(row.tensor);
    const bytes = (pair.reference.data.length + pair.actual.data.length) * 4;
    if (asked || candidate) {
      if (!asked && this.bytes + bytes > NOTABLE_PAIR_BYTES) return;
      this.bytes += bytes;
    } else {
      if (this.otherBytes + bytes > OTHER_PAIR_BYTES) return;
      this.otherBytes += bytes;
      this.others.add(index);
    }
    if (pair.detail.sqnrDb !== null && pair.detail.sqnrDb < this.threshold) this.below.add(index);
    this.kept.set(index, {
      tensor: row.tensor,
      referenceTensor: row.referenceTensor,
      node,
      dims: pair.actual.dims,
      reference: pair.reference.data,
      actual: pair.actual.data,
      quant: pair.grid.quant,
      layoutNote: pair.actual.note
    });
  }
  /**
   * The pairs asked for, the notable ones (the culprits, the first bad layer, the outputs, every row below the
   * threshold that fit in the budget) and the other rows that fit in theirs, so a tensor diff opened from the
   * comparison needs no second run. A candidate that turned out not notable is dropped.
   */
  select(report) {
    const { culprits, firstBad } = report;
    const notable = /* @__PURE__ */ new Set([...culprits.map((c) => c.node), ...firstBad?.node ? [firstBad.node] : [], ...firstBad ? [firstBad.tensor] : [], ...this.graphOutputs]);
    const named2 = (p, names2) => names2.has(p.tensor) || p.node !== null && names2.has(p.node);
    return [...this.kept.entries()].filter(([i2, p]) => this.below.has(i2) || this.others.has(i2) || named2(p, this.wanted) || named2(p, notable)).map(([, p]) => p);
  }
};

// src/engine/compare/metrics/output-agreement.ts
function argmax(scores, row, classes) {
  let best = 0;
  let bestValue = scores[row * classes];
  for (let k = 1; k < classes; k++) {
    const v = scores[row * classes + k];
    if (v > bestValue) {
      bestValue = v;
      best = k;
    }
  }
  return best;
}
function rowError(ref, act, row, classes) {
  let e = 0;
  for (let k = row * classes; k < (row + 1) * classes; k++) e = Math.max(e, Math.abs(act[k] - ref[k]));
  return e;
}
function topOne(refs, acts, classes) {
  if (refs.length !== acts.length) throw new Error(`${refs.length} reference outputs but ${acts.length} to compare`);
  if (!Number.isInteger(classes) || classes < 1) throw new Error(`class count must be a positive integer, got ${classes}`);
  const t = { rows: 0, same: 0, withinError: 0 };
  refs.forEach((ref, i2) => {
    const act = acts[i2];
    if (ref.length !== act.length) throw new Error(`output ${i2}: ${ref.length} reference scores but ${act.length} to compare`);
    if (ref.length % classes !== 0) throw new Error(`output ${i2}: ${ref.length} scores are not rows of ${classes} classes`);
    for (let r = 0; r < ref.length / classes; r++) {
      t.rows++;
      const a = argmax(ref, r, classes);
      const b = argmax(act, r, classes);
      if (a === b) t.same++;
      else if (ref[r * classes + a] - ref[r * classes + b] < rowError(ref, act, r, classes)) t.withinError++;
    }
  });
  if (t.rows === 0) throw new Error("no outputs to compare");
  return t;
}

// src/engine/compare/report/outputs.ts
var OutputValues = class {
  byTensor = /* @__PURE__ */ new Map();
  names;
  constructor(graphOutputs) {
    this.names = new Set(graphOutputs);
  }
  /** One input's pair of a row, kept when the row (or the tensor that carried it) is a graph output. */
  offer(rowTensor, carrier, reference, actual) {
    if (!this.names.has(rowTensor) && !this.names.has(carrier)) return;
    const o = this.byTensor.get(rowTensor) ?? { ref: [], act: [], dims: actual.dims };
    o.ref.push(reference.data);
    o.act.push(actual.data);
    this.byTensor.set(rowTensor, o);
  }
  /** The reference values of a graph output, one array per input (null when it was not compared). */
  reference(name) {
    return this.byTensor.get(name)?.ref ?? null;
  }
  /**
   * One row per graph output: its layer's metrics (the output itself, or the layer whose chain holds it), and the
   * top-1 agreement when the output holds class scores (one row of two or more scores per sample).
   */
  rows(graphOutputs, layers2, units) {
    return graphOutputs.map((name) => {
      const l = layers2.find((x2) => x2.tensor === name) ?? layers2.find((x2) => x2.tensor === (units.find((u) => u.chain.includes(name))?.output ?? "\0"));
      const values = this.byTensor.get(name) ?? (l ? this.byTensor.get(l.tensor) : void 0);
      const classes = values?.dims.length === 2 ? values.dims[1] : null;
      const top1 = values && classes && classes >= 2 ? topOne(values.ref, values.act, classes) : null;
      return {
        name,
        sqnrDb: l?.sqnrDb ?? null,
        cosine: l?.cosine ?? null,
        maxAbs: l?.maxAbs ?? null,
        top1Agreement: top1 ? top1.same / top1.rows : null,
        top1Misses: top1 ? { count: top1.rows - top1.same, withinError: top1.withinError } : null
      };
    });
  }
};

// src/engine/compare/evidence/fp16-range.ts
var FP16_MAX = 65504;
var FP16_MIN_NORMAL = 2 ** -14;
var FP16_TINY = 2 ** -24;
function toHalf(x2) {
  return float16BitsToNumber(numberToFloat16Bits(x2));
}
function sideValues(data) {
  let nonFinite = 0, overflow = 0, nonZero = 0, subnormal = 0, flushed = 0, maxAbs = 0, signal = 0, noise = 0;
  for (let i2 = 0; i2 < data.length; i2++) {
    const x2 = data[i2];
    if (!Number.isFinite(x2)) {
      nonFinite++;
      continue;
    }
    const a = Math.abs(x2);
    if (a > maxAbs) maxAbs = a;
    if (a > FP16_MAX) {
      overflow++;
      continue;
    }
    if (x2 === 0) continue;
    nonZero++;
    if (a < FP16_MIN_NORMAL) subnormal++;
    const h = toHalf(x2);
    if (h === 0) flushed++;
    signal += x2 * x2;
    noise += (h - x2) * (h - x2);
  }
  const n = Math.max(1, data.length);
  const nz = Math.max(1, nonZero);
  return { nonFinite: nonFinite / n, overflow: overflow / n, maxAbs, subnormal: subnormal / nz, flushed: flushed / nz, roundDb: sqnrOfSums(signal, noise, true) };
}
function fp16Values(reference, model) {
  const a = sideValues(reference);
  const b = sideValues(model);
  return {
    nonFinite: Math.max(a.nonFinite, b.nonFinite),
    overflow: Math.max(a.overflow, b.overflow),
    maxAbs: Math.max(a.maxAbs, b.maxAbs),
    subnormal: Math.max(a.subnormal, b.subnormal),
    flushed: Math.max(a.flushed, b.flushed),
    roundDb: Math.min(a.roundDb, b.roundDb)
  };
}
function holdsHalf(g, unit) {
  if (unit.chain.some((t) => g.values.get(t)?.dtype === "float16")) return true;
  return unit.nodes.some((k) => g.nodes[k].inputs.some((i2) => !!i2 && g.values.get(i2)?.initializer === true && g.values.get(i2)?.dtype === "float16"));
}
function unitWeights(g, consts, unit) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const k of unit.nodes) {
    const n = g.nodes[k];
    const nth = seen.get(n.opType) ?? 0;
    seen.set(n.opType, nth + 1);
    n.inputs.forEach((i2, j) => {
      const v = i2 ? g.values.get(i2) : void 0;
      const t = v?.initializer && (v.dtype === "float16" || v.dtype === "float32") ? consts.get(i2) : void 0;
      if (t) out.set(`${n.opType}#${nth}:${j}`, { dtype: v.dtype, data: toFloat32(t) });
    });
  }
  return out;
}
function fp16Range2(model, unit, twin, nonFinite, values, inputsOverflow2 = false) {
  const onModel = holdsHalf(model.source, unit);
  const onReference = twin !== null && holdsHalf(twin.side.source, twin.unit);
  if (!onModel && !onReference) return null;
  const mine = unitWeights(model.source, model.consts, unit);
  const theirs = twin ? unitWeights(twin.side.source, twin.side.consts, twin.unit) : /* @__PURE__ */ new Map();
  let weights = 0, infWeights = 0, subnormalWeights = 0, flushed = 0, paired = 0, signal = 0, noise = 0;
  for (const [key2, a] of [...mine, ...[...theirs].filter(([k]) => !mine.has(k) || mine.get(k).dtype !== "float16")]) {
    if (a.dtype !== "float16") continue;
    for (const x2 of a.data) {
      weights++;
      if (!Number.isFinite(x2)) infWeights++;
      else if (x2 !== 0 && Math.abs(x2) < FP16_MIN_NORMAL) subnormalWeights++;
    }
    const other = (mine.get(key2) === a ? theirs : mine).get(key2);
    if (!other || other.dtype !== "float32" || other.data.length !== a.data.length) continue;
    paired++;
    for (let i2 = 0; i2 < a.data.length; i2++) {
      const f2 = other.data[i2];
      if (f2 !== 0 && a.data[i2] === 0) flushed++;
      signal += f2 * f2;
      const e = Number.isFinite(a.data[i2]) ? a.data[i2] - f2 : f2;
      noise += e * e;
    }
  }
  return {
    side: onModel && onReference ? "both" : onModel ? "model" : "reference",
    weights,
    infWeights,
    subnormalWeights,
    flushedWeights: paired ? flushed : null,
    weightDb: paired ? sqnrOfSums(signal, noise, true) : null,
    nonFinite: nonFinite ?? 0,
    inputsOverflow: inputsOverflow2,
    values
  };
}

// src/engine/compare/compare-layers.ts
async function measureLayers(aligned, o) {
  const rows = aligned.alignment.rows;
  const ctx = {
    ...aligned,
    samples: o.samples,
    referenceFeeds: referenceFeeds(aligned.reference, aligned.model, o.samples),
    threshold: o.threshold,
    engines: o.engines,
    threads: o.threads,
    signal: o.signal,
    onPair: o.onPair,
    plans: o.plans,
    stats: rows.map(() => new RowStats()),
    evidence: rows.map(() => noEvidence()),
    outputs: new OutputValues(aligned.model.source.outputs),
    pairs: o.pairs ? new KeptPairs(o.pairs, o.threshold, aligned.model.source.outputs) : null,
    localFailures: [],
    timings: { capture: 0, local: 0 }
  };
  const chunks = planChunks(rows, o.samples.length, o.chunkMb * 1024 * 1024).map((rowsOf) => chunkFetch(ctx, rowsOf));
  const later = laterFetches(chunks);
  let ahead = null;
  try {
    for (const [ci, chunk] of chunks.entries()) {
      o.onProgress(`comparing layers: chunk ${ci + 1} of ${chunks.length} (${chunk.rows.length} tensors)`);
      const tc = performance.now();
      const captured = await (ahead ?? captureChunkOf(ctx, chunk, ci, later[ci]));
      ahead = null;
      ctx.timings.capture += performance.now() - tc;
      const next = chunks[ci + 1];
      await compareChunk(ctx, chunk, captured, next && (() => {
        ahead = captureChunkOf(ctx, next, ci + 1, later[ci + 1]);
        ahead.catch(() => void 0);
      }));
    }
  } finally {
    await ahead?.catch(() => void 0);
  }
  await o.engines.endStreams();
  return ctx;
}
function chunkFetch(ctx, rows) {
  const { plan, feedRows } = chunkPlan(ctx, rows);
  const wanted = [.../* @__PURE__ */ new Set([...rows, ...feedRows])].map((row) => ({ row, reference: ctx.rows.rows[row].reference }));
  const model = [...new Set(rows.flatMap((i2) => [...ctx.rows.rows[i2].model.flatMap((m) => [m.at.fetch, ...gridFetch(m.at)]), ...dynamicFetch(ctx, i2).map((d) => d.fetch)]))];
  return { rows, plan, wanted, model, reference: referenceSideOf(ctx.reference) ? referenceFetch(wanted) : [] };
}
function laterFetches(chunks) {
  const model = /* @__PURE__ */ new Set();
  const reference = /* @__PURE__ */ new Set();
  const out = [];
  for (let ci = chunks.length - 1; ci >= 0; ci--) {
    out[ci] = { model: [...model], reference: [...reference] };
    for (const t of chunks[ci].model) model.add(t);
    for (const t of chunks[ci].reference) reference.add(t);
  }
  return out;
}
async function captureChunkOf(ctx, chunk, ci, later) {
  const side = referenceSideOf(ctx.reference);
  const kept = `${ctx.engines.streamKey}:reference:${ci}`;
  const captured = await captureChunk(ctx.engines, { side: ctx.model, feeds: ctx.samples, fetch: chunk.model, later: later.model }, side ? { side, feeds: ctx.referenceFeeds, fetch: chunk.reference, later: later.reference, keep: chunk.plan ? kept : void 0 } : null, ctx.signal);
  const refs = chunkReference(ctx.reference, chunk.wanted, captured.reference, ctx.samples.length);
  return { kept, captured, refs };
}
async function compareChunk(ctx, chunk, c, startNext) {
  const { plan } = chunk;
  const { kept, captured, refs } = c;
  for (const [i2, dtype2] of refs.dtypes) ctx.stats[i2].refDtype = dtype2;
  const value = feedValues(ctx.model.source, ctx.rows, ctx.samples, refs);
  const referenceTarget = ctx.reference.kind === "target" ? ctx.reference.side.target : null;
  const held = captured.reference ? { kept, fetch: heldReference(ctx.model.source, ctx.rows, captured.reference) } : null;
  const localRun = plan ? runLayersAlone({ ...ctx, referenceTarget, inputs: ctx.samples.length, held }, plan, value) : null;
  localRun?.catch(() => void 0);
  startNext?.();
  for (const i2 of chunk.rows) measureRow(ctx, i2, captured.model.outputs, refs);
  captured.model.outputs = [];
  if (localRun) {
    const tl = performance.now();
    foldLocal(ctx, await localRun, refs, value);
    ctx.timings.local += performance.now() - tl;
  }
}
function chunkPlan(ctx, chunk) {
  if (!ctx.plans) return planLocal(ctx, chunk);
  const key2 = chunk.join(",");
  let planned = ctx.plans.get(key2);
  if (!planned) ctx.plans.set(key2, planned = planLocal(ctx, chunk));
  return planned;
}
function measureRow(ctx, i2, captured, refs) {
  const row = ctx.rows.rows[i2];
  const unit = row.unit !== null ? ctx.units[row.unit] : null;
  let grid = null;
  const gridOf = (m) => grid ??= rowGrid(ctx.model.source, ctx.model.consts, unit, m);
  for (let k = 0; k < captured.length; k++) {
    const reference = refs.values[k].get(i2);
    if (!reference) throw new Error(`row ${row.tensor} has no reference value`);
    const pair = measurePair(row, ctx.stats[i2], captured[k], reference, k === 0, gridOf);
    if (!pair) break;
    ctx.onPair?.(i2, pair);
    if (k === 0) {
      ctx.evidence[i2].nonFinite = nonFiniteShare(pair);
      if (rowHoldsHalf(ctx, i2)) ctx.evidence[i2].fp16Values = fp16Values(reference.data, pair.actual.data);
      if (pair.grid.unitQuant) ctx.evidence[i2].clipDb = clipOnlyDb(reference.data, pair.grid.unitQuant);
      ctx.pairs?.offer(i2, row, unit?.name ?? null, pair);
    }
    ctx.outputs.offer(row.tensor, pair.candidate.tensor, pair.reference, pair.actual);
  }
  const ev = ctx.evidence[i2];
  const known = ctx.dynamicRanges ??= /* @__PURE__ */ new Map();
  for (const d of dynamicFetch(ctx, i2)) {
    const t = captured[0]?.[d.fetch];
    if (!t) continue;
    if (!known.has(d.tensor)) known.set(d.tensor, dynamicRange(d.tensor, normalizeTensor(t, { kind: "unknown", block: null, channels: null }, null).data));
    const r = known.get(d.tensor) ?? null;
    if (r && (!ev.dynamicRange || r.fewStepsShare > ev.dynamicRange.fewStepsShare)) ev.dynamicRange = r;
  }
}
function nonFiniteShare(pair) {
  if (pair.detail.maxAbs !== null) return 0;
  const data = pair.actual.data;
  let bad = 0;
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(data[k])) bad++;
  return bad / Math.max(1, data.length);
}
function rowHoldsHalf(ctx, i2) {
  const row = ctx.rows.rows[i2];
  if (row.unit !== null && holdsHalf(ctx.model.source, ctx.units[row.unit])) return true;
  const side = referenceSideOf(ctx.reference);
  return !!row.referenceUnit && !!side && holdsHalf(side.source, row.referenceUnit);
}
function dynamicFetch(ctx, i2) {
  const u = ctx.rows.rows[i2].unit;
  if (u === null) return [];
  return dynamicInputs(ctx.model.source, ctx.units[u]).flatMap((t) => {
    const at = ctx.model.locate(t);
    return at ? [{ tensor: t, fetch: at.fetch }] : [];
  });
}
function foldLocal(ctx, run, refs, value) {
  ctx.localFailures.push(...run.failures);
  for (const result of run.results) {
    for (const output of result.local.outputs) {
      const i2 = ctx.rows.unitRow.get(output.unit);
      if (i2 === void 0) continue;
      foldLocalSqnr(ctx.stats[i2], result, output, ctx.model.source, (k) => refs.values[k].get(i2));
      if (!couldBeCulprit(ctx.stats[i2].local.worst(), ctx.threshold)) continue;
      const feeds = result.local.feeds.filter((f2) => f2.unit === output.unit);
      gatherInputEvidence(ctx.evidence[i2], ctx.units[output.unit], feeds, (f2) => value(f2, 0), ctx.model);
    }
  }
}

// src/engine/compare/compare-options.ts
var fs19 = __toESM(require("fs"));
var path17 = __toESM(require("path"));
var ACTIVATION_EXTENSIONS = /* @__PURE__ */ new Set([".npz", ".npy", ".pb"]);
function resolveMode(opts) {
  const implied = opts.compareTargets ? "target-vs-target" : !opts.reference ? "compiled-vs-source" : path17.extname(opts.reference).toLowerCase() === ".onnx" ? "quant-vs-float" : "activations";
  if (opts.reference && implied === "activations") {
    const isDir = fs19.existsSync(opts.reference) && fs19.statSync(opts.reference).isDirectory();
    if (!isDir && !ACTIVATION_EXTENSIONS.has(path17.extname(opts.reference).toLowerCase())) {
      throw badInput(opts.reference, "a reference is an .onnx model (quant-vs-float) or activations: .npz, .npy, .pb, or a folder of them");
    }
  }
  if (opts.mode && opts.mode !== implied) {
    const why = implied === "compiled-vs-source" ? "no --reference was given" : implied === "target-vs-target" ? "--compare-targets was given" : `the reference is ${implied === "quant-vs-float" ? "an .onnx model" : "an activations file"}`;
    throw badInput(void 0, `--mode ${opts.mode} does not fit the arguments: ${why} (mode ${implied})`);
  }
  return implied;
}

// src/engine/compare/evidence/weight-evidence.ts
var BAD_STEPS = 1.5;
function weightEvidence(quantUnit, quantGraph, quantConsts, floatUnit, floatGraph, floatConsts) {
  const qw = weightsOf(quantUnit, quantGraph, quantConsts);
  const fw = weightsOf(floatUnit, floatGraph, floatConsts);
  if (!qw || !qw.quant || !fw || qw.dims.join(",") !== fw.dims.join(",") || qw.values.length !== fw.values.length) return null;
  const qAnchor = quantGraph.nodes[quantUnit.anchor];
  const axis = qw.quant.scale.length > 1 && qw.quant.axis !== null ? qw.quant.axis : outputChannelAxis(qAnchor, qw.dims.length);
  const channels = qw.dims[axis];
  const fromRight = qAnchor.opType.includes("Conv") ? qw.dims.length - 2 : 0;
  const mq = chainScale(quantUnit, quantGraph, quantConsts, channels, fromRight);
  const mf = chainScale(floatUnit, floatGraph, floatConsts, channels, fromRight);
  const inner = qw.dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  const q = qw.quant;
  const perChannel = q.scale.length > 1;
  const step = Float64Array.from({ length: channels }, (_, c) => q.scale[perChannel ? c : 0] * Math.abs(mq[c]));
  const zp = Float64Array.from({ length: channels }, (_, c) => q.zeroPoint[perChannel ? c : 0] ?? 0);
  const range = q.qmin !== null && q.qmax !== null ? { min: q.qmin, max: q.qmax } : integerRange(q.dtype ?? "int8");
  const end = (c, v) => (v - zp[c]) * step[c] * Math.sign(mq[c]);
  const low = Float64Array.from({ length: channels }, (_, c) => range ? Math.min(end(c, range.min), end(c, range.max)) : -Infinity);
  const high = Float64Array.from({ length: channels }, (_, c) => range ? Math.max(end(c, range.min), end(c, range.max)) : Infinity);
  const [n, sd, sw, sdw, sww, err2, inside, clipLow, clipHigh, widest] = Array.from({ length: 10 }, () => new Float64Array(channels));
  const qv = qw.values;
  const fv = fw.values;
  channelRuns(qv.length, channels, inner, (start, end2, c) => {
    const a = mq[c], b = mf[c], st = step[c];
    const lo = low[c] - st / 2, hi = high[c] + st / 2;
    let sdc = sd[c], swc = sw[c], sdwc = sdw[c], swwc = sww[c], errc = err2[c], insidec = inside[c], widestc = widest[c], below = 0, above = 0;
    for (let i2 = start; i2 < end2; i2++) {
      const d = qv[i2] * a;
      const w = fv[i2] * b;
      sdc += d;
      swc += w;
      sdwc += d * w;
      swwc += w * w;
      const m = Math.abs(w);
      if (m > widestc) widestc = m;
      const e = Math.abs(d - w) / st;
      if (e > errc) errc = e;
      if (w < lo) below++;
      else if (w > hi) above++;
      else if (e > insidec) insidec = e;
    }
    n[c] += end2 - start;
    sd[c] = sdc;
    sw[c] = swc;
    sdw[c] = sdwc;
    sww[c] = swwc;
    err2[c] = errc;
    inside[c] = insidec;
    widest[c] = widestc;
    clipLow[c] += below;
    clipHigh[c] += above;
  });
  const ratio = Float64Array.from({ length: channels }, (_, c) => sww[c] > 0 ? sdw[c] / sww[c] : 1);
  const offset = Float64Array.from({ length: channels }, (_, c) => (sd[c] - sw[c]) / Math.max(1, n[c]) / step[c]);
  const bad = Array.from({ length: channels }, (_, c) => c).filter((c) => err2[c] > BAD_STEPS);
  const zpFit = new Float64Array(channels);
  const scaleFit = new Float64Array(channels);
  if (bad.length > 0) {
    channelRuns(qv.length, channels, inner, (start, end2, c) => {
      if (err2[c] <= BAD_STEPS) return;
      const a = mq[c], b = mf[c], st = step[c], off = offset[c] * st, r = ratio[c];
      let zpc = zpFit[c], scalec = scaleFit[c];
      for (let i2 = start; i2 < end2; i2++) {
        const d = qv[i2] * a;
        const w = fv[i2] * b;
        zpc = Math.max(zpc, Math.abs(d - w - off) / st);
        scalec = Math.max(scalec, Math.abs(d - r * w) / st);
      }
      zpFit[c] = zpc;
      scaleFit[c] = scalec;
    });
  }
  const clippedOnly = (c) => clipLow[c] + clipHigh[c] > 0 && inside[c] <= BAD_STEPS;
  const offCentre = (c) => range ? range.min < 0 ? zp[c] !== 0 : Math.abs(zp[c] - (range.min + range.max + 1) / 2) > 1 : zp[c] !== 0;
  const kindOf = (c) => {
    if (clippedOnly(c)) return offCentre(c) ? "zero-point" : "scale";
    if (zpFit[c] <= BAD_STEPS && zpFit[c] <= scaleFit[c]) return "zero-point";
    return scaleFit[c] <= BAD_STEPS ? "scale" : "values";
  };
  const worstChannel = err2.reduce((best, e, c) => e > err2[best] ? c : best, 0);
  const worst = { channel: worstChannel, errSteps: err2[worstChannel], ratio: ratio[worstChannel], offsetSteps: offset[worstChannel] };
  const zeroPointNonZero = q.dtype === "int8" ? perChannel ? zp.filter((z) => z !== 0).length : zp[0] !== 0 ? channels : 0 : 0;
  const kind = bad.length === 0 ? null : majorityKind(bad.map(kindOf), kindOf(worstChannel));
  const clippedChannels = bad.filter(clippedOnly).length;
  const coarse = coarseGrid(widest, step, zp, range ?? null, perChannel);
  return {
    channels,
    badChannels: bad.length,
    badChannelList: bad,
    kind,
    worst,
    zeroPointNonZero,
    clippedChannels,
    coarse,
    unscaled: mq.every((m) => m === 1) && mf.every((m) => m === 1),
    detail: describe2(channels, bad.length, kind, worst, zeroPointNonZero, clippedChannels)
  };
}
var COARSE_FACTOR = 4;
function coarseGrid(widest, step, zp, range, perChannel) {
  if (!range) return null;
  const reach = [];
  let available = 0;
  for (let c = 0; c < widest.length; c++) {
    if (widest[c] === 0) continue;
    reach.push(widest[c] / step[c]);
    available = Math.max(available, range.max - zp[c], zp[c] - range.min);
  }
  if (reach.length === 0 || available <= 0) return null;
  const short = reach.filter((r) => r < available / COARSE_FACTOR);
  const coarse = perChannel ? short.length * 2 > reach.length : short.length === reach.length;
  if (!coarse) return null;
  const sorted = [...short].sort((a, b) => a - b);
  return { channels: short.length, reach: sorted[Math.floor(sorted.length / 2)], available };
}
function channelRuns(length, channels, inner, each) {
  for (let start = 0, run = 0; start < length; start += inner, run++) each(start, Math.min(length, start + inner), run % channels);
}
function majorityKind(kinds, tie) {
  const count2 = (k) => kinds.filter((x2) => x2 === k).length;
  const order2 = ["zero-point", "scale", "values"];
  const most = Math.max(...order2.map(count2));
  const top = order2.filter((k) => count2(k) === most);
  return top.includes(tie) ? tie : top[0];
}
function describe2(channels, bad, kind, worst, zpNonZero, clipped) {
  const at = `channel ${worst.channel}: ${worst.errSteps.toFixed(1)} steps, best-fit ratio ${worst.ratio.toFixed(3)}, offset ${worst.offsetSteps.toFixed(1)} steps`;
  const clip = clipped > 0 ? `, ${clipped} of them only where the float weights lie beyond the grid's ends (clipped)` : "";
  const why = (kind === "zero-point" ? "a zero-point error" : kind === "scale" ? "a scale error" : "values that neither an offset nor a scale explains") + clip;
  const main2 = bad === 0 ? `all ${channels} output channels within ${BAD_STEPS} steps of the float weights (worst ${at})` : `${bad} of ${channels} output channels off by more than ${BAD_STEPS} steps: ${why} (worst ${at})`;
  return zpNonZero > 0 ? `${main2}; ${zpNonZero} channels have a non-zero int8 zero point (a symmetric scheme expects 0)` : main2;
}

// src/engine/compare/evidence/bias-evidence.ts
var BAD_STEPS2 = 1.5;
var FLOAT_SHARE = 1e-3;
function biasEvidence(quantUnit, quantGraph, quantConsts, floatUnit, floatGraph, floatConsts, weights) {
  if (!weights || !weights.unscaled) return null;
  const channels = weights.channels;
  const mine = biasOf(quantUnit, quantGraph, quantConsts, channels);
  const twin = biasOf(floatUnit, floatGraph, floatConsts, channels);
  if (!mine || !twin) return null;
  const largest = twin.values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  let differing = 0;
  let worst = { channel: 0, model: mine.values[0], twin: twin.values[0] };
  let worstGap = -1;
  for (let c = 0; c < channels; c++) {
    const gap = Math.abs(mine.values[c] - twin.values[c]);
    const allowed = mine.step ? BAD_STEPS2 * mine.step[c] : FLOAT_SHARE * largest + 1e-7;
    if (gap > allowed) differing++;
    if (gap > worstGap) {
      worstGap = gap;
      worst = { channel: c, model: mine.values[c], twin: twin.values[c] };
    }
  }
  return { channels, differing, worst };
}

// src/engine/compare/culprits/facts.ts
function outputRange(q) {
  return q && q.scale.length === 1 && q.qmin !== null && q.qmax !== null ? { scale: q.scale[0], zeroPoint: q.zeroPoint[0] ?? 0, qmin: q.qmin, qmax: q.qmax, dtype: q.dtype ?? "uint8" } : null;
}
var MOVES_VALUES = /* @__PURE__ */ new Set(["Reshape", "Transpose", "Flatten", "Squeeze", "Unsqueeze", "Identity", "QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "Clip"]);
function rowSqnr(ctx, tensor3, depth = 0, seen = /* @__PURE__ */ new Set()) {
  if (ctx.model.source.inputs.includes(tensor3)) return SQNR_CAP_DB;
  if (depth > 16 || seen.has(tensor3)) return null;
  seen.add(tensor3);
  const r = ctx.rows.rowOf(tensor3);
  const db = r !== null ? ctx.layers.get(r)?.sqnrDb ?? null : null;
  if (db !== null) return db;
  const p = ctx.model.source.values.get(tensor3)?.producer ?? -1;
  const node = p >= 0 ? ctx.model.source.nodes[p] : null;
  if (!node) return null;
  const from = MOVES_VALUES.has(node.opType) ? [node.inputs[0]] : node.inputs.filter((t) => t && !ctx.statics.has(t));
  const known = from.flatMap((t) => {
    const x2 = rowSqnr(ctx, t, depth + 1, seen);
    return x2 !== null ? [x2] : [];
  });
  return known.length ? Math.min(...known) : null;
}
function inputSqnr(ctx, unit) {
  const known = unit.inputs.filter((t) => !ctx.statics.has(t)).flatMap((t) => {
    const db = rowSqnr(ctx, t);
    return db !== null ? [db] : [];
  });
  return known.length ? Math.min(...known) : null;
}
function inputsOverflow(ctx, unit) {
  return unit.inputs.some((t) => {
    const r = ctx.rows.rowOf(t);
    const ev = r !== null ? ctx.evidence[r] : null;
    return !!ev && ((ev.nonFinite ?? 0) > 0 || (ev.fp16Values?.nonFinite ?? 0) > 0 || (ev.fp16Values?.overflow ?? 0) > 0);
  });
}
var weightMemo = /* @__PURE__ */ new WeakMap();
function weightsAgainstTwin(unit, model, twin, reference) {
  const kept = weightMemo.get(unit);
  if (kept?.twin === twin) return kept;
  const w = weightEvidence(unit, model.source, model.consts, twin, reference.source, reference.consts);
  const b = biasEvidence(unit, model.source, model.consts, twin, reference.source, reference.consts, w);
  weightMemo.set(unit, { twin, w, b });
  return { w, b };
}
function unitFacts(ctx) {
  const facts = [];
  const weights = [];
  const layoutMatters = sameModel(ctx.reference);
  const refSide = referenceSideOf(ctx.reference);
  for (const [u, i2] of ctx.rows.unitRow) {
    const row = ctx.layers.get(i2);
    if (!row) continue;
    const unit = ctx.units[u];
    const s = ctx.stats[i2];
    const ev = ctx.evidence[i2];
    const q = unitOutputQuant(ctx.model.source, unit, ctx.model.consts);
    const twin = ctx.rows.rows[i2].referenceUnit;
    const { w, b } = ctx.reference.kind === "float-twin" && twin ? weightsAgainstTwin(unit, ctx.model, twin, ctx.reference.side) : { w: null, b: null };
    if (w) weights.push({ node: unit.name, depthwise: isDepthwise(ctx.model.source, unit), evidence: w });
    facts.push({
      node: unit.name,
      tensor: row.tensor,
      unit: unit.scope,
      sqnrDb: row.sqnrDb,
      inputSqnrDb: inputSqnr(ctx, unit),
      localSqnrDb: row.localSqnrDb,
      inputQuantDb: ev.inputQuantDb,
      quant: outputRange(q),
      clippedFraction: s.widest?.clippedFraction ?? null,
      coverScale: s.widest?.coverScale ?? null,
      levelsUsed: s.widest?.levelsUsed ?? null,
      clipDb: ev.clipDb,
      // Channels bad only because float weights lie past the grid's ends are the weight observer's range, not a fault.
      weights: w && w.kind && w.badChannels > w.clippedChannels ? { channels: w.channels, badChannels: w.badChannels - w.clippedChannels, kind: w.kind, detail: w.detail } : null,
      bias: b && b.differing > 0 ? b : null,
      coarseWeights: w?.coarse ? { ...w.coarse, total: w.channels } : null,
      clippedWeights: w && w.clippedChannels > 0 ? { channels: w.channels, clipped: w.clippedChannels, worstSteps: w.worst.errSteps, worstChannel: w.worst.channel } : null,
      saturation: ev.saturation,
      dynamicRange: ev.dynamicRange,
      twinNode: ctx.reference.kind === "float-twin" && twin ? twin.name : null,
      fp16: fp16Range2(ctx.model, unit, twin && refSide ? { side: refSide, unit: twin } : null, ev.nonFinite, ev.fp16Values, inputsOverflow(ctx, unit)),
      lanes: ctx.model.kernels?.pairs ? { family: ctx.model.kernels.family.title, rule: ctx.model.kernels.pairs, fix: ctx.model.kernels.family.fix } : null,
      dtype: s.dtype && s.refDtype && /float16/.test(s.dtype) && s.refDtype === "float32" ? { model: s.dtype, reference: s.refDtype } : null,
      layout: !q && layoutMatters && s.layout && s.layout !== "NCHW" && s.layout !== "unknown" ? s.layout : null
    });
  }
  return { facts, weights };
}

// src/engine/compare/report/cpu-facts.ts
function cpuFactsOf(model) {
  const r = model.report;
  if (!r) return { kernels: null, machine: "not measured (the model side is the exact reference)", notes: ["Integer ops were expanded to their exact definition: no CPU fact enters the result."] };
  const measured = kernelFamily(r.cpu.family);
  const machine = `${r.cpu.model} (${r.cpu.arch}): measured as ${measured.title}; NCHWc block ${r.cpu.nchwcBlock ?? "none"}`;
  const notes = [`Integer kernels: ${r.kernels.summary}.`];
  if (model.emulation) {
    const { emulated, left } = model.emulation;
    const entries = emulated.reduce((n, e) => n + e.outcome.entries, 0);
    const pairs = emulated.reduce((n, e) => n + e.outcome.pairs, 0);
    const lanes = pairs ? ` (${entries} of ${pairs} pair sums can leave int16 for some input and are corrected where they do)` : "";
    notes.push(`${emulated.length} integer kernel${emulated.length === 1 ? "" : "s"} emulated${lanes}${left.length ? `; ${left.length} left to this machine's runtime (${left.slice(0, 3).map((l) => `${l.node}: ${l.why}`).join("; ")}${left.length > 3 ? "; ..." : ""})` : ""}.`);
    const target2 = kernelFamily(r.kernels.family);
    notes.push(`Float ops ran as this machine computes them (NCHWc block ${r.cpu.nchwcBlock ?? "none"} here; ${target2.title}: ${target2.nchwcBlock}); they differ from the target's by float rounding at most.`);
  } else {
    notes.push(`These are this machine's kernels: the result holds on CPUs of the same family. For another deployment CPU, compare at its emulated target (x64-avx2, x64-vnni, arm64, arm64-dotprod).`);
  }
  return { kernels: r.kernels, machine, notes };
}

// src/engine/compare/report/fp16-findings.ts
var num3 = (x2) => Math.abs(x2) >= 0.01 && Math.abs(x2) < 1e4 ? x2.toPrecision(4) : x2.toExponential(2);
function layers(facts, culprits, keep) {
  const blamed = new Set(culprits.filter((c) => c.kind === "fp16-range").map((c) => c.node));
  return facts.flatMap((f2) => f2.fp16?.values && !blamed.has(f2.node) && keep(f2.fp16.values, f2) ? [{ node: f2.node, tensor: f2.tensor, v: f2.fp16.values }] : []);
}
function named(ls) {
  return `${ls.slice(0, 3).map((l) => l.node).join(", ")}${ls.length > 3 ? `, ... (${ls.length} layers)` : ""}`;
}
function fp16RangeFindings(facts, culprits) {
  const out = [];
  const over = layers(facts, culprits, (v, f2) => v.overflow > 0 && v.nonFinite === 0 && (f2.fp16?.nonFinite ?? 0) === 0);
  if (over.length) {
    const first = over[0];
    out.push(diag("QL-FP16-OVERFLOW", "warning", `Float16 layers hold values past 65504, the largest number float16 can hold: ${named(over)}. ${first.node}: ${fmtShare(first.v.overflow)} of its values, up to ${num3(first.v.maxAbs)}. They stayed finite in this comparison, which computed them in float32; float16 arithmetic (GPUs, NPUs, CPUs with float16 kernels) turns them into inf.`, {
      node: first.node,
      tensor: first.tensor,
      fix: `Keep ${first.node} in float32 when converting (convert_float_to_float16(..., node_block_list=['${first.node}'])), or scale its weights down and the next layer's up so its values stay below 65504.`
    }));
  }
  const small = layers(facts, culprits, (v) => v.nonFinite === 0 && v.roundDb < FP16_ROUND_DB);
  if (small.length) {
    const first = small[0];
    out.push(diag("QL-FP16-SUBNORMAL", "info", `Float16 layers hold values below float16's smallest normal number (6.1e-5), where it keeps fewer significant bits: ${named(small)}. ${first.node}: ${fmtShare(first.v.subnormal)} of its non-zero values, ${fmtShare(first.v.flushed)} below 3e-8, where float16 makes them 0; rounded to float16 they keep ${first.v.roundDb.toFixed(1)} dB. Where they are computed in float16 they lose that precision.`, {
      node: first.node,
      tensor: first.tensor,
      fix: `Keep ${first.node} in float32 when converting (node_block_list=['${first.node}']), or scale its weights up and the next layer's down so its values stay above 6.1e-5.`
    }));
  }
  return out;
}

// src/engine/compare/report/diagnostics.ts
function comparisonFindings(f2) {
  const out = [];
  for (const r of f2.model.repairs) {
    out.push(diag("QL-REPAIRED-IN-MEMORY", "warning", `${f2.model.target.id} cannot compile the model as written; compared with '${r.id}' applied in memory (${r.count} changes, same values): ${r.title}`, { fix: `Write a repaired copy with: quantlens repair ${f2.file} --out FIXED.onnx` }));
  }
  if (f2.input.source === "random") {
    const dims = Object.entries(f2.input.dims);
    out.push(diag("QL-RANDOM-INPUT", "info", `compared on a deterministic random input (seed ${f2.input.seed}${dims.length ? `, dims ${dims.map(([k, v]) => `${k}=${v}`).join(", ")}` : ""}); real inputs show real activation ranges`, { fix: "Pass --input with representative data." }));
  }
  out.push(...weightFindings(f2.weights));
  out.push(...fp16RangeFindings(f2.facts ?? [], f2.culprits));
  if (f2.localFailures.length) {
    const shown = f2.localFailures.slice(0, 3).join("; ");
    out.push(diag("QL-LOCAL-SKIPPED", "info", `${f2.localFailures.length} layers could not run alone on the reference's inputs, so they have no local SQNR: ${shown}${f2.localFailures.length > 3 ? "; ..." : ""}`, { fix: "Their propagated SQNR and the drop from their inputs still rank them." }));
  }
  for (const c of f2.culprits.slice(0, 5)) out.push(diag(`QL-CULPRIT-${c.kind.toUpperCase()}`, "warning", `${c.node}: ${c.explanation}`, { node: c.node, tensor: c.tensor, fix: c.fix }));
  return sortDiagnostics(out);
}

// src/engine/compare/report/layers.ts
var round = (x2, d = 4) => x2 === null ? null : Number(x2.toFixed(d));
function rounded(m) {
  return {
    sqnrDb: round(m.sqnrDb, 2),
    cosine: round(m.cosine, 6),
    maxAbs: round(m.maxAbs, 6),
    meanAbs: round(m.meanAbs, 6),
    errSteps: round(m.errSteps, 3),
    clippedFraction: round(m.clippedFraction, 6)
  };
}
function layerTable(model, units, alignment, stats, file) {
  const unmatchedModel = [...alignment.unmatched.model];
  const layers2 = [];
  const byRow = /* @__PURE__ */ new Map();
  alignment.rows.forEach((r, i2) => {
    const s = stats[i2];
    if (s.error || s.pairs.count === 0) {
      unmatchedModel.push(`${r.tensor} (${s.error ?? "not captured"})`);
      return;
    }
    const mean = rounded(s.pairs.mean());
    const m = r.model[s.chosen];
    const producer2 = model.source.values.get(m.tensor)?.producer ?? -1;
    const node = producer2 >= 0 ? model.source.nodes[producer2] : null;
    const unit = r.unit !== null ? units[r.unit] : null;
    const decided = r.model.length > 1;
    const base = s.choiceNote ?? r.note;
    const note = !decided && m.tensor !== r.tensor ? [base, `captured as ${m.tensor} (the target fuses ${r.tensor})`].filter(Boolean).join("; ") : base;
    const row = {
      tensor: decided ? m.tensor : r.tensor,
      compiledOnly: false,
      referenceTensor: r.referenceTensor,
      node: unit ? unit.name : node?.name ?? null,
      opType: unit ? model.source.nodes[unit.anchor].opType : node?.opType ?? null,
      unit: unit?.scope ?? node?.scope ?? "",
      dtype: s.dtype,
      layout: s.layout,
      ...mean,
      localSqnrDb: round(s.local.mean(), 2)
    };
    if (s.pairs.count > 1) row.worst = { ...rounded(s.pairs.worst()), localSqnrDb: round(s.local.worst(), 2) };
    if (note) row.note = note;
    layers2.push(row);
    byRow.set(i2, row);
  });
  for (const f2 of alignment.fused ?? []) {
    const producer2 = model.source.values.get(f2.tensor)?.producer ?? -1;
    const node = producer2 >= 0 ? model.source.nodes[producer2] : null;
    const none = { sqnrDb: null, cosine: null, maxAbs: null, meanAbs: null, errSteps: null, clippedFraction: null };
    layers2.push({
      tensor: f2.tensor,
      compiledOnly: false,
      referenceTensor: f2.tensor,
      node: node?.name ?? null,
      opType: node?.opType ?? null,
      unit: node?.scope ?? "",
      dtype: null,
      layout: null,
      ...none,
      localSqnrDb: null,
      fused: f2.into,
      note: `not observable (fused into ${f2.into})`
    });
  }
  const order2 = (t) => model.source.values.get(t)?.producer ?? -1;
  layers2.sort((a, b) => order2(a.tensor) - order2(b.tensor));
  if (layers2.every((l) => l.fused)) {
    const why = [...unmatchedModel.slice(0, 3), ...alignment.unmatched.reference.slice(0, 3)].join("; ");
    throw badInput(file, `nothing could be compared: every candidate pair was unmatched or had another shape (${why})`);
  }
  return { layers: layers2, byRow, unmatchedModel };
}

// src/engine/compare/what-if/what-if.ts
var fs20 = __toESM(require("fs"));
var path18 = __toESM(require("path"));

// src/engine/compare/what-if/keep-float.ts
function keepFloat(model, node) {
  const out = model.graph?.node.some(isExpandableIntegerOp) ? expandIntegerOps(model).model : copyModel(model);
  const graph = out.graph;
  const target2 = graph?.node.find((n) => n.name === node);
  if (!graph || !target2) throw new Error(`keep-float: the model has no node named '${node}'`);
  if (target2.op_type === "QuantizeLinear" || target2.op_type === "DequantizeLinear") {
    throw new Error(`keep-float: '${node}' is a ${target2.op_type}; name the layer's compute node (Conv, MatMul, Gemm, Add, ...)`);
  }
  const edit = new QdqEdit(graph);
  const bypassed = [...edit.bypassWeights(target2), ...edit.bypassOutput(target2)];
  if (!bypassed.length) {
    throw new Error(`keep-float: '${node}' (${target2.op_type}) has nothing to remove: no fake-quantized float weight feeds it and its output reaches no QuantizeLinear`);
  }
  edit.finish();
  return { model: out, removed: bypassed.map((n) => n.name) };
}
var PASS_THROUGH2 = /* @__PURE__ */ new Set(["BatchNormalization", "Div", "Mul", "Add", "Relu", "Clip", "LeakyRelu", "Identity", "Cast"]);
var ON_INTEGERS = /* @__PURE__ */ new Set(["Clip", "Identity"]);
var PARAMETER_SOURCES = /* @__PURE__ */ new Set(["Constant", "Identity"]);
var QdqEdit = class {
  constructor(graph) {
    this.graph = graph;
    this.consts = new ConstValues(graph);
    this.graphOutputs = new Set(graph.output.map((o) => o.name));
    for (const n of graph.node) {
      for (const o of n.output) if (o) this.producers.set(o, n);
      for (const sub of subgraphs(n)) collectInputs(sub, this.readBySubgraphs);
    }
  }
  graph;
  consts;
  producers = /* @__PURE__ */ new Map();
  graphOutputs;
  /** Tensors that nodes inside subgraphs read: their names must keep existing. */
  readBySubgraphs = /* @__PURE__ */ new Set();
  /** Nodes that may have become dead; removed by finish() if nothing reads them. */
  candidates = /* @__PURE__ */ new Set();
  replacements = /* @__PURE__ */ new Map();
  freshNodeName(base) {
    const taken = new Set(this.graph.node.map((n) => n.name));
    for (const r of this.replacements.values()) taken.add(r.name);
    let name = base;
    for (let k = 1; taken.has(name); k++) name = `${base}__${k}`;
    return name;
  }
  consumers(tensor3) {
    return this.graph.node.filter((n) => n.input.includes(tensor3));
  }
  /** (a) weights: input <- DQ <- [Clip/Identity] <- Q <- float constant. The node reads the float constant instead. */
  bypassWeights(target2) {
    const bypassed = [];
    target2.input.forEach((input, i2) => {
      const dq = this.producers.get(input);
      if (dq?.op_type !== "DequantizeLinear") return;
      const between = [];
      let q = this.producers.get(dq.input[0]);
      while (q && ON_INTEGERS.has(q.op_type)) {
        between.push(q);
        q = this.producers.get(q.input[0]);
      }
      if (q?.op_type !== "QuantizeLinear") return;
      const weight = this.consts.get(q.input[0]);
      if (!weight || !isFloat(weight.dtype)) return;
      target2.input[i2] = q.input[0];
      for (const n of [dq, ...between, q]) this.candidates.add(n);
      bypassed.push(q, dq);
    });
    return bypassed;
  }
  /**
   * (b) the output: follow it through single-consumer pass-through ops to the first QuantizeLinear; every
   * DequantizeLinear of that QuantizeLinear is bypassed (its readers read the float tensor).
   */
  bypassOutput(target2) {
    let tensor3 = target2.output[0];
    for (let steps = 0; tensor3 && steps < 64; steps++) {
      const readers = this.consumers(tensor3);
      const qs = readers.filter((n) => n.op_type === "QuantizeLinear" && n.input[0] === tensor3);
      if (qs.length) return qs.flatMap((q) => this.bypassPair(q));
      if (readers.length !== 1 || !this.passesThrough(readers[0], tensor3)) return [];
      tensor3 = readers[0].output[0];
    }
    return [];
  }
  passesThrough(n, tensor3) {
    if (!PASS_THROUGH2.has(n.op_type)) return false;
    if (n.op_type === "Div") return n.input[0] === tensor3 && !!this.consts.get(n.input[1]);
    if (n.op_type === "Mul" || n.op_type === "Add") {
      const other = n.input[0] === tensor3 ? n.input[1] : n.input[0];
      return other !== tensor3 && !!this.consts.get(other);
    }
    return n.input[0] === tensor3;
  }
  bypassPair(q) {
    const float = q.input[0];
    const dqs = [];
    const between = [];
    const walk = (t) => {
      for (const n of this.consumers(t)) {
        if (n.op_type === "DequantizeLinear" && n.input[0] === t) dqs.push(n);
        else if (ON_INTEGERS.has(n.op_type) && n.input[0] === t) {
          between.push(n);
          walk(n.output[0]);
        }
      }
    };
    walk(q.output[0]);
    for (const dq of dqs) {
      const out = dq.output[0];
      for (const n of this.graph.node) n.input.forEach((t, i2) => {
        if (t === out) n.input[i2] = float;
      });
      if (this.graphOutputs.has(out) || this.readBySubgraphs.has(out)) {
        this.replacements.set(dq, make(NodeProto, { name: this.freshNodeName(`${dq.name || out}__float`), op_type: "Identity", domain: "", input: [float], output: [out] }));
      }
    }
    for (const n of [...dqs, ...between, q]) this.candidates.add(n);
    return dqs.length ? [q, ...dqs] : [];
  }
  /** Put the replacement Identities in place and drop the candidates nothing reads any more. */
  finish() {
    this.graph.node = this.graph.node.map((n) => this.replacements.get(n) ?? n);
    const removedInputs = /* @__PURE__ */ new Set();
    for (let changed = true; changed; ) {
      changed = false;
      const read = /* @__PURE__ */ new Set([...this.graphOutputs, ...this.readBySubgraphs]);
      for (const n of this.graph.node) for (const i2 of n.input) read.add(i2);
      this.graph.node = this.graph.node.filter((n) => {
        const dead = this.candidates.has(n) && n.output.every((o) => !o || !read.has(o));
        if (dead) {
          changed = true;
          for (const i2 of n.input) {
            if (!i2) continue;
            removedInputs.add(i2);
            const p = this.producers.get(i2);
            if (p && PARAMETER_SOURCES.has(p.op_type)) this.candidates.add(p);
          }
        }
        return !dead;
      });
    }
    dropUnusedInitializers(this.graph, removedInputs);
  }
};
function collectInputs(g, into) {
  for (const n of g.node) {
    for (const i2 of n.input) into.add(i2);
    for (const sub of subgraphs(n)) collectInputs(sub, into);
  }
}

// src/engine/compare/what-if/what-if.ts
function floatArithmetic(model, node) {
  const { model: out } = expandIntegerOps(model, /* @__PURE__ */ new Set([node]));
  const n = out.graph.node.find((x2) => x2.name === node);
  if (!n || !n.output[0]) throw new Error(`no node named ${node}`);
  if (!out.graph.output.some((o) => o.name === n.output[0])) out.graph.output.push(valueInfo(n.output[0]));
  return { model: out, removed: [] };
}
var INTEGER_INPUTS = /* @__PURE__ */ new Set(["ConvInteger", "MatMulInteger", "MatMulIntegerToFloat", "DynamicQuantizeMatMul", "QLinearConv", "QLinearMatMul", "QGemm"]);
function useFloatWeights(model, node, w, biasAt) {
  const g = model.graph;
  const n = g.node.find((x2) => x2.name === node);
  if (!n || n.input.length < 2) return false;
  const stored = g.initializer.find((t) => t.name === n.input[1]);
  if (stored && stored.data_type !== 1) return false;
  const name = `${node}__float_twin`;
  g.initializer.push(encodeTensor({ ...w.weight, name: `${name}.weight` }));
  n.input[1] = `${name}.weight`;
  const reader = biasAt ? g.node.find((x2) => x2.name === biasAt.node) : void 0;
  const slot = reader && biasAt ? { node: reader, input: biasAt.input } : n.input.length > 2 && n.input[2] ? { node: n, input: 2 } : null;
  if (w.bias && slot) {
    g.initializer.push(encodeTensor({ ...w.bias, name: `${name}.bias` }));
    slot.node.input[slot.input] = `${name}.bias`;
  }
  return true;
}
async function whatIfStage(aligned, culprits, values, before, o) {
  const layers2 = [...o.keepFloat];
  if (culprits[0] && !layers2.includes(culprits[0].node)) layers2.push(culprits[0].node);
  if (layers2.length === 0) return [];
  const { model, reference, alignment } = aligned;
  return runWhatIf(model, layers2, aligned.units, {
    engine: o.engine,
    sideOpts: o.sideOpts,
    samples: o.samples,
    outputs: model.source.outputs.map((name) => ({ name, ref: values.reference(name), before: before.find((r) => r.name === name)?.sqnrDb ?? null })),
    explicit: new Set(o.keepFloat),
    floatWeights: reference.kind === "float-twin" ? (u) => twinWeights(u, alignment.rows, reference.side) : void 0,
    sameSource: sameModel(reference)
  });
}
function findUnit(units, layer) {
  return units.find((u) => u.name === layer) ?? units.find((u) => u.output === layer || u.chain.includes(layer)) ?? units.find((u) => u.scope === layer);
}
async function runWhatIf(model, layers2, units, ctx) {
  const out = [];
  for (const layer of layers2) {
    const unit = findUnit(units, layer);
    if (!unit) {
      if (ctx.explicit.has(layer)) throw badInput(void 0, `--keep-float ${layer}: no layer of the model has this node name, tensor or scope`);
      continue;
    }
    const twin = ctx.sameSource ? null : ctx.floatWeights?.(unit) ?? null;
    let changed;
    let copied = false;
    try {
      changed = ctx.sameSource ? floatArithmetic(model.model, unit.name) : keepFloat(model.model, unit.name);
    } catch (err2) {
      if (!twin || INTEGER_INPUTS.has(model.source.nodes[unit.anchor].opType)) {
        if (ctx.explicit.has(layer)) throw badInput(void 0, `--keep-float ${layer}: ${errorMessage(err2)}`);
        continue;
      }
      changed = { model: copyModel(model.model), removed: [] };
      copied = true;
    }
    const own = twin?.bias ? biasSlot(unit, model.source, model.consts, twin.bias.dims[0]) : null;
    const withTwin = twin ? useFloatWeights(changed.model, unit.name, twin, own && own.node.name ? { node: own.node.name, input: own.input } : null) : false;
    if (copied && !withTwin) continue;
    ctx.sideOpts.onProgress?.(`what-if: ${unit.name} in float (${changed.removed.length} Q/DQ nodes removed${withTwin ? ", the float twin's weights" : ""})`);
    const bytes = encodeModel(changed.model);
    const file = path18.join(cacheRoot(), "what-if", `${hashParts("what-if-v1", bytes).slice(0, 32)}.onnx`);
    if (!fs20.existsSync(file)) {
      fs20.mkdirSync(path18.dirname(file), { recursive: true });
      writeModel(changed.model, file);
    }
    const side = await targetSide(file, model.target, ctx.sideOpts);
    const located = ctx.outputs.map((o) => side.locate(o.name));
    const fetch = located.flatMap((l) => l ? [l.fetch] : []);
    const cap = await ctx.engine.call("capture", { model: side.run.model, session: side.run.session, feeds: ctx.samples, fetch }, { signal: ctx.sideOpts.signal });
    let after = null;
    let before = null;
    ctx.outputs.forEach((o, i2) => {
      const at = located[i2];
      if (!at || !o.ref) return;
      const dbs = o.ref.map((ref, k) => pairMetrics(ref, normalizeTensor(cap.outputs[k][at.fetch], at.value.layout, at.value.quant).data, null).sqnrDb ?? 0);
      const mean = dbs.reduce((a, b) => a + b, 0) / dbs.length;
      after = after === null ? mean : Math.min(after, mean);
      if (o.before !== null) before = before === null ? o.before : Math.min(before, o.before);
    });
    out.push({ layer: unit.name, outputSqnrBefore: before, outputSqnrAfter: after === null ? null : Math.round(after * 100) / 100 });
  }
  return out;
}

// src/engine/compare/compare.ts
var DEFAULT_CHUNK_MB = 64;
function runtimeQuantized(g) {
  const tensors = g.nodes.flatMap((n) => (n.opType === "DynamicQuantizeLinear" ? [n.outputs[0]] : n.opType === "DynamicQuantizeMatMul" ? [n.inputs[0]] : []).filter(Boolean));
  return tensors.length ? { runtimeQuantized: tensors } : {};
}
async function compareModels(opts) {
  const t0 = performance.now();
  const onProgress = opts.onProgress ?? (() => void 0);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  const mode = resolveMode(opts);
  const blamed = opts.reference ?? opts.model;
  const parsed = parseModel(opts.model);
  const inputs = loadInputs(parsed.graph, opts.input, opts.dims ?? {});
  const sideOpts = { engine: opts.engine, dims: inputs.info.dims, threads: opts.threads, signal: opts.signal, onProgress };
  const engines = new EnginePair(opts.engine);
  engines.warm(mode !== "activations");
  let sides, aligned, measured, compiled, layersMs;
  try {
    sides = await openSides(opts, mode, sideOpts, parsed);
    compiled = performance.now();
    aligned = alignSides(sides, blamed, opts.map);
    const tLayers = performance.now();
    measured = await measureLayers(aligned, {
      engines,
      samples: inputs.samples,
      threshold,
      chunkMb: opts.chunkMb ?? DEFAULT_CHUNK_MB,
      pairs: opts.pairs,
      threads: opts.threads,
      signal: opts.signal,
      onProgress
    });
    layersMs = performance.now() - tLayers;
  } finally {
    engines.dispose();
  }
  const table = layerTable(sides.model, aligned.units, aligned.alignment, measured.stats, blamed);
  const { facts, weights } = unitFacts({ ...aligned, ...measured, layers: table.byRow });
  const culprits = findCulprits(facts, threshold, sameModel(sides.reference));
  const bad = table.layers.find((l) => l.sqnrDb !== null && l.sqnrDb < threshold);
  const firstBad = bad ? { tensor: bad.tensor, node: bad.node, sqnrDb: bad.sqnrDb } : null;
  const output = measured.outputs.rows(sides.model.source.outputs, table.layers, aligned.units);
  const tWhatIf = performance.now();
  const whatIf = await whatIfStage(aligned, culprits, measured.outputs, output, { keepFloat: opts.keepFloat ?? [], engine: opts.engine, sideOpts, samples: inputs.samples });
  const whatIfMs = performance.now() - tWhatIf;
  const diagnostics = comparisonFindings({ model: sides.model, file: opts.model, input: inputs.info, weights, localFailures: measured.localFailures, culprits, facts });
  if (opts.pairs && measured.pairs) opts.pairs.onPairs(measured.pairs.select({ culprits, firstBad }));
  const timings = { compile: compiled - t0, ...measured.timings, layers: layersMs, whatIf: whatIfMs, total: performance.now() - t0 };
  return {
    mode,
    model: sides.model.file,
    reference: sides.reference.file,
    target: targetJson(sides.model.target),
    referenceTarget: targetJson(opts.referenceTarget),
    repairs: sides.model.repairs,
    repairedCopy: sides.model.repairedFile ?? null,
    input: inputs.info,
    output,
    threshold,
    layers: table.layers,
    ...runtimeQuantized(sides.model.source),
    unmatched: { model: table.unmatchedModel, reference: aligned.alignment.unmatched.reference },
    firstBad,
    culprits,
    whatIf,
    diagnostics,
    cpuFacts: cpuFactsOf(sides.model),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024 + engines.peakMb())
  };
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
  set(key2, value) {
    if (typeof key2 === "string" || typeof key2 === "number" || typeof key2 === "boolean" || key2 === null) {
      const i2 = this.index.get(key2);
      if (i2 !== void 0) {
        this.entries[i2][1] = value;
        return;
      }
      this.index.set(key2, this.entries.length);
    }
    this.entries.push([key2, value]);
  }
  get(key2) {
    const i2 = this.index.get(key2);
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
  constructor(dtype2, shape, storage, requiresGrad, quant) {
    this.dtype = dtype2;
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
  const root2 = g.module.split(".")[0];
  if (root2 === "builtins" || root2 === "__builtin__") return DANGEROUS_BUILTINS.has(g.name);
  return DANGEROUS_MODULES.has(root2);
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
  const dtype2 = dtypeOverride instanceof PyGlobal ? torchDtypeName(dtypeOverride) ?? storage.dtype : storage.dtype;
  return new TorchTensor(dtype2, shape, storage, args[requiresGradAt] === true, null);
}
function qscheme(v) {
  return v instanceof PyGlobal ? v.name : typeof v === "number" ? ["per_tensor_affine", "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric", "per_channel_affine_float_qparams"][v] ?? `qscheme ${v}` : "unknown";
}
function rebuildQTensor(args, fail) {
  const base = rebuildTensor(args, 5, fail);
  const params3 = seqItems(args[4]) ?? [];
  const scheme = qscheme(params3[0] ?? null);
  const quant = { qscheme: scheme };
  if (scheme.startsWith("per_tensor")) {
    quant.scale = asNumber(params3[1]);
    quant.zeroPoint = asInt(params3[2]);
  } else {
    if (params3[1] instanceof TorchTensor) quant.scales = params3[1];
    if (params3[2] instanceof TorchTensor) quant.zeroPoints = params3[2];
    quant.axis = asInt(params3[3]);
  }
  return new TorchTensor(base.dtype, base.shape, base.storage, base.requiresGrad, quant);
}
function asParameter(v, requiresGrad, fail) {
  if (!(v instanceof TorchTensor)) return fail("a parameter whose data is not a tensor");
  v.isParameter = true;
  if (typeof requiresGrad === "boolean") v.requiresGrad = requiresGrad;
  return v;
}
function orderedDict2(args) {
  const d = new PyDict();
  for (const pair of seqItems(args[0]) ?? []) {
    const kv = seqItems(pair);
    if (kv && kv.length === 2) d.set(kv[0], kv[1]);
  }
  return d;
}
var INTERPRETERS = {
  "collections.OrderedDict": orderedDict2,
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
function dtypeRange(dtype2) {
  return DTYPE_RANGES[dtype2];
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
  const names2 = new Set(node.tensorNames);
  if (names2.has("fake_quant_enabled")) return "fake-quant";
  if (names2.has("min_val") || names2.has("max_val") || names2.has("histogram")) return "observer";
  if ([...names2].some((n) => /(^|\.)_packed_params(\.|$)/.test(n))) return "quantized";
  return "float";
}
function isFakeQuantOp(op) {
  return /fake_quant/.test(op);
}
function isQuantizedOp(op) {
  return /^_?quantized::/.test(op) || /^aten::(quantize_per_tensor|quantize_per_channel|quantize_per_tensor_dynamic|dequantize)$/.test(op);
}
function attr3(node, key2) {
  return node?.attrs?.get(key2);
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
  const pick2 = (key2) => {
    const own = attr3(node, key2);
    return own === void 0 || own === null ? attr3(observer, key2) : own;
  };
  const dtype2 = dtypeOf(pick2("dtype"));
  const qscheme2 = qschemeOf(pick2("qscheme"));
  const reduce = pick2("reduce_range");
  const reduceRange = typeof reduce === "boolean" ? reduce : null;
  let qmin = asInt(pick2("quant_min")) ?? null;
  let qmax = asInt(pick2("quant_max")) ?? null;
  const derived = dtype2 ? reduceRange ? REDUCED_RANGES[dtype2] : dtypeRange(dtype2) : void 0;
  if ((qmin === null || qmax === null) && derived) [qmin, qmax] = derived;
  if (dtype2 === null && qmin === null && qscheme2 === null) return null;
  return {
    role: node.path.split(".").some((s) => /weight/.test(s)) ? "weight" : "activation",
    dtype: dtype2,
    qmin,
    qmax,
    bits: qmin !== null && qmax !== null && qmax > qmin ? rangeBits(qmin, qmax) : null,
    reduceRange,
    scheme: qscheme2 ? qscheme2.startsWith("per_channel") ? "per-channel" : "per-tensor" : null,
    symmetric: qscheme2 ? qscheme2.includes("symmetric") : null,
    axis: qscheme2?.startsWith("per_channel") ? asInt(pick2("ch_axis")) ?? null : null
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
  for (const raw of lines) {
    const g = /^\s*(\w+) = getattr\((\w+), "([^"]*)"\)\s*$/.exec(raw);
    if (g) {
      events.push({ kind: "bind", name: g[1], base: g[2], attr: g[3] });
      continue;
    }
    const s = stripStringsAndComments(raw);
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
  const params3 = [...sig.matchAll(/[(,]\s*(\w+)\s*:/g)].map((m) => m[1]).filter((p) => p !== "self");
  const body = [];
  for (j++; j < lines.length; j++) {
    if (lines[j].trim() !== "" && indentOf(lines[j]) <= indent) break;
    body.push(lines[j]);
  }
  return { method: { name, params: params3, events: eventsOf(body), lines: body }, next: j };
}
function moduleOfPath(path21) {
  return path21.replace(/^code\//, "").replace(/\.py$/, "").split("/").join(".");
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
      const attr4 = /^\s+(\w+)\s*:\s*(.+?)\s*$/.exec(line) ?? /^\s+__annotations__\["([^"]+)"\]\s*=\s*(.+?)\s*$/.exec(line);
      if (attr4) current.attributes.set(attr4[1], attr4[2]);
    }
    i2++;
  }
}
function parseScriptCode(entries) {
  const out = { classes: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map(), files: 0 };
  const text = new TextDecoder("utf-8");
  for (const [path21, bytes] of entries) {
    if (!/^code\/.+\.py$/.test(path21)) continue;
    out.files++;
    parseFile(text.decode(bytes), moduleOfPath(path21), out);
  }
  return out;
}
function tupleStateNames(cls) {
  const names2 = /* @__PURE__ */ new Map();
  const setstate = cls?.methods.get("__setstate__");
  if (!cls || !setstate) return names2;
  for (const line of setstate.lines) {
    const direct = /self\.(\w+)\s*=\s*\(state\)\[(\d+)\]/.exec(line);
    if (direct) names2.set(Number(direct[2]), direct[1]);
    const viaMethod = /\(self\)\.(\w+)\(((?:\s*\(state\)\[\d+\],?)+)\s*\)/.exec(line);
    if (viaMethod) {
      const params3 = cls.methods.get(viaMethod[1])?.params ?? [];
      [...viaMethod[2].matchAll(/\(state\)\[(\d+)\]/g)].forEach((m, k) => {
        if (params3[k]) names2.set(Number(m[1]), params3[k]);
      });
    }
  }
  return names2;
}

// src/engine/torchscript/module-tree.ts
var TORCHBIND = "__torch__.torch.classes.";
var STATE_ALIASES = { w: "weight", b: "bias" };
function ownerOf(key2) {
  const packed = /^(.*?)\.?_packed_params(\.|$)/.exec(key2);
  return packed ? packed[1] : key2.split(".").slice(0, -1).join(".");
}
function join15(path21, key2) {
  return path21 ? `${path21}.${key2}` : key2;
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
  node(path21, cls, attrs) {
    const n = { path: path21, cls, children: /* @__PURE__ */ new Map(), attrs, tensorNames: [] };
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
      for (const [k, item] of v.entries) if (typeof k === "string" || typeof k === "number") this.collect(item, join15(name, String(k)), owner, role, depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i2) => this.collect(item, join15(name, String(i2)), owner, role, depth + 1));
    } else if (v instanceof PyObject) {
      this.collect(v.state, name, owner, role, depth + 1);
      v.listItems.forEach((item, i2) => this.collect(item, join15(name, String(i2)), owner, role, depth + 1));
      for (const [k, item] of v.dictItems) if (typeof k === "string") this.collect(item, join15(name, k), owner, role, depth + 1);
    }
  }
  // TorchScript: `__torch__` objects; the archive's code says which classes are modules and what their tensors are.
  isScriptModule(v) {
    if (!(v instanceof PyObject) || !v.cls.startsWith("__torch__.") || v.cls.startsWith(TORCHBIND)) return false;
    const cls = this.code?.classes.get(v.cls);
    if (cls) return cls.base === "Module";
    return v.state instanceof PyDict && v.state.get("training") !== void 0;
  }
  script(obj, path21, depth) {
    this.guard(depth);
    this.seen.add(obj);
    const cls = this.code?.classes.get(obj.cls);
    const state = obj.state;
    const node = this.node(path21, obj.cls, state instanceof PyDict ? state : null);
    this.nodes.set(obj, node);
    for (const [attr4, type] of cls?.attributes ?? []) if (type.startsWith(TORCHBIND)) this.packed.push({ module: path21, attr: attr4, type: type.slice("__torch__.".length) });
    if (state instanceof PyDict) {
      for (const [k, v] of state.stringEntries()) {
        const name = join15(path21, k);
        if (this.isScriptModule(v)) node.children.set(k, this.nodes.get(v) ?? this.script(v, name, depth + 1));
        else if (v instanceof PyObject && v.cls.startsWith(TORCHBIND)) {
          if (!cls) this.packed.push({ module: path21, attr: k, type: v.cls.slice("__torch__.".length) });
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
    const names2 = tupleStateNames(cls);
    const role = cls?.methods.has("_weight_bias") ? "packed" : "attribute";
    items.forEach((v, i2) => {
      const raw = names2.get(i2);
      const name = join15(node.path, raw ? STATE_ALIASES[raw] ?? raw : `state[${i2}]`);
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
    if (weight) weight.name = join15(name, "weight");
    if (bias) bias.name = join15(name, "bias");
  }
  // Eager torch.save(model): nn.Module instances whose state is their __dict__.
  static isEagerModule(v) {
    return v instanceof PyObject && v.state instanceof PyDict && v.state.get("_modules") instanceof PyDict;
  }
  eager(obj, path21, depth) {
    this.guard(depth);
    this.seen.add(obj);
    const state = obj.state;
    const node = this.node(path21, obj.cls, state);
    this.nodes.set(obj, node);
    for (const [k, v] of state.stringEntries()) {
      if (k === "_modules" && v instanceof PyDict) {
        for (const [name, child] of v.stringEntries()) {
          if (_TreeBuilder.isEagerModule(child)) node.children.set(name, this.nodes.get(child) ?? this.eager(child, join15(path21, name), depth + 1));
        }
      } else if ((k === "_parameters" || k === "_buffers") && v instanceof PyDict) {
        for (const [name, t] of v.stringEntries()) if (t instanceof TorchTensor) this.addTensor(t, join15(path21, name), node, k === "_parameters" ? "parameter" : "buffer");
      } else if (!/^_(forward|backward|state_dict|load_state_dict|non_persistent)/.test(k)) {
        this.collect(v, join15(path21, k), node, k === "_packed_params" ? "packed" : "attribute", depth + 1);
      }
    }
    return node;
  }
  /** State dicts and checkpoints: find modules and tensors anywhere, naming tensors by their key path. */
  generic(v, path21, depth) {
    this.guard(depth);
    if (_TreeBuilder.isEagerModule(v)) {
      if (!this.seen.has(v)) this.eager(v, path21, depth + 1);
      return;
    }
    if (v instanceof TorchTensor) return this.addTensor(v, path21, ownerOf(path21), "tensor");
    if (typeof v !== "object" || v === null || v instanceof Uint8Array || this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyDict) {
      for (const [k, item] of v.entries) if (typeof k === "string" || typeof k === "number") this.generic(item, join15(path21, String(k)), depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i2) => this.generic(item, join15(path21, String(i2)), depth + 1));
    } else if (v instanceof PyObject) {
      this.generic(v.state, path21, depth + 1);
      for (const [k, item] of v.dictItems) if (typeof k === "string") this.generic(item, join15(path21, k), depth + 1);
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
function scriptTree(root2, code, maxDepth, fail) {
  const b = new TreeBuilder(code, maxDepth, fail);
  if (!(root2 instanceof PyObject)) return fail("data.pkl does not hold a module object");
  const top = b.script(root2, "", 0);
  return { source: "script", root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
}
function pickleTree(root2, maxDepth, fail) {
  const b = new TreeBuilder(null, maxDepth, fail);
  if (TreeBuilder.isEagerModule(root2)) {
    const top = b.eager(root2, "", 0);
    return { source: "eager", root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
  }
  b.generic(root2, "", 0);
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
function countForwardOps(root2, code, maxDepth) {
  const rootForward = code.classes.get(root2.cls)?.methods.get("forward");
  if (!rootForward) return null;
  const counts = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  const run = (method, self2, key2, depth) => {
    if (active.has(key2) || depth > maxDepth) return;
    active.add(key2);
    const locals = /* @__PURE__ */ new Map();
    if (self2) locals.set("self", self2);
    const resolve6 = (name) => {
      const [head, ...rest] = name.split(".");
      let inst = locals.get(head) ?? null;
      for (const attr4 of rest) inst = inst?.children.get(attr4) ?? null;
      return inst;
    };
    for (const ev of method.events) {
      if (ev.kind === "op") counts.set(ev.op, (counts.get(ev.op) ?? 0) + 1);
      else if (ev.kind === "bind") locals.set(ev.name, resolve6(ev.base)?.children.get(ev.attr) ?? null);
      else if (ev.kind === "call") {
        const target2 = resolve6(ev.target);
        const callee = target2 && code.classes.get(target2.cls)?.methods.get(ev.method);
        if (target2 && callee) run(callee, target2, `${target2.path}#${ev.method}`, depth + 1);
      } else {
        const fn = code.functions.get(ev.qualified);
        if (fn) run(fn, null, `fn:${ev.qualified}`, depth + 1);
      }
    }
    active.delete(key2);
  };
  run(rootForward, root2, `${root2.path}#forward`, 0);
  return counts;
}

// src/engine/torchscript/quant-summary.ts
function summarize(tree, ops) {
  const kinds = new Map(tree.modules.map((m) => [m, moduleKind(m)]));
  const insideFakeQuant = /* @__PURE__ */ new Set();
  for (const [m, kind] of kinds) if (kind === "fake-quant") for (const c of m.children.values()) insideFakeQuant.add(c);
  const ranges = /* @__PURE__ */ new Map();
  const addRange = (cfg) => {
    const key2 = JSON.stringify(cfg);
    const r = ranges.get(key2);
    if (r) r.count++;
    else ranges.set(key2, { ...cfg, count: 1 });
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
  const count2 = (k) => [...kinds.values()].filter((x2) => x2 === k).length;
  let fakeQuantOpCalls = 0;
  let quantizedOpCalls = 0;
  for (const [op, n] of ops) {
    if (isFakeQuantOp(op)) fakeQuantOpCalls += n;
    else if (isQuantizedOp(op)) quantizedOpCalls += n;
  }
  const summary = {
    state: "float",
    fakeQuantModules: count2("fake-quant"),
    fusedFakeQuantModules: modules.filter((m) => m.kind === "fake-quant" && /FusedMovingAvgObsFakeQuantize$/.test(m.type ?? "")).length,
    observerModules: [...kinds].filter(([m, k]) => k === "observer" && !insideFakeQuant.has(m)).length,
    qatModules: count2("qat"),
    quantizedModules: count2("quantized"),
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
var STORAGE_BYTES2 = {
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
    const record = folders.map((f2) => `${f2}${s.key}`).find((n) => tf.sizes.has(n));
    if (record === void 0) {
      throw badInput(file, `${at(pickle2)} names tensor storage '${s.key}', but the archive has no record ${at(`${folders[0]}${s.key}`)}: the file is incomplete or damaged`);
    }
    const need2 = s.numel * (STORAGE_BYTES2[s.dtype] ?? 0);
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
    const target2 = this.top();
    if (target2 instanceof PyObject) {
      target2.state = state;
      this.grow(target2, state);
    }
  }
  append(items) {
    const target2 = this.top();
    if (target2 instanceof PyList) target2.items.push(...items);
    else if (target2 instanceof PyObject) target2.listItems.push(...items);
    else this.fail("APPEND to something that is not a list");
    for (const item of items) this.grow(target2, item);
  }
  setItems(flat) {
    const target2 = this.top();
    if (target2 instanceof PyDict) this.pushPairs(target2, flat);
    else if (target2 instanceof PyObject) {
      for (let i2 = 0; i2 + 1 < flat.length; i2 += 2) target2.dictItems.push([flat[i2], flat[i2 + 1]]);
      for (const v of flat) this.grow(target2, v);
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
  const parsed = parse2(file, limits);
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
function parse2(file, limits) {
  const tf = readTorchFile(file, limits);
  const read = (bytes, entry2, start = 0) => unpickle(bytes, { file, entry: entry2, maxDepth: limits.maxDepth, maxBytes: limits.maxPickleBytes, start });
  const failIn = (entry2) => (message) => {
    throw badInput(file, `${entry2}: ${message}`);
  };
  if (tf.kind === "zip") {
    const at = (name) => tf.prefix ? `${tf.prefix}/${name}` : name;
    const data = read(tf.entries.get("data.pkl"), at("data.pkl"));
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
    let constants2 = [];
    const constBytes = tf.entries.get("constants.pkl");
    if (constBytes) {
      const c = read(constBytes, at("constants.pkl"));
      checkStorages(tf, c.storages, "constants.pkl", ["constants/", ".data/"], file);
      pickles.push(c);
      constants2 = constantTensors(c.value);
    }
    const ops = tree2.root ? countForwardOps(tree2.root, code, limits.maxDepth) : null;
    return { format: "torchscript", container: "zip", archive, tree: tree2, constants: constants2, ops, pickles };
  }
  const first = read(tf.bytes, "pickle");
  if (first.value !== LEGACY_MAGIC) {
    return { format: "pickle", container: "plain-pickle", archive: null, tree: pickleTree(first.value, limits.maxDepth, failIn("pickle")), constants: [], ops: null, pickles: [first] };
  }
  const protocol = read(tf.bytes, "pickle 2 (protocol version)", first.end);
  const sysInfo = read(tf.bytes, "pickle 3 (sys info)", protocol.end);
  const main2 = read(tf.bytes, "pickle 4 (the saved object)", sysInfo.end);
  const tree = pickleTree(main2.value, limits.maxDepth, failIn("pickle 4"));
  return { format: "pickle", container: "legacy-pickle", archive: null, tree, constants: [], ops: null, pickles: [main2] };
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

// test/helpers/fuzz/run-entry.ts
var target = (id) => BUILTIN_TARGETS.find((t) => t.id === id);
function entryPoints(kind) {
  if (kind === "onnx") return ["compile", "compare", "repair", "read"];
  if (kind === "pt") return ["inspect"];
  return ["inputs"];
}
function chooseEntries(f2, d, all) {
  const entries = entryPoints(f2.kind);
  if (all || entries.length === 1) return entries;
  const r = d.real();
  return [r < 0.5 ? "compile" : r < 0.7 ? "compare" : r < 0.8 ? "repair" : "read"];
}
async function work(f2, entry2, ctx) {
  switch (entry2) {
    case "compile": {
      const { report } = await compileModel(f2.file, { target: target("cpu"), engine: ctx.engine });
      return report.failure ? "compile-failed" : "ok";
    }
    case "compare":
      await classified(f2.file, () => compareModels({ model: f2.file, target: target("cpu"), referenceTarget: target("reference"), engine: ctx.engine }));
      return "ok";
    case "repair": {
      const r = await repairModel(f2.file, path19.join(ctx.outDir, `${path19.basename(f2.file)}.fixed.onnx`), { engine: ctx.engine });
      return r.failingBefore.length && !r.out ? "compile-failed" : r.failingAfter.length ? "compile-failed" : "ok";
    }
    case "read":
      buildIR(readModel(f2.file).model);
      return "ok";
    case "inputs":
      loadInputs(parseModel(ctx.bases.float_convs).graph, f2.file, {});
      return "ok";
    case "inspect":
      inspectTorchScript(f2.file);
      return "ok";
  }
}
async function runEntry(f2, entry2, ctx) {
  const t0 = performance.now();
  let outcome;
  let message = "";
  let namesFile = true;
  try {
    outcome = await work(f2, entry2, ctx);
  } catch (err2) {
    message = errorMessage(err2);
    if (err2 instanceof QuantLensError) {
      outcome = err2.kind === "run-failed" ? "bad-input" : err2.kind;
      namesFile = message.includes(f2.file) || message.includes(path19.basename(f2.file));
    } else {
      outcome = "internal";
      message = `${message}
${err2?.stack ?? ""}`;
    }
  }
  const ms = performance.now() - t0;
  if (ms > ctx.hangMs) outcome = "hang";
  return { file: f2.file, what: `${f2.base}: ${f2.what}`, entry: entry2, outcome, ms, message, namesFile };
}
async function runCorpus(files, bases, outDir, opts) {
  const engine = new EngineClient(void 0, void 0, opts.hangMs);
  const ctx = { engine, bases, outDir, hangMs: opts.hangMs };
  const d = new Dice(opts.seed);
  const summary = {
    files: files.length,
    runs: 0,
    byKind: {},
    unnamed: [],
    failures: [],
    slowest: null,
    ms: 0,
    byOutcome: { ok: 0, "bad-input": 0, "compile-failed": 0, "engine-crashed": 0, system: 0, cancelled: 0, internal: 0, hang: 0 }
  };
  const t0 = performance.now();
  try {
    for (const f2 of files) {
      summary.byKind[f2.kind] = (summary.byKind[f2.kind] ?? 0) + 1;
      for (const entry2 of chooseEntries(f2, d, opts.all)) {
        const r = await runEntry(f2, entry2, ctx);
        summary.runs++;
        summary.byOutcome[r.outcome]++;
        if (!r.namesFile) summary.unnamed.push(r);
        if (!["ok", "bad-input", "compile-failed"].includes(r.outcome)) summary.failures.push(r);
        if (!summary.slowest || r.ms > summary.slowest.ms) summary.slowest = r;
        opts.onRun?.(r);
      }
    }
  } finally {
    engine.dispose();
  }
  summary.ms = performance.now() - t0;
  return summary;
}

// bench/fuzz-bench.ts
async function main() {
  const count2 = Number(process.argv[2] ?? 3e3);
  const seed = Number(process.argv[3] ?? 2024);
  const dir = fs21.mkdtempSync(path20.join(os5.tmpdir(), "ql-fuzz-bench-"));
  process.env.QUANTLENS_CACHE_DIR = path20.join(dir, "cache");
  const bases = writeBases(dir);
  const files = writeCorpus(path20.join(dir, "corpus"), count2, seed);
  fs21.mkdirSync(path20.join(dir, "out"));
  let done = 0;
  const s = await runCorpus(files, bases, path20.join(dir, "out"), {
    all: true,
    seed,
    hangMs: 3e4,
    onRun: () => {
      if (++done % 500 === 0) process.stderr.write(`\u2026 ${done} runs
`);
    }
  });
  const cpu = os5.cpus()[0]?.model ?? "unknown CPU";
  console.log(`fuzz: ${s.files} files (${Object.entries(s.byKind).map(([k, v]) => `${v} .${k}`).join(", ")}), seed ${seed}, ${s.runs} runs in ${(s.ms / 1e3).toFixed(0)} s on ${cpu}`);
  console.log(`outcomes: ${Object.entries(s.byOutcome).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`slowest run: ${s.slowest?.entry} ${s.slowest?.what} ${((s.slowest?.ms ?? 0) / 1e3).toFixed(1)} s`);
  const show = (r) => `  ${r.entry} ${r.file} (${r.what}): ${r.outcome}: ${r.message.split("\n").slice(0, 3).join(" | ")}`;
  for (const r of s.failures) console.log(show(r));
  for (const r of s.unnamed) console.log(`unnamed: ${show(r)}`);
  if (s.failures.length === 0 && s.unnamed.length === 0) fs21.rmSync(dir, { recursive: true, force: true });
  else console.log(`corpus kept in ${dir}`);
  process.exitCode = s.failures.length || s.unnamed.length ? 1 : 0;
}
main().catch((err2) => {
  console.error(err2);
  process.exitCode = 1;
});
/*! Bundled license information:

long/umd/index.js:
long/index.js:
  (**
   * @license
   * Copyright 2009 The Closure Library Authors
   * Copyright 2020 Daniel Wirtz / The long.js Authors.
   *
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   *     http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   *
   * SPDX-License-Identifier: Apache-2.0
   *)
*/
//# sourceMappingURL=fuzz-bench.js.map
