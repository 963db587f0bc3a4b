/**
 * Whether this process is running `astro build`, set by the build-aside integration at
 * `astro:build:start`. `import.meta.env.DEV` cannot tell: a build started with NODE_ENV=test (as
 * the test suite's builds are) reads as dev.
 */
import { processWide } from '../process-wide';

const building = processWide<boolean>('static-build');

export const markStaticBuild = () => {
	building.set(true);
};

export const inStaticBuild = () => building.get() === true;
