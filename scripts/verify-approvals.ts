import { main } from '../src/cli/main.ts';
import { verifyApprovalsCommand } from '../src/cli/verify-approvals.ts';

await main(verifyApprovalsCommand);
