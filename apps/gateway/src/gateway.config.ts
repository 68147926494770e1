import {
  DEFAULT_HEALTH_PORTS,
  gatewayHttpFragment,
  healthFragment,
  loadConfig,
  loggingFragment,
  millisecondsVariable,
  natsFragment,
  oidcFragment,
  type Variable,
} from '@gov/config';
import { isIP } from 'node:net';

type Options = { readonly description: string; readonly defaultValue: string };

/** A whole number of at least `min`. */
function wholeNumberVariable(name: string, min: number, options: Options): Variable<number> {
  return {
    name,
    ...options,
    parse: (raw) => {
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < min || !Number.isSafeInteger(value)) {
        throw new Error(`expected a whole number of at least ${min}`);
      }
      return value;
    },
  };
}

/** Comma-separated browser origins (`scheme://host[:port]`, no path), or `none`. */
function originsVariable(name: string, options: Options): Variable<readonly string[]> {
  return {
    name,
    ...options,
    parse: (raw) => {
      if (raw.trim() === 'none') return [];
      return raw.split(',').map((part) => {
        const origin = part.trim();
        let parsed: URL;
        try {
          parsed = new URL(origin);
        } catch {
          throw new Error(`"${origin}" is not an origin such as https://gov.example.cn`);
        }
        if (parsed.origin !== origin) {
          throw new Error(`"${origin}" is not an origin: write it as ${parsed.origin}`);
        }
        return origin;
      });
    },
  };
}

/**
 * Which proxies Fastify believes about `X-Forwarded-For` (the client IP the per-IP limit keys on):
 * `false`, a number of proxy hops, or the proxies' addresses/CIDRs. `true` believes anybody, which is
 * safe only where nothing but the load balancer can reach the gateway.
 */
function trustProxyVariable(name: string, options: Options): Variable<boolean | number | string[]> {
  return {
    name,
    ...options,
    parse: (raw) => {
      if (raw === 'false') return false;
      if (raw === 'true') return true;
      if (/^[1-9]\d*$/.test(raw)) return Number(raw);
      const addresses = raw.split(',').map((part) => part.trim());
      for (const address of addresses) {
        const [ip = '', bits] = address.split('/');
        if (isIP(ip) === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
          throw new Error(
            `expected false, true, a hop count or proxy addresses/CIDRs; "${address}" is none`,
          );
        }
      }
      return addresses;
    },
  };
}

/**
 * HTTP conventions of the gateway. Rate limits are per gateway instance (in memory): N instances
 * behind a load balancer admit up to N times these numbers.
 */
export const gatewayConventionsFragment = {
  corsOrigins: originsVariable('GATEWAY_CORS_ORIGINS', {
    description: 'Browser origins allowed to call the API (gov-web), comma-separated, or none',
    // The dev realm's gov-web client (deploy/keycloak/realm-gov.json redirectUris).
    defaultValue: 'http://127.0.0.1:5173,http://localhost:5173',
  }),
  // A whole hall's windows often share one NAT address, so the per-IP limit is the coarse flood
  // guard and sits above the per-person one: 600/min is ~40 windows at 15 requests a minute.
  rateLimitPerIp: wholeNumberVariable('GATEWAY_RATE_LIMIT_PER_IP', 1, {
    description: 'Requests one client IP may make per window (all routes but /health)',
    defaultValue: '600',
  }),
  // A clerk's screen makes a handful of calls per action; 300/min (5/s sustained, 300 at once) is
  // far above any person's pace yet stops a runaway script or a stolen token from draining services.
  rateLimitPerPrincipal: wholeNumberVariable('GATEWAY_RATE_LIMIT_PER_PRINCIPAL', 1, {
    description: 'Requests one signed-in user or service account may make per window',
    defaultValue: '300',
  }),
  rateLimitWindowMs: millisecondsVariable('GATEWAY_RATE_LIMIT_WINDOW_MS', {
    description: 'The window the rate limits count over; a budget refills evenly across it',
    defaultValue: '60000',
  }),
  // The public progress lookup needs no token, only a case number and its 8-character query code:
  // a citizen checks a few times a day, so 30 per 10 minutes per IP never gets in their way yet
  // makes guessing codes hopeless. It is spent in addition to the per-IP limit above.
  progressLookupLimitPerIp: wholeNumberVariable('GATEWAY_PROGRESS_LOOKUP_LIMIT_PER_IP', 1, {
    description: 'Public case-progress lookups one client IP may make per lookup window',
    defaultValue: '30',
  }),
  progressLookupWindowMs: millisecondsVariable('GATEWAY_PROGRESS_LOOKUP_WINDOW_MS', {
    description: 'The window the progress-lookup limit counts over; it refills evenly across it',
    defaultValue: '600000',
  }),
  bodyLimitBytes: wholeNumberVariable('GATEWAY_BODY_LIMIT_BYTES', 1, {
    description: 'Largest request body accepted (413 PLATFORM.PAYLOAD_TOO_LARGE above it)',
    defaultValue: String(1024 * 1024),
  }),
  trustProxy: trustProxyVariable('GATEWAY_TRUST_PROXY', {
    description:
      'Proxies trusted for X-Forwarded-For: false, true, a hop count, or addresses/CIDRs',
    defaultValue: 'false',
  }),
  hstsMaxAgeSeconds: wholeNumberVariable('GATEWAY_HSTS_MAX_AGE_SECONDS', 0, {
    description: 'Strict-Transport-Security max-age when served over HTTPS (0: no header)',
    defaultValue: '0',
  }),
} as const;

export const gatewayConfigFragment = {
  ...gatewayHttpFragment,
  ...natsFragment,
  ...loggingFragment,
  ...oidcFragment,
  ...healthFragment(DEFAULT_HEALTH_PORTS.gateway),
  ...gatewayConventionsFragment,
} as const;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewayConfigFragment, env);
}
