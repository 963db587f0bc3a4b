/**
 * Whether this process is running `astro build`, and for which project, set by the build-aside
 * integration at `astro:build:start`. `import.meta.env.DEV` cannot tell: a build started with
 * NODE_ENV=test (as the test suite's builds are) reads as dev. The bundled page chunks have no
 * Astro config, so the worker files they start are found from the root recorded here.
 */
import { processWide } from '../process-wide';

const building = processWide<{ root: string }>('static-build');

export const markStaticBuild = (root: string) => {
	building.set({ root });
};

export const inStaticBuild = () => building.get() !== undefined;

/** The project folder of the running build; the working folder outside one. */
export const buildRoot = () => building.get()?.root ?? process.cwd();
