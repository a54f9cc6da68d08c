/**
 * The search page: reads the query, filters and page of results from the address, sends a typed
 * citation straight to its provision, and otherwise lists the provisions that hold every word of
 * the query (or, labelled, those holding most of them), each linked to the provision itself.
 * Every search is an entry in the browser's history; Back restores the query, filters and scroll.
 */
import { resolveCitation, type CitationTable } from '../lib/citation-query.ts';
import { buildExcerpt, lightStem, textDirective } from '../lib/excerpt.ts';
import { LAYERS } from '../lib/layers.ts';
import { rank, type Ranking } from '../lib/search-ranking.ts';
import { resultTitle } from '../lib/search-result.ts';
import { parseQuery, spellingVariants, wordsOf, type ParsedQuery, type QueryTerm } from '../lib/search-query.ts';
import { letterOf, nearestWords } from '../lib/suggest.ts';
import { loadEngine, type Found } from './search-engine.ts';

// Each result fetches its record's words; ten at a time keeps a first search small, and more come on request.
const PAGE_SIZE = 10;
const FACETS = ['instrument', 'layer', 'theme'] as const;
const DATA = '/search/data';
const COMMON = 5;

/** What the address says: the query, the ticked filter values, how many pages of results are shown. */
interface SearchState {
  query: string;
  chosen: Record<string, string[]>;
  pages: number;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

function stateFromUrl(url: URL): SearchState {
  const pages = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  return {
    query: url.searchParams.get('q')?.trim() ?? '',
    chosen: Object.fromEntries(FACETS.map((facet) => [facet, url.searchParams.getAll(facet)])),
    pages: Number.isFinite(pages) && pages > 0 ? Math.min(pages, 50) : 1,
  };
}

function urlFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.chosen[facet] ?? []) params.append(facet, value);
  if (state.pages > 1) params.set('page', String(state.pages));
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}`;
}

const cache = new Map<string, Promise<unknown>>();
function fetchJson<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(path).then((response) => (response.ok ? response.json() : null));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

/** Only a query with a digit, an underscore or a slash can be a citation, an anchor or a symbol: words alone never fetch the table. */
function mightBeCitation(query: string): boolean {
  return /[\d_/]/.test(query) || /^\s*(?:preamble|testimonium)\s*$/i.test(query);
}

function paragraph(className: string, ...content: (string | Node)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...content);
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function quoted(text: string): string {
  return `‘${text}’`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

async function main(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-input');
  const status = element<HTMLParagraphElement>('search-status');
  const notes = element<HTMLDivElement>('search-notes');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const filterBox = element<HTMLDetailsElement>('search-filter-box');
  const filterSummary = element<HTMLSpanElement>('search-filter-summary');
  const boxes: Record<string, HTMLFieldSetElement> = {
    instrument: element('search-filters'),
    theme: element('search-themes'),
    layer: element('search-layers'),
  };
  const names = JSON.parse(form.dataset['citationNames'] ?? '{}') as Record<string, string>;
  window.history.scrollRestoration = 'manual';

  // Load the engine at the first sign of a search, so that the first query does not wait for it.
  const warm = (): void =>
    void loadEngine()
      .then(showFacets)
      .then(() => {
        document.documentElement.dataset['searchEngine'] = 'ready';
      });
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('keydown', warm, { once: true });

  let facetsShown = false;
  async function showFacets(): Promise<void> {
    if (facetsShown) return;
    facetsShown = true;
    const engine = await loadEngine();
    const chosen = stateFromUrl(new URL(window.location.href)).chosen;
    for (const facet of FACETS) {
      const box = boxes[facet];
      if (!box) continue;
      const values = Object.keys(engine.facets[facet] ?? {}).sort();
      for (const value of values) {
        const label = document.createElement('label');
        const tick = document.createElement('input');
        tick.type = 'checkbox';
        tick.name = facet;
        tick.value = value;
        tick.checked = chosen[facet]?.includes(value) ?? false;
        const count = document.createElement('span');
        count.className = 'count';
        label.append(tick, ` ${value} `, count);
        box.append(label);
      }
      box.hidden = values.length === 0;
    }
    filterBox.hidden = false;
    showChosen(chosen);
  }

  /** Opens the filters when any is ticked, and says in the summary how many are. */
  function showChosen(chosen: Record<string, string[]>): void {
    const ticked = Object.values(chosen).flat().length;
    filterSummary.textContent = ticked === 0 ? '' : `(${ticked} ticked)`;
    if (ticked > 0) filterBox.open = true;
  }

  function chosenFromForm(): Record<string, string[]> {
    return Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        [...(boxes[facet]?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((tick) => tick.value),
      ]),
    );
  }

  function showCounts(ranking: Ranking | undefined): void {
    for (const facet of FACETS) {
      for (const label of boxes[facet]?.querySelectorAll('label') ?? []) {
        const tick = label.querySelector('input');
        const count = label.querySelector('.count');
        if (!tick || !count) continue;
        const value = ranking?.counts[facet]?.[tick.value];
        count.textContent = value === undefined ? '' : `(${value})`;
        label.classList.toggle('empty', value === 0);
      }
    }
  }

  let latest = 0;
  let current: { ticket: number; ranking: Ranking; found: Map<string, Found>; words: string[] } | undefined;

  function renderResult(url: string, content: string, words: readonly string[], lacking: readonly string[]): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'result';
    const described = resultTitle(url, names);
    const heading = document.createElement('h3');
    const title = link(url, described?.title ?? url);
    // Followed from here, the link asks the browser to highlight the query's words in the provision;
    // its address, as copied, stays the permanent one.
    const directive = textDirective(content, words);
    title.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      title.href = `${url}${directive}`;
      setTimeout(() => (title.href = url), 0);
    });
    heading.append(title);
    item.append(heading);
    if (described && described.layer !== 'authentic')
      item.append(paragraph(`result-layer layer-${described.layer}`, LAYERS[described.layer].label));
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    for (const part of buildExcerpt(content, words)) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(excerpt);
    if (lacking.length > 0) item.append(paragraph('result-lacking', `Does not contain ${listOf(lacking.map(quoted))}.`));
    return item;
  }

  /** Shows results up to `pages` pages; returns the items added. */
  async function showPages(ticket: number, pages: number): Promise<HTMLLIElement[]> {
    if (!current || current.ticket !== ticket) return [];
    const { ranking, found, words } = current;
    const shown = list.children.length;
    const wanted = ranking.results.slice(shown, pages * PAGE_SIZE);
    more.disabled = true;
    // Each result is shown as soon as it and those before it have arrived, so the first need not wait for the tenth.
    const items: HTMLLIElement[] = [];
    const ready: (HTMLLIElement | null | undefined)[] = wanted.map(() => undefined);
    let next = 0;
    await Promise.all(
      wanted.map(async (result, index) => {
        const record = await found.get(result.id)?.data();
        ready[index] = record ? renderResult(record.url, record.content, words, result.lacking) : null;
        if (ticket !== latest) return;
        while (next < ready.length && ready[next] !== undefined) {
          const item = ready[next];
          next += 1;
          if (!item) continue;
          list.append(item);
          items.push(item);
        }
      }),
    );
    more.disabled = false;
    if (ticket !== latest) return [];
    const left = Math.min(PAGE_SIZE, ranking.results.length - list.children.length);
    more.hidden = left <= 0;
    more.textContent = `Show ${left} more ${left === 1 ? 'result' : 'results'}`;
    status.textContent = describe(ranking, list.children.length);
    return items;
  }

  function describe(ranking: Ranking, shown: number): string {
    const count = ranking.results.length;
    if (count === 0) return ranking.kind === 'all' ? 'No provision matches with these filters.' : 'No provision matches.';
    const noun =
      ranking.kind === 'partial'
        ? count === 1
          ? 'partial match'
          : 'partial matches'
        : count === 1
          ? 'provision matches'
          : 'provisions match';
    return `${count} ${noun}${count > shown ? `; showing the first ${shown}` : ''}.`;
  }

  /**
   * Replaces each word that is not a word of the texts (in none of its spellings) by the nearest one
   * that is, where one is near enough, and says so; names each word found nowhere.
   */
  async function corrected(query: ParsedQuery, found: Map<string, Found>): Promise<{ query: ParsedQuery; messages: Node[] }> {
    const engine = await loadEngine();
    const messages: Node[] = [];
    const terms: QueryTerm[] = [];
    for (const term of query.terms) {
      const evidence = await engine.term(term, found);
      if (term.phrase || /\d/.test(term.text)) {
        if (evidence.scores.size === 0) messages.push(paragraph('search-missing', `No provision contains ${quoted(term.text)}.`));
        terms.push(term);
        continue;
      }
      // A word found in many provisions is no typing error; only a rare or absent one fetches the word list.
      if (evidence.scores.size >= COMMON) {
        terms.push(term);
        continue;
      }
      const vocabulary = (await fetchJson<[string, number][] | null>(`${DATA}/words-${letterOf(term.text)}.json`)) ?? [];
      const spellings = [term.text, ...spellingVariants(term.text)];
      const known = vocabulary.some(([word]) => spellings.includes(word));
      // A word of the texts, or an inflection the index matches ("trafficked"), is searched as typed.
      const nearest = known ? [] : nearestWords(term.text, vocabulary).filter((word) => lightStem(word) !== lightStem(term.text));
      const [best] = nearest;
      if (best === undefined) {
        if (evidence.scores.size === 0) messages.push(paragraph('search-missing', `No provision contains ${quoted(term.text)}.`));
        terms.push(term);
        continue;
      }
      const missing = paragraph('search-missing', `No provision contains ${quoted(term.text)}. Showing results for `);
      missing.append(Object.assign(document.createElement('strong'), { textContent: quoted(best) }), '.');
      const others = nearest.slice(1);
      if (others.length > 0) {
        missing.append(' Or search for: ');
        others.forEach((word, index) => {
          if (index > 0) missing.append(', ');
          missing.append(
            link(urlFromState({ query: replaceWord(input.value, term.text, word), chosen: chosenFromForm(), pages: 1 }), word),
          );
        });
        missing.append('.');
      }
      terms.push({ text: best, forms: [`"${best}"`], phrase: false });
      messages.push(missing);
    }
    return { query: { ...query, terms }, messages };
  }

  function replaceWord(text: string, word: string, replacement: string): string {
    return text.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), replacement);
  }

  /** Runs a search; true if it was still the latest when its results were shown. */
  async function run(state: SearchState): Promise<boolean> {
    const ticket = ++latest;
    input.value = state.query;
    list.replaceChildren();
    notes.replaceChildren();
    more.hidden = true;
    current = undefined;
    showCounts(undefined);
    showChosen(state.chosen);
    if (!state.query) {
      status.textContent = '';
      return true;
    }
    if (mightBeCitation(state.query)) {
      const table = await fetchJson<CitationTable | null>(`${DATA}/citations.json`);
      const answer = table ? resolveCitation(state.query, table) : null;
      if (ticket !== latest) return false;
      if (answer?.kind === 'provision' || answer?.kind === 'document') {
        status.textContent = `Going to ${answer.kind === 'provision' ? answer.citation : answer.symbol}…`;
        // Replace: Back returns to where the reader typed the citation, not to this hop.
        window.location.replace(answer.path);
        return false;
      }
      if (answer?.kind === 'unknown') {
        status.textContent = `There is no ${answer.asked}.`;
        if (answer.nearest)
          notes.append(paragraph('search-nearest', 'The nearest provision: ', link(answer.nearest.path, answer.nearest.citation), '.'));
        return true;
      }
    }
    status.textContent = 'Searching…';
    const engine = await loadEngine();
    await showFacets();
    const found = new Map<string, Found>();
    const parsed = parseQuery(state.query);
    const { query, messages } = await corrected(parsed, found);
    const evidence = await engine.evidence(query, state.chosen, found);
    if (ticket !== latest) return false;
    const ranking = rank(evidence);
    notes.append(...messages);
    if (parsed.ignored.length > 0 && query.terms.length > 0) {
      notes.append(paragraph('search-ignored', `Not required, as too common: ${listOf(parsed.ignored.map(quoted))}.`));
    }
    if (ranking.kind === 'partial') {
      notes.append(
        paragraph(
          'search-partial',
          `No provision contains all of ${listOf(query.terms.map((term) => quoted(term.text)))}. These partial matches hold most of them.`,
        ),
      );
    }
    const words = query.terms.flatMap((term) => wordsOf(term.text));
    current = { ticket, ranking, found, words };
    showCounts(ranking);
    await showPages(ticket, state.pages);
    return ticket === latest;
  }

  /** Starts a search as a new entry in the browser's history, keeping the scroll position of the one it leaves. */
  function navigate(state: SearchState): void {
    window.history.replaceState({ ...(window.history.state as object | null), scroll: window.scrollY }, '');
    const url = urlFromState(state);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState({ scroll: 0 }, '', url);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ query: input.value.trim(), chosen: chosenFromForm(), pages: 1 });
  });
  for (const box of Object.values(boxes)) {
    box.addEventListener('change', () => navigate({ query: input.value.trim(), chosen: chosenFromForm(), pages: 1 }));
  }
  more.addEventListener('click', () => {
    const state = stateFromUrl(new URL(window.location.href));
    state.pages = Math.ceil(list.children.length / PAGE_SIZE) + 1;
    window.history.replaceState(window.history.state, '', urlFromState(state));
    // Keyboard and screen-reader users continue at the first new result, not at the button.
    void showPages(latest, state.pages).then((items) => items[0]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', (event) => {
    const state = stateFromUrl(new URL(window.location.href));
    for (const facet of FACETS) {
      for (const tick of boxes[facet]?.querySelectorAll<HTMLInputElement>('input') ?? [])
        tick.checked = state.chosen[facet]?.includes(tick.value) ?? false;
    }
    const scroll = (event.state as { scroll?: number } | null)?.scroll ?? 0;
    void run(state).then((current) => {
      if (current) window.scrollTo(0, scroll);
    });
  });
  // Leaving for a result: remember where the reader was, for Back.
  window.addEventListener('pagehide', () =>
    window.history.replaceState({ ...(window.history.state as object | null), scroll: window.scrollY }, ''),
  );

  const initial = stateFromUrl(new URL(window.location.href));
  if (initial.query) {
    const scroll = (window.history.state as { scroll?: number } | null)?.scroll ?? 0;
    if ((await run(initial)) && scroll > 0) window.scrollTo(0, scroll);
  }
  document.documentElement.dataset['searchReady'] = 'true';
}

void main();
