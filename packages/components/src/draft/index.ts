import { BfDraft } from './draft.js';

export { BfDraft, draftStorages } from './draft.js';
export type { DraftClearDetail, DraftRestoreDetail, DraftSaveDetail } from './draft.js';

BfDraft.define('bf-draft');

declare global {
  interface HTMLElementTagNameMap {
    'bf-draft': BfDraft;
  }
}
