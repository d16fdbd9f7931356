/** The whole zod data model in one import: people, pairs, meetings, plans, roadmap, documents, surveys, report packages. */
export * from './common';
export * from './documents';
export * from './meeting';
export * from './pair';
export * from './people';
export * from './plan';
export * from './report';
export * from './roadmap';
export * from './survey';
export * from './youngSpecialist';
