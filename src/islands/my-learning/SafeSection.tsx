import { Component, type ComponentChildren } from 'preact';

interface Props {
	/** Said in place of the part that failed, in the learner's language. */
	failed: string;
	children?: ComponentChildren;
}

/**
 * One part of "My learning" that fails alone: a record the code did not foresee makes this part say so
 * briefly, while the other parts (and backup, restore and deletion, the ways out) keep working.
 */
export class SafeSection extends Component<Props, { error: boolean }> {
	state = { error: false };

	static getDerivedStateFromError() {
		return { error: true };
	}

	componentDidCatch(error: unknown) {
		console.warn('A part of My learning could not be shown:', error);
	}

	render() {
		return this.state.error ? <p class="section-failed">{this.props.failed}</p> : this.props.children;
	}
}
