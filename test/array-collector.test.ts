import * as assert from 'assert';
import * as fs from 'fs';
import { EngineClient } from '../src/engine/process/engine-client';
import { arrayCollector } from '../src/engine/process/array-collector';

describe('the engine\'s collections of dead arrays', () => {
  it('asks for a young collection once array memory has grown by the given bytes since the last, counting from the lowest point', () => {
    let bytes = 100;
    const asked: string[] = [];
    const check = arrayCollector((o) => {
      asked.push(o.type);
      bytes = 120; // what survived
    }, 50, () => bytes);
    bytes = 140;
    check();
    assert.deepEqual(asked, [], '40 bytes of growth: below the bound');
    bytes = 60;
    check();
    bytes = 105;
    check();
    assert.deepEqual(asked, [], 'the drop to 60 is the new base: 45 bytes of growth');
    bytes = 111;
    check();
    assert.deepEqual(asked, ['minor'], '51 bytes above the lowest point');
    bytes = 160;
    check();
    assert.deepEqual(asked, ['minor'], 'counted from what survived the collection (120)');
    bytes = 171;
    check();
    assert.deepEqual(asked, ['minor', 'minor']);
  });

  it('does nothing where the process was started without the collector exposed', () => {
    let read = 0;
    const check = arrayCollector(undefined, 1, () => ++read);
    check();
    check();
    assert.equal(read, 1, 'array memory is read once, at the start, and never again');
  });

  it('has the collector exposed in the engine processes this code starts', function () {
    // The engine's check depends on it: without --expose-gc it would silently never collect.
    if (process.platform !== 'linux') this.skip();
    const engine = new EngineClient();
    try {
      engine.warm();
      const args = fs.readFileSync(`/proc/${engine.pid}/cmdline`, 'utf8').split('\0');
      assert.ok(args.includes('--expose-gc'), args.join(' '));
    } finally {
      engine.dispose();
    }
  });
});
