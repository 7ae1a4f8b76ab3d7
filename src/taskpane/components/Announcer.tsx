/**
 * The pane's polite live region (role="status"): what it is given is read out by screen readers
 * once, without moving the focus. It is always in the page, empty at first, so that its first
 * message is announced; saying the same text twice announces it twice.
 */
import { makeStyles } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../visuallyHidden";
import { useCallback, useState } from "react";

const useStyles = makeStyles({
  // Visually hidden, still read (the usual "sr-only" rules).
  hidden: VISUALLY_HIDDEN,
});

/** A message and its serial number: a new number re-renders the text even when it is the same. */
export interface Announcement {
  text: string;
  n: number;
}

/** The state behind the region: the current announcement and `announce(text)`. */
export function useAnnouncer(): [Announcement, (text: string) => void] {
  const [a, setA] = useState<Announcement>({ text: "", n: 0 });
  const announce = useCallback((text: string) => setA((prev) => ({ text, n: prev.n + 1 })), []);
  return [a, announce];
}

export function Announcer(props: { announcement: Announcement }) {
  const s = useStyles();
  const { text, n } = props.announcement;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={s.hidden} data-testid="announcer">
      <span key={n}>{text}</span>
    </div>
  );
}
