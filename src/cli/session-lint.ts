import { languageOfArguments, localeLanguage, runCli } from './run';

const argv = process.argv.slice(2);
runCli(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours: the stack is for the report, the words around it in the run's language.
    const internal = (languageOfArguments(argv) ?? localeLanguage({ env: process.env })) === 'nl' ? 'interne fout' : 'internal error';
    process.stderr.write(`session-lint: ${internal}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
