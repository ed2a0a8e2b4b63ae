// Dashboard charts and the offline district map (ECharts from WebJars, GeoJSON from the app).
(function () {
  'use strict';
  function start() {
    var main = document.querySelector('main.reports');
    if (!main || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(main.getAttribute('data-charts') || '{}');
    bar('chart-types', data.types, [{ name: 'now', values: data.now }, { name: 'before', values: data.before }]);
    bar('chart-causes', data.causes, [{ name: 'now', values: data.causeCounts }]);
    map(document.getElementById('map'), data.districts || []);
  }

  function bar(id, labels, series) {
    var el = document.getElementById(id);
    if (!el || !labels || labels.length === 0) { return; }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { data: [document.documentElement.lang === 'en' ? 'This period' : 'Kỳ này',
        document.documentElement.lang === 'en' ? 'Same period last year' : 'Cùng kỳ năm trước'] } : undefined,
      grid: { left: 200, right: 20, top: 30, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: series.map(function (s, i) {
        return { name: i === 0 ? (document.documentElement.lang === 'en' ? 'This period' : 'Kỳ này')
          : (document.documentElement.lang === 'en' ? 'Same period last year' : 'Cùng kỳ năm trước'),
          type: 'bar', data: s.values, label: { show: true, position: 'right' } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function map(el, districts) {
    if (!el) { return; }
    fetch(el.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        echarts.registerMap('thanhhoa', geo);
        var names = {};
        districts.forEach(function (d) { names[d.code] = d.name; });
        var max = districts.reduce(function (m, d) { return Math.max(m, d.value); }, 1);
        var chart = echarts.init(el);
        chart.setOption({
          tooltip: { trigger: 'item', formatter: function (p) { return (names[p.name] || p.name) + ': ' + (p.value || 0); } },
          visualMap: { min: 0, max: max, left: 'left', bottom: 10, calculable: true,
            inRange: { color: ['#f2f6f9', '#f4b183', '#c0392b'] } },
          series: [{ type: 'map', map: 'thanhhoa', nameProperty: 'code', roam: true,
            label: { show: false }, emphasis: { label: { show: true, formatter: function (p) { return names[p.name] || p.name; } } },
            data: districts.map(function (d) { return { name: d.code, value: d.value }; }) }]
        });
        chart.on('click', function (p) {
          var form = document.getElementById('report-filters');
          var unit = document.getElementById('unit');
          if (!form || !unit || !p.name) { return; }
          if (!Array.prototype.some.call(unit.options, function (o) { return o.value === p.name; })) {
            var option = document.createElement('option');
            option.value = p.name;
            unit.appendChild(option);
          }
          unit.value = p.name;
          form.submit();
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
