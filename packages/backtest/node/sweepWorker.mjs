// Plain-JS entry of the sweep worker: registers tsx's loader in the worker thread, then loads the
// TypeScript body. Workers do not reliably inherit a loader passed with --import (vitest, tsx), so
// the worker brings its own.
import { register } from "tsx/esm/api";

register();
await import("./sweepWorker.ts");
