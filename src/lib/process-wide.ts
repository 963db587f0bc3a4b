/**
 * A value shared by everything one thread of the build runs. Astro evaluates the config, the
 * content config and the prerendered pages as separate module graphs, so a module-level variable
 * exists once per graph; a value that the config's hooks, the loaders and the pages must share
 * (the content check's verdict, the build worker, the share cards to write) lives on globalThis,
 * under a registered symbol named here.
 */
export interface ProcessWide<T> {
	get(): T | undefined;
	/** Sets the value and returns it. */
	set(value: T): T;
	clear(): void;
}

export function processWide<T>(name: string): ProcessWide<T> {
	const slot = Symbol.for(`gongjian:${name}`);
	const holder = globalThis as { [slot]?: T };
	return {
		get: () => holder[slot],
		set: (value) => (holder[slot] = value),
		clear: () => {
			delete holder[slot];
		},
	};
}
