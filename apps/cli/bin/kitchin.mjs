#!/usr/bin/env node
// The installable `kitchin` bin: runs the TypeScript sources through tsx (a dependency of
// @kitchin/cli), so a workspace checkout needs no build step.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register();
const { main } = await import(fileURLToPath(new URL("../src/main.ts", import.meta.url)));
process.exitCode = await main(process.argv.slice(2));
