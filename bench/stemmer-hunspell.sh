#!/usr/bin/env bash
# Prints the Kazakh stemmer's recall and precision on word forms nobody here wrote: Debian's Hunspell dictionary
# for Kazakh (package hunspell-kk), each of its entries with its suffix rules applied, the entry taken as the forms'
# lemma. Three samples of 1,000 entries (seeds 1-3), all of each entry's forms. Needs python3 and hunspell-kk
# (installed when missing, if run as root).
#
# The dictionary's forms are not a gold list: its rules also write some wrong forms (the past of a front verb
# with -ды, истіктедың; a plural twice, тарлар), a verb's stem is sometimes an entry of its own, declined as a noun,
# and some entries are themselves inflected (қызметтерін). They hold for every stemmer alike, so the figures
# compare versions of the stemmer, and show which endings it misses (the rules added on 3 December 2026 were found
# so); the README gives the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
dic=/usr/share/hunspell/kk_KZ.dic
if [ ! -f "$dic" ]; then
  [ "$(id -u)" = 0 ] || { echo "needs the Debian package hunspell-kk (apt-get install -y hunspell-kk)" >&2; exit 1; }
  apt-get install -y -q hunspell-kk > /dev/null
fi
[ -f target/adal.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/expand.py" <<'EOF'
import collections, random, re, sys
dic, seed, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rules = collections.defaultdict(list)
for line in open(dic[:-4] + '.aff', encoding='utf-8-sig'):
    p = line.split()
    if len(p) >= 5 and p[0] == 'SFX':
        strip = '' if p[2] == '0' else p[2]
        add = '' if p[3] == '0' else p[3].split('/')[0]
        rules[p[1]].append((strip, add, None if p[4] == '.' else re.compile('(?:' + p[4] + ')$')))
entries = [line.rstrip('\n').partition('/')[::2] for line in open(dic, encoding='utf-8-sig').readlines()[1:]]
entries = [(w.strip(), f.strip()) for w, f in entries]
verb_flags, noun_flags = 'MmNnOoPpQqRrSsTtUuVvWwXxYyZz', 'ABbCcDdEeFfGgHhIiJjKkLl'
verbs = {w for w, f in entries if f and f[0] in verb_flags}
forms = collections.defaultdict(set)
for w, f in entries:
    if not f or (w + 'у' in verbs and f[0] in noun_flags):
        continue  # no forms, or a verb's stem declined as a noun
    forms[w].add(w)
    for flag in f:
        for strip, add, cond in rules.get(flag, ()):
            if (cond is None or cond.search(w)) and w.endswith(strip):
                form = w[:len(w) - len(strip)] + add
                if re.fullmatch('[а-яёәғқңөұүһі-]+', form):
                    forms[w].add(form)
owners = collections.Counter(form for fs in forms.values() for form in fs)
lemmas = sorted(w for w in forms if len(forms[w]) > 1 and re.fullmatch('[а-яёәғқңөұүһі]+', w))
random.seed(seed)
for w in random.sample(lemmas, size):
    for form in sorted(forms[w]):
        if owners[form] == 1:  # a form two entries write belongs to neither
            print(form + '\t' + w)
EOF
for seed in 1 2 3; do
  python3 "$work/expand.py" "$dic" "$seed" 1000 > "$work/forms-$seed.tsv"
  echo "sample $seed: $(java -jar target/adal.jar evaluate-stemmer "$work/forms-$seed.tsv" | tail -1)"
done
