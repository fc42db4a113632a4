import type { TypedDocumentString } from '../gql/graphql';

/** A GraphQL error as the API sends it: `extensions.code` always set (docs/architecture.md). */
export interface ApiProblem {
  message: string;
  code: string;
  extensions: Record<string, unknown>;
}

/** Thrown for any refused operation, network failure included (code NETWORK). */
export class ApiError extends Error {
  constructor(readonly problems: ApiProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** The session subscribes here so an expired token anywhere signs the user out once. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** POST /graphql on the page's own origin with a typed document; returns data or throws ApiError. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, token?: string | null): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError([{ message: 'network', code: 'NETWORK', extensions: {} }]);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: R;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  if (body?.errors?.length) {
    const error = new ApiError(
      body.errors.map((e) => ({
        message: e.message,
        code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
        extensions: e.extensions ?? {},
      })),
    );
    if (error.code === 'UNAUTHENTICATED' && token) unauthenticatedListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (!body?.data)
    throw new ApiError([
      { message: `HTTP ${response.status}`, code: response.status === 429 ? 'RATE_LIMITED' : 'NETWORK', extensions: {} },
    ]);
  return body.data;
}
