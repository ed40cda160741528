(function () {
  // a string continued on the next line: the lines are not read as code, the script is left as it is
  var text = 'one \
  // not a comment';
  return text;
})();
