#!/usr/bin/env node
// The package's command. The bundle uses Node 24 APIs, so an older Node gets a plain message, not a crash.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`release-policy needs Node.js 24 or newer; this is Node.js ${process.version}.\n`);
  process.exit(2);
}
// Compiled code is cached (in the system's temporary folder, or NODE_COMPILE_CACHE): later runs skip
// most of the bundle's compiling. A folder that can't be written just leaves the cache off.
try {
  process.getBuiltinModule('node:module').enableCompileCache?.();
} catch {
  // no cache: the run is only slower
}
await import('../action/dist/cli.js');
