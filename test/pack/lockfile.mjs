// A package-lock.json for the pack test's scratch app, cut from this repository's lockfile: the
// scratch app gets exactly the versions the repository is tested with, and `npm ci` installs it
// from npm's cache (filled by `npm ci` in the repository) without asking the registry anything.

/** Where Node would find `name` from the package installed at `from` (a lockfile key). */
function locate(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

/** The dependencies npm installs for a lockfile entry: regular, optional and required peers. */
function dependencyNames(entry) {
  const optionalPeers = entry.peerDependenciesMeta ?? {};
  return [
    ...Object.keys(entry.dependencies ?? {}),
    ...Object.keys(entry.optionalDependencies ?? {}),
    ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers[name]?.optional),
  ];
}

/**
 * @param {object} options
 * @param {object} options.rootLock this repository's package-lock.json
 * @param {string} options.name the scratch app's name
 * @param {Record<string, string>} options.dependencies the scratch app's dependencies, as in its
 *   package.json: registry packages at the versions of the repository, workspace packages as
 *   `file:` tarballs
 * @param {Record<string, { packageJson: object, resolved: string, integrity: string }>}
 *   options.tarballs the packed workspace packages, by name
 */
export function scratchLockfile({ rootLock, name, dependencies, tarballs }) {
  const source = rootLock.packages;
  const packages = { '': { name, dependencies } };

  for (const [packageName, tarball] of Object.entries(tarballs)) {
    const { version, license, dependencies: deps, engines } = tarball.packageJson;
    packages[`node_modules/${packageName}`] = {
      version,
      resolved: tarball.resolved,
      integrity: tarball.integrity,
      license,
      ...(deps ? { dependencies: deps } : {}),
      ...(engines ? { engines } : {}),
    };
  }

  // Everything else the app and the tarballs need, at the paths it has in the repository.
  const queue = [];
  const want = (from, dependency) => {
    if (tarballs[dependency]) return;
    const key = locate(source, from, dependency);
    if (!key || packages[key]) return;
    if (source[key].link) throw new Error(`${dependency} is a workspace link in the lockfile`);
    const entry = { ...source[key] };
    // These flags describe the package's place in the repository, not in the scratch app.
    delete entry.dev;
    delete entry.devOptional;
    delete entry.peer;
    packages[key] = entry;
    queue.push(key);
  };
  for (const dependency of Object.keys(dependencies)) want('', dependency);
  for (const tarball of Object.values(tarballs)) {
    for (const dependency of Object.keys(tarball.packageJson.dependencies ?? {}))
      want('', dependency);
  }
  while (queue.length > 0) {
    const key = queue.shift();
    for (const dependency of dependencyNames(packages[key])) want(key, dependency);
  }

  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { name, lockfileVersion: 3, requires: true, packages: sorted };
}
