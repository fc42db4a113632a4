// GraphQL Code Generator: documents in src/ typed from the repo's schema snapshot (schema.graphql).
// Documents are emitted as strings (documentMode 'string'), so the bundle needs no GraphQL parser.
// `npm run web:codegen` regenerates src/gql; apps/web/codegen.spec.ts fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', SafeInt: 'number', JSON: 'unknown' },
      },
    },
  },
};

export default config;
