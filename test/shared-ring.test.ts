import * as assert from 'assert';
import { SharedRing } from '../src/engine/process/shared-ring';

describe('SharedRing: memory shared with a thread, handed out and given back in order', () => {
  it('hands out slots one after another, and none once full', () => {
    const ring = new SharedRing(40);
    const a = ring.take(4)!;
    const b = ring.take(4)!;
    assert.deepEqual([a.at, b.at], [0, 16]);
    assert.equal(ring.take(3), null, '8 bytes are left, 12 asked');
    assert.deepEqual(ring.take(2), { at: 32, length: 2 });
    assert.equal(ring.take(1), null, 'full');
    assert.equal(ring.take(11), null, 'larger than the ring');
  });

  it('wraps to the start once the oldest slots are given back, never over a slot in use', () => {
    const ring = new SharedRing(40);
    const a = ring.take(4)!;
    const b = ring.take(4)!;
    ring.take(1);
    ring.release(a);
    assert.equal(ring.take(5), null, 'the 16 bytes before b are too few for 20');
    const c = ring.take(4)!;
    assert.equal(c.at, 0, 'wrapped');
    assert.equal(ring.take(1), null, 'from c to b is full');
    ring.release(b);
    assert.equal(ring.take(1)!.at, 16, 'after c, where b was');
  });

  it('gives space back only when everything older is free, and starts over when empty', () => {
    const ring = new SharedRing(32);
    const a = ring.take(4)!;
    const b = ring.take(4)!;
    ring.release(b);
    assert.equal(ring.take(1), null, 'b is free but a, older, is not');
    ring.release(a);
    assert.deepEqual(ring.take(8), { at: 0, length: 8 }, 'empty: the whole ring again');
  });

  it('views a slot as the same memory in every thread', () => {
    const ring = new SharedRing(64);
    ring.take(2);
    const s = ring.take(3)!;
    SharedRing.view(ring.buffer, s).set([1, 2, 3]);
    assert.deepEqual([...new Float32Array(ring.buffer, 8, 3)], [1, 2, 3]);
  });
});
