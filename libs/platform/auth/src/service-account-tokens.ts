export interface ClientCredentials {
  /** Keycloak's issuer URL, e.g. http://127.0.0.1:8080/realms/gov. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Renew this long before the token expires, so a request never leaves with a dying token. */
const RENEW_BEFORE_MS = 30_000;

/**
 * The access token of a service's own service account (client credentials grant), for the work a
 * service does on its own behalf: event-driven work and requests to other services. One token is
 * shared until shortly before it expires; concurrent callers share one renewal.
 */
export class ServiceAccountTokens {
  private current: { token: string; renewAt: number } | undefined;
  private renewal: Promise<string> | undefined;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  /** An `Authorization` header value for the service account. */
  async authorization(): Promise<string> {
    return `Bearer ${await this.token()}`;
  }

  async token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return this.current.token;
    this.renewal ??= this.fetchToken().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async fetchToken(): Promise<string> {
    const { issuer, clientId, clientSecret } = this.credentials;
    const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
    };
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new Error(
        `Service account ${clientId} got no token from ${issuer} (HTTP ${response.status}` +
          `${body.error ? `, ${body.error}` : ''}): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`,
      );
    }
    const lifetimeMs = (body.expires_in ?? 60) * 1000;
    this.current = {
      token: body.access_token,
      renewAt: this.now() + Math.max(lifetimeMs - RENEW_BEFORE_MS, lifetimeMs / 2),
    };
    return body.access_token;
  }
}
