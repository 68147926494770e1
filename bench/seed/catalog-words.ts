import { type ServiceGuide } from '@gov/contracts';

// The words the catalogue seed (seed-catalog.ts) makes service items of: topics by the kind of
// department handling them, actions, conditions, materials, laws and steps, with how often each occurs.

/** The kinds of department the seed tells apart by name. */
export type OrganKind = 'market' | 'police' | 'civil' | 'health' | 'fire' | 'data' | 'other';

const words = (text: string): readonly string[] => text.split(' ');

/** Where base items live: the province, a city, a county. */
export const LEVEL_WEIGHTS = [
  [0, 55],
  [1, 30],
  [2, 15],
] as const;

/** What items are about, by the kind of department that handles them ('other': none seeded). */
const DOMAINS: Readonly<Record<OrganKind, readonly string[]>> = {
  market: words(
    '食品经营 食品生产 食品小作坊 药品零售 医疗器械经营 化妆品生产 特种设备使用 计量器具 营业执照 个体工商户 农民专业合作社 广告发布 检验检测机构 工业产品生产',
  ),
  police: words(
    '户籍 居住证 居民身份证 机动车 驾驶证 出入境证件 公章刻制 旅馆业特种行业 保安服务 犬只 烟花爆竹运输',
  ),
  civil: words(
    '婚姻 收养 社会组织 养老机构 最低生活保障 特困人员供养 临时救助 殡葬服务 残疾人两项补贴 地名',
  ),
  health: words(
    '医疗机构执业 医师执业 护士执业 公共场所卫生 母婴保健技术服务 放射诊疗 生活饮用水卫生 职业健康',
  ),
  fire: words('公众聚集场所消防安全 建设工程消防设计 消防产品'),
  data: words('公共数据 电子证照 政务数据共享'),
  other: words(
    '社会保险 医疗保险 住房公积金 不动产 建设工程规划 建筑施工 道路运输 水路运输 教师资格 民办学校 人力资源服务 劳务派遣 取水 排污 林木采伐 农药经营 种子生产经营 渔业捕捞 烟草专卖零售 出版物经营 退役军人优待 燃气经营',
  ),
};
/** Every topic with the kind of department that handles it, each as likely as the next. */
export const TOPICS = Object.entries(DOMAINS).flatMap(([kind, topics]) =>
  topics.map((topic) => [topic, kind as OrganKind] as const),
);
/** How often a base item is implemented at each level below it. */
export const IMPLEMENTED: Readonly<Record<string, number>> = {
  city: 0.7,
  county: 0.6,
  township: 0.35,
};
export const ORGAN_KINDS: readonly [string, OrganKind][] = [
  ['市场监督管理', 'market'],
  ['公安', 'police'],
  ['民政', 'civil'],
  ['卫生健康', 'health'],
  ['消防', 'fire'],
  ['数据', 'data'],
];
/** What is done, as [name suffix, category, code prefix, result suffix, result kind, weight]. */
export const ACTIONS: readonly [
  string,
  string,
  string,
  string,
  ServiceGuide['result']['kind'],
  number,
][] = [
  ['许可（新办）', '行政许可', 'XK', '许可证', 'licence', 10],
  ['许可（变更）', '行政许可', 'XK', '许可证', 'licence', 8],
  ['许可（延续）', '行政许可', 'XK', '许可证', 'licence', 6],
  ['许可（注销）', '行政许可', 'XK', '准予注销通知书', 'approval-document', 5],
  ['审批', '行政许可', 'XK', '审批决定书', 'approval-document', 6],
  ['设立登记', '行政确认', 'QR', '登记通知书', 'approval-document', 7],
  ['变更登记', '行政确认', 'QR', '变更通知书', 'approval-document', 7],
  ['注销登记', '行政确认', 'QR', '注销通知书', 'approval-document', 5],
  ['资格认定', '行政确认', 'QR', '资格证书', 'certificate', 4],
  ['备案', '其他行政权力', 'QT', '备案回执', 'other', 9],
  ['补贴申领', '行政给付', 'JF', '补贴发放告知书', 'other', 4],
  ['待遇核定', '行政给付', 'JF', '待遇核定表', 'other', 3],
  ['奖励申报', '行政奖励', 'JL', '奖励决定书', 'other', 2],
  ['争议裁决', '行政裁决', 'CJ', '裁决书', 'approval-document', 1],
  ['证照补领', '公共服务', 'GG', '证照', 'licence', 5],
  ['证明开具', '公共服务', 'GG', '证明', 'certificate', 3],
  ['信息查询', '公共服务', 'GG', '查询结果', 'other', 6],
  ['转移接续', '公共服务', 'GG', '转移接续凭证', 'other', 3],
  ['年度报告公示', '公共服务', 'GG', '公示回执', 'other', 4],
];
export const QUALIFIERS = [
  '',
  '',
  '',
  ...words('（企业） （个人） （个体工商户） （分支机构） （跨省通办）'),
];
export const CONDITIONS = [
  '申请人具有完全民事行为能力。',
  '申请事项符合法律、法规和规章规定的条件。',
  '具有与申请事项相适应的场所、设施和设备。',
  '有健全的管理制度和质量安全责任制度。',
  '申请人为本行政区域内登记注册的单位或者居住的个人。',
  '依法取得营业执照或者其他主体资格文件。',
  '近三年内无严重违法失信记录。',
  '配备与业务规模相适应的专业技术人员。',
  '符合国家和本省有关规划、标准和技术规范的要求。',
];
/** Materials beyond the application form, as [key, name]; the last one is rare. */
export const MATERIALS: readonly (readonly [string, string])[] = [
  ['id-document', '申请人身份证件'],
  ['agent-authorisation', '授权委托书及受托人身份证件'],
  ['business-licence', '营业执照'],
  ['premises', '经营场所使用权文件'],
  ['site-plan', '场所平面布局图'],
  ['equipment-list', '主要设备设施清单'],
  ['staff-list', '专业技术人员名单及资格证书'],
  ['rules', '管理制度文本'],
  ['photo', '近期免冠照片'],
  ['household-register', '户口簿'],
  ['income', '家庭收入状况申报表'],
  ['contract', '合同或者协议'],
  ['test-report', '检验检测报告'],
  ['other-proof', '其他有关证明材料'],
];
export const LAWS = words(
  '《中华人民共和国行政许可法》 《中华人民共和国食品安全法》 《中华人民共和国药品管理法》 《中华人民共和国社会保险法》 《中华人民共和国户口登记条例》 《中华人民共和国民法典》 《中华人民共和国城乡规划法》 《中华人民共和国消防法》 《不动产登记暂行条例》 《医疗机构管理条例》 《社会救助暂行办法》 《住房公积金管理条例》 《优化营商环境条例》 《浙江省行政程序办法》',
);
export const STEPS = [
  { name: '申请', description: '申请人通过浙里办或者政务服务中心窗口提交申请材料。' },
  {
    name: '受理',
    description: '材料齐全、符合法定形式的当场受理；不齐全的一次性告知需要补正的全部内容。',
  },
  { name: '审查', description: '对申请材料进行审查，必要时进行现场核查。' },
  { name: '决定', description: '作出决定并送达；不予办理的书面说明理由。' },
];
export const DEPTHS: readonly [ServiceGuide['online']['depth'], number][] = [
  ['fully-online', 45],
  ['online-submission', 30],
  ['reservation', 15],
  ['none', 10],
];
