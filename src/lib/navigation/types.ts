/** The sidebar item shape Starlight accepts in its config and in <StarlightPage sidebar>. */
export type SidebarItem =
	| { label: string; link: string; attrs?: Record<string, string> }
	| { label: string; items: SidebarItem[]; collapsed?: boolean };
