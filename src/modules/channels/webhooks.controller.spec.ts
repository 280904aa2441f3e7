import type { ChannelSecretsHolder } from './channel-secrets.holder';
import { ChannelsError } from './channels.errors';
import type { IntakeService } from './intake.service';
import { WebhooksController } from './webhooks.controller';

function controller(secrets: ChannelSecretsHolder['value']): WebhooksController {
  return new WebhooksController({} as IntakeService, { value: secrets });
}

describe('WebhooksController handshakes without configured secrets', () => {
  const none = controller({ metaAppSecret: '', metaVerifyToken: '', xConsumerSecret: '' });

  it('an empty Meta verify token verifies no handshake, not even an empty one', () => {
    expect(() =>
      none.verifyMeta({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '42' }),
    ).toThrow(ChannelsError);
  });

  it('an empty X consumer secret answers no CRC check', () => {
    expect(() => none.crc({ crc_token: 'abc' })).toThrow(ChannelsError);
  });

  it('configured secrets answer both', () => {
    const c = controller({ metaAppSecret: 'a', metaVerifyToken: 'tok', xConsumerSecret: 'x' });
    expect(
      c.verifyMeta({ 'hub.mode': 'subscribe', 'hub.verify_token': 'tok', 'hub.challenge': '42' }),
    ).toBe('42');
    expect(c.crc({ crc_token: 'abc' }).response_token).toMatch(/^sha256=/);
  });
});
