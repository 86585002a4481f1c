export { main } from "./main.ts";
export { COMMANDS } from "./commands/index.ts";
export { panelFromFrame, scoresToFrame, type FrameLike } from "@kitchin/jobs/node";
