/**
 * Passwords for `pnpm hallq`: typed at a prompt that does not echo, or read
 * from standard input one per line when it is not a terminal (scripts,
 * tests). Never from the command line: argv is visible to every user of the
 * machine (`ps`) and lands in shell history.
 *
 * Written on node:readline rather than a prompt package: muting readline's
 * echo is a few lines, and the CLI stays free of a dependency for it.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-error';

export interface SecretSource {
  /** A person at a terminal (a new password is then asked twice). */
  readonly interactive: boolean;
  /** The next password: `label` is what it is for (shown at the prompt). */
  next(label: string): Promise<string>;
}

/** Lines of a piped standard input, read once and handed out in order. */
class PipedSecrets implements SecretSource {
  readonly interactive = false;
  private lines: Promise<string[]> | undefined;
  private used = 0;
  constructor(private readonly input: NodeJS.ReadableStream) {}

  private readAll(): Promise<string[]> {
    return new Promise((resolve, reject) => {
      let text = '';
      this.input.setEncoding('utf8');
      this.input.on('data', (chunk: string) => (text += chunk));
      this.input.on('end', () => resolve(text.split(/\r?\n/)));
      this.input.on('error', reject);
    });
  }

  async next(label: string): Promise<string> {
    this.lines ??= this.readAll();
    const line = (await this.lines)[this.used++];
    if (line === undefined || line === '') {
      throw new CliError(
        'usage',
        `expected ${label} on line ${this.used} of standard input (one password per line)`,
      );
    }
    return line;
  }
}

/** A prompt on the terminal, without echo. */
class PromptSecrets implements SecretSource {
  readonly interactive = true;
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
  ) {}

  next(label: string): Promise<string> {
    const muted = new Writable({ write: (_chunk, _enc, done) => done() });
    // The interface puts the terminal in raw mode: only then is the prompt
    // shown, so nothing typed is echoed by the terminal itself.
    const rl = createInterface({ input: this.input, output: muted, terminal: true });
    this.output.write(`${label}: `);
    return new Promise((resolve, reject) => {
      rl.question('', (answer) => {
        rl.close();
        this.output.write('\n');
        if (answer === '') reject(new CliError('usage', `no ${label} given`));
        else resolve(answer);
      });
      rl.on('SIGINT', () => {
        rl.close();
        this.output.write('\n');
        reject(new CliError('usage', 'cancelled'));
      });
    });
  }
}

export function secretSource(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): SecretSource {
  return input.isTTY ? new PromptSecrets(input, output) : new PipedSecrets(input);
}
