import module from 'node:module';

// Node caches the type-stripped, compiled modules (in the OS temp folder): a third of a `check --changed`
// run was spent stripping types and compiling the same sources again.
module.enableCompileCache?.();
const { checkCommand } = await import('../src/cli/check.ts');
const { main } = await import('../src/cli/main.ts');

await main(checkCommand);
