import { useEffect } from 'react';

import type { TypedDocumentString } from '../gql/graphql';
import { type QueryState, useQuery } from './use-query';

/**
 * A query that refreshes itself while the page is visible, so pages of a running sprint follow the
 * worker without the user reloading. Polling keeps it simple and proxy-friendly; a refresh keeps
 * the previous data on screen until the new data arrives (no flashing spinner).
 */
export function useLiveQuery<R, V>(
  query: TypedDocumentString<R, V>,
  variables: V,
  options: { skip?: boolean; intervalMs?: number } = {},
): QueryState<R> {
  const state = useQuery(query, variables, { skip: options.skip });
  const { reload } = state;
  const intervalMs = options.intervalMs ?? 3000;
  useEffect(() => {
    if (options.skip) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') reload();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [reload, intervalMs, options.skip]);
  return state;
}
