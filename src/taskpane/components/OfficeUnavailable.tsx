/**
 * The page shown instead of the pane when office.js did not load (an office network blocking
 * Microsoft's CDN): which addresses IT must allow — Microsoft's and the add-in's own origin —, in
 * Vietnamese then in English, and a reload button. Needs nothing from Office.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import { LANGS, t } from "../strings";

/** Where the pane loads office.js from (taskpane.html). */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  // The long URL must wrap in a 270 px pane.
  p: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: "anywhere" },
});

function Block(props: { lang: Lang; origin: string; main: boolean }) {
  const { lang, origin, main } = props;
  const s = useStyles();
  const Heading = main ? "h1" : "h2";
  return (
    <section className={s.block} lang={lang} data-lang={lang}>
      <Heading className={s.title}>{t(lang, "officeJs.title")}</Heading>
      <p className={s.p}>{t(lang, "officeJs.body", { url: OFFICE_JS_URL })}</p>
      <p className={s.p}>{t(lang, "officeJs.ask", { origin })}</p>
    </section>
  );
}

export function OfficeUnavailable(props: { origin: string; onReload: () => void }) {
  const s = useStyles();
  return (
    <main className={s.root} data-testid="office-unavailable" data-origin={props.origin}>
      {LANGS.map((lang) => (
        <Block key={lang} lang={lang} origin={props.origin} main={lang === "vi"} />
      ))}
      <div>
        <Button appearance="primary" onClick={props.onReload}>
          {t("vi", "officeJs.reload")} / <span lang="en">{t("en", "officeJs.reload")}</span>
        </Button>
      </div>
    </main>
  );
}
