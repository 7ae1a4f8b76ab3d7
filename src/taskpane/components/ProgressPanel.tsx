/** The running task: a progress bar with the stage, and "Dừng" when the task can be stopped. */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export function ProgressPanel(props: {
  label: string;
  stage: string;
  fraction: number | undefined;
  /** Stops the task; absent when it cannot be stopped. */
  onCancel?: () => void;
  cancelLabel?: string;
  cancelHint?: string;
}) {
  const { label, stage, fraction, onCancel, cancelLabel, cancelHint } = props;
  const s = useStyles();
  const value = fraction === undefined || !Number.isFinite(fraction) ? undefined : Math.min(1, Math.max(0, fraction));
  return (
    <div className={s.row}>
      <Field className={s.field} label={label} validationMessage={stage} validationState="none" data-testid="progress">
        <ProgressBar value={value} thickness="large" aria-valuetext={stage} />
      </Field>
      {onCancel && (
        <Button size="small" onClick={onCancel} title={cancelHint} data-testid="cancel">
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
