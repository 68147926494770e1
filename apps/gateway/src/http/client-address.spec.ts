import { ipRateLimitKey } from './client-address';

describe('ipRateLimitKey', () => {
  it('keys an IPv4 address on itself, also when written IPv4-mapped', () => {
    expect(ipRateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(ipRateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(ipRateLimitKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys every address of one IPv6 /64 alike, however it is written', () => {
    const key = ipRateLimitKey('2001:db8:1:2::a');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(ipRateLimitKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe(key);
    expect(ipRateLimitKey('2001:DB8:1:2:0:0:0:b%eth0')).toBe(key);
    expect(ipRateLimitKey('2001:db8:1:3::a')).not.toBe(key);
  });

  it('expands :: wherever it stands', () => {
    expect(ipRateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(ipRateLimitKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(ipRateLimitKey('fe80::1:2:3:4')).toBe('fe80:0:0:0::/64');
    expect(ipRateLimitKey('64:ff9b::203.0.113.7')).toBe('64:ff9b:0:0::/64');
  });
});
