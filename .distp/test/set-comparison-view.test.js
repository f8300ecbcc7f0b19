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

// node_modules/pngjs/lib/chunkstream.js
var require_chunkstream = __commonJS({
  "node_modules/pngjs/lib/chunkstream.js"(exports2, module2) {
    "use strict";
    var util2 = require("util");
    var Stream = require("stream");
    var ChunkStream = module2.exports = function() {
      Stream.call(this);
      this._buffers = [];
      this._buffered = 0;
      this._reads = [];
      this._paused = false;
      this._encoding = "utf8";
      this.writable = true;
    };
    util2.inherits(ChunkStream, Stream);
    ChunkStream.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
      process.nextTick(
        function() {
          this._process();
          if (this._paused && this._reads && this._reads.length > 0) {
            this._paused = false;
            this.emit("drain");
          }
        }.bind(this)
      );
    };
    ChunkStream.prototype.write = function(data, encoding) {
      if (!this.writable) {
        this.emit("error", new Error("Stream not writable"));
        return false;
      }
      let dataBuffer;
      if (Buffer.isBuffer(data)) {
        dataBuffer = data;
      } else {
        dataBuffer = Buffer.from(data, encoding || this._encoding);
      }
      this._buffers.push(dataBuffer);
      this._buffered += dataBuffer.length;
      this._process();
      if (this._reads && this._reads.length === 0) {
        this._paused = true;
      }
      return this.writable && !this._paused;
    };
    ChunkStream.prototype.end = function(data, encoding) {
      if (data) {
        this.write(data, encoding);
      }
      this.writable = false;
      if (!this._buffers) {
        return;
      }
      if (this._buffers.length === 0) {
        this._end();
      } else {
        this._buffers.push(null);
        this._process();
      }
    };
    ChunkStream.prototype.destroySoon = ChunkStream.prototype.end;
    ChunkStream.prototype._end = function() {
      if (this._reads.length > 0) {
        this.emit("error", new Error("Unexpected end of input"));
      }
      this.destroy();
    };
    ChunkStream.prototype.destroy = function() {
      if (!this._buffers) {
        return;
      }
      this.writable = false;
      this._reads = null;
      this._buffers = null;
      this.emit("close");
    };
    ChunkStream.prototype._processReadAllowingLess = function(read) {
      this._reads.shift();
      let smallerBuf = this._buffers[0];
      if (smallerBuf.length > read.length) {
        this._buffered -= read.length;
        this._buffers[0] = smallerBuf.slice(read.length);
        read.func.call(this, smallerBuf.slice(0, read.length));
      } else {
        this._buffered -= smallerBuf.length;
        this._buffers.shift();
        read.func.call(this, smallerBuf);
      }
    };
    ChunkStream.prototype._processRead = function(read) {
      this._reads.shift();
      let pos = 0;
      let count2 = 0;
      let data = Buffer.alloc(read.length);
      while (pos < read.length) {
        let buf = this._buffers[count2++];
        let len = Math.min(buf.length, read.length - pos);
        buf.copy(data, pos, 0, len);
        pos += len;
        if (len !== buf.length) {
          this._buffers[--count2] = buf.slice(len);
        }
      }
      if (count2 > 0) {
        this._buffers.splice(0, count2);
      }
      this._buffered -= read.length;
      read.func.call(this, data);
    };
    ChunkStream.prototype._process = function() {
      try {
        while (this._buffered > 0 && this._reads && this._reads.length > 0) {
          let read = this._reads[0];
          if (read.allowLess) {
            this._processReadAllowingLess(read);
          } else if (this._buffered >= read.length) {
            this._processRead(read);
          } else {
            break;
          }
        }
        if (this._buffers && !this.writable) {
          this._end();
        }
      } catch (ex) {
        this.emit("error", ex);
      }
    };
  }
});

// node_modules/pngjs/lib/interlace.js
var require_interlace = __commonJS({
  "node_modules/pngjs/lib/interlace.js"(exports2) {
    "use strict";
    var imagePasses = [
      {
        // pass 1 - 1px
        x: [0],
        y: [0]
      },
      {
        // pass 2 - 1px
        x: [4],
        y: [0]
      },
      {
        // pass 3 - 2px
        x: [0, 4],
        y: [4]
      },
      {
        // pass 4 - 4px
        x: [2, 6],
        y: [0, 4]
      },
      {
        // pass 5 - 8px
        x: [0, 2, 4, 6],
        y: [2, 6]
      },
      {
        // pass 6 - 16px
        x: [1, 3, 5, 7],
        y: [0, 2, 4, 6]
      },
      {
        // pass 7 - 32px
        x: [0, 1, 2, 3, 4, 5, 6, 7],
        y: [1, 3, 5, 7]
      }
    ];
    exports2.getImagePasses = function(width, height) {
      let images = [];
      let xLeftOver = width % 8;
      let yLeftOver = height % 8;
      let xRepeats = (width - xLeftOver) / 8;
      let yRepeats = (height - yLeftOver) / 8;
      for (let i2 = 0; i2 < imagePasses.length; i2++) {
        let pass = imagePasses[i2];
        let passWidth = xRepeats * pass.x.length;
        let passHeight = yRepeats * pass.y.length;
        for (let j = 0; j < pass.x.length; j++) {
          if (pass.x[j] < xLeftOver) {
            passWidth++;
          } else {
            break;
          }
        }
        for (let j = 0; j < pass.y.length; j++) {
          if (pass.y[j] < yLeftOver) {
            passHeight++;
          } else {
            break;
          }
        }
        if (passWidth > 0 && passHeight > 0) {
          images.push({ width: passWidth, height: passHeight, index: i2 });
        }
      }
      return images;
    };
    exports2.getInterlaceIterator = function(width) {
      return function(x2, y, pass) {
        let outerXLeftOver = x2 % imagePasses[pass].x.length;
        let outerX = (x2 - outerXLeftOver) / imagePasses[pass].x.length * 8 + imagePasses[pass].x[outerXLeftOver];
        let outerYLeftOver = y % imagePasses[pass].y.length;
        let outerY = (y - outerYLeftOver) / imagePasses[pass].y.length * 8 + imagePasses[pass].y[outerYLeftOver];
        return outerX * 4 + outerY * width * 4;
      };
    };
  }
});

// node_modules/pngjs/lib/paeth-predictor.js
var require_paeth_predictor = __commonJS({
  "node_modules/pngjs/lib/paeth-predictor.js"(exports2, module2) {
    "use strict";
    module2.exports = function paethPredictor(left, above, upLeft) {
      let paeth = left + above - upLeft;
      let pLeft = Math.abs(paeth - left);
      let pAbove = Math.abs(paeth - above);
      let pUpLeft = Math.abs(paeth - upLeft);
      if (pLeft <= pAbove && pLeft <= pUpLeft) {
        return left;
      }
      if (pAbove <= pUpLeft) {
        return above;
      }
      return upLeft;
    };
  }
});

// node_modules/pngjs/lib/filter-parse.js
var require_filter_parse = __commonJS({
  "node_modules/pngjs/lib/filter-parse.js"(exports2, module2) {
    "use strict";
    var interlaceUtils = require_interlace();
    var paethPredictor = require_paeth_predictor();
    function getByteWidth(width, bpp, depth) {
      let byteWidth = width * bpp;
      if (depth !== 8) {
        byteWidth = Math.ceil(byteWidth / (8 / depth));
      }
      return byteWidth;
    }
    var Filter = module2.exports = function(bitmapInfo, dependencies) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let interlace = bitmapInfo.interlace;
      let bpp = bitmapInfo.bpp;
      let depth = bitmapInfo.depth;
      this.read = dependencies.read;
      this.write = dependencies.write;
      this.complete = dependencies.complete;
      this._imageIndex = 0;
      this._images = [];
      if (interlace) {
        let passes = interlaceUtils.getImagePasses(width, height);
        for (let i2 = 0; i2 < passes.length; i2++) {
          this._images.push({
            byteWidth: getByteWidth(passes[i2].width, bpp, depth),
            height: passes[i2].height,
            lineIndex: 0
          });
        }
      } else {
        this._images.push({
          byteWidth: getByteWidth(width, bpp, depth),
          height,
          lineIndex: 0
        });
      }
      if (depth === 8) {
        this._xComparison = bpp;
      } else if (depth === 16) {
        this._xComparison = bpp * 2;
      } else {
        this._xComparison = 1;
      }
    };
    Filter.prototype.start = function() {
      this.read(
        this._images[this._imageIndex].byteWidth + 1,
        this._reverseFilterLine.bind(this)
      );
    };
    Filter.prototype._unFilterType1 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData[1 + x2];
        let f1Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        unfilteredLine[x2] = rawByte + f1Left;
      }
    };
    Filter.prototype._unFilterType2 = function(rawData, unfilteredLine, byteWidth) {
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData[1 + x2];
        let f2Up = lastLine ? lastLine[x2] : 0;
        unfilteredLine[x2] = rawByte + f2Up;
      }
    };
    Filter.prototype._unFilterType3 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData[1 + x2];
        let f3Up = lastLine ? lastLine[x2] : 0;
        let f3Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        let f3Add = Math.floor((f3Left + f3Up) / 2);
        unfilteredLine[x2] = rawByte + f3Add;
      }
    };
    Filter.prototype._unFilterType4 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData[1 + x2];
        let f4Up = lastLine ? lastLine[x2] : 0;
        let f4Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        let f4UpLeft = x2 > xBiggerThan && lastLine ? lastLine[x2 - xComparison] : 0;
        let f4Add = paethPredictor(f4Left, f4Up, f4UpLeft);
        unfilteredLine[x2] = rawByte + f4Add;
      }
    };
    Filter.prototype._reverseFilterLine = function(rawData) {
      let filter = rawData[0];
      let unfilteredLine;
      let currentImage = this._images[this._imageIndex];
      let byteWidth = currentImage.byteWidth;
      if (filter === 0) {
        unfilteredLine = rawData.slice(1, byteWidth + 1);
      } else {
        unfilteredLine = Buffer.alloc(byteWidth);
        switch (filter) {
          case 1:
            this._unFilterType1(rawData, unfilteredLine, byteWidth);
            break;
          case 2:
            this._unFilterType2(rawData, unfilteredLine, byteWidth);
            break;
          case 3:
            this._unFilterType3(rawData, unfilteredLine, byteWidth);
            break;
          case 4:
            this._unFilterType4(rawData, unfilteredLine, byteWidth);
            break;
          default:
            throw new Error("Unrecognised filter type - " + filter);
        }
      }
      this.write(unfilteredLine);
      currentImage.lineIndex++;
      if (currentImage.lineIndex >= currentImage.height) {
        this._lastLine = null;
        this._imageIndex++;
        currentImage = this._images[this._imageIndex];
      } else {
        this._lastLine = unfilteredLine;
      }
      if (currentImage) {
        this.read(currentImage.byteWidth + 1, this._reverseFilterLine.bind(this));
      } else {
        this._lastLine = null;
        this.complete();
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-async.js
var require_filter_parse_async = __commonJS({
  "node_modules/pngjs/lib/filter-parse-async.js"(exports2, module2) {
    "use strict";
    var util2 = require("util");
    var ChunkStream = require_chunkstream();
    var Filter = require_filter_parse();
    var FilterAsync = module2.exports = function(bitmapInfo) {
      ChunkStream.call(this);
      let buffers = [];
      let that = this;
      this._filter = new Filter(bitmapInfo, {
        read: this.read.bind(this),
        write: function(buffer) {
          buffers.push(buffer);
        },
        complete: function() {
          that.emit("complete", Buffer.concat(buffers));
        }
      });
      this._filter.start();
    };
    util2.inherits(FilterAsync, ChunkStream);
  }
});

// node_modules/pngjs/lib/constants.js
var require_constants = __commonJS({
  "node_modules/pngjs/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      PNG_SIGNATURE: [137, 80, 78, 71, 13, 10, 26, 10],
      TYPE_IHDR: 1229472850,
      TYPE_IEND: 1229278788,
      TYPE_IDAT: 1229209940,
      TYPE_PLTE: 1347179589,
      TYPE_tRNS: 1951551059,
      // eslint-disable-line camelcase
      TYPE_gAMA: 1732332865,
      // eslint-disable-line camelcase
      // color-type bits
      COLORTYPE_GRAYSCALE: 0,
      COLORTYPE_PALETTE: 1,
      COLORTYPE_COLOR: 2,
      COLORTYPE_ALPHA: 4,
      // e.g. grayscale and alpha
      // color-type combinations
      COLORTYPE_PALETTE_COLOR: 3,
      COLORTYPE_COLOR_ALPHA: 6,
      COLORTYPE_TO_BPP_MAP: {
        0: 1,
        2: 3,
        3: 1,
        4: 2,
        6: 4
      },
      GAMMA_DIVISION: 1e5
    };
  }
});

// node_modules/pngjs/lib/crc.js
var require_crc = __commonJS({
  "node_modules/pngjs/lib/crc.js"(exports2, module2) {
    "use strict";
    var crcTable = [];
    (function() {
      for (let i2 = 0; i2 < 256; i2++) {
        let currentCrc = i2;
        for (let j = 0; j < 8; j++) {
          if (currentCrc & 1) {
            currentCrc = 3988292384 ^ currentCrc >>> 1;
          } else {
            currentCrc = currentCrc >>> 1;
          }
        }
        crcTable[i2] = currentCrc;
      }
    })();
    var CrcCalculator = module2.exports = function() {
      this._crc = -1;
    };
    CrcCalculator.prototype.write = function(data) {
      for (let i2 = 0; i2 < data.length; i2++) {
        this._crc = crcTable[(this._crc ^ data[i2]) & 255] ^ this._crc >>> 8;
      }
      return true;
    };
    CrcCalculator.prototype.crc32 = function() {
      return this._crc ^ -1;
    };
    CrcCalculator.crc32 = function(buf) {
      let crc2 = -1;
      for (let i2 = 0; i2 < buf.length; i2++) {
        crc2 = crcTable[(crc2 ^ buf[i2]) & 255] ^ crc2 >>> 8;
      }
      return crc2 ^ -1;
    };
  }
});

// node_modules/pngjs/lib/parser.js
var require_parser = __commonJS({
  "node_modules/pngjs/lib/parser.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var CrcCalculator = require_crc();
    var Parser = module2.exports = function(options, dependencies) {
      this._options = options;
      options.checkCRC = options.checkCRC !== false;
      this._hasIHDR = false;
      this._hasIEND = false;
      this._emittedHeadersFinished = false;
      this._palette = [];
      this._colorType = 0;
      this._chunks = {};
      this._chunks[constants.TYPE_IHDR] = this._handleIHDR.bind(this);
      this._chunks[constants.TYPE_IEND] = this._handleIEND.bind(this);
      this._chunks[constants.TYPE_IDAT] = this._handleIDAT.bind(this);
      this._chunks[constants.TYPE_PLTE] = this._handlePLTE.bind(this);
      this._chunks[constants.TYPE_tRNS] = this._handleTRNS.bind(this);
      this._chunks[constants.TYPE_gAMA] = this._handleGAMA.bind(this);
      this.read = dependencies.read;
      this.error = dependencies.error;
      this.metadata = dependencies.metadata;
      this.gamma = dependencies.gamma;
      this.transColor = dependencies.transColor;
      this.palette = dependencies.palette;
      this.parsed = dependencies.parsed;
      this.inflateData = dependencies.inflateData;
      this.finished = dependencies.finished;
      this.simpleTransparency = dependencies.simpleTransparency;
      this.headersFinished = dependencies.headersFinished || function() {
      };
    };
    Parser.prototype.start = function() {
      this.read(constants.PNG_SIGNATURE.length, this._parseSignature.bind(this));
    };
    Parser.prototype._parseSignature = function(data) {
      let signature = constants.PNG_SIGNATURE;
      for (let i2 = 0; i2 < signature.length; i2++) {
        if (data[i2] !== signature[i2]) {
          this.error(new Error("Invalid file signature"));
          return;
        }
      }
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._parseChunkBegin = function(data) {
      let length = data.readUInt32BE(0);
      let type = data.readUInt32BE(4);
      let name2 = "";
      for (let i2 = 4; i2 < 8; i2++) {
        name2 += String.fromCharCode(data[i2]);
      }
      let ancillary = Boolean(data[4] & 32);
      if (!this._hasIHDR && type !== constants.TYPE_IHDR) {
        this.error(new Error("Expected IHDR on beggining"));
        return;
      }
      this._crc = new CrcCalculator();
      this._crc.write(Buffer.from(name2));
      if (this._chunks[type]) {
        return this._chunks[type](length);
      }
      if (!ancillary) {
        this.error(new Error("Unsupported critical chunk type " + name2));
        return;
      }
      this.read(length + 4, this._skipChunk.bind(this));
    };
    Parser.prototype._skipChunk = function() {
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._handleChunkEnd = function() {
      this.read(4, this._parseChunkEnd.bind(this));
    };
    Parser.prototype._parseChunkEnd = function(data) {
      let fileCrc = data.readInt32BE(0);
      let calcCrc = this._crc.crc32();
      if (this._options.checkCRC && calcCrc !== fileCrc) {
        this.error(new Error("Crc error - " + fileCrc + " - " + calcCrc));
        return;
      }
      if (!this._hasIEND) {
        this.read(8, this._parseChunkBegin.bind(this));
      }
    };
    Parser.prototype._handleIHDR = function(length) {
      this.read(length, this._parseIHDR.bind(this));
    };
    Parser.prototype._parseIHDR = function(data) {
      this._crc.write(data);
      let width = data.readUInt32BE(0);
      let height = data.readUInt32BE(4);
      let depth = data[8];
      let colorType = data[9];
      let compr = data[10];
      let filter = data[11];
      let interlace = data[12];
      if (depth !== 8 && depth !== 4 && depth !== 2 && depth !== 1 && depth !== 16) {
        this.error(new Error("Unsupported bit depth " + depth));
        return;
      }
      if (!(colorType in constants.COLORTYPE_TO_BPP_MAP)) {
        this.error(new Error("Unsupported color type"));
        return;
      }
      if (compr !== 0) {
        this.error(new Error("Unsupported compression method"));
        return;
      }
      if (filter !== 0) {
        this.error(new Error("Unsupported filter method"));
        return;
      }
      if (interlace !== 0 && interlace !== 1) {
        this.error(new Error("Unsupported interlace method"));
        return;
      }
      this._colorType = colorType;
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._colorType];
      this._hasIHDR = true;
      this.metadata({
        width,
        height,
        depth,
        interlace: Boolean(interlace),
        palette: Boolean(colorType & constants.COLORTYPE_PALETTE),
        color: Boolean(colorType & constants.COLORTYPE_COLOR),
        alpha: Boolean(colorType & constants.COLORTYPE_ALPHA),
        bpp,
        colorType
      });
      this._handleChunkEnd();
    };
    Parser.prototype._handlePLTE = function(length) {
      this.read(length, this._parsePLTE.bind(this));
    };
    Parser.prototype._parsePLTE = function(data) {
      this._crc.write(data);
      let entries = Math.floor(data.length / 3);
      for (let i2 = 0; i2 < entries; i2++) {
        this._palette.push([data[i2 * 3], data[i2 * 3 + 1], data[i2 * 3 + 2], 255]);
      }
      this.palette(this._palette);
      this._handleChunkEnd();
    };
    Parser.prototype._handleTRNS = function(length) {
      this.simpleTransparency();
      this.read(length, this._parseTRNS.bind(this));
    };
    Parser.prototype._parseTRNS = function(data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR) {
        if (this._palette.length === 0) {
          this.error(new Error("Transparency chunk must be after palette"));
          return;
        }
        if (data.length > this._palette.length) {
          this.error(new Error("More transparent colors than palette size"));
          return;
        }
        for (let i2 = 0; i2 < data.length; i2++) {
          this._palette[i2][3] = data[i2];
        }
        this.palette(this._palette);
      }
      if (this._colorType === constants.COLORTYPE_GRAYSCALE) {
        this.transColor([data.readUInt16BE(0)]);
      }
      if (this._colorType === constants.COLORTYPE_COLOR) {
        this.transColor([
          data.readUInt16BE(0),
          data.readUInt16BE(2),
          data.readUInt16BE(4)
        ]);
      }
      this._handleChunkEnd();
    };
    Parser.prototype._handleGAMA = function(length) {
      this.read(length, this._parseGAMA.bind(this));
    };
    Parser.prototype._parseGAMA = function(data) {
      this._crc.write(data);
      this.gamma(data.readUInt32BE(0) / constants.GAMMA_DIVISION);
      this._handleChunkEnd();
    };
    Parser.prototype._handleIDAT = function(length) {
      if (!this._emittedHeadersFinished) {
        this._emittedHeadersFinished = true;
        this.headersFinished();
      }
      this.read(-length, this._parseIDAT.bind(this, length));
    };
    Parser.prototype._parseIDAT = function(length, data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR && this._palette.length === 0) {
        throw new Error("Expected palette not found");
      }
      this.inflateData(data);
      let leftOverLength = length - data.length;
      if (leftOverLength > 0) {
        this._handleIDAT(leftOverLength);
      } else {
        this._handleChunkEnd();
      }
    };
    Parser.prototype._handleIEND = function(length) {
      this.read(length, this._parseIEND.bind(this));
    };
    Parser.prototype._parseIEND = function(data) {
      this._crc.write(data);
      this._hasIEND = true;
      this._handleChunkEnd();
      if (this.finished) {
        this.finished();
      }
    };
  }
});

// node_modules/pngjs/lib/bitmapper.js
var require_bitmapper = __commonJS({
  "node_modules/pngjs/lib/bitmapper.js"(exports2) {
    "use strict";
    var interlaceUtils = require_interlace();
    var pixelBppMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos === data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = 255;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 1 >= data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = data[rawPos + 1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 2 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = 255;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 3 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = data[rawPos + 3];
      }
    ];
    var pixelBppCustomMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = maxBit;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, pixelData, pxPos) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = pixelData[1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = maxBit;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, pixelData, pxPos) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = pixelData[3];
      }
    ];
    function bitRetriever(data, depth) {
      let leftOver = [];
      let i2 = 0;
      function split() {
        if (i2 === data.length) {
          throw new Error("Ran out of data");
        }
        let byte = data[i2];
        i2++;
        let byte8, byte7, byte6, byte5, byte4, byte3, byte2, byte1;
        switch (depth) {
          default:
            throw new Error("unrecognised depth");
          case 16:
            byte2 = data[i2];
            i2++;
            leftOver.push((byte << 8) + byte2);
            break;
          case 4:
            byte2 = byte & 15;
            byte1 = byte >> 4;
            leftOver.push(byte1, byte2);
            break;
          case 2:
            byte4 = byte & 3;
            byte3 = byte >> 2 & 3;
            byte2 = byte >> 4 & 3;
            byte1 = byte >> 6 & 3;
            leftOver.push(byte1, byte2, byte3, byte4);
            break;
          case 1:
            byte8 = byte & 1;
            byte7 = byte >> 1 & 1;
            byte6 = byte >> 2 & 1;
            byte5 = byte >> 3 & 1;
            byte4 = byte >> 4 & 1;
            byte3 = byte >> 5 & 1;
            byte2 = byte >> 6 & 1;
            byte1 = byte >> 7 & 1;
            leftOver.push(byte1, byte2, byte3, byte4, byte5, byte6, byte7, byte8);
            break;
        }
      }
      return {
        get: function(count2) {
          while (leftOver.length < count2) {
            split();
          }
          let returner = leftOver.slice(0, count2);
          leftOver = leftOver.slice(count2);
          return returner;
        },
        resetAfterLine: function() {
          leftOver.length = 0;
        },
        end: function() {
          if (i2 !== data.length) {
            throw new Error("extra data found");
          }
        }
      };
    }
    function mapImage8Bit(image, pxData, getPxPos, bpp, data, rawPos) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x2 = 0; x2 < imageWidth; x2++) {
          let pxPos = getPxPos(x2, y, imagePass);
          pixelBppMapper[bpp](pxData, data, pxPos, rawPos);
          rawPos += bpp;
        }
      }
      return rawPos;
    }
    function mapImageCustomBit(image, pxData, getPxPos, bpp, bits2, maxBit) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x2 = 0; x2 < imageWidth; x2++) {
          let pixelData = bits2.get(bpp);
          let pxPos = getPxPos(x2, y, imagePass);
          pixelBppCustomMapper[bpp](pxData, pixelData, pxPos, maxBit);
        }
        bits2.resetAfterLine();
      }
    }
    exports2.dataToBitMap = function(data, bitmapInfo) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let depth = bitmapInfo.depth;
      let bpp = bitmapInfo.bpp;
      let interlace = bitmapInfo.interlace;
      let bits2;
      if (depth !== 8) {
        bits2 = bitRetriever(data, depth);
      }
      let pxData;
      if (depth <= 8) {
        pxData = Buffer.alloc(width * height * 4);
      } else {
        pxData = new Uint16Array(width * height * 4);
      }
      let maxBit = Math.pow(2, depth) - 1;
      let rawPos = 0;
      let images;
      let getPxPos;
      if (interlace) {
        images = interlaceUtils.getImagePasses(width, height);
        getPxPos = interlaceUtils.getInterlaceIterator(width, height);
      } else {
        let nonInterlacedPxPos = 0;
        getPxPos = function() {
          let returner = nonInterlacedPxPos;
          nonInterlacedPxPos += 4;
          return returner;
        };
        images = [{ width, height }];
      }
      for (let imageIndex = 0; imageIndex < images.length; imageIndex++) {
        if (depth === 8) {
          rawPos = mapImage8Bit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            data,
            rawPos
          );
        } else {
          mapImageCustomBit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            bits2,
            maxBit
          );
        }
      }
      if (depth === 8) {
        if (rawPos !== data.length) {
          throw new Error("extra data found");
        }
      } else {
        bits2.end();
      }
      return pxData;
    };
  }
});

// node_modules/pngjs/lib/format-normaliser.js
var require_format_normaliser = __commonJS({
  "node_modules/pngjs/lib/format-normaliser.js"(exports2, module2) {
    "use strict";
    function dePalette(indata, outdata, width, height, palette) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width; x2++) {
          let color = palette[indata[pxPos]];
          if (!color) {
            throw new Error("index " + indata[pxPos] + " not in palette");
          }
          for (let i2 = 0; i2 < 4; i2++) {
            outdata[pxPos + i2] = color[i2];
          }
          pxPos += 4;
        }
      }
    }
    function replaceTransparentColor(indata, outdata, width, height, transColor) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width; x2++) {
          let makeTrans = false;
          if (transColor.length === 1) {
            if (transColor[0] === indata[pxPos]) {
              makeTrans = true;
            }
          } else if (transColor[0] === indata[pxPos] && transColor[1] === indata[pxPos + 1] && transColor[2] === indata[pxPos + 2]) {
            makeTrans = true;
          }
          if (makeTrans) {
            for (let i2 = 0; i2 < 4; i2++) {
              outdata[pxPos + i2] = 0;
            }
          }
          pxPos += 4;
        }
      }
    }
    function scaleDepth(indata, outdata, width, height, depth) {
      let maxOutSample = 255;
      let maxInSample = Math.pow(2, depth) - 1;
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width; x2++) {
          for (let i2 = 0; i2 < 4; i2++) {
            outdata[pxPos + i2] = Math.floor(
              indata[pxPos + i2] * maxOutSample / maxInSample + 0.5
            );
          }
          pxPos += 4;
        }
      }
    }
    module2.exports = function(indata, imageData, skipRescale = false) {
      let depth = imageData.depth;
      let width = imageData.width;
      let height = imageData.height;
      let colorType = imageData.colorType;
      let transColor = imageData.transColor;
      let palette = imageData.palette;
      let outdata = indata;
      if (colorType === 3) {
        dePalette(indata, outdata, width, height, palette);
      } else {
        if (transColor) {
          replaceTransparentColor(indata, outdata, width, height, transColor);
        }
        if (depth !== 8 && !skipRescale) {
          if (depth === 16) {
            outdata = Buffer.alloc(width * height * 4);
          }
          scaleDepth(indata, outdata, width, height, depth);
        }
      }
      return outdata;
    };
  }
});

// node_modules/pngjs/lib/parser-async.js
var require_parser_async = __commonJS({
  "node_modules/pngjs/lib/parser-async.js"(exports2, module2) {
    "use strict";
    var util2 = require("util");
    var zlib = require("zlib");
    var ChunkStream = require_chunkstream();
    var FilterAsync = require_filter_parse_async();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    var ParserAsync = module2.exports = function(options) {
      ChunkStream.call(this);
      this._parser = new Parser(options, {
        read: this.read.bind(this),
        error: this._handleError.bind(this),
        metadata: this._handleMetaData.bind(this),
        gamma: this.emit.bind(this, "gamma"),
        palette: this._handlePalette.bind(this),
        transColor: this._handleTransColor.bind(this),
        finished: this._finished.bind(this),
        inflateData: this._inflateData.bind(this),
        simpleTransparency: this._simpleTransparency.bind(this),
        headersFinished: this._headersFinished.bind(this)
      });
      this._options = options;
      this.writable = true;
      this._parser.start();
    };
    util2.inherits(ParserAsync, ChunkStream);
    ParserAsync.prototype._handleError = function(err2) {
      this.emit("error", err2);
      this.writable = false;
      this.destroy();
      if (this._inflate && this._inflate.destroy) {
        this._inflate.destroy();
      }
      if (this._filter) {
        this._filter.destroy();
        this._filter.on("error", function() {
        });
      }
      this.errord = true;
    };
    ParserAsync.prototype._inflateData = function(data) {
      if (!this._inflate) {
        if (this._bitmapInfo.interlace) {
          this._inflate = zlib.createInflate();
          this._inflate.on("error", this.emit.bind(this, "error"));
          this._filter.on("complete", this._complete.bind(this));
          this._inflate.pipe(this._filter);
        } else {
          let rowSize = (this._bitmapInfo.width * this._bitmapInfo.bpp * this._bitmapInfo.depth + 7 >> 3) + 1;
          let imageSize = rowSize * this._bitmapInfo.height;
          let chunkSize = Math.max(imageSize, zlib.Z_MIN_CHUNK);
          this._inflate = zlib.createInflate({ chunkSize });
          let leftToInflate = imageSize;
          let emitError = this.emit.bind(this, "error");
          this._inflate.on("error", function(err2) {
            if (!leftToInflate) {
              return;
            }
            emitError(err2);
          });
          this._filter.on("complete", this._complete.bind(this));
          let filterWrite = this._filter.write.bind(this._filter);
          this._inflate.on("data", function(chunk) {
            if (!leftToInflate) {
              return;
            }
            if (chunk.length > leftToInflate) {
              chunk = chunk.slice(0, leftToInflate);
            }
            leftToInflate -= chunk.length;
            filterWrite(chunk);
          });
          this._inflate.on("end", this._filter.end.bind(this._filter));
        }
      }
      this._inflate.write(data);
    };
    ParserAsync.prototype._handleMetaData = function(metaData) {
      this._metaData = metaData;
      this._bitmapInfo = Object.create(metaData);
      this._filter = new FilterAsync(this._bitmapInfo);
    };
    ParserAsync.prototype._handleTransColor = function(transColor) {
      this._bitmapInfo.transColor = transColor;
    };
    ParserAsync.prototype._handlePalette = function(palette) {
      this._bitmapInfo.palette = palette;
    };
    ParserAsync.prototype._simpleTransparency = function() {
      this._metaData.alpha = true;
    };
    ParserAsync.prototype._headersFinished = function() {
      this.emit("metadata", this._metaData);
    };
    ParserAsync.prototype._finished = function() {
      if (this.errord) {
        return;
      }
      if (!this._inflate) {
        this.emit("error", "No Inflate block");
      } else {
        this._inflate.end();
      }
    };
    ParserAsync.prototype._complete = function(filteredData) {
      if (this.errord) {
        return;
      }
      let normalisedBitmapData;
      try {
        let bitmapData = bitmapper.dataToBitMap(filteredData, this._bitmapInfo);
        normalisedBitmapData = formatNormaliser(
          bitmapData,
          this._bitmapInfo,
          this._options.skipRescale
        );
        bitmapData = null;
      } catch (ex) {
        this._handleError(ex);
        return;
      }
      this.emit("parsed", normalisedBitmapData);
    };
  }
});

// node_modules/pngjs/lib/bitpacker.js
var require_bitpacker = __commonJS({
  "node_modules/pngjs/lib/bitpacker.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    module2.exports = function(dataIn, width, height, options) {
      let outHasAlpha = [constants.COLORTYPE_COLOR_ALPHA, constants.COLORTYPE_ALPHA].indexOf(
        options.colorType
      ) !== -1;
      if (options.colorType === options.inputColorType) {
        let bigEndian = (function() {
          let buffer = new ArrayBuffer(2);
          new DataView(buffer).setInt16(
            0,
            256,
            true
            /* littleEndian */
          );
          return new Int16Array(buffer)[0] !== 256;
        })();
        if (options.bitDepth === 8 || options.bitDepth === 16 && bigEndian) {
          return dataIn;
        }
      }
      let data = options.bitDepth !== 16 ? dataIn : new Uint16Array(dataIn.buffer);
      let maxValue = 255;
      let inBpp = constants.COLORTYPE_TO_BPP_MAP[options.inputColorType];
      if (inBpp === 4 && !options.inputHasAlpha) {
        inBpp = 3;
      }
      let outBpp = constants.COLORTYPE_TO_BPP_MAP[options.colorType];
      if (options.bitDepth === 16) {
        maxValue = 65535;
        outBpp *= 2;
      }
      let outData = Buffer.alloc(width * height * outBpp);
      let inIndex = 0;
      let outIndex = 0;
      let bgColor = options.bgColor || {};
      if (bgColor.red === void 0) {
        bgColor.red = maxValue;
      }
      if (bgColor.green === void 0) {
        bgColor.green = maxValue;
      }
      if (bgColor.blue === void 0) {
        bgColor.blue = maxValue;
      }
      function getRGBA() {
        let red;
        let green;
        let blue;
        let alpha = maxValue;
        switch (options.inputColorType) {
          case constants.COLORTYPE_COLOR_ALPHA:
            alpha = data[inIndex + 3];
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_COLOR:
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_ALPHA:
            alpha = data[inIndex + 1];
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          case constants.COLORTYPE_GRAYSCALE:
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          default:
            throw new Error(
              "input color type:" + options.inputColorType + " is not supported at present"
            );
        }
        if (options.inputHasAlpha) {
          if (!outHasAlpha) {
            alpha /= maxValue;
            red = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.red + alpha * red), 0),
              maxValue
            );
            green = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.green + alpha * green), 0),
              maxValue
            );
            blue = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.blue + alpha * blue), 0),
              maxValue
            );
          }
        }
        return { red, green, blue, alpha };
      }
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width; x2++) {
          let rgba = getRGBA(data, inIndex);
          switch (options.colorType) {
            case constants.COLORTYPE_COLOR_ALPHA:
            case constants.COLORTYPE_COLOR:
              if (options.bitDepth === 8) {
                outData[outIndex] = rgba.red;
                outData[outIndex + 1] = rgba.green;
                outData[outIndex + 2] = rgba.blue;
                if (outHasAlpha) {
                  outData[outIndex + 3] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(rgba.red, outIndex);
                outData.writeUInt16BE(rgba.green, outIndex + 2);
                outData.writeUInt16BE(rgba.blue, outIndex + 4);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 6);
                }
              }
              break;
            case constants.COLORTYPE_ALPHA:
            case constants.COLORTYPE_GRAYSCALE: {
              let grayscale = (rgba.red + rgba.green + rgba.blue) / 3;
              if (options.bitDepth === 8) {
                outData[outIndex] = grayscale;
                if (outHasAlpha) {
                  outData[outIndex + 1] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(grayscale, outIndex);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 2);
                }
              }
              break;
            }
            default:
              throw new Error("unrecognised color Type " + options.colorType);
          }
          inIndex += inBpp;
          outIndex += outBpp;
        }
      }
      return outData;
    };
  }
});

// node_modules/pngjs/lib/filter-pack.js
var require_filter_pack = __commonJS({
  "node_modules/pngjs/lib/filter-pack.js"(exports2, module2) {
    "use strict";
    var paethPredictor = require_paeth_predictor();
    function filterNone(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        rawData[rawPos + x2] = pxData[pxPos + x2];
      }
    }
    function filterSumNone(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let i2 = pxPos; i2 < length; i2++) {
        sum += Math.abs(pxData[i2]);
      }
      return sum;
    }
    function filterSub(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let val = pxData[pxPos + x2] - left;
        rawData[rawPos + x2] = val;
      }
    }
    function filterSumSub(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let val = pxData[pxPos + x2] - left;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterUp(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - up;
        rawData[rawPos + x2] = val;
      }
    }
    function filterSumUp(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let x2 = pxPos; x2 < length; x2++) {
        let up = pxPos > 0 ? pxData[x2 - byteWidth] : 0;
        let val = pxData[x2] - up;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterAvg(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - (left + up >> 1);
        rawData[rawPos + x2] = val;
      }
    }
    function filterSumAvg(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - (left + up >> 1);
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterPaeth(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let upleft = pxPos > 0 && x2 >= bpp ? pxData[pxPos + x2 - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x2] - paethPredictor(left, up, upleft);
        rawData[rawPos + x2] = val;
      }
    }
    function filterSumPaeth(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let upleft = pxPos > 0 && x2 >= bpp ? pxData[pxPos + x2 - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x2] - paethPredictor(left, up, upleft);
        sum += Math.abs(val);
      }
      return sum;
    }
    var filters = {
      0: filterNone,
      1: filterSub,
      2: filterUp,
      3: filterAvg,
      4: filterPaeth
    };
    var filterSums = {
      0: filterSumNone,
      1: filterSumSub,
      2: filterSumUp,
      3: filterSumAvg,
      4: filterSumPaeth
    };
    module2.exports = function(pxData, width, height, options, bpp) {
      let filterTypes;
      if (!("filterType" in options) || options.filterType === -1) {
        filterTypes = [0, 1, 2, 3, 4];
      } else if (typeof options.filterType === "number") {
        filterTypes = [options.filterType];
      } else {
        throw new Error("unrecognised filter types");
      }
      if (options.bitDepth === 16) {
        bpp *= 2;
      }
      let byteWidth = width * bpp;
      let rawPos = 0;
      let pxPos = 0;
      let rawData = Buffer.alloc((byteWidth + 1) * height);
      let sel = filterTypes[0];
      for (let y = 0; y < height; y++) {
        if (filterTypes.length > 1) {
          let min = Infinity;
          for (let i2 = 0; i2 < filterTypes.length; i2++) {
            let sum = filterSums[filterTypes[i2]](pxData, pxPos, byteWidth, bpp);
            if (sum < min) {
              sel = filterTypes[i2];
              min = sum;
            }
          }
        }
        rawData[rawPos] = sel;
        rawPos++;
        filters[sel](pxData, pxPos, byteWidth, rawData, rawPos, bpp);
        rawPos += byteWidth;
        pxPos += byteWidth;
      }
      return rawData;
    };
  }
});

// node_modules/pngjs/lib/packer.js
var require_packer = __commonJS({
  "node_modules/pngjs/lib/packer.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var CrcStream = require_crc();
    var bitPacker = require_bitpacker();
    var filter = require_filter_pack();
    var zlib = require("zlib");
    var Packer = module2.exports = function(options) {
      this._options = options;
      options.deflateChunkSize = options.deflateChunkSize || 32 * 1024;
      options.deflateLevel = options.deflateLevel != null ? options.deflateLevel : 9;
      options.deflateStrategy = options.deflateStrategy != null ? options.deflateStrategy : 3;
      options.inputHasAlpha = options.inputHasAlpha != null ? options.inputHasAlpha : true;
      options.deflateFactory = options.deflateFactory || zlib.createDeflate;
      options.bitDepth = options.bitDepth || 8;
      options.colorType = typeof options.colorType === "number" ? options.colorType : constants.COLORTYPE_COLOR_ALPHA;
      options.inputColorType = typeof options.inputColorType === "number" ? options.inputColorType : constants.COLORTYPE_COLOR_ALPHA;
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.colorType) === -1) {
        throw new Error(
          "option color type:" + options.colorType + " is not supported at present"
        );
      }
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.inputColorType) === -1) {
        throw new Error(
          "option input color type:" + options.inputColorType + " is not supported at present"
        );
      }
      if (options.bitDepth !== 8 && options.bitDepth !== 16) {
        throw new Error(
          "option bit depth:" + options.bitDepth + " is not supported at present"
        );
      }
    };
    Packer.prototype.getDeflateOptions = function() {
      return {
        chunkSize: this._options.deflateChunkSize,
        level: this._options.deflateLevel,
        strategy: this._options.deflateStrategy
      };
    };
    Packer.prototype.createDeflate = function() {
      return this._options.deflateFactory(this.getDeflateOptions());
    };
    Packer.prototype.filterData = function(data, width, height) {
      let packedData = bitPacker(data, width, height, this._options);
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._options.colorType];
      let filteredData = filter(packedData, width, height, this._options, bpp);
      return filteredData;
    };
    Packer.prototype._packChunk = function(type, data) {
      let len = data ? data.length : 0;
      let buf = Buffer.alloc(len + 12);
      buf.writeUInt32BE(len, 0);
      buf.writeUInt32BE(type, 4);
      if (data) {
        data.copy(buf, 8);
      }
      buf.writeInt32BE(
        CrcStream.crc32(buf.slice(4, buf.length - 4)),
        buf.length - 4
      );
      return buf;
    };
    Packer.prototype.packGAMA = function(gamma) {
      let buf = Buffer.alloc(4);
      buf.writeUInt32BE(Math.floor(gamma * constants.GAMMA_DIVISION), 0);
      return this._packChunk(constants.TYPE_gAMA, buf);
    };
    Packer.prototype.packIHDR = function(width, height) {
      let buf = Buffer.alloc(13);
      buf.writeUInt32BE(width, 0);
      buf.writeUInt32BE(height, 4);
      buf[8] = this._options.bitDepth;
      buf[9] = this._options.colorType;
      buf[10] = 0;
      buf[11] = 0;
      buf[12] = 0;
      return this._packChunk(constants.TYPE_IHDR, buf);
    };
    Packer.prototype.packIDAT = function(data) {
      return this._packChunk(constants.TYPE_IDAT, data);
    };
    Packer.prototype.packIEND = function() {
      return this._packChunk(constants.TYPE_IEND, null);
    };
  }
});

// node_modules/pngjs/lib/packer-async.js
var require_packer_async = __commonJS({
  "node_modules/pngjs/lib/packer-async.js"(exports2, module2) {
    "use strict";
    var util2 = require("util");
    var Stream = require("stream");
    var constants = require_constants();
    var Packer = require_packer();
    var PackerAsync = module2.exports = function(opt2) {
      Stream.call(this);
      let options = opt2 || {};
      this._packer = new Packer(options);
      this._deflate = this._packer.createDeflate();
      this.readable = true;
    };
    util2.inherits(PackerAsync, Stream);
    PackerAsync.prototype.pack = function(data, width, height, gamma) {
      this.emit("data", Buffer.from(constants.PNG_SIGNATURE));
      this.emit("data", this._packer.packIHDR(width, height));
      if (gamma) {
        this.emit("data", this._packer.packGAMA(gamma));
      }
      let filteredData = this._packer.filterData(data, width, height);
      this._deflate.on("error", this.emit.bind(this, "error"));
      this._deflate.on(
        "data",
        function(compressedData) {
          this.emit("data", this._packer.packIDAT(compressedData));
        }.bind(this)
      );
      this._deflate.on(
        "end",
        function() {
          this.emit("data", this._packer.packIEND());
          this.emit("end");
        }.bind(this)
      );
      this._deflate.end(filteredData);
    };
  }
});

// node_modules/pngjs/lib/sync-inflate.js
var require_sync_inflate = __commonJS({
  "node_modules/pngjs/lib/sync-inflate.js"(exports2, module2) {
    "use strict";
    var assert2 = require("assert").ok;
    var zlib = require("zlib");
    var util2 = require("util");
    var kMaxLength = require("buffer").kMaxLength;
    function Inflate2(opts) {
      if (!(this instanceof Inflate2)) {
        return new Inflate2(opts);
      }
      if (opts && opts.chunkSize < zlib.Z_MIN_CHUNK) {
        opts.chunkSize = zlib.Z_MIN_CHUNK;
      }
      zlib.Inflate.call(this, opts);
      this._offset = this._offset === void 0 ? this._outOffset : this._offset;
      this._buffer = this._buffer || this._outBuffer;
      if (opts && opts.maxLength != null) {
        this._maxLength = opts.maxLength;
      }
    }
    function createInflate(opts) {
      return new Inflate2(opts);
    }
    function _close(engine, callback) {
      if (callback) {
        process.nextTick(callback);
      }
      if (!engine._handle) {
        return;
      }
      engine._handle.close();
      engine._handle = null;
    }
    Inflate2.prototype._processChunk = function(chunk, flushFlag, asyncCb) {
      if (typeof asyncCb === "function") {
        return zlib.Inflate._processChunk.call(this, chunk, flushFlag, asyncCb);
      }
      let self2 = this;
      let availInBefore = chunk && chunk.length;
      let availOutBefore = this._chunkSize - this._offset;
      let leftToInflate = this._maxLength;
      let inOff = 0;
      let buffers = [];
      let nread = 0;
      let error;
      this.on("error", function(err2) {
        error = err2;
      });
      function handleChunk(availInAfter, availOutAfter) {
        if (self2._hadError) {
          return;
        }
        let have = availOutBefore - availOutAfter;
        assert2(have >= 0, "have should not go down");
        if (have > 0) {
          let out = self2._buffer.slice(self2._offset, self2._offset + have);
          self2._offset += have;
          if (out.length > leftToInflate) {
            out = out.slice(0, leftToInflate);
          }
          buffers.push(out);
          nread += out.length;
          leftToInflate -= out.length;
          if (leftToInflate === 0) {
            return false;
          }
        }
        if (availOutAfter === 0 || self2._offset >= self2._chunkSize) {
          availOutBefore = self2._chunkSize;
          self2._offset = 0;
          self2._buffer = Buffer.allocUnsafe(self2._chunkSize);
        }
        if (availOutAfter === 0) {
          inOff += availInBefore - availInAfter;
          availInBefore = availInAfter;
          return true;
        }
        return false;
      }
      assert2(this._handle, "zlib binding closed");
      let res;
      do {
        res = this._handle.writeSync(
          flushFlag,
          chunk,
          // in
          inOff,
          // in_off
          availInBefore,
          // in_len
          this._buffer,
          // out
          this._offset,
          //out_off
          availOutBefore
        );
        res = res || this._writeState;
      } while (!this._hadError && handleChunk(res[0], res[1]));
      if (this._hadError) {
        throw error;
      }
      if (nread >= kMaxLength) {
        _close(this);
        throw new RangeError(
          "Cannot create final Buffer. It would be larger than 0x" + kMaxLength.toString(16) + " bytes"
        );
      }
      let buf = Buffer.concat(buffers, nread);
      _close(this);
      return buf;
    };
    util2.inherits(Inflate2, zlib.Inflate);
    function zlibBufferSync(engine, buffer) {
      if (typeof buffer === "string") {
        buffer = Buffer.from(buffer);
      }
      if (!(buffer instanceof Buffer)) {
        throw new TypeError("Not a string or buffer");
      }
      let flushFlag = engine._finishFlushFlag;
      if (flushFlag == null) {
        flushFlag = zlib.Z_FINISH;
      }
      return engine._processChunk(buffer, flushFlag);
    }
    function inflateSync(buffer, opts) {
      return zlibBufferSync(new Inflate2(opts), buffer);
    }
    module2.exports = exports2 = inflateSync;
    exports2.Inflate = Inflate2;
    exports2.createInflate = createInflate;
    exports2.inflateSync = inflateSync;
  }
});

// node_modules/pngjs/lib/sync-reader.js
var require_sync_reader = __commonJS({
  "node_modules/pngjs/lib/sync-reader.js"(exports2, module2) {
    "use strict";
    var SyncReader = module2.exports = function(buffer) {
      this._buffer = buffer;
      this._reads = [];
    };
    SyncReader.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
    };
    SyncReader.prototype.process = function() {
      while (this._reads.length > 0 && this._buffer.length) {
        let read = this._reads[0];
        if (this._buffer.length && (this._buffer.length >= read.length || read.allowLess)) {
          this._reads.shift();
          let buf = this._buffer;
          this._buffer = buf.slice(read.length);
          read.func.call(this, buf.slice(0, read.length));
        } else {
          break;
        }
      }
      if (this._reads.length > 0) {
        throw new Error("There are some read requests waitng on finished stream");
      }
      if (this._buffer.length > 0) {
        throw new Error("unrecognised content at end of stream");
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-sync.js
var require_filter_parse_sync = __commonJS({
  "node_modules/pngjs/lib/filter-parse-sync.js"(exports2) {
    "use strict";
    var SyncReader = require_sync_reader();
    var Filter = require_filter_parse();
    exports2.process = function(inBuffer, bitmapInfo) {
      let outBuffers = [];
      let reader = new SyncReader(inBuffer);
      let filter = new Filter(bitmapInfo, {
        read: reader.read.bind(reader),
        write: function(bufferPart) {
          outBuffers.push(bufferPart);
        },
        complete: function() {
        }
      });
      filter.start();
      reader.process();
      return Buffer.concat(outBuffers);
    };
  }
});

// node_modules/pngjs/lib/parser-sync.js
var require_parser_sync = __commonJS({
  "node_modules/pngjs/lib/parser-sync.js"(exports2, module2) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = require("zlib");
    var inflateSync = require_sync_inflate();
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var SyncReader = require_sync_reader();
    var FilterSync = require_filter_parse_sync();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    module2.exports = function(buffer, options) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let err2;
      function handleError(_err_) {
        err2 = _err_;
      }
      let metaData;
      function handleMetaData(_metaData_) {
        metaData = _metaData_;
      }
      function handleTransColor(transColor) {
        metaData.transColor = transColor;
      }
      function handlePalette(palette) {
        metaData.palette = palette;
      }
      function handleSimpleTransparency() {
        metaData.alpha = true;
      }
      let gamma;
      function handleGamma(_gamma_) {
        gamma = _gamma_;
      }
      let inflateDataList = [];
      function handleInflateData(inflatedData2) {
        inflateDataList.push(inflatedData2);
      }
      let reader = new SyncReader(buffer);
      let parser = new Parser(options, {
        read: reader.read.bind(reader),
        error: handleError,
        metadata: handleMetaData,
        gamma: handleGamma,
        palette: handlePalette,
        transColor: handleTransColor,
        inflateData: handleInflateData,
        simpleTransparency: handleSimpleTransparency
      });
      parser.start();
      reader.process();
      if (err2) {
        throw err2;
      }
      let inflateData = Buffer.concat(inflateDataList);
      inflateDataList.length = 0;
      let inflatedData;
      if (metaData.interlace) {
        inflatedData = zlib.inflateSync(inflateData);
      } else {
        let rowSize = (metaData.width * metaData.bpp * metaData.depth + 7 >> 3) + 1;
        let imageSize = rowSize * metaData.height;
        inflatedData = inflateSync(inflateData, {
          chunkSize: imageSize,
          maxLength: imageSize
        });
      }
      inflateData = null;
      if (!inflatedData || !inflatedData.length) {
        throw new Error("bad png - invalid inflate data response");
      }
      let unfilteredData = FilterSync.process(inflatedData, metaData);
      inflateData = null;
      let bitmapData = bitmapper.dataToBitMap(unfilteredData, metaData);
      unfilteredData = null;
      let normalisedBitmapData = formatNormaliser(
        bitmapData,
        metaData,
        options.skipRescale
      );
      metaData.data = normalisedBitmapData;
      metaData.gamma = gamma || 0;
      return metaData;
    };
  }
});

// node_modules/pngjs/lib/packer-sync.js
var require_packer_sync = __commonJS({
  "node_modules/pngjs/lib/packer-sync.js"(exports2, module2) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = require("zlib");
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var constants = require_constants();
    var Packer = require_packer();
    module2.exports = function(metaData, opt2) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let options = opt2 || {};
      let packer = new Packer(options);
      let chunks = [];
      chunks.push(Buffer.from(constants.PNG_SIGNATURE));
      chunks.push(packer.packIHDR(metaData.width, metaData.height));
      if (metaData.gamma) {
        chunks.push(packer.packGAMA(metaData.gamma));
      }
      let filteredData = packer.filterData(
        metaData.data,
        metaData.width,
        metaData.height
      );
      let compressedData = zlib.deflateSync(
        filteredData,
        packer.getDeflateOptions()
      );
      filteredData = null;
      if (!compressedData || !compressedData.length) {
        throw new Error("bad png - invalid compressed data response");
      }
      chunks.push(packer.packIDAT(compressedData));
      chunks.push(packer.packIEND());
      return Buffer.concat(chunks);
    };
  }
});

// node_modules/pngjs/lib/png-sync.js
var require_png_sync = __commonJS({
  "node_modules/pngjs/lib/png-sync.js"(exports2) {
    "use strict";
    var parse2 = require_parser_sync();
    var pack = require_packer_sync();
    exports2.read = function(buffer, options) {
      return parse2(buffer, options || {});
    };
    exports2.write = function(png, options) {
      return pack(png, options);
    };
  }
});

// node_modules/pngjs/lib/png.js
var require_png = __commonJS({
  "node_modules/pngjs/lib/png.js"(exports2) {
    "use strict";
    var util2 = require("util");
    var Stream = require("stream");
    var Parser = require_parser_async();
    var Packer = require_packer_async();
    var PNGSync = require_png_sync();
    var PNG3 = exports2.PNG = function(options) {
      Stream.call(this);
      options = options || {};
      this.width = options.width | 0;
      this.height = options.height | 0;
      this.data = this.width > 0 && this.height > 0 ? Buffer.alloc(4 * this.width * this.height) : null;
      if (options.fill && this.data) {
        this.data.fill(0);
      }
      this.gamma = 0;
      this.readable = this.writable = true;
      this._parser = new Parser(options);
      this._parser.on("error", this.emit.bind(this, "error"));
      this._parser.on("close", this._handleClose.bind(this));
      this._parser.on("metadata", this._metadata.bind(this));
      this._parser.on("gamma", this._gamma.bind(this));
      this._parser.on(
        "parsed",
        function(data) {
          this.data = data;
          this.emit("parsed", data);
        }.bind(this)
      );
      this._packer = new Packer(options);
      this._packer.on("data", this.emit.bind(this, "data"));
      this._packer.on("end", this.emit.bind(this, "end"));
      this._parser.on("close", this._handleClose.bind(this));
      this._packer.on("error", this.emit.bind(this, "error"));
    };
    util2.inherits(PNG3, Stream);
    PNG3.sync = PNGSync;
    PNG3.prototype.pack = function() {
      if (!this.data || !this.data.length) {
        this.emit("error", "No data provided");
        return this;
      }
      process.nextTick(
        function() {
          this._packer.pack(this.data, this.width, this.height, this.gamma);
        }.bind(this)
      );
      return this;
    };
    PNG3.prototype.parse = function(data, callback) {
      if (callback) {
        let onParsed, onError;
        onParsed = function(parsedData) {
          this.removeListener("error", onError);
          this.data = parsedData;
          callback(null, this);
        }.bind(this);
        onError = function(err2) {
          this.removeListener("parsed", onParsed);
          callback(err2, null);
        }.bind(this);
        this.once("parsed", onParsed);
        this.once("error", onError);
      }
      this.end(data);
      return this;
    };
    PNG3.prototype.write = function(data) {
      this._parser.write(data);
      return true;
    };
    PNG3.prototype.end = function(data) {
      this._parser.end(data);
    };
    PNG3.prototype._metadata = function(metadata) {
      this.width = metadata.width;
      this.height = metadata.height;
      this.emit("metadata", metadata);
    };
    PNG3.prototype._gamma = function(gamma) {
      this.gamma = gamma;
    };
    PNG3.prototype._handleClose = function() {
      if (!this._parser.writable && !this._packer.readable) {
        this.emit("close");
      }
    };
    PNG3.bitblt = function(src, dst, srcX, srcY, width, height, deltaX, deltaY) {
      srcX |= 0;
      srcY |= 0;
      width |= 0;
      height |= 0;
      deltaX |= 0;
      deltaY |= 0;
      if (srcX > src.width || srcY > src.height || srcX + width > src.width || srcY + height > src.height) {
        throw new Error("bitblt reading outside image");
      }
      if (deltaX > dst.width || deltaY > dst.height || deltaX + width > dst.width || deltaY + height > dst.height) {
        throw new Error("bitblt writing outside image");
      }
      for (let y = 0; y < height; y++) {
        src.data.copy(
          dst.data,
          (deltaY + y) * dst.width + deltaX << 2,
          (srcY + y) * src.width + srcX << 2,
          (srcY + y) * src.width + srcX + width << 2
        );
      }
    };
    PNG3.prototype.bitblt = function(dst, srcX, srcY, width, height, deltaX, deltaY) {
      PNG3.bitblt(this, dst, srcX, srcY, width, height, deltaX, deltaY);
      return this;
    };
    PNG3.adjustGamma = function(src) {
      if (src.gamma) {
        for (let y = 0; y < src.height; y++) {
          for (let x2 = 0; x2 < src.width; x2++) {
            let idx = src.width * y + x2 << 2;
            for (let i2 = 0; i2 < 3; i2++) {
              let sample = src.data[idx + i2] / 255;
              sample = Math.pow(sample, 1 / 2.2 / src.gamma);
              src.data[idx + i2] = Math.round(sample * 255);
            }
          }
        }
        src.gamma = 0;
      }
    };
    PNG3.prototype.adjustGamma = function() {
      PNG3.adjustGamma(this);
    };
  }
});

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports2, module2) {
    "use strict";
    module2.exports = asPromise;
    function asPromise(fn, ctx) {
      var params2 = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params2[offset++] = arguments[index++];
      return new Promise(function executor(resolve5, reject) {
        params2[offset] = function callback(err2) {
          if (pending) {
            pending = false;
            if (err2)
              reject(err2);
            else {
              var params3 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params3.length)
                params3[offset2++] = arguments[offset2];
              resolve5.apply(null, params3);
            }
          }
        };
        try {
          fn.apply(ctx || null, params2);
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
    base64.decode = function decode2(string, buffer, offset) {
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
      var str = "", i2 = start, c1, c2, c3, c4, c5, c6, c7, c8;
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
          return str + utf8_read_decoder(looseDecoder, buffer, i2, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i2 < end; ++i2) {
        c1 = buffer[i2];
        if (c1 & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i2, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf83.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str = "", i2 = start, c1, c2, c3, c4, c5, c6, c7, c8;
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
          return str + utf8_read_decoder(strictDecoder, buffer, i2, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i2 < end; ++i2) {
        c1 = buffer[i2];
        if (c1 & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i2, end);
        str += String.fromCharCode(c1);
      }
      return str;
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
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
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
    (function(global2, factory) {
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
          global2.Long = preferDefault(exports3);
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
        function fromString2(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO2 : ZERO2;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString2(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber2(pow_dbl2(radix, 8));
          var result = ZERO2;
          for (var i2 = 0; i2 < str.length; i2 += 8) {
            var size = Math.min(8, str.length - i2), value = parseInt(str.substring(i2, i2 + size), radix);
            if (size < 8) {
              var power = fromNumber2(pow_dbl2(radix, size));
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
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
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
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util2.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util2.isObject = function isObject2(value) {
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
    util2.longFromKey = function longFromKey(key, unsigned) {
      return util2.key64Re.test(key) && !util2.key32Re.test(key) ? util2.longFromHash(key, unsigned) : key;
    };
    util2.boolFromKey = function boolFromKey(key) {
      return key === "true" || key === "1";
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
    util2.makeProp = function makeProp(obj, key, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
      Object.defineProperty(obj, key, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util2.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name2) {
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
            return name2;
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
      return function(name2) {
        for (var i2 = 0; i2 < fieldNames.length; ++i2)
          if (fieldNames[i2] !== name2)
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
    Writer.alloc = function alloc(size) {
      return new Uint8Array(size);
    };
    Writer.alloc = util2.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need2 = this.pos + n;
      if (need2 > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need2)
          size = need2;
        var buf = this.constructor.alloc(size);
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
    Writer.prototype.fork = function fork3() {
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
    module2.exports = Reader;
    var util2 = require_minimal();
    var BufferReader;
    var LongBits = util2.LongBits;
    var utf83 = util2.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util2.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util2.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype.raw = function read_raw(start, end) {
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
    Reader.prototype.uint32 = function read_uint32() {
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
    Reader.prototype.tag = function read_tag() {
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
    Reader.prototype.size = function read_size() {
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
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
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
    Reader.prototype.bool = function read_bool() {
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
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util2.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util2.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.uint32s = function read_uint32s(array) {
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
    Reader.prototype.int32s = function read_int32s(array) {
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
    Reader.prototype.sint32s = function read_sint32s(array) {
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
    Reader.prototype.bools = function read_bools(array) {
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
    Reader.prototype.fixed32s = function read_fixed32s(array) {
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
    Reader.prototype.sfixed32s = function read_sfixed32s(array) {
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
    Reader.prototype.floats = function read_floats(array) {
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
    Reader.prototype.doubles = function read_doubles(array) {
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
    Reader.prototype.uint64s = function read_uint64s(array) {
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
    Reader.prototype.int64s = function read_int64s(array) {
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
    Reader.prototype.sint64s = function read_sint64s(array) {
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
    Reader.prototype.fixed64s = function read_fixed64s(array) {
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
    Reader.prototype.sfixed64s = function read_sfixed64s(array) {
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
    Reader.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf83.read(this.buf, start, end);
    };
    Reader.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf83.readStrict(this.buf, start, end);
    };
    Reader.prototype.skip = function skip(length) {
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
    Reader.recursionLimit = util2.recursionLimit;
    Reader.discardUnknown = true;
    Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
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
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util2.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util2.merge(Reader.prototype, {
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
    var Reader = require_reader();
    BufferReader.prototype = Object.create(Reader.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util2 = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
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
    function safeFunctionName(name2) {
      if (!name2)
        return "";
      name2 = String(name2).replace(/[^\w$]/g, "");
      if (!name2)
        return "";
      if (/^\d/.test(name2))
        name2 = "_" + name2;
      return reservedRe.test(name2) ? name2 + "_" : name2;
    }
  }
});

// node_modules/protobufjs/src/util/fs.js
var require_fs = __commonJS({
  "node_modules/protobufjs/src/util/fs.js"(exports2, module2) {
    "use strict";
    var fs13 = null;
    try {
      fs13 = require(
        /* webpackIgnore: true */
        "fs"
      );
      if (!fs13 || !fs13.readFile || !fs13.readFileSync)
        fs13 = null;
    } catch (e) {
    }
    module2.exports = fs13;
  }
});

// node_modules/protobufjs/src/util/fetch.js
var require_fetch = __commonJS({
  "node_modules/protobufjs/src/util/fetch.js"(exports2, module2) {
    "use strict";
    module2.exports = fetch;
    var asPromise = require_aspromise();
    var fs13 = require_fs();
    function fetch(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      } else if (!options)
        options = {};
      if (!callback)
        return asPromise(fetch, this, filename, options);
      if (!options.xhr && fs13 && fs13.readFile)
        return fs13.readFile(filename, function fetchReadFileCallback(err2, contents) {
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
    var path14 = exports2;
    var urlRe = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;
    function normalizeUrl(path15) {
      if (typeof URL === "undefined" || !urlRe.test(path15))
        return null;
      try {
        return new URL(path15).href;
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
      path14.isAbsolute = function isAbsolute4(path15) {
        return /^(?:\/|\w+:|\\\\\w+)/.test(path15);
      }
    );
    var normalize = (
      /**
       * Normalizes the specified path.
       * @param {string} path Path to normalize
       * @returns {string} Normalized path
       */
      path14.normalize = function normalize2(path15) {
        var normalizedUrl = normalizeUrl(path15);
        if (normalizedUrl)
          return normalizedUrl;
        var firstTwoCharacters = path15.substring(0, 2);
        var uncPrefix = "";
        if (firstTwoCharacters === "\\\\") {
          uncPrefix = firstTwoCharacters;
          path15 = path15.substring(2);
        }
        path15 = path15.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
        var parts = path15.split("/"), absolute = isAbsolute3(path15), prefix = "";
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
    path14.resolve = function resolve5(originPath, includePath, alreadyNormalized) {
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
    Namespace.fromJSON = function fromJSON(name2, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      return new Namespace(name2, json.options).addJSON(json.nested, depth);
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
    Namespace.isReservedName = function isReservedName(reserved, name2) {
      if (reserved) {
        for (var i2 = 0; i2 < reserved.length; ++i2)
          if (reserved[i2] === name2)
            return true;
      }
      return false;
    };
    function Namespace(name2, options) {
      ReflectionObject.call(this, name2, options);
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
        for (var names = Object.keys(nestedJson), i2 = 0, nested; i2 < names.length; ++i2) {
          nested = nestedJson[names[i2]];
          ns.add(
            // most to least likely
            (nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : nested.id !== void 0 ? Field.fromJSON : Namespace.fromJSON)(names[i2], nested, depth + 1)
          );
        }
      }
      return this;
    };
    Namespace.prototype.get = function get(name2) {
      return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name2) ? this.nested[name2] : null;
    };
    Namespace.prototype.getEnum = function getEnum(name2) {
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name2) && this.nested[name2] instanceof Enum)
        return this.nested[name2].values;
      throw Error("no such enum: " + name2);
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
    Namespace.prototype.define = function define2(path14, json) {
      if (util2.isString(path14))
        path14 = path14.split(".");
      else if (!Array.isArray(path14))
        throw TypeError("illegal path");
      if (path14 && path14.length && path14[0] === "")
        throw Error("path must be relative");
      if (path14.length > util2.recursionLimit)
        throw Error("max depth exceeded");
      var ptr = this;
      while (path14.length > 0) {
        var part = path14.shift();
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
    Namespace.prototype.lookup = function lookup(path14, filterTypes, parentAlreadyChecked) {
      if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = void 0;
      } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [filterTypes];
      if (util2.isString(path14) && path14.length) {
        if (path14 === ".")
          return this.root;
        path14 = path14.split(".");
      } else if (!path14.length)
        return this;
      var flatPath = path14.join(".");
      if (path14[0] === "")
        return this.root.lookup(path14.slice(1), filterTypes);
      var found = this._lookupImpl(path14, flatPath);
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
        found = current.parent._lookupImpl(path14, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
          return found;
        }
        current = current.parent;
      }
      return null;
    };
    Namespace.prototype._lookupImpl = function lookup(path14, flatPath) {
      if (Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
      }
      var found = this.get(path14[0]);
      var exact = null;
      if (found) {
        if (path14.length === 1) {
          exact = found;
        } else if (found instanceof Namespace) {
          path14 = path14.slice(1);
          exact = found._lookupImpl(path14, path14.join("."));
        }
      } else {
        for (var i2 = 0; i2 < this.nestedArray.length; ++i2)
          if (this._nestedArray[i2] instanceof Namespace && (found = this._nestedArray[i2]._lookupImpl(path14, flatPath))) {
            exact = found;
            break;
          }
      }
      this._lookupCache[flatPath] = exact;
      return exact;
    };
    Namespace.prototype.lookupType = function lookupType(path14) {
      var found = this.lookup(path14, [Type]);
      if (!found)
        throw Error("no such type: " + path14);
      return found;
    };
    Namespace.prototype.lookupEnum = function lookupEnum(path14) {
      var found = this.lookup(path14, [Enum]);
      if (!found)
        throw Error("no such Enum '" + path14 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path14) {
      var found = this.lookup(path14, [Type, Enum]);
      if (!found)
        throw Error("no such Type or Enum '" + path14 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupService = function lookupService(path14) {
      var found = this.lookup(path14, [Service]);
      if (!found)
        throw Error("no such Service '" + path14 + "' in " + this);
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
    function MapField(name2, id, keyType, type, options, comment) {
      Field.call(this, name2, id, type, void 0, void 0, options, comment);
      if (!util2.isString(keyType))
        throw TypeError("keyType must be a string");
      this.keyType = keyType;
      this.resolvedKeyType = null;
      this.map = true;
    }
    MapField.fromJSON = function fromJSON(name2, json) {
      var field = new MapField(name2, json.id, json.keyType, json.type, json.options, json.comment);
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
    MapField.prototype.resolve = function resolve5() {
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
    function Method(name2, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {
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
      ReflectionObject.call(this, name2, options);
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
    Method.fromJSON = function fromJSON(name2, json) {
      return new Method(name2, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
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
    Method.prototype.resolve = function resolve5() {
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
    function Service(name2, options) {
      Namespace.call(this, name2, options);
      this.methods = {};
      this._methodsArray = null;
    }
    Service.fromJSON = function fromJSON(name2, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.recursionLimit)
        throw Error("max depth exceeded");
      var service = new Service(name2, json.options);
      if (json.methods)
        for (var names = Object.keys(json.methods), i2 = 0; i2 < names.length; ++i2)
          service.add(Method.fromJSON(names[i2], json.methods[names[i2]]));
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
    Service.prototype.get = function get(name2) {
      return Object.prototype.hasOwnProperty.call(this.methods, name2) ? this.methods[name2] : Namespace.prototype.get.call(this, name2);
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
    Message.decode = function decode2(reader) {
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
          var name2 = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
          var type = this.lookup(name2, [this.constructor]);
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
        var name2 = "";
        if (options && options.json && message.type_url && message.value) {
          name2 = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
          prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
          var type = this.lookup(name2, [this.constructor]);
          if (type)
            message = type.decode(message.value, void 0, void 0, depth + 1);
        }
        if (!(message instanceof this.ctor) && message instanceof Message) {
          var object = message.$type.toObject(message, options, depth + 1);
          var messageName = message.$type.fullName[0] === "." ? message.$type.fullName.slice(1) : message.$type.fullName;
          if (prefix === "") {
            prefix = googleApi;
          }
          name2 = prefix + messageName;
          object["@type"] = name2;
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
    var Reader = require_reader();
    var Writer = require_writer();
    var util2 = require_util();
    var encoder = require_encoder();
    var decoder = require_decoder();
    var verifier = require_verifier();
    var converter = require_converter();
    var wrappers = require_wrappers();
    function Type(name2, options) {
      name2 = name2.replace(/\W/g, "");
      Namespace.call(this, name2, options);
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
          for (var names = Object.keys(this.fields), i2 = 0; i2 < names.length; ++i2) {
            var field = this.fields[names[i2]], id = field.id;
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
    Type.fromJSON = function fromJSON(name2, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util2.nestingLimit)
        throw Error("max depth exceeded");
      var type = new Type(name2, json.options);
      type.extensions = json.extensions;
      type.reserved = json.reserved;
      var names = Object.keys(json.fields), i2 = 0;
      for (; i2 < names.length; ++i2)
        type.add(
          (typeof json.fields[names[i2]].keyType !== "undefined" ? MapField.fromJSON : Field.fromJSON)(names[i2], json.fields[names[i2]])
        );
      if (json.oneofs)
        for (names = Object.keys(json.oneofs), i2 = 0; i2 < names.length; ++i2)
          type.add(OneOf.fromJSON(names[i2], json.oneofs[names[i2]]));
      if (json.nested)
        for (names = Object.keys(json.nested), i2 = 0; i2 < names.length; ++i2) {
          var nested = json.nested[names[i2]];
          type.add(
            // most to least likely
            (nested.id !== void 0 ? Field.fromJSON : nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : Namespace.fromJSON)(names[i2], nested, depth + 1)
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
    Type.prototype.get = function get(name2) {
      if (Object.prototype.hasOwnProperty.call(this.fields, name2))
        return this.fields[name2];
      if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name2))
        return this.oneofs[name2];
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name2))
        return this.nested[name2];
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
    Type.prototype.isReservedName = function isReservedName(name2) {
      return Namespace.isReservedName(this.reserved, name2);
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
        Reader,
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
      if (!(reader instanceof Reader))
        reader = Reader.create(reader);
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
      return function typeDecorator(target) {
        util2.decorateType(target, typeName);
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
    var parse2;
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
            parse2.filename = filename2;
            var parsed = parse2(source, self2, options), resolved2, i3 = 0;
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
      parse2 = parse_;
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
        var key = array[index++], val = array[index++];
        if (val !== void 0)
          object[key] = val;
      }
      return object;
    };
    util2.remove = function remove(object, value, key) {
      if (!object)
        return false;
      if (key !== void 0 && Object.prototype.hasOwnProperty.call(object, key) && object[key] === value) {
        delete object[key];
        return true;
      }
      for (var names = Object.keys(object), i2 = 0; i2 < names.length; ++i2)
        if (object[names[i2]] === value) {
          delete object[names[i2]];
          return true;
        }
      return false;
    };
    util2.isReserved = function isReserved(name2) {
      return reservedRe.test(name2);
    };
    util2.safeProp = function safeProp(prop) {
      if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
      return "." + prop;
    };
    util2.ucFirst = function ucFirst(str) {
      return str.charAt(0).toUpperCase() + str.substring(1);
    };
    var camelCaseRe = /_([a-z])/g;
    util2.camelCase = function camelCase(str) {
      return str.substring(0, 1) + str.substring(1).replace(camelCaseRe, function($0, $1) {
        return $1.toUpperCase();
      });
    };
    util2.jsonName = function jsonName(str) {
      var result = "", upperNext = false, i2 = 0;
      for (; i2 < str.length; ++i2) {
        var ch = str.charAt(i2);
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
    util2.setProperty = function setProperty(dst, path14, value, ifNotSet) {
      function setProp(dst2, path15, value2) {
        var part = path15.shift();
        if (util2.isUnsafeProperty(part))
          return dst2;
        if (path15.length > 0) {
          dst2[part] = setProp(dst2[part] || {}, path15, value2);
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
      if (!path14)
        throw TypeError("path must be specified");
      path14 = path14.split(".");
      if (path14.length > util2.recursionLimit)
        throw Error("max depth exceeded");
      return setProp(dst, path14, value);
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
    Field.fromJSON = function fromJSON(name2, json) {
      var field = new Field(name2, json.id, json.type, json.rule, json.extend, json.options, json.comment);
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
    function Field(name2, id, type, rule, extend, options, comment) {
      if (util2.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = void 0;
      } else if (util2.isObject(extend)) {
        comment = options;
        options = extend;
        extend = void 0;
      }
      ReflectionObject.call(this, name2, options);
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
    Field.prototype.setOption = function setOption(name2, value, ifNotSet) {
      return ReflectionObject.prototype.setOption.call(this, name2, value, ifNotSet);
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
    Field.prototype.resolve = function resolve5() {
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
    function OneOf(name2, fieldNames, options, comment) {
      if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = void 0;
      }
      ReflectionObject.call(this, name2, options);
      if (!(fieldNames === void 0 || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");
      this.oneof = fieldNames || [];
      this.fieldsArray = [];
      this.comment = comment;
    }
    OneOf.fromJSON = function fromJSON(name2, json) {
      return new OneOf(name2, json.oneof, json.options, json.comment);
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
    function ReflectionObject(name2, options) {
      if (!util2.isString(name2))
        throw TypeError("name must be a string");
      if (options && !util2.isObject(options))
        throw TypeError("options must be an object");
      this.options = options;
      this.parsedOptions = null;
      this.name = name2;
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
          var path14 = [this.name], ptr = this.parent;
          while (ptr) {
            path14.unshift(ptr.name);
            ptr = ptr.parent;
          }
          return path14.join(".");
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
    ReflectionObject.prototype.resolve = function resolve5() {
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
    ReflectionObject.prototype.getOption = function getOption(name2) {
      if (this.options && Object.prototype.hasOwnProperty.call(this.options, name2))
        return this.options[name2];
      return void 0;
    };
    ReflectionObject.prototype.setOption = function setOption(name2, value, ifNotSet) {
      if (name2 === "__proto__")
        return this;
      if (!this.options)
        this.options = {};
      if (/^features\./.test(name2)) {
        util2.setProperty(this.options, name2, value, ifNotSet);
      } else {
        var prev = this.getOption(name2);
        if (!ifNotSet || prev === void 0) {
          if (prev !== value) this.resolved = false;
          this.options[name2] = value;
        }
      }
      return this;
    };
    ReflectionObject.prototype.setParsedOption = function setParsedOption(name2, value, propName) {
      if (name2 === "__proto__")
        return this;
      if (!this.parsedOptions) {
        this.parsedOptions = [];
      }
      var parsedOptions = this.parsedOptions;
      if (propName) {
        var opt2 = parsedOptions.find(function(opt3) {
          return Object.prototype.hasOwnProperty.call(opt3, name2);
        });
        if (opt2) {
          var newValue = opt2[name2];
          util2.setProperty(newValue, propName, value);
        } else {
          opt2 = {};
          opt2[name2] = util2.setProperty({}, propName, value);
          parsedOptions.push(opt2);
        }
      } else {
        var newOpt = {};
        newOpt[name2] = value;
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
    function Enum(name2, values, options, comment, comments, valuesOptions) {
      ReflectionObject.call(this, name2, options);
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
      Object.keys(this.values).forEach((key) => {
        var parentFeaturesCopy = util2.merge({}, this._features);
        this._valuesFeatures[key] = util2.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
      });
      return this;
    };
    Enum.fromJSON = function fromJSON(name2, json) {
      var enm = new Enum(name2, json.values, json.options, json.comment, json.comments, json.valuesOptions);
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
    Enum.prototype.add = function add2(name2, id, comment, options) {
      if (!util2.isString(name2))
        throw TypeError("name must be a string");
      if (!util2.isInteger(id))
        throw TypeError("id must be an integer");
      if (name2 === "__proto__")
        return this;
      if (this.values[name2] !== void 0)
        throw Error("duplicate name '" + name2 + "' in " + this);
      if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);
      if (this.isReservedName(name2))
        throw Error("name '" + name2 + "' is reserved in " + this);
      if (this.valuesById[id] !== void 0) {
        if (!(this.options && this.options.allow_alias))
          throw Error("duplicate id " + id + " in " + this);
        this.values[name2] = id;
      } else
        this.valuesById[this.values[name2] = id] = name2;
      if (options) {
        if (this.valuesOptions === void 0)
          this.valuesOptions = {};
        this.valuesOptions[name2] = options || null;
      }
      this.comments[name2] = comment || null;
      return this;
    };
    Enum.prototype.remove = function remove(name2) {
      if (!util2.isString(name2))
        throw TypeError("name must be a string");
      var val = this.values[name2];
      if (val == null)
        throw Error("name '" + name2 + "' does not exist in " + this);
      delete this.valuesById[val];
      delete this.values[name2];
      delete this.comments[name2];
      if (this.valuesOptions)
        delete this.valuesOptions[name2];
      return this;
    };
    Enum.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Enum.prototype.isReservedName = function isReservedName(name2) {
      return Namespace.isReservedName(this.reserved, name2);
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
    function unescape(str) {
      return str.replace(unescapeRe, function($0, $1) {
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
    module2.exports = parse2;
    parse2.filename = null;
    parse2.defaults = { keepCase: false };
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
    function parse2(source, root2, options) {
      if (!(root2 instanceof Root)) {
        options = root2;
        root2 = new Root();
      }
      if (!options)
        options = parse2.defaults;
      var preferTrailingComment = options.preferTrailingComment || false;
      var tn = tokenize(source, options.alternateCommentMode || false), next = tn.next, push = tn.push, peek = tn.peek, skip = tn.skip, cmnt = tn.cmnt;
      var head = true, pkg, imports, weakImports, edition = "proto2";
      var ptr = root2;
      var topLevelObjects = [];
      var topLevelOptions = {};
      var applyCase = options.keepCase ? function(name2) {
        return name2;
      } : util2.camelCase;
      function resolveFileFeatures() {
        topLevelObjects.forEach((obj) => {
          obj._edition = edition;
          Object.keys(topLevelOptions).forEach((opt2) => {
            if (obj.getOption(opt2) !== void 0) return;
            obj.setOption(opt2, topLevelOptions[opt2], true);
          });
        });
      }
      function illegal(token2, name2, insideTryCatch) {
        var filename = parse2.filename;
        if (!insideTryCatch)
          parse2.filename = null;
        return Error("illegal " + (name2 || "token") + " '" + token2 + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
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
      function readRanges(target, acceptStrings, max2, acceptNegative) {
        var token2, start;
        do {
          if (acceptStrings && ((token2 = peek()) === '"' || token2 === "'")) {
            var str = readString();
            target.push(str);
            if (edition >= 2023) {
              throw illegal(str, "id");
            }
          } else {
            try {
              target.push([start = parseId(next(), acceptNegative, max2), skip("to", true) ? parseId(next(), acceptNegative, max2) : start]);
            } catch (err2) {
              if (acceptStrings && typeRefRe.test(token2) && edition >= 2023) {
                target.push(token2);
              } else {
                throw err2;
              }
            }
          }
        } while (skip(",", true));
        var dummy = { options: void 0 };
        dummy.setOption = function(name2, value) {
          if (this.options === void 0) this.options = {};
          this.options[name2] = value;
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
      function parseInteger(token2, acceptNegative, name2) {
        if (token2 === null)
          throw illegal(token2, "end of input");
        if (!acceptNegative && token2.charAt(0) === "-")
          throw illegal(token2, name2 || "integer");
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
          throw illegal(token2, name2 || "integer");
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
          obj.filename = parse2.filename;
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
        var name2 = next();
        if (name2 === null) {
          throw illegal(name2, "end of input");
        }
        if (!nameRe.test(name2))
          throw illegal(name2, "name");
        var protoName = name2;
        name2 = applyCase(name2);
        skip("=");
        var field = new Field(name2, parseId(next()), type, rule === "proto3_optional" ? "optional" : rule, extend);
        if (protoName !== name2)
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
          var oneof = new OneOf("_" + name2);
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
        var name2 = next();
        if (name2 === null || !nameRe.test(name2))
          throw illegal(name2, "name");
        var fieldName = util2.lcFirst(name2);
        if (name2 === fieldName)
          name2 = util2.ucFirst(name2);
        skip("=");
        var id = parseId(next());
        var type = new Type(name2);
        type.group = true;
        var field = new Field(fieldName, id, name2, rule, extend);
        field.filename = parse2.filename;
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
        var name2 = next();
        if (name2 === null || !nameRe.test(name2))
          throw illegal(name2, "name");
        skip("=");
        var protoName = name2;
        name2 = applyCase(name2);
        var field = new MapField(name2, parseId(next()), keyType, valueType);
        if (protoName !== name2)
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
        dummy.getOption = function(name2) {
          return this.options[name2];
        };
        dummy.setOption = function(name2, value2) {
          ReflectionObject.prototype.setOption.call(dummy, name2, value2);
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
        var name2 = propName ? option.concat(propName) : option;
        var optionValue = parseOptionValue(parent, name2);
        propName = propName && propName[0] === "." ? propName.slice(1) : propName;
        option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option;
        setParsedOption(parent, option, optionValue, propName);
      }
      function parseOptionValue(parent, name2, depth) {
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
              value = parseOptionValue(parent, name2 + "." + propName, depth + 1);
            } else if (peek() === "[") {
              value = [];
              var lastValue, lastValueIsAggregate;
              if (skip("[", true)) {
                if (!skip("]", true)) {
                  do {
                    lastValueIsAggregate = peek() === "{";
                    lastValue = lastValueIsAggregate ? parseOptionValue(parent, name2 + "." + propName, depth + 1) : readValue(true);
                    value.push(lastValue);
                  } while (skip(",", true));
                  skip("]");
                  if (typeof lastValue !== "undefined") {
                    if (!lastValueIsAggregate)
                      setOption(parent, name2 + "." + propName, lastValue);
                  }
                }
              }
            } else {
              value = readValue(true);
              setOption(parent, name2 + "." + propName, value);
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
        var simpleValue = name2 === "default" && parent instanceof Field && integerTypeRe.test(parent.type) ? parseInteger(next(), !unsignedTypeRe.test(parent.type)) : readValue(true);
        setOption(parent, name2, simpleValue);
        return simpleValue;
      }
      function setOption(parent, name2, value) {
        if (ptr === parent && /^features\./.test(name2)) {
          topLevelOptions[name2] = value;
          return;
        }
        if (name2 === "json_name" && parent instanceof Field) {
          parent.jsonName = value;
        }
        if (parent.setOption)
          parent.setOption(name2, value);
      }
      function setParsedOption(parent, name2, value, propName) {
        if (parent.setParsedOption)
          parent.setParsedOption(name2, value, propName);
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
        var name2 = token2, requestType, requestStream, responseType, responseStream;
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
        var method = new Method(name2, type, requestType, responseType, requestStream, responseStream);
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
      parse2.filename = null;
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
    function common(name2, json) {
      if (!commonRe.test(name2)) {
        name2 = "google/protobuf/" + name2 + ".proto";
        json = { nested: { google: { nested: { protobuf: { nested: json } } } } };
      }
      common[name2] = json;
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

// node_modules/jpeg-js/lib/encoder.js
var require_encoder2 = __commonJS({
  "node_modules/jpeg-js/lib/encoder.js"(exports2, module2) {
    var btoa = btoa || function(buf) {
      return Buffer.from(buf).toString("base64");
    };
    function JPEGEncoder(quality) {
      var self2 = this;
      var fround = Math.round;
      var ffloor = Math.floor;
      var YTable = new Array(64);
      var UVTable = new Array(64);
      var fdtbl_Y = new Array(64);
      var fdtbl_UV = new Array(64);
      var YDC_HT;
      var UVDC_HT;
      var YAC_HT;
      var UVAC_HT;
      var bitcode = new Array(65535);
      var category = new Array(65535);
      var outputfDCTQuant = new Array(64);
      var DU = new Array(64);
      var byteout = [];
      var bytenew = 0;
      var bytepos = 7;
      var YDU = new Array(64);
      var UDU = new Array(64);
      var VDU = new Array(64);
      var clt = new Array(256);
      var RGB_YUV_TABLE = new Array(2048);
      var currentQuality;
      var ZigZag = [
        0,
        1,
        5,
        6,
        14,
        15,
        27,
        28,
        2,
        4,
        7,
        13,
        16,
        26,
        29,
        42,
        3,
        8,
        12,
        17,
        25,
        30,
        41,
        43,
        9,
        11,
        18,
        24,
        31,
        40,
        44,
        53,
        10,
        19,
        23,
        32,
        39,
        45,
        52,
        54,
        20,
        22,
        33,
        38,
        46,
        51,
        55,
        60,
        21,
        34,
        37,
        47,
        50,
        56,
        59,
        61,
        35,
        36,
        48,
        49,
        57,
        58,
        62,
        63
      ];
      var std_dc_luminance_nrcodes = [0, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      var std_dc_luminance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_luminance_nrcodes = [0, 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125];
      var std_ac_luminance_values = [
        1,
        2,
        3,
        0,
        4,
        17,
        5,
        18,
        33,
        49,
        65,
        6,
        19,
        81,
        97,
        7,
        34,
        113,
        20,
        50,
        129,
        145,
        161,
        8,
        35,
        66,
        177,
        193,
        21,
        82,
        209,
        240,
        36,
        51,
        98,
        114,
        130,
        9,
        10,
        22,
        23,
        24,
        25,
        26,
        37,
        38,
        39,
        40,
        41,
        42,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        225,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        241,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      var std_dc_chrominance_nrcodes = [0, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
      var std_dc_chrominance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_chrominance_nrcodes = [0, 0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119];
      var std_ac_chrominance_values = [
        0,
        1,
        2,
        3,
        17,
        4,
        5,
        33,
        49,
        6,
        18,
        65,
        81,
        7,
        97,
        113,
        19,
        34,
        50,
        129,
        8,
        20,
        66,
        145,
        161,
        177,
        193,
        9,
        35,
        51,
        82,
        240,
        21,
        98,
        114,
        209,
        10,
        22,
        36,
        52,
        225,
        37,
        241,
        23,
        24,
        25,
        26,
        38,
        39,
        40,
        41,
        42,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        130,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      function initQuantTables(sf) {
        var YQT = [
          16,
          11,
          10,
          16,
          24,
          40,
          51,
          61,
          12,
          12,
          14,
          19,
          26,
          58,
          60,
          55,
          14,
          13,
          16,
          24,
          40,
          57,
          69,
          56,
          14,
          17,
          22,
          29,
          51,
          87,
          80,
          62,
          18,
          22,
          37,
          56,
          68,
          109,
          103,
          77,
          24,
          35,
          55,
          64,
          81,
          104,
          113,
          92,
          49,
          64,
          78,
          87,
          103,
          121,
          120,
          101,
          72,
          92,
          95,
          98,
          112,
          100,
          103,
          99
        ];
        for (var i2 = 0; i2 < 64; i2++) {
          var t = ffloor((YQT[i2] * sf + 50) / 100);
          if (t < 1) {
            t = 1;
          } else if (t > 255) {
            t = 255;
          }
          YTable[ZigZag[i2]] = t;
        }
        var UVQT = [
          17,
          18,
          24,
          47,
          99,
          99,
          99,
          99,
          18,
          21,
          26,
          66,
          99,
          99,
          99,
          99,
          24,
          26,
          56,
          99,
          99,
          99,
          99,
          99,
          47,
          66,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99
        ];
        for (var j = 0; j < 64; j++) {
          var u = ffloor((UVQT[j] * sf + 50) / 100);
          if (u < 1) {
            u = 1;
          } else if (u > 255) {
            u = 255;
          }
          UVTable[ZigZag[j]] = u;
        }
        var aasf = [
          1,
          1.387039845,
          1.306562965,
          1.175875602,
          1,
          0.785694958,
          0.5411961,
          0.275899379
        ];
        var k = 0;
        for (var row = 0; row < 8; row++) {
          for (var col = 0; col < 8; col++) {
            fdtbl_Y[k] = 1 / (YTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            fdtbl_UV[k] = 1 / (UVTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            k++;
          }
        }
      }
      function computeHuffmanTbl(nrcodes, std_table) {
        var codevalue = 0;
        var pos_in_table = 0;
        var HT = new Array();
        for (var k = 1; k <= 16; k++) {
          for (var j = 1; j <= nrcodes[k]; j++) {
            HT[std_table[pos_in_table]] = [];
            HT[std_table[pos_in_table]][0] = codevalue;
            HT[std_table[pos_in_table]][1] = k;
            pos_in_table++;
            codevalue++;
          }
          codevalue *= 2;
        }
        return HT;
      }
      function initHuffmanTbl() {
        YDC_HT = computeHuffmanTbl(std_dc_luminance_nrcodes, std_dc_luminance_values);
        UVDC_HT = computeHuffmanTbl(std_dc_chrominance_nrcodes, std_dc_chrominance_values);
        YAC_HT = computeHuffmanTbl(std_ac_luminance_nrcodes, std_ac_luminance_values);
        UVAC_HT = computeHuffmanTbl(std_ac_chrominance_nrcodes, std_ac_chrominance_values);
      }
      function initCategoryNumber() {
        var nrlower = 1;
        var nrupper = 2;
        for (var cat = 1; cat <= 15; cat++) {
          for (var nr = nrlower; nr < nrupper; nr++) {
            category[32767 + nr] = cat;
            bitcode[32767 + nr] = [];
            bitcode[32767 + nr][1] = cat;
            bitcode[32767 + nr][0] = nr;
          }
          for (var nrneg = -(nrupper - 1); nrneg <= -nrlower; nrneg++) {
            category[32767 + nrneg] = cat;
            bitcode[32767 + nrneg] = [];
            bitcode[32767 + nrneg][1] = cat;
            bitcode[32767 + nrneg][0] = nrupper - 1 + nrneg;
          }
          nrlower <<= 1;
          nrupper <<= 1;
        }
      }
      function initRGBYUVTable() {
        for (var i2 = 0; i2 < 256; i2++) {
          RGB_YUV_TABLE[i2] = 19595 * i2;
          RGB_YUV_TABLE[i2 + 256 >> 0] = 38470 * i2;
          RGB_YUV_TABLE[i2 + 512 >> 0] = 7471 * i2 + 32768;
          RGB_YUV_TABLE[i2 + 768 >> 0] = -11059 * i2;
          RGB_YUV_TABLE[i2 + 1024 >> 0] = -21709 * i2;
          RGB_YUV_TABLE[i2 + 1280 >> 0] = 32768 * i2 + 8421375;
          RGB_YUV_TABLE[i2 + 1536 >> 0] = -27439 * i2;
          RGB_YUV_TABLE[i2 + 1792 >> 0] = -5329 * i2;
        }
      }
      function writeBits(bs) {
        var value = bs[0];
        var posval = bs[1] - 1;
        while (posval >= 0) {
          if (value & 1 << posval) {
            bytenew |= 1 << bytepos;
          }
          posval--;
          bytepos--;
          if (bytepos < 0) {
            if (bytenew == 255) {
              writeByte(255);
              writeByte(0);
            } else {
              writeByte(bytenew);
            }
            bytepos = 7;
            bytenew = 0;
          }
        }
      }
      function writeByte(value) {
        byteout.push(value);
      }
      function writeWord(value) {
        writeByte(value >> 8 & 255);
        writeByte(value & 255);
      }
      function fDCTQuant(data, fdtbl) {
        var d0, d1, d2, d3, d4, d5, d6, d7;
        var dataOff = 0;
        var i2;
        var I8 = 8;
        var I64 = 64;
        for (i2 = 0; i2 < I8; ++i2) {
          d0 = data[dataOff];
          d1 = data[dataOff + 1];
          d2 = data[dataOff + 2];
          d3 = data[dataOff + 3];
          d4 = data[dataOff + 4];
          d5 = data[dataOff + 5];
          d6 = data[dataOff + 6];
          d7 = data[dataOff + 7];
          var tmp0 = d0 + d7;
          var tmp7 = d0 - d7;
          var tmp1 = d1 + d6;
          var tmp6 = d1 - d6;
          var tmp2 = d2 + d5;
          var tmp5 = d2 - d5;
          var tmp3 = d3 + d4;
          var tmp4 = d3 - d4;
          var tmp10 = tmp0 + tmp3;
          var tmp13 = tmp0 - tmp3;
          var tmp11 = tmp1 + tmp2;
          var tmp12 = tmp1 - tmp2;
          data[dataOff] = tmp10 + tmp11;
          data[dataOff + 4] = tmp10 - tmp11;
          var z1 = (tmp12 + tmp13) * 0.707106781;
          data[dataOff + 2] = tmp13 + z1;
          data[dataOff + 6] = tmp13 - z1;
          tmp10 = tmp4 + tmp5;
          tmp11 = tmp5 + tmp6;
          tmp12 = tmp6 + tmp7;
          var z5 = (tmp10 - tmp12) * 0.382683433;
          var z2 = 0.5411961 * tmp10 + z5;
          var z4 = 1.306562965 * tmp12 + z5;
          var z3 = tmp11 * 0.707106781;
          var z11 = tmp7 + z3;
          var z13 = tmp7 - z3;
          data[dataOff + 5] = z13 + z2;
          data[dataOff + 3] = z13 - z2;
          data[dataOff + 1] = z11 + z4;
          data[dataOff + 7] = z11 - z4;
          dataOff += 8;
        }
        dataOff = 0;
        for (i2 = 0; i2 < I8; ++i2) {
          d0 = data[dataOff];
          d1 = data[dataOff + 8];
          d2 = data[dataOff + 16];
          d3 = data[dataOff + 24];
          d4 = data[dataOff + 32];
          d5 = data[dataOff + 40];
          d6 = data[dataOff + 48];
          d7 = data[dataOff + 56];
          var tmp0p2 = d0 + d7;
          var tmp7p2 = d0 - d7;
          var tmp1p2 = d1 + d6;
          var tmp6p2 = d1 - d6;
          var tmp2p2 = d2 + d5;
          var tmp5p2 = d2 - d5;
          var tmp3p2 = d3 + d4;
          var tmp4p2 = d3 - d4;
          var tmp10p2 = tmp0p2 + tmp3p2;
          var tmp13p2 = tmp0p2 - tmp3p2;
          var tmp11p2 = tmp1p2 + tmp2p2;
          var tmp12p2 = tmp1p2 - tmp2p2;
          data[dataOff] = tmp10p2 + tmp11p2;
          data[dataOff + 32] = tmp10p2 - tmp11p2;
          var z1p2 = (tmp12p2 + tmp13p2) * 0.707106781;
          data[dataOff + 16] = tmp13p2 + z1p2;
          data[dataOff + 48] = tmp13p2 - z1p2;
          tmp10p2 = tmp4p2 + tmp5p2;
          tmp11p2 = tmp5p2 + tmp6p2;
          tmp12p2 = tmp6p2 + tmp7p2;
          var z5p2 = (tmp10p2 - tmp12p2) * 0.382683433;
          var z2p2 = 0.5411961 * tmp10p2 + z5p2;
          var z4p2 = 1.306562965 * tmp12p2 + z5p2;
          var z3p2 = tmp11p2 * 0.707106781;
          var z11p2 = tmp7p2 + z3p2;
          var z13p2 = tmp7p2 - z3p2;
          data[dataOff + 40] = z13p2 + z2p2;
          data[dataOff + 24] = z13p2 - z2p2;
          data[dataOff + 8] = z11p2 + z4p2;
          data[dataOff + 56] = z11p2 - z4p2;
          dataOff++;
        }
        var fDCTQuant2;
        for (i2 = 0; i2 < I64; ++i2) {
          fDCTQuant2 = data[i2] * fdtbl[i2];
          outputfDCTQuant[i2] = fDCTQuant2 > 0 ? fDCTQuant2 + 0.5 | 0 : fDCTQuant2 - 0.5 | 0;
        }
        return outputfDCTQuant;
      }
      function writeAPP0() {
        writeWord(65504);
        writeWord(16);
        writeByte(74);
        writeByte(70);
        writeByte(73);
        writeByte(70);
        writeByte(0);
        writeByte(1);
        writeByte(1);
        writeByte(0);
        writeWord(1);
        writeWord(1);
        writeByte(0);
        writeByte(0);
      }
      function writeAPP1(exifBuffer) {
        if (!exifBuffer) return;
        writeWord(65505);
        if (exifBuffer[0] === 69 && exifBuffer[1] === 120 && exifBuffer[2] === 105 && exifBuffer[3] === 102) {
          writeWord(exifBuffer.length + 2);
        } else {
          writeWord(exifBuffer.length + 5 + 2);
          writeByte(69);
          writeByte(120);
          writeByte(105);
          writeByte(102);
          writeByte(0);
        }
        for (var i2 = 0; i2 < exifBuffer.length; i2++) {
          writeByte(exifBuffer[i2]);
        }
      }
      function writeSOF0(width, height) {
        writeWord(65472);
        writeWord(17);
        writeByte(8);
        writeWord(height);
        writeWord(width);
        writeByte(3);
        writeByte(1);
        writeByte(17);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(1);
        writeByte(3);
        writeByte(17);
        writeByte(1);
      }
      function writeDQT() {
        writeWord(65499);
        writeWord(132);
        writeByte(0);
        for (var i2 = 0; i2 < 64; i2++) {
          writeByte(YTable[i2]);
        }
        writeByte(1);
        for (var j = 0; j < 64; j++) {
          writeByte(UVTable[j]);
        }
      }
      function writeDHT() {
        writeWord(65476);
        writeWord(418);
        writeByte(0);
        for (var i2 = 0; i2 < 16; i2++) {
          writeByte(std_dc_luminance_nrcodes[i2 + 1]);
        }
        for (var j = 0; j <= 11; j++) {
          writeByte(std_dc_luminance_values[j]);
        }
        writeByte(16);
        for (var k = 0; k < 16; k++) {
          writeByte(std_ac_luminance_nrcodes[k + 1]);
        }
        for (var l = 0; l <= 161; l++) {
          writeByte(std_ac_luminance_values[l]);
        }
        writeByte(1);
        for (var m = 0; m < 16; m++) {
          writeByte(std_dc_chrominance_nrcodes[m + 1]);
        }
        for (var n = 0; n <= 11; n++) {
          writeByte(std_dc_chrominance_values[n]);
        }
        writeByte(17);
        for (var o = 0; o < 16; o++) {
          writeByte(std_ac_chrominance_nrcodes[o + 1]);
        }
        for (var p = 0; p <= 161; p++) {
          writeByte(std_ac_chrominance_values[p]);
        }
      }
      function writeCOM(comments) {
        if (typeof comments === "undefined" || comments.constructor !== Array) return;
        comments.forEach((e) => {
          if (typeof e !== "string") return;
          writeWord(65534);
          var l = e.length;
          writeWord(l + 2);
          var i2;
          for (i2 = 0; i2 < l; i2++)
            writeByte(e.charCodeAt(i2));
        });
      }
      function writeSOS() {
        writeWord(65498);
        writeWord(12);
        writeByte(3);
        writeByte(1);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(3);
        writeByte(17);
        writeByte(0);
        writeByte(63);
        writeByte(0);
      }
      function processDU(CDU, fdtbl, DC, HTDC, HTAC) {
        var EOB = HTAC[0];
        var M16zeroes = HTAC[240];
        var pos;
        var I16 = 16;
        var I63 = 63;
        var I64 = 64;
        var DU_DCT = fDCTQuant(CDU, fdtbl);
        for (var j = 0; j < I64; ++j) {
          DU[ZigZag[j]] = DU_DCT[j];
        }
        var Diff = DU[0] - DC;
        DC = DU[0];
        if (Diff == 0) {
          writeBits(HTDC[0]);
        } else {
          pos = 32767 + Diff;
          writeBits(HTDC[category[pos]]);
          writeBits(bitcode[pos]);
        }
        var end0pos = 63;
        for (; end0pos > 0 && DU[end0pos] == 0; end0pos--) {
        }
        ;
        if (end0pos == 0) {
          writeBits(EOB);
          return DC;
        }
        var i2 = 1;
        var lng;
        while (i2 <= end0pos) {
          var startpos = i2;
          for (; DU[i2] == 0 && i2 <= end0pos; ++i2) {
          }
          var nrzeroes = i2 - startpos;
          if (nrzeroes >= I16) {
            lng = nrzeroes >> 4;
            for (var nrmarker = 1; nrmarker <= lng; ++nrmarker)
              writeBits(M16zeroes);
            nrzeroes = nrzeroes & 15;
          }
          pos = 32767 + DU[i2];
          writeBits(HTAC[(nrzeroes << 4) + category[pos]]);
          writeBits(bitcode[pos]);
          i2++;
        }
        if (end0pos != I63) {
          writeBits(EOB);
        }
        return DC;
      }
      function initCharLookupTable() {
        var sfcc = String.fromCharCode;
        for (var i2 = 0; i2 < 256; i2++) {
          clt[i2] = sfcc(i2);
        }
      }
      this.encode = function(image, quality2) {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (quality2) setQuality(quality2);
        byteout = new Array();
        bytenew = 0;
        bytepos = 7;
        writeWord(65496);
        writeAPP0();
        writeCOM(image.comments);
        writeAPP1(image.exifBuffer);
        writeDQT();
        writeSOF0(image.width, image.height);
        writeDHT();
        writeSOS();
        var DCY = 0;
        var DCU = 0;
        var DCV = 0;
        bytenew = 0;
        bytepos = 7;
        this.encode.displayName = "_encode_";
        var imageData = image.data;
        var width = image.width;
        var height = image.height;
        var quadWidth = width * 4;
        var tripleWidth = width * 3;
        var x2, y = 0;
        var r, g, b;
        var start, p, col, row, pos;
        while (y < height) {
          x2 = 0;
          while (x2 < quadWidth) {
            start = quadWidth * y + x2;
            p = start;
            col = -1;
            row = 0;
            for (pos = 0; pos < 64; pos++) {
              row = pos >> 3;
              col = (pos & 7) * 4;
              p = start + row * quadWidth + col;
              if (y + row >= height) {
                p -= quadWidth * (y + 1 + row - height);
              }
              if (x2 + col >= quadWidth) {
                p -= x2 + col - quadWidth + 4;
              }
              r = imageData[p++];
              g = imageData[p++];
              b = imageData[p++];
              YDU[pos] = (RGB_YUV_TABLE[r] + RGB_YUV_TABLE[g + 256 >> 0] + RGB_YUV_TABLE[b + 512 >> 0] >> 16) - 128;
              UDU[pos] = (RGB_YUV_TABLE[r + 768 >> 0] + RGB_YUV_TABLE[g + 1024 >> 0] + RGB_YUV_TABLE[b + 1280 >> 0] >> 16) - 128;
              VDU[pos] = (RGB_YUV_TABLE[r + 1280 >> 0] + RGB_YUV_TABLE[g + 1536 >> 0] + RGB_YUV_TABLE[b + 1792 >> 0] >> 16) - 128;
            }
            DCY = processDU(YDU, fdtbl_Y, DCY, YDC_HT, YAC_HT);
            DCU = processDU(UDU, fdtbl_UV, DCU, UVDC_HT, UVAC_HT);
            DCV = processDU(VDU, fdtbl_UV, DCV, UVDC_HT, UVAC_HT);
            x2 += 32;
          }
          y += 8;
        }
        if (bytepos >= 0) {
          var fillbits = [];
          fillbits[1] = bytepos + 1;
          fillbits[0] = (1 << bytepos + 1) - 1;
          writeBits(fillbits);
        }
        writeWord(65497);
        if (typeof module2 === "undefined") return new Uint8Array(byteout);
        return Buffer.from(byteout);
        var jpegDataUri = "data:image/jpeg;base64," + btoa(byteout.join(""));
        byteout = [];
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
        return jpegDataUri;
      };
      function setQuality(quality2) {
        if (quality2 <= 0) {
          quality2 = 1;
        }
        if (quality2 > 100) {
          quality2 = 100;
        }
        if (currentQuality == quality2) return;
        var sf = 0;
        if (quality2 < 50) {
          sf = Math.floor(5e3 / quality2);
        } else {
          sf = Math.floor(200 - quality2 * 2);
        }
        initQuantTables(sf);
        currentQuality = quality2;
      }
      function init() {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (!quality) quality = 50;
        initCharLookupTable();
        initHuffmanTbl();
        initCategoryNumber();
        initRGBYUVTable();
        setQuality(quality);
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
      }
      init();
    }
    if (typeof module2 !== "undefined") {
      module2.exports = encode;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].encode = encode;
    }
    function encode(imgData, qu) {
      if (typeof qu === "undefined") qu = 50;
      var encoder = new JPEGEncoder(qu);
      var data = encoder.encode(imgData, qu);
      return {
        data,
        width: imgData.width,
        height: imgData.height
      };
    }
  }
});

// node_modules/jpeg-js/lib/decoder.js
var require_decoder2 = __commonJS({
  "node_modules/jpeg-js/lib/decoder.js"(exports2, module2) {
    var JpegImage = (function jpegImage() {
      "use strict";
      var dctZigZag = new Int32Array([
        0,
        1,
        8,
        16,
        9,
        2,
        3,
        10,
        17,
        24,
        32,
        25,
        18,
        11,
        4,
        5,
        12,
        19,
        26,
        33,
        40,
        48,
        41,
        34,
        27,
        20,
        13,
        6,
        7,
        14,
        21,
        28,
        35,
        42,
        49,
        56,
        57,
        50,
        43,
        36,
        29,
        22,
        15,
        23,
        30,
        37,
        44,
        51,
        58,
        59,
        52,
        45,
        38,
        31,
        39,
        46,
        53,
        60,
        61,
        54,
        47,
        55,
        62,
        63
      ]);
      var dctCos1 = 4017;
      var dctSin1 = 799;
      var dctCos3 = 3406;
      var dctSin3 = 2276;
      var dctCos6 = 1567;
      var dctSin6 = 3784;
      var dctSqrt2 = 5793;
      var dctSqrt1d2 = 2896;
      function constructor() {
      }
      function buildHuffmanTable(codeLengths, values) {
        var k = 0, code = [], i2, j, length = 16;
        while (length > 0 && !codeLengths[length - 1])
          length--;
        code.push({ children: [], index: 0 });
        var p = code[0], q;
        for (i2 = 0; i2 < length; i2++) {
          for (j = 0; j < codeLengths[i2]; j++) {
            p = code.pop();
            p.children[p.index] = values[k];
            while (p.index > 0) {
              if (code.length === 0)
                throw new Error("Could not recreate Huffman Table");
              p = code.pop();
            }
            p.index++;
            code.push(p);
            while (code.length <= i2) {
              code.push(q = { children: [], index: 0 });
              p.children[p.index] = q.children;
              p = q;
            }
            k++;
          }
          if (i2 + 1 < length) {
            code.push(q = { children: [], index: 0 });
            p.children[p.index] = q.children;
            p = q;
          }
        }
        return code[0].children;
      }
      function decodeScan(data, offset, frame, components, resetInterval, spectralStart, spectralEnd, successivePrev, successive, opts) {
        var precision = frame.precision;
        var samplesPerLine = frame.samplesPerLine;
        var scanLines = frame.scanLines;
        var mcusPerLine = frame.mcusPerLine;
        var progressive = frame.progressive;
        var maxH = frame.maxH, maxV = frame.maxV;
        var startOffset = offset, bitsData = 0, bitsCount = 0;
        function readBit() {
          if (bitsCount > 0) {
            bitsCount--;
            return bitsData >> bitsCount & 1;
          }
          bitsData = data[offset++];
          if (bitsData == 255) {
            var nextByte = data[offset++];
            if (nextByte) {
              throw new Error("unexpected marker: " + (bitsData << 8 | nextByte).toString(16));
            }
          }
          bitsCount = 7;
          return bitsData >>> 7;
        }
        function decodeHuffman(tree) {
          var node = tree, bit;
          while ((bit = readBit()) !== null) {
            node = node[bit];
            if (typeof node === "number")
              return node;
            if (typeof node !== "object")
              throw new Error("invalid huffman sequence");
          }
          return null;
        }
        function receive(length) {
          var n2 = 0;
          while (length > 0) {
            var bit = readBit();
            if (bit === null) return;
            n2 = n2 << 1 | bit;
            length--;
          }
          return n2;
        }
        function receiveAndExtend(length) {
          var n2 = receive(length);
          if (n2 >= 1 << length - 1)
            return n2;
          return n2 + (-1 << length) + 1;
        }
        function decodeBaseline(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t);
          zz[0] = component2.pred += diff;
          var k2 = 1;
          while (k2 < 64) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15)
                break;
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s);
            k2++;
          }
        }
        function decodeDCFirst(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t) << successive;
          zz[0] = component2.pred += diff;
        }
        function decodeDCSuccessive(component2, zz) {
          zz[0] |= readBit() << successive;
        }
        var eobrun = 0;
        function decodeACFirst(component2, zz) {
          if (eobrun > 0) {
            eobrun--;
            return;
          }
          var k2 = spectralStart, e = spectralEnd;
          while (k2 <= e) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15) {
                eobrun = receive(r) + (1 << r) - 1;
                break;
              }
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s) * (1 << successive);
            k2++;
          }
        }
        var successiveACState = 0, successiveACNextValue;
        function decodeACSuccessive(component2, zz) {
          var k2 = spectralStart, e = spectralEnd, r = 0;
          while (k2 <= e) {
            var z = dctZigZag[k2];
            var direction = zz[z] < 0 ? -1 : 1;
            switch (successiveACState) {
              case 0:
                var rs = decodeHuffman(component2.huffmanTableAC);
                var s = rs & 15, r = rs >> 4;
                if (s === 0) {
                  if (r < 15) {
                    eobrun = receive(r) + (1 << r);
                    successiveACState = 4;
                  } else {
                    r = 16;
                    successiveACState = 1;
                  }
                } else {
                  if (s !== 1)
                    throw new Error("invalid ACn encoding");
                  successiveACNextValue = receiveAndExtend(s);
                  successiveACState = r ? 2 : 3;
                }
                continue;
              case 1:
              // skipping r zero items
              case 2:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  r--;
                  if (r === 0)
                    successiveACState = successiveACState == 2 ? 3 : 0;
                }
                break;
              case 3:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  zz[z] = successiveACNextValue << successive;
                  successiveACState = 0;
                }
                break;
              case 4:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                break;
            }
            k2++;
          }
          if (successiveACState === 4) {
            eobrun--;
            if (eobrun === 0)
              successiveACState = 0;
          }
        }
        function decodeMcu(component2, decode3, mcu2, row, col) {
          var mcuRow = mcu2 / mcusPerLine | 0;
          var mcuCol = mcu2 % mcusPerLine;
          var blockRow = mcuRow * component2.v + row;
          var blockCol = mcuCol * component2.h + col;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode3(component2, component2.blocks[blockRow][blockCol]);
        }
        function decodeBlock(component2, decode3, mcu2) {
          var blockRow = mcu2 / component2.blocksPerLine | 0;
          var blockCol = mcu2 % component2.blocksPerLine;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode3(component2, component2.blocks[blockRow][blockCol]);
        }
        var componentsLength = components.length;
        var component, i2, j, k, n;
        var decodeFn;
        if (progressive) {
          if (spectralStart === 0)
            decodeFn = successivePrev === 0 ? decodeDCFirst : decodeDCSuccessive;
          else
            decodeFn = successivePrev === 0 ? decodeACFirst : decodeACSuccessive;
        } else {
          decodeFn = decodeBaseline;
        }
        var mcu = 0, marker;
        var mcuExpected;
        if (componentsLength == 1) {
          mcuExpected = components[0].blocksPerLine * components[0].blocksPerColumn;
        } else {
          mcuExpected = mcusPerLine * frame.mcusPerColumn;
        }
        if (!resetInterval) resetInterval = mcuExpected;
        var h, v;
        while (mcu < mcuExpected) {
          for (i2 = 0; i2 < componentsLength; i2++)
            components[i2].pred = 0;
          eobrun = 0;
          if (componentsLength == 1) {
            component = components[0];
            for (n = 0; n < resetInterval; n++) {
              decodeBlock(component, decodeFn, mcu);
              mcu++;
            }
          } else {
            for (n = 0; n < resetInterval; n++) {
              for (i2 = 0; i2 < componentsLength; i2++) {
                component = components[i2];
                h = component.h;
                v = component.v;
                for (j = 0; j < v; j++) {
                  for (k = 0; k < h; k++) {
                    decodeMcu(component, decodeFn, mcu, j, k);
                  }
                }
              }
              mcu++;
              if (mcu === mcuExpected) break;
            }
          }
          if (mcu === mcuExpected) {
            do {
              if (data[offset] === 255) {
                if (data[offset + 1] !== 0) {
                  break;
                }
              }
              offset += 1;
            } while (offset < data.length - 2);
          }
          bitsCount = 0;
          marker = data[offset] << 8 | data[offset + 1];
          if (marker < 65280) {
            throw new Error("marker was not found");
          }
          if (marker >= 65488 && marker <= 65495) {
            offset += 2;
          } else
            break;
        }
        return offset - startOffset;
      }
      function buildComponentData(frame, component) {
        var lines = [];
        var blocksPerLine = component.blocksPerLine;
        var blocksPerColumn = component.blocksPerColumn;
        var samplesPerLine = blocksPerLine << 3;
        var R = new Int32Array(64), r = new Uint8Array(64);
        function quantizeAndInverse(zz, dataOut, dataIn) {
          var qt = component.quantizationTable;
          var v0, v1, v2, v3, v4, v5, v6, v7, t;
          var p = dataIn;
          var i3;
          for (i3 = 0; i3 < 64; i3++)
            p[i3] = zz[i3] * qt[i3];
          for (i3 = 0; i3 < 8; ++i3) {
            var row = 8 * i3;
            if (p[1 + row] == 0 && p[2 + row] == 0 && p[3 + row] == 0 && p[4 + row] == 0 && p[5 + row] == 0 && p[6 + row] == 0 && p[7 + row] == 0) {
              t = dctSqrt2 * p[0 + row] + 512 >> 10;
              p[0 + row] = t;
              p[1 + row] = t;
              p[2 + row] = t;
              p[3 + row] = t;
              p[4 + row] = t;
              p[5 + row] = t;
              p[6 + row] = t;
              p[7 + row] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 + row] + 128 >> 8;
            v1 = dctSqrt2 * p[4 + row] + 128 >> 8;
            v2 = p[2 + row];
            v3 = p[6 + row];
            v4 = dctSqrt1d2 * (p[1 + row] - p[7 + row]) + 128 >> 8;
            v7 = dctSqrt1d2 * (p[1 + row] + p[7 + row]) + 128 >> 8;
            v5 = p[3 + row] << 4;
            v6 = p[5 + row] << 4;
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 128 >> 8;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 128 >> 8;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 + row] = v0 + v7;
            p[7 + row] = v0 - v7;
            p[1 + row] = v1 + v6;
            p[6 + row] = v1 - v6;
            p[2 + row] = v2 + v5;
            p[5 + row] = v2 - v5;
            p[3 + row] = v3 + v4;
            p[4 + row] = v3 - v4;
          }
          for (i3 = 0; i3 < 8; ++i3) {
            var col = i3;
            if (p[1 * 8 + col] == 0 && p[2 * 8 + col] == 0 && p[3 * 8 + col] == 0 && p[4 * 8 + col] == 0 && p[5 * 8 + col] == 0 && p[6 * 8 + col] == 0 && p[7 * 8 + col] == 0) {
              t = dctSqrt2 * dataIn[i3 + 0] + 8192 >> 14;
              p[0 * 8 + col] = t;
              p[1 * 8 + col] = t;
              p[2 * 8 + col] = t;
              p[3 * 8 + col] = t;
              p[4 * 8 + col] = t;
              p[5 * 8 + col] = t;
              p[6 * 8 + col] = t;
              p[7 * 8 + col] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 * 8 + col] + 2048 >> 12;
            v1 = dctSqrt2 * p[4 * 8 + col] + 2048 >> 12;
            v2 = p[2 * 8 + col];
            v3 = p[6 * 8 + col];
            v4 = dctSqrt1d2 * (p[1 * 8 + col] - p[7 * 8 + col]) + 2048 >> 12;
            v7 = dctSqrt1d2 * (p[1 * 8 + col] + p[7 * 8 + col]) + 2048 >> 12;
            v5 = p[3 * 8 + col];
            v6 = p[5 * 8 + col];
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 2048 >> 12;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 2048 >> 12;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 * 8 + col] = v0 + v7;
            p[7 * 8 + col] = v0 - v7;
            p[1 * 8 + col] = v1 + v6;
            p[6 * 8 + col] = v1 - v6;
            p[2 * 8 + col] = v2 + v5;
            p[5 * 8 + col] = v2 - v5;
            p[3 * 8 + col] = v3 + v4;
            p[4 * 8 + col] = v3 - v4;
          }
          for (i3 = 0; i3 < 64; ++i3) {
            var sample2 = 128 + (p[i3] + 8 >> 4);
            dataOut[i3] = sample2 < 0 ? 0 : sample2 > 255 ? 255 : sample2;
          }
        }
        requestMemoryAllocation(samplesPerLine * blocksPerColumn * 8);
        var i2, j;
        for (var blockRow = 0; blockRow < blocksPerColumn; blockRow++) {
          var scanLine = blockRow << 3;
          for (i2 = 0; i2 < 8; i2++)
            lines.push(new Uint8Array(samplesPerLine));
          for (var blockCol = 0; blockCol < blocksPerLine; blockCol++) {
            quantizeAndInverse(component.blocks[blockRow][blockCol], r, R);
            var offset = 0, sample = blockCol << 3;
            for (j = 0; j < 8; j++) {
              var line = lines[scanLine + j];
              for (i2 = 0; i2 < 8; i2++)
                line[sample + i2] = r[offset++];
            }
          }
        }
        return lines;
      }
      function clampTo8bit(a) {
        return a < 0 ? 0 : a > 255 ? 255 : a;
      }
      constructor.prototype = {
        load: function load(path14) {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", path14, true);
          xhr.responseType = "arraybuffer";
          xhr.onload = (function() {
            var data = new Uint8Array(xhr.response || xhr.mozResponseArrayBuffer);
            this.parse(data);
            if (this.onload)
              this.onload();
          }).bind(this);
          xhr.send(null);
        },
        parse: function parse2(data) {
          var maxResolutionInPixels = this.opts.maxResolutionInMP * 1e3 * 1e3;
          var offset = 0, length = data.length;
          function readUint16() {
            var value = data[offset] << 8 | data[offset + 1];
            offset += 2;
            return value;
          }
          function readDataBlock() {
            var length2 = readUint16();
            var array = data.subarray(offset, offset + length2 - 2);
            offset += array.length;
            return array;
          }
          function prepareComponents(frame2) {
            var maxH2 = 1, maxV2 = 1;
            var component2, componentId2;
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                if (maxH2 < component2.h) maxH2 = component2.h;
                if (maxV2 < component2.v) maxV2 = component2.v;
              }
            }
            var mcusPerLine = Math.ceil(frame2.samplesPerLine / 8 / maxH2);
            var mcusPerColumn = Math.ceil(frame2.scanLines / 8 / maxV2);
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                var blocksPerLine = Math.ceil(Math.ceil(frame2.samplesPerLine / 8) * component2.h / maxH2);
                var blocksPerColumn = Math.ceil(Math.ceil(frame2.scanLines / 8) * component2.v / maxV2);
                var blocksPerLineForMcu = mcusPerLine * component2.h;
                var blocksPerColumnForMcu = mcusPerColumn * component2.v;
                var blocksToAllocate = blocksPerColumnForMcu * blocksPerLineForMcu;
                var blocks = [];
                requestMemoryAllocation(blocksToAllocate * 256);
                for (var i3 = 0; i3 < blocksPerColumnForMcu; i3++) {
                  var row = [];
                  for (var j2 = 0; j2 < blocksPerLineForMcu; j2++)
                    row.push(new Int32Array(64));
                  blocks.push(row);
                }
                component2.blocksPerLine = blocksPerLine;
                component2.blocksPerColumn = blocksPerColumn;
                component2.blocks = blocks;
              }
            }
            frame2.maxH = maxH2;
            frame2.maxV = maxV2;
            frame2.mcusPerLine = mcusPerLine;
            frame2.mcusPerColumn = mcusPerColumn;
          }
          var jfif = null;
          var adobe = null;
          var pixels = null;
          var frame, resetInterval;
          var quantizationTables = [], frames = [];
          var huffmanTablesAC = [], huffmanTablesDC = [];
          var fileMarker = readUint16();
          var malformedDataOffset = -1;
          this.comments = [];
          if (fileMarker != 65496) {
            throw new Error("SOI not found");
          }
          fileMarker = readUint16();
          while (fileMarker != 65497) {
            var i2, j, l;
            switch (fileMarker) {
              case 65280:
                break;
              case 65504:
              // APP0 (Application Specific)
              case 65505:
              // APP1
              case 65506:
              // APP2
              case 65507:
              // APP3
              case 65508:
              // APP4
              case 65509:
              // APP5
              case 65510:
              // APP6
              case 65511:
              // APP7
              case 65512:
              // APP8
              case 65513:
              // APP9
              case 65514:
              // APP10
              case 65515:
              // APP11
              case 65516:
              // APP12
              case 65517:
              // APP13
              case 65518:
              // APP14
              case 65519:
              // APP15
              case 65534:
                var appData = readDataBlock();
                if (fileMarker === 65534) {
                  var comment = String.fromCharCode.apply(null, appData);
                  this.comments.push(comment);
                }
                if (fileMarker === 65504) {
                  if (appData[0] === 74 && appData[1] === 70 && appData[2] === 73 && appData[3] === 70 && appData[4] === 0) {
                    jfif = {
                      version: { major: appData[5], minor: appData[6] },
                      densityUnits: appData[7],
                      xDensity: appData[8] << 8 | appData[9],
                      yDensity: appData[10] << 8 | appData[11],
                      thumbWidth: appData[12],
                      thumbHeight: appData[13],
                      thumbData: appData.subarray(14, 14 + 3 * appData[12] * appData[13])
                    };
                  }
                }
                if (fileMarker === 65505) {
                  if (appData[0] === 69 && appData[1] === 120 && appData[2] === 105 && appData[3] === 102 && appData[4] === 0) {
                    this.exifBuffer = appData.subarray(5, appData.length);
                  }
                }
                if (fileMarker === 65518) {
                  if (appData[0] === 65 && appData[1] === 100 && appData[2] === 111 && appData[3] === 98 && appData[4] === 101 && appData[5] === 0) {
                    adobe = {
                      version: appData[6],
                      flags0: appData[7] << 8 | appData[8],
                      flags1: appData[9] << 8 | appData[10],
                      transformCode: appData[11]
                    };
                  }
                }
                break;
              case 65499:
                var quantizationTablesLength = readUint16();
                var quantizationTablesEnd = quantizationTablesLength + offset - 2;
                while (offset < quantizationTablesEnd) {
                  var quantizationTableSpec = data[offset++];
                  requestMemoryAllocation(64 * 4);
                  var tableData = new Int32Array(64);
                  if (quantizationTableSpec >> 4 === 0) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = data[offset++];
                    }
                  } else if (quantizationTableSpec >> 4 === 1) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = readUint16();
                    }
                  } else
                    throw new Error("DQT: invalid table spec");
                  quantizationTables[quantizationTableSpec & 15] = tableData;
                }
                break;
              case 65472:
              // SOF0 (Start of Frame, Baseline DCT)
              case 65473:
              // SOF1 (Start of Frame, Extended DCT)
              case 65474:
                readUint16();
                frame = {};
                frame.extended = fileMarker === 65473;
                frame.progressive = fileMarker === 65474;
                frame.precision = data[offset++];
                frame.scanLines = readUint16();
                frame.samplesPerLine = readUint16();
                frame.components = {};
                frame.componentsOrder = [];
                var pixelsInFrame = frame.scanLines * frame.samplesPerLine;
                if (pixelsInFrame > maxResolutionInPixels) {
                  var exceededAmount = Math.ceil((pixelsInFrame - maxResolutionInPixels) / 1e6);
                  throw new Error(`maxResolutionInMP limit exceeded by ${exceededAmount}MP`);
                }
                var componentsCount = data[offset++], componentId;
                var maxH = 0, maxV = 0;
                for (i2 = 0; i2 < componentsCount; i2++) {
                  componentId = data[offset];
                  var h = data[offset + 1] >> 4;
                  var v = data[offset + 1] & 15;
                  var qId = data[offset + 2];
                  if (h <= 0 || v <= 0) {
                    throw new Error("Invalid sampling factor, expected values above 0");
                  }
                  frame.componentsOrder.push(componentId);
                  frame.components[componentId] = {
                    h,
                    v,
                    quantizationIdx: qId
                  };
                  offset += 3;
                }
                prepareComponents(frame);
                frames.push(frame);
                break;
              case 65476:
                var huffmanLength = readUint16();
                for (i2 = 2; i2 < huffmanLength; ) {
                  var huffmanTableSpec = data[offset++];
                  var codeLengths = new Uint8Array(16);
                  var codeLengthSum = 0;
                  for (j = 0; j < 16; j++, offset++) {
                    codeLengthSum += codeLengths[j] = data[offset];
                  }
                  requestMemoryAllocation(16 + codeLengthSum);
                  var huffmanValues = new Uint8Array(codeLengthSum);
                  for (j = 0; j < codeLengthSum; j++, offset++)
                    huffmanValues[j] = data[offset];
                  i2 += 17 + codeLengthSum;
                  (huffmanTableSpec >> 4 === 0 ? huffmanTablesDC : huffmanTablesAC)[huffmanTableSpec & 15] = buildHuffmanTable(codeLengths, huffmanValues);
                }
                break;
              case 65501:
                readUint16();
                resetInterval = readUint16();
                break;
              case 65500:
                readUint16();
                readUint16();
                break;
              case 65498:
                var scanLength = readUint16();
                var selectorsCount = data[offset++];
                var components = [], component;
                for (i2 = 0; i2 < selectorsCount; i2++) {
                  component = frame.components[data[offset++]];
                  var tableSpec = data[offset++];
                  component.huffmanTableDC = huffmanTablesDC[tableSpec >> 4];
                  component.huffmanTableAC = huffmanTablesAC[tableSpec & 15];
                  components.push(component);
                }
                var spectralStart = data[offset++];
                var spectralEnd = data[offset++];
                var successiveApproximation = data[offset++];
                var processed = decodeScan(
                  data,
                  offset,
                  frame,
                  components,
                  resetInterval,
                  spectralStart,
                  spectralEnd,
                  successiveApproximation >> 4,
                  successiveApproximation & 15,
                  this.opts
                );
                offset += processed;
                break;
              case 65535:
                if (data[offset] !== 255) {
                  offset--;
                }
                break;
              default:
                if (data[offset - 3] == 255 && data[offset - 2] >= 192 && data[offset - 2] <= 254) {
                  offset -= 3;
                  break;
                } else if (fileMarker === 224 || fileMarker == 225) {
                  if (malformedDataOffset !== -1) {
                    throw new Error(`first unknown JPEG marker at offset ${malformedDataOffset.toString(16)}, second unknown JPEG marker ${fileMarker.toString(16)} at offset ${(offset - 1).toString(16)}`);
                  }
                  malformedDataOffset = offset - 1;
                  const nextOffset = readUint16();
                  if (data[offset + nextOffset - 2] === 255) {
                    offset += nextOffset - 2;
                    break;
                  }
                }
                throw new Error("unknown JPEG marker " + fileMarker.toString(16));
            }
            fileMarker = readUint16();
          }
          if (frames.length != 1)
            throw new Error("only single frame JPEGs supported");
          for (var i2 = 0; i2 < frames.length; i2++) {
            var cp = frames[i2].components;
            for (var j in cp) {
              cp[j].quantizationTable = quantizationTables[cp[j].quantizationIdx];
              delete cp[j].quantizationIdx;
            }
          }
          this.width = frame.samplesPerLine;
          this.height = frame.scanLines;
          this.jfif = jfif;
          this.adobe = adobe;
          this.components = [];
          for (var i2 = 0; i2 < frame.componentsOrder.length; i2++) {
            var component = frame.components[frame.componentsOrder[i2]];
            this.components.push({
              lines: buildComponentData(frame, component),
              scaleX: component.h / frame.maxH,
              scaleY: component.v / frame.maxV
            });
          }
        },
        getData: function getData(width, height) {
          var scaleX = this.width / width, scaleY = this.height / height;
          var component1, component2, component3, component4;
          var component1Line, component2Line, component3Line, component4Line;
          var x2, y;
          var offset = 0;
          var Y, Cb, Cr, K, C, M, Ye, R, G, B;
          var colorTransform;
          var dataLength = width * height * this.components.length;
          requestMemoryAllocation(dataLength);
          var data = new Uint8Array(dataLength);
          switch (this.components.length) {
            case 1:
              component1 = this.components[0];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                for (x2 = 0; x2 < width; x2++) {
                  Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 2:
              component1 = this.components[0];
              component2 = this.components[1];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                for (x2 = 0; x2 < width; x2++) {
                  Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                  data[offset++] = Y;
                  Y = component2Line[0 | x2 * component2.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 3:
              colorTransform = true;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                for (x2 = 0; x2 < width; x2++) {
                  if (!colorTransform) {
                    R = component1Line[0 | x2 * component1.scaleX * scaleX];
                    G = component2Line[0 | x2 * component2.scaleX * scaleX];
                    B = component3Line[0 | x2 * component3.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x2 * component3.scaleX * scaleX];
                    R = clampTo8bit(Y + 1.402 * (Cr - 128));
                    G = clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    B = clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = R;
                  data[offset++] = G;
                  data[offset++] = B;
                }
              }
              break;
            case 4:
              if (!this.adobe)
                throw new Error("Unsupported color mode (4 components)");
              colorTransform = false;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              component4 = this.components[3];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                component4Line = component4.lines[0 | y * component4.scaleY * scaleY];
                for (x2 = 0; x2 < width; x2++) {
                  if (!colorTransform) {
                    C = component1Line[0 | x2 * component1.scaleX * scaleX];
                    M = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Ye = component3Line[0 | x2 * component3.scaleX * scaleX];
                    K = component4Line[0 | x2 * component4.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x2 * component3.scaleX * scaleX];
                    K = component4Line[0 | x2 * component4.scaleX * scaleX];
                    C = 255 - clampTo8bit(Y + 1.402 * (Cr - 128));
                    M = 255 - clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    Ye = 255 - clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = 255 - C;
                  data[offset++] = 255 - M;
                  data[offset++] = 255 - Ye;
                  data[offset++] = 255 - K;
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
          return data;
        },
        copyToImageData: function copyToImageData(imageData, formatAsRGBA) {
          var width = imageData.width, height = imageData.height;
          var imageDataArray = imageData.data;
          var data = this.getData(width, height);
          var i2 = 0, j = 0, x2, y;
          var Y, K, C, M, R, G, B;
          switch (this.components.length) {
            case 1:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width; x2++) {
                  Y = data[i2++];
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 3:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width; x2++) {
                  R = data[i2++];
                  G = data[i2++];
                  B = data[i2++];
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 4:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width; x2++) {
                  C = data[i2++];
                  M = data[i2++];
                  Y = data[i2++];
                  K = data[i2++];
                  R = 255 - clampTo8bit(C * (1 - K / 255) + K);
                  G = 255 - clampTo8bit(M * (1 - K / 255) + K);
                  B = 255 - clampTo8bit(Y * (1 - K / 255) + K);
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
        }
      };
      var totalBytesAllocated = 0;
      var maxMemoryUsageBytes = 0;
      function requestMemoryAllocation(increaseAmount = 0) {
        var totalMemoryImpactBytes = totalBytesAllocated + increaseAmount;
        if (totalMemoryImpactBytes > maxMemoryUsageBytes) {
          var exceededAmount = Math.ceil((totalMemoryImpactBytes - maxMemoryUsageBytes) / 1024 / 1024);
          throw new Error(`maxMemoryUsageInMB limit exceeded by at least ${exceededAmount}MB`);
        }
        totalBytesAllocated = totalMemoryImpactBytes;
      }
      constructor.resetMaxMemoryUsage = function(maxMemoryUsageBytes_) {
        totalBytesAllocated = 0;
        maxMemoryUsageBytes = maxMemoryUsageBytes_;
      };
      constructor.getBytesAllocated = function() {
        return totalBytesAllocated;
      };
      constructor.requestMemoryAllocation = requestMemoryAllocation;
      return constructor;
    })();
    if (typeof module2 !== "undefined") {
      module2.exports = decode2;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].decode = decode2;
    }
    function decode2(jpegData, userOpts = {}) {
      var defaultOpts = {
        // "undefined" means "Choose whether to transform colors based on the image’s color model."
        colorTransform: void 0,
        useTArray: false,
        formatAsRGBA: true,
        tolerantDecoding: true,
        maxResolutionInMP: 100,
        // Don't decode more than 100 megapixels
        maxMemoryUsageInMB: 512
        // Don't decode if memory footprint is more than 512MB
      };
      var opts = { ...defaultOpts, ...userOpts };
      var arr = new Uint8Array(jpegData);
      var decoder = new JpegImage();
      decoder.opts = opts;
      JpegImage.resetMaxMemoryUsage(opts.maxMemoryUsageInMB * 1024 * 1024);
      decoder.parse(arr);
      var channels = opts.formatAsRGBA ? 4 : 3;
      var bytesNeeded = decoder.width * decoder.height * channels;
      try {
        JpegImage.requestMemoryAllocation(bytesNeeded);
        var image = {
          width: decoder.width,
          height: decoder.height,
          exifBuffer: decoder.exifBuffer,
          data: opts.useTArray ? new Uint8Array(bytesNeeded) : Buffer.alloc(bytesNeeded)
        };
        if (decoder.comments.length > 0) {
          image["comments"] = decoder.comments;
        }
      } catch (err2) {
        if (err2 instanceof RangeError) {
          throw new Error("Could not allocate enough memory for the image. Required: " + bytesNeeded);
        }
        if (err2 instanceof ReferenceError) {
          if (err2.message === "Buffer is not defined") {
            throw new Error("Buffer is not globally defined in this environment. Consider setting useTArray to true");
          }
        }
        throw err2;
      }
      decoder.copyToImageData(image, opts.formatAsRGBA);
      return image;
    }
  }
});

// node_modules/jpeg-js/index.js
var require_jpeg_js = __commonJS({
  "node_modules/jpeg-js/index.js"(exports2, module2) {
    var encode = require_encoder2();
    var decode2 = require_decoder2();
    module2.exports = {
      encode,
      decode: decode2
    };
  }
});

// test/set-comparison-view.test.ts
var import_assert = require("assert");
var fs12 = __toESM(require("fs"));
var path13 = __toESM(require("path"));
var import_pngjs2 = __toESM(require_png());

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
function fromString(str, unsigned, radix) {
  if (str.length === 0) throw Error("empty string");
  if (typeof unsigned === "number") {
    radix = unsigned;
    unsigned = false;
  } else {
    unsigned = !!unsigned;
  }
  if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
    return unsigned ? UZERO : ZERO;
  radix = radix || 10;
  if (radix < 2 || 36 < radix) throw RangeError("radix");
  var p;
  if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
  else if (p === 0) {
    return fromString(str.substring(1), unsigned, radix).neg();
  }
  var radixToPower = fromNumber(pow_dbl(radix, 8));
  var result = ZERO;
  for (var i2 = 0; i2 < str.length; i2 += 8) {
    var size = Math.min(8, str.length - i2), value = parseInt(str.substring(i2, i2 + size), radix);
    if (size < 8) {
      var power = fromNumber(pow_dbl(radix, size));
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
function dtypeCode(dtype) {
  const code = NAMES.get(dtype);
  if (code === void 0) throw new Error(`unknown dtype ${dtype}`);
  return code;
}
function bitsPerElement(dtype) {
  switch (dtype) {
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
function integerRange(dtype) {
  switch (dtype) {
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

// src/engine/onnx/schema.ts
var protobuf = __toESM(require_protobufjs());

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

// src/engine/onnx/tensor-codec.ts
function elementCount(dims) {
  return dims.reduce((a, b) => a * b, 1);
}
function slotsPerElement(dtype) {
  return dtype === "complex64" || dtype === "complex128" ? 2 : 1;
}
function allocate(dtype, count2) {
  const n = count2 * slotsPerElement(dtype);
  switch (dtype) {
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
function fromLittleEndian(dtype, bytes, count2) {
  const bits2 = bitsPerElement(dtype);
  if (bits2 < 8) return unpackSubByte(dtype, bytes, count2);
  const slotBytes = bits2 / 8 / slotsPerElement(dtype);
  const need2 = count2 * slotsPerElement(dtype) * slotBytes;
  if (bytes.length < need2) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need2}`);
  const out = allocate(dtype, count2);
  new Uint8Array(out.buffer, out.byteOffset, need2).set(bytes.subarray(0, need2));
  return out;
}
function unpackSubByte(dtype, bytes, count2) {
  const bits2 = bitsPerElement(dtype);
  const perByte = 8 / bits2;
  const need2 = Math.ceil(count2 / perByte);
  if (bytes.length < need2) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need2}`);
  const out = allocate(dtype, count2);
  const mask = (1 << bits2) - 1;
  const signed = dtype === "int4" || dtype === "int2";
  for (let i2 = 0; i2 < count2; i2++) {
    let v = bytes[Math.floor(i2 / perByte)] >> i2 % perByte * bits2 & mask;
    if (signed && v >= 1 << bits2 - 1) v -= 1 << bits2;
    out[i2] = v;
  }
  return out;
}
function packSubByte(dtype, data) {
  const bits2 = bitsPerElement(dtype);
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
  const dtype = dtypeFromCode(tp.data_type);
  if (!dtype) throw new Error(`tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  const dims = tp.dims.map(num);
  if (dims.some((d) => d < 0 || !Number.isFinite(d))) throw new Error(`tensor '${tp.name}' has a negative dimension`);
  const count2 = elementCount(dims);
  const base = { name: tp.name || void 0, dtype, dims };
  if (tp.data_location === 1 && !(tp.raw_data && tp.raw_data.length)) {
    const bytes = externalReader(tp);
    if (!bytes) throw new Error(`tensor '${tp.name}' keeps its data in an external file that was not loaded`);
    return { ...base, data: fromLittleEndian(dtype, bytes, count2) };
  }
  if (dtype === "string") {
    if (tp.string_data.length !== count2) throw new Error(`tensor '${tp.name}' has ${tp.string_data.length} strings, dims need ${count2}`);
    return { ...base, data: tp.string_data.map((b) => utf8.decode(b)) };
  }
  if (tp.raw_data && tp.raw_data.length > 0) return { ...base, data: fromLittleEndian(dtype, tp.raw_data, count2) };
  if (count2 === 0) return { ...base, data: allocate(dtype, 0) };
  return { ...base, data: fromTypedField(tp, dtype, count2) };
}
function expectLength(tp, field, have, need2) {
  if (have !== need2) throw new Error(`tensor '${tp.name}' has ${have} values in ${field}, its dims need ${need2}`);
}
function fromTypedField(tp, dtype, count2) {
  const slots = count2 * slotsPerElement(dtype);
  switch (dtype) {
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
      const bits2 = bitsPerElement(dtype);
      if (bits2 < 8) {
        const bytes = Uint8Array.from(tp.int32_data);
        return unpackSubByte(dtype, bytes, count2);
      }
      expectLength(tp, "int32_data", tp.int32_data.length, count2);
      const out = allocate(dtype, count2);
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
  const rounded = v + 32767 + (v >>> 16 & 1);
  return rounded >>> 16 & 65535;
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
function tensor(dtype, dims, values, name2) {
  const n = dims.reduce((a, b) => a * b, 1);
  if (values.length !== n * (dtype === "complex64" || dtype === "complex128" ? 2 : 1)) {
    throw new Error(`tensor ${name2 ?? ""}: ${values.length} values for dims [${dims}]`);
  }
  if (dtype === "string") return { name: name2, dtype, dims, data: [...values] };
  const nums = values;
  const data = allocate(dtype, n);
  for (let i2 = 0; i2 < nums.length; i2++) {
    const v = nums[i2];
    if (dtype === "float16") data[i2] = numberToFloat16Bits(v);
    else if (dtype === "bfloat16") data[i2] = numberToBfloat16Bits(v);
    else if (data instanceof BigInt64Array || data instanceof BigUint64Array) data[i2] = BigInt(Math.trunc(v));
    else data[i2] = dtype === "bool" ? v ? 1 : 0 : v;
  }
  return { name: name2, dtype, dims, data };
}
function valueInfo(name2, dtype, shape) {
  if (!dtype) return make(ValueInfoProto, { name: name2 });
  const dim = (shape ?? []).map((d) => typeof d === "number" ? { dim_value: d } : { dim_param: d });
  return make(ValueInfoProto, {
    name: name2,
    type: { tensor_type: { elem_type: dtypeCode(dtype), ...shape ? { shape: { dim } } : {} } }
  });
}
function attribute(name2, v) {
  if (typeof v === "number") return { name: name2, type: ATTR.INT, i: long_default.fromNumber(v) };
  if (typeof v === "string") return { name: name2, type: ATTR.STRING, s: Buffer.from(v) };
  if (Array.isArray(v)) {
    if (v.every((x2) => typeof x2 === "number")) return { name: name2, type: ATTR.INTS, ints: v.map((x2) => long_default.fromNumber(x2)) };
    return { name: name2, type: ATTR.STRINGS, strings: v.map((x2) => Buffer.from(x2)) };
  }
  switch (v.kind) {
    case "float":
      return { name: name2, type: ATTR.FLOAT, f: v.value };
    case "floats":
      return { name: name2, type: ATTR.FLOATS, floats: v.value };
    case "tensor":
      return { name: name2, type: ATTR.TENSOR, t: encodeTensor(v.value) };
    case "graph":
      return { name: name2, type: ATTR.GRAPH, g: v.value };
  }
}
var GraphBuilder = class {
  constructor(name2 = "graph") {
    this.name = name2;
  }
  name;
  nodes = [];
  inits = [];
  inputs = [];
  outputs = [];
  counter = 0;
  input(name2, dtype, shape) {
    this.inputs.push(valueInfo(name2, dtype, shape));
    return name2;
  }
  /** A graph output; dtype and shape may be left for the runtime to infer. */
  output(name2, dtype, shape) {
    this.outputs.push(valueInfo(name2, dtype, shape));
    return name2;
  }
  initializer(name2, t) {
    this.inits.push(encodeTensor({ ...t, name: name2 }));
    return name2;
  }
  /** Shorthand for an initializer made from numbers. */
  constant(name2, dtype, dims, values) {
    return this.initializer(name2, tensor(dtype, dims, values));
  }
  node(opType, inputs, attrs = {}, opts = {}) {
    const name2 = opts.name ?? `${opType}_${this.counter++}`;
    const outputs = Array.isArray(opts.outputs) ? opts.outputs : Array.from({ length: opts.outputs ?? 1 }, (_, i2) => `${name2}_output_${i2}`);
    this.nodes.push(make(NodeProto, {
      name: name2,
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

// src/engine/io/npy.ts
var path2 = __toESM(require("path"));

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

// src/engine/io/npy.ts
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
var DESCR_OF = new Map(Object.entries(NPY_TYPES).map(([code, dtype]) => [dtype, code]));
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
  let dict;
  try {
    dict = parsePyLiteral(text);
  } catch (err2) {
    return fail(`the header is not a plain Python dict literal (${errorMessage(err2)}); it is never evaluated`);
  }
  if (dict.kind !== "dict") return fail(`the header is a ${dict.kind}, not a dict`);
  const keys = [...dict.entries.keys()].sort().join(", ");
  if (keys !== "descr, fortran_order, shape") fail(`the header has keys {${keys}}; a .npy header has exactly descr, fortran_order and shape`);
  const descr = dict.entries.get("descr");
  const fortran = dict.entries.get("fortran_order");
  const shape = dict.entries.get("shape");
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
  const dtype = m ? NPY_TYPES[m[2] + m[3]] : void 0;
  if (!m || !dtype) {
    return fail(`unsupported dtype '${descr.value}' (supported: ${Object.keys(NPY_TYPES).join(" ")} in either byte order)`);
  }
  return { dtype, itemBytes: Number(m[3]), bigEndian: m[1] === ">" };
}
function failer(file, entry2) {
  return (msg) => {
    throw badInput(file, entry2 ? `entry '${entry2}': ${msg}` : msg);
  };
}
function swapBytes(src, size) {
  const out = new Uint8Array(src.length);
  for (let i2 = 0; i2 < src.length; i2 += size) for (let k = 0; k < size; k++) out[i2 + k] = src[i2 + size - 1 - k];
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
  const order = code.length === 2 && code[1] === "1" ? "|" : "<";
  const shape = t.dims.length === 1 ? `(${t.dims[0]},)` : `(${t.dims.join(", ")})`;
  const dict = `{'descr': '${order}${code}', 'fortran_order': False, 'shape': ${shape}, }`;
  const headerFor = (preamble2) => dict + " ".repeat((ALIGN - (preamble2 + dict.length + 1) % ALIGN) % ALIGN) + "\n";
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
  return { ...t, name: path2.basename(file, path2.extname(file)) };
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
        const key = value();
        if (key.kind !== "str") throw new Error(`a dict key is ${showLiteral(key)}, not a string`);
        if (entries.has(key.value)) throw new Error(`key '${key.value}' appears twice`);
        skip();
        if (text[i2++] !== ":") throw new Error(`expected ':' at offset ${i2 - 1}`);
        entries.set(key.value, value());
      });
      return { kind: "dict", entries };
    }
    if (ch === "(" || ch === "[") {
      const list = [];
      items(ch === "(" ? ")" : "]", () => list.push(value()));
      return { kind: ch === "(" ? "tuple" : "list", items: list };
    }
    if (ch === "'" || ch === '"') return str(ch);
    const m = /^(?:(-?\d+)L?|(True|False|None))(?![\w.(])/.exec(text.slice(i2, i2 + 40));
    if (!m) throw new Error(`unexpected '${text.slice(i2, i2 + 20)}' at offset ${i2}`);
    i2 += m[0].length;
    if (m[2] === "None") return { kind: "none" };
    if (m[2]) return { kind: "bool", value: m[2] === "True" };
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n)) throw new Error(`integer ${m[1]} is too large`);
    return { kind: "int", value: n };
  };
  const str = (quote) => {
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
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
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
            buf[bt] = dict[shift + bt];
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
    var opt2 = deo[lvl - 1];
    var n = opt2 >> 13, c = opt2 & 8191;
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
var dopt = function(dat, opt2, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt2.dictionary) {
      var dict = opt2.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt2.level == null ? 6 : opt2.level, opt2.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt2.mem, pre, post, st);
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
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
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
  let size = u322(b, eocd + 12);
  let offset = u322(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u322(b, locator) === 117853008) {
    const z = u64(b, locator + 8);
    need(b, z, 56, "the zip64 directory record");
    if (u322(b, z) !== 101075792) throw new ZipError("a zip64 locator that points at no zip64 record");
    count2 = u64(b, z + 32);
    size = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  need(b, offset, size, "the central directory");
  return { count: count2, offset, size };
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
function safeMemberName(name2, allowRooted = false) {
  if (!name2 || name2.includes("\0") || name2.startsWith("\\") || /^[a-zA-Z]:/.test(name2)) return false;
  if (name2.startsWith("/") && !allowRooted) return false;
  return !name2.split(/[/\\]/).includes("..");
}
function listZip(b, maxEntries, onTooMany, allowRooted = false) {
  const dir = directory(b);
  if (dir.count > maxEntries) onTooMany(dir.count);
  const entries = [];
  const names = /* @__PURE__ */ new Set();
  let at = dir.offset;
  const utf83 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  for (let i2 = 0; i2 < dir.count; i2++) {
    need(b, at, 46, `central directory entry ${i2}`);
    if (u322(b, at) !== 33639248) throw new ZipError(`central directory entry ${i2} has a bad signature`);
    const flags = u162(b, at + 8);
    const method = u162(b, at + 10);
    let compressedSize = u322(b, at + 20);
    let size = u322(b, at + 24);
    const nameLen = u162(b, at + 28);
    const extraLen = u162(b, at + 30);
    const commentLen = u162(b, at + 32);
    let local = u322(b, at + 42);
    need(b, at + 46, nameLen + extraLen + commentLen, `central directory entry ${i2}`);
    const name2 = (flags & 2048 ? utf83 : latin1).decode(b.subarray(at + 46, at + 46 + nameLen));
    zip64(b, at + 46 + nameLen, extraLen, [
      { value: size, set: (v) => size = v },
      { value: compressedSize, set: (v) => compressedSize = v },
      { value: local, set: (v) => local = v }
    ]);
    at += 46 + nameLen + extraLen + commentLen;
    if (!safeMemberName(name2, allowRooted)) throw new ZipError(`member name '${name2}' is absolute or leaves the archive's folder; refused`);
    if (names.has(name2)) throw new ZipError(`member '${name2}' appears twice`);
    names.add(name2);
    if (flags & 1) throw new ZipError(`member '${name2}' is encrypted`);
    let problem = null;
    let dataStart = 0;
    if (local + 30 > b.length || u322(b, local) !== 67324752) {
      problem = `the local header of '${name2}' is missing or damaged`;
    } else {
      const localFlags = u162(b, local + 6);
      const localCompressed = u322(b, local + 18);
      const localSize = u322(b, local + 22);
      dataStart = local + 30 + u162(b, local + 26) + u162(b, local + 28);
      const localSized = !(localFlags & 8) && localCompressed !== 4294967295 && localSize !== 4294967295;
      if (localSized && (localCompressed !== compressedSize || localSize !== size)) {
        problem = `member '${name2}' declares ${size} bytes (${compressedSize} compressed) in the directory but ${localSize} (${localCompressed}) in its local header`;
      } else if (dataStart + compressedSize > b.length) {
        problem = `the data of '${name2}' (${compressedSize} bytes) lies outside the file (truncated?)`;
      } else if (method === 0 && size !== compressedSize) {
        problem = `member '${name2}' is stored but declares ${size} bytes in ${compressedSize}`;
      } else if (method === 8 && size > compressedSize * MAX_DEFLATE_RATIO + 1024) {
        problem = `member '${name2}' declares ${size} bytes from ${compressedSize} compressed, more than deflate can produce: its sizes lie`;
      }
    }
    entries.push({ name: name2, method, compressedSize, size, dataStart, problem });
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
      const step2 = headDone ? STEP : 1024;
      inflater.push(data.subarray(i2, i2 + step2), i2 + step2 >= data.length);
      i2 += step2;
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
  const isZip = bytes.length >= 22 && bytes[0] === 80 && bytes[1] === 75;
  if (!isZip) throw badInput(file, "not an .npz file (not a zip archive)");
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
    const key = e.name.slice(0, -".npy".length);
    out.set(key, { ...parseNpy(data, file, e.name), name: key });
  }
  return out;
}
function readNpz(file, opts = {}) {
  return parseNpz(readFileBytes(file), file, opts);
}
function encodeNpz(tensors, file, opts = {}) {
  const files = {};
  let total = 0;
  for (const [key, t] of tensors instanceof Map ? tensors : Object.entries(tensors)) {
    if (!key || key.includes("\0")) throw badInput(file, `'${key}' cannot name an .npz entry`);
    const npy = encodeNpy(t, file);
    total += npy.length;
    files[`${key}.npy`] = [npy, { level: opts.compress ? 6 : 0 }];
  }
  if (total >= 4294967295) throw badInput(file, `the arrays take ${total} bytes, more than an .npz written here can hold (4 GiB)`);
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}
function writeNpz(file, tensors, opts = {}) {
  writeFileAtomic(file, encodeNpz(tensors, file, opts));
}

// src/engine/onnx/model-file.ts
var import_crypto = require("crypto");
var fs3 = __toESM(require("fs"));
var path4 = __toESM(require("path"));

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
    const name2 = domain || "ai.onnx (the default domain)";
    if (imported.has(domain)) throw invalid(ctx, `opset_import lists domain ${name2} twice`);
    if (!Number.isSafeInteger(version) || version < 1) throw invalid(ctx, `opset_import gives domain ${name2} version ${String(o.version)}; versions start at 1`);
    imported.add(domain);
  }
  for (const f of model.functions) imported.add(f.domain === "ai.onnx" ? "" : f.domain ?? "");
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
var path3 = __toESM(require("path"));
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
function entry(entries, key) {
  return entries.find((e) => e.key === key)?.value;
}
function setEntry(t, key, value) {
  const e = t.external_data.find((x2) => x2.key === key);
  if (e) e.value = value;
  else t.external_data.push({ key, value });
}
function resolveExternalLocation(dir, location, file, tensor2) {
  if (!location) throw badInput(file, `tensor '${tensor2}' has external data without a location`, { tensor: tensor2 });
  if (location.includes("\0")) throw badInput(file, `tensor '${tensor2}': external data location contains a NUL byte`, { tensor: tensor2 });
  if (path3.isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith("\\")) {
    throw badInput(file, `tensor '${tensor2}': external data location '${location}' is absolute; it must be a path inside the model's folder`, { tensor: tensor2 });
  }
  const target = path3.resolve(dir, location);
  const rel = path3.relative(dir, target);
  if (rel === "" || rel.startsWith("..") || path3.isAbsolute(rel)) {
    throw badInput(file, `tensor '${tensor2}': external data location '${location}' escapes the model's folder`, { tensor: tensor2 });
  }
  let real;
  try {
    real = fs2.realpathSync(target);
  } catch {
    throw badInput(file, `tensor '${tensor2}': external data file '${location}' is missing`, { tensor: tensor2 });
  }
  const realRel = path3.relative(fs2.realpathSync(dir), real);
  if (realRel === "" || realRel.startsWith("..") || path3.isAbsolute(realRel)) {
    throw badInput(file, `tensor '${tensor2}': external data location '${location}' is a link that leaves the model's folder`, { tensor: tensor2 });
  }
  if (!fs2.statSync(real).isFile()) throw badInput(file, `tensor '${tensor2}': external data location '${location}' is not a regular file`, { tensor: tensor2 });
  return real;
}
function externalRef(t, dir, file, sizes) {
  const location = entry(t.external_data, "location") ?? "";
  const real = resolveExternalLocation(dir, location, file, t.name);
  const dtype = dtypeFromCode(t.data_type);
  if (!dtype || dtype === "string") throw badInput(file, `tensor '${t.name}' keeps ${dtype ?? `data_type ${t.data_type}`} data in an external file, which ONNX does not allow`, { tensor: t.name });
  const count2 = t.dims.reduce((a, d) => a * num(d), 1);
  const expected = Math.ceil(count2 * bitsPerElement(dtype) / 8);
  const offsetText = entry(t.external_data, "offset");
  const lengthText = entry(t.external_data, "length");
  const offset = offsetText === void 0 ? 0 : Number(offsetText);
  const length = lengthText === void 0 ? expected : Number(lengthText);
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw badInput(file, `tensor '${t.name}': bad external data offset/length (${offsetText ?? 0}, ${lengthText ?? expected})`, { tensor: t.name });
  }
  if (length !== expected) throw badInput(file, `tensor '${t.name}': external data length ${length} does not fit its dims [${t.dims.map(num)}] (${expected} bytes)`, { tensor: t.name });
  let size = sizes.get(real);
  if (size === void 0) {
    size = fs2.statSync(real).size;
    sizes.set(real, size);
  }
  if (offset + length > size) {
    throw badInput(file, `tensor '${t.name}': external data '${location}' is truncated (needs bytes ${offset}..${offset + length}, the file has ${size})`, { tensor: t.name });
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
  if (!location || !path3.isAbsolute(location) || !checkedFiles.has(location)) return null;
  return { file: location, offset: Number(entry(t.external_data, "offset") ?? 0), length: Number(entry(t.external_data, "length") ?? 0) };
}
setExternalReader((t) => {
  const ref = linkedRef(t);
  return ref ? readBytes(ref) : void 0;
});
function commonFolder(files) {
  let dir = path3.dirname(files[0]);
  for (const f of files) {
    while (path3.relative(dir, f).startsWith("..")) dir = path3.dirname(dir);
  }
  return dir;
}
function encodeWithExternalData(model, encode) {
  const linked = [...graphTensors(model.graph ?? { node: [], initializer: [] })].filter((t) => linkedRef(t));
  if (linked.length === 0) return encode(model);
  const dir = commonFolder(linked.map((t) => linkedRef(t).file));
  const absolute = linked.map((t) => entry(t.external_data, "location"));
  linked.forEach((t, i2) => setEntry(t, "location", path3.relative(dir, absolute[i2])));
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
function typedField(dtype, count2) {
  switch (dtype) {
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
      const bits2 = bitsPerElement(dtype);
      return { field: "int32_data", entries: bits2 < 8 ? Math.ceil(count2 * bits2 / 8) : count2, min: 0, max: 255 };
    }
  }
}
var VALUE_FIELDS = ["float_data", "int32_data", "string_data", "int64_data", "double_data", "uint64_data"];
function checkTensor(t, what, ctx, place) {
  const dtype = dtypeFromCode(t.data_type);
  if (!dtype) throw invalid(ctx, `${what} has unknown data_type ${t.data_type}`, place);
  const dims = t.dims.map((d) => checkedDim(d, what, ctx, place));
  const count2 = checkedCount(dims, what, ctx, place);
  if (linkedRef(t)) return;
  const holders = VALUE_FIELDS.filter((f) => t[f]?.length);
  const raw = t.raw_data?.length ?? 0;
  if (raw > 0) holders.push("raw_data");
  if (holders.length > 1) throw invalid(ctx, `${what} holds values in both ${holders.join(" and ")}; a tensor keeps them in one place`, place);
  if (dtype === "string") {
    if (raw > 0) throw invalid(ctx, `${what} is a string tensor with raw_data; strings go in string_data`, place);
    if (t.string_data.length !== count2) throw invalid(ctx, `${what} holds ${t.string_data.length} strings, its dims [${dims.join(", ")}] need ${count2}`, place);
    return;
  }
  const needBytes = Math.ceil(count2 * bitsPerElement(dtype) / 8);
  if (raw > 0) {
    if (raw !== needBytes) throw invalid(ctx, `${what} has ${raw} bytes of raw_data, its dims [${dims.join(", ")}] and dtype ${dtype} need ${needBytes}`, place);
    return;
  }
  const spec = typedField(dtype, count2);
  const held = holders[0];
  if (held === void 0) {
    if (count2 > 0) throw invalid(ctx, `${what} holds no values, its dims [${dims.join(", ")}] need ${count2}`, place);
    return;
  }
  if (held !== spec.field) throw invalid(ctx, `${what} is ${dtype} but holds its values in ${held}; ${dtype} values go in raw_data or ${spec.field}`, place);
  const values = t[spec.field];
  if (values.length !== spec.entries) throw invalid(ctx, `${what} has ${values.length} values in ${spec.field}, its dims [${dims.join(", ")}] need ${spec.entries}`, place);
  if (spec.min !== void 0 && spec.max !== void 0) {
    for (let i2 = 0; i2 < values.length; i2++) {
      const v = typeof values[i2] === "number" ? values[i2] : Number(bigint(values[i2]));
      if (!Number.isInteger(v) || v < spec.min || v > spec.max) {
        throw invalid(ctx, `${what} is ${dtype} but holds ${v} at index ${i2}, outside [${spec.min}, ${spec.max}]`, place);
      }
    }
  }
}

// src/engine/validate/type-rules.ts
function checkType(t, what, ctx, place, depth = 0) {
  const none = { dtype: null, dims: null };
  if (!t || depth > 16) return none;
  const tensor2 = t.tensor_type ?? t.sparse_tensor_type;
  if (tensor2) {
    const code = tensor2.elem_type;
    const dtype = code ? dtypeFromCode(code) : void 0;
    if (code && !dtype) throw invalid(ctx, `${what} has unknown element type ${code}`, place);
    if (!tensor2.shape) return { dtype: dtype ?? null, dims: null };
    let elements = 1;
    const dims = tensor2.shape.dim.map((d) => {
      if (d.value !== "dim_value" || d.dim_value === void 0 || d.dim_value === null) return null;
      const v = checkedDim(d.dim_value, what, ctx, place);
      elements *= v;
      return v;
    });
    if (elements > MAX_ELEMENTS) throw invalid(ctx, `${what} declares dims [${dims.map((d) => d ?? "?").join(", ")}]: more elements than any machine holds`, place);
    return { dtype: dtype ?? null, dims };
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
  const scope = { has: (name2) => defined.has(name2) || outer.has(name2) };
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
      const before2 = defined.get(output);
      if (before2 !== void 0) throw invalid(ctx, `${label} produces '${output}', which ${before2} already defines: every value is produced once`, { node: n.name, tensor: output });
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
  const names = /* @__PURE__ */ new Set();
  for (const a of n.attribute) {
    if (!a.name) throw invalid(ctx, `${label} has an attribute without a name`, { node: n.name });
    if (names.has(a.name)) throw invalid(ctx, `${label} has attribute '${a.name}' twice`, { node: n.name });
    names.add(a.name);
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
  isInitializer(name2) {
    return this.initializers.has(name2);
  }
  /** The tensor behind `name`, or undefined when it is only known at run time. */
  get(name2) {
    if (!name2) return void 0;
    if (this.cache.has(name2)) return this.cache.get(name2) ?? void 0;
    this.cache.set(name2, null);
    let value;
    try {
      value = this.compute(name2);
    } catch {
      value = void 0;
    }
    this.cache.set(name2, value ?? null);
    return value;
  }
  /** Follow Identity/Cast/Reshape-like chains back to the tensor that holds the data (for naming sources). */
  origin(name2) {
    let cur = name2;
    for (let i2 = 0; i2 < 64; i2++) {
      const n = this.producers.get(cur);
      if (!n || !PASS_THROUGH.has(n.op_type) || !n.input[0]) return cur;
      cur = n.input[0];
    }
    return cur;
  }
  compute(name2) {
    const init = this.initializers.get(name2);
    if (init) return decodeTensor(init);
    const n = this.producers.get(name2);
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
        return src && { ...src, name: name2 };
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
        return { ...src, name: name2, dims: fixed };
      }
      case "Cast": {
        const src = this.get(n.input[0]);
        const to = n.attribute.find((a) => a.name === "to");
        if (!src || !to) return void 0;
        return castTensor(src, num(to.i), name2);
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
        return { name: name2, dtype: fill.dtype, dims, data };
      }
      default:
        return void 0;
    }
  }
};
var PASS_THROUGH = /* @__PURE__ */ new Set(["Identity", "Cast", "Reshape", "Squeeze", "Unsqueeze", "Flatten"]);
function castTensor(src, toCode, name2) {
  const dtype = dtypeFromCode(toCode);
  if (!dtype || dtype === "string" || dtype === "float16" || dtype === "bfloat16") return void 0;
  const values = toFloat32(src);
  const out = allocate(dtype, values.length);
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) for (let i2 = 0; i2 < values.length; i2++) out[i2] = BigInt(Math.trunc(values[i2]));
  else if (!Array.isArray(out)) out.set(values);
  return { name: name2, dtype, dims: src.dims, data: out };
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
  known(name2) {
    return this.facts.types.get(name2) ?? this.constantTypes.get(name2) ?? { dtype: null, dims: null };
  }
  /** The values of a constant parameter, when it is one and small enough to read. */
  values(name2) {
    const k = this.known(name2);
    const count2 = k.dims && k.dims.every((d) => d !== null) ? k.dims.reduce((a, b) => a * b, 1) : 0;
    if (count2 > MAX_READ) return null;
    const t = this.consts.get(name2);
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
  const place = (tensor2) => ({ node: n.name || void 0, tensor: tensor2 });
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
  const abs = path4.resolve(file);
  const bytes = readFileBytes(file);
  const model = decodeModel(bytes, file);
  const hash = (0, import_crypto.createHash)("sha256").update(bytes);
  const hadExternalData = loadExternalData(model, path4.dirname(abs), file, (chunk) => hash.update(chunk));
  if (!opts.trusted) validateModel(model, file);
  return { file: abs, model, hadExternalData, contentHash: hash.digest("hex") };
}
function writeModel(model, file, opts = {}, protect) {
  const abs = path4.resolve(file);
  if (protect && fs3.existsSync(abs) && fs3.realpathSync(abs) === fs3.realpathSync(protect)) {
    throw badInput(file, "refusing to write over the original model; choose another output path");
  }
  const dir = path4.dirname(abs);
  const tmp = path4.join(dir, `.${path4.basename(abs)}.${process.pid}.tmp`);
  const tensors = [...allTensors(model.graph)];
  const external = opts.externalData ?? (tensors.some((t) => linkedRef(t)) ? { location: `${path4.basename(abs)}.data`, threshold: INLINE_LIMIT + 1 } : void 0);
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
    for (const f of [tmp, extTmp]) if (f && fs3.existsSync(f)) fs3.rmSync(f);
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
  const target = path4.resolve(dir, location);
  const rel = path4.relative(dir, target);
  if (path4.isAbsolute(location) || rel.startsWith("..")) throw badInput(file, `external data location '${location}' must stay inside the model's folder`);
  return target;
}
function encodeModel(model) {
  return encodeWithExternalData(model, (m) => ModelProto.encode(m).finish());
}

// src/extension/cli-runner.ts
var import_child_process = require("child_process");

// src/cli/progress.ts
var PROGRESS_PREFIX = "\u2026 ";

// src/shared/compare-modes.ts
var COMPARE_MODES = ["compiled-vs-source", "quant-vs-float", "activations", "target-vs-target"];
var DEFAULT_THRESHOLD_DB = 20;

// src/shared/cli-contract.ts
var JSON_FLAG = { key: "json", flag: "json", kind: "boolean", help: "print the result (or the error) as JSON on stdout" };
var DIMS_FLAG = { key: "dims", flag: "dim", kind: "dims", metavar: "NAME=VALUE", default: "the model's own or 1, stated in the output", help: "a value for a symbolic input dimension (repeatable)" };
var THREADS_FLAG = { key: "threads", flag: "threads", kind: "count", metavar: "N", default: "1 (reproducible results)", help: "threads the runtime may use per session" };
var FAIL_ON = (what) => ({ key: "failOn", flag: "fail-on", kind: "choice", metavar: "error|warning", choices: ["error", "warning"], default: "never", help: `exit 1 when ${what} has a finding at least this severe` });
var CLI_CONTRACT = {
  targets: {
    summary: "list targets, this CPU and the runtime's providers",
    positional: null,
    flags: [JSON_FLAG, { key: "refresh", flag: "refresh", kind: "boolean", help: "measure the CPU again instead of reading the cached probe" }]
  },
  compile: {
    summary: "compile a model at a target: its IR (dtypes, shapes, layouts), its integer kernels, findings, or why it fails",
    positional: { key: "model", metavar: "MODEL", what: "one model file (.onnx)" },
    flags: [
      { key: "target", flag: "target", kind: "string", metavar: "ID", default: "cpu", help: "the target to compile for (see `quantlens targets`)" },
      JSON_FLAG,
      { key: "out", flag: "out", kind: "string", metavar: "DIR", default: "none", help: "write the compiled graph (MODEL.TARGET.onnx) and the report (.json) there" },
      FAIL_ON("the model"),
      DIMS_FLAG,
      THREADS_FLAG
    ]
  },
  compare: {
    summary: "compare a model layer by layer with a reference: the first bad layer, the culprits, why, and the fix",
    positional: { key: "model", metavar: "MODEL", what: "one model file (.onnx)" },
    flags: [
      { key: "reference", flag: "reference", kind: "string", metavar: "REF", default: "the model as written, computed exactly", help: "a float model (.onnx) or activations (.npz, .npy, .pb, or a folder)" },
      { key: "mode", flag: "mode", kind: "choice", metavar: "MODE", choices: COMPARE_MODES, default: "follows from the arguments", help: `what the model is held against: ${COMPARE_MODES.join(", ")}` },
      { key: "compareTargets", flag: "compare-targets", kind: "string", metavar: "A,B", default: "none", help: "compare the model with itself at two targets" },
      { key: "target", flag: "target", kind: "string", metavar: "ID", default: "cpu", help: "the target the model runs at" },
      { key: "input", flag: "input", kind: "string", metavar: "FILE|DIR", default: "random, seeded (the same on every run)", help: "the input: .npy, .npz keyed by input name, .pb, or a folder of them" },
      { key: "map", flag: "map", kind: "string", metavar: "FILE", default: "matched by name and position", help: "a JSON map from model tensors to reference tensors" },
      { key: "threshold", flag: "threshold", kind: "number", metavar: "DB", default: `${DEFAULT_THRESHOLD_DB}`, help: "SQNR (dB) below which a layer counts as bad" },
      { key: "keepFloat", flag: "keep-float", kind: "list", metavar: "LAYER", default: "none", help: "what-if: run this layer in float and report the output SQNR (repeatable)" },
      JSON_FLAG,
      { key: "report", flag: "report", kind: "string", metavar: "FILE.md|FILE.html", default: "none", help: "also write the comparison as Markdown or HTML" },
      { key: "failUnder", flag: "fail-under", kind: "number", metavar: "DB", default: "never", help: "exit 1 when an output's SQNR is below this" },
      DIMS_FLAG,
      THREADS_FLAG,
      { key: "pairsOut", flag: "pairs-out", kind: "string", metavar: "DIR", default: "none", help: "write the reference and actual values of the notable layers (.npz) for the tensor diff" },
      { key: "pair", flag: "pair", kind: "list", metavar: "LAYER", default: "none", help: "with --pairs-out: also write this layer's values (repeatable)" },
      { key: "inputs", flag: "inputs", kind: "string", metavar: "DIR|GLOB", default: "none: one input", help: "compare over a set of input files (.npy, .npz, .pb, PNG/JPEG with --preprocess)" },
      { key: "preprocess", flag: "preprocess", kind: "string", metavar: "SPEC.json", default: "none", help: "with --inputs: how images become the model's input" },
      { key: "jobs", flag: "jobs", kind: "count", metavar: "N", default: "1", help: "with --inputs: engine pairs working at once (at most 64)" }
    ]
  },
  repair: {
    summary: "write a repaired copy (or, with --convert, a converted int8 copy) of a model",
    positional: { key: "model", metavar: "MODEL", what: "one model file (.onnx)" },
    flags: [
      { key: "out", flag: "out", kind: "string", metavar: "FILE", required: "repair needs --out FILE (the original is never changed)", help: "where the copy goes" },
      { key: "convert", flag: "convert", kind: "boolean", help: "convert a QAT export to int8 (folds BatchNormalization; the model changes)" },
      { key: "input", flag: "input", kind: "string", metavar: "FILE", default: "random, seeded (the same on every run)", help: "with --convert: the input the converted model is measured on" },
      { key: "force", flag: "force", kind: "boolean", help: "replace FILE if it exists" },
      JSON_FLAG,
      DIMS_FLAG
    ]
  },
  inspect: {
    summary: "the quantization state of a TorchScript or torch.save file, without PyTorch",
    positional: { key: "file", metavar: "FILE.pt", what: "one .pt/.pth/.ptl file" },
    flags: [JSON_FLAG, FAIL_ON("the file")]
  },
  demo: {
    summary: "build a small QDQ model, compile it at cpu and cpu-no-layout, compare it layer by layer here and at the emulated x64-avx2 and x64-vnni targets",
    positional: null,
    flags: [{ key: "out", flag: "out", kind: "string", metavar: "DIR", default: "a temporary folder, removed at the end", help: "write the model and the HTML report there and keep them" }]
  }
};
var VERBS = Object.keys(CLI_CONTRACT);
function specOf(verb) {
  return CLI_CONTRACT[verb];
}
function toArgv(verb, options) {
  const spec = specOf(verb);
  const o = options;
  const argv = [verb];
  if (spec.positional) argv.push(String(o[spec.positional.key]));
  for (const f of spec.flags) {
    const v = o[f.key];
    if (v === void 0 || v === null || v === false) continue;
    if (f.kind === "boolean") argv.push(`--${f.flag}`);
    else if (f.kind === "list") for (const x2 of v) argv.push(`--${f.flag}`, x2);
    else if (f.kind === "dims") for (const [k, n] of Object.entries(v)) argv.push(`--${f.flag}`, `${k}=${n}`);
    else argv.push(`--${f.flag}`, String(v));
  }
  return argv;
}
var RESULT_KEYS = {
  targets: ["targets", "cpu", "providers", "runtimeVersion"],
  compile: ["model", "target", "cpu", "source", "compiled", "failure", "diagnostics", "timingsMs"],
  compare: ["mode", "model", "target", "layers", "culprits", "output", "threshold"],
  repair: ["model", "out"],
  inspect: ["file", "format", "modules", "ops", "parameters", "quantization", "diagnostics"],
  demo: []
};
function isObject(x2) {
  return typeof x2 === "object" && x2 !== null && !Array.isArray(x2);
}
function readCliJson(verb, stdout) {
  let j;
  try {
    j = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (!isObject(j)) return null;
  if (isObject(j.error) && typeof j.error.message === "string" && typeof j.error.kind === "string" && typeof j.error.exitCode === "number") {
    return { result: null, error: j.error };
  }
  if (!RESULT_KEYS[verb].every((k) => k in j)) return null;
  return { result: j, error: null };
}
function printedResult(code) {
  return code === EXIT_CODES.ok || code === EXIT_CODES.checkFailed || code === EXIT_CODES["compile-failed"];
}

// src/extension/cli-runner.ts
var CliRunner = class {
  constructor(cliPath, env, log) {
    this.cliPath = cliPath;
    this.env = env;
    this.log = log;
  }
  cliPath;
  env;
  log;
  running = /* @__PURE__ */ new Set();
  /** Run `verb` with typed options (always with --json): the argv comes from the contract, and so does the reading. */
  run(verb, options, opts = {}) {
    return this.runArgv(toArgv(verb, { ...options, json: true }), opts, (stdout) => readCliJson(verb, stdout));
  }
  runArgv(args, opts, read) {
    return new Promise((resolve5, reject) => {
      const t0 = Date.now();
      this.log(`quantlens ${args.join(" ")}`);
      const child = (0, import_child_process.fork)(this.cliPath, args, { env: { ...this.env(), QUANTLENS_PROGRESS: "1" }, stdio: ["ignore", "pipe", "pipe", "ipc"] });
      this.running.add(child);
      let stdout = "";
      let stderr = "";
      let cancelled = false;
      const errorLines = [];
      child.stdout?.on("data", (d) => {
        stdout += d.toString();
      });
      child.stderr?.on("data", (d) => {
        stderr += d.toString();
        let nl;
        while ((nl = stderr.indexOf("\n")) >= 0) {
          const line = stderr.slice(0, nl);
          stderr = stderr.slice(nl + 1);
          if (line.startsWith(PROGRESS_PREFIX)) opts.onProgress?.(line.slice(PROGRESS_PREFIX.length));
          else if (line.trim()) errorLines.push(line);
        }
      });
      const sub = opts.token?.onCancellationRequested(() => {
        cancelled = true;
        child.kill("SIGINT");
        setTimeout(() => {
          if (child.exitCode === null) child.kill("SIGKILL");
        }, 3e3).unref();
      });
      child.on("error", (err2) => {
        sub?.dispose();
        this.running.delete(child);
        reject(err2);
      });
      child.on("exit", (code, signal) => {
        sub?.dispose();
        this.running.delete(child);
        if (stderr.trim()) errorLines.push(stderr.trim());
        const exit = code ?? (signal ? 128 : 1);
        this.log(`  exit ${exit}${signal ? ` (${signal})` : ""} after ${Date.now() - t0} ms`);
        for (const l of errorLines) this.log(`  ${l}`);
        const parsed = stdout.trim() ? read(stdout) : null;
        const json = parsed?.result ?? null;
        const err2 = parsed?.error?.message.replace(/\s*\n\s*/g, " ") ?? errorLines.find((l) => l.startsWith("quantlens: "))?.slice("quantlens: ".length);
        resolve5({ code: exit, json, error: err2 ?? (!printedResult(exit) ? errorLines.slice(-1)[0] ?? `exited with code ${exit}` : null), cancelled });
      });
    });
  }
  /** Stop everything still running (the extension is deactivating). */
  dispose() {
    for (const c of this.running) c.kill("SIGKILL");
    this.running.clear();
  }
};

// src/shared/op-key.ts
function opKey(domain, opType) {
  return domain && domain !== "ai.onnx" ? `${domain}:${opType}` : opType;
}

// src/extension/ir-tree-model.ts
function escapeMd(text) {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
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

// src/extension/comparison-summary.ts
var isBelow = (l, threshold) => l.sqnrDb !== null && l.sqnrDb < threshold;

// src/extension/comparison-tree-model.ts
var db = (x2) => sqnrText(x2, "\u2014");
function splitPath(p) {
  const i2 = p.lastIndexOf("/");
  return i2 < 0 ? ["", p] : [p.slice(0, i2), p.slice(i2 + 1)];
}
function moduleName(scope) {
  const out = [];
  let prev = "";
  for (const part of scope.split("/").filter(Boolean)) {
    out.push(prev && part.startsWith(`${prev}.`) ? part.slice(prev.length + 1) : part);
    prev = part;
  }
  return out.join(".");
}
function shortLayerName(path14) {
  const [scope, last] = splitPath(path14);
  const module2 = moduleName(scope);
  const op = last.replace(/_output_\d+$/, "");
  return module2 ? `${module2} ${op}` : op;
}
var SHORT_OPS = { QuantizeLinear: "Q", DequantizeLinear: "DQ", BatchNormalization: "BN" };
function rowName(path14) {
  const [scope, last] = splitPath(path14);
  const op = last.replace(/_output_\d+$/, "");
  const module2 = moduleName(scope).replace(/(?<=.)\.activation_post_process(_\d+)?$/, "");
  return [module2, SHORT_OPS[op] ?? op].filter(Boolean).join(" ");
}
function step(tensor2, node) {
  const [tScope, tLast] = splitPath(tensor2);
  const op = tLast.replace(/_output_\d+$/, "");
  const tModule = moduleName(tScope);
  const lModule = moduleName(splitPath(node)[0]);
  const sub = lModule && tModule.startsWith(`${lModule}.`) ? tModule.slice(lModule.length + 1) : tModule === lModule ? "" : null;
  const shown = (sub ?? "").split(".").filter((p) => p && !/^activation_post_process(_\d+)?$/.test(p)).join(".");
  return { text: `${shown ? `${shown} ` : ""}${SHORT_OPS[op] ?? op}`, named: sub !== null && shown === sub };
}
function layerTooltip(l, c, rank, threshold) {
  const own = l.node ? splitPath(l.tensor)[0] === splitPath(l.node)[0] : true;
  const lines = [
    `**${escapeMd(l.node ? shortLayerName(l.node) : l.tensor)}**${rank ? ` \u2014 culprit #${rank} (${c.kind})` : ""}`,
    "",
    l.node ? `node \`${l.node}\`${l.opType ? ` (${l.opType})` : ""}` : "",
    // The tensor is what was measured; when it lives in the next layer's scope (a Cast of this layer's output that the
    // next layer reads), say so, so the row's name and its tensor do not seem to disagree.
    `tensor \`${l.tensor}\`${own ? "" : " (this layer's output, where the next layer reads it)"} vs \`${l.referenceTensor}\``,
    `SQNR ${db(l.sqnrDb)} (threshold ${threshold} dB), local ${db(l.localSqnrDb)}, cosine ${l.cosine ?? "\u2014"}, max abs ${l.maxAbs ?? "\u2014"}, mean abs ${l.meanAbs ?? "\u2014"}`,
    `error ${l.errSteps ?? "\u2014"} steps, clipped ${l.clippedFraction === null ? "\u2014" : `${(100 * l.clippedFraction).toFixed(2)}%`}; ${l.dtype ?? "?"} ${l.layout ?? ""}`
  ].filter((x2, i2) => x2 !== "" || i2 === 1);
  if (l.fused) lines.push("", `Not observable: the target fuses this tensor into \`${escapeMd(l.fused)}\` and never computes it, so it has no figure.`);
  if (l.note) lines.push("", escapeMd(l.note));
  if (c) lines.push("", `**Why:** ${escapeMd(c.explanation)}`, "", `**Fix:** ${escapeMd(c.fix)}`);
  return lines.join("\n");
}
function rowNames(layers) {
  const outputRow = /* @__PURE__ */ new Map();
  layers.forEach((l, i2) => {
    if (l.node && (splitPath(l.tensor)[0] === splitPath(l.node)[0] || /^((Quantize|Dequantize)Linear|Clip)_output_\d+$/.test(splitPath(l.tensor)[1]))) outputRow.set(l.node, i2);
  });
  return layers.map((l, i2) => {
    if (!l.node) return rowName(l.tensor);
    if (outputRow.get(l.node) === i2) return rowName(l.node);
    return `${moduleName(splitPath(l.node)[0]) || splitPath(l.node)[1]} \u203A ${step(l.tensor, l.node).text}`;
  });
}
function comparisonEntries(r, problemsFirst) {
  const rank = /* @__PURE__ */ new Map();
  r.culprits.forEach((c, i2) => {
    if (!rank.has(c.node)) rank.set(c.node, i2 + 1);
  });
  const culpritOf = new Map(r.culprits.map((c) => [c.node, c]));
  const lastRowOfNode = /* @__PURE__ */ new Map();
  r.layers.forEach((l, i2) => {
    if (l.node) lastRowOfNode.set(l.node, i2);
  });
  const names = rowNames(r.layers);
  const rows = r.layers.map((l, i2) => {
    const isCulpritRow = !!l.node && rank.has(l.node) && lastRowOfNode.get(l.node) === i2;
    const c = isCulpritRow ? culpritOf.get(l.node) : void 0;
    const k = isCulpritRow ? rank.get(l.node) : null;
    const below = isBelow(l, r.threshold);
    const name2 = names[i2];
    const tensorName = shortLayerName(l.tensor).replace(/ (Quantize|Dequantize)Linear$/, (_, q) => ` ${q[0]}${q === "Dequantize" ? "Q" : ""}`);
    const spelled = name2 === rowName(l.tensor) || !!l.node && name2.includes(" \u203A ") && step(l.tensor, l.node).named;
    const elsewhere = spelled ? "" : `tensor ${tensorName}`;
    return {
      id: `layer:${i2}`,
      // A tensor the target fused away has no figure: the row says why rather than "—".
      label: `${k ? `#${k} ` : ""}${name2} \xB7 ${l.fused && l.sqnrDb === null ? "fused" : db(l.sqnrDb)}`,
      description: [l.localSqnrDb !== null ? `local ${db(l.localSqnrDb)}` : "", c?.kind ?? "", l.layout && l.layout !== "NCHW" && l.layout !== "unknown" ? l.layout : "", elsewhere].filter(Boolean).join(" \xB7 "),
      tooltip: layerTooltip(l, c, k, r.threshold),
      icon: c ? "culprit" : below ? "bad" : l.fused && l.sqnrDb === null ? "info" : "ok",
      node: l.node,
      layerIndex: i2
    };
  });
  if (!problemsFirst) return rows;
  const first = rows.filter((e) => e.icon === "culprit").sort((a, b) => rank.get(r.layers[a.layerIndex].node) - rank.get(r.layers[b.layerIndex].node));
  return [...first, ...rows.filter((e) => e.icon === "bad"), ...rows.filter((e) => e.icon === "ok"), ...rows.filter((e) => e.icon === "info")];
}

// src/extension/set-input.ts
var fs10 = __toESM(require("fs"));
var path10 = __toESM(require("path"));

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

// src/shared/scopes.ts
function nameScope(name2) {
  const i2 = name2.lastIndexOf("/");
  return i2 > 0 ? name2.slice(0, i2) : "";
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
  const dtype = zpT?.dtype ?? fallbackDtype;
  const range = dtype ? integerRange(dtype) : void 0;
  const perChannel = scale.length > 1 || zeroPoint.length > 1;
  return {
    scale,
    zeroPoint,
    axis: perChannel ? axis : null,
    dtype: dtype ?? null,
    qmin: range?.min ?? null,
    qmax: range?.max ?? null,
    scaleTensor: scaleName ? consts.origin(scaleName) : null,
    zeroPointTensor: zpName ? consts.origin(zpName) : null
  };
}
function intAttr(node, name2) {
  const a = node.attributes.find((x2) => x2.name === name2);
  return typeof a?.value === "number" ? a.value : void 0;
}
function normalizeAxis(axis, value) {
  const rank = value?.shape?.length;
  return axis < 0 && rank ? axis + rank : axis;
}
function assignQuantParams(nodes, values, consts) {
  const set = (name2, q) => {
    const v = name2 ? values.get(name2) : void 0;
    if (v && q && !v.quant) v.quant = q;
  };
  for (const n of nodes) {
    const i2 = n.inputs;
    if (n.opType === "QuantizeLinear" || n.opType === "DequantizeLinear") {
      const target = n.opType === "QuantizeLinear" ? n.outputs[0] : i2[0];
      const axis = normalizeAxis(intAttr(n, "axis") ?? 1, values.get(target));
      set(target, params(consts, i2[1], i2[2], axis, values.get(target)?.dtype ?? "uint8"));
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
function buildIR(model, opts = {}) {
  const g = model.graph;
  const values = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Map();
  for (const vi of [...g.input, ...g.output, ...g.value_info]) declared.set(vi.name, typeOf(vi.type));
  const value = (name2) => {
    let v = values.get(name2);
    if (!v) {
      const t = opts.types?.get(name2) ?? declared.get(name2) ?? { dtype: null, shape: null };
      v = { name: name2, dtype: t.dtype, shape: t.shape, layout: { kind: "unknown", block: null, channels: null }, quant: null, initializer: false, producer: -1, consumers: [] };
      values.set(name2, v);
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
  for (const name2 of inputs) value(name2);
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

// src/engine/process/engine-client.ts
var import_child_process2 = require("child_process");
var fs5 = __toESM(require("fs"));
var path6 = __toESM(require("path"));

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
  const path14 = /(^|[\s(\[])\/[^\s:]*\.(?:cc|cpp|h|hpp|c):\d+\s*/g;
  let out = "";
  let last = 0;
  for (let m = path14.exec(s); m; m = path14.exec(s)) {
    out += s.slice(last, m.index + m[1].length);
    last = skipSignature(s, m.index + m[0].length);
    path14.lastIndex = last;
  }
  out += s.slice(last);
  out = out.replace(/\bonnxruntime::/g, "").replace(/\s+/g, " ").trim();
  return out.length > 600 ? `${out.slice(0, 600)}\u2026` : out;
}

// src/engine/process/bulk-transfer.ts
var fs4 = __toESM(require("fs"));
var os = __toESM(require("os"));
var path5 = __toESM(require("path"));
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
var BULK_DIRS = ["/dev/shm", os.tmpdir()];
function bulkDir(bytes, dirs) {
  for (const dir of dirs) {
    try {
      const s = fs4.statfsSync(dir);
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
  const file = path5.join(dir, `quantlens-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.bin`);
  const at = /* @__PURE__ */ new Map();
  let fd2 = null;
  try {
    fd2 = fs4.openSync(file, "w", 384);
    let offset = 0;
    for (const t of unique) {
      fs4.writeSync(fd2, new Uint8Array(t.buffer, t.byteOffset, t.byteLength), 0, t.byteLength, offset);
      at.set(t, { [MARK]: [offset, t.byteLength, t.constructor.name] });
      offset += t.byteLength;
    }
    fs4.closeSync(fd2);
    fd2 = null;
  } catch {
    if (fd2 !== null) fs4.closeSync(fd2);
    removeQuietly(file);
    return { message, file: null };
  }
  return { message: replace(message, at), file };
}
function removeQuietly(file) {
  try {
    fs4.rmSync(file, { force: true });
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
      const n = fs4.readSync(fd2, view, done, bytes - done, offset + done);
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
  const fd2 = fs4.openSync(file, "r");
  try {
    return restore(message, fd2);
  } finally {
    fs4.closeSync(fd2);
    fs4.rmSync(file, { force: true });
  }
}

// src/engine/process/error-reply.ts
function errorOfFailure(f, doing) {
  if (f.kind === "system" && f.errno) {
    const e = Object.assign(new Error(f.message), f.errno);
    return systemRefusal(e, doing) ?? new QuantLensError("system", `while ${doing}: ${f.message}`);
  }
  if (f.kind === "system") return new QuantLensError("system", `while ${doing}, ${f.message}`);
  if (f.kind === "bad-input") return new QuantLensError("bad-input", f.message);
  return new RuntimeError(f.message, f.phase);
}

// src/engine/process/engine-client.ts
function modelName(model) {
  if (!model) return "a model";
  return "path" in model ? path6.basename(model.path) : "a model in memory";
}
function describeCall(method, params2) {
  const p = params2;
  const at = p.session ? ` at level ${p.session.level}` : "";
  switch (method) {
    case "compile":
      return `compiling ${modelName(p.model)}${at}`;
    case "types":
      return `reading the tensor types of ${path6.basename(params2.optimizedPath)}`;
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
  const candidates = [process.env.QUANTLENS_ENGINE, path6.join(__dirname, "engine-process.js"), path6.join(__dirname, "..", "engine-process.js")];
  const found = candidates.find((p) => !!p && fs5.existsSync(p));
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
    const child = (0, import_child_process2.fork)(this.enginePath, [], { serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv, env, execPath });
    this.stderrTail = "";
    child.stderr?.on("data", (d) => {
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4e3);
    });
    child.on("message", (msg) => {
      const p = this.pending.get(msg.id);
      if (!p) {
        if (msg.ok && msg.bulk) fs5.rmSync(msg.bulk, { force: true });
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
  call(method, params2, opts = {}) {
    if (opts.signal?.aborted) return Promise.reject(new QuantLensError("cancelled", "cancelled"));
    const doing = opts.doing ?? describeCall(method, params2);
    const withModel = params2;
    if (withModel.model) params2 = { ...params2, model: withDataDir(withModel.model) };
    const child = this.start();
    this.stderrTail = "";
    const id = this.nextId++;
    return new Promise((resolve5, reject) => {
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
          resolve5(v);
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
      const packed = packBulk(params2);
      if (packed.file) {
        const file = packed.file;
        const p = this.pending.get(id);
        const [res, rej] = [p.resolve, p.reject];
        p.resolve = (v) => {
          fs5.rmSync(file, { force: true });
          res(v);
        };
        p.reject = (e) => {
          fs5.rmSync(file, { force: true });
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

// src/engine/targets/target.ts
var EMULATED_TARGETS = KERNEL_FAMILIES.map((f) => ({
  id: f.id,
  title: `${f.title} (emulated)`,
  description: `Deploying on ${f.title} (${f.cpus}): compiled at all, integer kernels computed as that family's (${f.pairs ? f.pairs.overflow === "saturate" ? "uint8 x int8 pair sums saturate in int16" : "int8 pair sums wrap in int16" : "exact int32"}), on any machine.`,
  provider: "cpu",
  level: "all",
  config: { ...f.compileConfig },
  builtin: true,
  emulates: f.id
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

// src/engine/rewrite/node-attributes.ts
var INT32 = 6;
function attr(n, name2) {
  return n.attribute.find((a) => a.name === name2);
}
function int(n, name2, fallback) {
  const a = attr(n, name2);
  return a ? num(a.i) : fallback;
}
function ints(n, name2) {
  const a = attr(n, name2);
  return a && a.type === ATTR.INTS ? a.ints.map(num) : void 0;
}
function intAttr2(name2, value) {
  return make(AttributeProto, { name: name2, type: ATTR.INT, i: long_default.fromNumber(value) });
}
function intsAttr(name2, values) {
  return make(AttributeProto, { name: name2, type: ATTR.INTS, ints: values.map((v) => long_default.fromNumber(v)) });
}
function floatAttr(name2, value) {
  return make(AttributeProto, { name: name2, type: ATTR.FLOAT, f: value });
}
function without(n, ...names) {
  return n.attribute.filter((a) => !names.includes(a.name));
}

// src/engine/compare/sides/expand-integer-ops.ts
function floatThenQuantize(n, r, opType, inputs, attrs, ys, yz, dtype) {
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], attrs, n.name);
  r.quantize(yf, ys, yz || void 0, n.output[0], dtype, n.name || n.output[0]);
}
var opt = (s) => s || void 0;
var unary = (opType, drop = []) => (n, r) => {
  const [x2, xs, xz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(x2, xs, opt(xz))], without(n, ...drop), ys, yz, r.dtypeOf(x2, opt(xz)));
};
var binary = (opType) => (n, r) => {
  const [a, as, az, b, bs, bz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(a, as, opt(az)), r.dequantize(b, bs, opt(bz))], n.attribute, ys, yz, r.dtypeOf(a, opt(az)));
};
var integerAccumulate = (opType, aAxis, bAxis) => (n, r) => {
  const [a, b, az, bz] = n.input;
  const inputs = [r.centered(a, opt(az), aAxis), r.centered(b, opt(bz), bAxis)];
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], n.attribute, n.name);
  r.emit("Cast", [yf], [n.output[0]], [intAttr2("to", INT32)], r.fresh(`${n.name || n.output[0]}__ql_cast`));
};
var ONNX_OPS = {
  QLinearConv: (n, r) => {
    const [x2, xs, xz, w, ws, wz, ys, yz, b] = n.input;
    const inputs = [r.dequantize(x2, xs, opt(xz)), r.dequantize(w, ws, opt(wz), 0)];
    if (b) inputs.push(r.bias(b, xs, ws));
    floatThenQuantize(n, r, "Conv", inputs, n.attribute, ys, yz, r.dtypeOf(x2, opt(xz)));
  },
  QLinearMatMul: (n, r) => {
    const [a, as, az, b, bs, bz, ys, yz] = n.input;
    floatThenQuantize(n, r, "MatMul", [r.dequantize(a, as, opt(az), -2), r.dequantize(b, bs, opt(bz), -1)], n.attribute, ys, yz, r.dtypeOf(a, opt(az)));
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
    softmax(n, r, r.dequantize(x2, xs, opt(xz)), yf);
    r.quantize(yf, ys, opt(yz), n.output[0], r.dtypeOf(x2, opt(xz)), n.name || n.output[0]);
  },
  QLinearGlobalAveragePool: (n, r) => {
    const [x2, xs, xz, ys, yz] = n.input;
    const xf = r.dequantize(x2, xs, opt(xz));
    if (!int(n, "channels_last", 0)) {
      floatThenQuantize(n, r, "GlobalAveragePool", [xf], without(n, "channels_last"), ys, yz, r.dtypeOf(x2, opt(xz)));
      return;
    }
    const rank = r.rankOf(x2);
    if (rank === void 0) throw new Error(`${n.op_type} '${n.name}' (channels_last): the rank of its input '${x2}' is not known, so its spatial axes are not either`);
    const axes = Array.from({ length: rank - 2 }, (_, i2) => i2 + 1);
    const keep = intAttr2("keepdims", 1);
    if (r.opset >= 18) {
      const axesName = r.initializer(`${n.output[0]}__ql_axes`, { dtype: "int64", dims: [axes.length], data: BigInt64Array.from(axes, BigInt) });
      floatThenQuantize(n, r, "ReduceMean", [xf, axesName], [keep], ys, yz, r.dtypeOf(x2, opt(xz)));
    } else {
      floatThenQuantize(n, r, "ReduceMean", [xf], [intsAttr("axes", axes), keep], ys, yz, r.dtypeOf(x2, opt(xz)));
    }
  },
  QLinearAveragePool: (n, r) => {
    const [x2, xs, xz, ys, yz] = n.input;
    let xf = r.dequantize(x2, xs, opt(xz));
    const attrs = without(n, "channels_last");
    if (!int(n, "channels_last", 0)) {
      floatThenQuantize(n, r, "AveragePool", [xf], attrs, ys, yz, r.dtypeOf(x2, opt(xz)));
      return;
    }
    const kernel = ints(n, "kernel_shape");
    if (!kernel) throw new Error(`${n.op_type} '${n.name}' has no kernel_shape`);
    const rank = kernel.length + 2;
    const toFirst = [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 1)];
    const toLast = [0, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 2), 1];
    xf = r.step("Transpose", [xf], `${xf}__ql_nchw`, [intsAttr("perm", toFirst)]);
    const pooled = r.fresh(`${n.output[0]}__ql_nchw`);
    r.emit("AveragePool", [xf], [pooled], attrs, n.name);
    const back = r.step("Transpose", [pooled], `${n.output[0]}__ql_float`, [intsAttr("perm", toLast)]);
    r.quantize(back, ys, opt(yz), n.output[0], r.dtypeOf(x2, opt(xz)), n.name || n.output[0]);
  },
  QLinearConcat: (n, r) => {
    const [ys, yz, ...rest] = n.input;
    const inputs = [];
    for (let i2 = 0; i2 < rest.length; i2 += 3) inputs.push(r.dequantize(rest[i2], rest[i2 + 1], opt(rest[i2 + 2])));
    floatThenQuantize(n, r, "Concat", inputs, n.attribute, ys, yz, r.dtypeOf(rest[0], opt(rest[2])));
  },
  QGemm: (n, r) => {
    const [a, as, az, b, bs, bz, c, ys, yz] = n.input;
    const transB = int(n, "transB", 0);
    const inputs = [r.dequantize(a, as, opt(az)), r.dequantize(b, bs, opt(bz), transB ? 0 : 1)];
    const alpha = attr(n, "alpha") ? attr(n, "alpha").f : 1;
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
    const inputs = [r.dequantize(a, as, opt(az), -1), r.dequantize(b, bs, opt(bz), -1)];
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
    const inputs = [r.dequantize(aq, as, az), r.dequantize(b, bs, opt(bz), -1)];
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
  const meant = int(n, "opset", r.opset);
  const axis = int(n, "axis", meant >= 13 ? -1 : 1);
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
function parseModel(file) {
  const loaded = readModel(file);
  const { graph, consts } = buildIR(loaded.model);
  return { loaded, graph, consts };
}

// src/engine/inputs/image-decode.ts
var path7 = __toESM(require("path"));
var jpeg = __toESM(require_jpeg_js());
var import_pngjs = __toESM(require_png());
var IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg"];
var MAX_MEGAPIXELS = 100;
function isImageFileName(name2) {
  return IMAGE_EXTENSIONS.includes(path7.extname(name2).toLowerCase());
}
function decodeImage(file) {
  const bytes = readFileBytes(file);
  const ext = path7.extname(file).toLowerCase();
  try {
    if (ext === ".png") {
      const png = import_pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, data: img.data };
  } catch (err2) {
    throw badInput(file, `cannot decode the ${ext === ".png" ? "PNG" : "JPEG"} image: ${errorMessage(err2)}`);
  }
}

// src/engine/inputs/input-set.ts
var fs9 = __toESM(require("fs"));
var path9 = __toESM(require("path"));

// src/engine/io/tensor-file.ts
var fs6 = __toESM(require("fs"));
var path8 = __toESM(require("path"));
var TENSOR_FILE_EXTENSIONS = [".npy", ".npz", ".pb"];
function readTensorFile(file, opts = {}) {
  let isDir;
  try {
    isDir = fs6.statSync(file).isDirectory();
  } catch (err2) {
    const code = err2.code;
    throw badInput(file, code === "ENOENT" ? "no such file or folder" : `cannot read: ${errorMessage(err2)}`);
  }
  if (!isDir) return readOne(file, opts);
  const names = fs6.readdirSync(file).filter((n) => isTensorFileName(n)).sort();
  if (names.length === 0) throw badInput(file, `the folder holds no ${TENSOR_FILE_EXTENSIONS.join(", ")} files`);
  const out = /* @__PURE__ */ new Map();
  const from = /* @__PURE__ */ new Map();
  for (const name2 of names) {
    for (const [key, t] of readOne(path8.join(file, name2), opts)) {
      if (out.has(key)) throw badInput(file, `tensor '${key}' is in both ${from.get(key)} and ${name2}`);
      out.set(key, t);
      from.set(key, name2);
    }
  }
  return out;
}
function isTensorFileName(name2) {
  return TENSOR_FILE_EXTENSIONS.includes(path8.extname(name2).toLowerCase());
}
function readOne(file, opts) {
  const ext = path8.extname(file).toLowerCase();
  const stem = path8.basename(file, path8.extname(file));
  switch (ext) {
    case ".npy":
      return /* @__PURE__ */ new Map([[stem, readNpy(file)]]);
    case ".npz":
      return readNpz(file, opts);
    case ".pb": {
      const t = readTensorProtoFile(file);
      const key = t.name ?? stem;
      return /* @__PURE__ */ new Map([[key, { ...t, name: key }]]);
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
  const dtype = dtypeFromCode(tp.data_type);
  if (!dtype) throw badInput(file, `tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  const need2 = Math.ceil(elementCount(tp.dims.map(num)) * bitsPerElement(dtype) / 8);
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
var fs7 = __toESM(require("fs"));

// src/engine/inputs/random-input.ts
function randomInputs(graph, dims = {}, seed = 2024) {
  const random = rng(seed);
  const feeds = {};
  for (const name2 of graph.inputs) {
    const v = graph.values.get(name2);
    if (!v.dtype || !v.shape) throw badInput(void 0, `graph input '${name2}' has no tensor type: cannot make an input for it`);
    const shape = v.shape.map((d) => typeof d === "number" ? d : dims[d] ?? 1);
    const n = shape.reduce((a, b) => a * b, 1);
    if (n > 1 << 28) throw badInput(void 0, `graph input '${name2}' would hold ${n} elements; give smaller --dim values`);
    const isFloat = v.dtype.startsWith("float") || v.dtype === "bfloat16" || v.dtype.startsWith("complex");
    const slots = n * (v.dtype.startsWith("complex") ? 2 : 1);
    const values = v.dtype === "string" ? Array.from({ length: n }, (_, i2) => `s${i2}`) : Array.from({ length: slots }, (_, i2) => isFloat ? random() * 2 - 1 : v.dtype === "bool" ? i2 % 2 : Math.floor(random() * 10));
    feeds[name2] = tensor(v.dtype, shape, values, name2);
  }
  return feeds;
}

// src/engine/compare/capture/inputs.ts
function graphInputs(g, dims) {
  return g.inputs.map((name2) => {
    const v = g.values.get(name2);
    if (!v?.dtype || !v.shape) throw badInput(void 0, `graph input '${name2}' has no tensor type`);
    return { name: name2, dtype: v.dtype, shape: v.shape.map((d) => typeof d === "number" ? d : dims[d] ?? 1), symbolic: v.shape.map((d) => typeof d !== "number") };
  });
}
function sliceBatch(t, index, per, name2) {
  const inner = elementCount(t.dims.slice(1));
  const Ctor = t.data.constructor;
  const bytes = Array.isArray(t.data) ? 0 : t.data.BYTES_PER_ELEMENT;
  const data = Array.isArray(t.data) ? t.data.slice(index * per * inner, (index + 1) * per * inner) : new Ctor(t.data.buffer, t.data.byteOffset + index * per * inner * bytes, per * inner);
  return { name: name2, dtype: t.dtype, dims: [per, ...t.dims.slice(1)], data };
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
  const isDir = fs7.existsSync(file) && fs7.statSync(file).isDirectory();
  const tensors = readTensorFile(file);
  dims = { ...dims };
  for (const name2 of g.inputs) {
    const t = tensors.get(name2) ?? (g.inputs.length === 1 && tensors.size === 1 ? [...tensors.values()][0] : void 0);
    g.values.get(name2)?.shape?.forEach((d, i2) => {
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
  for (const key of tensors.keys()) if (!byInput.has(key) && inputs.length > 1) throw badInput(file, `'${key}' is not an input of the model (inputs: ${inputs.map((i2) => i2.name).join(", ")})`);
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

// src/engine/inputs/preprocess.ts
function resizeBilinear(img, h, w) {
  if (h === img.height && w === img.width) return img;
  const out = new Uint8Array(h * w * 4);
  const sy = img.height / h;
  const sx = img.width / w;
  for (let y = 0; y < h; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let x2 = 0; x2 < w; x2++) {
      const fx = Math.min(Math.max((x2 + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const a = img.data[(y0 * img.width + x0) * 4 + c] * (1 - wx) + img.data[(y0 * img.width + x1) * 4 + c] * wx;
        const b = img.data[(y1 * img.width + x0) * 4 + c] * (1 - wx) + img.data[(y1 * img.width + x1) * 4 + c] * wx;
        out[(y * w + x2) * 4 + c] = Math.round(a * (1 - wy) + b * wy);
      }
    }
  }
  return { width: w, height: h, data: out };
}
function crop(img, h, w, file) {
  if (h > img.height || w > img.width) throw badInput(file, `the image is ${img.width}x${img.height} after resizing, smaller than the center crop ${w}x${h}`);
  const top = Math.floor((img.height - h) / 2);
  const left = Math.floor((img.width - w) / 2);
  const out = new Uint8Array(h * w * 4);
  for (let y = 0; y < h; y++) out.set(img.data.subarray(((top + y) * img.width + left) * 4, ((top + y) * img.width + left + w) * 4), y * w * 4);
  return { width: w, height: h, data: out };
}
function geometry(img, spec) {
  let resized = [img.height, img.width];
  if (Array.isArray(spec.resize)) resized = spec.resize;
  else if (typeof spec.resize === "number") {
    const s = spec.resize / Math.min(img.height, img.width);
    resized = [Math.max(1, Math.round(img.height * s)), Math.max(1, Math.round(img.width * s))];
  }
  return { resized, final: spec.centerCrop ?? resized };
}
function imageToTensor(img, spec, slot, file) {
  const channels = spec.channelOrder === "GRAY" ? 1 : 3;
  if (slot.shape.length !== 4) throw badInput(file, `an image feeds a 4-D input; '${slot.name}' has shape [${slot.shape}]`);
  const [n, a, b, c] = slot.shape;
  const [wantC, wantH, wantW] = spec.layout === "NCHW" ? [a, b, c] : [c, a, b];
  if (n !== 1) throw badInput(file, `an image is one sample; input '${slot.name}' has batch ${n} (give --dim for a symbolic batch, or use .npy files)`);
  if (wantC !== channels) throw badInput(file, `the spec makes ${channels} channel(s) (${spec.channelOrder}, ${spec.layout}); input '${slot.name}' takes ${wantC} at that position of [${slot.shape}] (check 'layout' and 'channelOrder')`);
  if (slot.dtype !== spec.dtype) throw badInput(file, `the spec makes ${spec.dtype}; input '${slot.name}' takes ${slot.dtype} (set 'dtype')`);
  const g = geometry(img, spec);
  if (g.final[0] !== wantH || g.final[1] !== wantW) {
    throw badInput(file, `the image is ${img.width}x${img.height}; after the spec's resize and crop it is ${g.final[1]}x${g.final[0]}, but input '${slot.name}' takes ${wantW}x${wantH} (set 'resize' and 'centerCrop')`);
  }
  let im = resizeBilinear(img, g.resized[0], g.resized[1]);
  if (spec.centerCrop) im = crop(im, spec.centerCrop[0], spec.centerCrop[1], file);
  const h = im.height;
  const w = im.width;
  const count2 = channels * h * w;
  const data = spec.dtype === "float32" ? new Float32Array(count2) : spec.dtype === "uint8" ? new Uint8Array(count2) : new Int8Array(count2);
  const [lo, hi] = spec.dtype === "uint8" ? [0, 255] : spec.dtype === "int8" ? [-128, 127] : [-Infinity, Infinity];
  const source = spec.channelOrder === "BGR" ? [2, 1, 0] : [0, 1, 2];
  for (let y = 0; y < h; y++) {
    for (let x2 = 0; x2 < w; x2++) {
      const p = (y * w + x2) * 4;
      for (let k = 0; k < channels; k++) {
        const raw = spec.channelOrder === "GRAY" ? 0.299 * im.data[p] + 0.587 * im.data[p + 1] + 0.114 * im.data[p + 2] : im.data[p + source[k]];
        const mean = spec.mean.length === 1 ? spec.mean[0] : spec.mean[k];
        const std = spec.std.length === 1 ? spec.std[0] : spec.std[k];
        let v = (raw * spec.scale - mean) / std;
        if (spec.dtype !== "float32") v = Math.min(hi, Math.max(lo, Math.round(v)));
        data[spec.layout === "NCHW" ? (k * h + y) * w + x2 : (y * w + x2) * channels + k] = v;
      }
    }
  }
  return { name: slot.name, dtype: spec.dtype, dims: [...slot.shape], data };
}

// src/engine/inputs/preprocess-spec.ts
var fs8 = __toESM(require("fs"));
var PREPROCESS_FILE_NAME = "quantlens.preprocess.json";
var KEYS = ["resize", "centerCrop", "channelOrder", "scale", "mean", "std", "layout", "dtype", "input"];
var DEFAULT_PREPROCESS = {
  resize: null,
  centerCrop: null,
  channelOrder: "RGB",
  scale: 1 / 255,
  mean: [0],
  std: [1],
  layout: "NCHW",
  dtype: "float32",
  input: null
};
var positiveInt = (x2) => typeof x2 === "number" && Number.isInteger(x2) && x2 > 0;
var size2 = (x2) => Array.isArray(x2) && x2.length === 2 && x2.every(positiveInt);
function parsePreprocessSpec(json, file) {
  const bad = (field, takes, got) => badInput(file, `preprocessing spec: '${field}' takes ${takes}; got ${JSON.stringify(got)}`);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw badInput(file, "preprocessing spec: expected a JSON object");
  const o = json;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) throw badInput(file, `preprocessing spec: unknown field '${k}' (fields: ${KEYS.join(", ")})`);
  const spec = { ...DEFAULT_PREPROCESS };
  if (o.resize !== void 0 && o.resize !== null) {
    if (!positiveInt(o.resize) && !size2(o.resize)) throw bad("resize", "a positive integer (the shorter side) or [height, width]", o.resize);
    spec.resize = o.resize;
  }
  if (o.centerCrop !== void 0 && o.centerCrop !== null) {
    if (positiveInt(o.centerCrop)) spec.centerCrop = [o.centerCrop, o.centerCrop];
    else if (size2(o.centerCrop)) spec.centerCrop = o.centerCrop;
    else throw bad("centerCrop", "a positive integer or [height, width]", o.centerCrop);
  }
  if (o.channelOrder !== void 0) {
    if (o.channelOrder !== "RGB" && o.channelOrder !== "BGR" && o.channelOrder !== "GRAY") throw bad("channelOrder", "'RGB', 'BGR' or 'GRAY'", o.channelOrder);
    spec.channelOrder = o.channelOrder;
  }
  if (o.scale !== void 0) {
    if (typeof o.scale !== "number" || !Number.isFinite(o.scale) || o.scale === 0) throw bad("scale", "a finite non-zero number (255 -> 1 is 0.00392156862745098)", o.scale);
    spec.scale = o.scale;
  }
  const channels = spec.channelOrder === "GRAY" ? 1 : 3;
  for (const k of ["mean", "std"]) {
    const v = o[k];
    if (v === void 0) continue;
    const list = typeof v === "number" ? [v] : v;
    if (!Array.isArray(list) || !(list.length === 1 || list.length === channels) || !list.every((x2) => typeof x2 === "number" && Number.isFinite(x2))) {
      throw bad(k, `a number or a list of ${channels} numbers (one per channel)`, v);
    }
    if (k === "std" && list.some((x2) => x2 === 0)) throw bad(k, "non-zero numbers", v);
    spec[k] = list;
  }
  if (o.layout !== void 0) {
    if (o.layout !== "NCHW" && o.layout !== "NHWC") throw bad("layout", "'NCHW' or 'NHWC'", o.layout);
    spec.layout = o.layout;
  }
  if (o.dtype !== void 0) {
    if (o.dtype !== "float32" && o.dtype !== "uint8" && o.dtype !== "int8") throw bad("dtype", "'float32', 'uint8' or 'int8'", o.dtype);
    spec.dtype = o.dtype;
  }
  if (o.input !== void 0 && o.input !== null) {
    if (typeof o.input !== "string" || !o.input) throw bad("input", "the name of a graph input", o.input);
    spec.input = o.input;
  }
  return spec;
}
function readPreprocessSpec(file) {
  let text;
  try {
    text = fs8.readFileSync(file, "utf8");
  } catch (err2) {
    throw badInput(file, `cannot read the preprocessing spec: ${err2.code === "ENOENT" ? "no such file" : errorMessage(err2)}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (err2) {
    throw badInput(file, `preprocessing spec is not valid JSON: ${errorMessage(err2)}`);
  }
  return parsePreprocessSpec(json, file);
}

// src/engine/inputs/input-set.ts
var hasGlob = (s) => /[*?[]/.test(s);
function segmentRegex(seg) {
  let re = "";
  for (let i2 = 0; i2 < seg.length; i2++) {
    const ch = seg[i2];
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const end = seg.indexOf("]", i2 + 1);
      if (end < 0) re += "\\[";
      else {
        re += `[${seg.slice(i2 + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i2 = end;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function walkGlob(dir, segs, out) {
  if (segs.length === 0) return;
  const [seg, ...rest] = segs;
  let entries;
  try {
    entries = fs9.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (seg === "**") {
    walkGlob(dir, rest, out);
    for (const e of entries) if (e.isDirectory()) walkGlob(path9.join(dir, e.name), segs, out);
    return;
  }
  const re = segmentRegex(seg);
  for (const e of entries) {
    if (!re.test(e.name)) continue;
    const p = path9.join(dir, e.name);
    if (rest.length === 0) {
      if (e.isFile()) out.push(p);
    } else if (e.isDirectory()) walkGlob(p, rest, out);
  }
}
var isInputFileName = (n) => isTensorFileName(n) || isImageFileName(n);
function listInputFiles(source) {
  let files;
  let base;
  if (fs9.existsSync(source) && fs9.statSync(source).isDirectory()) {
    base = source;
    files = fs9.readdirSync(source).filter(isInputFileName).map((n) => path9.join(source, n));
  } else if (hasGlob(source)) {
    const segs = source.split(/[\\/]+/);
    const fixed = [];
    while (segs.length > 1 && !hasGlob(segs[0])) fixed.push(segs.shift());
    base = fixed.length ? fixed.join("/") || "/" : ".";
    files = [];
    walkGlob(base, segs, files);
    files = files.filter((f) => isInputFileName(path9.basename(f)));
  } else if (fs9.existsSync(source)) {
    throw badInput(source, "--inputs takes a folder or a glob of input files (for one file, use --input)");
  } else {
    throw badInput(source, "no such folder");
  }
  if (files.length === 0) throw badInput(source, "no input files (.npy, .npz, .pb, .png, .jpg, .jpeg) found");
  return { files: files.sort(), base };
}
function imageSlot(g, spec, dims, specFile) {
  const name2 = spec.input ?? (g.inputs.length === 1 ? g.inputs[0] : null);
  if (!name2) throw badInput(specFile, `the model has ${g.inputs.length} inputs (${g.inputs.join(", ")}); the preprocessing spec must say which one images feed ('input')`);
  if (g.inputs.length !== 1) throw badInput(specFile, `images feed a model with one input; this one has ${g.inputs.join(", ")}`);
  if (!g.inputs.includes(name2)) throw badInput(specFile, `'input': the model has no input '${name2}' (inputs: ${g.inputs.join(", ")})`);
  const v = g.values.get(name2);
  if (!v?.dtype || !v.shape) throw badInput(void 0, `graph input '${name2}' has no tensor type`);
  const fromSpec = spec.centerCrop ?? (Array.isArray(spec.resize) ? spec.resize : null);
  const hw = spec.layout === "NCHW" ? [2, 3] : [1, 2];
  const shape = v.shape.map((d, i2) => typeof d === "number" ? d : dims[d] ?? (fromSpec && hw.includes(i2) ? fromSpec[hw.indexOf(i2)] : 1));
  v.shape.forEach((d, i2) => {
    if (typeof d === "string" && !(d in dims)) dims[d] = shape[i2];
  });
  return { name: name2, dtype: v.dtype, shape };
}
function openInputSet(g, source, dims, preprocessFile) {
  const { files, base } = listInputFiles(source);
  const besides = path9.join(base, PREPROCESS_FILE_NAME);
  const specFile = preprocessFile ?? (fs9.existsSync(besides) ? besides : null);
  const spec = specFile ? readPreprocessSpec(specFile) : null;
  const anyImage = files.some((f) => isImageFileName(path9.basename(f)));
  if (anyImage && !spec) throw badInput(files.find((f) => isImageFileName(path9.basename(f))), `images need a preprocessing spec: give --preprocess SPEC.json or put ${PREPROCESS_FILE_NAME} beside them`);
  const resolved = { ...dims };
  const slot = anyImage && spec ? imageSlot(g, spec, resolved, specFile) : null;
  let shapes = null;
  const load = (i2) => {
    const file = files[i2];
    let sample;
    if (isImageFileName(path9.basename(file))) {
      sample = { [slot.name]: imageToTensor(decodeImage(file), spec, slot, file) };
    } else {
      const loaded = loadInputs(g, file, resolved);
      if (loaded.samples.length !== 1) throw badInput(file, `holds ${loaded.samples.length} samples; in a set of inputs each file is one input`);
      for (const [k, v] of Object.entries(loaded.info.dims)) if (!(k in resolved)) resolved[k] = v;
      sample = loaded.samples[0];
    }
    if (!shapes) shapes = new Map(Object.entries(sample).map(([k, t]) => [k, t.dims]));
    for (const [k, t] of Object.entries(sample)) {
      const want = shapes.get(k);
      if (want && want.join(",") !== t.dims.join(",")) throw badInput(file, `input '${k}' has shape [${t.dims}]; the set's first input has [${want}] (every input of a set has the same shape)`);
    }
    return sample;
  };
  load(0);
  return { source, files, preprocess: spec && specFile ? { file: specFile, spec } : null, dims: resolved, load };
}

// src/extension/set-input.ts
function singleInputFile(model, set, input, scratch) {
  if (!isImageFileName(path10.basename(input))) return input;
  const inputs = openInputSet(parseModel(model).graph, set.inputs.source, { ...set.inputs.dims }, set.inputs.preprocess ?? void 0);
  const i2 = inputs.files.indexOf(input);
  if (i2 < 0) throw new Error(`${input} is no longer in ${set.inputs.source}`);
  fs10.mkdirSync(scratch, { recursive: true });
  const out = path10.join(scratch, `${path10.basename(input)}.npz`);
  writeNpz(out, inputs.load(i2));
  return out;
}
function singleInputOptions(setOptions, set, inputFile, pairsOut) {
  const { inputs: _inputs, preprocess: _preprocess, jobs: _jobs, ...single } = setOptions;
  const dims = Object.keys(set.inputs.dims).length ? set.inputs.dims : void 0;
  return { ...single, input: inputFile, dims, pairsOut };
}

// src/extension/set-tree-model.ts
var path11 = __toESM(require("path"));
var INPUT_GROUP_ID = "set-input";
var name = (f) => f ? path11.basename(f) : "\u2014";
var spreadText = (s) => `mean ${db(s.mean)}, min ${db(s.min)}, 5th percentile ${db(s.p5)}`;
function comparedInputs(r) {
  return r.perInput.filter((x2) => x2 !== null);
}
function worstInput(r) {
  const done = comparedInputs(r);
  let worst = null;
  for (const x2 of done) if (x2.outputSqnrDb !== null && (worst === null || worst.outputSqnrDb === null || x2.outputSqnrDb < worst.outputSqnrDb)) worst = x2;
  return (worst ?? done[0])?.file ?? null;
}
function coverage(r) {
  const n = r.inputs.covered;
  return r.inputs.partial ? `over ${n} of ${r.inputs.files} inputs (stopped: a partial result)` : `over ${n} input${n === 1 ? "" : "s"}`;
}
var belowOnMean = (l, threshold) => l.sqnrDb.mean !== null && l.sqnrDb.mean < threshold;
function setSummary(s) {
  const r = s.report;
  const out = r.output.map((o) => `output ${r.output.length > 1 ? `${o.name} ` : ""}${spreadText(o.sqnrDb)}`).join("; ");
  const c = r.culprits[0];
  const bad = r.layers.find((l) => belowOnMean(l, r.threshold));
  const where = c ? `culprit ${shortLayerName(c.node)} (${c.kind}), a culprit alone on ${c.holdsOn} of ${c.of} inputs` : bad ? `no culprit on the aggregate; first below ${r.threshold} dB on the mean: ${shortLayerName(bad.node ?? bad.tensor)} (${db(bad.sqnrDb.mean)})` : `no layer below ${r.threshold} dB on the mean`;
  const shown = comparedInputs(r).find((x2) => x2.file === s.input);
  return `${r.mode} at ${r.target.id} ${coverage(r)}: ${out}; ${where}. Per-layer detail: ${name(s.input)}${s.input === worstInput(r) ? " (the worst input)" : ""}${shown ? `, output ${db(shown.outputSqnrDb)}` : ""}.`;
}
function setTooltip(l, c, rank, r) {
  const lines = [
    `**${escapeMd(l.node ? shortLayerName(l.node) : l.tensor)}**${rank ? ` \u2014 culprit #${rank} on the aggregate (${c.kind})` : ""}`,
    "",
    l.node ? `node \`${l.node}\`${l.opType ? ` (${l.opType})` : ""}` : "",
    `tensor \`${l.tensor}\` vs \`${l.referenceTensor}\``,
    `SQNR over ${l.inputs} input${l.inputs === 1 ? "" : "s"}: ${spreadText(l.sqnrDb)} (threshold ${r.threshold} dB)`,
    `local SQNR: ${spreadText(l.localSqnrDb)}`,
    `clipped: ${l.clippedFraction.mean === null ? "\u2014" : `mean ${(100 * l.clippedFraction.mean).toFixed(2)}%, max ${(100 * (l.clippedFraction.max ?? 0)).toFixed(2)}%`}`,
    `worst input: ${escapeMd(name(l.worstInput))}${l.worstSqnrDb !== null ? ` (${db(l.worstSqnrDb)})` : ""}`
  ].filter((x2, i2) => x2 !== "" || i2 === 1);
  if (c) lines.push("", `A culprit alone on ${c.holdsOn} of ${c.of} inputs.`, "", `**Why:** ${escapeMd(c.explanation)}`, "", `**Fix:** ${escapeMd(c.fix)}`);
  return lines.join("\n");
}
function setEntries(s, problemsFirst) {
  const r = s.report;
  const rank = /* @__PURE__ */ new Map();
  r.culprits.forEach((c, i2) => {
    if (!rank.has(c.node)) rank.set(c.node, i2 + 1);
  });
  const culpritOf = new Map(r.culprits.map((c) => [c.node, c]));
  const lastRowOfNode = /* @__PURE__ */ new Map();
  r.layers.forEach((l, i2) => {
    if (l.node) lastRowOfNode.set(l.node, i2);
  });
  const names = rowNames(r.layers);
  const detailIndex = new Map((s.detail?.layers ?? []).map((l, i2) => [l.tensor, i2]));
  const rows = r.layers.map((l, i2) => {
    const isCulpritRow = !!l.node && rank.has(l.node) && lastRowOfNode.get(l.node) === i2;
    const c = isCulpritRow ? culpritOf.get(l.node) : void 0;
    const k = isCulpritRow ? rank.get(l.node) : null;
    const label = names[i2];
    const parts = [`min ${db(l.sqnrDb.min)}`, `p5 ${db(l.sqnrDb.p5)}`];
    if (c) parts.unshift(`${c.kind} on ${c.holdsOn} of ${c.of} inputs`);
    if (l.worstInput && r.inputs.covered > 1) parts.push(`worst ${name(l.worstInput)}`);
    return {
      id: `set:${i2}`,
      label: `${k ? `#${k} ` : ""}${label} \xB7 ${db(l.sqnrDb.mean)}`,
      description: parts.join(" \xB7 "),
      tooltip: setTooltip(l, c, k, r),
      icon: c ? "culprit" : belowOnMean(l, r.threshold) ? "bad" : "ok",
      node: l.node,
      layerIndex: detailIndex.get(l.tensor) ?? null
    };
  });
  if (!problemsFirst) return rows;
  const order = (e) => rank.get(r.layers[Number(e.id.slice(4))].node);
  const first = rows.filter((e) => e.icon === "culprit").sort((a, b) => order(a) - order(b));
  return [...first, ...rows.filter((e) => e.icon === "bad"), ...rows.filter((e) => e.icon === "ok")];
}
function inputGroup(s) {
  const shown = comparedInputs(s.report).find((x2) => x2.file === s.input);
  const worst = s.input === worstInput(s.report);
  return {
    id: INPUT_GROUP_ID,
    label: `Input ${name(s.input)}${worst ? " (worst)" : ""} \xB7 ${db(shown?.outputSqnrDb)}`,
    description: s.detail ? "per-layer detail; Choose Input\u2026 for another" : s.detailFailed ? "its own comparison failed; see the QuantLens output" : "comparing this input alone\u2026",
    tooltip: `The per-layer comparison of **${escapeMd(name(s.input))}** alone (${escapeMd(s.input)}), one of the ${s.report.inputs.covered} inputs compared. Tensor diffs open on this input. Choose Input\u2026 in the view's title bar shows another.`,
    icon: "info",
    node: null,
    layerIndex: null,
    group: true
  };
}
function inputChoices(s) {
  const worst = worstInput(s.report);
  const key = (x2) => x2 === null ? Infinity : x2;
  return [...comparedInputs(s.report)].sort((a, b) => key(a.outputSqnrDb) - key(b.outputSqnrDb)).map((x2) => ({
    label: name(x2.file),
    description: [`output ${db(x2.outputSqnrDb)}`, x2.file === worst ? "worst" : "", x2.file === s.input ? "shown" : ""].filter(Boolean).join(" \xB7 "),
    detail: `${x2.culprits} culprit${x2.culprits === 1 ? "" : "s"} on this input alone \xB7 ${path11.relative(path11.dirname(s.file), x2.file) || x2.file}`,
    file: x2.file
  }));
}
function setRevealTarget(r) {
  const c = r.culprits[0];
  if (c) return { node: c.node, why: `culprit ${shortLayerName(c.node)} (${c.kind}) on ${c.holdsOn} of ${c.of} inputs` };
  const bad = r.layers.find((l) => l.node && belowOnMean(l, r.threshold));
  return bad?.node ? { node: bad.node, why: `first layer below ${r.threshold} dB on the mean: ${shortLayerName(bad.node)} (${db(bad.sqnrDb.mean)})` } : null;
}

// test/helpers/compare-models.ts
var session = { provider: "cpu", level: "disabled", config: {}, freeDims: {} };
function floatNet(o) {
  const r = rng(o.seed);
  const b = new GraphBuilder("float_twin");
  let x2 = b.input("x", "float32", [1, o.channels, o.size, o.size]);
  const convs = [];
  const weights = [];
  let skip = x2;
  for (let i2 = 0; i2 < o.depth; i2++) {
    const dims = [o.channels, o.channels, 3, 3];
    const bound = Math.sqrt(6 / (o.channels * 9));
    const w = randomValues(o.channels * o.channels * 9, -bound, bound, r);
    const bias = randomValues(o.channels, -0.05, 0.05, r);
    weights.push({ w, b: bias, dims });
    const name2 = `/layer${i2}/conv/Conv`;
    convs.push(name2);
    const c = b.op("Conv", [x2, b.constant(`layer${i2}.w`, "float32", dims, w), b.constant(`layer${i2}.b`, "float32", [o.channels], bias)], { pads: [1, 1, 1, 1] }, { name: name2, output: `/layer${i2}/conv/Conv_output_0` });
    x2 = b.op("Relu", [c], {}, { name: `/layer${i2}/relu/Relu`, output: `/layer${i2}/relu/Relu_output_0` });
    if (i2 > 0 && i2 % 2 === 0) {
      x2 = b.op("Add", [x2, skip], {}, { name: `/layer${i2}/add/Add`, output: `/layer${i2}/add/Add_output_0` });
    }
    if (i2 % 2 === 0) skip = x2;
  }
  const pooled = b.op("Flatten", [b.op("GlobalAveragePool", [x2], {}, { name: "/pool/GlobalAveragePool" })], {}, { name: "/pool/Flatten" });
  const fw = randomValues(o.classes * o.channels, -0.5, 0.5, r);
  const fb = randomValues(o.classes, -0.1, 0.1, r);
  b.output(b.op("Gemm", [pooled, b.constant("fc.w", "float32", [o.classes, o.channels], fw), b.constant("fc.b", "float32", [o.classes], fb)], { transB: 1 }, { name: "/fc/Gemm", output: "logits" }));
  return { model: b.model({ opset: 13 }), convs, weights, fc: { w: fw, b: fb } };
}
async function convTwin(engine, opts = {}) {
  const o = { depth: 4, channels: 16, size: 12, classes: 10, seed: 7, fullRange: false, ...opts };
  const net = floatNet(o);
  const r = rng(o.seed + 1e3);
  const input = { name: "x", dtype: "float32", dims: [1, o.channels, o.size, o.size], data: Float32Array.from(randomValues(o.channels * o.size * o.size, o.fullRange ? 0 : -1, 1, r)) };
  const fetch = [];
  for (let i2 = 0; i2 < o.depth; i2++) fetch.push(`/layer${i2}/relu/Relu_output_0`, ...i2 > 0 && i2 % 2 === 0 ? [`/layer${i2}/add/Add_output_0`] : []);
  const run = await engine.call("run", { model: { bytes: encodeModel(net.model) }, session, feeds: { x: input }, fetch });
  const qmax = o.fullRange ? 255 : 127;
  const scaleOf = (t) => toFloat32(run.outputs[t]).reduce((m, v) => Math.max(m, v), 0) / qmax || 1;
  const b = new GraphBuilder("qdq_twin");
  const x0 = b.input("x", "float32", [1, o.channels, o.size, o.size]);
  let k = 0;
  const qdq = (t, scale, zp, scope) => {
    const s = b.constant(`${scope}.scale${k}`, "float32", [], [scale]);
    const z = b.constant(`${scope}.zp${k++}`, "uint8", [], [zp]);
    const q = b.op("QuantizeLinear", [t, s, z], {}, { name: `${scope}/QuantizeLinear`, output: `${scope}/QuantizeLinear_output_0` });
    return { out: b.op("DequantizeLinear", [q, s, z], {}, { name: `${scope}/DequantizeLinear`, output: `${scope}/DequantizeLinear_output_0` }), scale };
  };
  let x2 = qdq(x0, o.fullRange ? 1 / 255 : 2 / 127, o.fullRange ? 0 : 64, "/input");
  let skip = x2;
  for (let i2 = 0; i2 < o.depth; i2++) {
    const { w, b: bias, dims } = net.weights[i2];
    const per = dims[1] * 9;
    const ws = [];
    const wq = [];
    for (let c2 = 0; c2 < dims[0]; c2++) {
      const row = w.slice(c2 * per, (c2 + 1) * per);
      const s = Math.max(...row.map(Math.abs)) / 127;
      ws.push(s);
      for (const v of row) wq.push(Math.max(-127, Math.min(127, Math.round(v / s))));
    }
    const wdq = b.op("DequantizeLinear", [b.constant(`layer${i2}.wq`, "int8", dims, wq), b.constant(`layer${i2}.ws`, "float32", [dims[0]], ws), b.constant(`layer${i2}.wz`, "int8", [dims[0]], new Array(dims[0]).fill(0))], { axis: 0 }, { name: `/layer${i2}/conv/weight/DequantizeLinear` });
    const bs = ws.map((s) => s * x2.scale);
    const bdq = b.op("DequantizeLinear", [b.constant(`layer${i2}.bq`, "int32", [dims[0]], bias.map((v, c2) => Math.round(v / bs[c2]))), b.constant(`layer${i2}.bs`, "float32", [dims[0]], bs), b.constant(`layer${i2}.bz`, "int32", [dims[0]], new Array(dims[0]).fill(0))], { axis: 0 }, { name: `/layer${i2}/conv/bias/DequantizeLinear` });
    const c = b.op("Conv", [x2.out, wdq, bdq], { pads: [1, 1, 1, 1] }, { name: net.convs[i2], output: `/layer${i2}/conv/Conv_output_0` });
    const relu = b.op("Relu", [c], {}, { name: `/layer${i2}/relu/Relu`, output: `/layer${i2}/relu/Relu_output_0` });
    if (i2 > 0 && i2 % 2 === 0) {
      const a = qdq(relu, scaleOf(`/layer${i2}/relu/Relu_output_0`), 0, `/layer${i2}/relu`);
      const sum = b.op("Add", [a.out, skip.out], {}, { name: `/layer${i2}/add/Add`, output: `/layer${i2}/add/Add_output_0` });
      x2 = qdq(sum, scaleOf(`/layer${i2}/add/Add_output_0`), 0, `/layer${i2}/add`);
    } else {
      x2 = qdq(relu, scaleOf(`/layer${i2}/relu/Relu_output_0`), 0, `/layer${i2}/relu`);
    }
    if (i2 % 2 === 0) skip = x2;
  }
  const pooled = b.op("Flatten", [b.op("GlobalAveragePool", [x2.out], {}, { name: "/pool/GlobalAveragePool" })], {}, { name: "/pool/Flatten" });
  b.output(b.op("Gemm", [pooled, b.constant("fc.w", "float32", [o.classes, o.channels], net.fc.w), b.constant("fc.b", "float32", [o.classes], net.fc.b)], { transB: 1 }, { name: "/fc/Gemm", output: "logits" }));
  return { float: net.model, qdq: b.model({ opset: 13 }), convs: net.convs, input };
}

// test/helpers/faults.ts
function setInput(model, nodeIndex, slot, name2, values, like) {
  const g = model.graph;
  const data = like.dtype === "float32" ? Float32Array.from(values) : like.dtype === "int8" ? Int8Array.from(values) : like.dtype === "uint8" ? Uint8Array.from(values) : Int32Array.from(values);
  g.initializer.push(encodeTensor({ name: name2, dtype: like.dtype, dims: like.dims, data }));
  g.node[nodeIndex].input[slot] = name2;
}
function outputQuantize(g, anchor) {
  let t = g.nodes[anchor].outputs[0];
  for (let i2 = 0; i2 < 16; i2++) {
    const v = g.values.get(t);
    if (!v || v.consumers.length !== 1) return -1;
    const n = g.nodes[v.consumers[0]];
    if (n.opType === "QuantizeLinear") return n.index;
    t = n.outputs[0];
  }
  return -1;
}
function weightDequantize(g, anchor) {
  const p = g.values.get(g.nodes[anchor].inputs[1])?.producer ?? -1;
  return p >= 0 && g.nodes[p].opType === "DequantizeLinear" ? p : -1;
}
function injectFault(model, anchorName, kind) {
  const { graph: g } = buildIR(model);
  const consts = new ConstValues(model.graph);
  const anchor = g.nodes.findIndex((n) => n.name === anchorName);
  if (anchor < 0) return false;
  const tag = `${anchorName}__fault`;
  if (kind === "act-scale") {
    const q = outputQuantize(g, anchor);
    if (q < 0) return false;
    const s2 = consts.get(g.nodes[q].inputs[1]);
    if (!s2) return false;
    const scaled = Array.from(toFloat32(s2), (x2) => x2 / 8);
    setInput(model, q, 1, `${tag}.scale`, scaled, s2);
    const out = g.nodes[q].outputs[0];
    const readers = [...g.values.get(out)?.consumers ?? []];
    for (let i2 = 0; i2 < readers.length; i2++) {
      const r = g.nodes[readers[i2]];
      if (r.opType === "Clip" || r.opType === "Cast" || r.opType === "Identity") readers.push(...g.values.get(r.outputs[0])?.consumers ?? []);
    }
    for (const r of readers) if (g.nodes[r].opType === "DequantizeLinear") model.graph.node[r].input[1] = `${tag}.scale`;
    return true;
  }
  const dq = weightDequantize(g, anchor);
  if (dq < 0) return false;
  if (kind === "weight-scale") {
    const s2 = consts.get(g.nodes[dq].inputs[1]);
    if (!s2) return false;
    setInput(model, dq, 1, `${tag}.wscale`, Array.from(toFloat32(s2), (x2) => x2 * 2), s2);
    return true;
  }
  const z = g.nodes[dq].inputs[2] ? consts.get(g.nodes[dq].inputs[2]) : void 0;
  const s = consts.get(g.nodes[dq].inputs[1]);
  if (!s) return false;
  const like = z ?? { dtype: "int8", dims: s.dims };
  const base = z ? Array.from(toFloat32(z)) : new Array(toFloat32(s).length).fill(0);
  const lim = like.dtype === "uint8" ? 255 : 127;
  setInput(model, dq, 2, `${tag}.wzp`, base.map((v) => Math.min(lim, v + 12)), like);
  return true;
}

// test/helpers/engine.ts
var fs11 = __toESM(require("fs"));
var os2 = __toESM(require("os"));
var path12 = __toESM(require("path"));
function useEngine() {
  let engine;
  let dir = "";
  before(() => {
    dir = fs11.mkdtempSync(path12.join(os2.tmpdir(), "ql-test-"));
    process.env.QUANTLENS_CACHE_DIR = path12.join(dir, "cache");
    engine = new EngineClient();
  });
  after(() => engine?.dispose());
  return { engine: () => engine, dir: () => dir };
}
var repoRoot = path12.resolve(__dirname, "..", "..");
var realFixtures = path12.resolve(repoRoot, "..", "shared", "fixtures", "real");

// test/set-comparison-view.test.ts
function writeInputs(dir, twin, n) {
  fs12.mkdirSync(dir, { recursive: true });
  const r = rng(5);
  const base = twin.input.data;
  for (let k = 0; k < n; k++) {
    const data = Float32Array.from(base, (v) => v * (0.3 + 0.4 * k) + (r() - 0.5) * 0.1);
    fs12.writeFileSync(path13.join(dir, `in${k}.npy`), encodeNpy({ dtype: "float32", dims: twin.input.dims, data }, "in.npy"));
  }
}
var near = (a, b) => a !== null && b !== null && Math.abs(a - b) < 1e-3;
describe("Comparison view over a set of inputs (extension host logic, reports made by the CLI)", function() {
  this.timeout(3e5);
  const ctx = useEngine();
  let runner;
  let twin;
  let quant = "";
  let float = "";
  let inputs = "";
  let options;
  let report;
  before(async () => {
    runner = new CliRunner(path13.join(repoRoot, "dist", "cli.js"), () => ({ ...process.env, QUANTLENS_CACHE_DIR: path13.join(ctx.dir(), "cache") }), () => void 0);
    twin = await convTwin(ctx.engine(), { depth: 4 });
    quant = path13.join(ctx.dir(), "quant.onnx");
    float = path13.join(ctx.dir(), "float.onnx");
    import_assert.strict.ok(injectFault(twin.qdq, twin.convs[1], "act-scale"));
    writeModel(twin.qdq, quant);
    writeModel(twin.float, float);
    inputs = path13.join(ctx.dir(), "inputs");
    writeInputs(inputs, twin, 4);
    options = { model: quant, reference: float, target: "cpu", threshold: 30, inputs };
    const progress = [];
    const o = await runner.run("compare", { ...options, inputs }, { onProgress: (m) => progress.push(m) });
    import_assert.strict.equal(o.code, 0, o.error ?? "");
    report = o.json;
    import_assert.strict.equal(report.kind, "input-set");
    import_assert.strict.ok(progress.some((m) => /^input 4 of 4 \(in3\.npy\), [\d.]+ s an input, ETA \d+ s$/.test(m)), progress.join(" | "));
  });
  it("shows every layer with its mean, min and 5th percentile over the set, culprits saying on how many inputs", () => {
    const s = { file: quant, options, report, input: worstInput(report), detail: null };
    const rows = setEntries(s, false);
    import_assert.strict.equal(rows.length, report.layers.length);
    report.layers.forEach((l, i2) => {
      import_assert.strict.ok(rows[i2].label.endsWith(l.sqnrDb.mean === null ? "\u2014" : l.sqnrDb.mean >= 200 ? "identical" : `${l.sqnrDb.mean.toFixed(1)} dB`), rows[i2].label);
      import_assert.strict.match(rows[i2].description, /min .* · p5 /);
      import_assert.strict.match(rows[i2].tooltip, /SQNR over 4 inputs: mean .*, min .*, 5th percentile /);
      import_assert.strict.ok(l.worstInput === null || rows[i2].description.includes(`worst ${path13.basename(l.worstInput)}`), rows[i2].description);
      import_assert.strict.equal(rows[i2].layerIndex, null);
    });
    const first = setEntries(s, true);
    import_assert.strict.deepEqual([...first].sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.id), [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.id), "problems first reorders, drops nothing");
    import_assert.strict.equal(report.culprits[0]?.node, twin.convs[1], JSON.stringify(report.culprits.map((c) => c.node)));
    report.culprits.forEach((c, k) => {
      const row = first[k];
      import_assert.strict.equal(row.icon, "culprit");
      import_assert.strict.ok(row.label.startsWith(`#${k + 1} `), row.label);
      import_assert.strict.ok(row.description.includes(`${c.kind} on ${c.holdsOn} of ${c.of} inputs`), row.description);
    });
    const bad = first.filter((e) => e.icon === "bad");
    import_assert.strict.ok(bad.every((e) => first.indexOf(e) >= report.culprits.length));
    import_assert.strict.match(setSummary(s), /over 4 inputs: output mean .* dB, min .* dB, 5th percentile .* dB; culprit .* \(clipping\), a culprit alone on \d of 4 inputs\./);
    import_assert.strict.equal(coverage(report), "over 4 inputs");
    import_assert.strict.equal(setRevealTarget(report)?.node, twin.convs[1]);
  });
  it("defaults to the worst input; Choose Input\u2026 lists every input with its output SQNR, worst first", () => {
    const done = report.perInput.filter((x2) => x2 !== null);
    import_assert.strict.equal(done.length, 4);
    const lowest = Math.min(...done.map((x2) => x2.outputSqnrDb));
    const worst = worstInput(report);
    import_assert.strict.equal(done.find((x2) => x2.file === worst).outputSqnrDb, lowest);
    const s = { file: quant, options, report, input: worst, detail: null };
    const items = inputChoices(s);
    import_assert.strict.deepEqual(items.map((i2) => i2.file).sort(), done.map((x2) => x2.file).sort());
    import_assert.strict.equal(items[0].file, worst);
    import_assert.strict.match(items[0].description, /^output -?\d+\.\d dB · worst · shown$/);
    const figures = items.map((i2) => Number(/output (-?\d+\.\d) dB/.exec(i2.description)[1]));
    import_assert.strict.deepEqual(figures, [...figures].sort((a, b) => a - b));
    import_assert.strict.match(inputGroup(s).label, new RegExp(`^Input ${path13.basename(worst)} \\(worst\\) \xB7 `));
  });
  it("the chosen input's own comparison matches the set's figures for it, and the set rows open its tensor diffs", async () => {
    const chosen = report.perInput.find((x2) => x2 !== null && x2.file !== worstInput(report));
    const pairs = path13.join(ctx.dir(), "pairs");
    const single = singleInputOptions(options, report, singleInputFile(quant, report, chosen.file, path13.join(ctx.dir(), "scratch")), pairs);
    import_assert.strict.equal(single.input, chosen.file, "a tensor file is compared as it is");
    import_assert.strict.equal(single.inputs, void 0);
    const o = await runner.run("compare", single);
    import_assert.strict.equal(o.code, 0, o.error ?? "");
    const detail = o.json;
    const outSqnr = Math.min(...detail.output.map((x2) => x2.sqnrDb));
    import_assert.strict.ok(near(outSqnr, chosen.outputSqnrDb), `the input alone: ${outSqnr}; in the set: ${chosen.outputSqnrDb}`);
    const s = { file: quant, options, report, input: chosen.file, detail };
    import_assert.strict.doesNotMatch(inputGroup(s).label, /worst/);
    const rows = setEntries(s, true);
    const linked = rows.filter((e) => e.layerIndex !== null);
    import_assert.strict.ok(linked.length >= report.layers.length - 1, `${linked.length} of ${report.layers.length} set rows find their row on the input`);
    for (const e of linked) import_assert.strict.equal(detail.layers[e.layerIndex].tensor, report.layers[Number(e.id.slice(4))].tensor);
    import_assert.strict.equal(comparisonEntries(detail, true).length, detail.layers.length);
    import_assert.strict.ok(fs12.existsSync(path13.join(pairs, "pairs.json")));
  });
  it("a stopped run prints the inputs compared so far, marked partial, and the view says how many it covers", async () => {
    const many = path13.join(ctx.dir(), "many");
    writeInputs(many, twin, 12);
    let cancel = () => void 0;
    const token = { isCancellationRequested: false, onCancellationRequested: (l) => {
      cancel = l;
      return { dispose: () => void 0 };
    } };
    const o = await runner.run("compare", { ...options, inputs: many }, {
      token,
      onProgress: (m) => {
        if (/^input 2 of 12/.test(m) && !token.isCancellationRequested) {
          token.isCancellationRequested = true;
          cancel();
        }
      }
    });
    import_assert.strict.equal(o.cancelled, true);
    import_assert.strict.equal(o.code, EXIT_CODES.cancelled);
    const r = o.json;
    import_assert.strict.ok(r && r.inputs.partial && r.inputs.covered >= 2 && r.inputs.covered < 12, JSON.stringify(r?.inputs));
    const s = { file: quant, options, report: r, input: worstInput(r), detail: null };
    import_assert.strict.equal(coverage(r), `over ${r.inputs.covered} of 12 inputs (stopped: a partial result)`);
    import_assert.strict.match(setSummary(s), new RegExp(`over ${r.inputs.covered} of 12 inputs \\(stopped`));
    import_assert.strict.equal(inputChoices(s).length, r.inputs.covered);
  });
  it("an image input is compared alone as the tensor the set fed the model (its preprocessing spec applied)", async () => {
    const rgb = await convTwin(ctx.engine(), { depth: 2, channels: 3, size: 8 });
    const model = path13.join(ctx.dir(), "rgb.onnx");
    const ref = path13.join(ctx.dir(), "rgb-float.onnx");
    writeModel(rgb.qdq, model);
    writeModel(rgb.float, ref);
    const dir = path13.join(ctx.dir(), "images");
    fs12.mkdirSync(dir, { recursive: true });
    const r = rng(3);
    for (let k = 0; k < 3; k++) {
      const png = new import_pngjs2.PNG({ width: 10, height: 10 });
      for (let i2 = 0; i2 < 100; i2++) {
        for (let c = 0; c < 3; c++) png.data[i2 * 4 + c] = Math.floor(r() * 256);
        png.data[i2 * 4 + 3] = 255;
      }
      fs12.writeFileSync(path13.join(dir, `img${k}.png`), import_pngjs2.PNG.sync.write(png));
    }
    fs12.writeFileSync(path13.join(dir, "quantlens.preprocess.json"), JSON.stringify({ centerCrop: 8, scale: 2 / 255, mean: [1], std: [1], layout: "NCHW" }));
    const setOptions = { model, reference: ref, target: "cpu", inputs: dir };
    const o = await runner.run("compare", { ...setOptions, inputs: dir });
    import_assert.strict.equal(o.code, 0, o.error ?? "");
    const set = o.json;
    const img = set.perInput[1];
    const file = singleInputFile(model, set, img.file, path13.join(ctx.dir(), "scratch"));
    import_assert.strict.match(file, /img1\.png\.npz$/);
    import_assert.strict.deepEqual([...readNpz(file).values()][0].dims, [1, 3, 8, 8]);
    const one = await runner.run("compare", singleInputOptions(setOptions, set, file, path13.join(ctx.dir(), "pairs-img")));
    import_assert.strict.equal(one.code, 0, one.error ?? "");
    const outSqnr = Math.min(...one.json.output.map((x2) => x2.sqnrDb));
    import_assert.strict.ok(near(outSqnr, img.outputSqnrDb), `the image alone: ${outSqnr}; in the set: ${img.outputSqnrDb}`);
  });
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
//# sourceMappingURL=set-comparison-view.test.js.map
