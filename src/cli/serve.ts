// dossier serve [--host 127.0.0.1] [--port 7373] [--db PATH] [--static DIR] [--cors ORIGIN]
import { parseArgs } from 'node:util';
import { buildServer } from '../serve/server.js';
import { DEFAULT_DB_PATH } from '../store/sqlite-store.js';

const HELP = `usage: dossier serve [--host 127.0.0.1] [--port 7373] [--db PATH] [--static DIR] [--cors ORIGIN]

Serves the store (default ${DEFAULT_DB_PATH}) as a JSON API under /api (its OpenAPI document is
/api/openapi.json), and with --static the files of DIR (the web app) at /. It listens on the
loopback interface unless --host says otherwise; browsers on other origins may call it only with
--cors ORIGIN. Stop it with Ctrl-C.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '7373' },
      db: { type: 'string', default: DEFAULT_DB_PATH },
      static: { type: 'string' },
      cors: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`dossier serve: --port must be an integer from 0 to 65535, not ${values.port}`);
    return 2;
  }
  const app = buildServer({ db: values.db, staticDir: values.static, cors: values.cors, logger: false });
  const address = await app.listen({ host: values.host, port });
  console.log(`dossier serve: ${values.db} on ${address}/api (OpenAPI: ${address}/api/openapi.json)`);
  // Finish the requests under way, close the store, then exit.
  await new Promise<void>((done) => {
    const stop = () => void app.close().then(done, done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
