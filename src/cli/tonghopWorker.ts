/**
 * A worker thread of `baocao tonghop` (started by tonghop.ts from build/cli/tonghopWorker.js):
 * reads and checks the inputs it is given one at a time, matches each to the form, and sends back
 * only what the consolidation keeps of it (tonghopInput.ts), never its grids. An exception that is
 * not an InputError ends the worker: the pool reports it as that input's failure.
 */
import { parentPort, workerData } from "node:worker_threads";
import { examineInput, type ExamineOptions, type FormShape } from "./tonghopInput";

const { options, form } = workerData as { options: ExamineOptions; form: FormShape };
const port = parentPort;
if (!port) throw new Error("tonghopWorker runs as a worker thread");
port.on("message", (m: { i: number; item: string }) => {
  void examineInput(m.item, options, form).then((result) => port.postMessage({ i: m.i, result }));
});
