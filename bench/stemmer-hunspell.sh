#!/usr/bin/env bash
# Prints the Kazakh stemmer's recall and precision on word forms nobody here wrote: entries of Debian's Hunspell
# dictionary for Kazakh (package hunspell-kk), each with every form Lucene's WordFormGenerator makes of it, the entry
# taken as its forms' lemma (src/test/java/kz/adal/search/analysis/HunspellForms.java says what is left out and
# why). Three samples of 1,000 entries, seeds 1-3. Installs hunspell-kk when missing, if run as root.
# Usage: bench/stemmer-hunspell.sh [ADAL_JAR]   (default target/adal.jar: pass another build's jar to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f "${ADAL_HUNSPELL_KK:-/usr/share/hunspell}/kk_KZ.dic" ]; then
  [ "$(id -u)" = 0 ] || { echo "needs Debian's hunspell-kk (apt-get install -y hunspell-kk)" >&2; exit 1; }
  apt-get install -y -q hunspell-kk > /dev/null
fi
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
jar=${1:-target/adal.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in 1 2 3; do
  java -cp "$cp" kz.adal.search.analysis.HunspellForms "$seed" 1000 > "$work/forms-$seed.tsv"
  echo "sample $seed: $(java -jar "$jar" evaluate-stemmer "$work/forms-$seed.tsv" | tail -1)"
done
