import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, format: 'esm', external: ['lit', 'lit/*', '@belfry/core'], tsconfigRaw: '{}', logLevel: 'silent' });
console.log('own gzip', gzipSync(r.outputFiles[0].contents).length);
