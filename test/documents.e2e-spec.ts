import { documentsSuite, postgresStore } from '../libs/documents/test-support/documents-suite';

documentsSuite('documents on the PostgreSQL store (e2e, with the worker)', postgresStore);
