/*
 * The console's charts, drawn by Chart.js (its WebJar, loaded before this file): every canvas with data-chart
 * (the chart type), data-labels and data-values (JSON arrays) and data-series (the series' name). Each chart has a
 * table beside it with the same figures, for those who do not see the chart.
 */
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    new Chart(canvas, {
      type: canvas.getAttribute('data-chart'),
      data: {
        labels: JSON.parse(canvas.getAttribute('data-labels')),
        datasets: [{
          label: canvas.getAttribute('data-series'),
          data: JSON.parse(canvas.getAttribute('data-values')),
          backgroundColor: '#000091'
        }]
      },
      options: {
        animation: false,
        responsive: true,
        plugins: {legend: {display: false}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
      }
    });
  });
}());
