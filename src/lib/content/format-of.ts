/** Whether a content file is Markdown with frontmatter or plain YAML. */
export { formatOf } from './read-entry';
