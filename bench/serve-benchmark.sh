#!/usr/bin/env bash
# Prints how long a saved protocol takes to appear in the browser under 'adal serve' on the real content (or the
# content folder given): ten saves, each timed from the file written to its text on the reloaded page, in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" kz.adal.serve.ServeBenchmark "${1:-content}"
