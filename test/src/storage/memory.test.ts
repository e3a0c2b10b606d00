import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import { storeContract } from './contract.js';

storeContract('memory', { open: createMemoryStores, reopen: null });
