/** The command registry: one line per command. */
import type { Command } from "../command.ts";
import { cyclesCommand } from "./cycles.ts";
import { dataCommand } from "./data.ts";
import { overviewCommand } from "./overview.ts";
import { phaseCommand } from "./phase.ts";
import { turnsCommand } from "./turns.ts";
import { scoreCommand } from "./score.ts";
import { backtestCommand } from "./backtest.ts";
import { compareCommand } from "./compare.ts";
import { reportCommand } from "./report.ts";
import { sweepCommand } from "./sweep.ts";
import { leadCommand } from "./lead.ts";
import { syncCommand } from "./sync.ts";
import { decomposeCommand } from "./decompose.ts";
import { sectorsCommand } from "./sectors.ts";
import { contribCommand } from "./contrib.ts";
import { outlookCommand } from "./outlook.ts";

export const COMMANDS: Command[] = [
  overviewCommand,
  turnsCommand,
  phaseCommand,
  cyclesCommand,
  dataCommand,
  scoreCommand,
  backtestCommand,
  compareCommand,
  reportCommand,
  sweepCommand,
  leadCommand,
  syncCommand,
  decomposeCommand,
  sectorsCommand,
  contribCommand,
  outlookCommand,
];
