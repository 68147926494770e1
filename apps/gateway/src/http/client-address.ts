import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client's address is rate-limited under: an IPv4 address as it is (also when written
 * IPv4-mapped, `::ffff:203.0.113.7`), an IPv6 address by its /64 — one subscriber line or host
 * usually owns a whole /64 and could otherwise take a fresh address, and a fresh budget, per request.
 */
export function ipRateLimitKey(ip: string): string {
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1] !== undefined) return mapped[1];
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros and without a zone (`%eth0`). */
function expandIPv6(ip: string): string[] {
  const [address = ''] = ip.toLowerCase().split('%');
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const toHex = (group: string) => (group.includes('.') ? embeddedIPv4(group) : [group]);
  const left = groups(head).flatMap(toHex);
  const right = tail === undefined ? [] : groups(tail).flatMap(toHex);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/** A trailing dotted IPv4 part of an IPv6 address as its two groups. */
function embeddedIPv4(dotted: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
