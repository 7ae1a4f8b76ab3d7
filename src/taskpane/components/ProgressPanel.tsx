/** The running task: a progress bar with the stage. */
import { Field, ProgressBar } from "@fluentui/react-components";

export function ProgressPanel(props: { label: string; stage: string; fraction: number | undefined }) {
  const { label, stage, fraction } = props;
  const value = fraction === undefined || !Number.isFinite(fraction) ? undefined : Math.min(1, Math.max(0, fraction));
  return (
    <Field label={label} validationMessage={stage} validationState="none" data-testid="progress">
      <ProgressBar value={value} thickness="large" aria-valuetext={stage} />
    </Field>
  );
}
