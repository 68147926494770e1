import { ConfigError } from '@gov/config';
import { loadGatewayConfig } from '../gateway.config';

describe('the HTTP conventions in the gateway configuration', () => {
  it('defaults to gov-web of the dev realm, 600/min per IP, 300/min per principal, 30 progress lookups per 10 min per IP and 1 MiB', () => {
    expect(loadGatewayConfig({})).toMatchObject({
      corsOrigins: ['http://127.0.0.1:5173', 'http://localhost:5173'],
      rateLimitPerIp: 600,
      rateLimitPerPrincipal: 300,
      rateLimitWindowMs: 60_000,
      progressLookupLimitPerIp: 30,
      progressLookupWindowMs: 600_000,
      bodyLimitBytes: 1_048_576,
      trustProxy: false,
      hstsMaxAgeSeconds: 0,
    });
  });

  it('reads origins, or none', () => {
    const origins = (value: string) =>
      loadGatewayConfig({ GATEWAY_CORS_ORIGINS: value }).corsOrigins;
    expect(origins('https://gov.example.cn, https://www.gov.example.cn:8443')).toEqual([
      'https://gov.example.cn',
      'https://www.gov.example.cn:8443',
    ]);
    expect(origins('none')).toEqual([]);
  });

  it.each([
    ['GATEWAY_CORS_ORIGINS', 'https://gov.example.cn/app', /https:\/\/gov\.example\.cn/],
    ['GATEWAY_CORS_ORIGINS', 'gov.example.cn', /not an origin/],
    ['GATEWAY_RATE_LIMIT_PER_IP', '0', /at least 1/],
    ['GATEWAY_RATE_LIMIT_PER_PRINCIPAL', '1.5', /whole number/],
    ['GATEWAY_PROGRESS_LOOKUP_LIMIT_PER_IP', '0', /at least 1/],
    ['GATEWAY_BODY_LIMIT_BYTES', '1MB', /whole number/],
    ['GATEWAY_TRUST_PROXY', 'yes', /hop count/],
    ['GATEWAY_TRUST_PROXY', '10.0.0.0/abc', /hop count/],
  ])('stops at boot on %s=%s, naming the variable', (name, value, reason) => {
    expect(() => loadGatewayConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ [name]: value })).toThrow(new RegExp(name));
    expect(() => loadGatewayConfig({ [name]: value })).toThrow(reason);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 192.0.2.10', ['10.0.0.0/8', '192.0.2.10']],
  ])('reads GATEWAY_TRUST_PROXY=%s', (raw, expected) => {
    expect(loadGatewayConfig({ GATEWAY_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });
});
