/**
 * The usual "visually hidden" rules: out of sight, still read by screen readers (and, on an input,
 * still focusable). One style for every such element of the pane and the preview (makeStyles slot).
 */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
} as const;
