/**
 * The search page: reads the search from the URL, runs it with Pagefind (loaded on first
 * use) and lists the results. Typing updates the address in place; submitting the form or
 * changing a filter adds a history entry, so back and forward step through searches.
 */
import { actorInQuery, type NamedActor } from './search/actor-query.ts';
import { byDate, loadDateKeys } from './search/date-order.ts';
import { bundleToSearch, loadPagefind, loadSearchManifest, type Pagefind, type PagefindResult } from './search/pagefind-loader.ts';
import { renderResults } from './search/render-result.ts';
import { FILTER_NAMES, hasSearch, pagefindOptions, sameState, searchHref, stateFromParams, type PagefindSearchOptions, type SearchState } from './search/search-state.ts';
import { suggestQueries } from './search/suggest.ts';
import { routes } from '../lib/site/routes.ts';

/** The actor a query names, in any spelling the actors' files list (the index's manifest has them all). */
async function namedActor(q: string): Promise<NamedActor | undefined> {
  return actorInQuery(q, (await loadSearchManifest()).actors);
}

/**
 * Results for a query that names an actor, in relevance order: the actor's page first, then
 * what they said or claimed (articles with their quote and claim cards, their quotes, their
 * claims), then the rest.
 */
async function actorFirst(pagefind: Pagefind, query: string, options: PagefindSearchOptions, kind: string | undefined, name: string, rest: PagefindResult[]): Promise<PagefindResult[]> {
  const first = await Promise.all([
    !kind || kind === 'actor' ? pagefind.search(query, { filters: { ...options.filters, kind: 'actor', actor: name } }) : null,
    // Articles next: their quote and claim cards are listed before them (render-result.ts).
    !kind ? pagefind.search(query, { filters: { ...options.filters, kind: 'article', by: name } }) : null,
    pagefind.search(query, { filters: { ...options.filters, by: name } }),
  ]);
  const seen = new Set<string>();
  return first.flatMap((found) => found?.results ?? []).concat(rest).filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
}

let vocabulary: Promise<string[]> | undefined;
/** The index's words, loaded the first time a search finds nothing. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(routes.searchVocabulary)
    .then((r) => (r.ok ? (r.json() as Promise<{ words: string[] }>) : { words: [] }))
    .then((v) => v.words)
    .catch(() => ((vocabulary = undefined), []));
  return vocabulary;
}

/** Results added per page of the list ("Show more"): as many as Pagefind's own interface loads at first. */
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) startSearchPage(form);

function startSearchPage(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggest = document.querySelector<HTMLElement>('[data-search-suggest]')!;
  const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = document.querySelector<HTMLElement>('[data-search-filter-count]');
  // On wide screens the filters are always in view; on phones they fold under one control.
  if (filterBox && matchMedia('(min-width: 640px)').matches) filterBox.open = true;
  // "Quote", "Claim": the kind options carry their singular for the results' labels.
  const kindLabels = new Map(Array.from(form.querySelectorAll<HTMLOptionElement>('option[data-singular]')).map((o) => [o.value, o.dataset.singular!]));
  const badges = new Map(Array.from(document.querySelectorAll<HTMLTemplateElement>('template[data-verdict-badge]')).map((t) => [t.dataset.verdictBadge!, t]));
  const baseTitle = document.title;

  let current = stateFromParams(new URLSearchParams(location.search));
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.set(k, v);
    return stateFromParams(params);
  };

  const showFilterCount = (state: SearchState) => {
    const active = FILTER_NAMES.filter((n) => state.filters[n]).length + (state.sort === 'relevance' ? 0 : 1);
    if (filterCount) filterCount.textContent = active === 0 ? 'none active' : `${active} active`;
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    showFilterCount(state);
    for (const name of [...FILTER_NAMES, 'sort', 'role'] as const) {
      const select = form.elements.namedItem(name);
      if (!(select instanceof HTMLSelectElement)) continue;
      const value = name === 'sort' ? (state.sort === 'relevance' ? '' : state.sort) : name === 'role' ? (state.role ?? '') : (state.filters[name] ?? '');
      // A shared link may name a value this build has no option for: show it rather than drop it.
      if (value && !Array.from(select.options).some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  };

  const summary = (state: SearchState, count: number) => {
    const words = count === 1 ? '1 result' : `${count} results`;
    const filters = FILTER_NAMES.filter((n) => state.filters[n]).map((n) => {
      const select = form.elements.namedItem(n) as HTMLSelectElement | null;
      const label = select?.selectedOptions[0]?.textContent?.trim() ?? state.filters[n];
      return n === 'actor' && state.role ? `${state.role} ${label}` : label;
    });
    return `${words}${state.q ? ` for “${state.q}”` : ''}${filters.length ? ` (${filters.join(', ')})` : ''}.`;
  };

  async function showMore() {
    const token = run;
    const page = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (token !== run) return;
    const ctx = {
      doc: document,
      query: current.q,
      verdictBadge: (v: string) => badges.get(v)?.content.cloneNode(true),
      kindLabel: (k: string) => kindLabels.get(k) ?? k,
    };
    list.append(...data.flatMap((d) => renderResults(d, ctx)));
    shown += page.length;
    more.hidden = shown >= results.length;
    // An article's matching quotes and claims are results of their own: count what is listed.
    status.textContent = summary(current, list.childElementCount + results.length - shown);
  }

  async function search(state: SearchState) {
    const token = ++run;
    document.title = state.q ? `“${state.q}” · ${baseTitle}` : baseTitle;
    list.replaceChildren();
    suggest.replaceChildren();
    more.hidden = true;
    results = [];
    shown = 0;
    showFilterCount(state);
    if (!hasSearch(state)) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const bundle = await bundleToSearch(state.filters.kind);
      // The manifest (actors' spellings) loads beside the index, not after it.
      const [pagefind] = await Promise.all([loadPagefind(bundle), state.q ? loadSearchManifest() : null]);
      const options = pagefindOptions(state);
      // A quote or claim bundle holds nothing else: asking for the kind would only load its filter.
      if (bundle !== 'main') delete options.filters.kind;
      // The main bundle is sorted here, by its dates file (date-order.ts); the others by Pagefind.
      const order = bundle === 'main' ? options.sort?.date : undefined;
      if (order) delete options.sort;
      // A name in any spelling is searched in the actor's own, so every spelling finds the same.
      // The words as typed are searched meanwhile: most queries are already in that spelling.
      const asTyped = pagefind.search(state.q || null, options);
      const named = state.q ? await namedActor(state.q) : undefined;
      const query = named?.query ?? state.q;
      const found = query === state.q ? await asTyped : await pagefind.search(query || null, options);
      if (token !== run || !found) return;
      results = named && state.sort === 'relevance' ? await actorFirst(pagefind, query, options, state.filters.kind, named.name, found.results) : found.results;
      if (order) results = byDate(results, await loadDateKeys(), order);
      if (token !== run) return;
      await showMore();
      if (token !== run) return;
      if (!results.length) {
        status.textContent = `${summary(state, 0)} Try fewer words or fewer filters.`;
        if (state.q) await offerSpellings(state, token);
      }
    } catch (error) {
      if (token !== run) return;
      status.textContent = navigator.onLine
        ? 'Search could not be loaded. Reload the page to try again.'
        : 'Search is not available offline yet: open the site once while online to save it on this device.';
      console.warn('Search failed:', error);
    }
  }

  /** "Did you mean": links to the same search with the closest spellings the index knows. */
  async function offerSpellings(state: SearchState, token: number) {
    const alternatives = suggestQueries(state.q, await loadVocabulary());
    if (token !== run || alternatives.length === 0) return;
    suggest.append('Did you mean ');
    alternatives.forEach((q, i) => {
      if (i > 0) suggest.append(i === alternatives.length - 1 ? ' or ' : ', ');
      const link = document.createElement('a');
      link.href = searchHref({ ...state, q });
      link.className = 'link font-semibold';
      link.dataset.suggestion = '';
      link.textContent = q;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const next = { ...state, q };
        writeForm(next);
        go(next, 'push');
      });
      suggest.append(link);
    });
    suggest.append('?');
  }

  /** Shows `state`, recording it in the address bar: `push` adds a history entry, `replace` does not. */
  function go(state: SearchState, mode: 'push' | 'replace') {
    if (sameState(state, current) && list.childElementCount + results.length > 0) return;
    if (!sameState(state, current)) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', searchHref(state));
    current = state;
    void search(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const state = readForm();
    // Submitting what typing already showed still deserves a history entry of its own.
    if (sameState(state, current)) {
      void search(state);
      return;
    }
    go(state, 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(readForm(), 'replace'), TYPING_DELAY_MS);
  });
  // Start loading the search engine as soon as the reader is about to use it.
  input.addEventListener('focus', () => void bundleToSearch(readForm().filters.kind).then(loadPagefind).catch(() => {}), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go(readForm(), 'push');
  });
  more.addEventListener('click', () => void showMore());
  addEventListener('popstate', () => {
    current = stateFromParams(new URLSearchParams(location.search));
    writeForm(current);
    void search(current);
  });

  writeForm(current);
  // Reloads and shared links start from the address; a clean URL normalises the state.
  if (location.search && searchHref(current) !== location.pathname + location.search) history.replaceState(null, '', searchHref(current));
  void search(current);
}
