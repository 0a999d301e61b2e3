import { z } from 'zod';
import { METRIC_KEYS, type MetricKey } from './types.js';

/** A metric key, as every input names one: a request's target or ranking, a flag, a stored query, a job. */
export const MetricKeySchema = z.enum(METRIC_KEYS as readonly MetricKey[] as [MetricKey, ...MetricKey[]]);
