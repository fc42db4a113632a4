/**
 * The GraphiQL page; every script and style comes from /graphiql/assets on this server, none is
 * inline, so the page's CSP can forbid inline scripts (http/security-headers.ts).
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

/** The page's own script, served as /graphiql/assets/explorer.js. */
export const explorerScript = () => `    // Log in with the login mutation, then put {"Authorization": "Bearer <accessToken>"} in Headers.
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = '# Sign in, then add the header {"Authorization": "Bearer <accessToken>"}\\n' +
      'mutation Login {\\n  login(email: "officer@demo.sprintgate.eu", password: "demo-password-officer") {\\n    accessToken\\n    user { displayName roles organisation { name } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true, shouldPersistHeaders: true })
    );
`;

export const explorerStyle = () => 'body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }\n';
