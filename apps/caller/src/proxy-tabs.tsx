/**
 * The right column of the workbench: the window's queue, or its 代办 tab
 * (全程代办, core Q28) — proxy tickets are never called, so they live in a
 * list of their own. The tab shows how many are open.
 */
import { useState, type ReactNode } from 'react';
import type { HallFeed, HallqApi } from '@hallq/client';
import type { CatalogReply } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { ProxyPanel } from './proxy-panel';

export function ProxyTabs({
  api,
  feed,
  catalog,
  queue,
}: {
  api: HallqApi;
  feed: HallFeed | undefined;
  catalog: CatalogReply;
  queue: ReactNode;
}) {
  const t = useT();
  const [tab, setTab] = useState<'queue' | 'proxy'>('queue');
  const [open, setOpen] = useState(0);
  return (
    <div className="proxy-tabs">
      <div className="proxy-tabbar" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'queue'}
          onClick={() => setTab('queue')}
        >
          {t('proxy.tabQueue')}
        </button>
        <button
          type="button"
          role="tab"
          data-testid="proxy-tab"
          aria-selected={tab === 'proxy'}
          onClick={() => setTab('proxy')}
        >
          {t('proxy.tab')}
          {open > 0 ? <span className="proxy-count">{open}</span> : null}
        </button>
      </div>
      <div className="proxy-tab-pane" hidden={tab !== 'queue'}>
        {queue}
      </div>
      <ProxyPanel
        api={api}
        feed={feed}
        catalog={catalog}
        hidden={tab !== 'proxy'}
        onCount={setOpen}
      />
    </div>
  );
}
