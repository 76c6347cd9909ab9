// The table of CLI commands: each module registers one command on the program.
import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerQuery } from './query.js';
import { registerView } from './view.js';

/** Registers one command on the program. */
export type RegisterCommand = (program: Command) => void;

/** Every command of the CLI, in help order. */
export const COMMANDS: RegisterCommand[] = [registerBuild, registerExtract, registerEval, registerExport, registerQuery, registerView];
