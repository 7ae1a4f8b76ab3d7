/**
 * A severity's mark: a shape drawn in currentColor (a cross in a circle, a triangle with "!", an
 * "i" in a circle) beside its word — never colour alone, so it reads in forced colours (Windows
 * high contrast) and to someone who does not tell red from orange.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px", forcedColorAdjust: "auto" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const PATHS: Record<Severity, string> = {
  // Circle with a cross.
  error:
    "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.47 3.47L8 6.94 5.53 4.47 4.47 5.53 6.94 8l-2.47 2.47 1.06 1.06L8 9.06l2.47 2.47 1.06-1.06L9.06 8l2.47-2.47-1.06-1.06Z",
  // Triangle with an exclamation mark.
  warning:
    "M7.13 1.5a1 1 0 0 1 1.74 0l6.5 11.5A1 1 0 0 1 14.5 14.5h-13a1 1 0 0 1-.87-1.5l6.5-11.5ZM7.25 5.5v4.5h1.5V5.5h-1.5Zm.75 5.75a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z",
  // Circle with an "i".
  info: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.75 6v5h1.5V7h-1.5ZM8 4a.9.9 0 1 0 0 1.8A.9.9 0 0 0 8 4Z",
};

export function SeverityIcon(props: { severity: Severity; className?: string }) {
  const s = useStyles();
  return (
    <svg
      className={mergeClasses(s.icon, s[props.severity], props.className)}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-severity-icon={props.severity}
    >
      <path fill="currentColor" fillRule="evenodd" d={PATHS[props.severity]} />
    </svg>
  );
}
