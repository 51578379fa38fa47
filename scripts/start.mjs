// `npm start`: builds the library, then serves the demo page at http://localhost:8000/.
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
await serve({ root: '.', port, host: '0.0.0.0', redirects: { '/': '/demo/' } });
console.log(`\ncst-widgets demo: http://localhost:${port}/\nEmbed builder:    http://localhost:${port}/demo/builder.html  (Ctrl+C to stop)\n`);
