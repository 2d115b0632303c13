import { schemasCommand } from '../src/cli/schemas.ts';
import { main } from '../src/cli/main.ts';

await main(schemasCommand);
