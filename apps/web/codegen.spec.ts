// The console's GraphQL types are generated from schema.graphql and committed: this fails when
// the schema or a document changed and `npm run web:codegen` was not run.
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'fs';
import { join } from 'path';

import config from './codegen';

const ROOT = join(__dirname, '..', '..');

describe('web console GraphQL types', () => {
  it('are up to date with schema.graphql and the documents in apps/web/src', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const files = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const committed = readFileSync(join(ROOT, file.filename), 'utf8');
        expect({ file: file.filename, content: committed }).toEqual({ file: file.filename, content: file.content });
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
