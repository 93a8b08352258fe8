// An entry page's path starts with its topic id; when its question was reworded the old path
// is gone, but the entry's anchor on the language page is the same: go there. A file of its own
// (not inline) so that the site works under a strict Content-Security-Policy.
(function () {
  var old = /\/([a-z]{2})\/(\d+)-[^/]*\/?$/.exec(location.pathname);
  var sitePath = document.currentScript && document.currentScript.getAttribute('data-site-path');
  if (old && sitePath) location.replace(sitePath + old[1] + '/#t' + old[2]);
})();
