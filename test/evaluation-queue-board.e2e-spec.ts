import { startTestStack, TestStack } from '@app/testing';
import request from 'supertest';

import { adminLogin, createBuyerUser, Party } from '../libs/solicitations/test-support/marketplace-fixtures';

describe('Bull Board at /admin/queues (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
  });
  afterAll(() => stack.close());

  const get = (path: string) => request(stack.app.getHttpServer()).get(path);

  it('refuses anyone not signed in (401) and signed-in non-admins (403), pages and API alike', async () => {
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
    expect((await get('/admin/queues').set('authorization', 'Bearer not-a-token')).status).toBe(401);
    expect((await get('/admin/queues').set('authorization', `Bearer ${officer.token}`)).status).toBe(403);
    expect((await get('/admin/queues/api/queues').set('cookie', `sg_token=${officer.token}`)).status).toBe(403);
  });

  it('shows the platform queue to an admin, by bearer header or by cookie', async () => {
    await stack.queue.add('evaluation.sweep', {}, { delay: 60_000 });
    const page = await get('/admin/queues').set('authorization', `Bearer ${admin.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await get('/admin/queues/api/queues').set('cookie', `theme=dark; sg_token=${admin.token}`);
    expect(api.status).toBe(200);
    const queue = api.body.queues.find((q: { name: string }) => q.name === 'sprintgate');
    expect(queue.counts.delayed).toBeGreaterThanOrEqual(1);
  });

  it('leaves the rest of the API as it was', async () => {
    expect((await get('/health')).status).toBe(200);
  });
});
