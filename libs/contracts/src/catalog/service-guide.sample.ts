import { type ServiceGuide } from './service-guide.schemas';

/** A complete guide, as the samples of the contracts (and tests) use it. */
export const sampleGuide: ServiceGuide = {
  name: '食品经营许可',
  category: '行政许可',
  handlingOrgan: '11330000002482001J',
  legalBases: [
    {
      law: '《中华人民共和国食品安全法》',
      article: '第三十五条',
      text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。',
    },
  ],
  conditions: ['具有与经营的食品品种、数量相适应的经营场所', '有食品安全专业技术人员和管理制度'],
  materials: [
    {
      key: 'application-form',
      name: '食品经营许可申请书',
      form: 'paper-or-electronic',
      copies: 1,
      original: 'original',
      required: true,
    },
    {
      key: 'premises-layout',
      name: '经营场所平面布局图',
      form: 'paper',
      copies: 1,
      original: 'copy',
      required: true,
    },
  ],
  steps: [
    { name: '申请', description: '申请人通过窗口或网上提交申请材料' },
    { name: '受理', description: '窗口人员审核材料，当场或 5 个工作日内作出是否受理的决定' },
    { name: '审查', description: '审查材料，必要时现场核查' },
    { name: '决定', description: '作出准予或不予许可的决定' },
    { name: '送达', description: '窗口领取或邮寄许可证' },
  ],
  statutoryLimitDays: 20,
  promisedLimitDays: 10,
  result: { name: '食品经营许可证', kind: 'licence', delivery: ['window', 'post', 'electronic'] },
  fee: { free: true },
  supervisionPhone: '12345',
  consultationPhone: '0571-12345',
  applyAt: { place: '政务服务中心市场监管窗口', hours: '工作日 9:00-12:00，13:30-17:00' },
  online: { depth: 'fully-online', url: 'https://www.zjzwfw.gov.cn/' },
  departments: { lead: '11330000002482001J', involved: [] },
  inCentre: { handled: true },
};
