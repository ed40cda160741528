/*
 * Adal search engine: queries the client index that the build exports from Lucene.
 */
(function (window, document) {
  'use strict';
  /*
   * The analysis and the query plan mirror the Java classes in kz.adal.search (their tables come from meta.js),
   * and scoring is Lucene's BM25 in 32-bit float arithmetic, so results equal IndexSearcher's.
   * Every index file is a classic script calling adal.searchData(name, data): it loads over http and from file://.
   * Plain ES5 for old browsers. The build publishes it without the comments after this file's first one.
   */
  var adal = window.adal = window.adal || {};
  var fround = Math.fround || (function (array) {
    return function (x) { array[0] = x; return array[0]; };
  })(new Float32Array(1));

  /*
   * The browser's Promise, or for one without (Internet Explorer 11) the little the engine needs of it: then,
   * resolve and all. Nothing here rejects: a file that fails to load resolves as null.
   */
  var Promise = window.Promise || (function () {
    function Later(executor) {
      var self = this;
      self.settled = false;
      self.callbacks = [];
      executor(function (value) { settle(self, value); });
    }
    function settle(later, value) {
      if (later.settled) { return; }
      if (value && typeof value.then === 'function') { value.then(function (v) { settle(later, v); }); return; }
      later.settled = true;
      later.value = value;
      var callbacks = later.callbacks;
      later.callbacks = [];
      for (var i = 0; i < callbacks.length; i++) { callbacks[i](value); }
    }
    Later.prototype.then = function (onValue) {
      var self = this;
      return new Later(function (resolve) {
        function run(value) { resolve(onValue ? onValue(value) : value); }
        // callbacks run after the current script, as a native promise's do
        if (self.settled) { setTimeout(function () { run(self.value); }, 0); } else { self.callbacks.push(run); }
      });
    };
    Later.resolve = function (value) { return new Later(function (resolve) { resolve(value); }); };
    Later.all = function (list) {
      return new Later(function (resolve) {
        var values = [];
        var left = list.length;
        if (left === 0) { resolve(values); return; }
        list.forEach(function (item, i) {
          Later.resolve(item).then(function (value) {
            values[i] = value;
            if (--left === 0) { resolve(values); }
          });
        });
      });
    };
    return Later;
  })();

  // ---- Loading: one <script> per index file, cached by name ----
  var loaded = adal.early || {};
  var waiting = {};
  var requested = {};
  for (var early in loaded) { if (loaded.hasOwnProperty(early)) { requested[early] = true; } }
  // the search box may have asked for a file already (meta.js, with the engine); looked up once, since searching
  // the document for a script at each load cost more than the load itself
  var askedByPage = {};
  (function (scripts) {
    for (var i = 0; i < scripts.length; i++) { askedByPage[scripts[i].getAttribute('src')] = true; }
  })(document.getElementsByTagName('script'));

  adal.searchData = function (name, data) {
    loaded[name] = data;
    var callbacks = waiting[name] || [];
    delete waiting[name];
    for (var i = 0; i < callbacks.length; i++) { callbacks[i](data); }
  };

  function load(name, path) {
    return new Promise(function (resolve) {
      if (loaded.hasOwnProperty(name)) { resolve(loaded[name]); return; }
      (waiting[name] = waiting[name] || []).push(resolve);
      var alreadyAsked = requested[name] || askedByPage.hasOwnProperty(adal.root + path);
      requested[name] = true;
      if (alreadyAsked) { return; }
      var script = document.createElement('script');
      script.src = adal.root + path;
      script.onerror = function () { adal.searchData(name, null); };
      document.getElementsByTagName('head')[0].appendChild(script);
    });
  }

  var NO_BYTES = new Uint8Array(0);
  var metaData = null;
  /**
   * meta.js unpacked once: it holds the table of CyrillicBytes and, deflated in it, the rest (metaFile in
   * ClientIndexWriter). Each stemmer rule's folded endings are added here: it writes them once, as written (written()
   * in Java).
   */
  function meta() {
    var loads = [load('meta', 'search/meta.js'), load('inflate', 'assets/search/inflate.js')];
    return Promise.all(loads).then(function (files) {
      var file = files[0];
      if (file && files[1] && metaData === null) {
        var m = unpack(file.packed, NO_BYTES, files[1], file);
        m.cyrillicBytes = file.cyrillicBytes;
        var rules = m.stemmerRules, key;
        for (key in rules) {
          if (rules.hasOwnProperty(key) && rules[key] instanceof Array) { rules[key] = withFoldedForms(rules[key], m); }
        }
        metaData = m;
      }
      return metaData;
    });
  }
  function withFoldedForms(endings, m) {
    var out = endings.slice();
    for (var i = 0; i < endings.length; i++) {
      var f = mapLetters(endings[i], m.letters.kazakhToRussian);
      if (out.indexOf(f) < 0) { out.push(f); }
    }
    return out;
  }

  // ---- Analysis (mirrors kz.adal.search.analysis) ----
  function isCyrillic(c) { return c >= 0x0400 && c <= 0x052F; }
  // what Letters.isInvisible takes out of words: soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM
  var INVISIBLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
  var INVISIBLE = new RegExp('[' + INVISIBLE_CHARS + ']', 'g');
  function isInvisible(c) { return INVISIBLE_CHARS.indexOf(String.fromCharCode(c)) >= 0; }
  function isTokenChar(c) {
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ||
      (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7) || c === 0x259 || c === 0x275 || isCyrillic(c);
  }
  function lower(word) {
    var out = '';
    for (var i = 0; i < word.length; i++) {
      var ch = word.charAt(i);
      out += ch === '\u0130' ? 'i' : ch.toLowerCase();
    }
    return out;
  }
  function tokenize(text) {
    var tokens = [];
    var current = '';
    for (var i = 0; i <= text.length; i++) {
      if (i < text.length && isTokenChar(text.charCodeAt(i))) {
        current += text.charAt(i);
      } else if (current) {
        tokens.push(current);
        current = '';
      }
    }
    return tokens;
  }
  function trimHyphens(word) { return word.replace(/^-+/, '').replace(/-+$/, ''); }
  function withHyphenParts(tokens) {
    var out = [];
    for (var i = 0; i < tokens.length; i++) {
      var word = trimHyphens(tokens[i]);
      if (!word) { continue; }
      out.push(word);
      if (word.indexOf('-') > 0) {
        var parts = word.split(/-+/);
        for (var p = 0; p < parts.length; p++) { out.push(parts[p]); }
      }
    }
    return out;
  }
  function hasCyrillic(word) {
    for (var i = 0; i < word.length; i++) { if (isCyrillic(word.charCodeAt(i))) { return true; } }
    return false;
  }
  /** Whether `word` ends with `suffix`, without cutting a string for each of the stemmers' many endings. */
  function endsWith(word, suffix) {
    var rest = word.length - suffix.length;
    if (rest < 0) { return false; }
    for (var i = suffix.length - 1; i >= 0; i--) {
      if (word.charCodeAt(rest + i) !== suffix.charCodeAt(i)) { return false; }
    }
    return true;
  }
  function mapLetters(word, map) {
    var out = '';
    for (var i = 0; i < word.length; i++) {
      var ch = word.charAt(i);
      out += map.hasOwnProperty(ch) ? map[ch] : ch;
    }
    return out;
  }
  function repairLookalikes(word, m) {
    var parts = word.split('-');
    for (var i = 0; i < parts.length; i++) {
      if (hasCyrillic(parts[i])) { parts[i] = mapLetters(parts[i], m.letters.lookalikes); }
    }
    return parts.join('-');
  }
  function hasKazakhLetter(word, m) {
    for (var i = 0; i < word.length; i++) { if (m.letters.kazakhOnly.indexOf(word.charAt(i)) >= 0) { return true; } }
    return false;
  }

  /** A stemmer's own tables and the rules both stemmers share, as one table (meta.js holds the rules once). */
  function withRules(own, rules) {
    var table = {}, key;
    for (key in rules) { if (rules.hasOwnProperty(key)) { table[key] = rules[key]; } }
    for (key in own) { if (own.hasOwnProperty(key)) { table[key] = own[key]; } }
    return table;
  }

  /** The folded stemmer's tables: the written ones with each letter folded, deduplicated and sorted as in Java. */
  function folded(own, map) {
    function fold(text) { return mapLetters(text, map); }
    var seen = {}, suffixes = [], unvoice = {}, key;
    own.suffixes.forEach(function (suffix) {
      var f = fold(suffix);
      if (!seen.hasOwnProperty(f)) { seen[f] = true; suffixes.push(f); }
    });
    suffixes.sort(function (a, b) { return b.length - a.length || (a < b ? -1 : (a > b ? 1 : 0)); });
    for (key in own.unvoice) { if (own.unvoice.hasOwnProperty(key)) { unvoice[fold(key)] = fold(own.unvoice[key]); } }
    return { suffixes: suffixes, vowels: fold(own.vowels), voiceless: fold(own.voiceless), unvoice: unvoice };
  }

  function kazakhStemmer(table) {
    var vowels = table.vowels;
    function isVowel(ch) { return vowels.indexOf(ch) >= 0; }
    function canFollow(word, rest, suffix) {
      var before = word.charAt(rest - 1);
      var first = suffix.charAt(0);
      var vowel = isVowel(before);
      if (first === 'у') { return true; }
      if (first === 'н' && endsInParticiple(word, rest + 1)) { return false; }
      if (table.passive.indexOf(suffix) >= 0 && table.verbsLikePassive.indexOf(word.substring(0, rest + 2)) >= 0) {
        return false;
      }
      if (table.participleAfterPassive.indexOf(suffix) >= 0) {
        return table.verbsBeforeParticiple.indexOf(word.substring(0, rest)) >= 0 ||
          (table.passiveBeforeParticiple.indexOf(word.substring(rest - 2, rest)) >= 0 &&
            table.nounsLikeParticiple.indexOf(word.substring(0, rest + 2)) < 0);
      }
      if (isVowel(first)) { return !vowel || before === 'у'; }
      if (suffix === 'са' || suffix === 'се') { return true; }
      if (suffix === 'сы' || suffix === 'сі' || suffix === 'си') {
        return vowel && ('ыіи'.indexOf(before) < 0 || (rest >= 2 && 'шдтқк'.indexOf(word.charAt(rest - 2)) >= 0)) &&
          table.nounsInVowelAndS.indexOf(word.substring(0, rest + 1)) < 0;
      }
      if (suffix === 'н') { return before === 'ы' || before === 'і' || before === 'и'; }
      if (table.pastWe.indexOf(suffix) >= 0) { return vowel; }
      if (table.presentAfterVowel.indexOf(suffix) >= 0) {
        return vowel && table.nounsInVowelAndY.indexOf(word.substring(0, rest + 1)) < 0;
      }
      if (table.imperativeThird.indexOf(suffix) >= 0) { return before === 'л' || before === 'н'; }
      if (table.adjectiveAfterConsonant.indexOf(suffix) >= 0) {
        return !vowel && word.substring(rest - 2, rest + 1) !== table.borrowedNg &&
          (table.voiceless.indexOf(before) >= 0) === (first === 'қ' || first === 'к');
      }
      if (suffix.length === 1) { return vowel; }
      switch (first) {
        case 'т': case 'қ': case 'к': case 'п':
          return table.voiceless.indexOf(before) >= 0 || table.borrowedFinals.indexOf(before) >= 0;
        case 'д': case 'ғ': case 'г': case 'б': return table.voiceless.indexOf(before) < 0;
        case 'н': return vowel || 'нмң'.indexOf(before) >= 0;
        case 'л': return vowel || 'рйу'.indexOf(before) >= 0;
        case 'с': case 'й': return vowel;
        default: return true;
      }
    }
    function endsInParticiple(word, end) {
      for (var i = 0; i < table.participles.length; i++) {
        var participle = table.participles[i], rest = end - participle.length;
        if (rest >= table.minStemBeforeLong && word.substring(rest, end) === participle &&
            canFollow(word, rest, participle)) {
          return true;
        }
      }
      return false;
    }
    function minStem(word, rest, suffix, previous) {
      var consonantBefore = !isVowel(word.charAt(rest - 1));
      if ((suffix.length >= 3 || suffix === 'у' || (previous === null && table.beforeShortRoot.indexOf(suffix) >= 0)) &&
          rest === table.minStemBeforeLong && consonantBefore) {
        return table.minStemBeforeLong;
      }
      if (previous === null && rest === table.minStemBeforeLong && table.shortNounEndings.indexOf(suffix) >= 0 &&
          table.shortNouns.indexOf(word.substring(0, rest)) >= 0) {
        return table.minStemBeforeLong;
      }
      if (table.passiveYn.indexOf(suffix) >= 0) {
        return table.passiveYnRoots.indexOf(word.substring(0, rest)) >= 0 && afterVerbEnding(previous)
          ? table.minStemBeforeLong : word.length;
      }
      if (table.passive.indexOf(suffix) >= 0) {
        return afterVerbEnding(previous) &&
          !(table.pastAfterPassive.indexOf(previous) >= 0 && table.nounsLikePassive.indexOf(word) >= 0)
          ? table.minStem : table.minStemBeforeOneLetter;
      }
      if (table.possessiveVowel.indexOf(suffix) >= 0 && consonantBefore) { return table.minStem; }
      return suffix.length === 1 && suffix !== 'у' ? table.minStemBeforeOneLetter : table.minStem;
    }
    /** Mirrors KazakhStemmer.afterVerbEnding. */
    function afterVerbEnding(previous) {
      return previous !== null &&
        (table.beforePassive.indexOf(previous) >= 0 || table.pastAfterPassive.indexOf(previous) >= 0);
    }
    function hasVowel(word, end) {
      for (var i = 0; i < end; i++) { if (isVowel(word.charAt(i))) { return true; } }
      return false;
    }
    /** The word with each ю after a vowel written as the й and у it stands for (жою as жойу: KazakhStemmer). */
    function yuSpelledOut(word) {
      var out = word.substring(0, 2);
      for (var i = 2; i < word.length; i++) {
        var c = word.charAt(i);
        out += c === 'ю' && isVowel(word.charAt(i - 1)) ? 'йу' : c;
      }
      return out;
    }
    /**
     * What `suffix`, cut after `previous`, leaves of a verb: without a passive after а or е, or a verb's -н before
     * the past, then without its stem's vowel (KazakhStemmer).
     */
    function verbStem(stem, suffix, previous) {
      var rest = stem.length - 1;
      if (rest >= table.minStemBeforeOneLetter && endsInPassiveAfterVowel(stem, suffix, previous)) {
        return withoutStemVowel(stem.substring(0, rest));
      }
      return table.verbAfterVowel.indexOf(suffix) >= 0 ? withoutStemVowel(stem) : stem;
    }
    function endsInPassiveAfterVowel(stem, suffix, previous) {
      if (table.beforePassive.indexOf(suffix) >= 0 || table.passive.indexOf(suffix) >= 0) {
        return table.passiveAfterVowel.indexOf(stem.substring(stem.length - 2)) >= 0;
      }
      return table.pastAfterPassive.indexOf(suffix) >= 0 && previous === null &&
        table.passiveBeforePast.indexOf(stem.substring(stem.length - 3)) >= 0 &&
        table.nounsLikePassiveBeforePast.indexOf(stem) < 0;
    }
    function withoutStemVowel(stem) {
      var rest = stem.length - 1;
      return table.verbStemVowel.indexOf(stem.substring(rest)) >= 0 && rest >= table.minStemBeforeLong &&
        !isVowel(stem.charAt(rest - 1)) && hasVowel(stem, rest) ? stem.substring(0, rest) : stem;
    }
    /**
     * The ending to remove from `word`, whose last removed ending was `previous`; null if none. The ending is
     * compared first, as in KazakhStemmer: most of the suffixes fail there, cheaply.
     */
    function endingOf(word, previous) {
      for (var i = 0; i < table.suffixes.length; i++) {
        var suffix = table.suffixes[i];
        var rest = word.length - suffix.length;
        if (rest > 0 && endsWith(word, suffix) && rest >= minStem(word, rest, suffix, previous) &&
            hasVowel(word, rest) && canFollow(word, rest, suffix)) {
          return suffix;
        }
      }
      return null;
    }
    return function (word) {
      var stem = word.indexOf('ю', 2) < 0 ? word : yuSpelledOut(word);
      var previous = null;
      for (var round = 0; round < table.rounds; round++) {
        var suffix = endingOf(stem, previous);
        if (suffix === null) { break; }
        var cut = stem.substring(0, stem.length - suffix.length);
        var shorter = verbStem(cut, suffix, previous);
        var last = shorter.charAt(shorter.length - 1);
        var beforeVowel = isVowel(suffix.charAt(0)) || shorter.length < cut.length;
        stem = beforeVowel && table.unvoice.hasOwnProperty(last) && !endsWith(shorter, table.borrowedNg)
          ? shorter.substring(0, shorter.length - 1) + table.unvoice[last] : shorter;
        if (shorter.length < cut.length) { break; }
        previous = suffix;
      }
      return stem;
    };
  }

  // Snowball's Russian stemmer (snowball.tartarus.org/algorithms/russian), as Lucene runs it.
  var russianStem = (function () {
    var V = 'аеиоуыэюя';
    function among(word, start, list) {
      var best = null;
      for (var i = 0; i < list.length; i++) {
        var s = list[i];
        if (s.length <= word.length - start && endsWith(word, s) &&
            (best === null || s.length > best.length)) { best = s; }
      }
      return best;
    }
    function endsBefore(word, suffix, letters) {
      var ch = word.charAt(word.length - suffix.length - 1);
      return letters.indexOf(ch) >= 0;
    }
    var GERUND1 = ['в', 'вши', 'вшись'];
    var GERUND2 = ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'];
    var ADJECTIVE = ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его',
      'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'];
    var PARTICIPLE1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
    var PARTICIPLE2 = ['ивш', 'ывш', 'ующ'];
    var REFLEXIVE = ['ся', 'сь'];
    var VERB1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
    var VERB2 = ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен',
      'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'];
    var NOUN = ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й',
      'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я'];

    // An among over two groups: the first group's endings need а or я before them; the longest match decides.
    function twoGroups(word, rv, first, second) {
      var a = among(word, rv, first);
      var b = among(word, rv, second);
      if (a === null && b === null) { return null; }
      if (b !== null && (a === null || b.length > a.length)) { return word.substring(0, word.length - b.length); }
      if (word.length - a.length - 1 >= rv && endsBefore(word, a, 'ая')) { return word.substring(0, word.length - a.length); }
      return null;
    }
    function adjectival(word, rv) {
      var a = among(word, rv, ADJECTIVE);
      if (a === null) { return null; }
      var w = word.substring(0, word.length - a.length);
      var p = twoGroups(w, rv, PARTICIPLE1, PARTICIPLE2);
      return p === null ? w : p;
    }
    return function (input) {
      var word = input.replace(/ё/g, 'е');
      var rv = word.length;
      var p2 = word.length;
      var i = 0;
      while (i < word.length && V.indexOf(word.charAt(i)) < 0) { i++; }
      if (i < word.length) {
        rv = i + 1;
        var j = rv;
        while (j < word.length && V.indexOf(word.charAt(j)) >= 0) { j++; }
        if (j < word.length) {
          j++;
          while (j < word.length && V.indexOf(word.charAt(j)) < 0) { j++; }
          if (j < word.length) {
            j++;
            while (j < word.length && V.indexOf(word.charAt(j)) >= 0) { j++; }
            if (j < word.length) { p2 = j + 1; }
          }
        }
      }
      var w = twoGroups(word, rv, GERUND1, GERUND2);
      if (w === null) {
        w = word;
        var r = among(w, rv, REFLEXIVE);
        if (r !== null) { w = w.substring(0, w.length - r.length); }
        var next = adjectival(w, rv);
        if (next === null) { next = twoGroups(w, rv, VERB1, VERB2); }
        if (next === null) {
          var n = among(w, rv, NOUN);
          if (n !== null) { next = w.substring(0, w.length - n.length); }
        }
        if (next !== null) { w = next; }
      }
      if (w.length > rv && w.charAt(w.length - 1) === 'и') { w = w.substring(0, w.length - 1); }
      var d = among(w, rv, ['ост', 'ость']);
      if (d !== null && w.length - d.length >= p2) { w = w.substring(0, w.length - d.length); }
      var t = among(w, rv, ['ейш', 'ейше', 'н', 'ь']);
      if (t === 'ейш' || t === 'ейше') {
        w = w.substring(0, w.length - t.length);
        if (w.length - 2 >= rv && w.substring(w.length - 2) === 'нн') { w = w.substring(0, w.length - 1); }
      } else if (t === 'н') {
        if (w.length - 2 >= rv && w.substring(w.length - 2) === 'нн') { w = w.substring(0, w.length - 1); }
      } else if (t === 'ь') {
        w = w.substring(0, w.length - 1);
      }
      return w;
    };
  })();

  var YO_AND_SHORT_I = { 'ё': 'е', 'й': 'и' };
  var stemmers = {};

  /** The terms of `text` in a chain: 'kk', 'ru', 'folded' or 'plain', as AdalAnalyzer makes them. */
  function analyze(text, chain, m) {
    if (!stemmers.kk) {
      stemmers.kk = kazakhStemmer(withRules(m.stemmer, m.stemmerRules));
      stemmers.folded = kazakhStemmer(withRules(folded(m.stemmer, m.letters.kazakhToRussian), m.stemmerRules));
    }
    // as AdalAnalyzer.initReader: invisible characters out (Letters.isInvisible), a dot between digits a hyphen: 6.1.2
    // is one word with parts
    var words = withHyphenParts(tokenize(text.replace(INVISIBLE, '').replace(/([0-9])\.(?=[0-9])/g, '$1-')));
    var out = [];
    for (var i = 0; i < words.length; i++) {
      // look-alikes before lower case, as the case tells the letter meant: ОHК is онк, жаhандық жаһандық
      var word = lower(repairLookalikes(words[i], m));
      if (chain === 'folded') {
        word = mapLetters(word, m.letters.kazakhToRussian);
        if (hasCyrillic(word)) { word = stemmers.folded(word); }
      } else if (chain !== 'plain' && hasCyrillic(word)) {
        word = hasKazakhLetter(word, m) || chain === 'kk' ? stemmers.kk(word) : russianStem(word);
      }
      out.push(chain === 'plain' ? word : mapLetters(word, YO_AND_SHORT_I));
    }
    return out;
  }

  // ---- The client index ----
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /**
   * Mirrors TermShards.of: a word by its first two letters, folded, so its Kazakh and folded terms share a shard; a
   * term with a digit whole, in the shards after the words'.
   */
  function shardOf(term, m) {
    var fold = m.letters.kazakhToRussian;
    function code(c) { return (fold.hasOwnProperty(c) ? fold[c] : c).charCodeAt(0); }
    if (/[0-9]/.test(term)) {
      var h = 0;
      for (var i = 0; i < term.length; i++) { h = (h + code(term.charAt(i))) * 48271 % 2147483647; }
      return m.shards + h % m.numberShards;
    }
    return (code(term.charAt(0)) * 31 + (term.length > 1 ? code(term.charAt(1)) : 0)) % m.shards;
  }
  var DIGIT_VALUES = (function () {
    var values = [];
    for (var d = 0; d < DIGITS.length; d++) { values[DIGITS.charCodeAt(d)] = d; }
    return values;
  })();
  var decoded = {};
  /**
   * Postings of a term in a field, grouped as PostingList.encode writes them, as [doc, freq, norm, doc, freq, norm,
   * ...]. Kept once decoded under `key`: a query ranks again after its tails arrive, and people repeat and refine
   * queries.
   */
  function decode(encoded, key) {
    if (decoded.hasOwnProperty(key)) { return decoded[key]; }
    var out = [];
    var i = 0;
    function next() {
      var value = 0;
      var shift = 0;
      var digit;
      do {
        digit = DIGIT_VALUES[encoded.charCodeAt(i++)];
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit >= 32);
      return value;
    }
    while (i < encoded.length) {
      var freq = next();
      var norm = next();
      var count = next();
      var doc = -1;
      for (var k = 0; k < count; k++) {
        doc += next();
        out.push(doc, freq, norm);
      }
    }
    decoded[key] = out;
    return out;
  }
  /** Terms of the stemmed fields (title, headings, body), or of the folded field, with this prefix, sorted. */
  function termsStartingWith(prefix, termData, foldedField) {
    var terms = [];
    for (var term in termData) {
      var entry = termData[term];
      if (termData.hasOwnProperty(term) && term.substring(0, 2) === prefix &&
          (foldedField ? entry[3] : (entry[0] || entry[1] || entry[2]))) {
        terms.push(term);
      }
    }
    return terms.sort(compareStrings);
  }
  function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // ---- The query plan (mirrors QueryPlanner) ----
  var STEMMED = ['title', 'headings', 'body'];

  /** `found` is what termsFor loaded: the terms' entries, and the folded members of the glossary entries it brought. */
  function plan(query, m, found) {
    var termData = found.terms;
    var p = m.planner;
    var words = analyze(query, 'plain', m);
    var typing = query.length > 0 && !/\s$/.test(query);
    var stemsOf = [];
    var clausesOf = [];
    var planned = [];
    var glossaryUsed = [];
    var withSynonyms = {};
    function add(clauses, field, term, boost) {
      var key = field + '\u0000' + term;
      if (!clauses[key] || clauses[key].boost < boost) { clauses[key] = { field: field, term: term, boost: boost }; }
    }
    /** Mirrors QueryPlanner.addFolded. */
    function addFolded(clauses, term, weight) {
      add(clauses, 'folded', term, fround(fround(m.boosts.folded) * fround(weight)));
    }
    function addStemmed(clauses, term, weight) {
      for (var f = 0; f < STEMMED.length; f++) {
        add(clauses, STEMMED[f], term, fround(fround(m.boosts[STEMMED[f]]) * fround(weight)));
      }
    }
    function dictionary(prefix) { return termsStartingWith(prefix, termData, false); }
    function foldedDictionary(prefix) { return termsStartingWith(prefix, termData, true); }
    function isIn(term, terms) { return term.length >= 2 && terms(term.substring(0, 2)).indexOf(term) >= 0; }
    /** Mirrors QueryPlanner.isIndexed: whether a clause's term is in the index, in its field's terms. */
    function isIndexed(clause) { return isIn(clause.term, clause.field === 'folded' ? foldedDictionary : dictionary); }
    /** Mirrors QueryPlanner.typosOf: the terms a stem is a typo of, with up to `errors` typing errors. */
    function typosOf(stem, errors) {
      // as QueryPlanner: no typo in a number
      if (stem.length < shortestWithTypos(errors, p) || /[0-9]/.test(stem)) { return []; }
      return dictionary(stem.substring(0, 2)).filter(function (t) {
        return isWord(t) && isTypoOf(stem, t, errors, p);
      }).slice(0, p.maxFuzzy);
    }
    function completionsOf(typed, terms) {
      return terms(typed.substring(0, 2)).filter(function (t) {
        return t.length > typed.length && t.substring(0, typed.length) === typed && isWord(t);
      }).slice(0, p.maxPrefix);
    }
    /** as much as was typed of the completion: a whole word ranks above the longer words it begins */
    function typedShare(typed, term) { return fround(fround(fround(p.prefix) * typed.length) / term.length); }
    /** Mirrors QueryPlanner.addTypingTerms: completions, folded completions, or the stem typed so far. */
    function addTypingTerms(clauses, word, typed, stems, foldedTerms) {
      // a word of the text typed whole: the longer words it begins rank below it (QueryPlanner.AFTER_A_WHOLE_WORD)
      var whole = stems.some(function (t) { return isIn(t, dictionary); }) ||
        foldedTerms.some(function (t) { return isIn(t, foldedDictionary); });
      var share = whole ? p.afterAWholeWord : 1;
      var longer = completionsOf(typed, dictionary);
      var l;
      for (l = 0; l < longer.length; l++) { addStemmed(clauses, longer[l], typedShare(typed, longer[l]) * share); }
      if (longer.length > 0) { return; }
      var foldedTyped = mapLetters(mapLetters(word, m.letters.kazakhToRussian), YO_AND_SHORT_I);
      var foldedLonger = completionsOf(foldedTyped, foldedDictionary);
      for (l = 0; l < foldedLonger.length; l++) {
        addFolded(clauses, foldedLonger[l], typedShare(foldedTyped, foldedLonger[l]) * share);
      }
      if (foldedLonger.length > 0 || whole) { return; }
      var stem = stemTypedSoFar(typed, dictionary, typedEndings(m, false));
      if (stem !== null) { addStemmed(clauses, stem, typedShare(stem, typed)); return; }
      var foldedStem = stemTypedSoFar(foldedTyped, foldedDictionary, typedEndings(m, true));
      if (foldedStem !== null) { addFolded(clauses, foldedStem, typedShare(foldedStem, foldedTyped)); return; }
      var stemBefore = stemBeforeLastLetter(word, typed, 'kk', dictionary, false);
      if (stemBefore !== null) { addStemmed(clauses, stemBefore, typedShare(stemBefore, typed)); return; }
      var foldedBefore = stemBeforeLastLetter(word, foldedTyped, 'folded', foldedDictionary, true);
      if (foldedBefore !== null) { addFolded(clauses, foldedBefore, typedShare(foldedBefore, foldedTyped)); }
    }
    /** Mirrors QueryPlanner.stemBeforeLastLetter: the word's terms without a last letter that begins an ending. */
    function stemBeforeLastLetter(word, typed, chain, terms, foldedEndings) {
      if (word.length <= p.minTypedStem + 1 ||
          !beginsEndings(typed.substring(typed.length - 1), 1, typedEndings(m, foldedEndings).list)) { return null; }
      var stems = analyze(word.substring(0, word.length - 1), chain, m);
      for (var k = 0; k < stems.length; k++) {
        if (isWord(stems[k]) && isIn(stems[k], terms)) { return stems[k]; }
      }
      return null;
    }
    /**
     * Mirrors QueryPlanner.stemTypedSoFar: the stem of a word typed up to one of its endings (адамдард), also with
     * its last consonant unvoiced (шеңб: шеңп).
     */
    function stemTypedSoFar(typed, terms, endings) {
      if (typed.length <= p.minTypedStem) { return null; }
      var candidates = terms(typed.substring(0, 2));
      for (var end = typed.length; end >= p.minTypedStem; end--) {
        var rest = typed.substring(end);
        var last = typed.charAt(end - 1);
        var unvoiced = endings.unvoice.hasOwnProperty(last) ? typed.substring(0, end - 1) + endings.unvoice[last] : null;
        var stems = [typed.substring(0, end), unvoiced];
        for (var k = 0; k < stems.length; k++) {
          if (stems[k] !== null && isWord(stems[k]) && candidates.indexOf(stems[k]) >= 0 &&
              (rest === '' || beginsEndings(rest, m.stemmerRules.rounds, endings.list))) {
            return stems[k];
          }
        }
      }
      // two letters only where the stemmer leaves two, a common two-letter noun or a verb's root before -у or its
      // passive -ын, and with two endings at most
      var root = typed.substring(0, 2);
      var rootRest = typed.substring(2);
      return candidates.indexOf(root) >= 0 &&
        (m.stemmerRules.shortNouns.indexOf(root) >= 0 || rootRest.charAt(0) === 'у' || beforeItsPassive(root, rootRest)) &&
        beginsEndings(rootRest, p.roundsAfterTwoLetters, endings.list) ? root : null;
    }
    /** Whether rest starts with the passive -ын of a two-letter verb root (ал+ын: QueryPlanner.beforeItsPassive). */
    function beforeItsPassive(root, rest) {
      var rules = m.stemmerRules;
      if (rules.passiveYnRoots.indexOf(root) < 0) { return false; }
      for (var i = 0; i < rules.passiveYn.length; i++) {
        if (rest.substring(0, rules.passiveYn[i].length) === rules.passiveYn[i]) { return true; }
      }
      return false;
    }
    function beginsEndings(rest, rounds, endings) {
      for (var e = 0; e < endings.length; e++) {
        var ending = endings[e];
        if (ending.substring(0, rest.length) === rest || (rounds > 1 && rest.length > ending.length &&
            rest.substring(0, ending.length) === ending && beginsEndings(rest.substring(ending.length), rounds - 1, endings))) {
          return true;
        }
      }
      return false;
    }
    /** Mirrors QueryPlanner.addSynonyms: a member of one word as its terms, a phrase as its phrase term. */
    function addSynonyms(clauses, e) {
      used(e);
      forEachSynonymTerm(m.glossary[e], m.glossaryPhrases[e], function (term) {
        addStemmed(clauses, term, fround(p.synonym));
      });
      forEachSynonymTerm(found.glossaryFolded[e], found.glossaryFoldedPhrases[e], function (term) {
        addFolded(clauses, term, p.synonym);
      });
    }
    function used(e) {
      if (glossaryUsed.indexOf(e) < 0) { glossaryUsed.push(e); }
    }
    function forEachSynonymTerm(members, phrases, to) {
      for (var a = 0; a < members.length; a++) {
        if (phrases[a]) { to(phrases[a]); } else { members[a].forEach(to); }
      }
    }
    /** Mirrors QueryPlanner.addAlignedSynonyms: each word of a glossary phrase gets the synonyms in its place. */
    function addAlignedSynonyms(clausesOf, at, e) {
      used(e);
      for (var t = 0; t < m.glossary[e].length; t++) {
        alignTo(at.length, m.glossary[e][t], m.glossaryPhrases[e][t], function (place, term) {
          addStemmed(clausesOf[at[place]], term, fround(p.synonym));
        });
        alignTo(at.length, found.glossaryFolded[e][t], found.glossaryFoldedPhrases[e][t], function (place, term) {
          addFolded(clausesOf[at[place]], term, p.synonym);
        });
      }
    }
    /** Mirrors QueryPlanner.alignTo: a phrase of another length goes whole to every place. */
    function alignTo(places, terms, phrase, to) {
      var k = terms.length;
      var j;
      if (phrase && k !== places) {
        for (j = 0; j < places; j++) { to(j, phrase); }
      } else if (k >= places) {
        for (j = 0; j < k; j++) { to(Math.floor(j * places / k), terms[j]); }
      } else if (k > 0) {
        for (j = 0; j < places; j++) { to(j, terms[Math.floor(j * k / places)]); }
      }
    }
    /** Mirrors QueryPlanner.wordsOf: the words that hold a member's terms, one after another where they can be. */
    function wordsOf(member, stemsOf) {
      var first = member.map(function (t) { return wordWith(t, stemsOf, 0); });
      if (first.indexOf(-1) >= 0) { return null; }
      var inOrder = [];
      for (var t = 0; t < member.length; t++) {
        inOrder.push(wordWith(member[t], stemsOf, t === 0 ? 0 : inOrder[t - 1] + 1));
        if (inOrder[t] < 0) { return first; }
      }
      return inOrder;
    }
    function wordWith(stem, stemsOf, from) {
      for (var w = from; w < stemsOf.length; w++) { if (stemsOf[w].indexOf(stem) >= 0) { return w; } }
      return -1;
    }
    function sortedClauses(clauses) {
      var keys = Object.keys(clauses).sort(compareStrings);
      return keys.map(function (k) { return clauses[k]; });
    }
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      var clauses = {};
      var stems = unique(analyze(word, 'kk', m).concat(analyze(word, 'ru', m)));
      var s;
      stemsOf.push(stems);
      clausesOf.push(clauses);
      for (s = 0; s < stems.length; s++) {
        addStemmed(clauses, stems[s], 1);
        var near = typosOf(stems[s], 1);
        for (var n = 0; n < near.length; n++) { addStemmed(clauses, near[n], fround(p.fuzzy)); }
      }
      var folded = analyze(word, 'folded', m);
      for (var f = 0; f < folded.length; f++) { addFolded(clauses, folded[f], 1); }
      var prefix = mapLetters(word, YO_AND_SHORT_I);
      if (typing && i === words.length - 1 && prefix.length >= p.prefixMinLength && !/[0-9]/.test(prefix)) {
        addTypingTerms(clauses, word, prefix, stems, folded);
      }
      for (var e = 0; e < m.glossary.length; e++) {
        if (m.glossary[e].some(function (member) { return member.length === 1 && stems.indexOf(member[0]) >= 0; })) {
          addSynonyms(clauses, e);
          withSynonyms[i] = true;
        }
      }
    }
    for (var g = 0; g < m.glossary.length; g++) {
      for (var k = 0; k < m.glossary[g].length; k++) {
        var at = m.glossary[g][k].length > 1 ? wordsOf(m.glossary[g][k], stemsOf) : null;
        if (at) {
          addAlignedSynonyms(clausesOf, at, g);
          at.forEach(function (place) { withSynonyms[place] = true; });
        }
      }
    }
    // as QueryPlanner: a word that matches nothing gets the glossary entries of a term it is a typing error of, else
    // the terms two typing errors away
    for (var v = 0; v < words.length; v++) {
      if (withSynonyms[v] || Object.keys(clausesOf[v]).some(function (key) { return isIndexed(clausesOf[v][key]); })) {
        continue;
      }
      var entriesNear = glossaryEntriesNear(stemsOf[v], m);
      entriesNear.forEach(function (e) { addSynonyms(clausesOf[v], e); });
      if (entriesNear.length === 0) {
        stemsOf[v].forEach(function (stem) {
          typosOf(stem, 2).forEach(function (t) { addStemmed(clausesOf[v], t, fround(p.twoTypos)); });
        });
      }
    }
    for (var w = 0; w < words.length; w++) {
      planned.push({ text: words[w], clauses: sortedClauses(clausesOf[w]) });
    }
    // the members, as written, of each glossary entry whose synonyms the query searched too
    planned.glossary = glossaryUsed.map(function (e) { return found.glossaryWritten[e] || []; });
    return planned;
  }
  var typedEndingsOf = {};
  /**
   * The Kazakh stemmer's endings with й as и, and the passive's л, н after a vowel (QueryPlanner.ENDINGS), written
   * or folded; `unvoice` holds the stemmer's voiced consonants and what it makes of them.
   */
  function typedEndings(m, foldedField) {
    var key = foldedField ? 'folded' : 'written';
    if (!typedEndingsOf.hasOwnProperty(key)) {
      var own = foldedField ? folded(m.stemmer, m.letters.kazakhToRussian) : m.stemmer;
      typedEndingsOf[key] = {
        list: unique(own.suffixes.concat(['л', 'н']).map(function (x) { return mapLetters(x, YO_AND_SHORT_I); })),
        unvoice: own.unvoice
      };
    }
    return typedEndingsOf[key];
  }
  /** As QueryPlanner.isWord: a term a typo or a completion may be, not a number nor a glossary phrase's term. */
  function isWord(term) { return !/[0-9 ]/.test(term); }
  function unique(list) {
    var seen = {};
    return list.filter(function (x) { if (seen[x]) { return false; } seen[x] = true; return true; });
  }
  /** As Typos.oneApart: one letter added, left out or changed, or two side by side swapped. */
  function oneApart(a, b) {
    if (a.length === b.length) {
      var i = 0;
      while (i < a.length && a.charAt(i) === b.charAt(i)) { i++; }
      if (i === a.length) { return false; }
      var swapped = i + 1 < a.length && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i);
      return a.substring(i + 1) === b.substring(i + 1) || (swapped && a.substring(i + 2) === b.substring(i + 2));
    }
    var shorter = a.length < b.length ? a : b;
    var longer = a.length < b.length ? b : a;
    var j = 0;
    while (j < shorter.length && shorter.charAt(j) === longer.charAt(j)) { j++; }
    return shorter.substring(j) === longer.substring(j + 1);
  }
  /** As QueryPlanner.glossaryEntriesNear: the entries with a member of one word that a stem is a typing error of. */
  function glossaryEntriesNear(stems, m) {
    var entries = [];
    m.glossary.forEach(function (entry, e) {
      var near = entry.some(function (member) {
        return member.length === 1 && stems.some(function (stem) {
          return isTypoOf(stem, member[0], 1, m.planner) || isTypoOf(stem, member[0], 2, m.planner);
        });
      });
      if (near) { entries.push(e); }
    });
    return entries;
  }
  /** As QueryPlanner.isTypoOf: at most `errors` typing errors, first two letters kept, never in a number. */
  function isTypoOf(typed, term, errors, p) {
    if (typed.length < shortestWithTypos(errors, p) || /[0-9]/.test(typed) ||
        typed.substring(0, 2) !== term.substring(0, 2) || typed === term ||
        Math.abs(typed.length - term.length) > errors) { return false; }
    return errors < 2 ? oneApart(typed, term) : typos(typed, term) <= errors;
  }
  function shortestWithTypos(errors, p) { return errors < 2 ? p.fuzzyMinLength : p.twoTyposMinLength; }
  /** As Typos.count: the fewest typing errors that turn a into b, each letter touched once. */
  function typos(a, b) {
    var beforeLast = [];
    var last = [];
    var current = [];
    var i, j;
    for (j = 0; j <= b.length; j++) { last.push(j); }
    for (i = 1; i <= a.length; i++) {
      current = [i];
      for (j = 1; j <= b.length; j++) {
        var changed = last[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1);
        current.push(Math.min(current[j - 1] + 1, last[j] + 1, changed));
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforeLast[j - 2] + 1);
        }
      }
      beforeLast = last;
      last = current;
    }
    return last[b.length];
  }

  // ---- BM25 exactly as Lucene's BM25Similarity (k1 = 1.2, b = 0.75) ----
  var K1 = fround(1.2);
  var B = fround(0.75);
  var normCache = {};

  /**
   * The document length a norm byte stands for: Lucene's SmallFloat.byte4ToInt, lengths up to 23 exact, then three
   * bits of mantissa. 24 is 255 - SmallFloat.longToInt4(Integer.MAX_VALUE).
   */
  function lengthOf(normByte) {
    var exact = 24;
    if (normByte < exact) { return normByte; }
    var i = normByte - exact;
    var bits = i & 7;
    var shift = (i >> 3) - 1;
    return Math.min(exact + (shift === -1 ? bits : (bits | 8) * Math.pow(2, shift)), 2147483647);
  }

  function normInverses(field, m) {
    if (normCache[field]) { return normCache[field]; }
    var stats = m.stats[field];
    var avgdl = fround(stats[1] / stats[0]);
    var cache = [];
    for (var i = 0; i < 256; i++) {
      var x = fround(fround(B * lengthOf(i)) / avgdl);
      cache.push(fround(1 / fround(K1 * fround(fround(1 - B) + x))));
    }
    normCache[field] = cache;
    return cache;
  }
  /**
   * A clause's postings as loaded so far: `docs` and their `scores` side by side. A term in many documents has its
   * postings split: the head, those that score highest, comes with the term; while its tail is not loaded, `tail`
   * names it and `bound` is the most any document in it can score.
   */
  function clauseList(clause, m, termData) {
    var list = { docs: [], scores: [], tail: null, bound: 0 };
    var f = m.fields.indexOf(clause.field);
    var entry = termData[clause.term];
    if (!entry || !entry[f]) { return list; }
    var stored = entry[f];
    var tiered = typeof stored !== 'string';
    var head = decode(tiered ? stored[0] : stored, clause.field + '\u0000' + clause.term);
    var docFreq = tiered ? stored[1] : head.length / 3;
    var docCount = m.stats[clause.field][0];
    var idf = fround(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
    var weight = fround(fround(clause.boost) * idf);
    var cache = normInverses(clause.field, m);
    function score(freq, norm) { return fround(weight - fround(weight / fround(1 + fround(freq * cache[norm])))); }
    function add(postings) {
      for (var i = 0; i < postings.length; i += 3) {
        list.docs.push(postings[i]);
        list.scores.push(score(postings[i + 1], postings[i + 2]));
      }
    }
    add(head);
    if (tiered && loaded.hasOwnProperty('x' + stored[2])) {
      add(decode(loaded['x' + stored[2]] || '', 'x' + stored[2]));
    } else if (tiered) {
      list.tail = stored[2];
      list.bound = score(stored[3], stored[4]);
    }
    return list;
  }
  /**
   * A word scores as its best clause (DisjunctionMaxQuery, tie-breaker 0): `best` holds what is known of the
   * documents `matched` (listed in `docs`), `open` the clauses whose tails are not loaded (`inHead` marking their
   * heads' documents), `bound` the most a document in none of their heads can score. Arrays indexed by document,
   * since a common word's tail holds most of the archive and objects keyed by document took most of a query's time.
   */
  function wordLists(word, m, termData) {
    var lists = word.clauses.map(function (c) { return clauseList(c, m, termData); });
    var state = { best: new Float64Array(m.docs), matched: new Uint8Array(m.docs), docs: [], open: [], bound: 0 };
    for (var c = 0; c < lists.length; c++) {
      var docs = lists[c].docs;
      var scores = lists[c].scores;
      for (var i = 0; i < docs.length; i++) {
        var doc = docs[i];
        if (!state.matched[doc]) {
          state.matched[doc] = 1;
          state.docs.push(doc);
          state.best[doc] = scores[i];
        } else if (scores[i] > state.best[doc]) {
          state.best[doc] = scores[i];
        }
      }
      if (lists[c].tail !== null) {
        lists[c].inHead = new Uint8Array(m.docs);
        for (var h = 0; h < docs.length; h++) { lists[c].inHead[docs[h]] = 1; }
        state.open.push(lists[c]);
        state.bound = Math.max(state.bound, lists[c].bound);
      }
    }
    return state;
  }
  /** The most a word can score for a document, counting the tails not loaded yet. */
  function upper(word, doc) {
    var most = word.best[doc];
    for (var i = 0; i < word.open.length; i++) {
      if (!word.open[i].inHead[doc] && word.open[i].bound > most) { most = word.open[i].bound; }
    }
    return most;
  }
  /**
   * The words that may match (of some clause), those of the same clauses, as a repeated word's (`01` in `09.01.2024
   * 2024-01-01`), as one word whose clauses count as many times, as QueryPlan.toLucene counts them: a term's score
   * with three times the boost is not always three times its score, to the last bit.
   */
  function distinctWords(words) {
    var seen = {};
    var distinct = [];
    words.forEach(function (w) {
      if (w.clauses.length === 0) { return; }
      var key = JSON.stringify(w.clauses);
      if (seen.hasOwnProperty(key)) {
        seen[key].count++;
      } else {
        seen[key] = { word: w, count: 1 };
        distinct.push(seen[key]);
      }
    });
    return distinct.map(function (d) {
      return d.count === 1 ? d.word : { text: d.word.text, clauses: d.word.clauses.map(function (c) {
        return { field: c.field, term: c.term, boost: fround(d.count * c.boost) };
      }) };
    });
  }
  /**
   * Ranks the documents that match at least `need` of the distinct words, keeping the best `limit`. Sums words as
   * Lucene's BooleanQuery does: in double, rounded once.
   * From the heads alone the result is `certain` when no document outside the exactly scored hits can reach the
   * `limit`-th score; otherwise `tails` lists what to load for an exact answer.
   */
  function rank(words, need, m, termData, accept, limit) {
    var perWord = distinctWords(words).map(function (w) { return wordLists(w, m, termData); });
    var tails = [];
    var seen = new Uint8Array(m.docs);
    var candidates = [];
    // the words with tails not loaded yet, and the most a document found in none of their heads can score
    var tailed = 0;
    var tailBound = 0;
    perWord.forEach(function (w) {
      w.open.forEach(function (l) { tails.push(l.tail); });
      if (w.bound > 0) { tailed++; tailBound += w.bound; }
      for (var i = 0; i < w.docs.length; i++) {
        if (!seen[w.docs[i]]) { seen[w.docs[i]] = 1; candidates.push(w.docs[i]); }
      }
    });
    var hits = [];
    var bound = -Infinity;
    for (var c = 0; c < candidates.length; c++) {
      var d = candidates[c];
      if (!accept(d)) { continue; }
      var exact = true;
      var matched = 0;
      var reaching = 0;
      var sum = 0;
      var most = 0;
      for (var k = 0; k < perWord.length; k++) {
        var w = perWord[k];
        var u = upper(w, d);
        exact = exact && u <= w.best[d];
        if (w.matched[d]) { sum += w.best[d]; matched++; }
        if (u > 0) { reaching++; }
        most += u;
      }
      if (exact && matched >= need) {
        keepBest(hits, { doc: d, score: fround(sum) }, limit);
      } else if (!exact && reaching >= need) {
        bound = Math.max(bound, most);
      }
    }
    if (tailed >= need) { bound = Math.max(bound, tailBound); }
    // the bound sums in double without Lucene's rounding: a margin keeps the comparison safe
    var certain = bound === -Infinity || (hits.length >= limit && hits[limit - 1].score > bound * (1 + 1e-6));
    return { hits: hits, certain: certain, tails: tails };
  }
  /** Puts `hit` into `hits`, best first (higher score, then lower document), if it is among the best `limit`. */
  function keepBest(hits, hit, limit) {
    var at = hits.length;
    while (at > 0 && isBetter(hit, hits[at - 1])) { at--; }
    if (at >= limit) { return; }
    hits.splice(at, 0, hit);
    if (hits.length > limit) { hits.pop(); }
  }
  function isBetter(a, b) { return a.score > b.score || (a.score === b.score && a.doc < b.doc); }
  /**
   * All words if some document has them all; else those with the most of them, best first, then those with one
   * fewer, down to one (`кім қол қойды`: the protocol signed before every text of `қол жеткізу`). Tails are loaded
   * only when needed.
   */
  function ranked(words, m, termData, accept, limit) {
    var count = distinctWords(words).length;
    var hits = [];
    for (var need = count; need > 0 && hits.length < limit; need--) {
      var result = rank(words, need, m, termData, accept, limit);
      if (!result.certain) {
        return Promise.all(result.tails.map(function (n) { return load('x' + n, 'search/tails/' + n + '.js'); }))
          .then(function () { return ranked(words, m, termData, accept, limit); });
      }
      result.hits.forEach(function (h) {
        if (hits.length < limit && !hits.some(function (x) { return x.doc === h.doc; })) { hits.push(h); }
      });
      if (hits.length > 0 && need === count) { return Promise.resolve({ hits: hits, partial: false }); }
    }
    return Promise.resolve({ hits: hits, partial: true });
  }

  // ---- Results ----
  /**
   * A word of results' text as the body and folded fields index it: [kk, ru, folded]. Kept for the session, since the
   * results of one query after another share most of their words and analysing them was most of a query's time.
   */
  var wordTerms = {};
  function termsOfWord(key, token, m) {
    if (!wordTerms.hasOwnProperty(key)) {
      wordTerms[key] = [analyze(token, 'kk', m)[0], analyze(token, 'ru', m)[0], analyze(token, 'folded', m)[0]];
    }
    return wordTerms[key];
  }

  /**
   * What the query matched among pieces of a text (see pieces): for each piece, the folded term of a matched word,
   * which its forms share (and the forms a Kazakh letter typed as its Russian substitute gives), else ''. A word of
   * a glossary phrase's term counts only where the phrase stands whole, as the index counts it: `госзакупки` marks
   * `сатып алу`, not every `алу`.
   */
  function matcher(words, m) {
    var stems = {};
    var phrases = [];
    var initials = {};
    var known = {};
    words.forEach(function (w) {
      w.clauses.forEach(function (c) {
        var terms = c.term.split(' ');
        // the stemmed fields share their terms
        var field = c.field === 'folded' ? 'folded' : 'body';
        if (terms.length === 1) {
          stems[c.field + ':' + c.term] = true;
        } else if (!stems.hasOwnProperty(field + ':' + c.term)) {
          // no word's term has a space: this only keeps the phrase once
          stems[field + ':' + c.term] = true;
          phrases.push({ field: field, terms: terms });
        }
        terms.forEach(function (t) { initials[initial(t, m)] = true; });
      });
    });
    /** A word's terms [kk, ru, folded], or none when its first letter begins no term of the query. */
    function termsOf(token) {
      // never a property every object has, such as __proto__
      var key = '#' + token;
      // analysis changes a word's ending, never its first letter: most words of a text are told apart by that
      // letter alone, without being analysed
      return initials.hasOwnProperty(initial(token, m)) ? termsOfWord(key, token, m) : [];
    }
    function word(token) {
      var key = '#' + token;
      if (!known.hasOwnProperty(key)) {
        known[key] = hit(token);
        // a hyphenated word is found by its parts too (3-міндет by міндет), and joined (unipass), as the index holds
        // it: marked whole when one of them matched
        var parts = known[key] || token.indexOf('-') < 0 ? [] : token.split('-').concat(token.replace(/-/g, ''));
        for (var i = 0; i < parts.length && !known[key]; i++) { known[key] = parts[i] ? hit(parts[i]) : ''; }
      }
      return known[key];
    }
    function hit(token) {
      var t = termsOf(token);
      return stems['body:' + t[0]] || stems['body:' + t[1]] || stems['folded:' + t[2]] ? '#' + t[2] : '';
    }
    function isTerm(token, field, term) {
      var t = termsOf(token);
      return field === 'folded' ? t[2] === term : t[0] === term || t[1] === term;
    }
    return function (parts) {
      var hits = [];
      for (var j = 0; j < parts.length; j++) { hits.push(j % 2 === 1 ? word(parts[j]) : ''); }
      phrases.forEach(function (phrase) {
        var n = phrase.terms.length;
        for (var at = 1; at + 2 * (n - 1) < parts.length; at += 2) {
          var whole = true;
          for (var k = 0; k < n && whole; k++) { whole = isTerm(parts[at + 2 * k], phrase.field, phrase.terms[k]); }
          for (k = 0; k < n && whole; k++) { hits[at + 2 * k] = hits[at + 2 * k] || '#' + termsOf(parts[at + 2 * k])[2]; }
        }
      });
      return hits;
    };
  }
  /**
   * A word's first letter with everything analysis may do to it undone into one letter: lower case, a Latin
   * look-alike as its Cyrillic letter, a Kazakh letter as its Russian-keyboard one, ё as е and й as и. A word and
   * each of its terms have the same.
   */
  function initial(word, m) {
    var c = lower(trimHyphens(word).charAt(0));
    c = m.letters.lookalikes.hasOwnProperty(c) ? m.letters.lookalikes[c] : c;
    c = m.letters.kazakhToRussian.hasOwnProperty(c) ? m.letters.kazakhToRussian[c] : c;
    c = YO_AND_SHORT_I.hasOwnProperty(c) ? YO_AND_SHORT_I[c] : c;
    // analysis reads a Latin H as Н and h as һ (folded х); lower-cased here, both are h: н and х share one initial
    return c === 'х' ? 'н' : c;
  }
  /**
   * About thirty words of `text` from a little before a matched word, the matched words marked: of the places where
   * such a window may begin, the first with the most different terms of the query (the whole phrase of `сатып алу`
   * rather than the first `алу`; both words of a query rather than the first word alone).
   */
  function excerpt(text, matches) {
    var parts = pieces(text);
    var hits = matches(parts);
    var start = 0;
    var most = 0;
    for (var i = 1; i < parts.length; i += 2) {
      if (hits[i]) {
        var from = Math.max(0, i - EXCERPT_BEFORE);
        var terms = termsIn(hits, from, from + EXCERPT_PIECES);
        if (terms > most) { most = terms; start = from; }
      }
    }
    // as long as the others where the words meet near the end of the text
    start = Math.max(0, Math.min(start, parts.length - EXCERPT_PIECES));
    var end = Math.min(parts.length, start + EXCERPT_PIECES);
    return (start > 0 ? '… ' : '') + markedHtml(parts, hits, start, end) + (end < parts.length ? ' …' : '');
  }
  /** Pieces of an excerpt (words and what lies between them), and how many of them come before its first match. */
  var EXCERPT_PIECES = 60;
  var EXCERPT_BEFORE = 16;
  /** How many different query terms the pieces `from` to `to` matched. */
  function termsIn(hits, from, to) {
    var seen = {};
    var count = 0;
    for (var j = from; j < Math.min(to, hits.length); j++) {
      if (hits[j] && !seen.hasOwnProperty(hits[j])) { seen[hits[j]] = true; count++; }
    }
    return count;
  }
  /** A title or breadcrumb step as HTML, the words the query matched in <mark>. */
  function marked(text, matches) {
    var parts = pieces(text);
    return markedHtml(parts, matches(parts), 0, parts.length);
  }
  /** Pieces `from` to `to` (see pieces) as escaped HTML, the matched words (see matcher) in <mark>. */
  function markedHtml(parts, hits, from, to) {
    var html = '';
    for (var j = from; j < to; j++) {
      html += hits[j] ? '<mark>' + escapeHtml(parts[j]) + '</mark>' : escapeHtml(parts[j]);
    }
    return html;
  }
  /**
   * The text cut into runs of the analyser's word characters (at odd indexes) and what lies between them (at even
   * indexes), so "Н.Е.Абуов" gives Абуов and a mark holds the word without the quotes around it.
   */
  function pieces(text) {
    var out = [];
    var from = 0;
    var inWord = false;
    for (var i = 0; i < text.length; i++) {
      // a soft hyphen inside a word keeps it whole, as analysis does
      var c = text.charCodeAt(i);
      if ((isTokenChar(c) || (inWord && isInvisible(c))) !== inWord) {
        out.push(text.substring(from, i));
        from = i;
        inWord = !inWord;
      }
    }
    out.push(text.substring(from));
    return out;
  }
  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  /**
   * The term files a query needs: the shards of its words' terms and prefixes, and the file of each glossary entry
   * it triggers, which holds the entry's synonyms (their own shards may be large and hold nothing else it needs).
   */
  function neededFiles(query, m) {
    var words = analyze(query, 'plain', m);
    var terms = [];
    var stems = [];
    words.forEach(function (w) {
      var own = analyze(w, 'kk', m).concat(analyze(w, 'ru', m));
      stems = stems.concat(own);
      terms = terms.concat([mapLetters(w, YO_AND_SHORT_I)], own, analyze(w, 'folded', m));
    });
    var shards = {};
    terms.forEach(function (t) { if (t) { shards[shardOf(t, m)] = true; } });
    var files = Object.keys(shards).map(Number).sort(function (a, b) { return a - b; }).map(function (n) {
      return { name: 't' + n, path: 'search/terms/' + n + '.js' };
    });
    // and the entries of a term a word is a typing error of, which the plan brings in if the word matches nothing
    var near = glossaryEntriesNear(stems, m);
    m.glossary.forEach(function (entry, e) {
      var triggered = entry.some(function (member) {
        return member.every(function (t) { return stems.indexOf(t) >= 0; });
      });
      if (triggered || near.indexOf(e) >= 0) {
        files.push({ name: 'g' + e, path: 'search/glossary/' + e + '.js', entry: e });
      }
    });
    return files;
  }

  /**
   * The entries of every term the query may need, and the folded members of each glossary entry it triggers (a
   * glossary file holds both; meta.js only the stemmed members, which tell whether a query triggers an entry).
   */
  function termsFor(query, m) {
    var files = neededFiles(query, m);
    return Promise.all(files.map(function (f) {
      return f.entry !== undefined ? load(f.name, f.path) : termShard(f, m);
    })).then(function (datas) {
      var found = { terms: {}, glossaryFolded: {}, glossaryFoldedPhrases: {}, glossaryWritten: {} };
      datas.forEach(function (d, i) {
        var glossaryFile = files[i].entry !== undefined;
        if (glossaryFile) {
          // every entry the plan brings in has its members' folded terms: none each, if its file did not load
          var e = files[i].entry;
          found.glossaryFolded[e] = d ? d.folded : m.glossary[e].map(function () { return []; });
          found.glossaryFoldedPhrases[e] = d ? d.foldedPhrases : m.glossary[e].map(function () { return ''; });
          found.glossaryWritten[e] = d ? d.written : [];
        }
        var terms = glossaryFile && d ? d.terms : d;
        for (var t in terms) { if (terms.hasOwnProperty(t)) { found.terms[t] = terms[t]; } }
      });
      return found;
    });
  }

  var shardEntries = {};
  /**
   * A term shard's entries by term, unpacked once: its file holds them as JSON in CyrillicBytes, deflated (see
   * ClientIndexWriter), which is half the bytes. The inflater came with meta.js, which needs it too.
   */
  function termShard(file, m) {
    return Promise.all([load(file.name, file.path), load('inflate', 'assets/search/inflate.js')]).then(function (files) {
      if (!shardEntries.hasOwnProperty(file.name)) {
        shardEntries[file.name] = files[0] ? unpack(files[0], NO_BYTES, files[1], m) : null;
      }
      return shardEntries[file.name];
    });
  }

  /** Runs a query: the plan, then all words; if nothing has them all, the best partial matches. */
  function execute(query, options, m) {
    return termsFor(query, m).then(function (lookup) {
      var words = plan(query, m, lookup);
      var accept = options.accept || function () { return true; };
      return ranked(words, m, lookup.terms, accept, options.limit).then(function (found) {
        return { words: words, hits: found.hits, partial: found.partial };
      });
    });
  }

  /**
   * adal.prefetch(query) loads the term files of the words typed so far, and of their Cyrillic readings if they have
   * Latin letters, and searches nothing: the box asks while the person types on, so that the search after the pause
   * finds them loaded. A word of one letter, or with a digit, is left out: its file is not the one the whole word
   * needs (a word's file is its first two letters', a number's the whole number's).
   */
  adal.prefetch = function (query) {
    var words = query.split(/\s+/).filter(function (w) { return w.length > 1 && !/[0-9]/.test(w); });
    if (words.length === 0) { return; }
    meta().then(function (m) {
      if (!m) { return; }
      var typed = words.join(' ');
      var ways = [typed];
      if (LATIN_LETTER.test(typed)) {
        // what adal.search reads Latin letters as when they find nothing as typed: the Cyrillic layout's keys, the
        // Cyrillic they transliterate in every spelling asMeant may choose (folded alike, they share their shards,
        // but each may bring in a glossary entry: ұйым, мемлекеттік қызмет), once latin.js has come
        ways.push(mapLetters(typed.toLowerCase(), layoutMap(m)));
        latin().then(function (readers) {
          if (readers !== null) {
            prefetchWays([words.map(function (word) { return readers.spellingsOf(word, m).join(' '); }).join(' ')], m);
          }
        });
      }
      prefetchWays(ways, m);
    });
  };

  /** Loads the term files each of `ways`, a query as it may be read, needs. */
  function prefetchWays(ways, m) {
    ways.forEach(function (way) {
      neededFiles(way, m).forEach(function (file) { load(file.name, file.path); });
    });
  }

  /**
   * adal.highlight(query, element) marks in `element` the words `query` matches, as the excerpts do, and resolves to
   * how many it marked: what a page opened from a search result does with its `?h=` parameter. The query only
   * chooses words; the marks hold the page's own text.
   */
  adal.highlight = function (query, element) {
    return meta().then(function (m) {
      if (!m || !element) { return 0; }
      return termsFor(query, m).then(function (found) {
        var matches = matcher(plan(query, m, found), m);
        var texts = [];
        var walker = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */, null, false);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) { texts.push(node); }
        var count = 0;
        for (var i = 0; i < texts.length; i++) { count += markWords(texts[i], matches); }
        return count;
      });
    });
  };
  /** A result's URL that opens the page with the words of `query` marked: `?h=` before the anchor. */
  adal.highlightUrl = function (url, query) {
    var hash = url.indexOf('#');
    var page = hash < 0 ? url : url.substring(0, hash);
    return page + '?h=' + encodeURIComponent(query) + (hash < 0 ? '' : url.substring(hash));
  };
  /** Replaces a text node by its words, those that match in <mark class="search-hit">; returns how many. */
  function markWords(node, matches) {
    var parts = pieces(node.nodeValue);
    var hits = matches(parts);
    var fragment = document.createDocumentFragment();
    var count = 0;
    for (var i = 0; i < parts.length; i++) {
      if (hits[i]) {
        var mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.appendChild(document.createTextNode(parts[i]));
        fragment.appendChild(mark);
        count++;
      } else {
        fragment.appendChild(document.createTextNode(parts[i]));
      }
    }
    if (count > 0) { node.parentNode.replaceChild(fragment, node); }
    return count;
  }

  /**
   * adal.search(query, {limit, type, year}) resolves to [{url, title, breadcrumb, excerpt, score}], best first.
   * url is relative to the site's root (adal.root); type is 'concept' or 'protocol'. excerpt, titleHtml and
   * breadcrumbHtml (one per step) are escaped HTML with the words the query matched in <mark>. partial is true when
   * no result has all the words and these are the closest. The array's `more` is true when there are more results;
   * its `glossary` lists, for each glossary entry whose synonyms the query searched too, the entry's terms as written.
   */
  adal.search = function (query, options) {
    options = options || {};
    var limit = options.limit || 10;
    return meta().then(function (m) {
      if (!m) { return []; }
      return prepare(m, options).then(function (accept) {
        // ranked exactly to one more than asked: whether more results than these exist is then certain too
        var opts = { accept: accept, limit: limit + 1 };
        return execute(query, opts, m).then(function (result) {
          if (settled(result) || !LATIN_LETTER.test(query)) { return result; }
          return latin().then(function (readers) { return readers === null ? result : readLatin(result, readers); });
        }).then(function (result) {
          if (settled(result)) { return result; }
          return latinKeys(query, m).then(function (keys) { return orMeant(result, keys); });
        }).then(function (result) {
          // a year typed on the Kazakh layout beside words that match (тамыз әқәң) leaves only partial matches as typed
          return orMeant(result, numberRowDigits(query, m));
        });
        /** A query with Latin letters read as the Cyrillic it means, when that finds more (Searcher.answer). */
        function readLatin(first, readers) {
          return Promise.resolve(first).then(function (result) {
            if (result.hits.length > 0 || !/[a-z]/i.test(query)) { return result; }
            // words the index holds, read from Latin letters (bir is бір), before the layout's keys
            return readers.asMeant(query, m, true).then(function (held) {
              return held === null ? { hits: [] } : retry(held);
            }).then(function (read) {
              return read.hits.length > 0 ? read : retry(mapLetters(query.toLowerCase(), layoutMap(m)));
            });
          }).then(function (result) {
            if (settled(result)) { return result; }
            return readers.asMeant(query, m).then(function (meant) { return orMeant(result, meant); });
          });
        }
        function settled(result) { return result.hits.length > 0 && !result.partial; }
        /** The results of the query read another way, when those as read so far are none, or partial and these not. */
        function orMeant(result, meant) {
          if (meant === null || settled(result)) { return result; }
          return retry(meant).then(function (read) {
            return result.hits.length === 0 || settled(read) ? read : result;
          });
        }
        /** The query read as the typist meant it (other keys, other letters), which the results then say they are for. */
        function retry(meant) {
          return execute(meant, opts, m).then(function (result) {
            result.searchedAs = result.hits.length > 0 ? meant : null;
            return result;
          });
        }
      }).then(function (result) {
        var top = result.hits.slice(0, limit);
        var matches = matcher(result.words, m);
        return resultData(top.map(function (h) { return h.doc; }), function (d, i) {
          var shown = { url: d.url, title: d.title, breadcrumb: d.breadcrumb, type: d.type, year: d.year, lang: d.lang,
            excerpt: excerpt(d.text, matches), score: top[i].score, doc: top[i].doc, titleHtml: marked(d.title, matches),
            breadcrumbHtml: d.breadcrumb.map(function (step) { return marked(step, matches); }),
            partial: result.partial };
          var marks = shown.titleHtml + shown.breadcrumbHtml.join('') + shown.excerpt;
          if (!d.more || marks.indexOf('<mark>') >= 0) { return shown; }
          // none of the query's words in what the result's file holds: the excerpt shows them further on in its text
          return moreText(top[i].doc).then(function (more) {
            // the file's text ends in " …" where it was cut
            if (more !== null) { shown.excerpt = excerpt(d.text.substring(0, d.text.length - 2) + more, matches); }
            return shown;
          });
        }).then(function (results) {
          results.more = result.hits.length > limit;
          results.searchedAs = result.searchedAs || null;
          results.glossary = result.words.glossary;
          return results;
        });
      });
    });
  };

  // ---- Result files: JSON deflated against a preset dictionary (see ClientIndexWriter), read by tiny-inflate ----
  var unpacked = {};
  var presetBytes = null;
  /**
   * What the results of these documents show, each passed through `show` (if given) as soon as its file has come,
   * while the others are still on their way; the first time, the dictionary and the inflater are loaded too (not
   * for a query that found nothing: it asks for no file).
   */
  function resultData(docs, show) {
    return Promise.all(docs.map(function (doc, i) {
      return resultOf(doc).then(function (data) { return show ? show(data, i) : data; });
    }));
  }
  /** The data of one result's file, unpacked once. */
  function resultOf(doc) {
    return Promise.all([load('dictionary', 'search/dictionary.js'), load('inflate', 'assets/search/inflate.js'),
      load('d' + doc, 'search/docs/' + doc + '.js'), meta()]).then(function (files) {
      var dictionary = files[0];
      var inflate = files[1];
      if (!unpacked.hasOwnProperty(doc) && files[2]) {
        // the dictionary comes deflated alone, as [bytes, base64]
        if (presetBytes === null) { presetBytes = inflate(bytesOf(window.atob(dictionary[1])), new Uint8Array(dictionary[0]), 0); }
        unpacked[doc] = unpack(files[2], presetBytes, inflate, files[3]);
      }
      return unpacked[doc];
    });
  }
  /**
   * The text a result's file leaves out (search/more/N.js, when the file says `more`): its text without the closing
   * " …", then this, is the whole text; null when the file cannot be loaded.
   */
  function moreText(doc) {
    // after its result's file, which unpacks the dictionary this one is deflated against too
    return Promise.all([load('m' + doc, 'search/more/' + doc + '.js'), load('inflate', 'assets/search/inflate.js'),
      meta(), resultOf(doc)]).then(function (files) {
      return files[0] && files[1] && presetBytes !== null ? unpack(files[0], presetBytes, files[1], files[2]) : null;
    });
  }
  /**
   * [bytes, base64] back to the data it packs (a result's, a term shard's): the deflated bytes inflated after
   * `preset` (the dictionary's bytes; none for a shard), as JSON in CyrillicBytes, whose table meta.js holds.
   */
  function unpack(packed, preset, inflate, m) {
    var out = new Uint8Array(preset.length + packed[0]);
    out.set(preset);
    inflate(bytesOf(window.atob(packed[1])), out, preset.length);
    return JSON.parse(textOf(out, preset.length, m.cyrillicBytes));
  }
  /**
   * CyrillicBytes back to text: a byte under 0x80 is ASCII, one up to 0xFE a character of `letters`, and 0xFF is
   * followed by a UTF-16 code unit, high byte first.
   */
  function textOf(bytes, from, letters) {
    var chars = [];
    for (var i = from; i < bytes.length; i++) {
      var b = bytes[i];
      if (b < 0x80) {
        chars.push(String.fromCharCode(b));
      } else if (b < 0xFF) {
        chars.push(letters.charAt(b - 0x80));
      } else {
        chars.push(String.fromCharCode(bytes[i + 1] << 8 | bytes[i + 2]));
        i += 2;
      }
    }
    return chars.join('');
  }
  /** A string of byte-sized characters as bytes. */
  function bytesOf(binary) {
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  /** Filters by type and year need each document's type and year: read from the doc files only when asked. */
  function prepare(m, options) {
    if (!options.type && !options.year) { return Promise.resolve(null); }
    return load('facets', 'search/facets.js').then(function (facets) {
      return function (doc) {
        return (!options.type || facets.types[facets.type[doc]] === options.type) &&
          (!options.year || facets.year[doc] === +options.year);
      };
    });
  }

  /** A Latin letter, with or without marks (Letters.isLatinLetter): the alphabet of 2021's ü, ş, ı too. */
  var LATIN_LETTER = /[a-zA-Z\u00C0-\u024F]/;
  /**
   * The query with each word typed on the Kazakh layout's number row read as the digits of its keys (әқәң is 2024),
   * as KeyboardLayout.numberRowDigits does; null when no word is.
   */
  function numberRowDigits(query, m) {
    var row = m.letters.numberRow;
    var changed = false;
    var out = query.toLowerCase().replace(/[^ ]+/g, function (word) {
      var letter = false;
      for (var i = 0; i < word.length; i++) {
        if (row.indexOf(word.charAt(i)) < 0) { return word; }
        letter = letter || isCyrillic(word.charCodeAt(i));
      }
      if (!letter || word.length < 2) { return word; }
      changed = true;
      var digits = '';
      for (var j = 0; j < word.length; j++) { digits += '1234567890'.charAt(row.indexOf(word.charAt(j))); }
      return digits;
    });
    return changed ? out : null;
  }
  /**
   * The query with each word typed with the Cyrillic layout on where Latin was meant read as its keys (ГТШ-ЗФЫЫ is
   * uni-pass), as KeyboardLayout.latinKeys does: a word of the Russian layout's letters, hyphens and digits that no
   * document holds as typed and some hold as its keys. Resolves to null when no word is.
   */
  function latinKeys(query, m) {
    var keys = layoutKeys(m);
    var keysOf = Object.create(null);
    var counted = [];
    (query.match(/[^ ]+/g) || []).forEach(function (word) {
      if (word in keysOf || !onRussianKeys(word.toLowerCase(), keys)) { return; }
      keysOf[word] = mapLetters(word.toLowerCase(), keys);
      counted.push(word, keysOf[word]);
    });
    if (counted.length === 0) { return Promise.resolve(null); }
    return documentCounter(counted, m).then(function (documentsWith) {
      var changed = false;
      var out = query.replace(/[^ ]+/g, function (word) {
        if (!(word in keysOf) || documentsWith(word) > 0 || documentsWith(keysOf[word]) === 0) { return word; }
        changed = true;
        return keysOf[word];
      });
      return changed ? out : null;
    });
  }
  /** Whether `lower` has a letter, and only letters of the Russian layout, hyphens and digits. */
  function onRussianKeys(lower, keys) {
    var letter = false;
    for (var i = 0; i < lower.length; i++) {
      var ch = lower.charAt(i);
      if (keys.hasOwnProperty(ch)) {
        letter = true;
      } else if (ch !== '-' && (ch < '0' || ch > '9')) {
        return false;
      }
    }
    return letter;
  }
  /**
   * Resolves, once the term shards of `words` have come, to a function giving the documents that hold a word of them
   * (QueryPlanner.documentsWith: in either language's chain, those of its rarest term).
   */
  function documentCounter(words, m) {
    var termsOf = Object.create(null);
    var terms = [];
    words.forEach(function (w) {
      if (w in termsOf) { return; }
      var kk = analyze(w, 'kk', m);
      // a word with a Kazakh letter is Kazakh in either chain: most of a Latin word's many readings, read once
      termsOf[w] = [kk, w.indexOf('-') < 0 && hasKazakhLetter(w, m) ? kk : analyze(w, 'ru', m)];
      terms.push.apply(terms, termsOf[w][0].concat(termsOf[w][1]));
    });
    return entriesOf(terms, m).then(function (entries) {
      return function (w) {
        return Math.max(documentsWithAll(termsOf[w][0], entries, m), documentsWithAll(termsOf[w][1], entries, m));
      };
    });
  }
  /** The documents of the rarest of `terms` (as QueryPlanner.documentsWithAll); none for no terms. */
  function documentsWithAll(terms, entries, m) {
    var fewest = terms.length === 0 ? 0 : Infinity;
    terms.forEach(function (term) {
      var entry = entries[term];
      var most = 0;
      for (var f = 0; entry && f < STEMMED.length; f++) {
        var stored = entry[f];
        if (stored) {
          most = Math.max(most,
            typeof stored === 'string' ? decode(stored, m.fields[f] + '\u0000' + term).length / 3 : stored[1]);
        }
      }
      fewest = Math.min(fewest, most);
    });
    return fewest;
  }
  /** The entries of the term shards that hold these terms, merged. */
  function entriesOf(terms, m) {
    var shards = {};
    terms.forEach(function (t) { if (t) { shards[shardOf(t, m)] = true; } });
    return Promise.all(Object.keys(shards).map(function (n) {
      return termShard({ name: 't' + n, path: 'search/terms/' + n + '.js' }, m);
    })).then(function (datas) {
      var entries = {};
      datas.forEach(function (d) { for (var t in d) { if (d.hasOwnProperty(t)) { entries[t] = d[t]; } } });
      return entries;
    });
  }
  /** The Russian layout's letter on the key of each letter of the Latin layout, as KeyboardLayout.toCyrillic. */
  function layoutMap(m) { return sameKeys(m.letters.layoutLatin, m.letters.layoutCyrillic); }
  /** The Latin layout's key of each letter of the Russian layout: layoutMap the other way, as KeyboardLayout.toLatin. */
  function layoutKeys(m) { return sameKeys(m.letters.layoutCyrillic, m.letters.layoutLatin); }
  /** Each character of layout `from` mapped to the one on its key in layout `to` (KeyboardLayout.sameKeys). */
  function sameKeys(from, to) {
    var map = {};
    for (var i = 0; i < from.length; i++) { map[from.charAt(i)] = to.charAt(i); }
    return map;
  }
  var latinReaders = null;
  /**
   * The readers of a query typed in Latin letters (latin.js: its transliteration), made once over the engine's term
   * files; loaded only for such a query that does not find all its words as typed, or while one is typed. Null if it
   * does not load.
   */
  function latin() {
    return load('latin', 'assets/search/latin.js').then(function (make) {
      if (make && latinReaders === null) {
        latinReaders = make({ LATIN_LETTER: LATIN_LETTER, mapLetters: mapLetters, documentCounter: documentCounter,
          layoutMap: layoutMap });
      }
      return latinReaders;
    });
  }

  /** For tests and tools: the terms of each line in a chain, as `adal analyze --field` prints them. */
  adal.analyze = function (lines, chain) {
    return meta().then(function (m) { return lines.map(function (line) { return analyze(line, chain, m).join(' '); }); });
  };
  /** For tests: the data of these documents' result files, as the build wrote them before packing. */
  adal.resultData = function (docs) { return resultData(docs); };
  /** For tests: the rest of document `doc`'s text (search/more/N.js), as the build wrote it; null when it has none. */
  adal.moreText = function (doc) { return moreText(doc); };
  /** For tests: the entries of term shard `n` by term, as the build wrote them before packing. */
  adal.termShard = function (n) {
    return meta().then(function (m) { return termShard({ name: 't' + n, path: 'search/terms/' + n + '.js' }, m); });
  };
  /** For tests: the ranked documents of a query, {doc, score}, as IndexSearcher returns them. */
  adal.rank = function (query, limit) {
    return meta().then(function (m) {
      return execute(query, { limit: limit || 10 }, m).then(function (r) { return r.hits.slice(0, limit || 10); });
    });
  };
})(window, document);
