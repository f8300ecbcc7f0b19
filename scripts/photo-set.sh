#!/usr/bin/env bash
# A folder of real photographs for comparisons over a set of inputs (issue 14), made on a fresh Debian machine:
#   bash scripts/photo-set.sh OUT_DIR [COUNT]
# The photos are Tux Paint's stamps (Debian package tuxpaint-stamps-default, GPL/CC licensed, 160 MB download; mostly
# photographs of animals, plants, food and vehicles cut out on a transparent background). The package is downloaded
# and unpacked in a cache folder, not installed. scripts/photo-set.mjs picks COUNT of them (default 100, at most 198)
# and writes each on a white background as a PNG, with an ImageNet preprocessing spec beside them.
set -euo pipefail
out=$(realpath -m "${1:?usage: bash scripts/photo-set.sh OUT_DIR [COUNT]}")
count=${2:-100}
cd "$(dirname "$0")/.."
cache=${QUANTLENS_PHOTO_CACHE:-$HOME/.cache/quantlens/tuxpaint-stamps}

if [ ! -d "$cache/usr/share/tuxpaint/stamps" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  if ! (cd "$tmp" && apt-get download tuxpaint-stamps-default >/dev/null 2>&1); then
    apt-get update -qq || true
    if ! (cd "$tmp" && apt-get download tuxpaint-stamps-default >/dev/null); then
      echo "photo-set: could not download the Debian package tuxpaint-stamps-default (apt-get download); the photographs come from it" >&2
      exit 1
    fi
  fi
  dpkg-deb -x "$tmp"/tuxpaint-stamps-default_*.deb "$cache"
fi

node scripts/photo-set.mjs "$cache/usr/share/tuxpaint/stamps" "$out" "$count"
