import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMPARE_MODES, DEFAULT_THRESHOLD_DB, isCompareMode } from '../src/shared/compare-modes';
import { LAYOUT_OPS, layoutBadge, layoutName } from '../src/shared/layout';
import { opKey, opLabel } from '../src/shared/op-key';
import { nameScope, scopeChain } from '../src/shared/scopes';
import { repoRoot } from './helpers/engine';

describe('shared by the engine, the CLI, the extension and the webviews', () => {
  it('names layouts once: a block that was not measured reads NCHW?c, plain layouts get no badge', () => {
    assert.equal(layoutName({ kind: 'NCHWc', block: 8 }), 'NCHW8c');
    assert.equal(layoutName({ kind: 'NCHWc', block: null }), 'NCHW?c');
    assert.equal(layoutName({ kind: 'NHWC', block: null }), 'NHWC');
    assert.equal(layoutName({ kind: 'unknown', block: null }), 'unknown');
    assert.equal(layoutBadge({ kind: 'NCHWc', block: 16 }), 'NCHW16c');
    assert.equal(layoutBadge({ kind: 'NHWC', block: null }), 'NHWC');
    assert.equal(layoutBadge({ kind: 'NCHW', block: null }), null);
    assert.equal(layoutBadge({ kind: 'unknown', block: null }), null);
    assert.equal(layoutBadge(undefined), null);
    assert.ok(LAYOUT_OPS.has('ReorderOutput') && !LAYOUT_OPS.has('Reshape'));
  });

  it('keys ops by their full domain and labels them with Microsoft domains shortened', () => {
    assert.equal(opKey('', 'Conv'), 'Conv');
    assert.equal(opKey('ai.onnx', 'Conv'), 'Conv');
    assert.equal(opKey('com.microsoft', 'QLinearConv'), 'com.microsoft:QLinearConv');
    assert.equal(opLabel('com.microsoft', 'QLinearConv'), 'ms:QLinearConv');
    assert.equal(opLabel('com.microsoft.nchwc', 'Conv'), 'ms.nchwc:Conv');
    assert.equal(opLabel('ai.onnx', 'Relu'), 'Relu');
    assert.equal(opLabel('org.pytorch.aten', 'ATen'), 'org.pytorch.aten:ATen');
  });

  it('lists the comparison modes once, and the threshold default the extension declares is the engine\'s', () => {
    assert.deepEqual([...COMPARE_MODES].sort(), ['activations', 'compiled-vs-source', 'quant-vs-float', 'target-vs-target']);
    assert.ok(isCompareMode('quant-vs-float'));
    assert.ok(!isCompareMode('float-vs-quant'));
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['quantlens.comparison.threshold'].default, DEFAULT_THRESHOLD_DB);
  });

  it('reads name scopes the way PyTorch writes module paths', () => {
    assert.equal(nameScope('/features/features.1/conv/Conv'), '/features/features.1/conv');
    assert.equal(nameScope('Conv_3'), '');
    assert.deepEqual(scopeChain('/a/b'), ['/a', '/a/b']);
  });
});
