export * from './personal-data-kind';
export * from './normalise';
export * from './mask';
export * from './personal-data.error';
export {
  PersonalValue,
  type PersonalDataAccess,
  type Revealed,
  type Viewer,
} from './personal-value';
export * from './personal-data.config';
export * from './personal-data-vault';
