/**
 * The site's CSS inside the preview pane: Starlight's global styles, in the order its Page
 * component loads them, then our own (src/styles/gongjian.css), so a preview is styled exactly
 * like the page. Starlight does not export these files from its package, hence the paths.
 */
import layers from '../../../node_modules/@astrojs/starlight/dist/style/layers.css?inline';
import props from '../../../node_modules/@astrojs/starlight/dist/style/props.css?inline';
import reset from '../../../node_modules/@astrojs/starlight/dist/style/reset.css?inline';
import asides from '../../../node_modules/@astrojs/starlight/dist/style/asides.css?inline';
import util from '../../../node_modules/@astrojs/starlight/dist/style/util.css?inline';
import markdown from '../../../node_modules/@astrojs/starlight/dist/style/markdown.css?inline';
import gongjian from '../../../src/styles/gongjian.css?inline';

/** The preview has no Starlight page frame around it: just the content column, with its margins. */
const frame = `
.gj-preview {
	max-width: var(--sl-content-width);
	margin: 0 auto;
	padding: 1.5rem var(--sl-content-pad-x, 1.5rem) 3rem;
}
.gj-preview h1 {
	margin-bottom: 1rem;
	font-size: var(--sl-text-h1);
	line-height: var(--sl-line-height-headings);
	font-weight: 600;
	color: var(--sl-color-white);
}
`;

export const previewStyles = [layers, props, reset, asides, util, markdown, gongjian, frame];
