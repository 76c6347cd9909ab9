// The table of CLI commands: each module registers one command on the program.
import type { Command } from 'commander';

/** Registers one command on the program. */
export type RegisterCommand = (program: Command) => void;

/** Every command of the CLI, in help order. */
export const COMMANDS: RegisterCommand[] = [];
