#!/usr/bin/env bash
# Prints build time, pages per second and peak memory (RSS) for generated corpora of N protocols.
# Usage: bench/build-benchmark.sh [N ...]   (default: 1000 10000). Needs /usr/bin/time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/adal.jar ] && [ -f target/adal.jsa ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1790000000

# The default JVM, and the settings the README recommends for large archives on small machines:
# the C1 compiler only, so that C2's compiler threads do not compete with the build; the parallel collector, whose
# pauses stop the build anyway and use both cores; a heap of 330 MiB, which 10,000 protocols fit in (the default
# lets the heap grow to a quarter of the RAM);
# and the classes a build loads mapped from the archive 'mvn package' made instead of loaded from the jar.
declare -A jvm=([default]="" [tuned]="-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmx330m -XX:SharedArchiveFile=target/adal.jsa")

# Each setting builds three times into one folder: the first into a new folder; the third replaces the site the
# second wrote, writing over the one the first wrote, as each build does when sites are rebuilt.
# On a virtual machine the host may take the cores for other guests while a build runs: the last column is the CPU
# seconds it took, of both cores together ("steal" in /proc/stat), which lengthen the build without any change of
# the build's own.
steal() { awk '/^cpu /{print $9}' /proc/stat 2>/dev/null || echo 0; }
ticks=$(getconf CLK_TCK)
printf '%-8s %-8s %-12s %10s %10s %12s %13s %12s\n' N jvm output seconds pages pages/s "peak RSS MiB" "host took s"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for n in "${sizes[@]}"; do
  java -jar target/adal.jar generate-corpus "$work/content-$n" --protocols "$n" >/dev/null
  for name in default tuned; do
    for run in 1 2 3; do
      before=$(steal)
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %M' -o "$work/time" java ${jvm[$name]} -jar target/adal.jar build \
        --content "$work/content-$n" --output "$work/site-$n-$name" 2> "$work/log"
      stolen=$(echo "($(steal) - $before) / $ticks" | bc -l)
      [ "$run" = 2 ] && continue
      read -r seconds rss < "$work/time"
      pages=$(grep -o 'built [0-9]* pages' "$work/log" | grep -o '[0-9]*')
      printf '%-8s %-8s %-12s %10s %10s %12.0f %13.0f %12.1f\n' "$n" "$name" "$([ "$run" = 1 ] && echo new || echo replacing)" \
        "$seconds" "$pages" "$(echo "$pages / $seconds" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$stolen"
    done
  done
done
