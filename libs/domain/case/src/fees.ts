import type { LocalDate } from '@gov/calendar';
import { CaseDomainError } from './case-domain.error';

/**
 * An item's fee standard as its service guide publishes it. Licensing is free unless a law or an
 * administrative regulation says otherwise (行政许可法 Art. 58), and then only the published
 * items at the published amounts may be charged (Art. 59).
 */
export type FeeStandard =
  | { readonly free: true }
  | { readonly free: false; readonly basis: string; readonly items: readonly FeeItem[] };

/** One charged item of a standard, in fen (分); money is never a float. */
export interface FeeItem {
  readonly name: string;
  readonly amountFen: number;
  /** What it is charged per, e.g. 件, 本. */
  readonly unit?: string;
}

/** How the window took the money: 现金 / 刷卡 / 扫码 / 转账 / 网上支付. */
export const PAYMENT_CHANNELS = ['cash', 'card', 'mobile', 'transfer', 'online'] as const;

/** A way of paying at the window. */
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

/** The Chinese name of each channel, for receipts and the daily reconciliation. */
export const PAYMENT_CHANNEL_LABELS: Readonly<Record<PaymentChannel, string>> = {
  cash: '现金',
  card: '刷卡',
  mobile: '扫码',
  transfer: '转账',
  online: '网上支付',
};

/** Money taken for a case; `reference` is the receipt or transaction number (票据号/交易号). */
export interface Payment {
  readonly reference: string;
  readonly channel: PaymentChannel;
  readonly amountFen: number;
  /** The window that took it: the one the day's reconciliation charges it to. */
  readonly window: string;
  readonly by: string;
  readonly at: Date;
}

/** Money given back, with the reason the applicant is told. */
export interface Refund {
  readonly reference: string;
  readonly amountFen: number;
  readonly reason: string;
  readonly window: string;
  readonly by: string;
  readonly at: Date;
}

/** What a case owes and what was paid and refunded at the window (一个窗口收费). */
export interface CaseFee {
  readonly required: boolean;
  readonly basis?: string;
  readonly items: readonly FeeItem[];
  readonly dueFen: number;
  readonly payments: readonly Payment[];
  readonly refunds: readonly Refund[];
}

/** The payment state of a case (DOMAIN.md §4). */
export type PaymentStatus = 'not-required' | 'unpaid' | 'partly-paid' | 'paid';

/** The Chinese name of each payment state. */
export const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  'not-required': '无需缴费',
  unpaid: '未缴费',
  'partly-paid': '部分缴费',
  paid: '已缴清',
};

/** What a case owes under `standard`: one of each item. `RangeError` for a malformed standard. */
export function assessFee(standard: FeeStandard): CaseFee {
  if (standard.free) {
    return { required: false, items: [], dueFen: 0, payments: [], refunds: [] };
  }
  standard.items.forEach((item) => checkAmount(item.amountFen, `fee item "${item.name}"`));
  const dueFen = sum(standard.items);
  checkAmount(dueFen, 'the total due'); // also refuses a charged standard with no items
  return {
    required: true,
    basis: standard.basis,
    items: standard.items.map((item) => ({ ...item })),
    dueFen,
    payments: [],
    refunds: [],
  };
}

/** What the applicant has paid and not had back. */
export function netPaidFen(fee: CaseFee): number {
  return sum(fee.payments) - sum(fee.refunds);
}

/** Where the case stands on its fee. */
export function paymentStatus(fee: CaseFee): PaymentStatus {
  if (!fee.required) {
    return 'not-required';
  }
  const paid = netPaidFen(fee);
  return paid <= 0 ? 'unpaid' : paid < fee.dueFen ? 'partly-paid' : 'paid';
}

/**
 * The fee with `payment` recorded. Only the published amount may be charged (Art. 59), so nothing
 * beyond what is still due is taken; a receipt is recorded once, so a retried request cannot
 * charge twice.
 */
export function recordPayment(fee: CaseFee, payment: Payment): CaseFee {
  if (!fee.required) {
    throw new CaseDomainError('CASE.FEE_NOT_REQUIRED', undefined, { reference: payment.reference });
  }
  checkAmount(payment.amountFen, 'a payment');
  checkReferenceUnused(fee, payment.reference);
  const paidFen = netPaidFen(fee);
  if (paidFen + payment.amountFen > fee.dueFen) {
    throw new CaseDomainError('CASE.PAYMENT_EXCEEDS_DUE', undefined, {
      dueFen: fee.dueFen,
      paidFen,
      amountFen: payment.amountFen,
    });
  }
  return { ...fee, payments: [...fee.payments, { ...payment }] };
}

/**
 * The fee with `refund` recorded (e.g. a withdrawn application or money taken by mistake). The
 * reason is told to the applicant and audited; no more than was paid can go back.
 */
export function recordRefund(fee: CaseFee, refund: Refund): CaseFee {
  const reason = refund.reason.trim();
  if (reason === '') {
    throw new CaseDomainError('CASE.REASON_REQUIRED', undefined, { action: 'refund' });
  }
  checkAmount(refund.amountFen, 'a refund');
  checkReferenceUnused(fee, refund.reference);
  const paidFen = netPaidFen(fee);
  if (refund.amountFen > paidFen) {
    throw new CaseDomainError('CASE.REFUND_EXCEEDS_PAID', undefined, {
      paidFen,
      amountFen: refund.amountFen,
    });
  }
  return { ...fee, refunds: [...fee.refunds, { ...refund, reason }] };
}

/** Refuses delivery (送达) of the result while a charged fee is not fully paid. */
export function assertPaidForDelivery(fee: CaseFee | undefined): void {
  if (fee?.required === true && netPaidFen(fee) < fee.dueFen) {
    throw new CaseDomainError('CASE.FEE_UNPAID', undefined, {
      dueFen: fee.dueFen,
      paidFen: netPaidFen(fee),
    });
  }
}

/** One window's takings on one day, for the daily reconciliation (日结对账) with the till and bank. */
export interface WindowDayTotals {
  readonly window: string;
  readonly paymentsFen: number;
  readonly refundsFen: number;
  readonly netFen: number;
  /** How many payments, and refunds, make up the sums. */
  readonly payments: number;
  readonly refunds: number;
}

/**
 * Per window, the payments and refunds made on `day` (each by its own time, as `timeZoneDayOf`
 * reads it), sorted by window; windows with nothing that day are left out.
 */
export function dailyTotals(
  fees: readonly CaseFee[],
  day: LocalDate,
  timeZoneDayOf: (at: Date) => LocalDate,
): WindowDayTotals[] {
  // A local, mutable tally; what leaves the function is fresh data.
  const totals = new Map<string, { -readonly [K in keyof WindowDayTotals]: WindowDayTotals[K] }>();
  const tally = (window: string) => {
    const found = totals.get(window);
    if (found) {
      return found;
    }
    const fresh = { window, paymentsFen: 0, refundsFen: 0, netFen: 0, payments: 0, refunds: 0 };
    totals.set(window, fresh);
    return fresh;
  };
  for (const fee of fees) {
    for (const payment of fee.payments.filter(({ at }) => timeZoneDayOf(at) === day)) {
      const t = tally(payment.window);
      t.paymentsFen += payment.amountFen;
      t.payments += 1;
      t.netFen += payment.amountFen;
    }
    for (const refund of fee.refunds.filter(({ at }) => timeZoneDayOf(at) === day)) {
      const t = tally(refund.window);
      t.refundsFen += refund.amountFen;
      t.refunds += 1;
      t.netFen -= refund.amountFen;
    }
  }
  return [...totals.values()].sort((a, b) =>
    a.window < b.window ? -1 : a.window > b.window ? 1 : 0,
  );
}

function checkReferenceUnused(fee: CaseFee, reference: string): void {
  const used = [...fee.payments, ...fee.refunds].some((entry) => entry.reference === reference);
  if (used) {
    throw new CaseDomainError('CASE.PAYMENT_REFERENCE_REUSED', undefined, { reference });
  }
}

function checkAmount(amountFen: number, what: string): void {
  if (!Number.isSafeInteger(amountFen) || amountFen < 1) {
    throw new RangeError(`${what} must be a positive whole number of fen, got ${amountFen}`);
  }
}

function sum(entries: readonly { readonly amountFen: number }[]): number {
  return entries.reduce((total, entry) => total + entry.amountFen, 0);
}
