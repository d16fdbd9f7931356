export * from './common';
export * from './documents';
export * from './pair';
export * from './people';
export * from './report';
export * from './roadmap';
export * from './survey';
export * from './youngSpecialist';
