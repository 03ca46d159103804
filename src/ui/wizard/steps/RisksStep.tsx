import { FIELDS, RISK_LEVELS } from '../../../domain';
import { DraftListEditor } from '../../components/DraftListEditor';
import { ItemArea, ItemSelect, ItemText } from '../../components/item-fields';

export function RisksStep() {
  return (
    <>
      <p class="help">{FIELDS.risks.help}</p>
      <DraftListEditor list="risks" commentSection="riskit">
        {(r) => (
          <>
            <ItemText list="risks" item={r} prop="risk" />
            <div class="row">
              <ItemSelect list="risks" item={r} prop="likelihood" options={RISK_LEVELS} />
              <ItemSelect list="risks" item={r} prop="impact" options={RISK_LEVELS} />
            </div>
            <ItemArea list="risks" item={r} prop="mitigation" rows={2} />
          </>
        )}
      </DraftListEditor>
    </>
  );
}
