namespace Radiomics.Analysis.Reports.Html;

/// <summary>
/// The report's only script (no framework, no network): sorts tables with class <c>sortable</c> when a header button
/// is pressed (numbers by their <c>data-sort</c> value, text otherwise; stable; <c>aria-sort</c> tells which way), and
/// reads out the heat map's cell under the pointer. The page works without it (unsorted tables, no readout).
/// </summary>
internal static class ReportScript
{
    public const string Js = """
(function () {
  'use strict';
  function key(cell) {
    var text = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    var number = text === '' ? NaN : Number(text);
    return isNaN(number) ? { n: null, s: text.toLowerCase() } : { n: number, s: text };
  }
  function compare(a, b) {
    if (a.n !== null && b.n !== null) { return a.n - b.n; }
    if (a.n !== null) { return -1; }
    if (b.n !== null) { return 1; }
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        Array.prototype.slice.call(body.rows)
          .map(function (row, index) { return { row: row, key: key(row.cells[column]), index: index }; })
          .sort(function (a, b) { var c = compare(a.key, b.key); return (ascending ? c : -c) || a.index - b.index; })
          .forEach(function (entry) { body.appendChild(entry.row); });
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-heatmap]'), function (figure) {
    var matrix = figure.querySelector('.matrix');
    var output = figure.querySelector('.readout');
    var names = JSON.parse(figure.getAttribute('data-names'));
    var values = figure.hasAttribute('data-values') ? figure.getAttribute('data-values').split(',') : null;
    var n = names.length;
    if (!matrix || !output || n === 0) { return; }
    matrix.addEventListener('mousemove', function (event) {
      var box = matrix.getBoundingClientRect();
      var column = Math.floor((event.clientX - box.left) / box.width * n);
      var row = Math.floor((event.clientY - box.top) / box.height * n);
      if (row < 0 || column < 0 || row >= n || column >= n) { return; }
      output.textContent = names[row] + ' \u00d7 ' + names[column] + (values ? ': \u03c1 = ' + values[row * n + column] : '');
    });
  });
})();
""";
}
