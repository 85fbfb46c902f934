/** `pnpm hallq` usage text and its options (node:util parseArgs). */
export const USAGE = `usage: pnpm hallq <command> [options]

Where changes go: to the running server's admin API when a server holds
$HALLQ_DATA_DIR (default .data; it writes its address into hallq.lock) or
HALLQ_URL names one; the CLI then signs in as an admin (--as, default admin).
Only when no server runs does it write the database itself.
Passwords are never options: they are asked for at a prompt, or read from
standard input one per line (the admin's first when signing in, then the
new account's).

  seed --demo                         load the 大安区 demo hall with demo staff and devices
                                      (random passwords, written to demo-credentials.json)
  seed --catalog <file.json>          load a hall catalogue (shape of dayan-hall.json); its
                                      units and windows keep the sites the file gives them
                                      (seed never goes through a server: stop it first)
  demo-history [--days 90]            fill the demo hall's last days with a simulated past, so
                                      the reports have something to show (no server running;
                                      seeds the demo first when the directory holds no hall)
  create-site --id <id> --name <name> [--level district|township|village] [--parent <id>]
              [--timezone Asia/Shanghai]
                                      through a server: a township under the district or a
                                      village under a township (--parent); the district itself
                                      comes from the console's 首次设置 or a catalogue file
  configure-site --site <id> [--hours 09:00-12:00,13:30-17:30|none] [--number-width 3]
               [--priority-ratio 2:1] [--weekdays 1,2,3,4,5]
               [--voice-template '请{number}号到{window}号窗口办理'] [--voice-repeat 2]
               [--voice-one yao|yi] [--public-url https://…|none] [--print-materials on|off]
                                      opening hours (enforced only when set), ticket number
                                      digits, priority:ordinary ratio, how calls are spoken,
                                      the tickets' QR address, 一次性告知 on printed tickets
  create-staff --username <u> --name <name> [--staff-no <no>]
               --role admin|supervisor|clerk [--site <id>] [--windows w1,w2]
  create-device --kind kiosk|caller|display --name <name> [--site <id>] [--printer tcp://ip:9100]
  revoke-demo                         deactivate every demo account and device
  list-devices

  --site: the site it belongs to. Through a server it may be left out (the
  signed-in admin's own site); writing directly it must be given.
  --as <username>: the admin to sign in as (also HALLQ_ADMIN).
`;

export const OPTIONS = {
  demo: { type: 'boolean' },
  catalog: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  level: { type: 'string' },
  timezone: { type: 'string' },
  username: { type: 'string' },
  'staff-no': { type: 'string' },
  role: { type: 'string' },
  site: { type: 'string' },
  windows: { type: 'string' },
  kind: { type: 'string' },
  printer: { type: 'string' },
  hours: { type: 'string' },
  'number-width': { type: 'string' },
  'priority-ratio': { type: 'string' },
  weekdays: { type: 'string' },
  parent: { type: 'string' },
  'voice-template': { type: 'string' },
  'voice-repeat': { type: 'string' },
  'voice-one': { type: 'string' },
  'public-url': { type: 'string' },
  'print-materials': { type: 'string' },
  as: { type: 'string' },
  days: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
