/**
 * The search page's behaviour: runs a Pagefind query from the form (or from ?q= in the
 * address), offers a filter by instrument, and lists hits that link to the exact paragraph.
 */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

// Each result fetches its page's fragment; ten at a time keeps a first search small, and more come on request.
const PAGE_SIZE = 10;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

/** The sub-results with the most hits first; Pagefind lists them in page order. */
function bestFirst(subResults: readonly SubResult[]): SubResult[] {
  return [...subResults].filter((sub) => sub.locations.length > 0).sort((a, b) => b.locations.length - a.locations.length);
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const subs = bestFirst(data.sub_results).filter((sub) => sub.url.includes('#'));
  const best = subs[0];
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = best?.url ?? data.url;
  // Sub-results are titled with the pinpoint ("art. 6(3)(b)"); with the instrument it is a full citation.
  const citationName = data.meta['citationName'];
  link.textContent = best ? (citationName ? `${citationName}, ${best.title}` : best.title) : (data.meta['title'] ?? data.url);
  heading.append(link);
  const context = document.createElement('p');
  context.className = 'result-context';
  context.textContent = data.meta['title'] ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind escapes the indexed text and adds only <mark> around the hits.
  excerpt.innerHTML = best?.excerpt ?? data.excerpt;
  item.append(heading, context, excerpt);
  const others = subs.slice(1, 4);
  if (others.length > 0) {
    const more = document.createElement('ul');
    more.className = 'more-hits';
    for (const sub of others) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      more.append(li);
    }
    item.append(more);
  }
  return item;
}

async function main(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-input');
  const status = element<HTMLParagraphElement>('search-status');
  const list = element<HTMLOListElement>('search-results');
  const filterBoxes = {
    instrument: element<HTMLFieldSetElement>('search-filters'),
    theme: element<HTMLFieldSetElement>('search-themes'),
    layer: element<HTMLFieldSetElement>('search-layers'),
  };
  const more = element<HTMLButtonElement>('search-more');

  // A variable path keeps the bundler from resolving the index, which exists only after the build.
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // No web worker: it would add a second script download to every first search, and the index is small.
  await pagefind.options({ excerptLength: 24, noWorker: true });
  await pagefind.init();

  const available = await pagefind.filters();
  for (const [filter, box] of Object.entries(filterBoxes)) {
    const values = Object.keys(available[filter] ?? {}).sort();
    for (const value of values) {
      const label = document.createElement('label');
      const tick = document.createElement('input');
      tick.type = 'checkbox';
      tick.name = filter;
      tick.value = value;
      label.append(tick, ` ${value}`);
      box.append(label);
    }
    box.hidden = values.length === 0;
  }
  // Within a group any ticked value matches; across groups all must (an instrument and a theme).
  const chosenFilters = (): Record<string, { any: string[] }> =>
    Object.fromEntries(
      Object.entries(filterBoxes).flatMap(([filter, box]) => {
        const values = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((tick) => tick.value);
        return values.length > 0 ? [[filter, { any: values }]] : [];
      }),
    );

  let latest = 0;
  let pending: { ticket: number; query: string; results: { data(): Promise<ResultData> }[] } | undefined;

  const describe = (query: string, count: number, shown: number): string =>
    count === 0
      ? `No results for ${query}.`
      : `${count} ${count === 1 ? 'page matches' : 'pages match'} ${query}${count > shown ? `; showing the first ${shown}` : ''}.`;

  /** Renders the next page of results of the search `ticket`; returns the new items (none if a newer search began). */
  const showMore = async (ticket: number): Promise<HTMLLIElement[]> => {
    if (!pending || pending.ticket !== ticket) return [];
    const { query, results } = pending;
    const shown = list.children.length;
    more.disabled = true;
    const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    more.disabled = false;
    if (ticket !== latest) return [];
    const items = data.map(renderResult);
    list.append(...items);
    status.textContent = describe(query, results.length, list.children.length);
    const left = Math.min(PAGE_SIZE, results.length - list.children.length);
    more.hidden = left <= 0;
    more.textContent = `Show ${left} more ${left === 1 ? 'result' : 'results'}`;
    return items;
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    pending = undefined;
    if (!query) {
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(query, { filters: chosenFilters() });
    if (ticket !== latest || !search) return;
    pending = { ticket, query, results: search.results };
    await showMore(ticket);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const box of Object.values(filterBoxes)) box.addEventListener('change', () => void run());
  more.addEventListener('click', () => {
    // Keyboard and screen-reader users continue at the first new result, not at the button.
    void showMore(latest).then((items) => items[0]?.querySelector('a')?.focus());
  });
  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    await run();
  }
  document.documentElement.dataset['searchReady'] = 'true';
}

void main();
