#!/usr/bin/env bash
# Prints search figures for the real content and for a generated corpus of N protocols (default 10000):
# index build time, client index size, and in Chromium the bytes and requests of a cold first query and of a
# further query, and the median query time. Needs Debian's chromium (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1790000000
n=${1:-10000}

run() {  # name content-dir
  java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmx330m -XX:SharedArchiveFile=target/adal.jsa -jar target/adal.jar build --content "$2" --output "$work/site-$1" 2> "$work/log-$1"
  echo "== $1: $(grep -o 'built [0-9]* pages.*' "$work/log-$1")"
  built=$(grep 'search index built' "$work/log-$1" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
  written=$(grep 'client index written' "$work/log-$1" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
  # the search index is made on a thread of its own while the pages are made beside it, and shares the cores with them
  echo "search index stages, beside the pages: $((built + written)) ms (Lucene index $built ms, client index files $written ms)"
  java -cp "$cp" kz.adal.search.SearchBenchmark "$work/site-$1"
}
run "real content" content
java -jar target/adal.jar generate-corpus "$work/content-$n" --protocols "$n" > /dev/null
run "$n generated protocols" "$work/content-$n"
