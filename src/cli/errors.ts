// Errors of the command line. Kept free of heavy imports so `mamori --help` starts fast.

/** An error whose message is meant for the user as is (no stack trace); exit code 1. */
export class CliError extends Error {}

/** Wrong arguments; exit code 2. */
export class UsageError extends Error {}
