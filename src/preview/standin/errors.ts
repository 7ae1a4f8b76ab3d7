/** The errors of the stand-in, shaped like the Excel API's (OfficeExtension.Error: a code and a message). */

/** Like OfficeExtension.Error: a code and a message. */
export class StandInError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** Reading a property that was not loaded and synced, as Excel words it. */
export function notLoaded(prop: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
