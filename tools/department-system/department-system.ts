import {
  GOV_ERROR_HEADER,
  Headers,
  JSON_CONTENT_TYPE,
  VERIFICATION_SYSTEMS,
  verificationSubject,
  type VerificationSystemName,
} from '@gov/contracts';
import { connect, headers as natsHeaders, type Msg, type Subscription } from 'nats';
import { answerDelayMs, answerVerification, type VerificationAnswer } from './verification-answer';

/** Every instance joins this queue group, so a request is answered once however many run. */
export const DEPARTMENT_SYSTEM_QUEUE = 'department-system';

export interface DepartmentSystemOptions {
  readonly natsUrl: string;
  /** Which of VERIFICATION_SYSTEMS to answer for; all of them by default. */
  readonly systems?: readonly string[];
}

export interface RunningDepartmentSystem {
  /** The subjects answered, one per system and kind. */
  readonly subjects: readonly string[];
  /** Stops taking requests, answers those in hand, and closes the connection. */
  stop(): Promise<void>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A sample department system answering online verification requests with nothing but the plain
 * `nats` client: what any department's own system would do to join the suite (DESIGN.md §2).
 * The answers follow the rule in verification-answer.ts.
 */
export async function startDepartmentSystem(
  options: DepartmentSystemOptions,
): Promise<RunningDepartmentSystem> {
  const systems = (options.systems ?? Object.keys(VERIFICATION_SYSTEMS)).map(knownSystem);
  const connection = await connect({
    servers: options.natsUrl.split(','),
    name: DEPARTMENT_SYSTEM_QUEUE,
    // The default (10 × 2 s) gives up for good after a NATS restart of ~20 s.
    maxReconnectAttempts: -1,
  });
  const inFlight = new Set<Promise<void>>();
  const subscriptions: Subscription[] = [];
  const subjects: string[] = [];
  for (const system of systems) {
    for (const kind of VERIFICATION_SYSTEMS[system].kinds) {
      const subject = verificationSubject(system, kind);
      subjects.push(subject);
      subscriptions.push(
        connection.subscribe(subject, {
          queue: DEPARTMENT_SYSTEM_QUEUE,
          callback: (error, message) => {
            if (error) return;
            const answering = answer(message, (body) =>
              answerVerification(system, kind, body, new Date()),
            ).catch((failure: unknown) => {
              process.stderr.write(`department-system: ${subject}: ${String(failure)}\n`);
            });
            inFlight.add(answering);
            void answering.then(() => inFlight.delete(answering));
          },
        }),
      );
    }
  }
  await connection.flush();

  return {
    subjects,
    async stop() {
      await Promise.all(subscriptions.map((subscription) => subscription.drain()));
      await Promise.all(inFlight);
      await connection.close();
    },
  };
}

async function answer(message: Msg, rule: (body: unknown) => VerificationAnswer): Promise<void> {
  const body = parse(message.data);
  const delay = answerDelayMs(body);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const result: VerificationAnswer =
    body === NOT_JSON
      ? { ok: false, error: { code: 'INVALID_REQUEST', message: '核查请求不是有效的 JSON' } }
      : rule(body);
  const replyHeaders = natsHeaders();
  replyHeaders.set(Headers.contentType, JSON_CONTENT_TYPE);
  if (!result.ok) replyHeaders.set(GOV_ERROR_HEADER, result.error.code);
  const payload = result.ok ? result.reply : result.error;
  try {
    message.respond(encoder.encode(JSON.stringify(payload)), { headers: replyHeaders });
  } catch {
    // The connection closed while we waited: the caller has long given up.
  }
}

const NOT_JSON = Symbol('not JSON');

function parse(data: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(data)) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function knownSystem(name: string): VerificationSystemName {
  if (!Object.hasOwn(VERIFICATION_SYSTEMS, name)) {
    throw new RangeError(
      `Unknown department system "${name}"; known: ${Object.keys(VERIFICATION_SYSTEMS).join(', ')}`,
    );
  }
  return name as VerificationSystemName;
}
