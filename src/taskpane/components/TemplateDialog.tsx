/** "Tạo mẫu": a confirmation, with the choice of the blank form or the worked example. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Lang } from "../../core/findings";
import type { TemplateOptions } from "../../host/host";
import { t } from "../strings";

export type TemplateKind = NonNullable<TemplateOptions["kind"]>;

export function TemplateDialog(props: {
  open: boolean;
  lang: Lang;
  onCancel: () => void;
  onConfirm: (kind: TemplateKind) => void;
}) {
  const { open, lang, onCancel, onConfirm } = props;
  const [kind, setKind] = useState<TemplateKind>("example");
  const labelId = useId();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface data-testid="template-dialog" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t(lang, "template.dialogTitle")}</DialogTitle>
          <DialogContent>
            <Text block>{t(lang, "template.dialogBody")}</Text>
            <Text id={labelId} weight="semibold" block>
              {t(lang, "template.kindLabel")}
            </Text>
            <RadioGroup aria-labelledby={labelId} value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)}>
              <Radio value="blank" label={t(lang, "template.kindBlank")} data-testid="template-blank" />
              <Radio value="example" label={t(lang, "template.kindExample")} data-testid="template-example" />
            </RadioGroup>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onConfirm(kind)} data-testid="template-confirm">
              {t(lang, "template.confirm")}
            </Button>
            <Button onClick={onCancel}>{t(lang, "template.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
