import { Type, type Static } from '@sinclair/typebox';
import { Timestamp, Uuid } from '../schema/formats';
import { integrationSubject } from '../subjects/families';

/**
 * Online verification (联网核查): during acceptance a case asks a department system whether an
 * identity, a licence or a certificate is what the applicant says, as request → reply (or timeout)
 * on `gov.int.<system>.<kind>-verify.v1`. The body is the plain JSON payload; an error reply carries
 * the header `gov-error: <code>` and a body `{ code, message, details? }` (DESIGN.md §2), so a
 * department can answer with any NATS client.
 * WARNING: released subjects and payloads never change; a breaking change is a new version.
 */
export const VERIFICATION_KINDS = ['identity', 'licence', 'certificate'] as const;
export const VerificationKindSchema = Type.Union(
  VERIFICATION_KINDS.map((kind) => Type.Literal(kind)),
  { description: '核查类型：身份 / 营业执照等许可证照 / 资格证书' },
);
export type VerificationKind = Static<typeof VerificationKindSchema>;

const SystemToken = Type.String({
  pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
  description: '部门系统的主题名（小写，连字符分隔），如 public-security',
});

export const VerificationRequestSchema = Type.Object(
  {
    requestId: Uuid,
    kind: VerificationKindSchema,
    subject: Type.Object(
      {
        idNumber: Type.Optional(
          Type.String({
            pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
            description: '居民身份证号码或统一社会信用代码（18 位，字母大写）',
          }),
        ),
        name: Type.Optional(
          Type.String({ minLength: 1, maxLength: 200, description: '姓名或单位名称' }),
        ),
        documentNumber: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 64,
            pattern: '^\\S+$',
            description: '证照或证书编号',
          }),
        ),
      },
      { additionalProperties: false, description: '被核查的对象' },
    ),
    requestedBy: Type.String({
      minLength: 1,
      maxLength: 64,
      description: '发起核查的办件编号，供部门系统留痕',
    }),
    requestedAt: Timestamp,
  },
  { $id: 'VerificationRequest', additionalProperties: false },
);
export type VerificationRequest = Static<typeof VerificationRequestSchema>;

export const VerificationOutcomeSchema = Type.Union(
  [Type.Literal('verified'), Type.Literal('mismatch'), Type.Literal('not-found')],
  { description: '核查结果：一致 / 不一致 / 查无记录' },
);
export type VerificationOutcome = Static<typeof VerificationOutcomeSchema>;

export const VerificationReplySchema = Type.Object(
  {
    requestId: Uuid,
    outcome: VerificationOutcomeSchema,
    detail: Type.String({ minLength: 1, description: '核查说明，如“身份信息一致”' }),
    checkedAt: Timestamp,
    system: SystemToken,
  },
  { $id: 'VerificationReply', additionalProperties: false },
);
export type VerificationReply = Static<typeof VerificationReplySchema>;

/** A department system's error reply body (with header `gov-error: <code>`). */
export const VerificationErrorReplySchema = Type.Object(
  {
    code: Type.Literal('INVALID_REQUEST', { description: '请求不符合核查契约' }),
    message: Type.String({ minLength: 1, description: '错误说明' }),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'VerificationErrorReply', additionalProperties: false },
);
export type VerificationErrorReply = Static<typeof VerificationErrorReplySchema>;

/** A department system that answers verification requests, and what it can verify. */
export interface VerificationSystem {
  readonly name: string;
  readonly kinds: readonly VerificationKind[];
}

/** The sample department systems the suite knows (tools/department-system answers for them). */
export const VERIFICATION_SYSTEMS = {
  'public-security': { name: '公安人口信息核查', kinds: ['identity'] },
  'market-regulation': { name: '市场主体登记核查', kinds: ['licence', 'certificate'] },
} as const satisfies Record<string, VerificationSystem>;
export type VerificationSystemName = keyof typeof VERIFICATION_SYSTEMS;

/** `gov.int.public-security.identity-verify.v1`; throws RangeError on a system that is no token. */
export function verificationSubject(system: string, kind: VerificationKind): string {
  if (!(VERIFICATION_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(
      `Verification kind "${String(kind)}" is not one of ${VERIFICATION_KINDS.join(', ')}`,
    );
  }
  return integrationSubject(system, `${kind}-verify`, 1);
}

/** One valid payload of each kind, validated by the contract spec. */
export const verificationSamples: {
  readonly request: VerificationRequest;
  readonly reply: VerificationReply;
  readonly errorReply: VerificationErrorReply;
} = {
  request: {
    requestId: '0b9f4c2e-8d1a-4f6b-9c3e-5a7d2e1f4b60',
    kind: 'identity',
    subject: { idNumber: '330102199001010012', name: '张三' },
    requestedBy: '330102-20260302-00000001',
    requestedAt: '2026-03-02T09:15:00+08:00',
  },
  reply: {
    requestId: '0b9f4c2e-8d1a-4f6b-9c3e-5a7d2e1f4b60',
    outcome: 'verified',
    detail: '身份信息一致',
    checkedAt: '2026-03-02T01:15:00.120Z',
    system: 'public-security',
  },
  errorReply: { code: 'INVALID_REQUEST', message: '核查请求不符合契约：/requestId 格式不符' },
};
