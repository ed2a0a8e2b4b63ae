// CSRF token for htmx requests, and the phone-width menu toggle. No inline scripts (CSP).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.nav-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      document.getElementById('nav-list').classList.toggle('open', !open);
      var current = document.querySelector('.nav-section.current');
      if (!open && current) { current.open = true; }
    });
  }
  // Menu sections: one open at a time; a click elsewhere or Escape closes it.
  var sections = document.querySelectorAll('.nav-section');
  sections.forEach(function (d) {
    d.addEventListener('toggle', function () {
      if (d.open) { sections.forEach(function (o) { if (o !== d) { o.open = false; } }); }
    });
  });
  document.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('.main-nav')) { sections.forEach(function (d) { d.open = false; }); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { sections.forEach(function (d) { d.open = false; }); }
  });
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    el.addEventListener('submit', function (e) { if (!confirm(el.getAttribute('data-confirm'))) { e.preventDefault(); } });
  });
});
