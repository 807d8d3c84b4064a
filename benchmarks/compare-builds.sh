#!/usr/bin/env bash
# Times `parindex score` of one generated data set with several builds, in turn, many times, and prints for each build
# the fastest and median wall time, median user and system CPU and page faults (docs/performance.md).
# On a shared virtual machine one build's timings vary by ±20% from minute to minute: only many alternating runs tell
# builds a few percent apart.
#
#   dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- generate --units 10000 --leaves 200 --out /tmp/big
#   dotnet publish src/ParIndex.Cli -c Release -r linux-x64 -o /tmp/build-a     # and another build into /tmp/build-b
#   benchmarks/compare-builds.sh /tmp/big 15 /tmp/build-a /tmp/build-b
set -euo pipefail
data=$1
runs=$2
shift 2
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
for i in $(seq "$runs"); do
  for build in "$@"; do
    name=$(basename "$build")
    /usr/bin/time -f "%e %U %S %R" -a -o "$results/$name" \
      "$build/parindex" score "$data/units.csv" -c "$data/criteria.yaml" -a "$data/appraisal.csv" \
      -a "$data/appraisal-round2.csv" -s "$data/survey.csv" --format csv --out "$results/$name.csv" --force
  done
done
for build in "$@"; do
  name=$(basename "$build")
  python3 - "$results/$name" "$name" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line[:1].isdigit()]
wall = sorted(r[0] for r in rows)
print(f"{sys.argv[2]:<12} fastest {wall[0]:.2f} s  median {statistics.median(wall):.2f} s  slowest {wall[-1]:.2f} s  "
      f"user {statistics.median(r[1] for r in rows):.2f} s  system {statistics.median(r[2] for r in rows):.2f} s  "
      f"page faults {statistics.median(r[3] for r in rows):.0f}")
PY
done
first=$(basename "$1")
for build in "${@:2}"; do
  cmp -s "$results/$first.csv" "$results/$(basename "$build").csv" || echo "results differ: $first and $(basename "$build")"
done
