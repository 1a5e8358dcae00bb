/** React hooks of the overview: the URL as state, and API operations as data. */
import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PrefetchingApi } from './api.js';
import { parseState, serializeState, type OverviewState } from '../common/urlState.js';

/** The API runner, provided once by main.tsx; `take` (optional) hands over answers the page came with. */
export const ApiContext = createContext<(Pick<PrefetchingApi, 'run'> & Partial<Pick<PrefetchingApi, 'take'>>) | null>(null);

/** What an operation has answered so far. */
export interface OperationResult<T> {
  data?: T;
  error?: Error;
  loading: boolean;
}

/**
 * Runs operation `name` with `variables` whenever they change (compared as
 * JSON), cancelling the request before; `variables === null` runs nothing.
 * While a new answer loads, the previous data stays (no flicker) but
 * `loading` is true from the first render with the new variables on, so
 * `!loading` means the data (or error) answers the variables given now.
 * An answer the page came with (embedded by the server) is there from the
 * first render on, without a request.
 */
export function useOperation<T = any>(name: string, variables: Record<string, unknown> | null): OperationResult<T> {
  const api = useContext(ApiContext);
  if (!api) throw new Error('expected useOperation inside <ApiContext.Provider>, but there is none');
  const { run } = api;
  const key = variables === null ? null : JSON.stringify(variables);
  const [answer, setAnswer] = useState<{ key: string; data?: T; error?: Error } | null>(() => {
    const known = key === null ? undefined : api.take?.(name, JSON.parse(key));
    return known ? { key: key!, data: known.data as T } : null;
  });
  // The key whose answer the page came with: its first effect has nothing to ask.
  const given = useRef(answer?.key);

  useEffect(() => {
    if (key === null) {
      setAnswer(null);
      return undefined;
    }
    if (key === given.current) {
      given.current = undefined;
      return undefined;
    }
    const controller = new AbortController();
    run<T>(name, JSON.parse(key), controller.signal).then(
      (data) => setAnswer({ key, data }),
      (error: Error) => {
        if (error.name !== 'AbortError') setAnswer({ key, error });
      },
    );
    return () => controller.abort();
  }, [run, name, key]);

  const answered = answer !== null && answer.key === key;
  return { data: key === null ? undefined : answer?.data, error: answered ? answer.error : undefined, loading: key !== null && !answered };
}

const subscribers = new Set<() => void>();
function subscribe(callback: () => void): () => void {
  subscribers.add(callback);
  window.addEventListener('popstate', callback);
  return () => {
    subscribers.delete(callback);
    window.removeEventListener('popstate', callback);
  };
}
const readSearch = () => window.location.search;

/**
 * The page's state as the URL holds it, and a function that changes it: by
 * default a new history entry (Back undoes a pick), `replace` for
 * corrections the user did not ask for.
 */
export function useUrlState(): [OverviewState, (change: Partial<OverviewState>, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, readSearch);
  const state = parseState(search);
  const update = useCallback((change: Partial<OverviewState>, options: { replace?: boolean } = {}) => {
    const next = serializeState({ ...parseState(window.location.search), ...change });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    for (const notify of subscribers) notify();
  }, []);
  return [state, update];
}

/** `value`, updated only after it has stayed the same for `ms` milliseconds (typing). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
