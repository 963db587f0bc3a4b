/**
 * Where a file under content/ belongs, decided from its path alone: an entry of a collection, a
 * settings file, or refused with a message saying where such a file should go. Every file under
 * content/ gets one of these answers, so nothing is silently skipped or silently built. Pure, so
 * the content check, the Astro loaders and the CMS place files by the same rules.
 */
import { collections, settingsFiles, type CollectionDefinition, type SettingsFile } from '../../schemas';

export type Placement =
	| { kind: 'entry'; collection: CollectionDefinition; edition?: string }
	| { kind: 'settings'; settings: SettingsFile }
	/** An empty file that only keeps a folder in git. */
	| { kind: 'marker' }
	| { kind: 'refused'; message: string };

const definitions = collections as readonly CollectionDefinition[];

const DRAFTS = '本站没有草稿位置：content/ 里的每个文件都会发布。草稿请放在项目根目录的 drafts/ 文件夹（不在 content/ 中，网站不读取），写好后再移入';

function allowedPlaces(): string {
	const places = definitions.map((c) => (c.kind === 'file' ? c.file : `${c.dir}/${c.kind === 'folder' && c.editioned ? '<版本>/' : ''}*.${c.extension}`));
	return [...places, ...settingsFiles.map((s) => s.file)].join('、');
}

function folderPlacement(collection: CollectionDefinition & { kind: 'folder' }, rest: string[]): Placement {
	const name = rest.at(-1)!;
	const where = `${collection.labelSingular}文件`;
	const folder = collection.editioned ? `${collection.dir}/<版本>/` : `${collection.dir}/`;
	if (rest.some((part) => part.startsWith('_'))) return { kind: 'refused', message: `以下划线开头的文件或文件夹不是草稿，也会被读取。${DRAFTS}` };
	const depth = collection.editioned ? 2 : 1;
	if (rest.length !== depth) {
		return {
			kind: 'refused',
			message: collection.editioned
				? `${where}应直接放在版本文件夹中，例如 ${collection.dir}/2025/preparation.${collection.extension}，不能放在更深的子文件夹里`
				: `${where}应直接放在 ${folder} 中，不能放在子文件夹里。请移到 ${folder}`,
		};
	}
	const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
	if (extension !== collection.extension) {
		const hint =
			extension === 'mdx'
				? '本站不接受 MDX（它可以运行代码）。请改名为 .md，提示框写作 :::note … :::'
				: collection.extension === 'md' && !['yaml', 'yml', 'json', 'md', ''].includes(extension)
					? '可下载的文件请放在 public/files/ 中，再在工具模板里引用'
					: `请改用 .${collection.extension}`;
		return { kind: 'refused', message: `${folder} 中只能放 .${collection.extension} 文件，这个文件不会被读取。${hint}` };
	}
	return { kind: 'entry', collection, edition: collection.editioned ? rest[0] : undefined };
}

/** Where a path relative to the content root (`cases/x.md`) belongs. */
export function placeFile(relativePath: string): Placement {
	const parts = relativePath.split('/');
	const name = parts.at(-1)!;
	if (name === '.gitkeep') return { kind: 'marker' };
	if (parts.some((part) => part.startsWith('.'))) {
		return { kind: 'refused', message: '隐藏文件（名称以 . 开头）不属于内容，不会被读取。请删除它，或移出 content/' };
	}
	const settings = settingsFiles.find((s) => s.file === relativePath);
	if (settings) return { kind: 'settings', settings };
	// Single files first: guide/editions.yaml sits inside the guide's folder.
	const single = definitions.find((c) => c.kind === 'file' && c.file === relativePath);
	if (single) return { kind: 'entry', collection: single };
	for (const collection of definitions) {
		if (collection.kind !== 'folder' || !relativePath.startsWith(`${collection.dir}/`)) continue;
		return folderPlacement(collection, relativePath.slice(collection.dir.length + 1).split('/'));
	}
	if (parts.some((part) => part.startsWith('_'))) return { kind: 'refused', message: `以下划线开头的文件或文件夹不是草稿。${DRAFTS}` };
	return { kind: 'refused', message: `content/ 中没有这个位置，这个文件不会被读取。内容只能放在：${allowedPlaces()}` };
}
