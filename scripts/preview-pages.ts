import { main } from '../src/cli/main.ts';
import { previewPagesCommand } from '../src/cli/preview-pages.ts';

await main(previewPagesCommand);
