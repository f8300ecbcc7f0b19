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
