/** The pane's commands and, after a check, the results bar: stuck to the top while the list scrolls. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function StickyBar(props: { label: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.bar} role="region" aria-label={props.label} data-testid="sticky-bar">
      {props.children}
    </div>
  );
}
