export * from './access';
export * from './principal';
export * from './scope';
export * from './service-account-tokens';
export * from './token-verifier';
