// Live preview of an answer while it is typed. The server renders the Markdown exactly as the
// FAQ site will (and sanitises it); without this script the Preview button does the same.
const form = document.getElementById('answer-form');
const preview = document.getElementById('answer-preview');
if (form && preview) {
  const body = form.elements.namedItem('body');
  const csrf = form.elements.namedItem('_csrf');
  let timer;
  let sent = 0;
  const refresh = async () => {
    const request = ++sent;
    const response = await fetch(form.dataset.previewUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf.value, body: body.value }),
    });
    // An older answer arriving late must not overwrite a newer preview.
    if (response.ok && request === sent) preview.innerHTML = await response.text();
  };
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
  // "Start from this answer": the shop's reply goes into the editor without reloading the page.
  for (const link of document.querySelectorAll('a[data-fill]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      body.value = link.dataset.fill;
      body.dispatchEvent(new Event('input'));
      body.focus();
    });
  }
}
