/** 办事指南 of the demo hall's most asked-for licences: company and shop registration, 户口, 护照, 教师资格 and others. */
import type { ItemGuide } from '@hallq/core';
import { AGENT, ID_CARD, LEGAL_REP_ID, LICENCE, m, opt } from './material';

type Guide = Omit<ItemGuide, 'implementer' | 'place' | 'hours' | 'complaintPhone'>;

const COMPANY_BASIS =
  '《中华人民共和国公司法》；《中华人民共和国市场主体登记管理条例》及其实施细则';
const REGISTRY_BASIS = '《中华人民共和国市场主体登记管理条例》';
const APPLICATION = (what: string) => m(`${what}申请书`, 'o', 1, '法定代表人或负责人签字');
const PREMISES = m('住所（经营场所）使用证明', 'c', 1, '房屋产权证明或租赁合同');

export const LICENSING_GUIDES: Record<string, Guide> = {
  GS001: {
    legalBasis: COMPANY_BASIS,
    conditions: '股东符合法定人数，有公司章程、名称、住所和符合规定的组织机构',
    materials: [
      APPLICATION('公司登记（备案）'),
      m('公司章程', 'o', 1, '全体股东签署'),
      m('股东主体资格证明或自然人身份证件', 'c'),
      m('法定代表人、董事、监事和经理的任职文件及身份证件', 'c'),
      PREMISES,
      AGENT,
    ],
    process: '名称自主申报 → 提交材料 → 审核 → 核发营业执照（可同步刻章、涉税登记）',
    legalDays: 15,
  },
  GS002: {
    legalBasis: COMPANY_BASIS,
    conditions: '公司登记事项（名称、住所、法定代表人、注册资本、经营范围等）发生变更',
    materials: [
      APPLICATION('公司变更登记'),
      m('股东会决议或决定', 'o'),
      m('修改后的公司章程或章程修正案', 'o'),
      m('与变更事项对应的证明文件', 'c', 1, '如新住所证明、新任职人员身份证件'),
      m('营业执照正、副本', 'o'),
    ],
    process: '提交材料 → 审核 → 换发营业执照',
    legalDays: 15,
  },
  GS003: {
    legalBasis: COMPANY_BASIS,
    conditions: '公司已清算完毕，或符合简易注销条件（未开业或无债权债务）',
    materials: [
      APPLICATION('注销登记'),
      m('清算报告', 'o', 1, '股东会确认；简易注销提交全体投资人承诺书'),
      m('清税证明', 'c', 1, '可通过部门共享获取的免于提交'),
      m('营业执照正、副本', 'o'),
    ],
    process: '公告（简易注销公示20日）→ 提交材料 → 审核 → 注销',
    legalDays: 15,
  },
  GS004: {
    legalBasis: COMPANY_BASIS,
    conditions: '已设立的公司在本区设立分支机构',
    materials: [
      APPLICATION('分公司设立登记'),
      m('公司营业执照', 'c', 1, '加盖公章'),
      m('分公司负责人任职文件及身份证件', 'c'),
      PREMISES,
    ],
    process: '提交材料 → 审核 → 核发分公司营业执照',
    legalDays: 15,
  },
  GS005: {
    legalBasis: '《中华人民共和国个人独资企业法》；' + REGISTRY_BASIS,
    conditions: '投资人为一个自然人，有合法的企业名称、投资人申报的出资和固定的生产经营场所',
    materials: [APPLICATION('个人独资企业设立登记'), ID_CARD, PREMISES],
    process: '名称申报 → 提交材料 → 审核 → 核发营业执照',
    legalDays: 15,
  },
  GS006: {
    legalBasis: '《中华人民共和国合伙企业法》；' + REGISTRY_BASIS,
    conditions: '有二个以上合伙人，有书面合伙协议、合伙人认缴或实际缴付的出资',
    materials: [
      APPLICATION('合伙企业设立登记'),
      m('全体合伙人签署的合伙协议', 'o'),
      m('全体合伙人的主体资格证明或身份证件', 'c'),
      m('执行事务合伙人的委托书', 'o'),
      PREMISES,
    ],
    process: '名称申报 → 提交材料 → 审核 → 核发营业执照',
    legalDays: 15,
  },
  GS007: {
    legalBasis: '《中华人民共和国农民专业合作社法》；' + REGISTRY_BASIS,
    conditions: '有五名以上符合规定的成员，其中农民至少占成员总数的百分之八十',
    materials: [
      APPLICATION('农民专业合作社设立登记'),
      m('全体设立人签名、盖章的设立大会纪要', 'o'),
      m('章程', 'o'),
      m('成员名册及成员身份证明', 'c'),
      m('理事长任职文件及身份证件', 'c'),
      PREMISES,
    ],
    process: '提交材料 → 审核 → 核发营业执照',
    legalDays: 15,
  },
  GS008: {
    legalBasis: '《促进个体工商户发展条例》；' + REGISTRY_BASIS,
    conditions: '有经营能力的自然人，有固定的经营场所',
    materials: [APPLICATION('个体工商户登记'), ID_CARD, PREMISES, AGENT],
    process: '提交材料 → 窗口审核 → 当场核发营业执照',
  },
  GS009: {
    legalBasis: '《促进个体工商户发展条例》；' + REGISTRY_BASIS,
    conditions: '个体工商户的名称、经营者、经营范围、经营场所等发生变化',
    materials: [
      APPLICATION('个体工商户变更登记'),
      ID_CARD,
      m('营业执照正、副本', 'o'),
      opt('新经营场所使用证明', 'c'),
    ],
    process: '提交材料 → 窗口审核 → 当场换发营业执照',
  },
  GS010: {
    legalBasis: '《促进个体工商户发展条例》；' + REGISTRY_BASIS,
    conditions: '个体工商户不再从事经营活动',
    materials: [APPLICATION('个体工商户注销登记'), ID_CARD, m('营业执照正、副本', 'o')],
    process: '提交材料 → 窗口审核 → 当场办结',
  },
  GA001: {
    legalBasis: '《中华人民共和国户口登记条例》；四川省户籍管理相关规定',
    conditions: '因投靠亲属、就业、购房、入学等符合落户条件，需将户口迁入或迁出本区',
    materials: [
      ID_CARD,
      m('户口簿', 'o'),
      m('与迁移事由对应的证明', 'b', 1, '如结婚证、出生医学证明、房屋产权证明、劳动合同'),
      opt('准予迁入证明', 'o', '跨省迁移时提供'),
    ],
    process: '申请 → 审核 → 签发准迁证或办理迁入登记',
    legalDays: 30,
  },
  GA002: {
    legalBasis: '《中华人民共和国护照法》；《中国公民因私事出入境管理办法》',
    conditions: '中国公民因私出国，本人到场申请（未满16周岁由监护人陪同）',
    materials: [
      ID_CARD,
      m('出入境证件申请表', 'o', 1, '现场填写，现场采集照片和指纹'),
      opt('原护照', 'o', '换发、补发时提交'),
      opt('监护关系证明', 'b', '未成年人申请时提供'),
    ],
    process: '现场申请（照相、采集指纹）→ 审批 → 制证 → 领取或邮寄',
    legalDays: 15,
    fee: { amount: '护照每本120元', basis: '国家发展改革委、财政部关于出入境证照收费标准的规定' },
  },
  JY001: {
    legalBasis: '《中华人民共和国教师法》；《教师资格条例》；《〈教师资格条例〉实施办法》',
    conditions:
      '具有规定学历，通过国家教师资格考试（或符合免试条件），普通话水平达到要求，体检合格',
    materials: [
      ID_CARD,
      m('学历证书', 'b'),
      m('教师资格考试合格证明', 'c', 1, '网上可查验的免于提交'),
      m('普通话水平测试等级证书', 'c'),
      m('指定医院出具的体检表', 'o'),
      m('近期一寸免冠照片', 'o', 1),
    ],
    process: '网上申报 → 现场确认 → 审核 → 认定 → 领证',
    legalDays: 30,
  },
  WJ004: {
    legalBasis: '《中华人民共和国医师法》；《医师执业注册管理办法》',
    conditions: '取得医师资格，受聘于医疗、预防、保健机构',
    materials: [
      m('医师执业注册申请审核表', 'o'),
      m('医师资格证书', 'b'),
      m('近6个月内的体检证明', 'o'),
      m('聘用单位证明', 'o', 1, '加盖公章'),
      m('近期二寸免冠照片', 'o', 2),
    ],
    process: '申请 → 审核 → 注册 → 发证',
    legalDays: 20,
  },
  WJ006: {
    legalBasis: '《护士条例》；《护士执业注册管理办法》',
    conditions: '通过护士执业资格考试，受聘于医疗卫生机构，身体健康',
    materials: [
      m('护士执业注册申请审核表', 'o'),
      m('护士执业资格考试成绩合格证明', 'c'),
      m('学历证书及专业学习中的临床实习证明', 'c'),
      m('近6个月内的健康体检证明', 'o'),
      m('医疗卫生机构拟聘用的相关材料', 'o'),
    ],
    process: '申请 → 审核 → 注册 → 发证',
    legalDays: 20,
  },
  WJ009: {
    legalBasis: '《公共场所卫生管理条例》及其实施细则',
    conditions: '住宿、美容美发、游泳、沐浴等公共场所，经营场所卫生设施符合规定',
    materials: [
      m('公共场所卫生许可申请表', 'o'),
      LICENCE,
      LEGAL_REP_ID,
      m('卫生管理制度', 'o'),
      m('从业人员健康合格证明', 'c'),
      m('经营场所平面布局图', 'o'),
    ],
    process: '申请 → 受理 → 现场审查 → 许可决定 → 发证',
    legalDays: 20,
  },
  MZ001: {
    legalBasis: '《社会团体登记管理条例》',
    conditions: '有50个以上个人会员或30个以上单位会员，有规范的名称、组织机构、固定住所和合法资产',
    materials: [
      m('成立登记申请书', 'o'),
      m('业务主管单位批准文件', 'o', 1, '需要时提供'),
      m('章程草案', 'o'),
      m('验资报告或资金证明', 'o'),
      m('住所使用证明', 'c'),
      m('负责人基本情况及身份证件', 'c'),
    ],
    process: '申请 → 审查 → 准予登记 → 发证',
    legalDays: 60,
  },
  MZ004: {
    legalBasis: '《民办非企业单位登记管理暂行条例》',
    conditions: '开展社会服务活动，有必要的场所、从业人员和与业务活动相适应的合法财产',
    materials: [
      m('登记申请书', 'o'),
      m('章程草案', 'o'),
      m('场所使用权证明', 'c'),
      m('验资报告', 'o'),
      m('拟任负责人基本情况及身份证件', 'c'),
    ],
    process: '申请 → 审查 → 准予登记 → 发证',
    legalDays: 60,
  },
  ZJ001: {
    legalBasis: '《中华人民共和国建筑法》；《建筑工程施工许可管理办法》',
    conditions: '已办理用地和规划许可，施工图审查合格，已确定施工企业，资金已落实',
    materials: [
      m('建筑工程施工许可证申请表', 'o'),
      m('建设工程规划许可证', 'c'),
      m('中标通知书或直接发包批准文件', 'c'),
      m('施工图设计文件审查合格书', 'c'),
      m('建设资金已落实承诺书', 'o'),
    ],
    process: '网上申报 → 受理 → 审查 → 核发施工许可证',
    legalDays: 7,
  },
  RS005: {
    legalBasis:
      '《中华人民共和国劳动法》；《关于企业实行不定时工作制和综合计算工时工作制的审批办法》',
    conditions: '因生产特点、工作性质无法按标准工作时间衡量的企业岗位',
    materials: [
      m('特殊工时制度申请表', 'o', 1, '加盖公章'),
      LICENCE,
      m('工会或职工代表意见', 'o'),
      m('实行特殊工时岗位及人员名册', 'o'),
    ],
    process: '申请 → 审核 → 批复',
    legalDays: 20,
  },
};
