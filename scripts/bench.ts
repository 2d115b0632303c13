/** `npm run bench -- --docs N [--runs R] [--out FILE] [--compare FILE] [--skip-build]` (docs/architecture.md §8). */
import { benchCommand } from '../src/bench/cli.ts';
import { main } from '../src/cli/main.ts';

await main(benchCommand);
