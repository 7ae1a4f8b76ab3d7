/**
 * Formats in the stand-in's API: a range's format (alignment, wrap, column width, row height,
 * autofit), its font (name, size, bold, italic, underline, color) and its borders (each edge's line
 * style). Read from the cell at the range's top-left; set over the whole range.
 */
import { type Rect } from "../../core/grid/grid";
import { ClientObject } from "./clientObject";
import type { RequestContext } from "./context";
import type { RangeTarget } from "./range";
import { type CellFormat } from "./workbook";

/** Default column width: 8.43 characters = 64 px = 48 pt. */
const DEFAULT_COLUMN_WIDTH = 48;

export class RangeFormatApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"] as const;
  readonly font: FontApi;
  readonly borders: BordersApi;

  constructor(ctx: RequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, true, "range format");
    this.font = new FontApi(ctx, resolver);
    this.borders = new BordersApi(ctx, resolver);
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === "font" ? this.font : undefined;
  }

  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    const f = sheet.formatAt(rect.top, rect.left);
    switch (prop) {
      case "horizontalAlignment":
        return f.horizontalAlignment ?? "General";
      case "verticalAlignment":
        return f.verticalAlignment ?? "Bottom";
      case "wrapText":
        return f.wrapText ?? false;
      case "columnWidth":
        return sheet.columnWidths[rect.left] ?? DEFAULT_COLUMN_WIDTH;
      default:
        return 15;
    }
  }

  private patch(label: string, p: CellFormat): void {
    this.change(label, ({ sheet, rect }) => {
      sheet.applyFormat(rect, p);
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.patch("RangeFormat.horizontalAlignment=", { horizontalAlignment: v });
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.patch("RangeFormat.verticalAlignment=", { verticalAlignment: v });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.patch("RangeFormat.wrapText=", { wrapText: v });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.change("RangeFormat.columnWidth=", ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths[c] = v;
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(_v: number) {
    this.change("RangeFormat.rowHeight=", () => undefined);
  }
  autofitColumns(): void {
    this.change("RangeFormat.autofitColumns()", () => undefined);
  }
  autofitRows(): void {
    this.change("RangeFormat.autofitRows()", () => undefined);
  }
}

export class FontApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["name", "size", "bold", "italic", "underline", "color"] as const;
  constructor(ctx: RequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, true, "font");
  }
  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    const f = sheet.formatAt(rect.top, rect.left);
    switch (prop) {
      case "name":
        return f.fontName ?? "Calibri";
      case "size":
        return f.fontSize ?? 11;
      case "bold":
        return f.bold ?? false;
      case "italic":
        return f.italic ?? false;
      case "underline":
        return f.underline ? "Single" : "None";
      default:
        return f.fontColor ?? "#000000";
    }
  }
  private patch(label: string, p: CellFormat): void {
    this.change(label, ({ sheet, rect }) => {
      sheet.applyFormat(rect, p);
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.patch("RangeFont.name=", { fontName: v });
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.patch("RangeFont.size=", { fontSize: v });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.patch("RangeFont.bold=", { bold: v });
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.patch("RangeFont.italic=", { italic: v });
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.patch("RangeFont.underline=", { underline: v !== "None" });
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.patch("RangeFont.color=", { fontColor: v.toUpperCase() });
  }
}

type Side = "top" | "bottom" | "left" | "right";

export class BordersApi {
  constructor(
    private readonly ctx: RequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {}
  getItem(index: string): BorderApi {
    return new BorderApi(this.ctx, this.resolver, index);
  }
}

export class BorderApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["style", "weight", "color", "sideIndex"] as const;
  constructor(
    ctx: RequestContext,
    resolver: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(ctx, resolver, true, "border");
  }
  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    if (prop === "sideIndex") return this.index;
    if (prop === "weight") return "Thin";
    if (prop === "color") return "#000000";
    const b = sheet.formatAt(rect.top, rect.left).borders ?? {};
    const side: Side =
      this.index === "EdgeBottom" ? "bottom" : this.index === "EdgeLeft" ? "left" : this.index === "EdgeRight" ? "right" : "top";
    return b[side] ?? "None";
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.change("RangeBorder.style=", ({ sheet, rect }) => {
      const edge = (r: Rect, side: Side) => sheet.applyFormat(r, { borders: { [side]: v } });
      const { top, bottom, left, right } = rect;
      switch (this.index) {
        case "EdgeTop":
          edge({ top, bottom: top, left, right }, "top");
          break;
        case "EdgeBottom":
          edge({ top: bottom, bottom, left, right }, "bottom");
          break;
        case "EdgeLeft":
          edge({ top, bottom, left, right: left }, "left");
          break;
        case "EdgeRight":
          edge({ top, bottom, left: right, right }, "right");
          break;
        case "InsideVertical":
          if (right > left) {
            edge({ top, bottom, left, right: right - 1 }, "right");
            edge({ top, bottom, left: left + 1, right }, "left");
          }
          break;
        case "InsideHorizontal":
          if (bottom > top) {
            edge({ top, bottom: bottom - 1, left, right }, "bottom");
            edge({ top: top + 1, bottom, left, right }, "top");
          }
          break;
      }
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get weight(): string {
    return this.get("weight");
  }
  set weight(_v: string) {
    this.change("RangeBorder.weight=", () => undefined);
  }
  get color(): string {
    return this.get("color");
  }
  set color(_v: string) {
    this.change("RangeBorder.color=", () => undefined);
  }
}
