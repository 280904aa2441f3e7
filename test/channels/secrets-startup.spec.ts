import { randomBytes } from 'node:crypto';
import { SECRETS, startChannelApp } from './channel-support';

describe('webhook secrets at start-up', () => {
  const production = {
    NODE_ENV: 'production',
    ARCHIVE_SIGNING_KEY: randomBytes(32).toString('base64'),
    ARCHIVE_MASTER_KEY: randomBytes(32).toString('base64'),
  };

  it('in production the service refuses to start when a platform with a handle has no secret', async () => {
    await expect(
      startChannelApp({ ...production, META_APP_SECRET: SECRETS.META_APP_SECRET }),
    ).rejects.toThrow(/META_VERIFY_TOKEN, X_CONSUMER_SECRET required when NODE_ENV=production/);
  });

  it('in production it starts with every secret given', async () => {
    const t = await startChannelApp({ ...production, ...SECRETS });
    await t.close();
  });
});
