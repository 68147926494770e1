import { randomInt } from 'node:crypto';
import { type HttpResult } from './suite';

// Seed departments (deploy/seed/departments.json).
export const SC_MARKET = '11330102002528004D'; // 杭州市上城区市场监督管理局, 330102
export const SC_CIVIL = '11330102002528015H'; // 杭州市上城区民政局, 330102
export const XH_MARKET = '11330106002531006J'; // 杭州市西湖区市场监督管理局, 330106

export const body = <T>(result: HttpResult) => result.body as T;
export const windowNumber = () => `T${String(randomInt(1_000_000)).padStart(6, '0')}`;
