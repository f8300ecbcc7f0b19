/**
 * An environment that asks glibc for transparent huge pages on its large allocations (`glibc.malloc.hugetlb=1`).
 * A comparison moves every tensor of both models through fresh buffers, in its engine processes and in the process
 * that measures them (the CLI): with 4 KiB pages the kernel's page faults were a large share of the time (a
 * 1024x1024 U-Net: 35 s of system time in a 77 s comparison, the CLI's reads of the engines' tensors 15 s of it).
 * Huge pages take 512 times fewer faults. glibc reads the tunable only when a process starts, so the parent sets it;
 * other C libraries ignore it.
 */
export function withHugePages(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb')) return env;
  return { ...env, GLIBC_TUNABLES: [env.GLIBC_TUNABLES, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':') };
}

/**
 * The environment of a process that runs or measures comparisons: the engines (which create and release many sessions
 * with large buffers) and the CLI the extension starts (which receives and measures every captured tensor). glibc's
 * adaptive mmap threshold keeps freed large buffers in the heap after the first is freed, so memory ratchets up with
 * every chunk; a fixed threshold returns them (measured on the 1024x1024 U-Net, the CLI of an extension-started
 * comparison: peaks of 437-840 MiB with huge pages alone, 439-443 with both, the wall time within 3%). And huge pages
 * (`withHugePages`). Other C libraries ignore both.
 */
export function comparisonEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return withHugePages({ ...env, MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? '131072' });
}
