import { AuditChainer, EntityRows, plainQuery } from '@app/core';
import { startTestStack, TestStack } from '@app/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';

import { OrganisationEntity } from '../libs/identity/src/entities/organisation.entity';
import { UserEntity } from '../libs/identity/src/entities/user.entity';
import { IdentityService } from '../libs/identity/src/identity.service';
import { EvaluationCriterionEntity } from '../libs/solicitations/src/entities/evaluation-criterion.entity';
import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const ME = `{ me { id email roles organisation { name kind smeClass } } }`;
const PAGE = (first: number) =>
  `{ challenges(first: ${first}) { totalCount edges { node { id title status buyer { name } budget { amountMinor currency } criteria { name weight } } } } }`;

/**
 * The hot read paths: plain-SQL reads return exactly what TypeORM would, and a request costs a
 * fixed number of SQL statements whatever the page size (counted at the pg client).
 */
describe('read path (e2e)', () => {
  let stack: TestStack;
  let officer: Party;
  let vendor: Party;
  const statements: { text: string; name?: string }[] = [];
  const original = Client.prototype.query;

  /** The statements the app sends while `work` runs. */
  const count = async (work: () => Promise<unknown>) => {
    statements.length = 0;
    await work();
    return [...statements];
  };

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    vendor = await registerVendor(stack.gql, { country: 'NO' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS); // need to know then reads the attestation and the clock
    for (let i = 0; i < 3; i += 1) await publishedChallenge(stack.gql, officer);
    await stack.app.get(AuditChainer).onModuleDestroy(); // no background linking rounds while counting
    (Client.prototype as any).query = function (this: Client, ...args: any[]) {
      const config = args[0];
      statements.push(typeof config === 'string' ? { text: config } : { text: config?.text ?? '', name: config?.name });
      return (original as any).apply(this, args);
    };
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await stack.close();
  });

  it('reads users, organisations and criteria exactly as the repository does', async () => {
    const users = await stack.db.getRepository(UserEntity).find();
    const organisations = await stack.db.getRepository(OrganisationEntity).find();
    const criteria = await stack.db.getRepository(EvaluationCriterionEntity).find({ order: { position: 'ASC' } });
    expect(users.length).toBeGreaterThan(2);
    expect(criteria.length).toBeGreaterThan(2);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(
      byId(
        await new EntityRows(stack.db, UserEntity).whereIn(
          'id',
          users.map((u) => u.id),
        ),
      ),
    ).toEqual(byId(users));
    expect(
      byId(
        await new EntityRows(stack.db, OrganisationEntity).whereIn(
          'id',
          organisations.map((o) => o.id),
        ),
      ),
    ).toEqual(byId(organisations));
    const challengeIds = [...new Set(criteria.map((c) => c.challengeId))];
    const raw = await new EntityRows(stack.db, EvaluationCriterionEntity).whereIn('challenge_id', challengeIds, 'position ASC');
    expect(byId(raw)).toEqual(byId(criteria));
    expect(raw[0]).toBeInstanceOf(EvaluationCriterionEntity);
    // `me`'s joined read maps both rows exactly as the repository does too.
    const joined = await stack.app.get(IdentityService).findUserWithOrganisation(users[0].id);
    expect(joined).toEqual({ user: users[0], organisation: organisations.find((o) => o.id === users[0].organisationId) });
    expect(joined?.user).toBeInstanceOf(UserEntity);
    expect(joined?.organisation).toBeInstanceOf(OrganisationEntity);
  });

  it('plainQuery answers as dataSource.query does, failures included', async () => {
    const sql = `SELECT id, roles, created_at FROM app_user ORDER BY id LIMIT 3`;
    expect(await plainQuery(stack.db, sql)).toEqual(await stack.db.query(sql));
    const failed = plainQuery(stack.db, 'SELECT $1::uuid AS id', ['not-a-uuid']);
    await expect(failed).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failed).rejects.toMatchObject({ driverError: { code: '22P02' } });
    expect(await plainQuery(stack.db, 'SELECT 1 AS one')).toEqual([{ one: 1 }]); // the client went back to the pool
  });

  it('answers `me` with two statements: the actor, then the user joined with its organisation', async () => {
    let res: any;
    const sent = await count(async () => (res = await stack.gql(ME, {}, vendor.token)));
    expect(res.errors).toBeUndefined();
    const [organisation] = await stack.db.query(`SELECT name, sme_class FROM organisation WHERE kind = 'VENDOR' AND name = $1`, [
      res.data.me.organisation.name,
    ]);
    expect(res.data.me.organisation).toEqual({ name: organisation.name, kind: 'VENDOR', smeClass: organisation.sme_class });
    expect(sent).toHaveLength(2);
  });

  it('answers a page of challenges with the same statements whatever its size, each prepared once per connection', async () => {
    const sent: { text: string; name?: string }[][] = [];
    // once, so this process has assessed the vendor's attestation (its answers are read only then)
    expect((await stack.gql(PAGE(1), {}, vendor.token)).errors).toBeUndefined();
    for (const first of [1, 3]) {
      let res: any;
      sent.push(await count(async () => (res = await stack.gql(PAGE(first), {}, vendor.token))));
      expect(res.errors).toBeUndefined();
      expect(res.data.challenges.edges).toHaveLength(first);
    }
    // the actor with the vendor's attestation and the database clock (need to know), the page with
    // its count, organisations, criteria
    expect(sent[0]).toHaveLength(4);
    // The same texts for both sizes (the limit is a parameter), each under its prepared-statement
    // name (statement-names.ts), so the database plans them once per connection, not per request.
    expect(sent[1]).toEqual(sent[0]);
    for (const { name } of sent[0]) expect(name).toMatch(/^sg_[0-9a-f]{40}$/);
  });

  it('counts the whole list on a page past the end (no row to carry the count)', async () => {
    const LIST = `query L($after: String) { challenges(first: 100, after: $after) { totalCount edges { cursor } } }`;
    const all: any = await stack.gql(LIST, {}, vendor.token);
    const { totalCount, edges } = all.data.challenges;
    expect(edges).toHaveLength(totalCount);
    const past: any = await stack.gql(LIST, { after: edges.at(-1).cursor }, vendor.token);
    expect(past.errors).toBeUndefined();
    expect(past.data.challenges).toEqual({ totalCount, edges: [] });
  });

  it('leaves plain fields without a resolver, so graphql-jit reads them inline', () => {
    // graphql.options.ts: withoutTrivialFieldResolvers drops the resolver Nest gives every field.
    const { schema } = stack.app.get(GraphQLSchemaHost);
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    for (const field of ['id', 'title', 'status', 'budget']) expect(fields('Challenge')[field].resolve).toBeUndefined();
    for (const field of ['edges', 'totalCount']) expect(fields('ChallengeConnection')[field].resolve).toBeUndefined();
    expect(fields('ChallengeEdge').node.resolve).toBeUndefined();
    expect(fields('Organisation').name.resolve).toBeUndefined();
    expect(fields('Organisation').suspension.resolve).toBeDefined(); // a real resolver stays
  });

  it("resolves a challenge's relations without Nest's per-call context (no parameter decorators)", () => {
    // challenge-fields.resolver.ts: @nestjs/graphql binds such a method directly; one parameter
    // decorator added back would silently put every row of every page through its pipes again.
    const challenge = stack.app.get(GraphQLSchemaHost).schema.getType('Challenge') as GraphQLObjectType;
    for (const field of ['buyer', 'criteria', 'questions', 'amendments', 'evaluators', 'evaluatorCandidates'])
      expect(challenge.getFields()[field].resolve?.name).toMatch(new RegExp(`^(bound )+${field}$`)); // a bound method, not Nest's wrapper
  });
});
