#!/usr/bin/env bash
# Window test: opens the real stepper window under a virtual display (xvfb-run), steps through a
# whole pass with simulated keys and clicks (play, step, layer jumps, pin a neuron, "check it", a nudge,
# scrub the timeline, "did it help?" with r repeating the step and reset, help, draw a digit and
# trace it, zoom in, resize), saves screenshots and expects exit 0.
# Usage: .ci/stepper-window.sh [OUT_DIR]   (default: target/window-test)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/window-test}"
mkdir -p "$out"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "stepper-window: xvfb-run is not installed; skipping the window test" >&2
  exit 0
fi
script="wait:5 shot:$out/start.png"
script+=" right*5 wait:20 shot:$out/forward.png"
script+=" pin:2:3 ]*3 wait:20 shot:$out/backward-pinned.png button:CHECK wait:3"
script+=" ]*20 expect-end shot:$out/end.png"
# nudge mode: the pinned neuron's weight on the slider, the wheel, bias and pixel, a typed value, undo, close
script+=" w wait:3 slide:0,0.5 wait:3 shot:$out/nudge.png tab wait:2 slide:0,-0.3 tab - 0 . 5 enter wait:3 u esc"
script+=" scrub:14,1 wait:3 left right scrub:1,14 expect-end"
# past the last step: did it help? r (key and button) repeats the SGD step and the cost falls; reset
script+=" right wait:30 shot:$out/did-it-help.png r button:REPEAT r wait:30 expect-helped"
script+=" shot:$out/repeated.png button:RESET wait:3 esc"
script+=" h wait:2 shot:$out/help.png h"
script+=" esc d drag:150,220,330,220 drag:330,220,200,460 wait:2 shot:$out/draw.png enter"
script+=" space wait:2 space ]*20 expect-end wait:5 shot:$out/drawn-end.png"
# zoomed (Ctrl +) and resized: scrubbing must still reach the last step, pins must still land
script+=" ctrl+= wait:3 scrub:14,1 scrub:1,14 expect-end pin:2:5 wait:3 shot:$out/zoomed.png"
script+=" resize:1024,640 wait:10 scrub:14,1 scrub:1,14 expect-end pin:2:7 wait:3 shot:$out/small.png quit"
start=$(date +%s%N)
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" ./glassbox step --image 0 --script "$script"
end=$(date +%s%N)
for f in start forward backward-pinned end nudge did-it-help repeated help draw drawn-end zoomed small; do
  test -s "$out/$f.png" || { echo "stepper-window: missing screenshot $out/$f.png" >&2; exit 1; }
done
echo "stepper-window: ok ($(( (end - start) / 1000000 )) ms, screenshots in $out)"
