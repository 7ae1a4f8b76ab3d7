/// <reference types="office-js" />
/**
 * The stand-in's request context (src/preview/standin/context.ts) and its log (log.ts): every sync
 * counted, each response estimated from what ranges and merged areas loaded, a sync over the payload
 * limit refused as Excel on the web refuses it; Excel.run syncs what is left pending.
 */
import { exampleTemplate } from "../../../src/core/template/example";
import { RequestContext } from "../../../src/preview/standin/context";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { PAYLOAD_LIMIT_BYTES, StandInWorkbook } from "../../../src/preview/standin/workbook";

afterEach(() => uninstallStandIn());

/** Loads Phụ lục I!D6's value (6992.46, the 2021–2022 sub-total) and the sheet names, in one sync. */
async function readD6(wb: StandInWorkbook): Promise<unknown> {
  const context = new RequestContext(wb) as unknown as Excel.RequestContext;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const d6 = sheets.getItem("Phụ lục I").getRange("D6");
  d6.load("values");
  await context.sync();
  return d6.values;
}

test("each sync is estimated from the range data it loads: [[6992.46]] is 11 bytes, the sheet names are not counted", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  expect(wb.payloadLimitBytes).toBe(PAYLOAD_LIMIT_BYTES);
  await expect(readD6(wb)).resolves.toEqual([[6992.46]]);
  await readD6(wb);
  expect(wb.log.syncs).toBe(2);
  expect(wb.log.requests).toEqual([11, 11]);
  expect(wb.log.bytes).toBe(22);
  expect(wb.log.largestRequest).toBe(11);
  expect(wb.log.rejected).toEqual([]);
});

test("a sync over the payload limit fails with RequestPayloadSizeLimitExceeded, and nothing it loaded can be read", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 10 });
  await expect(readD6(wb)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(wb.log).toMatchObject({ syncs: 1, requests: [], rejected: [11] });
  // At the limit is not over it.
  const exact = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 11 });
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
