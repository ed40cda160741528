/* The full results page, search/index.html?q=...&type=...&year=...: shareable, filterable. Plain ES5. */
(function (window, document) {
  'use strict';
  var adal = window.adal;
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
  adal.search(query, { limit: 50, type: type, year: year }).then(function (found) {
    summary.textContent = !found.length ? form.getAttribute('data-none').replace('{n}', query)
      : form.getAttribute(found[0].partial ? 'data-partial' : 'data-results').replace('{n}', found.length);
    for (var i = 0; i < found.length; i++) {
      var r = found[i];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = adal.root + adal.highlightUrl(r.url, query);
      link.innerHTML = r.titleHtml;
      link.className = 'search-title';
      var crumbs = document.createElement('span');
      crumbs.className = 'search-breadcrumb';
      crumbs.innerHTML = r.breadcrumbHtml.join(' › ');
      var excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.innerHTML = r.excerpt;
      item.appendChild(link);
      item.appendChild(crumbs);
      item.appendChild(excerpt);
      results.appendChild(item);
    }
  });
})(window, document);
