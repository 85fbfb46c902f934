/** 办事指南 of the demo hall's 医保局 and 社保局 items (the hall's busiest windows). */
import type { ItemGuide } from '@hallq/core';
import { AGENT, ID_CARD, LEGAL_REP_ID, LICENCE, m, opt } from './material';

type Guide = Omit<ItemGuide, 'implementer' | 'place' | 'hours' | 'complaintPhone'>;

const MEDICAL_BASIS = '《中华人民共和国社会保险法》；《四川省基本医疗保险办法》及市级实施细则';
const PENSION_BASIS =
  '《中华人民共和国社会保险法》；《国务院关于完善企业职工基本养老保险制度的决定》';

export const SOCIAL_INSURANCE_GUIDES: Record<string, Guide> = {
  YB001: {
    legalBasis: MEDICAL_BASIS,
    conditions: '用人单位及其职工，在本区已办理单位参保登记',
    materials: [m('职工参保登记表', 'o', 1, '单位填写并盖章'), ID_CARD, opt('劳动合同', 'c')],
    process: '单位申报 → 窗口核验 → 录入系统，当场办结',
  },
  YB002: {
    legalBasis: MEDICAL_BASIS,
    conditions: '本区户籍或持本区居住证、未参加职工基本医疗保险的城乡居民',
    materials: [
      ID_CARD,
      m('户口簿', 'o', 1, '本人页及户主页'),
      opt('居住证', 'b', '非本区户籍提供'),
      opt('低保证、特困或残疾人证明', 'c', '享受缴费资助时提供'),
    ],
    process: '提交材料 → 窗口登记 → 按年度缴费，当场办结',
  },
  YB003: {
    legalBasis: MEDICAL_BASIS,
    conditions: '在本区登记注册、依法应参加职工基本医疗保险的用人单位',
    materials: [
      LICENCE,
      LEGAL_REP_ID,
      m('单位参保登记表', 'o', 1, '加盖公章'),
      m('银行开户许可证或基本存款账户信息', 'c'),
    ],
    process: '提交材料 → 窗口核验 → 核发单位参保编号，当场办结',
  },
  YB004: {
    legalBasis: MEDICAL_BASIS,
    conditions: '跨统筹地区流动就业、已在转出地参加基本医疗保险的人员',
    materials: [
      ID_CARD,
      m('基本医疗保险参保凭证', 'o', 1, '由转出地医保经办机构出具'),
      m('转移接续申请表', 'o'),
    ],
    process: '申请 → 联系转出地 → 核对缴费年限 → 办结通知',
    legalDays: 15,
  },
  YB005: {
    legalBasis: MEDICAL_BASIS,
    conditions: '参保人员确诊患有门诊慢性病或特殊疾病目录内病种',
    materials: [
      ID_CARD,
      m('二级及以上医院诊断证明', 'o'),
      m('近期病历、检查或化验报告', 'c', 1, '近一年内'),
      m('门诊慢特病认定申请表', 'o'),
      AGENT,
    ],
    process: '申请 → 材料初审 → 专家评审认定 → 结果告知',
    legalDays: 20,
  },
  YB006: {
    legalBasis: MEDICAL_BASIS,
    conditions: '退休后长期居住在参保地以外、已在居住地落户或居住的参保人员',
    materials: [ID_CARD, m('异地安置备案表', 'o'), opt('居住地户口簿或居住证明', 'c')],
    process: '申请 → 窗口备案，当场办结；也可通过国家医保服务平台办理',
  },
  YB007: {
    legalBasis: MEDICAL_BASIS,
    conditions: '经参保地定点医院诊断需转往外地就医的参保人员',
    materials: [ID_CARD, m('转诊转院审批表', 'o', 1, '参保地定点医院出具并盖章'), m('病历', 'c')],
    process: '申请 → 窗口备案，当场办结',
  },
  YB008: {
    legalBasis: MEDICAL_BASIS,
    conditions: '在非联网定点医疗机构门诊就医、未直接结算的参保人员',
    materials: [
      ID_CARD,
      m('门诊收费票据', 'o', 1, '需为医疗机构正式票据'),
      m('费用明细清单', 'o'),
      m('门诊病历或诊断证明', 'c'),
      m('本人社保卡或银行卡', 'c'),
    ],
    process: '提交材料 → 初审 → 复核 → 报销款转入本人账户',
    legalDays: 20,
  },
  YB009: {
    legalBasis: MEDICAL_BASIS,
    conditions: '住院费用未能在医院直接结算的参保人员（含异地就医未备案的）',
    materials: [
      ID_CARD,
      m('住院收费票据', 'o'),
      m('住院费用明细清单', 'o'),
      m('出院记录或出院证明', 'c'),
      opt('外伤无第三方责任声明', 'o', '因外伤住院时提供'),
      m('本人社保卡或银行卡', 'c'),
    ],
    process: '提交材料 → 初审 → 复核 → 报销款转入本人账户',
    legalDays: 20,
  },
  YB010: {
    legalBasis: MEDICAL_BASIS + '；生育保险相关规定',
    conditions: '参加职工医保（生育保险）并按规定缴费的职工，在定点医疗机构分娩或施行计划生育手术',
    materials: [
      ID_CARD,
      m('出生医学证明', 'c'),
      m('住院收费票据及费用清单', 'o'),
      m('出院记录', 'c'),
      opt('结婚证', 'c'),
    ],
    process: '提交材料 → 审核 → 支付',
    legalDays: 20,
  },
  SB001: {
    legalBasis: PENSION_BASIS + '；《社会保险登记管理暂行办法》',
    conditions: '在本区登记注册、依法应参加社会保险的企业',
    materials: [LICENCE, LEGAL_REP_ID, m('社会保险登记表', 'o', 1, '加盖公章')],
    process: '提交材料 → 窗口审核 → 登记，当场办结',
  },
  SB002: {
    legalBasis: PENSION_BASIS,
    conditions: '已办理社会保险登记的企业新招用的职工',
    materials: [m('职工参保花名册', 'o', 1, '加盖单位公章'), ID_CARD, opt('劳动合同', 'c')],
    process: '单位申报 → 窗口核验 → 录入，当场办结',
  },
  SB003: {
    legalBasis: PENSION_BASIS + '；《城镇企业职工基本养老保险关系转移接续暂行办法》',
    conditions: '跨省或跨统筹地区流动就业、已在原参保地缴纳养老保险的职工',
    materials: [ID_CARD, m('参保缴费凭证', 'o', 1, '原参保地出具'), m('转移接续申请表', 'o')],
    process: '申请 → 向原参保地发联系函 → 基金转移 → 记录合并',
    legalDays: 45,
  },
  SB004: {
    legalBasis: PENSION_BASIS,
    conditions: '达到法定退休年龄且累计缴费满15年的企业职工',
    materials: [
      ID_CARD,
      m('户口簿', 'o'),
      m('职工档案', 'o', 1, '由单位或档案托管机构报送'),
      m('退休申请表', 'o', 1, '单位盖章'),
      m('本人近期一寸免冠照片', 'o', 2),
    ],
    process: '申报 → 档案审核 → 核定待遇 → 次月起发放',
    legalDays: 20,
  },
  SB005: {
    legalBasis: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    conditions: '年满16周岁（不含在校学生）、未参加职工养老保险的本区户籍居民',
    materials: [ID_CARD, m('户口簿', 'o'), opt('残疾人证', 'c', '享受代缴政策时提供')],
    process: '提交材料 → 窗口登记 → 选择缴费档次，当场办结',
  },
  SB006: {
    legalBasis: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    conditions: '年满60周岁、累计缴费满15年且未领取其他基本养老待遇的参保居民',
    materials: [ID_CARD, m('户口簿', 'o'), m('本人社保卡或银行卡', 'c'), m('待遇领取申请表', 'o')],
    process: '申请 → 审核 → 核定待遇 → 按月发放',
    legalDays: 20,
  },
  SB007: {
    legalBasis: PENSION_BASIS,
    conditions: '按月领取养老保险待遇的退休人员，每年认证一次',
    materials: [ID_CARD, opt('社保卡', 'o')],
    process: '窗口人脸识别认证，当场办结；也可使用手机认证',
  },
  SB008: {
    legalBasis: '《工伤保险条例》',
    conditions: '已认定为工伤的参保职工，在工伤协议医疗机构治疗或康复',
    materials: [
      m('工伤认定决定书', 'c'),
      m('医疗费票据及明细清单', 'o'),
      m('病历及诊断证明', 'c'),
      m('工伤医疗费用申报表', 'o', 1, '单位盖章'),
    ],
    process: '单位申报 → 审核 → 核定 → 支付',
    legalDays: 20,
  },
  SB009: {
    legalBasis: '《工伤保险条例》',
    conditions: '经劳动能力鉴定确定伤残等级的工伤职工',
    materials: [
      m('劳动能力鉴定结论书', 'c'),
      m('工伤认定决定书', 'c'),
      ID_CARD,
      m('伤残待遇申请表', 'o', 1, '单位盖章'),
      m('本人社保卡或银行卡', 'c'),
    ],
    process: '申请 → 审核 → 核定待遇 → 发放',
    legalDays: 20,
  },
  SB010: {
    legalBasis: '《失业保险条例》',
    conditions: '非因本人意愿中断就业、缴纳失业保险满一年并已办理失业登记的人员',
    materials: [ID_CARD, m('解除或终止劳动合同证明', 'o'), m('本人社保卡或银行卡', 'c'), AGENT],
    process: '申请 → 审核 → 核定领取期限 → 按月发放',
    legalDays: 10,
  },
};
