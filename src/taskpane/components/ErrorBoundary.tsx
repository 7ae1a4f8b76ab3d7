/** Keeps a rendering error from blanking the pane: shows it with a "try again" button. */
import { Button } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Lang } from "../../core/findings";
import { t } from "../strings";
import { ErrorBar, paneError } from "./ErrorBar";

interface Props {
  lang: Lang;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn("Task pane error", error, info.componentStack);
  }

  override render(): ReactNode {
    const { lang } = this.props;
    if (!this.state.failed) return this.props.children;
    const error = paneError(this.state.error, lang);
    return (
      <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
        <ErrorBar lang={lang} title={t(lang, "crash.title")} message={error.text} detail={error.detail} />
        <div>
          <Button onClick={() => this.setState({ error: undefined, failed: false })}>{t(lang, "crash.retry")}</Button>
        </div>
      </div>
    );
  }
}
