import request from 'supertest';
import type { Request } from 'playwright-core';
import { Role } from '../../src/platform/auth/access.enums';
import {
  type ConsoleUnderTest,
  expectAccessible,
  PHONE,
  screenshot,
  see,
  signIn,
  startConsole,
  watchPolicy,
} from './support/console';

jest.setTimeout(180_000);

/** Crisis mode switched through the API shows on open consoles at once, with no reload. */
describe('console: live updates and the crisis banner', () => {
  let c: ConsoleUnderTest;
  let compliance: string;

  const crisis = (method: 'post' | 'delete', reason: string) =>
    request(c.t.app.getHttpServer())
      [method]('/v1/crisis')
      .set('authorization', `Bearer ${compliance}`)
      .send({ reason })
      .expect(200);

  beforeAll(async () => {
    c = await startConsole();
    compliance = await c.t.token('carla', Role.ComplianceOfficer);
  }, 90_000);
  afterAll(() => c?.close(), 120_000);

  it('an agent’s open console shows the banner while crisis mode is on, and an auditor’s phone too', async () => {
    const agentPage = await (await c.context()).newPage();
    const policy = watchPolicy(agentPage, c.baseUrl);
    const isStream = (r: Request) => new URL(r.url()).pathname === '/v1/events';
    const urls: string[] = [];
    agentPage.on('request', (r) => urls.push(r.url()));
    const agentStream = agentPage.waitForResponse((r) => isStream(r.request()), {
      timeout: 30_000,
    });
    await signIn(agentPage, { sub: 'olivia', roles: ['agent'] });
    const auditorPage = await (await c.context(PHONE)).newPage();
    const auditorStream = auditorPage.waitForResponse((r) => isStream(r.request()), {
      timeout: 30_000,
    });
    await signIn(auditorPage, { sub: 'audrey', roles: ['auditor'] });

    // Both consoles are following the event stream before anything changes.
    const stream = await agentStream;
    expect(stream.status()).toBe(200);
    expect((await auditorStream).status()).toBe(200);
    const agentBanner = agentPage.getByRole('alert', { name: 'Crisis mode is on' });
    const auditorBanner = auditorPage.getByRole('alert', { name: 'Crisis mode is on' });
    expect(await agentBanner.count()).toBe(0);
    // A page that reloads loses this mark.
    await agentPage.evaluate('window.liveMark = 42');

    await crisis('post', 'Card processing outage confirmed by operations');
    await see(agentBanner);
    await see(auditorBanner);
    await see(agentBanner.getByText(/Card processing outage confirmed by operations/));
    await see(agentBanner.getByText(/every public reply needs a compliance sign-off/));
    expect(await agentPage.evaluate('window.liveMark')).toBe(42);
    await expectAccessible(agentPage, 'crisis banner (desktop)');
    await expectAccessible(auditorPage, 'crisis banner (phone)');
    await screenshot(agentPage, 'crisis-banner');

    await crisis('delete', 'Outage resolved');
    await agentBanner.waitFor({ state: 'detached', timeout: 30_000 });
    await auditorBanner.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await agentPage.evaluate('window.liveMark')).toBe(42);

    // The token travels in a header, never in a URL.
    const token = String(await agentPage.evaluate("sessionStorage.getItem('countersign.token')"));
    expect(token.split('.')).toHaveLength(3);
    expect(urls.filter((u) => u.includes(token))).toEqual([]);
    expect(await stream.request().headerValue('authorization')).toBe(`Bearer ${token}`);
    expect(policy.problems).toEqual([]);
  });
});
