// The billing page's live progress: asks the console where the run stands every 1.5 s and updates the bar and the
// counters; once the run has ended, reloads the page through its own link, which then shows the outcome and, after
// a failure, the restart button (the section says data-reloading="true" meanwhile, for whoever wants to act on the
// page only once it is settled). Without this script the page shows the state it was opened in.
(function () {
  'use strict';
  var section = document.getElementById('avancement');
  if (!section || section.dataset.finished === 'true') {
    return;
  }
  var url = section.dataset.progressUrl;
  var PERIOD = 1500;

  function show(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = String(value);
    }
  }

  function update(run) {
    var bar = document.getElementById('barre');
    bar.value = run.percent;
    bar.textContent = run.percent + ' %';
    show('percent', run.percent);
    show('read', run.read);
    show('partners', run.partners);
    show('written', run.written);
    show('filtered', run.filtered);
    show('elapsed', run.elapsed);
    show('node', run.node || '—');
    var status = document.getElementById('run-status');
    status.textContent = run.statusLabel;
    status.className = 'fr-badge ' + run.statusCss;
    section.dataset.finished = String(run.finished);
  }

  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (run) {
        update(run);
        if (run.finished) {
          var refresh = document.getElementById('actualiser');
          if (refresh) {
            section.dataset.reloading = 'true';
            window.setTimeout(function () { window.location.assign(refresh.href); }, PERIOD);
          }
        } else {
          window.setTimeout(poll, PERIOD);
        }
      })
      .catch(function () {
        window.setTimeout(poll, PERIOD * 2);
      });
  }

  window.setTimeout(poll, PERIOD);
}());
