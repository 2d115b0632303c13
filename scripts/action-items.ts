import { actionItemsCommand } from '../src/cli/action-items.ts';
import { main } from '../src/cli/main.ts';

await main(actionItemsCommand);
