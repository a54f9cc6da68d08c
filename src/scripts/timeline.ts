/** The timeline's filter by body and kind: shows the form, and hides the events and years it leaves out. */
const form = document.querySelector<HTMLFormElement>('#timeline-filters');
if (form) {
  form.hidden = false;
  const apply = (): void => {
    const data = new FormData(form);
    const body = String(data.get('body') ?? '');
    const kind = String(data.get('kind') ?? '');
    for (const year of document.querySelectorAll<HTMLElement>('[data-year]')) {
      let shown = 0;
      for (const item of year.querySelectorAll<HTMLElement>('li[data-kind]')) {
        const visible = (body === '' || item.dataset['body'] === body) && (kind === '' || item.dataset['kind'] === kind);
        item.hidden = !visible;
        if (visible) shown += 1;
      }
      year.hidden = shown === 0;
    }
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
