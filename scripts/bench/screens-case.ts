/**
 * The screens case: 34 windows call at once with N display clients
 * connected, against a bare socket.io broadcast of the same payload; the
 * server's RSS idle, with 5,000 clients and after a simulated day, all on
 * the demo hall with its 34 clerks signed in.
 */
import path from 'node:path';
import { Pool } from 'undici';
import { localDay, runSimulatedDay, type DayReply } from '../sim/simulated-day';
import { spawnBareServer } from './bare-server-process';
import { measureCallToScreen, type ScreenResult } from './call-to-screen';
import { prepareHall } from './hall-setup';
import type { BenchReport } from './report';
import { settle, type BenchRun } from './run-context';
import { rssOf } from './server-process';
import { round } from './stats';

/**
 * RSS while the screens stay connected, read every 250 ms for 3 s (12
 * readings), the same for hallq and the bare server; the median is the
 * figure and the highest is shown beside it. Within a run the readings agree
 * to about 1 MB; between runs of one build the figure has moved by up to
 * 30 MB (RESULTS, run 22), so a single run's ratio is one sample.
 */
async function rssReadings(read: () => number): Promise<{ median: number; max: number }> {
  const values: number[] = [];
  for (let i = 0; i < 12; i++) {
    values.push(read());
    await settle(250);
  }
  values.sort((a, b) => a - b);
  return { median: round((values[5]! + values[6]!) / 2), max: round(values.at(-1)!) };
}

export async function runScreens(
  { args, log, root, live, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
  const hallDir = path.join(root, 'hall');
  const rounds = args.rounds;
  log('preparing the demo hall: 34 clerks signed in, tickets queued for the call rounds');
  const hall = await prepareHall(hallDir, (rounds + 1) * args.clients.length);
  const windows = Object.keys(hall.windowTokens).sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );

  await withServer(hallDir, async (server) => {
    await server.warmedUp();
    await settle(1_000);
    report.memory.idleMb = round(server.rssMb());
    log(
      `server pid ${server.pid} ready in ${Math.round(server.readyMs)} ms, idle RSS ${report.memory.idleMb} MB`,
    );
    const pool = new Pool(server.url, { connections: 40, pipelining: 1 });
    const held: Record<string, string> = {};
    const post = async (url: string, token: string, body: unknown) => {
      const res = await pool.request({
        path: url,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      return { status: res.statusCode, body: JSON.parse(text || '{}') as DayReply['body'] };
    };
    try {
      for (const n of args.clients) {
        log(`call to screen: ${n} clients on hallq`);
        const result: ScreenResult = await measureCallToScreen(
          {
            url: server.url,
            token: hall.displayToken,
            windows,
            async call(w) {
              const r = await post(
                `/api/v1/windows/${w}/call-next`,
                hall.windowTokens[w] ?? '',
                {},
              );
              if (r.status !== 200)
                throw new Error(`call-next ${w}: ${r.status} ${JSON.stringify(r.body)}`);
              held[w] = r.body.ticket?.id ?? '';
            },
            async afterRound() {
              await Promise.all(
                windows.map((w) =>
                  post(`/api/v1/tickets/${held[w]}/finish`, hall.windowTokens[w] ?? '', {}),
                ),
              );
              await settle(300);
            },
          },
          n,
          rounds,
          async () => {
            if (n !== 5_000) return;
            const rss = await rssReadings(() => server.rssMb());
            report.memory.with5000Mb = rss.median;
            report.memory.with5000MaxMb = rss.max;
          },
        );
        log(`call to screen: ${n} clients on a bare socket.io server`);
        const bare = await spawnBareServer(result.sample);
        live.push(bare);
        if (n === 5_000) {
          await settle(500);
          report.memory.floorIdleMb = round(rssOf(bare.pid));
        }
        const barePool = new Pool(bare.url, { connections: 40 });
        let floor: ScreenResult;
        try {
          floor = await measureCallToScreen(
            {
              url: bare.url,
              token: 'bare',
              windows,
              async call(w) {
                const res = await barePool.request({
                  path: `/call/${w}`,
                  method: 'POST',
                  body: '{}',
                });
                await res.body.text();
              },
              // As hallq's round: each window finishes its call (one more message to every client).
              async afterRound() {
                await Promise.all(
                  windows.map(async (w) => {
                    const res = await barePool.request({
                      path: `/finish/${w}`,
                      method: 'POST',
                      body: '{}',
                    });
                    await res.body.text();
                  }),
                );
                await settle(300);
              },
            },
            n,
            rounds,
            async () => {
              if (n !== 5_000) return;
              const rss = await rssReadings(() => rssOf(bare.pid));
              report.memory.floorWith5000Mb = rss.median;
              report.memory.floorWith5000MaxMb = rss.max;
            },
          );
        } finally {
          await barePool.close();
          await bare.stop();
          live.splice(live.indexOf(bare), 1);
        }
        report.callToScreen.push({
          clients: n,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          floorP50Ms: floor.p50Ms,
          floorP99Ms: floor.p99Ms,
          samples: result.samples,
          missing: result.missing + floor.missing,
          connected: result.connected,
          floorConnected: floor.connected,
        });
      }

      log(`simulated day: ${args.dayVisitors} visitors through the API`);
      const { midnightMs, weekday } = localDay(Date.now(), 'Asia/Shanghai');
      const day = await runSimulatedDay({
        catalog: hall.catalog,
        siteId: 'district',
        weekday,
        midnightMs,
        visitors: args.dayVisitors,
        seed: 7,
        kioskToken: hall.kioskToken,
        windowTokens: hall.windowTokens,
        send: (_m, url, token, body) => post(url, token, body),
      });
      report.day = {
        issued: day.issued,
        served: day.served,
        noShows: day.noShows,
        commands: day.commands,
      };
      await settle(1_000);
      report.memory.afterDayMb = round(server.rssMb());
    } finally {
      await pool.close();
    }
  });
}
