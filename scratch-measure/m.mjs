import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, format: 'esm', external: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'lit/*', 'lit-html/*', 'lit-element/*', '@lit/reactive-element/*'], metafile: true, tsconfigRaw: '{}' });
console.log('gzip', gzipSync(r.outputFiles[0].contents).length);
const inputs = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
for (const [k, v] of Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,25)) console.log(v.bytesInOutput, k);
