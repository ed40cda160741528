/* adal serve: reloads the page when a rebuild changed it (or the theme's assets), shows the problems of a failed
   rebuild. Served, never published. */
(function () {
  'use strict';
  var version = 0;
  var problems = 0;
  function show(list) {
    var box = document.getElementById('adal-live-problems');
    if (!list.length) { if (box) { box.parentNode.removeChild(box); } return; }
    if (!box) {
      box = document.createElement('div');
      box.id = 'adal-live-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:99;max-height:50vh;overflow:auto;margin:0;' +
        'padding:1rem;background:#fde8e8;color:#8c1d18;border-bottom:3px solid #b3261e;font:14px monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = list.join('\n');
  }
  var here = decodeURIComponent(window.location.pathname.substring(1));
  if (here === '' || here.charAt(here.length - 1) === '/') { here += 'index.html'; }
  /* null: the page is too far behind to know what changed, so it reloads */
  function affected(changed) {
    if (changed === null) { return true; }
    for (var i = 0; i < changed.length; i++) {
      if (changed[i] === here || changed[i].indexOf('assets/') === 0) { return true; }
    }
    return false;
  }
  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/__adal/status?version=' + version + '&problems=' + problems + '&t=' + new Date().getTime());
    xhr.onload = function () {
      var state = JSON.parse(xhr.responseText);
      if (version && state.version !== version && affected(state.changed)) { window.location.reload(); return; }
      version = state.version;
      problems = state.problems.length;
      show(state.problems);
      poll();
    };
    xhr.onerror = function () { setTimeout(poll, 1000); };
    xhr.send();
  }
  poll();
})();
