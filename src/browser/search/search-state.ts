/**
 * The search page's state and its URL: `/search/?q=…&kind=quote&actor=Vladimir+Putin`.
 * The URL is the only place the state lives, so a search can be shared, survives a reload
 * and moves with back and forward. Parameter names are the form's field names and the
 * index's filter names.
 */

/** Filters of the index, in the order they appear in URLs. */
export const FILTER_NAMES = ['kind', 'actor', 'verdict', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * The index's filters: the form's, `by` and `about`. The form's actor filter asks the index's
 * `actor`: what the actor's page lists (their quotes, the claims they made and the claims about
 * them, their events); with `role=by`, `by` (what they said or claimed); with `role=about`,
 * `about` (what names them).
 */
export type IndexFilterName = FilterName | 'by' | 'about';
/** `by` or `about` an actor; without one, either. */
export const ROLES = ['by', 'about'] as const;
export type ActorRole = (typeof ROLES)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortOrder;
  /** With an actor filter: only what they said or did (`by`), or only what names them (`about`). */
  role?: ActorRole;
}

export const SEARCH_PATH = '/search/';

/** Reads the state from URL parameters; blank values and unknown sorts are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  const role = params.get('role');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
    ...(filters.actor && (ROLES as readonly string[]).includes(role ?? '') ? { role: role as ActorRole } : {}),
  };
}

/** The parameters of a state, in a fixed order and without empty values. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
    if (name === 'actor' && value && state.role) params.set('role', state.role);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** `/search/?q=…`: the address of a search. */
export function searchHref(state: SearchState): string {
  const query = paramsFromState(state).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Is there anything to search for: words, or at least one filter? */
export const hasSearch = (state: SearchState) => state.q !== '' || Object.keys(state.filters).length > 0;

export type PagefindFilters = Record<string, string>;

export interface PagefindSearchOptions {
  filters: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The options for Pagefind's `search()`: filters as given, and the date sort when asked for. */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindFilters = {};
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (!value) continue;
    filters[name === 'actor' && state.role ? state.role : name] = value;
  }
  return state.sort === 'relevance' ? { filters } : { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

export const sameState = (a: SearchState, b: SearchState) => paramsFromState(a).toString() === paramsFromState(b).toString();
