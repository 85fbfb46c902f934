/** A small catalogue for renderer tests, shaped like the server's reply. */
import type { CatalogReply, ItemView, UnitView } from '@hallq/protocol';

const unit = (u: Partial<UnitView> & Pick<UnitView, 'id' | 'name' | 'kind'>): UnitView => ({
  siteId: 'district',
  shortName: u.name,
  ticketPrefix: 'A',
  servedToday: true,
  servedWeekdays: [1, 2, 3, 4, 5],
  ...u,
});

const item = (i: Partial<ItemView> & Pick<ItemView, 'id' | 'unitId' | 'name'>): ItemView => ({
  code: i.id,
  category: '行政许可',
  promisedDays: 0,
  onTheSpot: true,
  expectedServiceMinutes: 10,
  ...i,
});

export function testCatalog(): CatalogReply {
  return {
    hall: {
      name: '大安区政务服务中心',
      timeZone: 'Asia/Shanghai',
      businessDay: '2025-06-02',
      weekday: 1,
      waitLimitMinutes: 60,
      voice: { template: '请{number}号到{window}号窗口办理', one: 'yao', repeat: 2 },
      enquiry: { unitId: 'zixun', itemId: 'ZX001' },
      kioskIdleSeconds: 60,
    },
    sites: [
      { id: 'district', name: '大安区政务服务中心', level: 'district', timeZone: 'Asia/Shanghai' },
    ],
    units: [
      unit({
        id: 'shebao',
        name: '区社会保险事业管理局',
        shortName: '社保局',
        kind: 'whole',
        ticketPrefix: 'B',
      }),
      unit({
        id: 'minzheng',
        name: '区民政局',
        shortName: '民政局',
        kind: 'permanent',
        ticketPrefix: 'MZ',
      }),
      unit({
        id: 'jiaoyu',
        name: '区教育局',
        shortName: '教育局',
        kind: 'comprehensive',
        ticketPrefix: 'JY',
        servedWeekdays: [1, 4],
      }),
      unit({
        id: 'wenti',
        name: '区文体广新局',
        shortName: '文体广新局',
        kind: 'comprehensive',
        ticketPrefix: 'WT',
        servedToday: false,
        servedWeekdays: [2],
      }),
      unit({
        id: 'zixun',
        name: '咨询导办服务台',
        shortName: '咨询导办',
        kind: 'permanent',
        ticketPrefix: 'Z',
        servedWeekdays: [1, 2, 3, 4, 5],
      }),
    ],
    items: [
      item({ id: 'SB001', unitId: 'shebao', name: '职工参保登记' }),
      item({
        id: 'SB002',
        unitId: 'shebao',
        name: '养老保险待遇申领',
        dailyQuota: 5,
        remainingToday: 0,
      }),
      item({ id: 'MZ001', unitId: 'minzheng', name: '婚姻登记', aliases: ['结婚', '离婚'] }),
      item({ id: 'MZ002', unitId: 'minzheng', name: '收养登记', enabled: false }),
      item({
        id: 'JY001',
        unitId: 'jiaoyu',
        name: '教师资格认定',
        promisedDays: 15,
        onTheSpot: false,
      }),
      item({
        id: 'JY002',
        unitId: 'jiaoyu',
        name: '校车使用许可',
        promisedDays: 20,
        onTheSpot: false,
      }),
      item({
        id: 'WT001',
        unitId: 'wenti',
        name: '营业性演出审批',
        promisedDays: 5,
        onTheSpot: false,
      }),
      item({ id: 'ZX001', unitId: 'zixun', name: '咨询导办', aliases: ['身份证'] }),
    ],
    windows: [
      {
        id: 'w33',
        siteId: 'district',
        number: 33,
        name: '33号窗口（咨询导办）',
        zone: 'C区',
        kind: 'support',
        unitIds: ['zixun'],
        todayUnitIds: ['zixun'],
      },
    ],
  };
}
