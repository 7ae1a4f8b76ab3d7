/** A check's doc (docs/checks/<CODE>.md) in the pane's language: what it means, an example, how to fix it. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { FindingCode, Lang } from "../../core/findings";
import { loadCheckDoc } from "../checkDocs";
import { type DocBlock, docSection, parseInline } from "../checkDoc";

const useStyles = makeStyles({
  doc: {
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  p: { margin: `${tokens.spacingVerticalXXS} 0` },
  list: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  pre: {
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: tokens.spacingHorizontalS,
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

function Inline(props: { text: string }) {
  const s = useStyles();
  return (
    <>
      {parseInline(props.text).map((part, i) =>
        part.kind === "code" ? (
          <code key={i} className={s.code}>
            {part.text}
          </code>
        ) : part.kind === "strong" ? (
          <strong key={i} className={s.strong}>
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function Block(props: { block: DocBlock }) {
  const b = props.block;
  const s = useStyles();
  switch (b.kind) {
    case "heading":
      return (
        <h5 className={s.heading}>
          <Inline text={b.text} />
        </h5>
      );
    case "paragraph":
      return (
        <p className={s.p}>
          <Inline text={b.text} />
        </p>
      );
    case "quote":
      return (
        <blockquote className={s.quote}>
          <Inline text={b.text} />
        </blockquote>
      );
    case "code":
      return <pre className={s.pre}>{b.text}</pre>;
    case "list": {
      const items = b.items.map((item, i) => (
        <li key={i}>
          <Inline text={item} />
        </li>
      ));
      return b.ordered ? <ol className={s.list}>{items}</ol> : <ul className={s.list}>{items}</ul>;
    }
  }
}

export function CheckDoc(props: { id: string; code: FindingCode; lang: Lang; label: string }) {
  const { id, code, lang, label } = props;
  const s = useStyles();
  // The docs' text is a lazy chunk (checkDocs.ts): fetched on first opening.
  const [md, setMd] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadCheckDoc(code).then((text) => {
      if (live) setMd(text);
    });
    return () => {
      live = false;
    };
  }, [code]);
  const blocks = useMemo(() => (md === undefined ? [] : docSection(md, lang)), [md, lang]);
  if (md === undefined) return <section id={id} className={s.doc} aria-label={label} aria-busy="true" />;
  return (
    <section id={id} className={s.doc} aria-label={label} data-check-doc={code}>
      {blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </section>
  );
}
