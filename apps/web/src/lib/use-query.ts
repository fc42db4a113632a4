import { useCallback, useEffect, useState } from 'react';

import { useSession } from '../auth/session';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './graphql-client';

export interface QueryState<R> {
  data: R | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** Runs a typed query with the session's token; re-runs when the variables (as JSON) change. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { skip?: boolean } = {}): QueryState<R> {
  const { token } = useSession();
  const [state, setState] = useState<{ data: R | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, JSON.parse(key) as V, token)
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch(
        (error: unknown) => live && setState({ data: null, error: error instanceof ApiError ? error : new ApiError([]), loading: false }),
      );
    return () => {
      live = false;
    };
  }, [document, key, token, generation, options.skip]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** A mutation with the session's token. */
export function useMutation<R, V>(document: TypedDocumentString<R, V>) {
  const { token } = useSession();
  return useCallback((variables: V) => request(document, variables, token), [document, token]);
}
