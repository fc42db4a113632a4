/**
 * The GraphiQL page. Every script, style and font comes from this server (/graphiql/assets, or data: URIs
 * embedded in GraphiQL's stylesheet), so the explorer works on an air-gapped network; the page has no inline
 * script, so its Content-Security-Policy can forbid them.
 */
export const explorerPage = () => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Sprintgate GraphQL explorer</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <link rel="stylesheet" href="/graphiql/assets/explorer.css" />
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/explorer.js"></script>
</body>
</html>`;

/** Starts GraphiQL against this server's endpoint, with a first query that shows how to sign in. */
export const explorerScript = () => `'use strict';
// Log in with the login mutation, then put {"Authorization": "Bearer <accessToken>"} in Headers.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = '# Sign in, then add the header {"Authorization": "Bearer <accessToken>"}\\n' +
    'mutation Login {\\n  login(email: "officer@demo.sprintgate.eu", password: "demo-password-officer") {\\n    accessToken\\n    user { displayName roles organisation { name } }\\n  }\\n}\\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true, shouldPersistHeaders: true })
  );
})();
`;

export const explorerStyles = () => `body { margin: 0; height: 100vh; }
#graphiql { height: 100vh; }
`;

/**
 * Scripts only from this origin (no inline script); GraphiQL sets inline styles on its editors, so styles
 * need 'unsafe-inline'; its fonts and a few images are data: URIs inside its stylesheet.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
