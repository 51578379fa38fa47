// The demo's own language switch: it changes <html lang>, as a host site's would, and the
// widgets follow. Only the demo page's own text is translated here.
const button = document.getElementById('lang-switch');

function show(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-en]')) el.textContent = el.dataset[lang];
  button.textContent = lang === 'es' ? 'English' : 'Español';
  button.lang = lang === 'es' ? 'en' : 'es';
}

button.addEventListener('click', () => show(document.documentElement.lang === 'es' ? 'en' : 'es'));
if (new URLSearchParams(location.search).get('lang') === 'es') show('es');
