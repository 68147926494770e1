import { type PowerContent } from './power-content.schemas';
import { type Power, type PowerFlowChart } from './power.schemas';

// Samples of the power contracts (validated by the contract specs): 食品经营许可 of 上城区.

export const powerContentSample: PowerContent = {
  name: '食品经营许可',
  implementingOrgan: '11330102002528004D',
  legalBases: [
    {
      law: '《中华人民共和国食品安全法》',
      article: '第三十五条第一款',
      text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。',
    },
  ],
  flow: [
    {
      id: 'accept',
      name: '受理',
      role: '窗口受理人员',
      responsibility: '审查申请材料是否齐全、符合法定形式；材料不全的，一次性告知需补正的全部内容',
      next: [{ to: 'review', condition: '材料齐全' }],
    },
    {
      id: 'review',
      name: '审查',
      role: '审批科室审核人员',
      responsibility: '对申请材料的实质内容进行审查，必要时进行现场核查',
      next: [{ to: 'decide' }],
    },
    {
      id: 'decide',
      name: '决定',
      role: '分管负责人',
      responsibility: '作出准予或不予许可的决定；不予许可的，书面说明理由并告知救济途径',
      next: [],
    },
  ],
  supervision: {
    measures: ['政务服务电子监察系统全程监督', '12345 热线投诉'],
    phone: '0571-12345',
  },
  discretionBenchmarks: [],
};

export const powerSample: Power = {
  code: 'XK00101000',
  province: '330000000000',
  version: 1,
  status: 'published',
  ...powerContentSample,
  category: { code: 'XK', name: '行政许可' },
  division: '330102000000',
  implementingOrgan: { creditCode: '11330102002528004D', name: '杭州市上城区市场监督管理局' },
  createdAt: '2026-11-26T08:00:00.000Z',
  publishedAt: '2026-11-26T09:00:00.000Z',
  endedAt: null,
  abolishReason: null,
};

export const powerFlowChartSample: PowerFlowChart = {
  code: powerSample.code,
  province: powerSample.province,
  version: 1,
  name: powerSample.name,
  nodes: powerContentSample.flow.map((step, layer) => ({
    id: step.id,
    name: step.name,
    role: step.role,
    responsibility: step.responsibility,
    start: layer === 0,
    end: step.next.length === 0,
    layer,
  })),
  edges: [
    { from: 'accept', to: 'review', condition: '材料齐全' },
    { from: 'review', to: 'decide', condition: null },
  ],
};
