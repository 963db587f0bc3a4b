/**
 * Decap's relation widget with one fix: it re-renders when its own state changes. Its
 * shouldComponentUpdate compares props only, but the names of its values arrive in its state. When
 * another relation widget on the page has already asked for the same collection, the names come
 * from Decap's relation cache without any prop changing, and the widget stays blank although it
 * holds a value (decap-cms-widget-relation 3.x with decap-cms-app 3.16.3: every credit row of an
 * entry but the first showed no organisation).
 */
import type { Component, ComponentType } from 'react';
import type { CMS } from 'decap-cms-core';

type ControlClass = new (...args: never[]) => Component & { shouldComponentUpdate(props: unknown): boolean };

export function registerRelationWidget(cms: CMS) {
	const relation = cms.getWidget('relation');
	if (!relation) throw new Error('Decap relation widget is not registered');
	const Control = relation.control as unknown as ControlClass;

	class RelationControl extends Control {
		shouldComponentUpdate(nextProps: unknown, nextState?: unknown) {
			return nextState !== this.state || super.shouldComponentUpdate(nextProps);
		}
	}

	// Replaces the built-in under its own name (Decap logs a warning that it was registered twice).
	cms.registerWidget({
		name: 'relation',
		controlComponent: RelationControl as unknown as ComponentType,
		previewComponent: relation.preview,
		schema: (relation as { schema?: unknown }).schema,
		globalStyles: relation.globalStyles,
	} as never);
}
