/** The channels module's public API for other modules. */
export { ChannelsModule } from './channels.module';
export { ChannelsService, type ChannelHandle, type OwnContacts } from './channels.service';
