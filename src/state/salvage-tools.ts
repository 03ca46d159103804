/** What the salvage view needs (field names, the repair): loaded only when a broken draft is opened. */
export { describePath, repairDraft, salvageTexts } from '../domain';
