/*
 * Adal search: a query typed in Latin letters read as the Cyrillic it stands for.
 */
(function (adal) {
  'use strict';
  /*
   * engine.js loads this file only for a query with a Latin letter that does not find all its words as typed, and
   * makes its readers once, over its own term files (`engine`). They mirror LatinWords and Transliteration in
   * kz.adal.search.
   */
  adal.searchData('latin', function (engine) {
    var LATIN_LETTER = engine.LATIN_LETTER;
    var mapLetters = engine.mapLetters;
    var documentCounter = engine.documentCounter;
    var layoutMap = engine.layoutMap;

    /**
     * The query with each word that has a Latin letter read as LatinWords.asMeant reads it: as whichever the most
     * documents hold of its transliterations (each letter its spellings stand for: memlekettik is мемлекеттік), its keys
     * on the Russian layout (cjn is сот) and the word as typed (Transparency): the likeliest the index holds
     * (isLikelier), or the word as typed if more documents hold it; where the index holds none, the first
     * transliteration. Null when every word stays as typed, or, when `heldOnly` (LatinWords.asHeld), when a word read
     * otherwise is none the index holds.
     */
    function asMeant(query, m, heldOnly) {
      var words = query.match(/[^ ]+/g) || [];
      // keyed by what was typed: an object without a prototype, so that no word is taken for one of its properties
      var readingsOf = Object.create(null);
      var counted = [];
      words.forEach(function (word) {
        if (!LATIN_LETTER.test(word) || word in readingsOf) { return; }
        readingsOf[word] = spellingsOf(word, m).concat([mapLetters(word.toLowerCase(), layoutMap(m))]);
        counted.push.apply(counted, readingsOf[word].concat([word]));
      });
      return documentCounter(counted, m).then(function (documentsWith) {
        var changed = false;
        var held = true;
        var out = query.replace(/[^ ]+/g, function (word) {
          if (!(word in readingsOf)) { return word; }
          var readings = readingsOf[word];
          var plainMarks = lettersIn(readings[0], m.letters.transliterationWithoutMarks);
          var best = null;
          readings.forEach(function (text) {
            var reading = { text: text, documents: documentsWith(text),
              guessed: Math.max(0, lettersIn(text, m.letters.transliterationWithoutMarks) - plainMarks) };
            if (best === null || isLikelier(reading, best, m)) { best = reading; }
          });
          var meant = documentsWith(word) > best.documents ? word : best.text;
          changed = changed || meant !== word;
          held = held && (meant === word || documentsWith(meant) > 0);
          return meant;
        });
        return changed && (held || !heldOnly) ? out : null;
      });
    }
    /**
     * As LatinWords.Reading.isLikelierThan: a reading documents hold before one none does; of two they hold, the one
     * that guesses fewer marks (aldyn is алдын, not алдың), then the one more documents hold, then the one with more
     * letters of Kazakh alone (беріп, not берип). Of two no document holds, the first.
     */
    function isLikelier(reading, than, m) {
      if (reading.documents === 0 || than.documents === 0) { return reading.documents > than.documents; }
      if (reading.guessed !== than.guessed) { return reading.guessed < than.guessed; }
      if (reading.documents !== than.documents) { return reading.documents > than.documents; }
      return lettersIn(reading.text, m.letters.kazakhOnly) > lettersIn(than.text, m.letters.kazakhOnly);
    }
    function lettersIn(word, letters) {
      var n = 0;
      for (var i = 0; i < word.length; i++) { n += letters.indexOf(word.charAt(i)) >= 0 ? 1 : 0; }
      return n;
    }
    /** The Cyrillic that `word`'s Latin letters stand for, in each spelling asMeant tries; the first is toCyrillic's. */
    function spellingsOf(word, m) {
      return readings(word.toLowerCase(), m, m.letters.transliterationSpellings).map(function (pieces) {
        return pieces.join('');
      });
    }
    /**
     * The readings of `lower` as Transliteration.readings gives them, each as its pieces: first every spelling read as
     * its first letters; then, for each spelling with several letters in turn, every reading so far with each of its
     * other letters there, while the readings added stay within `most`; then each with plain letters read as the
     * Kazakh ones with a mark (a for ә), the fewest such guesses first, while the readings stay within `most`.
     */
    function readings(lower, m, most) {
      var spellings = m.letters.transliteration;
      var pieces = [];
      var places = [];
      var choices = [];
      for (var i = 0; i < lower.length;) {
        // a word's start first: Russian words begin with э
        var found = null;
        var tables = i === 0 ? [m.letters.transliterationStart, spellings] : [spellings];
        for (var t = 0; t < tables.length && found === null; t++) {
          for (var s = 0; s < tables[t].length && found === null; s++) {
            if (lower.substr(i, tables[t][s][0].length) === tables[t][s][0]) { found = tables[t][s]; }
          }
        }
        if (found === null) {
          pieces.push(lower.charAt(i++));
          continue;
        }
        if (found.length > 2) {
          places.push(pieces.length);
          choices.push(found);
        }
        pieces.push(found[1]);
        i += found[0].length;
      }
      var all = [pieces];
      // as Transliteration.readings: a letter whose mark may have been left off (a for ә) is read so last, the fewest
      // such guesses first
      var marks = [];
      var full = false;
      choices.forEach(function (choice, c) {
        var guess = choice.length === 3 && m.letters.transliterationWithoutMarks.indexOf(choice[2]) >= 0;
        if (guess) { return marks.push(c); }
        full = full || all.length * (choice.length - 1) > most;
        if (full) { return; }
        all = all.concat.apply(all, all.map(function (reading) {
          return choice.slice(2).map(function (letters) {
            var other = reading.slice();
            other[places[c]] = letters;
            return other;
          });
        }));
      });
      // each reading of the last round with one mark more, after the last place it guessed one: no reading twice
      var round = all.map(function (reading) { return [reading, -1]; });
      while (round.length > 0 && all.length < most) {
        var next = [];
        round.forEach(function (r) {
          for (var k = r[1] + 1; k < marks.length && all.length + next.length < most; k++) {
            var marked = r[0].slice();
            marked[places[marks[k]]] = choices[marks[k]][2];
            next.push([marked, k]);
          }
        });
        all = all.concat(next.map(function (r) { return r[0]; }));
        round = next;
      }
      return all;
    }

    return { asMeant: asMeant, spellingsOf: spellingsOf };
  });
})(window.adal);
