/*
 * Warns the staff member two minutes before the console's session ends for inactivity, with a button that keeps
 * it alive; once ended, says so and offers to sign in again. The session's length comes from the page
 * (data-session-seconds), set by the server.
 */
(function () {
  'use strict';
  var WARN_BEFORE = 120;
  var panel = document.getElementById('session-warning');
  if (!panel) {
    return;
  }
  var length = parseInt(panel.getAttribute('data-session-seconds'), 10);
  if (!(length > WARN_BEFORE)) {
    return;
  }
  var remaining = document.getElementById('session-remaining');
  var ended = document.getElementById('session-ended');
  var keep = document.getElementById('session-keep');
  var endsAt;
  var timer;

  // the DSFR styles alerts as blocks: its utility class hides them where the hidden attribute alone would not
  function show(element, visible) {
    element.classList.toggle('fr-hidden', !visible);
  }

  function restart(seconds) {
    endsAt = Date.now() + seconds * 1000;
    show(panel, false);
    show(ended, false);
    clearInterval(timer);
    timer = setInterval(tick, 1000);
  }

  function tick() {
    var left = Math.round((endsAt - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(timer);
      show(panel, false);
      show(ended, true);
    } else if (left <= WARN_BEFORE) {
      remaining.textContent = Math.floor(left / 60) + ' min ' + String(left % 60).padStart(2, '0') + ' s';
      show(panel, true);
    }
  }

  keep.addEventListener('click', function () {
    fetch(keep.getAttribute('data-url'), { method: 'POST', credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error(answer.status);
        }
        return answer.json();
      })
      .then(function (body) { restart(body.secondsLeft); })
      .catch(function () {
        show(panel, false);
        show(ended, true);
      });
  });

  restart(length);
}());
