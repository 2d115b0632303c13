import { codeownersCommand } from '../src/cli/codeowners.ts';
import { main } from '../src/cli/main.ts';

await main(codeownersCommand);
