import { createHash, getHashes } from 'node:crypto';

/**
 * A hash function of the chain. Its `name` is stored with every row, so a chain can switch
 * algorithm (e.g. to SM3, GB/T 32905) without invalidating the rows hashed before.
 */
export interface HashAlgorithm {
  /** Stored in `audit_log.algorithm`; never change it for an algorithm in use. */
  readonly name: string;
  /** The digest of the UTF-8 bytes of `text`, as lowercase hex. */
  digest(text: string): string;
}

/** A hash algorithm of Node's crypto (OpenSSL), named `name` in the chain. */
export function nodeHashAlgorithm(name: string, opensslName = name): HashAlgorithm {
  if (!getHashes().includes(opensslName)) {
    throw new RangeError(`Hash algorithm ${opensslName} is not available in this Node build`);
  }
  return {
    name,
    digest: (text) => createHash(opensslName).update(text, 'utf8').digest('hex'),
  };
}

/** SHA-256, the default. */
export const SHA_256: HashAlgorithm = nodeHashAlgorithm('sha-256', 'sha256');

/** SM3 where Node's OpenSSL provides it (it does in OpenSSL 3); throws at call time otherwise. */
export function sm3(): HashAlgorithm {
  return nodeHashAlgorithm('sm3');
}
