/** Where the suite answers: the gateway and the realm that issues its tokens. */
export interface SuiteAddress {
  readonly gateway: string;
  readonly issuer: string;
  /** The development realm's password of the seed users. */
  readonly password?: string;
}

/** Calls the gateway as a seed user (a token from the realm's password grant, kept per user). */
export class SuiteClient {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly address: SuiteAddress) {}

  async call<T>(
    method: string,
    path: string,
    body?: unknown,
    user?: string,
    expected = 200,
  ): Promise<T> {
    const response = await fetch(`${this.address.gateway}${path}`, {
      method,
      headers: {
        ...(user === undefined ? {} : { authorization: `Bearer ${await this.token(user)}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as T;
    if (response.status !== expected) {
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    }
    return answer;
  }

  /** A token of a seed user, from the realm's password grant (kept per user). */
  async token(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const response = await fetch(`${this.address.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'gov-cli',
        username,
        password: this.address.password ?? 'gov-dev-2026',
      }),
    });
    const { access_token: token } = (await response.json()) as { access_token?: string };
    if (!token) throw new Error(`the realm at ${this.address.issuer} gave no token to ${username}`);
    this.tokens.set(username, token);
    return token;
  }
}
