#!/usr/bin/env bash
# CI: a real studio window under Xvfb. Trains a small subset for one epoch with the window open,
# saves a screenshot of it when training ends, and checks the screenshot. Exit 0 on success.
# Usage: .ci/studio-window.sh [OUT.png]        (run from anywhere; needs xvfb-run, Java, Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/studio-window.png}"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "studio-window: xvfb-run is not installed (apt-get install xvfb xauth); skipping the window test" >&2
  exit 0
fi
if [ ! -f target/glassbox.jar ] || [ -n "$(find src/main pom.xml -newer target/glassbox.jar -print -quit)" ]; then
  mvn -q -DskipTests package
fi
rm -f "$out"
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  java --add-modules jdk.incubator.vector -Dglassbox.home="$PWD" -jar target/glassbox.jar \
  studio --autostart --epochs 1 --limit 2000 --size 1280x800 --screenshot "$out" \
  2> >(grep -v '^WARNING: Using incubator modules' >&2)
# the screenshot must be a whole 1280x800 PNG, not a blank one
[ -f "$out" ] || { echo "studio-window: no screenshot was written" >&2; exit 1; }
sig=$(od -An -tx1 -N8 "$out" | tr -d ' \n')
dims=$(od -An -tu1 -j16 -N8 "$out" | tr -s ' ' | sed 's/^ //')
size=$(wc -c < "$out")
if [ "$sig" != "89504e470d0a1a0a" ] || [ "$dims" != "0 0 5 0 0 0 3 32" ] || [ "$size" -lt 50000 ]; then
  echo "studio-window: bad screenshot $out (signature $sig, IHDR $dims, $size bytes)" >&2
  exit 1
fi
echo "studio-window: ok, $out is 1280x800, $size bytes"
