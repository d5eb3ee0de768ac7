/**
 * What the page shows, kept in its address (`saved.html?q=…&speaker=…&group=1`): going back from
 * an article returns to the same search, and a link can open "everything saved from this person".
 * A parameter present but empty asks for the quotes without one (`speaker=`: unattributed).
 */
import type { QuoteFilter } from '../common/saved-quotes/query.js';

export interface PageState extends QuoteFilter {
  search: string;
  group: boolean;
}

const FIELDS = ['speaker', 'site', 'lang'] as const;

function read(params: URLSearchParams, name: string): string | null | undefined {
  if (!params.has(name)) return undefined;
  return params.get(name) || null;
}

/** The state in a query string (`location.search`). */
export function readState(query: string): PageState {
  const params = new URLSearchParams(query);
  return {
    search: params.get('q') ?? '',
    speaker: read(params, 'speaker'),
    site: read(params, 'site'),
    lang: read(params, 'lang'),
    group: params.get('group') === '1',
  };
}

/** The query string of `state` ("" when it shows everything, ungrouped). */
export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  for (const field of FIELDS) {
    const value = state[field];
    if (value !== undefined) params.set(field, value ?? '');
  }
  if (state.group) params.set('group', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A filter value as a `<select>` option's value: "" for any, "!" for none, "=" and the value
 * otherwise (so that no value, "!" included, can be taken for another).
 */
export function optionValue(value: string | null | undefined): string {
  return value === undefined ? '' : value === null ? '!' : `=${value}`;
}

export function fromOptionValue(option: string): string | null | undefined {
  return option === '' ? undefined : option === '!' ? null : option.slice(1);
}
