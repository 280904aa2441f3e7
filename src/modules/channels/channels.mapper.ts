import type { ChannelHandle } from './channels.service';
import type { ChannelListDto } from './dtos/inbound.dto';

export function toChannelList(handles: ChannelHandle[]): ChannelListDto {
  return {
    handles: handles.map((h) => ({
      id: h.id,
      platform: h.platform,
      accountId: h.accountId,
      handle: h.handle,
      purpose: h.purpose,
      channel: h.channel,
    })),
  };
}
