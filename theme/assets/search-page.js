/* The full results page, search/index.html?q=...&type=...&year=...: shareable, filterable. Plain ES5. */
(function (window, document) {
  'use strict';
  var adal = window.adal;
  // shown only where no script runs (a locked-down PC): <noscript> is no markup the site's page check allows
  document.getElementById('search-page-needs-script').hidden = true;
  var form = document.getElementById('search-page-form');
  var results = document.getElementById('search-page-results');
  var summary = document.getElementById('search-page-summary');
  // search-box.js, on every page before this script, reads the URL's parameters
  var query = adal.param('q');
  var type = adal.param('type');
  var year = adal.param('year');
  form.elements.q.value = query;
  // a type the page does not offer (a link edited by hand) searches everything rather than stopping the page
  var types = form.querySelectorAll('input[name=type]');
  var offered = false;
  for (var t = 0; t < types.length; t++) {
    if (types[t].value === type) { types[t].checked = true; offered = true; }
  }
  if (!offered) { type = ''; }
  if (year) { form.elements.year.value = year; }
  if (!/\S/.test(query)) { return; }
  summary.textContent = form.getAttribute('data-searching');
  var PAGE = 20;
  // what the results are for: the query, or what its keys meant on another layout
  var searchedAs = query;
  var shown = 0;
  var more = document.getElementById('search-page-more');
  // the entries the query brought in are the glossary's: a reader may want to see it whole
  var glossary = document.getElementById('search-page-glossary');
  more.onclick = function () { show(shown + PAGE); };
  show(PAGE);

  /**
   * Shows the first `limit` results, adding those not shown yet, and offers more when there are. A large archive
   * has thousands of results for a common word: they are not all loaded at once.
   */
  function show(limit) {
    adal.search(query, { limit: limit, type: type, year: year }).then(function (found) {
      var template = !found.length ? 'data-none' : found[0].partial ? 'data-partial'
        : found.more ? 'data-results-more' : 'data-results';
      var corrected = (found.searchedAs ? form.getAttribute('data-corrected').replace('{n}', found.searchedAs) + ' ' : '')
        + adal.glossaryNote(found, form);
      summary.textContent = corrected + form.getAttribute(template).replace('{n}', found.length ? found.length : query);
      glossary.hidden = !(found.glossary && found.glossary.length);
      searchedAs = found.searchedAs || query;
      for (var i = shown; i < found.length; i++) { results.appendChild(item(found[i])); }
      shown = found.length;
      more.hidden = !found.more;
    });
  }
  function item(r) {
    var li = document.createElement('li');
    var link = adal.markup('a', 'search-title', r.titleHtml);
    link.href = adal.root + adal.highlightUrl(r.url, searchedAs);
    li.appendChild(link);
    li.appendChild(adal.markup('span', 'search-breadcrumb', r.breadcrumbHtml.join(' › ')));
    if (adal.excerptAddsToTitle(r)) {
      li.appendChild(adal.markup('p', 'search-excerpt', r.excerpt));
    }
    return li;
  }
})(window, document);
