/**
 * What the add-in asked of a stand-in workbook through the Excel API, over every Excel.run and
 * request context: the figures `npm run bench` prints for the Excel adapter and what the adapter's
 * tests assert (how many syncs, how many bytes each would bring back, that validation writes nothing).
 */
export class RequestLog {
  /** context.sync() calls, failed ones included. */
  syncs = 0;
  /**
   * The response of each sync that went through, in bytes, in order, as the stand-in measures it
   * (wire.ts: the ASCII-only JSON of everything loaded).
   */
  readonly requests: number[] = [];
  /** The cells each sync that went through read (values, formulas, number formats… of ranges). */
  readonly requestCells: number[] = [];
  /** The same measure for each sync refused as over the payload limit. */
  readonly rejected: number[] = [];
  /**
   * Every change asked for, when it was asked (before any sync): a property set ("Range.values=",
   * "RangeFormat.wrapText=") or a method call that changes the workbook or its selection
   * ("Range.merge()", "Worksheet.activate()", "WorksheetCollection.add()").
   */
  readonly writes: string[] = [];

  /** Bytes of every sync that went through. */
  get bytes(): number {
    let n = 0;
    for (const b of this.requests) n += b;
    return n;
  }

  /** The largest sync that went through, in bytes (0 before any). */
  get largestRequest(): number {
    let m = 0;
    for (const b of this.requests) if (b > m) m = b;
    return m;
  }
}
