import { localDateOf, parseLocalDate } from '@gov/calendar';
import fc from 'fast-check';
import { beijing, refusal } from '../test/case-builders';
import {
  assertPaidForDelivery,
  assessFee,
  dailyTotals,
  netPaidFen,
  paymentStatus,
  PAYMENT_STATUS_LABELS,
  recordPayment,
  recordRefund,
  type CaseFee,
  type FeeStandard,
  type Payment,
  type Refund,
} from './fees';

const FREE: FeeStandard = { free: true };
// A licence at 10 yuan and its certificate at 5 yuan.
const CHARGED_ITEMS = [
  { name: '许可证工本费', amountFen: 1000, unit: '本' },
  { name: '证书费', amountFen: 500, unit: '件' },
];
const CHARGED: FeeStandard = { free: false, basis: '《某某收费标准》', items: CHARGED_ITEMS };

let serial = 0;
function payment(amountFen: number, overrides: Partial<Payment> = {}): Payment {
  serial += 1;
  return {
    reference: `P-${serial}`,
    channel: 'mobile',
    amountFen,
    window: 'W01',
    by: 'zhang.wei',
    at: beijing('2025-06-09T10:00'),
    ...overrides,
  };
}
function refund(amountFen: number, overrides: Partial<Refund> = {}): Refund {
  serial += 1;
  return {
    reference: `R-${serial}`,
    amountFen,
    reason: '申请人撤回申请',
    window: 'W01',
    by: 'zhang.wei',
    at: beijing('2025-06-09T15:00'),
    ...overrides,
  };
}
const paidInFull = () => recordPayment(assessFee(CHARGED), payment(1500));

describe('fees at one window (一个窗口收费)', () => {
  it('charges nothing for a free item', () => {
    const fee = assessFee(FREE);
    expect(fee).toMatchObject({ required: false, dueFen: 0, items: [] });
    expect(paymentStatus(fee)).toBe('not-required');
    expect(PAYMENT_STATUS_LABELS[paymentStatus(fee)]).toBe('无需缴费');
  });

  it('owes one of each item of the published standard, with its basis', () => {
    const fee = assessFee(CHARGED);
    expect(fee).toMatchObject({ required: true, dueFen: 1500, basis: '《某某收费标准》' });
    expect(fee.items).toEqual(CHARGED_ITEMS);
    expect(paymentStatus(fee)).toBe('unpaid');
  });

  it('refuses a malformed standard as a programming error', () => {
    expect(() => assessFee({ free: false, basis: 'x', items: [] })).toThrow(RangeError);
    expect(() =>
      assessFee({ free: false, basis: 'x', items: [{ name: 'x', amountFen: 9.5 }] }),
    ).toThrow(RangeError);
  });

  it('moves from unpaid through partly paid to paid, leaving the earlier fee untouched', () => {
    const unpaid = assessFee(CHARGED);
    const partly = recordPayment(unpaid, payment(1000, { channel: 'cash' }));
    const paid = recordPayment(partly, payment(500, { channel: 'card' }));
    expect([unpaid, partly, paid].map(paymentStatus)).toEqual(['unpaid', 'partly-paid', 'paid']);
    expect(netPaidFen(paid)).toBe(1500);
    expect(unpaid.payments).toHaveLength(0);
    expect(partly.payments).toHaveLength(1);
  });

  it('takes no payment for a free item', () => {
    expect(refusal(() => recordPayment(assessFee(FREE), payment(100))).code).toBe(
      'CASE.FEE_NOT_REQUIRED',
    );
  });

  it('takes no more than is still due', () => {
    const partly = recordPayment(assessFee(CHARGED), payment(1000));
    const error = refusal(() => recordPayment(partly, payment(600)));
    expect(error.code).toBe('CASE.PAYMENT_EXCEEDS_DUE');
    expect(error.details).toEqual({ dueFen: 1500, paidFen: 1000, amountFen: 600 });
  });

  it('records a receipt only once, whether it was used for a payment or a refund', () => {
    const paymentReference = 'P-USED';
    const fee = recordRefund(
      recordPayment(assessFee(CHARGED), payment(1500, { reference: paymentReference })),
      refund(500, { reference: 'R-USED' }),
    );
    const retries = [
      () => recordPayment(fee, payment(100, { reference: paymentReference })),
      () => recordPayment(fee, payment(100, { reference: 'R-USED' })),
      () => recordRefund(fee, refund(100, { reference: paymentReference })),
      () => recordRefund(fee, refund(100, { reference: 'R-USED' })),
    ];
    for (const retry of retries) {
      expect(refusal(retry).code).toBe('CASE.PAYMENT_REFERENCE_REUSED');
    }
  });

  it.each([0, -100, 12.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])(
    'treats an amount of %p fen as a programming error',
    (amountFen) => {
      expect(() => recordPayment(assessFee(CHARGED), payment(amountFen))).toThrow(RangeError);
      expect(() => recordRefund(paidInFull(), refund(amountFen))).toThrow(RangeError);
    },
  );

  it('refunds with a reason, which it keeps trimmed, and owes the money again', () => {
    const fee = recordRefund(paidInFull(), refund(500, { reason: '  多收证书费  ' }));
    expect(fee.refunds.map((entry) => entry.reason)).toEqual(['多收证书费']);
    expect(netPaidFen(fee)).toBe(1000);
    expect(paymentStatus(fee)).toBe('partly-paid');
  });

  it('refuses a refund without a reason', () => {
    const error = refusal(() => recordRefund(paidInFull(), refund(500, { reason: '   ' })));
    expect(error.code).toBe('CASE.REASON_REQUIRED');
  });

  it('gives back no more than was paid', () => {
    const error = refusal(() => recordRefund(paidInFull(), refund(1501)));
    expect(error.code).toBe('CASE.REFUND_EXCEEDS_PAID');
    expect(error.details).toEqual({ paidFen: 1500, amountFen: 1501 });
    expect(refusal(() => recordRefund(assessFee(FREE), refund(1))).code).toBe(
      'CASE.REFUND_EXCEEDS_PAID',
    );
  });

  it('delivers the result only when the fee is paid or none is charged', () => {
    expect(() => assertPaidForDelivery(undefined)).not.toThrow();
    expect(() => assertPaidForDelivery(assessFee(FREE))).not.toThrow();
    expect(() => assertPaidForDelivery(paidInFull())).not.toThrow();
    const error = refusal(() =>
      assertPaidForDelivery(recordPayment(assessFee(CHARGED), payment(1000))),
    );
    expect(error.code).toBe('CASE.FEE_UNPAID');
    expect(error.details).toEqual({ dueFen: 1500, paidFen: 1000 });
  });

  it('reconciles each window’s day by the Beijing day of each payment and refund', () => {
    const caseA = recordRefund(
      recordPayment(assessFee(CHARGED), payment(1500, { window: 'W02' })),
      refund(500, { window: 'W01', at: beijing('2025-06-09T16:00') }),
    );
    const caseB = recordPayment(
      recordPayment(assessFee(CHARGED), payment(1000, { window: 'W01' })),
      // 00:30 in Beijing is still the 9th in UTC: it belongs to the 10th.
      payment(500, { window: 'W01', at: beijing('2025-06-10T00:30') }),
    );
    const totals = dailyTotals([caseA, caseB], parseLocalDate('2025-06-09'), localDateOf);
    expect(totals).toEqual([
      { window: 'W01', paymentsFen: 1000, refundsFen: 500, netFen: 500, payments: 1, refunds: 1 },
      { window: 'W02', paymentsFen: 1500, refundsFen: 0, netFen: 1500, payments: 1, refunds: 0 },
    ]);
    expect(dailyTotals([caseA, caseB], parseLocalDate('2025-06-10'), localDateOf)).toEqual([
      { window: 'W01', paymentsFen: 500, refundsFen: 0, netFen: 500, payments: 1, refunds: 0 },
    ]);
  });

  it('whatever payments and refunds are tried, net paid stays within 0..due and the status agrees', () => {
    const standard = fc
      .array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 4 })
      .map((amounts): FeeStandard => ({
        free: false,
        basis: 'basis',
        items: amounts.map((amountFen, index) => ({ name: `item ${index}`, amountFen })),
      }));
    const step = fc.record({
      kind: fc.constantFrom('pay', 'refund'),
      amountFen: fc.integer({ min: 1, max: 200_000 }),
      window: fc.constantFrom('W01', 'W02', 'W03'),
    });
    fc.assert(
      fc.property(standard, fc.array(step, { maxLength: 30 }), (feeStandard, steps) => {
        let fee: CaseFee = assessFee(feeStandard);
        steps.forEach(({ kind, amountFen, window }, index) => {
          const before = netPaidFen(fee);
          const fits = kind === 'pay' ? before + amountFen <= fee.dueFen : amountFen <= before;
          const reference = `${kind}-${index}`;
          const at = beijing('2025-06-09T09:00');
          const apply = () =>
            kind === 'pay'
              ? recordPayment(fee, { reference, channel: 'cash', amountFen, window, by: 'x', at })
              : recordRefund(fee, { reference, amountFen, reason: 'r', window, by: 'x', at });
          if (fits) {
            fee = apply();
          } else {
            expect(refusal(apply).code).toBe(
              kind === 'pay' ? 'CASE.PAYMENT_EXCEEDS_DUE' : 'CASE.REFUND_EXCEEDS_PAID',
            );
          }
          const paid = netPaidFen(fee);
          expect(paid).toBeGreaterThanOrEqual(0);
          expect(paid).toBeLessThanOrEqual(fee.dueFen);
          const expected = paid === 0 ? 'unpaid' : paid < fee.dueFen ? 'partly-paid' : 'paid';
          expect(paymentStatus(fee)).toBe(expected);
        });
        const day = dailyTotals([fee], parseLocalDate('2025-06-09'), localDateOf);
        expect(day.reduce((total, window) => total + window.netFen, 0)).toBe(netPaidFen(fee));
      }),
    );
  });
});
