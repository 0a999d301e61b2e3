/**
 * The page's own script (plain ES2017, no imports): draws every chart from its embedded option
 * with the inlined ECharts, follows the colour scheme, switches the equity axis to log scale,
 * sorts the ranking table and downloads trade lists as CSV. It fetches nothing.
 */
export const TEARSHEET_SCRIPT = `
(function () {
  var specs = JSON.parse(document.getElementById('btp-charts').textContent);
  var trades = JSON.parse(document.getElementById('btp-trades').textContent);
  var scheme = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  var charts = {};
  function draw() {
    var dark = scheme && scheme.matches;
    specs.forEach(function (spec) {
      var element = document.getElementById('chart-' + spec.id);
      if (!element) return;
      if (charts[spec.id]) charts[spec.id].dispose();
      var chart = echarts.init(element, dark ? 'dark' : null, { renderer: 'svg', height: spec.height });
      var option = JSON.parse(JSON.stringify(spec.option));
      option.backgroundColor = 'transparent';
      chart.setOption(option);
      charts[spec.id] = chart;
    });
  }
  draw();
  if (scheme && scheme.addEventListener) scheme.addEventListener('change', draw);
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (id) { charts[id].resize(); }); });
  var log = document.getElementById('equity-log');
  if (log) log.addEventListener('change', function () {
    if (charts.equity) charts.equity.setOption({ yAxis: { type: log.checked ? 'log' : 'value' } });
  });
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.querySelectorAll('th');
    Array.prototype.forEach.call(headers, function (header, column) {
      header.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-value'); var y = b.cells[column].getAttribute('data-value');
          var result;
          if (x !== null && y !== null) {
            var nx = x === '' ? -Infinity : Number(x); var ny = y === '' ? -Infinity : Number(y);
            result = nx - ny;
          } else result = a.cells[column].textContent.localeCompare(b.cells[column].textContent);
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  function csvField(value) { var text = String(value); return /[",\\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text; }
  Array.prototype.forEach.call(document.querySelectorAll('button[data-trades]'), function (button) {
    button.addEventListener('click', function () {
      var run = trades[button.getAttribute('data-trades')];
      var lines = [run.columns.join(',')].concat(run.rows.map(function (row) { return row.map(csvField).join(','); }));
      var link = document.createElement('a');
      link.href = 'data:text/csv;charset=utf-8,' + encodeURIComponent(lines.join('\\n') + '\\n');
      link.download = run.file;
      document.body.appendChild(link); link.click(); link.remove();
    });
  });
  document.documentElement.setAttribute('data-charts-drawn', String(Object.keys(charts).length));
})();
`;
