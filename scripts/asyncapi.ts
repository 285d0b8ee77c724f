// npm run asyncapi: writes asyncapi.json from the shared event contracts (libs/contracts).
import fs from 'node:fs';
import path from 'node:path';
import { buildAsyncApiDocument } from '@parley/contracts/asyncapi/build-asyncapi';

const file = path.resolve(__dirname, '..', 'asyncapi.json');
fs.writeFileSync(file, JSON.stringify(buildAsyncApiDocument(), null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), file)}`);
