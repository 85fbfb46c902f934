/**
 * The signed-in agent: what the room takes in (its catalogue: the items it
 * takes in, with their office guides), which sites above it handle each
 * (its township's catalogue; the district handles every master item), the
 * registration form and the agent's own 代办, kept live by the socket.
 */
import { useCallback, useEffect, useState } from 'react';
import type { HallqApi } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import type { CatalogReply, ProxyTicketView, StaffView } from '@hallq/protocol';
import { ProxyList } from './proxy-list';
import { RegisterForm, type HandlingSite } from './register-form';

export function AgentHome({
  api,
  staff,
  token,
}: {
  api: HallqApi;
  staff: StaffView;
  token: string;
}) {
  const [room, setRoom] = useState<CatalogReply>();
  const [sites, setSites] = useState<HandlingSite[]>([]);
  const [tickets, setTickets] = useState<ProxyTicketView[]>([]);
  const feed = useHallFeed({ token });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const own = await api.catalog(staff.siteId);
      const here = own.sites.find((s) => s.id === staff.siteId);
      const above: HandlingSite[] = [];
      // Up the tree: the township (what it enabled), then the district (every master item).
      for (let id = here?.parentId; id !== undefined;) {
        const site = own.sites.find((s) => s.id === id);
        if (!site) break;
        const handled =
          site.parentId === undefined
            ? own.items.map((i) => i.id)
            : (await api.catalog(site.id)).items.map((i) => i.id);
        above.push({ id: site.id, name: site.name, itemIds: handled });
        id = site.parentId;
      }
      if (cancelled) return;
      setRoom(own);
      setSites(above);
    })();
    return () => {
      cancelled = true;
    };
  }, [api, staff.siteId]);

  const reload = useCallback(async () => {
    setTickets((await api.proxyTickets()).tickets);
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  // Live: each of my 代办 as it now stands (a clerk's step, my own).
  useEffect(
    () =>
      feed.feed?.onProxy((t) =>
        setTickets((list) =>
          list.some((x) => x.id === t.id) ? list.map((x) => (x.id === t.id ? t : x)) : [t, ...list],
        ),
      ),
    [feed.feed],
  );
  // After a reconnect the socket may have missed steps: read the list again.
  useEffect(() => {
    if (feed.status === 'live') void reload();
  }, [feed.status, reload]);

  return (
    <main className="agent-main">
      {room ? (
        <RegisterForm
          api={api}
          items={room.items}
          sites={sites}
          onRegistered={() => void reload()}
        />
      ) : null}
      <ProxyList
        api={api}
        tickets={tickets}
        onChanged={(t) => setTickets((l) => l.map((x) => (x.id === t.id ? t : x)))}
      />
    </main>
  );
}
