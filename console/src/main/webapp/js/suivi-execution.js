/*
 * Follows a batch run until it finishes: the element with data-run-status (the JSON address of the run's status)
 * is polled each second; once the run has finished, the button named by data-refresh (its id) is clicked, so that
 * the page shows the run's final counts. Without script, that button does the same by hand.
 */
(function () {
  'use strict';

  var watched = document.querySelector('[data-run-status]');
  if (!watched) {
    return;
  }
  var address = watched.getAttribute('data-run-status');
  var refresh = document.getElementById(watched.getAttribute('data-refresh'));

  function poll() {
    fetch(address, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (answer) {
        return answer.ok ? answer.json() : null;
      })
      .then(function (run) {
        if (run && run.finished) {
          refresh.click();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }

  window.setTimeout(poll, 1000);
}());
