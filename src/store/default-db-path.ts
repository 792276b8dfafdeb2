// Where the ledger lives unless told otherwise: --db wins, else FOGLINE_DB, else ./fogline.db.

export const DEFAULT_DB_PATH = "./fogline.db";

/**
 * @param env   the process environment (only FOGLINE_DB is read)
 * @param dbFlag the value of --db, when given
 */
export function defaultDbPath(env: Readonly<Record<string, string | undefined>>, dbFlag?: string | null): string {
  if (dbFlag && dbFlag.trim() !== "") return dbFlag;
  const fromEnv = env.FOGLINE_DB;
  if (fromEnv && fromEnv.trim() !== "") return fromEnv;
  return DEFAULT_DB_PATH;
}
