import { BfAlternativeChannels } from './alternative-channels.js';
import { BfChannel } from './channel.js';

export { BfAlternativeChannels, alternativeChannelsVariants } from './alternative-channels.js';
export type {
  AlternativeChannelsToggleDetail,
  AlternativeChannelsVariant,
} from './alternative-channels.js';
export { BfChannel, channelCosts, channelKinds, phoneValue } from './channel.js';
export type { ChannelCost, ChannelKind } from './channel.js';
export { alternativeChannelsStrings, channelStrings } from './alternative-channels.strings.js';
export type { AlternativeChannelsStrings, ChannelStrings } from './alternative-channels.strings.js';

// Channels first, as the block would (BelfryElement.define registers its dependencies).
BfChannel.define('bf-channel');
BfAlternativeChannels.define('bf-alternative-channels');

declare global {
  interface HTMLElementTagNameMap {
    'bf-alternative-channels': BfAlternativeChannels;
    'bf-channel': BfChannel;
  }
}
