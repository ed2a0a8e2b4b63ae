// Calibration plot of each model version: mean predicted vs observed rate per score group, in percent.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.risk-calibration').forEach((el) => {
    let metrics;
    try { metrics = JSON.parse(el.dataset.metrics); } catch (e) { return; }
    if (!metrics.calibration || typeof echarts === 'undefined') return;
    const lang = document.documentElement.lang || 'vi';
    const pct = (v) => (v * 100).toLocaleString(lang, { maximumFractionDigits: 2 });
    const points = metrics.calibration.map((b) => [b[0], b[1], b[2]]);
    const max = Math.max(...points.map((p) => Math.max(p[0], p[1])), 1e-6) * 1.1;
    const axis = (name) => ({ type: 'value', name, nameLocation: 'middle', nameGap: 34, max,
      axisLabel: { formatter: pct } });
    echarts.init(el).setOption({
      grid: { left: 60, right: 16, top: 16, bottom: 48 },
      tooltip: { trigger: 'item', formatter: (p) => p.seriesIndex === 0
        ? `${el.dataset.x}: ${pct(p.value[0])}<br>${el.dataset.y}: ${pct(p.value[1])}<br>${el.dataset.bins}: ${Number(p.value[2]).toLocaleString(lang)}`
        : el.dataset.ideal },
      xAxis: axis(el.dataset.x), yAxis: axis(el.dataset.y),
      series: [{ type: 'scatter', data: points, symbolSize: 9 },
        { type: 'line', name: el.dataset.ideal, data: [[0, 0], [max, max]], showSymbol: false, lineStyle: { type: 'dashed' } }]
    });
  });
});
