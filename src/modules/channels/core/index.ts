export * from './normalised-post';
export * from './meta.normaliser';
export * from './x.normaliser';
export * from './webhook-signature';
export * from './pan-safe-redaction';
export * from './own-contacts';
export * from './demo-posts';
