// The shapes of release.yml, a policy and a calendar, generated from their JSON Schemas.
export type { Release } from './release.ts';
export type { Policy } from './policy.ts';
export type { Calendar } from './calendar.ts';
