/** The GraphiQL page; every script and style comes from /graphiql/assets on this server. */
export const explorerPage = () => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Sprintgate GraphQL explorer</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    // Log in with the login mutation, then put {"Authorization": "Bearer <accessToken>"} in Headers.
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = '# Sign in, then add the header {"Authorization": "Bearer <accessToken>"}\\n' +
      'mutation Login {\\n  login(email: "officer@demo.sprintgate.eu", password: "demo-password-officer") {\\n    accessToken\\n    user { displayName roles organisation { name } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true, shouldPersistHeaders: true })
    );
  </script>
</body>
</html>`;
