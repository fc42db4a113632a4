// The comparison server of `npm run bench`: the leanest thing a Node engineer would write for the
// same two reads. Bare Fastify + Mercurius (graphql-jit on) + pg, an HS256 bearer check, the same
// actor lookup as the API and the same SQL statements per request (me: actor, user, organisation;
// challenges page: actor, count, page, organisations, criteria — batched per request).
// Usage: DATABASE_URL=… JWT_SECRET=… PORT=… node bench/peer/server.js
const { createHmac, timingSafeEqual } = require('crypto');
const Fastify = require('fastify');
const mercurius = require('mercurius');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const secret = process.env.JWT_SECRET;

/** HS256 JWT with issuer "sprintgate" and an expiry: the user id, or null. */
function verifyToken(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (header.alg !== 'HS256' || claims.iss !== 'sprintgate' || typeof claims.sub !== 'string') return null;
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) return null;
    return claims.sub;
  } catch {
    return null;
  }
}

async function actorOf(header) {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const userId = match && verifyToken(match[1]);
  if (!userId) return null;
  const { rows } = await pool.query(
    `SELECT u.id, u.organisation_id, o.kind, u.roles
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id
      WHERE u.id = $1 AND u.disabled_at IS NULL`,
    [userId],
  );
  return rows[0] ? { userId: rows[0].id, organisationId: rows[0].organisation_id, roles: rows[0].roles } : null;
}

const schema = `
  type Organisation { id: ID! name: String! kind: String! smeClass: String }
  type User { id: ID! email: String! roles: [String!]! organisation: Organisation! }
  type Money { amountMinor: Int! currency: String! }
  type Criterion { name: String! weight: Int! }
  type Challenge { id: ID! title: String! status: String! buyer: Organisation! budget: Money! criteria: [Criterion!]! }
  type ChallengeEdge { cursor: String! node: Challenge! }
  type ChallengeConnection { totalCount: Int! edges: [ChallengeEdge!]! }
  type Query { me: User! challenges(first: Int = 20): ChallengeConnection! }
`;

const unauthenticated = () => Object.assign(new mercurius.ErrorWithProps('not authenticated', { code: 'UNAUTHENTICATED' }));

const resolvers = {
  Query: {
    async me(_, __, { actor }) {
      if (!actor) throw unauthenticated();
      const { rows } = await pool.query(`SELECT id, email, roles, organisation_id FROM app_user WHERE id = $1`, [actor.userId]);
      return rows[0];
    },
    async challenges(_, { first }, { actor }) {
      if (!actor) throw unauthenticated();
      const limit = Math.min(first, 100);
      const where = actor.roles.includes('ADMIN') ? 'TRUE' : 'c.published_at IS NOT NULL';
      const [{ rows: count }, { rows }] = [
        await pool.query(`SELECT count(*)::int AS n FROM challenge c WHERE ${where}`),
        await pool.query(`SELECT * FROM challenge c WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT $1`, [limit + 1]),
      ];
      return {
        totalCount: count[0].n,
        edges: rows
          .slice(0, limit)
          .map((c) => ({ cursor: Buffer.from(JSON.stringify([c.created_at, c.id])).toString('base64url'), node: c })),
      };
    },
  },
  User: { organisation: (u, _, { loaders }) => loaders.organisation(u.organisation_id) },
  Challenge: {
    buyer: (c, _, { loaders }) => loaders.organisation(c.buyer_organisation_id),
    budget: (c) => ({ amountMinor: Number(c.budget_minor), currency: c.currency }),
    criteria: (c, _, { loaders }) => loaders.criteria(c.id),
  },
  Organisation: { smeClass: (o) => o.sme_class },
};

/** Per-request batching (what DataLoader does in the API): one statement per kind per request. */
function requestLoaders() {
  const batch = (fetch) => {
    let pending = null;
    return (key) => {
      if (!pending) {
        pending = { keys: new Set(), promise: null };
        const current = pending;
        current.promise = new Promise((resolve) => setImmediate(resolve)).then(() => {
          pending = null;
          return fetch([...current.keys]);
        });
      }
      pending.keys.add(key);
      return pending.promise.then((map) => map.get(key));
    };
  };
  return {
    organisation: batch(async (ids) => {
      const { rows } = await pool.query(`SELECT * FROM organisation WHERE id = ANY($1)`, [ids]);
      return new Map(rows.map((o) => [o.id, o]));
    }),
    criteria: batch(async (ids) => {
      const { rows } = await pool.query(`SELECT * FROM evaluation_criterion WHERE challenge_id = ANY($1) ORDER BY position`, [ids]);
      const map = new Map(ids.map((id) => [id, []]));
      for (const row of rows) map.get(row.challenge_id).push(row);
      return map;
    }),
  };
}

async function main() {
  const app = Fastify({ logger: false });
  await app.register(mercurius, {
    schema,
    resolvers,
    jit: 1,
    context: async (request) => ({ actor: await actorOf(request.headers.authorization), loaders: requestLoaders() }),
  });
  app.get('/health', async () => ({ status: 'ok' }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  const stop = () =>
    app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
