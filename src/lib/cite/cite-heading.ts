/** The 引用 panel's heading, as the panel draws it and the page's table of contents lists it. */
export const CITE_HEADING = { depth: 2, slug: 'cite', text: '引用' } as const;
