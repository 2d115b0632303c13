/** Where the truth fixture lives (tests/fixtures/truth/) and the instant its figures are counted at. */
import path from 'node:path';

export const TRUTH_ROOT = path.resolve(import.meta.dirname, '../fixtures/truth');
export const TRUTH_NOW = '2024-06-28T12:00:00+09:00';

export const I1 = '2024-05-06-network-partition-db-failover';
export const I2 = '2024-05-15-config-push-cache-degradation';
export const I3 = '2024-06-03-replica-cleanup-primary-data-deleted';
export const I4 = '2024-06-10-dns-ttl-overseas-latency';
export const I5 = '2024-06-20-memory-leak-deploy-outage';
