import { eventStreamFragment, natsFragment, postgresFragment } from './fragments';
import { loggingFragment } from './logging';
import { ConfigError, loadConfig } from './load-config';
import { daysVariable, portVariable } from './variables';

describe('loadConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({ ...postgresFragment, ...natsFragment }, {})).toEqual({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/gov',
      natsUrl: 'nats://127.0.0.1:4222',
      natsRequestTimeoutMs: 5000,
    });
  });

  it('reads and parses the variables that are set', () => {
    const config = loadConfig(natsFragment, {
      NATS_URL: 'nats://a:4222,nats://b:4222',
      NATS_REQUEST_TIMEOUT_MS: '250',
    });
    expect(config).toEqual({ natsUrl: 'nats://a:4222,nats://b:4222', natsRequestTimeoutMs: 250 });
  });

  it('names every wrong variable and what it allows, all at once', () => {
    const load = () =>
      loadConfig(
        { ...postgresFragment, ...natsFragment },
        { DATABASE_URL: 'mysql://x', NATS_REQUEST_TIMEOUT_MS: '-5' },
      );
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /DATABASE_URL="mysql:\/\/x" is invalid: expected a postgres or postgresql URL/,
    );
    expect(load).toThrow(
      /NATS_REQUEST_TIMEOUT_MS="-5" is invalid: expected a positive whole number/,
    );
  });

  it('requires a variable that has no default', () => {
    const fragment = { port: portVariable('HEALTH_PORT', { description: 'Health port' }) };
    expect(() => loadConfig(fragment, {})).toThrow('HEALTH_PORT is required: Health port');
    expect(() => loadConfig(fragment, { HEALTH_PORT: '70000' })).toThrow(/0–65535/);
  });

  it('accepts only the listed words for a choice, and says which they are', () => {
    expect(loadConfig(loggingFragment, { LOG_LEVEL: 'warn' })).toEqual({ logLevel: 'warn' });
    expect(() => loadConfig(loggingFragment, { LOG_LEVEL: 'loud' })).toThrow(
      'LOG_LEVEL="loud" is invalid: expected one of fatal, error, warn, log, debug, verbose',
    );
    expect(() => loadConfig(eventStreamFragment, { EVENTS_STREAM_STORAGE: 'disk' })).toThrow(
      /EVENTS_STREAM_STORAGE="disk" is invalid: expected one of file, memory/,
    );
  });

  it('takes a number of days from 1 up to its maximum', () => {
    const fragment = {
      limit: daysVariable('LIMIT_DAYS', { description: 'A limit', defaultValue: '15', max: 999 }),
    };
    expect(loadConfig(fragment, {})).toEqual({ limit: 15 });
    expect(loadConfig(fragment, { LIMIT_DAYS: '999' })).toEqual({ limit: 999 });
    for (const wrong of ['0', '1000', '1.5', 'x']) {
      expect(() => loadConfig(fragment, { LIMIT_DAYS: wrong })).toThrow(
        'expected a whole number of days, 1–999',
      );
    }
  });
});
