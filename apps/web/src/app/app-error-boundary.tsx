import { Component, type ErrorInfo, type ReactNode } from 'react';

import { ErrorScreen } from './error-screen';

interface AppErrorBoundaryProps {
  children: ReactNode;
  standalone: boolean;
  /** When this changes (the user navigated elsewhere), try rendering the children again. */
  resetKey?: string;
}

interface AppErrorBoundaryState {
  failed: boolean;
}

export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: AppErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorScreen standalone={this.props.standalone} /> : this.props.children;
  }
}
