/// <reference types="office-js" />
/**
 * The stand-in's request context (src/preview/standin/context.ts) and its log (log.ts): every sync
 * counted, each response measured on its own (wire.ts: ASCII-only JSON of everything loaded), a sync
 * over the payload limit or over five million cells refused as Excel refuses it; Excel.run syncs what
 * is left pending.
 */
import { exampleTemplate } from "../../../src/core/template/example";
import { RequestContext } from "../../../src/preview/standin/context";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { PAYLOAD_LIMIT_BYTES, StandInWorkbook } from "../../../src/preview/standin/workbook";

afterEach(() => uninstallStandIn());

/** Loads Phụ lục I!D6's value (6992.46, the 2021–2022 sub-total), in one sync. */
async function readD6(wb: StandInWorkbook): Promise<unknown> {
  const context = new RequestContext(wb) as unknown as Excel.RequestContext;
  const d6 = context.workbook.worksheets.getItem("Phụ lục I").getRange("D6");
  d6.load("values");
  await context.sync();
  return d6.values;
}

test('each response is measured on its own: {"values":[[6992.46]]} is 22 bytes, a Vietnamese letter 6', async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  expect(wb.payloadLimitBytes).toBe(PAYLOAD_LIMIT_BYTES);
  expect(PAYLOAD_LIMIT_BYTES).toBe(5_000_000);
  await expect(readD6(wb)).resolves.toEqual([[6992.46]]);
  await readD6(wb);
  expect(wb.log.syncs).toBe(2);
  expect(wb.log.requests).toEqual([22, 22]);
  expect(wb.log.requestCells).toEqual([1, 1]);
  expect(wb.log.bytes).toBe(44);
  expect(wb.log.largestRequest).toBe(22);
  expect(wb.log.rejected).toEqual([]);

  // The sheet names count too: {"items":[{"name":"Phụ lục I"}, …]}, "ụ" as \u1ee5.
  const names = new StandInWorkbook();
  names.addSheet("Phụ lục I");
  const context = new RequestContext(names) as unknown as Excel.RequestContext;
  context.workbook.worksheets.load("items/name");
  await context.sync();
  expect(names.log.requests).toEqual([String.raw`{"items":[{"name":"Ph\u1ee5 l\u1ee5c I"}]}`.length]);
});

test("a sync over the payload limit fails with ResponsePayloadSizeLimitExceeded, and nothing it loaded can be read", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 21 });
  await expect(readD6(wb)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(wb.log).toMatchObject({ syncs: 1, requests: [], rejected: [22] });
  // At the limit is not over it.
  const exact = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 22 });
  await expect(readD6(exact)).resolves.toEqual([[6992.46]]);
  // 0: no limit.
  const unlimited = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 0 });
  await expect(readD6(unlimited)).resolves.toEqual([[6992.46]]);
});

test("a sync that fails for another reason is counted, neither went through nor refused for its size", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(wb.log).toMatchObject({ syncs: 1, requests: [], rejected: [] });
});

test("Excel.run syncs what is left pending at its end, and only then", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
  await Excel.run((context) => {
    context.workbook.worksheets.getItem("Phụ lục I").getRange("D7").values = [[6000]];
    return Promise.resolve();
  });
  expect(wb.log.syncs).toBe(1);
  expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6892.46);
  await Excel.run(() => Promise.resolve());
  expect(wb.log.syncs).toBe(1);
});

test("a request reading more than five million cells is refused, even in two ranges; or answered with null arrays", async () => {
  const load = async (wb: StandInWorkbook) => {
    const context = new RequestContext(wb) as unknown as Excel.RequestContext;
    const ws = context.workbook.worksheets.getItem("Phụ lục I");
    const a = ws.getRangeByIndexes(0, 0, 300_000, 10); // 3 000 000 cells
    const b = ws.getRangeByIndexes(300_000, 0, 300_000, 10);
    const small = ws.getRange("D6");
    a.load("rowCount"); // sizes are not cells: no limit
    b.load("address");
    small.load("values");
    await context.sync();
    a.load("values");
    b.load("numberFormat");
    await context.sync();
    return { a: a.values, b: b.numberFormat };
  };
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  await expect(load(wb)).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  expect(wb.log.requestCells).toEqual([1]);

  const lenient = StandInWorkbook.fromSpecs(exampleTemplate(), { oversizeReads: "null", payloadLimitBytes: 0 });
  const got = await load(lenient);
  expect(got.a).toHaveLength(300_000); // the first range fits
  expect(got.b).toBeNull(); // the second one does not
  expect(lenient.log.requestCells).toEqual([1, 3_000_000]);
});
