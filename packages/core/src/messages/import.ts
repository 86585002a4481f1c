/**
 * The user's data folder (`kitchin data import`, `history`, `undo`, `remove`): refusals and notes
 * in English and Chinese as functions of their parameters. "Nothing was imported/changed" closes every
 * refusal, in both languages: the folder is left as it was.
 */
export const IMPORT_MESSAGES = {
} as const;
