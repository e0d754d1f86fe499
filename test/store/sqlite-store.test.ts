import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { runStoreSuite } from './store.case.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

runStoreSuite({ name: 'sqlite', newStore: () => openStore(join(dir, `store-${n++}.db`)) });
