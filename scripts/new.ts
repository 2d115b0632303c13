import { main } from '../src/cli/main.ts';
import { newCommand } from '../src/cli/new.ts';

await main(newCommand);
