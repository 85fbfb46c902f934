/**
 * The server's log, kept in memory by the e2e harness (hall-server.ts) at
 * info level, with the production redaction: every request's URL and
 * headers. `close()` fails the test run when any token reached it. A token
 * is found by its shape (session `hqs_…`, device `hqd_…`, as
 * apps/server/src/security/tokens.ts makes them), so every token issued
 * during the run counts, including sessions the harness never saw.
 */
export const TOKEN_SHAPE = /hq[sd]_[A-Za-z0-9_-]{16,}/g;

export class LogCapture {
  readonly lines: string[] = [];
  /** The pino destination: any object with write(). */
  readonly stream = { write: (line: string) => void this.lines.push(line) };

  /** Each token found in the log, with the line it was on. */
  tokens(): { token: string; line: string }[] {
    return this.lines.flatMap((line) =>
      [...line.matchAll(TOKEN_SHAPE)].map((m) => ({ token: m[0], line })),
    );
  }

  /** Throws, naming the lines, when the log holds a token. */
  assertNoTokens(): void {
    const found = this.tokens();
    if (found.length > 0) {
      throw new Error(
        `the server log holds ${found.length} token(s):\n${found
          .slice(0, 5)
          .map((f) => f.line.trim())
          .join('\n')}`,
      );
    }
  }
}
