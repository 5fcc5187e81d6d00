#!/usr/bin/env node
// The command is bundled by `npm run build` into out/cli; this file only starts it.
require('../out/cli/session-lint.js');
