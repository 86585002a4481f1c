/**
 * Reading and writing a user's files (CSV, XLSX, XLS, JSON; the files the CLI writes) and naming a
 * series (a column of the file or a shipped id): each sentence in English and Chinese as a function of
 * its parameters; the file, row and column are the error's place, not part of the sentence.
 */
export const FILE_MESSAGES = {
} as const;
