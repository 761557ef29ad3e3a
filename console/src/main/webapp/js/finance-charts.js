// The finance charts: each canvas carries its figures in data-chart (the same as the table that follows it) and is
// drawn with Chart.js, in the colours of the State's design system. No inline script: the CSP allows none.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var COLOURS = ['#000091', '#e1000f', '#009081', '#c3992a', '#6a6af4', '#ce614a', '#417dc4', '#a558a0'];
  var euros = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR'});
  var count = new Intl.NumberFormat('fr-FR');

  document.querySelectorAll('canvas.console-chart-canvas').forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var stacked = canvas.dataset.stacked === 'true';
    var horizontal = canvas.dataset.horizontal === 'true';
    var format = canvas.dataset.unit === 'EUROS' ? euros : count;
    data.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = COLOURS[i % COLOURS.length];
      dataset.borderColor = COLOURS[i % COLOURS.length];
    });
    var valueAxis = {
      stacked: stacked,
      beginAtZero: true,
      ticks: {
        precision: canvas.dataset.unit === 'EUROS' ? undefined : 0,
        callback: function (value) { return format.format(value); }
      }
    };
    var labelAxis = {stacked: stacked};
    new window.Chart(canvas, {
      type: canvas.dataset.kind || 'bar',
      data: data,
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: 'fr-FR',
        scales: horizontal ? {x: valueAxis, y: labelAxis} : {x: labelAxis, y: valueAxis},
        plugins: {
          legend: {display: data.datasets.length > 1},
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ' : ' + format.format(item.parsed[horizontal ? 'x' : 'y']);
              }
            }
          }
        }
      }
    });
    canvas.dataset.drawn = 'true';
  });
}());
