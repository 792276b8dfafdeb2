// A command line that cannot run as written: exit status 2, with the usage of the command.
export class UsageError extends Error {
  constructor(message: string, readonly usage?: string) {
    super(message);
  }
}
