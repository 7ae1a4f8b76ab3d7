/**
 * A worker thread of `baocao tonghop` (started by tonghop.ts from build/cli/tonghopWorker.js):
 * reads and checks the inputs it is given one at a time and sends back only what the
 * consolidation keeps of each (tonghopInput.ts), never its grids; matching to the form is the main
 * thread's. An exception that is not an InputError ends the worker: the pool reports it as that
 * input's failure.
 */
import { parentPort, workerData } from "node:worker_threads";
import { examineFile, type ExamineOptions } from "./tonghopInput";

const { options } = workerData as { options: ExamineOptions };
const port = parentPort;
if (!port) throw new Error("tonghopWorker runs as a worker thread");
port.on("message", (m: { i: number; item: string }) => {
  void examineFile(m.item, options).then((result) => port.postMessage({ i: m.i, result }));
});
