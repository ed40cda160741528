/*
 * The search box of every page: an ARIA combobox whose results appear as you type. It stays this small and loads
 * the engine (assets/search/engine.js) and the index only when the box is first used, or when the page was opened
 * from a search result, to mark the words found. "/" and Ctrl+K focus it, matched by physical key so they work with
 * the Kazakh and Russian layouts too. Plain ES5.
 */
(function (window, document) {
  'use strict';
  var adal = window.adal = window.adal || {};
  // Index files that arrive before the engine are kept for it, so the engine, meta.js and the inflater that meta.js
  // needs load in parallel.
  adal.early = adal.early || {};
  adal.searchData = adal.searchData || function (name, data) { adal.early[name] = data; };
  var script = document.currentScript || document.getElementById('adal-search-script');
  adal.root = script.getAttribute('data-root');
  /** A parameter of the page's URL, decoded; '' when absent or cut short in the middle of a %-escape. */
  adal.param = function (name) {
    var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
    try {
      return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
    } catch (malformed) {
      return '';
    }
  };
  /** An element holding a result's title, breadcrumb or excerpt: HTML the engine escaped, the matches marked. */
  adal.markup = function (tag, className, html) {
    var element = document.createElement(tag);
    element.className = className;
    element.innerHTML = html;
    return element;
  };
  /**
   * What the results say of the glossary entries whose synonyms the query searched too (взятка: пара, парақорлық,
   * ...), by `form`'s data-glossary; '' when none. A Russian word finding Kazakh text says why.
   */
  adal.glossaryNote = function (results, form) {
    var entries = results.glossary || [];
    if (!entries.length) { return ''; }
    return form.getAttribute('data-glossary').replace('{n}', entries.map(function (members) {
      return members.join(', ');
    }).join('; ')) + ' ';
  };
  /** Whether a result's excerpt says more than its title: a list item found whole (`1. ...;`) is its title already. */
  adal.excerptAddsToTitle = function (r) {
    var title = r.titleHtml;
    return title.length < r.excerpt.length || title.substring(title.length - r.excerpt.length) !== r.excerpt;
  };
  var input = document.getElementById('adal-q');
  var list = document.getElementById('adal-results');
  var status = document.getElementById('adal-status');
  if (!input || !list) { return; }
  var form = input.form;
  var engine = null; // null: not asked for; an array: callbacks waiting for it; true: loaded
  var active = -1;
  var timer = null;
  var asked = 0;
  // the results page's form comes before this script; its engine's script element after it
  var onResultsPage = !!document.getElementById('search-page-form');

  function addScript(src, onload) {
    var s = document.createElement('script');
    s.src = src;
    s.onload = onload;
    document.getElementsByTagName('head')[0].appendChild(s);
  }
  // loads the engine once, then calls `then` (none: just load it); no Promise here, for browsers without one
  function withEngine(then) {
    // the results page loads the engine itself
    if (engine === null && adal.search) { engine = true; }
    if (engine === true) { if (then) { then(); } return; }
    if (engine === null) {
      engine = [];
      var loaded = function () {
        var waiting = engine;
        engine = true;
        for (var i = 0; i < waiting.length; i++) { waiting[i](); }
      };
      // the results page's own engine may still be on its way, or not yet parsed (its element comes after this
      // script's): wait for it rather than load a second one, which would run the engine twice
      var pageEngine = document.querySelector('script[src$="assets/search/engine.js"]');
      if (pageEngine) {
        pageEngine.addEventListener('load', loaded);
      } else if (onResultsPage) {
        document.addEventListener('DOMContentLoaded', loaded);
      } else {
        addScript(adal.root + 'assets/search/engine.js', loaded);
      }
      askForIndexFiles();
    }
    if (then) { engine.push(then); }
  }
  // what every search needs besides the engine, asked for with it, so that neither waits for the other
  var indexFilesAsked = false;
  function askForIndexFiles() {
    if (indexFilesAsked) { return; }
    indexFilesAsked = true;
    addScript(adal.root + 'search/meta.js');
    addScript(adal.root + 'assets/search/inflate.js');
  }
  // the results page loads the engine itself and searches at once: these come beside it, not after it
  if (onResultsPage && /\S/.test(adal.param('q'))) { askForIndexFiles(); }
  function say(template, n) { return form.getAttribute(template).replace('{n}', n); }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  /** Shows the results of `query`, which the box may no longer hold: the person may have typed on. */
  function render(results, query) {
    list.innerHTML = '';
    var partial = results.length > 0 && results[0].partial;
    // typed with another layout's keys (ctu, әқәң): the results are for what was meant, and say so; and which
    // glossary entries they searched too
    var corrected = (results.searchedAs ? say('data-corrected', results.searchedAs) + ' ' : '')
      + adal.glossaryNote(results, form);
    if (partial || corrected) {
      // said to a screen reader by the status below; shown here for the eye
      var note = document.createElement('p');
      note.className = 'search-note';
      note.setAttribute('aria-hidden', 'true');
      note.textContent = (corrected + (partial ? say('data-partial', results.length) : '')).trim();
      list.appendChild(note);
    }
    for (var i = 0; i < results.length; i++) {
      var r = results[i];
      var option = document.createElement('a');
      option.id = 'adal-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'search-option';
      option.href = adal.root + adal.highlightUrl(r.url, results.searchedAs || query);
      option.appendChild(adal.markup('span', 'search-title', r.titleHtml));
      option.appendChild(adal.markup('span', 'search-breadcrumb', r.breadcrumbHtml.join(' › ')));
      if (adal.excerptAddsToTitle(r)) {
        option.appendChild(adal.markup('span', 'search-excerpt', r.excerpt));
      }
      list.appendChild(option);
    }
    var all = document.createElement('a');
    all.className = 'search-all';
    all.href = adal.root + 'search/index.html?q=' + encodeURIComponent(query);
    all.textContent = form.getAttribute('data-all');
    list.appendChild(all);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = !results.length ? say('data-none', query)
      : corrected + say(partial ? 'data-partial' : results.more ? 'data-results-more' : 'data-results', results.length);
    active = -1;
  }
  function move(step) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) { return; }
    if (active >= 0) { options[active].setAttribute('aria-selected', 'false'); }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }
  function search() {
    var query = input.value;
    var mine = ++asked;
    if (!/\S/.test(query)) { close(); status.textContent = ''; return; }
    withEngine(function () {
      adal.search(query, { limit: 8 }).then(function (results) {
        if (mine === asked) { render(results, query); }
      });
    });
  }

  // a page opened from a search result marks the words found (?h=...) and shows the first (see firstToShow)
  var words = adal.param('h');
  if (words) {
    withEngine(function () {
      adal.highlight(words, document.getElementById('main')).then(function (n) {
        var first = n > 0 && firstToShow(document.querySelectorAll('#main mark.search-hit'), window.location.hash);
        if (first) { first.scrollIntoView({ block: 'center' }); }
      });
    });
  }
  /**
   * The mark to scroll to: without an anchor the page's first; with one that names a heading with no mark in it (a
   * long section found for a word further on), the first in that heading's section, before the next heading of its
   * level or higher; none otherwise, the anchor being what the result named.
   */
  function firstToShow(marks, hash) {
    if (!hash) { return marks[0]; }
    var target = document.getElementById(hash.substring(1));
    if (!target || !/^H[1-6]$/.test(target.tagName) || target.querySelector('mark.search-hit')) { return null; }
    var headings = document.querySelectorAll('#main h1, #main h2, #main h3, #main h4, #main h5, #main h6');
    var end = null;
    for (var i = 0; i < headings.length && end === null; i++) {
      var level = headings[i].tagName.charAt(1);
      if (after(target, headings[i]) && level <= target.tagName.charAt(1)) { end = headings[i]; }
    }
    for (var j = 0; j < marks.length; j++) {
      if (after(target, marks[j]) && (end === null || after(marks[j], end))) { return marks[j]; }
    }
    return null;
  }
  function after(node, other) {
    return (node.compareDocumentPosition(other) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) !== 0;
  }

  input.addEventListener('focus', function () { withEngine(null); });
  input.addEventListener('input', function (e) {
    clearTimeout(timer);
    // typed keys wait for a pause in the typing; a pasted or dropped query is whole, and searched at once
    if (/^insertFrom(Paste|Drop)$/.test(e.inputType)) { search(); return; }
    timer = setTimeout(search, 80);
    // meanwhile the term files of the words typed so far come, once the engine is here
    if (engine === true) { adal.prefetch(input.value); }
  });
  // Internet Explorer 11 names the keys Down, Up and Esc
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'Down') { e.preventDefault(); if (list.hidden) { search(); } else { move(1); } }
    else if (e.key === 'ArrowUp' || e.key === 'Up') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape' || e.key === 'Esc') {
      // first Esc closes the list and keeps the text; the next one clears it
      if (!list.hidden) { e.preventDefault(); } else { input.value = ''; }
      close();
    }
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      window.location.href = list.querySelectorAll('[role=option]')[active].href;
    }
  });
  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((e.target || {}).tagName || '');
    // the physical key: KeyboardEvent.code, or where a browser lacks it the key code, which follows the key too
    var slash = e.code ? e.code === 'Slash' : e.keyCode === 191;
    var k = e.code ? e.code === 'KeyK' : e.keyCode === 75;
    if ((slash && !typing && !e.ctrlKey && !e.altKey) || (k && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener('click', function (e) {
    if (!form.contains(e.target)) { close(); }
  });
})(window, document);
