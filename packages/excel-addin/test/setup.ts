/**
 * Node stand-in for the two pieces of the Custom Functions runtime the adapters touch:
 * `CustomFunctions.Error` and `CustomFunctions.ErrorCode` (same shape as the real runtime's
 * CustomFunctionError: `code` and `message`). The real runtime is exercised by browser.test.ts.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CellError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CellError, ErrorCode };
