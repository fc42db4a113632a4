import { useEffect, useRef } from 'react';

import type { TypedDocumentString } from '../gql/graphql';
import { type QueryState, useQuery } from './use-query';

/**
 * A query that refreshes itself while the page is visible, so pages of a running sprint follow the
 * worker without the user reloading. Polling keeps it simple and proxy-friendly; a refresh keeps
 * the previous data on screen until the new data arrives (no flashing spinner).
 *
 * A refresh waits for the previous answer: a new request supersedes the one in flight (its answer
 * is dropped), so on a link or server slower than the interval, refreshing on every tick would drop
 * every answer and the page would never show anything.
 */
export function useLiveQuery<R, V>(
  query: TypedDocumentString<R, V>,
  variables: V,
  options: { skip?: boolean; intervalMs?: number } = {},
): QueryState<R> {
  const state = useQuery(query, variables, { skip: options.skip });
  const { reload } = state;
  const inFlight = useRef(state.loading);
  inFlight.current = state.loading;
  const intervalMs = options.intervalMs ?? 3000;
  useEffect(() => {
    if (options.skip) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden' && !inFlight.current) reload();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [reload, intervalMs, options.skip]);
  return state;
}
