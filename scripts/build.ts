import { buildCommand } from '../src/cli/build.ts';
import { main } from '../src/cli/main.ts';

await main(buildCommand);
