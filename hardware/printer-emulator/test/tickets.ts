/** Tickets for the driver-against-emulator tests. */
import type { TicketPrintData } from '@hallq/printer';

export const TICKET: TicketPrintData = {
  hallName: '大安区政务服务中心',
  unitName: '区医疗保障局',
  itemName: '城乡居民基本医疗保险参保登记',
  number: 'A012',
  ahead: 3,
  issuedAt: Date.UTC(2025, 2, 4, 1, 5), // 09:05 in Beijing
  timeZone: 'Asia/Shanghai',
  statusUrl: 'https://hall.example.cn/t/01JNPX8Z4Q',
};

/** 40 characters: longer than one 48-column line (24 Chinese characters). */
export const ITEM_40 =
  '城乡居民基本医疗保险参保登记及个人缴费信息变更和异地就医备案办理以及其他相关业务';
