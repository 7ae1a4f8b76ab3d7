import { recognize } from "../../../src/core/tables/recognize";
import { ambiguousNumber } from "../../../src/core/checks/ambiguousNumber";
import { pastedAppendixI, pastedAppendixII } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester(ambiguousNumber, {
  valid: [
    { name: "Vietnamese thousands with a dot (1.970, 6.100) are not ambiguous", grids: [pastedAppendixII()] },
    { name: "92,46 written as such", grids: [pastedAppendixI({ D10: "92,46" })] },
    { name: "92,460 typed as a number", grids: [pastedAppendixI({ D10: 92.46 })] },
  ],
  invalid: [
    {
      name: '"92,460" in the report is 92,46 here and 92.460 in English',
      grids: [pastedAppendixI()],
      findings: [
        {
          messageId: "twoReadings",
          sheet: "Phụ lục I",
          cell: "D10",
          stated: 92.46,
          data: { raw: "92,460", vi: 92.46, en: 92460 },
        },
      ],
    },
    {
      name: "in an English-notation column a single dot with three digits is the ambiguous one",
      grids: [pastedAppendixI({ D8: "6,992.46", D9: "6,100.00", D10: "92.460", D11: "480.00", D14: "1,970.00" })],
      findings: [{ messageId: "twoReadings", cell: "D10", stated: 92.46, data: { raw: "92.460" } }],
    },
  ],
});

test("the message gives both readings", () => {
  const f = ambiguousNumber.run(recognize([pastedAppendixI()]), { lang: "vi" })[0];
  expect(f.message).toContain("92,46");
  expect(f.message).toContain("92.460");
});
