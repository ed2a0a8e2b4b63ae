// Area forecast: a bar sparkline of each commune's incidents over the last 24 months (ECharts from WebJars).
document.addEventListener('DOMContentLoaded', () => {
  const main = document.querySelector('main.risk-forecast');
  if (!main || typeof echarts === 'undefined') return;
  let months;
  try { months = JSON.parse(main.dataset.months || '[]'); } catch (e) { return; }
  main.querySelectorAll('.forecast-spark').forEach((el) => {
    let counts;
    try { counts = JSON.parse(el.dataset.counts); } catch (e) { return; }
    echarts.init(el).setOption({
      animation: false,
      grid: { left: 2, right: 2, top: 2, bottom: 2 },
      tooltip: { trigger: 'axis', confine: true },
      xAxis: { type: 'category', data: months, show: false },
      yAxis: { type: 'value', show: false, minInterval: 1, max: (v) => Math.max(1, v.max) },
      series: [{ type: 'bar', data: counts, barCategoryGap: '15%', itemStyle: { color: '#b45309' } }]
    });
  });
});
