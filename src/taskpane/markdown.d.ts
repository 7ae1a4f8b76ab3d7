/** Markdown files imported by the pane: their text (webpack's "asset/source", webpack.config.js). */
declare module "*.md" {
  const text: string;
  export default text;
}
