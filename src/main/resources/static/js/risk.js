// Calibration plot of each model version: mean predicted vs observed rate per score decile.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.risk-calibration').forEach((el) => {
    let metrics;
    try { metrics = JSON.parse(el.dataset.metrics); } catch (e) { return; }
    if (!metrics.calibration || typeof echarts === 'undefined') return;
    const points = metrics.calibration.map((b) => [b[0], b[1]]);
    const max = Math.max(...points.flat(), 1e-6);
    echarts.init(el).setOption({
      xAxis: { type: 'value', name: 'dự báo', max }, yAxis: { type: 'value', name: 'thực tế', max },
      series: [{ type: 'scatter', data: points }, { type: 'line', data: [[0, 0], [max, max]], showSymbol: false }]
    });
  });
});
