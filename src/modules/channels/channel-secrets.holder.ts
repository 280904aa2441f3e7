import { Injectable } from '@nestjs/common';
import { Settings } from '../../platform/config/settings';
import { resolveChannelSecrets, type ChannelSecrets } from './channel-secrets';
import { ChannelsService } from './channels.service';

/** Resolved once at start-up: in production a missing secret stops the service. */
@Injectable()
export class ChannelSecretsHolder {
  readonly value: ChannelSecrets;

  constructor(settings: Settings, channels: ChannelsService) {
    this.value = resolveChannelSecrets(settings, channels.platforms());
  }
}
