/** The bench's cases, in the order they run. */
export const CASES = [
  'screens',
  'issue',
  'callNext',
  'history',
  'spray',
  'reports',
  'sites',
] as const;
export type BenchCase = (typeof CASES)[number];

/** Command-line flags of `pnpm bench`. */
export interface BenchArgs {
  /** The cases to run (`--only=issue,history`); all by default. */
  cases: BenchCase[];
  json: boolean;
  quick: boolean;
  clients: number[];
  rounds: number;
  history: number;
  issueTickets: number;
  paceTickets: number;
  dayVisitors: number;
  /** Timed requests per route in the reads-on-history case. */
  readRequests: number;
  /** Tickets waiting in the calling windows' queues in the reads case. */
  readWaiting: number;
  /** Calls a second (each with its finish) by the clerks during the reads case. */
  readCallRate: number;
  /** Timed call-next requests (all windows together) in the call-next case. */
  callNextCalls: number;
  /** Also write the JSON report to this file. */
  out: string | undefined;
}

export const USAGE = `pnpm bench [--json] [--quick] [--only=${CASES.join(',')}]
  [--clients=100,1000,5000] [--rounds=5]
  [--history=500000] [--issue-tickets=2000] [--pace-tickets=1000] [--day-visitors=2000]
  [--read-requests=200] [--read-waiting=2000] [--read-call-rate=20]
  [--call-next-calls=1020] [--out=report.json]`;

export function parseArgs(argv: string[]): BenchArgs {
  const flags = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}\n${USAGE}`);
    flags.set(m[1] as string, m[2] ?? 'true');
  }
  const quick = flags.has('quick');
  const num = (name: string, full: number, small: number) => {
    const v = flags.get(name);
    const n = v === undefined ? (quick ? small : full) : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number\n${USAGE}`);
    return n;
  };
  const clients = (flags.get('clients') ?? (quick ? '100,500' : '100,1000,5000'))
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  for (const k of flags.keys()) {
    if (
      ![
        'json',
        'quick',
        'clients',
        'rounds',
        'history',
        'issue-tickets',
        'pace-tickets',
        'day-visitors',
        'read-requests',
        'read-waiting',
        'read-call-rate',
        'call-next-calls',
        'out',
        'only',
        'help',
      ].includes(k)
    )
      throw new Error(`unknown flag --${k}\n${USAGE}`);
  }
  if (flags.has('help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = flags.get('only')?.split(',') ?? [...CASES];
  for (const c of only)
    if (!(CASES as readonly string[]).includes(c))
      throw new Error(`unknown case ${c} in --only\n${USAGE}`);
  return {
    cases: CASES.filter((c) => only.includes(c)),
    json: flags.has('json'),
    quick,
    clients,
    rounds: num('rounds', 5, 1),
    history: num('history', 500_000, 50_000),
    issueTickets: num('issue-tickets', 2_000, 500),
    paceTickets: num('pace-tickets', 1_000, 200),
    dayVisitors: num('day-visitors', 2_000, 300),
    readRequests: num('read-requests', 200, 100),
    readWaiting: num('read-waiting', 2_000, 500),
    readCallRate: num('read-call-rate', 20, 20),
    callNextCalls: num('call-next-calls', 1_020, 340),
    out: flags.get('out'),
  };
}
