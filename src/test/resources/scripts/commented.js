/*
 * What this file is, and its licence: kept.
 */
// and a line comment before any code: kept too
(function (window) {
  'use strict';

    
  // a line comment: dropped
  var url = 'http://example.org/a//b'; // a trailing comment stays: the line is code
  /*
   * A block comment on lines of its own: dropped.
   */
  var pattern = /\/\*not a comment\*\//;
  /* a comment that code follows */ var kept = 1;
  /* opened here,
     // this line is inside it, and it closes before code */ var alsoKept = 2;
      var deeplyIndented = '  spaces inside a string stay  ';
  /** Javadoc-like: dropped. */
  var opened = 3; /* a comment opened after code,
  // and closed on a line that reads as a line comment */ var closedThere = 4;
  window.x = [url, pattern, kept, alsoKept, deeplyIndented, opened, closedThere];
})(window);
