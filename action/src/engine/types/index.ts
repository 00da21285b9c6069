// The shapes of release.yml, a policy, a calendar and a collected releases file, generated from their JSON Schemas.
export type { Release } from './release.ts';
export type { Policy } from './policy.ts';
export type { Calendar } from './calendar.ts';
export type { CollectedReleases } from './releases.ts';
