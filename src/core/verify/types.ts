/**
 * What verifying a table's relations leaves: the relations that failed (with every cell they
 * read, so the right cell can be blamed), and which number cells some check covered.
 */
import type { Dec } from "../number/decimal";
import type { Table } from "../tables/model";

export interface Text {
  vi: string;
  en: string;
  /** A number written in both notations (checks/check.ts `num`): shown in the run's number notation. */
  numeric?: true;
}

/** A cell a relation reads, with how it enters the relation. */
export interface Term {
  row: number;
  col: number;
  /** +1 / −1 in a sum; 0 when the cell enters otherwise (a rate's numerator or denominator). */
  coef: number;
  value: number;
}

export interface Failure {
  table: Table;
  /** sum: a total, part-sum or difference; rate: a rate or ratio; subset: a "Trong đó" breakdown. */
  family: "sum" | "rate" | "subset";
  /** The stated cell. */
  row: number;
  col: number;
  stated: Dec;
  statedDecimals: number;
  computed: Dec;
  /** The cells the relation reads (the stated cell excluded). */
  terms: Term[];
  /** For rates: numerator and denominator values (for blame and the message). */
  rate?: { num: number; den: number; numCell: [number, number]; denCell: [number, number] };
  /** "D12 = D13+D14+D15", "E = C / D × 100", "3 = 1 + 2". */
  relation: string;
  /** The relation was found in the numbers, not declared: on how many rows it was tried and held. */
  inferred?: boolean;
  fit?: { rows: number; matched: number };
  /** What states the number ("Tổng của nhóm "Năm 2023""), and what its parts are ("cộng 5 khoản mục của nhóm"). */
  what: Text;
  parts: Text;
  formula?: string;
  /** The stated number agrees with the level above it (a total adds it up right): the parts are the likelier culprit. */
  corroborated?: boolean;
}
