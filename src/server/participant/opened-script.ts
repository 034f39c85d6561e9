// The one script of the participant's page (the page works without it): after the first tap, key or
// scroll of a person, it tells the server that the page was opened. Loading the page alone (as a mail
// scanner does) records nothing.
export const OPENED_SCRIPT = `(function () {
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var action = script.getAttribute('data-action');
  var csrf = script.getAttribute('data-csrf');
  var events = ['pointerdown', 'keydown', 'scroll', 'touchstart'];
  var sent = false;
  function send() {
    if (sent) return;
    sent = true;
    events.forEach(function (name) { window.removeEventListener(name, send, true); });
    fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '_csrf=' + encodeURIComponent(csrf),
      credentials: 'omit',
      keepalive: true
    }).catch(function () {});
  }
  events.forEach(function (name) { window.addEventListener(name, send, { capture: true, passive: true }); });
})();
`;
