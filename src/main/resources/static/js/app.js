// CSRF header for htmx requests, and ECharts charts described by data attributes (CSP forbids inline scripts).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
function drawCharts(root) {
  if (typeof echarts === 'undefined') { return; }
  (root || document).querySelectorAll('[data-chart]').forEach(function (element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: spec.series.map(function (s) { return s.name; }) },
      grid: { left: 50, right: 50, bottom: 60, top: 40 },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: spec.yAxes || [{ type: 'value' }],
      series: spec.series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.target); });
