/** A PostgreSQL server to create databases on, and how it was found. */
export interface PostgresServer {
  /** URL of a database on the server that a superuser can connect to (e.g. `postgres`). */
  readonly adminUrl: string;
  readonly source: 'variable' | 'local' | 'embedded';
  /** The embedded server's data directory; undefined for a server we found. */
  readonly dataDir?: string;
  /** Whether `stop()` stops the server (we started it) or does nothing (we found it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}
