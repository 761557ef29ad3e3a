/*
 * The 48-hour deadlines of the security incidents, counting down each second: every element with a data-deadline
 * (ISO-8601 instant) gets the time left, or past, written as the server writes it (Countdown.java), red once past.
 */
(function () {
  'use strict';

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function text(millisLeft) {
    var overdue = millisLeft <= 0;
    var seconds = Math.floor(Math.abs(millisLeft) / 1000);
    var hours = Math.floor(seconds / 3600) + ' h ' + pad(Math.floor(seconds % 3600 / 60)) + ' min '
        + pad(seconds % 60) + ' s';
    return (overdue ? 'dépassé de ' : 'reste ') + hours;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (element) {
      var left = Date.parse(element.getAttribute('data-deadline')) - now;
      element.textContent = text(left);
      element.classList.toggle('fr-badge--error', left <= 0);
      element.classList.toggle('fr-badge--warning', left > 0);
    });
  }

  tick();
  window.setInterval(tick, 1000);
}());
