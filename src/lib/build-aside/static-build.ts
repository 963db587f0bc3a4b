/**
 * Whether this process is running `astro build`, set by the build-aside integration at
 * `astro:build:start`. `import.meta.env.DEV` cannot tell: a build started with NODE_ENV=test (as
 * the test suite's builds are) reads as dev.
 */
const slot = Symbol.for('gongjian:static-build');
type Holder = { [slot]?: boolean };

export const markStaticBuild = () => {
	(globalThis as Holder)[slot] = true;
};

export const inStaticBuild = () => (globalThis as Holder)[slot] === true;
