import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp.ts';

// Each test file removes the temp folders it made.
afterAll(removeTempDirs);
