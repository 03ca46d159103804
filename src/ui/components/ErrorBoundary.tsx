import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to show instead of the children when they fail to render. */
  fallback: ComponentChildren;
  children: ComponentChildren;
}

/**
 * Keeps one part's failure in that part: a draft whose data breaks its card shows as that
 * card's problem, and the rest of the screen (other drafts, new draft, import) keeps working.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The fallback tells the user; the console keeps the cause for whoever helps them.
    console.warn('A part of the screen could not be shown:', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
