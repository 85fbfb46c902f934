/** The fixture hall as a three-level network: town under the hall, a village room under town. */
import type { Catalog } from '../model';
import { catalog as base } from './fixture';

export function villageNetwork(): Catalog {
  const catalog = structuredClone(base);
  catalog.sites.town = {
    ...catalog.sites.town!,
    parentId: 'hall',
    intakeUnitId: 'town-zh',
    enabledItemIds: ['yb-reg'],
  };
  catalog.units['town-zh'] = {
    id: 'town-zh',
    siteId: 'town',
    name: '综合受理',
    shortName: '综合',
    ticketPrefix: 'A',
    kind: 'comprehensive',
  };
  catalog.sites.vil = {
    ...catalog.sites.town,
    id: 'vil',
    name: '一村便民服务室',
    level: 'village',
    parentId: 'town',
    openingHours: [],
    enabledItemIds: ['yb-reg', 'ga-id', 'mz-aid'],
  };
  delete catalog.sites.vil.intakeUnitId;
  catalog.items['yb-reg'] = {
    ...catalog.items['yb-reg']!,
    promisedDays: 5,
    guide: {
      materials: [
        { name: '居民身份证', form: 'original', copies: 1, required: true },
        { name: '户口簿', form: 'copy', copies: 1, required: true },
      ],
    },
  };
  return catalog;
}
