/**
 * The organisation of a credit row. It is Decap's own relation widget; on a new entry, an empty
 * row that no other row already fills with the editor's organisation is filled with it, so the
 * editor's organisation is credited without anyone having to pick it.
 *
 * The row shows the relation widget once the lookup (a moment) is done and its value is in place.
 */
import { Component, createElement as h, createRef, type ComponentType } from 'react';
import type { CMS } from 'decap-cms-core';
import { CREDIT_ORGANISATION_WIDGET } from '../../config/field-config';
import type { AdminSetup } from '../../config/admin-setup';
import { findOwnOrganisation } from '../own-organisation';

interface ControlProps {
	value?: string;
	onChange(value: string): void;
	getEntry?: () => { get(key: string): unknown; getIn(path: unknown[]): unknown } | undefined;
	[prop: string]: unknown;
}

interface InnerControl {
	isValid?: () => unknown;
	focus?: (path?: string) => void;
}

function creditedOrganisations(props: ControlProps): unknown[] {
	const credits = props.getEntry?.()?.getIn(['data', 'credits']) as { toJS?: () => { org?: string }[] } | undefined;
	return (credits?.toJS?.() ?? []).map((credit) => credit.org);
}

export function registerCreditOrganisationWidget(cms: CMS, setup: AdminSetup) {
	// Registered after ./relation.ts, so this is the fixed relation widget.
	const relation = cms.getWidget('relation');
	if (!relation) throw new Error('Decap relation widget is not registered');
	const RelationControl = relation.control as unknown as ComponentType<Record<string, unknown>>;

	class CreditOrganisationControl extends Component<ControlProps, { looking: boolean }> {
		inner = createRef<InnerControl>();
		unmounted = false;
		/** The organisation handed to Decap, until it comes back as this widget's value. */
		pending?: string;
		state = { looking: !this.props.value && Boolean(this.props.getEntry?.()?.get('newRecord')) };

		// Decap validates and focuses a widget through its ref: hand both to the relation widget.
		isValid = () => this.inner.current?.isValid?.() ?? true;
		focus = (path?: string) => this.inner.current?.focus?.(path);

		async componentDidMount() {
			if (!this.state.looking) return;
			const own = await findOwnOrganisation(setup);
			if (this.unmounted) return;
			if (own && !this.props.value && !creditedOrganisations(this.props).includes(own)) {
				this.pending = own;
				this.props.onChange(own);
			}
			this.setState({ looking: false });
		}

		componentDidUpdate() {
			if (this.pending && this.props.value === this.pending) this.pending = undefined;
		}

		componentWillUnmount() {
			this.unmounted = true;
		}

		render() {
			// The relation widget shows a value's name only if the value is there when it mounts.
			if (this.state.looking || (this.pending && this.props.value !== this.pending)) return h('p', { role: 'status' }, '正在查找你所在的机构…');
			return h(RelationControl, { ...this.props, ref: this.inner });
		}
	}

	cms.registerWidget({
		name: CREDIT_ORGANISATION_WIDGET,
		controlComponent: CreditOrganisationControl,
		previewComponent: relation.preview,
		schema: (relation as { schema?: unknown }).schema,
	} as never);
}
