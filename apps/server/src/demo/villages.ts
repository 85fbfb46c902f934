/**
 * The 38 village and community rooms (村、社区便民服务室) of the demo, each
 * under its township (core Q26: `level` village, `parentId` the township),
 * with no hall of its own (no windows, kiosk or screen): its agent
 * (代办员, staff role `agent`) registers 代办 for villagers on the agent page
 * and hands them up the tree as proxy tickets (core Q27).
 *
 * Data notes — what is reconstructed, not sourced: the source article gives
 * only the count (38). Which township each room belongs to is a plausible
 * spread (two under each of the 16 centres, a third under the four 街道 and
 * the two larger towns, 牛佛镇 and 何市镇), and the names are placeholders
 * (一村/一社区…), not the real villages'. Each room takes in a few residents'
 * matters its township also handles (城乡居民 医保 and 养老 registration,
 * the yearly 养老 待遇资格认证, and one of 门诊费用报销, 养老待遇申领,
 * 户口迁移 or 异地安置备案), so a 代办 can be handled at the township or the
 * district.
 */
import type { Catalog, Site } from '@hallq/core';
import type { TownshipHall } from './townships';

/** Every room: residents' 医保 and 养老 registration, 养老资格认证. */
const EVERY_ROOM = ['YB002', 'SB005', 'SB007'];
/** One more per room, in turn. */
const ONE_MORE = ['YB008', 'SB006', 'GA001', 'YB006'];
/** Centres with a third room. */
const THIRD_ROOM = new Set(['牛佛镇', '何市镇']);
const ORDINAL = ['一', '二', '三'];

export interface VillageRoom {
  site: Site;
  /** The agent's username (the room's id with `-agent`). */
  agent: string;
}

const roomsOf = (t: TownshipHall): number => {
  const name = t.site.name.replace('便民服务中心', '');
  return name.endsWith('街道') || THIRD_ROOM.has(name) ? 3 : 2;
};

/**
 * Adds the village rooms under `townships` to `catalog`; returns them in
 * order (vil-001-1, vil-001-2, …), with their agents' usernames.
 */
export function addVillageRooms(
  catalog: Catalog,
  townships: readonly TownshipHall[],
): VillageRoom[] {
  const out: VillageRoom[] = [];
  for (const t of townships) {
    const township = t.site.name.replace('便民服务中心', '');
    const street = township.endsWith('街道');
    const taken = new Set(t.site.enabledItemIds ?? []);
    for (let n = 1; n <= roomsOf(t); n++) {
      const id = `vil-${t.site.id.replace(/^twn-/, '')}-${n}`;
      const more = ONE_MORE[out.length % ONE_MORE.length] as string;
      const items = [...EVERY_ROOM, more].filter((i) => catalog.items[i] && taken.has(i));
      const site: Site = {
        id,
        name: `${township}${ORDINAL[n - 1]}${street ? '社区' : '村'}便民服务室`,
        level: 'village',
        parentId: t.site.id,
        enabledItemIds: items,
        timeZone: t.site.timeZone,
        openingHours: [],
        workingWeekdays: t.site.workingWeekdays,
        numberWidth: t.site.numberWidth,
        priorityRatio: t.site.priorityRatio,
      };
      catalog.sites[id] = site;
      out.push({ site, agent: `${id}-agent` });
    }
  }
  return out;
}
