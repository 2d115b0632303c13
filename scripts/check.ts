import { checkCommand } from '../src/cli/check.ts';
import { main } from '../src/cli/main.ts';

await main(checkCommand);
