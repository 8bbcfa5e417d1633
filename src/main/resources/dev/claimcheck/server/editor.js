(function () {
  'use strict';
  var form = document.getElementById('check-form');
  var button = document.getElementById('check');
  var status = document.getElementById('status');
  var frame = document.getElementById('report');
  var keyField = document.getElementById('api-key');

  function show(message, failed) {
    status.textContent = message;
    status.classList.toggle('failed', failed);
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var article = {
      title: document.getElementById('title').value,
      body: document.getElementById('body').value
    };
    var headers = {'Content-Type': 'application/json', 'Accept': 'text/html'};
    if (keyField && keyField.value) {
      headers.Authorization = 'Bearer ' + keyField.value.trim();
    }
    button.disabled = true;
    show('Checking\u2026', false);
    fetch('v1/check?format=html', {method: 'POST', headers: headers, body: JSON.stringify(article)})
      .then(function (response) {
        if (response.ok) {
          return response.text().then(function (page) {
            // The report is its own page, run in a sandboxed frame: its script and styles stay apart from this one.
            frame.srcdoc = page;
            frame.classList.remove('hidden');
            show('Checked.', false);
          });
        }
        return response.json().then(function (answer) {
          show(answer.error ? answer.error.message : 'The check failed (' + response.status + ').', true);
        }, function () {
          show('The check failed (' + response.status + ').', true);
        });
      })
      .catch(function (e) { show('The server could not be reached: ' + e.message, true); })
      .then(function () { button.disabled = false; });
  });
})();
