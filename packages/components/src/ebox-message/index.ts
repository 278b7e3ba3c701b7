import { BfEboxMessage } from './ebox-message.js';

export { BfEboxMessage } from './ebox-message.js';
export type { EboxAttachmentUrl, EboxBackDetail, EboxReplyDetail } from './ebox-message.js';

BfEboxMessage.define('bf-ebox-message');

declare global {
  interface HTMLElementTagNameMap {
    'bf-ebox-message': BfEboxMessage;
  }
}
