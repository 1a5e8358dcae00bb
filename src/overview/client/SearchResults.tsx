/**
 * Results of the full-text search (the contract's Search operation: the ten
 * best matches across statements, positions and sources), each a button to
 * its source text.
 */
import { useOperation } from './hooks.js';
import { Loading, Panel, SourceButton } from './ui.js';

type Hit =
  | { __typename: 'Statement'; id: string; text: string }
  | { __typename: 'Position'; id: string; summary: string }
  | { __typename: 'Source'; id: string; title: string };

export function SearchResults({ query, onClear }: { query: string; onClear: () => void }) {
  const result = useOperation<{ search: { totalCount: number; nodes: Hit[] } }>('Search', { query });
  const search = result.data?.search;
  return (
    <Panel
      id="search-results"
      title={`Search: ${query}`}
      className="wide"
      what="the search results"
      error={result.error}
      tools={
        <button type="button" onClick={onClear}>
          Clear search
        </button>
      }
    >
      {!search ? (
        <Loading />
      ) : search.totalCount === 0 ? (
        <p className="muted">Nothing matches “{query}”. Search looks for whole words (stemmed: “paying” finds “pay”); quote a phrase, use “or”, or -word to exclude.</p>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {search.totalCount} match{search.totalCount === 1 ? '' : 'es'}, best first{search.totalCount > search.nodes.length ? `; the first ${search.nodes.length} shown` : ''}.
          </p>
          <ol className="plain hits">
            {search.nodes.map((hit) => (
              <li key={hit.id}>
                <span className="badge">{hit.__typename.toLowerCase()}</span> {textOf(hit)}{' '}
                <SourceButton id={hit.id} label={`Source of ${hit.__typename.toLowerCase()} “${textOf(hit)}”`} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}

function textOf(hit: Hit): string {
  return hit.__typename === 'Statement' ? hit.text : hit.__typename === 'Position' ? hit.summary : hit.title;
}
