#!/usr/bin/env node
import { main } from '../dist/cli/run.js';

await main();
