/// <reference types="office-js" />
/** The stand-in's worksheet events (src/preview/standin/events.ts), as Office.js raises them. */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import type { WorksheetEventArgs } from "../../../src/preview/standin/events";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

/** Lets the events of the last change be delivered (after it, never inside it). */
const delivered = () => new Promise((ok) => setTimeout(ok, 0));

/** Registers a handler on each of the three events; resolves to what they heard and how to remove them. */
async function listen() {
  const heard: WorksheetEventArgs[] = [];
  const handlers = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets;
    const push = (e: unknown) => {
      heard.push(e as WorksheetEventArgs);
      return Promise.resolve();
    };
    const hs = [ws.onChanged.add(push), ws.onAdded.add(push), ws.onDeleted.add(push)];
    await context.sync();
    return hs;
  });
  return { heard, handlers };
}

test("setCell (a person typing) raises onChanged with the sheet's id, the cell and RangeEdited", async () => {
  const { heard } = await listen();
  const id = wb.sheet("Phụ lục I")!.id;
  globalThis.__baocaoPreview!.setCell("Phụ lục I", "D12", 1907);
  expect(heard).toEqual([]);
  await delivered();
  expect(heard).toEqual([
    { type: "WorksheetChanged", source: "Local", worksheetId: id, address: "D12", changeType: "RangeEdited" },
  ]);
  // The id finds the sheet, as in Excel.
  const name = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(id);
    ws.load("name");
    await context.sync();
    return ws.name;
  });
  expect(name).toBe("Phụ lục I");
});

test("the add-in's own writes raise them too: a sheet added (no onChanged for it), written, deleted", async () => {
  const { heard } = await listen();
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Mới");
    ws.getRange("A1:B1").values = [[1, 2]];
    await context.sync();
  });
  await delivered();
  const id = wb.sheet("Mới")!.id;
  expect(heard).toEqual([{ type: "WorksheetAdded", source: "Local", worksheetId: id }]);
  heard.length = 0;
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Mới").delete();
    await context.sync();
  });
  await delivered();
  expect(heard).toEqual([{ type: "WorksheetDeleted", source: "Local", worksheetId: id }]);
});

test("remove() through Excel.run(handler.context, …) stops the events; sheet ids stay put when others go", async () => {
  const { heard, handlers } = await listen();
  const id = wb.sheet("Số liệu")!.id;
  await Excel.run(handlers[0].context, async (context) => {
    for (const h of handlers) h.remove();
    await context.sync();
  });
  wb.setCell("Phụ lục I", "D12", 1);
  wb.removeSheet(wb.sheet("Phụ lục II")!);
  await delivered();
  expect(heard).toEqual([]);
  expect(wb.sheet("Số liệu")!.id).toBe(id);
});

test("latencyMs holds every sync until that much time has passed (a slow Excel)", async () => {
  jest.useFakeTimers();
  try {
    wb.latencyMs = 1000;
    let done = false;
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    }).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    expect(wb.log.requests).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    await run;
    expect(done).toBe(true);
    expect(wb.log.requests).toHaveLength(1);
  } finally {
    jest.useRealTimers();
  }
});
