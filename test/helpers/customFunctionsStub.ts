/**
 * A stand-in for Excel's `CustomFunctions` global (no Excel here). Import it before
 * src/functions/functions.ts: the wrappers build `CustomFunctions.Error`s.
 */
export class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubCustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", notAvailable: "#N/A" },
};
