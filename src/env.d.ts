/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** A content page's observed revision, set by the route data middleware (src/routeData.ts). */
		entryRevision?: import('./lib/attribution/entry-revision').EntryRevision;
	}
}
