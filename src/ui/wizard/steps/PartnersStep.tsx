import { FIELDS, LOI_STATUSES } from '../../../domain';
import { DraftListEditor } from '../../components/DraftListEditor';
import { ItemArea, ItemSelect, ItemText } from '../../components/item-fields';

export function PartnersStep() {
  return (
    <>
      <h2 class="section-title">{FIELDS.partners.label}</h2>
      <p class="help">{FIELDS.partners.help}</p>
      <DraftListEditor list="partners" commentSection="kumppanit">
        {(p) => (
          <>
            <ItemText list="partners" item={p} prop="name" />
            <ItemArea list="partners" item={p} prop="role" rows={2} />
            <ItemSelect list="partners" item={p} prop="loiStatus" options={LOI_STATUSES} allowEmpty={false} />
          </>
        )}
      </DraftListEditor>
    </>
  );
}
