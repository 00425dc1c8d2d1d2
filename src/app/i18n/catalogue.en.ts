import { en as cron } from '../cron-builder/cron-messages.en.ts';
import { en as dependency } from '../dependency-picker/dependency-messages.en.ts';
import { en as review } from '../review/review-messages.en.ts';
import type { Catalogue } from './catalogue.ts';
import { en as t } from './messages.en.ts';

export const catalogue: Catalogue = { t, cron, dependency, review };
