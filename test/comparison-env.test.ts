import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { comparisonEnv, withHugePages } from '../src/engine/process/comparison-env';

describe('the environment of the processes that measure', () => {
  it('adds the glibc tunable to those already set, and keeps an explicit choice', () => {
    assert.equal(withHugePages({}).GLIBC_TUNABLES, 'glibc.malloc.hugetlb=1');
    assert.equal(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES, 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
    assert.equal(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }).GLIBC_TUNABLES, 'glibc.malloc.hugetlb=0');
    const env = { PATH: '/bin' };
    withHugePages(env);
    assert.deepEqual(env, { PATH: '/bin' }, 'the caller\'s environment is not changed');
  });

  it('fixes glibc\'s mmap threshold (a user\'s own value stays) and adds huge pages, for the engines and the extension\'s compare CLI', () => {
    const env = comparisonEnv({ PATH: '/bin' });
    assert.equal(env.MALLOC_MMAP_THRESHOLD_, '131072');
    assert.equal(env.GLIBC_TUNABLES, 'glibc.malloc.hugetlb=1');
    assert.equal(env.PATH, '/bin');
    assert.equal(comparisonEnv({ MALLOC_MMAP_THRESHOLD_: '65536' }).MALLOC_MMAP_THRESHOLD_, '65536');
  });

  it('gives a Node process huge pages for a large buffer where glibc and the kernel offer them', function () {
    // glibc 2.35 added the tunable; the kernel gives huge pages on request unless they are off.
    const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
    const thp = fs.existsSync('/sys/kernel/mm/transparent_hugepage/enabled') ? fs.readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8') : '';
    const [major, minor] = (glibc ?? '0.0').split('.').map(Number);
    if (!glibc || major < 2 || (major === 2 && minor < 35) || !/\[(always|madvise)\]/.test(thp)) {
      console.log(`      pending: needs glibc >= 2.35 and transparent huge pages not off (here: glibc ${glibc ?? 'none'}, THP "${thp.trim() || 'absent'}")`);
      this.skip();
    }
    const script = `const a = new Float32Array(64 << 18); a.fill(1);
      const m = /AnonHugePages:\\s+(\\d+) kB/.exec(require('fs').readFileSync('/proc/self/smaps_rollup', 'utf8'));
      process.stdout.write(String(m ? Number(m[1]) : -1));`;
    const hugeKb = (env: NodeJS.ProcessEnv) => Number(spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }).stdout);
    const withEnv = hugeKb(withHugePages({ ...process.env, GLIBC_TUNABLES: '' }));
    assert.ok(withEnv >= 32 * 1024, `${withEnv} kB of huge pages for a 64 MiB buffer`);
  });
});
